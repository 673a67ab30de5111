// What a date is about: the act it dates (the verb's class or lemma, or the act a noun phrase names), the
// noun it is about, whose act it is. Read from the date's frame like a figure's identity (identity.ts),
// with what the frame misses read by dateActs.ts and dateSubjects.ts.

import { ACTIVITY_NOUNS, DECLARED_ACTS, HUMAN_NOUNS, PRONOUN_SUBJECTS, DURATION_VERBS, EVENT_NOUNS, LEVEL_VERBS, LIGHT_VERBS, ROLE_TAKING_VERBS, RESULTS_NOUNS } from '../lexicon/events';
import { ACT_PARTICLES, ACTS_WHEN_UNREPORTED, SPEECH_VERBS } from '../lexicon/speech';
import type { Figure, FigureFrame, Span } from '../types';
import type { FactIdentity } from './factTypes';
import { coordinatedAct, countedActor, describedPerson, eventNounSubject, itAsNamedThing, nounActBefore, occurrenceOf, possessiveIdentity, possessiveEventNoun, readAspect, possessiveOwner, officeTaken, verbBeforeAs, walkOutOf, pastPlan } from './dateActs';
import { changesObject, subjectAct } from './dateSubjects';
import { readPeriodStart } from './datePeriods';
import { readBuiltYear } from './dateBuilt';
import { readActor } from './actors';
import { foldName } from './resolve';
import { sentenceAt } from './text';
import type { SourceArticle } from './types';
import { copyVerb, eventClass, normCount } from './identity';
import { actOfVerb } from '../lexicon/senses';
import { singular } from '../numbers';
import { ROLE_NOUNS } from '../lexicon/titles';

/** The identity of a date: the event it dates (verb class or lemma), the noun it is about, the subject. */
export function dateIdentity(article: SourceArticle, f: Figure): { fact: FactIdentity; speech: boolean } {
  const fr = f.frame;
  const id: FactIdentity = {};
  const v = fr?.verb;
  const written = v ? v.text.split(/\s+/).pop()!.toLowerCase() : '';
  // "announced its results on Wednesday" dates an announcement; "said on Tuesday" only a statement.
  const announces = !!v && eventClass(v.lemma) === 'announce';
  const declared = declaredAct(fr);
  const speech = !!v && !announces && declared === undefined && !passiveOnThing(fr) && isSpeech(article, f, v.text, written);
  const light = !!v && LIGHT_VERBS.has(v.lemma) && !announces;
  const event = v && !speech && !light ? dateVerbEvent(article, f, v.lemma) : undefined;
  if (event) id.event = event;
  if (v) copyVerb(v, id);
  const subject = subjectAct(article, f);
  if (subject.idiom) id.event = subject.idiom;
  // Only a noun that names an event says which event a date dates ("the final on Saturday", not "the official on Saturday").
  if (fr?.about && (EVENT_NOUNS.has(fr.about) || (RESULTS_NOUNS.has(fr.about) && id.event === 'announce'))) {
    const a = normCount(fr.about)!;
    id.about = RESULTS_NOUNS.has(a) && id.event === 'announce' ? 'results' : (eventClass(a) ?? a);
  } else if (declared !== undefined) id.about = declared;
  readEventSubject(fr, light, id);
  readDateActor(article, f, id);
  if (subject.head) {
    for (const k of ['actorEntity', 'actorType', 'actorAgent'] as const) delete id[k];
    id.actor = id.actorText = subject.head;
  }
  // A date the noun phrase before it keeps (its act's) is no date of the statement ("said after his arrest on Monday").
  const nominal = readUnframedAct(article, f, id);
  if (!nominal) readVerbMarks(article, f, id);
  return { fact: id, speech: readStatesAndThings(article, f, id, speech && !nominal) };
}

/**
 * What a date's words around it say whatever its clause: the start of a lasting state ("mourning from
 * Friday", `datePeriods.ts`) and the opening of a built thing ("the 1968 bridge", `dateBuilt.ts`, never a
 * statement's date). Returns whether the date is still a statement's.
 */
function readStatesAndThings(article: SourceArticle, f: Figure, id: FactIdentity, spoken: boolean): boolean {
  if (!spoken) readPeriodStart(article, f, id);
  return readBuiltYear(article, f, id) ? false : spoken;
}

/** "declared a state of emergency on Saturday", "called a strike": a speech verb that brings its object about. */
function declaredAct(fr: FigureFrame | undefined): string | undefined {
  return fr?.verb && fr.about !== undefined && DECLARED_ACTS.has(fr.about) ? fr.about : undefined;
}

/**
 * A reporting verb in the passive whose subject is a thing ("the first case was confirmed on 21 August",
 * "the outbreak was declared on Friday", "the result was confirmed at noon"): the date dates what was done
 * to the thing, not words someone spoke. "It was confirmed on Monday that …" and "workers were told on
 * Friday" report speech.
 */
