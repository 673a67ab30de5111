// What a date's frame does not read on its own: the act of a verb written before "as" and a role
// ("stepped down as finance director on Monday": the clause after "as" has no verb), and whose act a
// noun with a possessive pronoun names ("His resignation on Tuesday surprised analysts": the person
// named last before "his"), and the taking of an office a date after the office dates ("finance minister
// since January 2022", "was made deputy minister in June").

import { actOfVerb, verbOfActNoun } from '../lexicon/senses';
import { ACT_CARRIERS, ACTIVITY_OF_VERBS, ARTICLES, OTHER_DETERMINERS, ASPECT_VERBS, PLACE_PREPOSITIONS, EVENT_CLASSES, NOT_GERUNDS, OCCURRENCE_AFTER, OCCURRENCE_BEFORE, WALKOUT_FROM, WALKOUT_VERBS, EVENT_NOUNS, NOUN_PHRASE_OPENERS, PHRASAL_PARTICLES, ROLE_TAKING_VERBS } from '../lexicon/events';
import { FEMALE_TITLES, MALE_TITLES, TITLE_COMPOUNDS, TITLE_HEADS } from '../lexicon/titles';
import { GENDERED_PRONOUNS, POSSESSIVE_PRONOUNS } from '../lexicon/speech';
import { ACT_DATING_PREPOSITIONS, DATING_PREPOSITIONS, MULTI_DAY_EVENTS, PAST_PLAN } from '../lexicon/timeCues';
import { VAGUE_PLURALS } from '../lexicon/units';
import { STOP_WORDS } from '../lexicon/stopwords';
import { verbLemma } from '../figures/wordForms';
import { genderFromTitles } from '../quotes/reference';
import { singular } from '../numbers';
import type { Entity, Figure } from '../types';
import type { FactIdentity } from './factTypes';
import { sentenceAt } from './text';
import type { SourceArticle } from './types';

/** How far back (characters) "as" and the verb before it are looked for. */
const AS_REACH = 50;
/** How far back (characters) the person a pronoun stands for is looked up. */
export const PRONOUN_REACH = 400;

/**
 * The person whose mention ends last before `offset`, at most `reach` characters before it (and not before
 * `floor`). With `strict`, a name of no kind named later wins: a person's name the recogniser could not
 * type ("Oddvar Brekke's son Even Brekke", "Even" also a word) is taken when it reads as one, never Oddvar.
 */
export function personBefore(article: SourceArticle, offset: number, reach: number, floor = 0, strict = false, gender?: 'm' | 'f'): Entity | undefined {
  let best: Entity | undefined;
  let bestEnd = -1;
  for (const e of article.analysis.entities) {
    if (e.type !== 'person' && !(strict && e.type === 'other')) continue;
    // "Her resignation" is no man's: a person whose titles say otherwise is passed over.
    const known = gender ? personGender(article, e) : null;
    if (known && known !== gender) continue;
    for (const m of e.mentions) {
      if (m.end <= offset && m.end > bestEnd && offset - m.end <= reach && m.start >= floor) {
        best = e;
        bestEnd = m.end;
      }
    }
  }
  return best && (best.type === 'person' || looksLikePerson(best)) ? best : undefined;
}

/**
 * A person's gender as the article writes it: the titles and roles the analysis gave them, else an
 * honorific right before one of their mentions ("Ms Dastova", "Mr. Pellick").
 */
export function personGender(article: SourceArticle, e: Entity): 'm' | 'f' | null {
  const titled = genderFromTitles(e);
  if (titled) return titled;
  for (const m of e.mentions) {
    const before = article.text.slice(Math.max(0, m.start - HONORIFIC_REACH), m.start);
    if (!/\s$/.test(before)) continue;
    const word = before.trim().split(/\s+/).pop()?.toLowerCase();
    if (!word) continue;
    if (FEMALE_TITLES.has(word)) return 'f';
    if (MALE_TITLES.has(word)) return 'm';
  }
  return null;
}

/** How far (characters) before a mention its honorific is looked for. */
const HONORIFIC_REACH = 8;

/** A name of no kind written as a given name and a surname ("Even Brekke": "Even" is also a word). */
function looksLikePerson(e: Entity): boolean {
  const words = e.name.split(/\s+/);
  return words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/**
 * The words that end a text (up to a date or a clause), with their offsets: the last run of words with
 * only spaces between them and after them ("stepped down as "); a comma or a full stop ends the run.
 */
function wordsBefore(text: string): Array<{ text: string; index: number }> {
  let run: Array<{ text: string; index: number }> = [];
  let end = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const spaced = run.length > 0 && /^\s+$/.test(text.slice(end, m.index));
    run = spaced ? [...run, { text: m[0], index: m.index }] : [{ text: m[0], index: m.index }];
    end = m.index + m[0].length;
  }
  return /^\s*$/.test(text.slice(end)) ? run : [];
}

/** The event class of a verb form with its particle, if any ("stepped down" → resign, "quit" → resign). */
function classOfVerb(words: string[]): { event: string; words: number } | undefined {
  const last = words[words.length - 1]!.toLowerCase();
  const prev = words[words.length - 2]?.toLowerCase();
  if (prev !== undefined && PHRASAL_PARTICLES.has(last)) {
    const phrasal = EVENT_CLASSES.get(`${verbLemma(prev)} ${last}`);
    if (phrasal) return { event: phrasal, words: 2 };
  }
  const single = EVENT_CLASSES.get(verbLemma(last));
  return single ? { event: single, words: 1 } : undefined;
}

/**
 * "Even Brekke, who quit as Brekke Maritime's finance director on Monday": a date whose clause starts
 * right after "as" and has no verb (so "as" opened a role, not a clause) dates the act of the verb
 * before "as", when the lexicon classes that verb, done by the person named last before it in the sentence.
 */
export function verbBeforeAs(article: SourceArticle, f: Figure): { event: string; verbText: string; actor?: Entity } | undefined {
  const fr = f.frame;
  if (!fr || fr.verb) return undefined;
  const from = Math.max(0, fr.clause.start - AS_REACH);
  const ws = wordsBefore(article.text.slice(from, fr.clause.start));
  if (ws.length < 2 || ws[ws.length - 1]!.text.toLowerCase() !== 'as') return undefined;
  const verbWords = ws.slice(-3, -1);
  const cls = classOfVerb(verbWords.map((w) => w.text));
  if (!cls) return undefined;
  const first = verbWords[verbWords.length - cls.words]!;
  const verbText = verbWords.slice(-cls.words).map((w) => w.text).join(' ');
  const verbStart = from + first.index;
  const sentence = sentenceAt(article.analysis, verbStart)?.sentence;
  const actor = personBefore(article, verbStart, PRONOUN_REACH, sentence?.start ?? verbStart, true);
  return actor ? { event: cls.event, verbText, actor } : { event: cls.event, verbText };
}

/**
 * "His resignation on Tuesday": a date right after an event noun with "his" or "her" dates that person's
 * act, the person named last before the pronoun. "Their" may be anyone's and is left alone.
 */
export function possessiveOwner(article: SourceArticle, f: Figure): Entity | undefined {
  const from = Math.max(0, f.start - AS_REACH);
  const ws = wordsBefore(article.text.slice(from, f.start));
  const [pronoun, noun, preposition] = ws.slice(-3);
  if (!pronoun || !noun || !preposition || !DATING_PREPOSITIONS.has(preposition.text.toLowerCase())) return undefined;
  const who = POSSESSIVE_PRONOUNS.get(pronoun.text.toLowerCase());
  if ((who !== 'he' && who !== 'she') || !EVENT_NOUNS.has(singular(noun.text.toLowerCase()))) return undefined;
  const pronounAt = from + pronoun.index;
  return personBefore(article, pronounAt, PRONOUN_REACH, 0, true, who === 'he' ? 'm' : 'f');
}

/** How many words after a possessive date the noun it dates is looked for ("Saturday's Harlow Cup final"). */
const POSSESSIVE_REACH = 4;

/**
 * "Saturday's Harlow Cup final", "Tuesday's dramatic walk-out": a possessive date dates the event noun
 * that heads the words after it (names and modifiers before the head), as "the final on Saturday" does.
 * The first event noun of the run is taken; a function word, a punctuation mark or a line end ends the run.
 */