function passiveOnThing(fr: FigureFrame | undefined): boolean {
  const head = fr?.actor?.head;
  if (!fr?.verb?.passive || !head) return false;
  const h = head.toLowerCase();
  return /^\p{Ll}/u.test(head) && !PRONOUN_SUBJECTS.has(h) && !HUMAN_NOUNS.has(singular(h)) && !ROLE_NOUNS.has(singular(h));
}

/** The event a date's verb names: its class or lemma; none for a level reached or a length ("rose to 8%", "lasted"), but a change done to an object is an act ("increased borrowing costs"). */
function dateVerbEvent(article: SourceArticle, f: Figure, lemma: string): string | undefined {
  if (DURATION_VERBS.has(lemma) || (LEVEL_VERBS.has(lemma) && !changesObject(article, f))) return undefined;
  return actOfVerb(lemma);
}

/**
 * Whose act a date dates: the verb's subject; a role word as the subject stands for the person the article
 * gave it ("The president, who flew in on Monday"); "hundreds of protesters" for the protesters.
 */
function readDateActor(article: SourceArticle, f: Figure, id: FactIdentity): void {
  const fr = f.frame;
  readActor(article, fr, id);
  if (fr?.actor && !id.actorEntity && id.actor === fr.actor.head && !fr.asSubject) {
    const person = describedPerson(article, fr.actor);
    if (person) id.actorEntity = person.id;
  }
  const counted = countedActor(article, f);
  if (counted) id.actor = counted;
  const thing = id.actor || id.actorEntity ? undefined : itAsNamedThing(article, f);
  if (thing) {
    id.actorEntity = thing.id;
    id.actorText = thing.name;
    id.actor = foldName(thing.name).split(' ').pop();
  }
}

/** The verb reports speech ("said on Tuesday"), unless a particle makes it an act ("were sworn in"). */
function isSpeech(article: SourceArticle, f: Figure, verbText: string, written: string): boolean {
  return SPEECH_VERBS.has(written) && !actParticleAfter(article, f, verbText) && !actReportingNothing(article, f, verbText, written);
}

/**
 * "Pellick conceded defeat on Monday morning", "she apologised on Friday": a verb that is an act when its
 * sentence reports no words (no quotation mark, no "that" after the verb), dated as that act. "Conceded
 * that the plan had failed" reports a statement.
 */