export function possessiveEventNoun(article: SourceArticle, f: Figure, acts = false): string | undefined {
  const after = article.text.slice(f.end, f.end + 80);
  const own = /['’]s$/.test(f.text);
  const m = own ? /^\s+/.exec(after) : /^['’]s\s+/.exec(after);
  if (!m) return undefined;
  let rest = after.slice(m[0].length);
  for (let i = 0; i < POSSESSIVE_REACH; i++) {
    const w = /^(\p{L}[\p{L}'’-]*)([ \t]*)/u.exec(rest);
    if (!w) return undefined;
    const word = w[1]!.toLowerCase();
    if (STOP_WORDS.has(word)) return undefined;
    const noun = eventNounOf(word) ?? (acts && actOfNoun(singular(word)) !== undefined ? singular(word) : undefined);
    if (noun) return noun;
    // Only spaces join the words of one noun phrase; "Saturday's final, which" ends at the comma.
    if (!w[2]) return undefined;
    rest = rest.slice(w[0].length);
  }
  return undefined;
}

/**
 * "Killed in Thursday's derailment", "after Wednesday's decision", "Friday's walk-out by the crews": a
 * possessive date is a determiner of the noun after it, never an adverb of the clause's verb, so it dates
 * the act that noun names (as its verb names it: "derailment" → "derail"), whatever the clause's verb
 * and subject are; "Tuesday's second hearing" is its second time. Returns the act and which time of it,
 * or undefined when the noun names no act.
 */
export function possessiveIdentity(article: SourceArticle, f: Figure): { event: string; occurrence?: string } | undefined {
  const noun = possessiveEventNoun(article, f, true);
  // "Monday's session", "Tuesday's talks": one day of several, which the noun as written keeps apart.
  const event = noun === undefined || MULTI_DAY_EVENTS.has(noun) || MULTI_DAY_EVENTS.has(`${noun}s`) ? undefined : actOfNoun(noun);
  if (!event) return undefined;
  const occurrence = occurrenceOf(article, f, noun);
  return occurrence === undefined ? { event } : { event, occurrence };
}

/** A word as an event noun of the lexicon: singular, and a hyphenated compound also written solid ("walk-out"). */
function eventNounOf(word: string): string | undefined {
  const one = singular(word);
  if (EVENT_NOUNS.has(one)) return one;
  const solid = one.replace(/[-‐]/g, '');
  return solid !== one && EVENT_NOUNS.has(solid) ? solid : undefined;
}

/**
 * "Hundreds of protesters gathered": a vague amount as the subject stands for the people it counts, so
 * the actor is what follows "of" ("protester"), as another source's "protesters gathered" names it.
 */
export function countedActor(article: SourceArticle, f: Figure): string | undefined {
  const actor = f.frame?.actor;
  if (!actor || !VAGUE_PLURALS.has(actor.text.toLowerCase())) return undefined;
  const m = /^\s+of\s+(?:the\s+)?(\p{L}+)/u.exec(article.text.slice(actor.end, actor.end + AS_REACH));
  return m ? singular(m[1]!.toLowerCase()) : undefined;
}

/**
 * "The resignation of Even Brekke, the finance director, on Monday has raised questions": a sentence
 * whose subject is an event noun "of" a person, with the date inside that subject (before the verb),
 * dates that person's act. Returns the noun and the first person named after "of", or else the thing the
 * act happened to ("the collapse of the Skarn dam on 26 August": the dam), as the verb's subject names it.
 */
export function eventNounSubject(article: SourceArticle, f: Figure): { noun: string; actor?: Entity; thing?: string } | undefined {
  const verb = f.frame?.verb;
  const sentence = sentenceAt(article.analysis, f.start)?.sentence;
  if (!verb || !sentence) return undefined;
  const text = article.text.slice(sentence.start, sentence.end);
  const m = /^\s*(?:the|his|her|its)\s+(\p{L}+)\s+of\s+/iu.exec(text);
  const noun = m ? singular(m[1]!.toLowerCase()) : undefined;
  if (!m || !noun || !EVENT_NOUNS.has(noun)) return undefined;
  const dateAt = f.start - sentence.start;
  if (text.indexOf(verb.text, dateAt) < 0) return undefined;
  const from = sentence.start + m[0].length;
  const named = article.analysis.entities
    .filter((e) => e.type === 'person' || looksLikePerson(e))
    .flatMap((e) => e.mentions.filter((x) => x.start >= from && x.end <= f.start).map((x) => ({ e, start: x.start })))
    .sort((a, b) => a.start - b.start)[0];
  if (named) return { noun, actor: named.e };
  // "The collapse of the Skarn dam on 26 August": what collapsed is the last word before the date's preposition.
  const between = wordsBefore(article.text.slice(from, f.start));
  const last = between[between.length - 1];
  const head = last && DATING_PREPOSITIONS.has(last.text.toLowerCase()) ? between[between.length - 2] : undefined;
  return head && !STOP_WORDS.has(head.text.toLowerCase()) ? { noun, thing: singular(head.text.toLowerCase()) } : { noun };
}

/**
 * "Ionescu, finance minister since January 2022", "he had been finance minister since January 2023",
 * "became finance minister in January 2023", "was made deputy finance minister in June": a date right
 * after an office, with "since" and no verb of its own (or "be"), or after a verb that puts someone in
 * the office, dates the taking of the office, as "was appointed finance minister in January 2023" does;
 * the holder is the person named last before the office in the sentence.
 */
export function officeTaken(article: SourceArticle, f: Figure): { verbText: string; actor?: Entity } | undefined {
  const fr = f.frame;
  if (!fr) return undefined;
  const v = fr.verb?.lemma;
  const ws = wordsBefore(article.text.slice(Math.max(0, f.start - AS_REACH), f.start));
  const preposition = ws[ws.length - 1]?.text.toLowerCase();
  if (preposition === undefined || ws.length < 2) return undefined;
  const since = preposition === 'since' && (v === undefined || v === 'be');
  if (!since && !(v !== undefined && ROLE_TAKING_VERBS.has(v) && DATING_PREPOSITIONS.has(preposition))) return undefined;
  const head = ws[ws.length - 2]!.text.toLowerCase();
  const two = ws.length >= 3 ? `${ws[ws.length - 3]!.text.toLowerCase()} ${head}` : '';
  if (!TITLE_HEADS.has(head) && !TITLE_HEADS.has(two) && !TITLE_COMPOUNDS.has(two)) return undefined;
  const roleAt = Math.max(0, f.start - AS_REACH) + ws[ws.length - 2]!.index;
  const sentence = sentenceAt(article.analysis, roleAt)?.sentence;
  const actor = personBefore(article, roleAt, PRONOUN_REACH, sentence?.start ?? roleAt, true) ?? pronounHolder(article, sentence?.start, roleAt);
  const verbText = ws[ws.length - 2]!.text;
  return actor ? { verbText, actor } : { verbText };
}

/** "He had been finance minister since …": the person a sentence's opening "he" or "she" stands for, named before the sentence. */
function pronounHolder(article: SourceArticle, start: number | undefined, roleAt: number): Entity | undefined {
  if (start === undefined) return undefined;
  const first = /^\s*(\p{L}+)/u.exec(article.text.slice(start, roleAt))?.[1]?.toLowerCase();
  const gender = first === undefined ? undefined : GENDERED_PRONOUNS.get(first);
  return gender ? personBefore(article, start, PRONOUN_REACH, 0, true, gender) : undefined;
}

/** How far back (characters) a noun phrase naming an act is read before a date. */
const NOUN_ACT_REACH = 90;
/** Words (modifiers) allowed between a determiner and the act noun ("his first court appearance"). */
const NOUN_MODIFIERS = 2;
/** Words allowed between "of" and a date's preposition ("the signing of the new port contract on …"). */
const OF_REACH = 4;

/**
 * The verb an act noun is made from, as a date's event is named (its class, else the lemma): "arrest",
 * "appearance" → "appear" (`ACT_NOUN_VERBS`), a gerund by its verb ("signing" → "sign"); undefined for a
 * noun that names no act.
 */
export function actOfNoun(word: string): string | undefined {
  const w = word.toLowerCase();
  const listed = verbOfActNoun(w);
  if (listed) return actOfVerb(listed);
  const cls = EVENT_CLASSES.get(w);
  if (cls && EVENT_NOUNS.has(w)) return cls;
  if (/^\p{L}{3,}ing$/u.test(w) && !NOT_GERUNDS.has(w)) {
    const verb = verbLemma(w);
    if (verb !== w && verb.length >= 3) return actOfVerb(verb);
  }
  return undefined;
}

/** Words with their offsets, apostrophes and hyphens inside a word ("Brannik's", "walk-out"). */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => ({ text: m[0], index: m.index }));
}

/**
 * "During Brannik's arrest on Wednesday", "at his first court appearance on Wednesday", "the signing of
 * the contract on 21 June": a date right after a noun phrase that names an act dates that act, when the
 * phrase is its own (opened by a preposition, or opening its clause): the date is no longer the clause
 * verb's. Returns the act (as a verb's event is named), the noun, and whose act it is — the name with a
 * possessive, the person "his" or "her" stands for — or what it was done to ("of the contract": the
 * contract, as the passive's subject).
 */
export function nounActBefore(article: SourceArticle, f: Figure): { event: string; noun: string; owner?: Entity; thing?: string } | undefined {
  const { ws, base } = stretchBefore(article, f);
  const n = ws.length;
  if (n < 3 || !ACT_DATING_PREPOSITIONS.has(ws[n - 1]!.text.toLowerCase())) return undefined;
  let nounAt = n - 2;
  let thingWord: Word | undefined;
  const ofAt = ws.slice(Math.max(0, n - 2 - OF_REACH), n - 1).map((w) => w.text.toLowerCase()).lastIndexOf('of');
  const placed = actBeforePlace(ws);
  // "The signing of the frigate deal on 14 May": an act noun before "of" heads the phrase, whatever the last noun names.
  const ofAct = ofAt >= 0 && actOfNoun(ws[Math.max(0, n - 2 - OF_REACH) + ofAt - 1]?.text ?? '') !== undefined;
  if (!actOfNoun(ws[nounAt]!.text) && placed !== undefined) nounAt = placed;
  else if ((ofAct || !actOfNoun(ws[nounAt]!.text)) && ofAt >= 0) {
    nounAt = Math.max(0, n - 2 - OF_REACH) + ofAt - 1;
    thingWord = ws[n - 2];
  }
  if (nounAt < 1) return undefined;
  const noun = ws[nounAt]!.text;
  const event = actOfNoun(noun);
  if (!event) return undefined;
  // The determiner: a possessive name or pronoun, or "the", at most two modifiers before the noun.
  for (let k = nounAt - 1; k >= Math.max(0, nounAt - 1 - NOUN_MODIFIERS); k--) {
    const w = ws[k]!.text;
    if (!isDeterminer(w)) {
      if (STOP_WORDS.has(w.toLowerCase()) || /['’]/.test(w)) return undefined;
      continue;
    }
    // The phrase is its own: a preposition opens it, or it opens its clause, or a verb that only
    // carries the act holds it ("faces a vote in parliament on Thursday").
    const opener = ws[k - 1]?.text.toLowerCase();
    if (opener !== undefined && !NOUN_PHRASE_OPENERS.has(opener) && !ACT_CARRIERS.has(verbLemma(opener))) return undefined;
    const who = actOwner(article, f, ws, k, base, thingWord);
    return { event, noun: noun.toLowerCase(), ...who };
  }
  return undefined;
}

type Word = { text: string; index: number };

/** The words of the date's own stretch before it (a comma, a full stop or a quotation mark ends it), and where the stretch starts. */
function stretchBefore(article: SourceArticle, f: Figure): { ws: Word[]; base: number } {
  const from = Math.max(0, f.start - NOUN_ACT_REACH);
  const before = article.text.slice(from, f.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'), before.search(/["“”][^"“”]*$/));
  const stretch = before.slice(cut + 1);
  const ws = wordsOf(stretch);
  const last = ws[ws.length - 1];
  // Only words right before the date ("arrest on "), not a run that stops at some other mark.
  if (last && !/^\s*$/.test(stretch.slice(last.index + last.text.length))) return { ws: [], base: 0 };
  return { ws, base: from + cut + 1 };
}

/** A possessive name ("Brannik's"), a possessive pronoun, an article ("the", "a") or another determiner ("another rate rise"). */
function isDeterminer(w: string): boolean {
  const l = w.toLowerCase();
  return (/['’]s$/.test(w) && /^\p{Lu}/u.test(w)) || POSSESSIVE_PRONOUNS.has(l) || ARTICLES.has(l) || OTHER_DETERMINERS.has(l);
}

/** Words of a place phrase between an act noun and its date ("a vote in the parliament on …"). */
const PLACE_PHRASE_WORDS = 2;

/**
 * "A confidence vote in parliament on Thursday", "the protest outside the embassy on Friday": an act noun
 * followed by a short place phrase before the date's preposition. Returns the act noun's index, or undefined.
 */
function actBeforePlace(ws: Word[]): number | undefined {
  const n = ws.length;
  for (let p = n - 3; p >= Math.max(1, n - 2 - PLACE_PHRASE_WORDS); p--) {
    if (!PLACE_PREPOSITIONS.has(ws[p]!.text.toLowerCase())) continue;
    // Only a determiner and a head after the preposition: "in parliament", "in the capital".
    if (ws.slice(p + 1, n - 1).some((w, i, all) => i < all.length - 1 && !ARTICLES.has(w.text.toLowerCase()))) return undefined;
    return actOfNoun(ws[p - 1]!.text) ? p - 1 : undefined;
  }
  return undefined;
}

/**
 * Whose act a noun phrase names: the name with a possessive, the person "his" or "her" stands for (the
 * subject after a fronted phrase: "At his first appearance on Friday, Renn …"), a person named after
 * "of"; else what the act was done to ("of the contract").
 */
function actOwner(article: SourceArticle, f: Figure, ws: Word[], k: number, base: number, thingWord: Word | undefined): { owner?: Entity; thing?: string } {
  const w = ws[k]!.text;
  const at = base + ws[k]!.index;
  const pronoun = POSSESSIVE_PRONOUNS.get(w.toLowerCase());
  let owner: Entity | undefined;
  if (/['’]s$/.test(w)) owner = entityEndingAt(article, at + w.length - 2);
  else if (pronoun === 'he' || pronoun === 'she') {
    const sentence = sentenceAt(article.analysis, at)?.sentence;
    // Only a fronted phrase ("At his …, Renn"): "His resignation on Tuesday surprised X" looks back.
    const opens = sentence !== undefined && k >= 1 && !/\p{L}/u.test(article.text.slice(sentence.start, base + ws[k - 1]!.index));
    owner = (opens ? personAfter(article, f.end, sentence.end) : undefined) ?? personBefore(article, at, PRONOUN_REACH, 0, true, pronoun === 'he' ? 'm' : 'f');
  }
  if (!thingWord || STOP_WORDS.has(thingWord.text.toLowerCase())) return { owner };
  const thingAt = base + thingWord.index;
  const named = article.analysis.entities.find((e) => e.mentions.some((m) => m.start <= thingAt && thingAt < m.end));
  if (named && (named.type === 'person' || looksLikePerson(named))) return { owner: owner ?? named };
  return { owner, thing: singular(thingWord.text.toLowerCase()) };
}

/** The entity a mention of which ends at `end` (a possessive name without its "'s"). */
function entityEndingAt(article: SourceArticle, end: number): Entity | undefined {
  return article.analysis.entities.find((e) => e.type !== 'place' && e.mentions.some((m) => m.end === end));
}

/** The person first named after `offset` and before `end` (the rest of a sentence). */
function personAfter(article: SourceArticle, offset: number, end: number): Entity | undefined {
  let best: Entity | undefined;
  let bestStart = end;
  for (const e of article.analysis.entities) {
    if (e.type !== 'person' && !looksLikePerson(e)) continue;
    for (const m of e.mentions) {
      if (m.start >= offset && m.start < bestStart) {
        best = e;
        bestStart = m.start;
      }
    }
  }
  return best;
}

/**
 * "The president, who flew in on Monday": a subject that is a role word without a name stands for the
 * person the article gave that role, the one named last before it ("President Oskar Dalberg … The
 * president"), so it is not taken for anyone else's act.
 */
export function describedPerson(article: SourceArticle, actor: { start: number; head: string }): Entity | undefined {
  let best: Entity | undefined;
  let bestEnd = -1;
  for (const e of article.analysis.entities) {
    if (e.type !== 'person' || !e.roles.some((r) => r.head.toLowerCase() === actor.head)) continue;
    for (const m of e.mentions) {
      if (m.end <= actor.start && m.end > bestEnd) {
        best = e;
        bestEnd = m.end;
      }
    }
  }
  return best;
}

/**
 * "Led his delegation out of the talks on Tuesday", "marched his team out of the summit on Monday": a verb
 * of going or taking someone, its object, and "out of" a meeting is the walk-out "walked out of the talks"
 * names. Returns the walk-out's event class, or undefined.
 */
export function walkOutOf(article: SourceArticle, f: Figure): string | undefined {
  const v = f.frame?.verb;
  if (!v || !WALKOUT_VERBS.has(v.lemma.split(' ')[0]!)) return undefined;
  const text = article.text.slice(f.frame!.clause.start, f.start);
  const at = text.lastIndexOf(v.text);
  if (at < 0) return undefined;
  const m = /^\s+(?:[\p{L}'’-]+\s+){0,3}?out\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(\p{L}+)\s+(?:(?:on|in|at|early|late)\s+)?$/u.exec(text.slice(at + v.text.length));
  return m && WALKOUT_FROM.has(m[1]!.toLowerCase()) ? EVENT_CLASSES.get('walk out') : undefined;
}

/**
 * "Had been due to be signed on Tuesday evening": a plan told in the past before the date's verb dates
 * the plan (the event class of scheduling), not the act, which may have happened on another day.
 */
export function pastPlan(article: SourceArticle, f: Figure): string | undefined {
  const fr = f.frame;
  if (!fr?.verb) return undefined;
  const text = article.text.slice(fr.clause.start, f.start);
  const verbAt = text.lastIndexOf(fr.verb.text);
  const plan = PAST_PLAN.exec(text);
  return plan && verbAt >= plan.index ? EVENT_CLASSES.get('schedule') : undefined;
}

/** Words before an act's verb or noun looked at for a word of occurrence ("his first court appearance"). */
const OCCURRENCE_REACH = 2;

/**
 * Which of several times the act a date dates happens, read around its verb or noun as written before
 * the date: "his first court appearance on Wednesday" (first), "will next appear in court on 19 March",
 * "will hear the case again on 19 March" (later), "last imposed a ban in 2022" (previous).
 */
export function occurrenceOf(article: SourceArticle, f: Figure, actWord: string | undefined): string | undefined {
  if (!actWord) return undefined;
  const from = Math.max(f.frame?.clause.start ?? 0, f.start - NOUN_ACT_REACH);
  const ws = wordsOf(article.text.slice(from, f.start));
  const lower = actWord.toLowerCase();
  let at = -1;
  for (let i = ws.length - 1; i >= 0 && at < 0; i--) if (ws[i]!.text.toLowerCase() === lower) at = i;
  if (at < 0) return undefined;
  for (let i = at - 1; i >= Math.max(0, at - OCCURRENCE_REACH); i--) {
    const mark = OCCURRENCE_BEFORE.get(ws[i]!.text.toLowerCase());
    if (mark) return mark;
  }
  for (const w of ws.slice(at + 1)) {
    const mark = OCCURRENCE_AFTER.get(w.text.toLowerCase());
    if (mark) return mark;
  }
  return undefined;
}

/**
 * "The Orsa Accord, which caps the river's use, was due to be signed on Tuesday. It was signed on
 * Wednesday": a subject "it" right before the date's verb stands for the named thing that opens the
 * sentence before (an organisation's or an other name, never a person's or a place's), as the other
 * sources' "the Orsa Accord was signed" names it.
 */
export function itAsNamedThing(article: SourceArticle, f: Figure): Entity | undefined {
  const fr = f.frame;
  if (!fr?.verb || fr.actor?.head !== 'it') return undefined;
  const at = sentenceAt(article.analysis, f.start);
  if (!at || at.index === 0) return undefined;
  const text = article.text.slice(at.sentence.start, f.start);
  const verbAt = text.indexOf(fr.verb.text);
  if (verbAt < 0 || !/^\s*it\s+$/i.test(text.slice(0, verbAt))) return undefined;
  const prev = article.analysis.sentences[at.index - 1]!;
  const open = prev.start + /^\s*(?:the\s+)?/i.exec(article.text.slice(prev.start, prev.end))![0].length;
  return article.analysis.entities.find((e) => e.type !== 'person' && e.type !== 'place' && e.mentions.some((m) => m.start === open));
}

/**
 * "The plant will stop building cars in November", "began producing steel in 2019": a date after a gerund
 * that follows a verb of starting or stopping dates the start or the end, and the gerund names the
 * activity ("building cars": production), as "car production will end in November" says.
 */
export function aspectOfGerund(article: SourceArticle, f: Figure): { event: string; verb: string; verbText: string; activity: string } | undefined {
  const v = f.frame?.verb;
  if (!v || !/^\p{L}+ing$/u.test(v.text)) return undefined;
  const text = article.text.slice(f.frame!.clause.start, f.start);
  const at = text.lastIndexOf(v.text);
  const ws = at < 0 ? [] : wordsBefore(text.slice(0, at));
  const written = ws[ws.length - 1]?.text;
  const aspect = written === undefined ? undefined : verbLemma(written.toLowerCase());
  const event = aspect === undefined ? undefined : ASPECT_VERBS.get(aspect);
  if (!aspect || !event) return undefined;
  // Only an activity's start or end: "stopped using the supplier" is no end of anything the story dates.
  const activity = ACTIVITY_OF_VERBS.get(v.lemma);
  if (!activity) return undefined;
  return { event, verb: aspect, verbText: `${written!} ${v.text}`, activity };
}

/** How far after a date (characters) "and" and a participle sharing its verb's auxiliary are looked for. */
const COORDINATED_REACH = 90;

/**
 * "Renn was convicted on Thursday of fraud, and jailed for six years": a participle right after "and",
 * with no subject and no date of its own, shares the verb's auxiliary and its date, so the date dates
 * that act too (its event class, else its lemma). Undefined when the sentence says no such thing.
 */
export function coordinatedAct(article: SourceArticle, f: Figure): string | undefined {
  const v = f.frame?.verb;
  if (!v?.passive) return undefined;
  const sentence = sentenceAt(article.analysis, f.start)?.sentence;
  if (!sentence) return undefined;
  const after = article.text.slice(f.end, Math.min(sentence.end, f.end + COORDINATED_REACH));
  const ws = wordsOf(after);
  const k = ws.findIndex((w) => w.text.toLowerCase() === 'and');
  const and = ws[k];
  const next = ws[k + 1];
  // Within the clause: no mark ends it before "and" (a decimal point does not: "€14.6 million").
  if (!and || !next || !/ed$/.test(next.text) || /[;:"“”]|\.(?!\d)/.test(after.slice(0, and.index))) return undefined;
  if (!/^\s+$/.test(after.slice(and.index + and.text.length, next.index))) return undefined;
  const from = f.end + next.index + next.text.length;
  // "… and charged on Friday": a participle with its own date is dated by that one.
  if (article.analysis.figures.some((g) => g.kind === 'date' && g.start >= from && g.end <= sentence.end)) return undefined;
  const lemma = verbLemma(next.text.toLowerCase());
  const event = EVENT_CLASSES.get(lemma) ?? lemma;
  return event === (EVENT_CLASSES.get(v.lemma) ?? v.lemma) ? undefined : event;
}

/** "The plant will stop building cars in November": the end of production, whoever the clause's subject is. */
export function readAspect(article: SourceArticle, f: Figure, id: FactIdentity): void {
  const aspect = aspectOfGerund(article, f);
  if (!aspect) return;
  id.event = aspect.event;
  id.verb = aspect.verb;
  id.verbText = aspect.verbText;
  for (const k of ['actorEntity', 'actorType', 'actorAgent', 'passive'] as const) delete id[k];
  id.actor = aspect.activity;
  id.actorText = aspect.activity;
  id.eventActor = true;
}