function actReportingNothing(article: SourceArticle, f: Figure, verbText: string, written: string): boolean {
  if (!ACTS_WHEN_UNREPORTED.has(written)) return false;
  const sentence = sentenceAt(article.analysis, f.start)?.sentence;
  if (!sentence) return false;
  const text = article.text.slice(sentence.start, sentence.end);
  const at = text.indexOf(verbText);
  if (at < 0 || /["“”‘’]/.test(text.replace(/\p{L}’\p{L}/gu, ''))) return false;
  const after = text.slice(at + verbText.length);
  if (/\bthat\b/i.test(after)) return false;
  // "conceded earlier this week they would cut salaries": a clause with its own subject reports words.
  const rest = after.replace(f.text, ' ').split(/[^\p{L}']+/u).filter(Boolean).map((w) => w.toLowerCase());
  return !rest.slice(0, REPORTED_SUBJECT_REACH).some((w) => PRONOUN_SUBJECTS.has(w) && w !== 'one' && w !== 'there');
}

/** How many words after the verb a reported clause's pronoun subject is looked for. */
const REPORTED_SUBJECT_REACH = 4;

/** A reporting verb followed by a particle that makes it an act ("were sworn in on Wednesday", "called off"). */
function actParticleAfter(article: SourceArticle, f: Figure, verbText: string): boolean {
  const clause = f.frame?.clause;
  if (!clause) return false;
  const text = article.text.slice(clause.start, Math.max(clause.end, f.end));
  const at = text.indexOf(verbText);
  const next = at < 0 ? undefined : /^\s+(\p{L}+)/u.exec(text.slice(at + verbText.length))?.[1];
  return next !== undefined && ACT_PARTICLES.has(next.toLowerCase());
}

/** The act and its person where the frame has none (dateActs.ts): a verb before "as" and a role, "his resignation". */
function readUnframedAct(article: SourceArticle, f: Figure, id: FactIdentity): boolean {
  const plan = pastPlan(article, f);
  if (plan) id.event = plan;
  readAspect(article, f, id);
  // The meeting walked out of is where the act happened, not the event the date is a day of.
  const walkOut = walkOutOf(article, f);
  if (walkOut) {
    id.event = walkOut;
    delete id.about;
  }
  const office = id.event === undefined || ROLE_TAKING_VERBS.has(id.event) ? officeTaken(article, f) : undefined;
  const role = verbBeforeAs(article, f) ?? (office ? { event: 'appoint', ...office } : undefined);
  if (role) {
    id.event = role.event;
    id.verbText = role.verbText;
    if (role.actor && !id.actorEntity) {
      id.actorEntity = role.actor.id;
      id.actorAgent = true;
      id.actorText = role.actor.name;
      id.actor = foldName(role.actor.name).split(' ').pop();
    }
  }
  // "During Brannik's arrest on Wednesday", "the signing of the deal on 3 March": the date dates the act
  // the noun phrase before it names, not the clause's verb.
  const nominal = role ? undefined : nounActBefore(article, f);
  if (nominal) {
    clearClause(id);
    // The act as a verb names it: labels read "Renn's arrest", and a day of a longer event is not meant.
    id.event = nominal.event;
    delete id.about;
    const occurrence = occurrenceOf(article, f, nominal.noun);
    if (occurrence) id.occurrence = occurrence;
    if (nominal.owner) {
      id.actorEntity = nominal.owner.id;
      id.actorAgent = true;
      id.actorText = nominal.owner.name;
      id.actor = foldName(nominal.owner.name).split(' ').pop();
    } else if (nominal.thing) {
      // "The signing of the contract": the contract is what was signed, as "the contract was signed" says.
      id.passive = true;
      id.actor = nominal.thing;
      id.actorText = nominal.thing;
    }
    return true;
  }
  // "Killed in Thursday's derailment": a possessive date dates the act its noun names, not the clause's verb.
  const possessive = possessiveIdentity(article, f);
  if (possessive) {
    clearClause(id);
    delete id.about;
    Object.assign(id, possessive);
    return true;
  }
  // "Saturday's Harlow Cup final": the event noun that heads the words after a possessive date.
  const owned = id.about ? undefined : possessiveEventNoun(article, f);
  if (owned) id.about = eventClass(owned) ?? owned;
  const subject = id.about ? undefined : eventNounSubject(article, f);
  if (subject) {
    id.about = eventClass(subject.noun) ?? subject.noun;
    if (subject.actor && !id.actorEntity) {
      id.actorEntity = subject.actor.id;
      id.actorAgent = true;
    } else if (subject.thing && !id.actorEntity) {
      // The clause's subject is the act itself; what it happened to is whose act it is ("the dam burst").
      id.actor = subject.thing;
      id.actorText = subject.thing;
    }
  }
  if (id.actorEntity) return false;
  const owner = possessiveOwner(article, f);
  if (owner) {
    id.actorEntity = owner.id;
    id.actorAgent = true;
  }
  return false;
}

/** Forgets what the clause's verb and subject said: the date belongs to a noun phrase's act. */
function clearClause(id: FactIdentity): void {
  for (const k of ['verb', 'verbText', 'verbSure', 'passive', 'actor', 'actorText', 'actorEntity', 'actorType', 'actorAgent', 'eventActor'] as const) delete id[k];
}

/** A subject that is itself an event ("the strike began") or an activity ("production will end in May"). */
function readEventSubject(fr: FigureFrame | undefined, light: boolean, id: FactIdentity): void {
  if (!fr?.actor || !(EVENT_NOUNS.has(fr.actor.head) || ACTIVITY_NOUNS.has(fr.actor.head))) return;
  id.eventActor = true;
  // "the closure will take place on Friday", "the vote was on Sunday": with a verb that says nothing, the subject names the event.
  if (light && !id.about && EVENT_NOUNS.has(fr.actor.head)) id.about = eventClass(fr.actor.head) ?? fr.actor.head;
}

/** Around a date's verb: which time of the act it is ("will next appear"), a participle sharing its date ("and jailed"). */
function readVerbMarks(article: SourceArticle, f: Figure, id: FactIdentity): void {
  // "Its next policy meeting is on 18 March": the subject that is the event carries the word of occurrence.
  const subject = id.eventActor ? f.frame?.actor?.text.split(/\s+/).pop() : undefined;
  const occurrence = occurrenceOf(article, f, f.frame?.verb?.text.split(/\s+/).pop()) ?? occurrenceOf(article, f, subject);
  if (occurrence) id.occurrence = occurrence;
  const coEvent = id.event ? coordinatedAct(article, f) : undefined;
  if (coEvent) id.coEvent = coEvent;
}

/** The people, organisations and places named inside a span (a date's clause), as folded names. */
export function participantsIn(article: SourceArticle, span: Span): string[] {
  const out = new Set<string>();
  for (const e of article.analysis.entities) {
    // Nationalities ("Ukrainian") say little about who took part.
    if (e.subtype === 'nationality') continue;
    const m = e.mentions.find((x) => x.start >= span.start && x.end <= span.end);
    // By name, last word folded: "Kelsby" is one place whatever type each article's recogniser gave it.
    if (m) out.add(`${e.type === 'person' ? 'person' : 'name'}:${foldName(e.name).split(' ').pop()!}`);
  }
  return [...out];
}
