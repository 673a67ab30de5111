// What a figure or date is about, in plain words, from the frame the figures extractor read in its
// sentence (figures/frame.ts): the thing counted or measured, what happened to it, whose action, the
// words that narrow it. This is the identity fact alignment compares; it knows no other article.

import { COUNT_FAMILIES, COUNT_SYNONYMS, DURATION_VERBS, EFFORT_VERBS, EVENT_CLASSES, HUMAN_CLASSES, COST_NOUNS, COST_VERBS, LEVEL_VERBS, LIGHT_VERBS, LOSS_VERBS, MARKET_VERBS, MEASURE_NOUNS, MONEY_LIGHT_VERBS, MONEY_VERB_NOUNS, MOVEMENT_AFTER, PAUSED_ACTIVITIES, STANCE_EVENTS, RATE_AFTER_FIGURE, UNMEASURED_NOUNS } from '../lexicon/events';
import { DEAL_NOUNS, OWNERSHIP_VERBS, PREMIUM_AFTER, PRICE_VERBS, VALUE_VERBS } from '../lexicon/deals';
import { singular } from '../numbers';
import { CHANGE_UNIT_NOUNS, PEOPLE_ADJECTIVE_ENDING, TALLY_VERBS } from '../lexicon/counting';
import { SPEECH_VERBS } from '../lexicon/speech';
import { SINCE_LAST_BEFORE } from '../lexicon/timeCues';
import { verbLemma } from '../figures/frame';
import type { Figure, FigureFrame, Span } from '../types';
import type { FactIdentity } from './factTypes';
import { readScope } from './figureScope';
import { isStateLength, matterMeasured, readSpans, stateOfDuration, timeUntilAct } from './spanQuantity';
import { amongOthers, apposedThing, readSupply, namedChange, peopleTogether, readStockDrawn, readWhole, spatialThing, speedThing, sumNamedByNoun, timeSince } from './namedQuantity';
import { entityAt, isPronounLike, readActor, readOwner } from './actors';
import { ageIdentity, ageOf } from './personAge';
import { OCCURRENCES, occurrenceCount } from './occurrences';
import { tallyIdentity, tallySide, voteShare } from './voteTally';
import { frontedRegion } from './frontedPlace';
import { reportedAct } from './reportedAct';
import { stem } from './text';
import { actOfVerb, classOfWord } from '../lexicon/senses';
import type { SourceArticle } from './types';

/** The names of the event classes: a verb's event that is none of them is a verb the lexicon does not class. */
const CLASS_NAMES: ReadonlySet<string> = new Set(EVENT_CLASSES.values());

/** A counted noun, singular, with synonyms folded ("vessels" → "ship"). */
export function normCount(c: string | undefined): string | undefined {
  if (!c) return undefined;
  const w = c.toLowerCase();
  return COUNT_SYNONYMS.get(w) ?? COUNT_SYNONYMS.get(stem(w)) ?? w;
}

/** The event class of a word or lemma, or undefined. */
export function eventClass(w: string | undefined): string | undefined {
  return w === undefined ? undefined : classOfWord(w);
}

/** The verb's meaning: its class, its lemma, or nothing for verbs that say nothing ("had", "made", "said"). */
function verbEvent(fr: FigureFrame, f: Figure): string | undefined {
  const v = fr.verb;
  if (!v || LIGHT_VERBS.has(v.lemma) || (f.kind === 'count' && TALLY_VERBS.has(v.lemma) && !fr.asSubject) || (f.kind === 'money' && (MONEY_LIGHT_VERBS.has(v.lemma) || MONEY_VERB_NOUNS.has(v.lemma))) || LEVEL_VERBS.has(v.lemma) || DURATION_VERBS.has(v.lemma)) return undefined;
  if (SPEECH_VERBS.has(v.text.split(/\s+/).pop()!.toLowerCase())) return undefined;
  // "Play was suspended for two hours": the suspension of an activity is its delay.
  if (v.lemma === 'suspend' && fr.actor && PAUSED_ACTIVITIES.has(fr.actor.head.toLowerCase())) return 'delay';
  return actOfVerb(v.lemma);
}

/** The figure comes right after "to"/"at"/"of" a level verb ("rose to 27"): a level, not a change. */
function isLevel(text: string, f: Figure): boolean {
  return /\b(?:to|at|of)\s+$/i.test(text.slice(Math.max(0, f.start - 6), f.start));
}

/** The measured thing of a duration: what lasted, what it is a delay or wait of, or the activity. */
function durationThing(f: Figure, fr: FigureFrame | undefined, event: string | undefined, text: string): string | undefined {
  const counted = normCount(f.counts);
  if (counted) return eventClass(counted) ?? counted;
  if (SINCE_LAST_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) return 'wait';
  // "needed four minutes to steal", "took 11 hours to reach a verdict": the length of what follows "to".
  const then = /^\s+to\s+([a-z]+)/i.exec(text.slice(f.end, f.end + 30))?.[1];
  if (then && fr?.verb && EFFORT_VERBS.has(fr.verb.lemma)) {
    const l = verbLemma(then);
    return eventClass(l) ?? l;
  }
  if (fr?.verb && DURATION_VERBS.has(fr.verb.lemma) && fr.actor && !isPronounLike(fr.actor.head)) {
    const a = normCount(fr.actor.head)!;
    return eventClass(a) ?? a;
  }
  if (event) return event;
  if (fr?.measure) return eventClass(fr.measure) ?? fr.measure;
  return undefined;
}

/** A subject as a label writes it inside a phrase: "Shares" → "shares", "The pound" → "the pound", names as written. */
function subjectText(article: SourceArticle, subject: Span & { text: string }): string {
  const named = entityAt(article.analysis.entities, { start: subject.start, end: subject.start + 1 });
  return named ? subject.text.replace(/^(?:The|A|An)\b/, (m) => m.toLowerCase()) : subject.text.replace(/^\p{Lu}(?=\p{Ll}|\s)/u, (m) => m.toLowerCase());
}

/** "The repairs will cost £3 million": the sum is the cost of the subject, whoever pays it. */
function costedThing(article: SourceArticle, f: Figure, fr: FigureFrame | undefined): { thing: string; text: string } | undefined {
  const actor = fr?.actor;
  if (f.kind !== 'money' || !fr?.verb || !COST_VERBS.has(fr.verb.lemma) || !actor || isPronounLike(actor.head)) return undefined;
  // "halting production would cost": the act a gerund names is what costs, not its object.
  const act = /(?:^|[.,;:]\s*|\b(?:that|said)\s+)(\p{L}+ing)\s+$/u.exec(article.text.slice(Math.max(0, actor.start - 30), actor.start))?.[1];
  const head = act ? verbLemma(act.toLowerCase()) : actor.head;
  return { thing: `cost:${normCount(head)}`, text: `cost of ${act ? `${act.toLowerCase()} ` : ''}${subjectText(article, actor)}` };
}

/** "eight of their last 10 games": a bare count of a part counts what the figure after "of" counts. */
function partOf(article: SourceArticle, f: Figure): string | undefined {
  const g = article.analysis.figures.find((x) => x.start >= f.end);
  if (!g?.counts || g.kind !== 'count') return undefined;
  return /^\s+of\s+(?:[\p{L}’']+\s+){0,3}$/u.test(article.text.slice(f.end, g.start)) ? g.counts : undefined;
}

/** "was fined £250,000": the noun of a money verb names the sum. */
function moneyVerbNoun(f: Figure, fr: FigureFrame | undefined): string | undefined {
  return f.kind === 'money' && fr?.verb ? MONEY_VERB_NOUNS.get(fr.verb.lemma) : undefined;
}

/** "38% above the share price" is a premium (below, a discount), as "a premium of 38%" says; "owns 12 percent of Pellow" a stake. */
function shareThing(article: SourceArticle, f: Figure, fr: FigureFrame | undefined, measure: string | undefined): { thing: string; text: string } | undefined {
  const side = PREMIUM_AFTER.exec(article.text.slice(f.end, f.end + 12))?.[1]?.toLowerCase();
  if (side) return side === 'above' ? { thing: 'premium', text: 'premium' } : { thing: 'discount', text: 'discount' };
  return fr?.verb && OWNERSHIP_VERBS.has(fr.verb.lemma) && !measure && !fr.about && !fr.asSubject ? { thing: 'stake', text: 'stake' } : undefined;
}

/**
 * The value of a deal however it is written: a sum before or after a deal noun ("a £2.3 billion offer",
 * "a deal worth £2.1 billion"), after a valuing verb ("valuing the group at"), or the sum a bidder
 * offers or pays for something ("will pay £2.3 billion for the group", "offered 790p a share"). A share
 * a holder owns is its stake ("owns 12 percent of Pellow").
 */
function dealThing(article: SourceArticle, f: Figure, fr: FigureFrame | undefined, measure: string | undefined): { thing: string; text: string } | undefined {
  if (f.kind === 'percent') return shareThing(article, f, fr, measure);
  if (f.kind !== 'money') return undefined;
  // "Ambrel's $3.1 billion offer" where the tagger reads "offer" as a verb: the state word names the deal.
  const state = fr?.state !== undefined && DEAL_NOUNS.has(fr.state) ? fr.state : undefined;
  const named = (measure ?? fr?.about ?? state)?.split(' ').pop();
  if (named !== undefined && DEAL_NOUNS.has(named)) return { thing: 'deal', text: named };
  const v = fr?.verb?.lemma;
  if (!v || fr.asSubject) return undefined;
  // "valuing the miner at $3.1 billion": whatever noun stands between, the sum is the deal's value.
  if (VALUE_VERBS.has(v) && /\bat\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i.test(article.text.slice(Math.max(0, f.start - 12), f.start))) return { thing: 'deal', text: 'value' };
  if (named !== undefined) return undefined;
  // What is paid for something or for each share is its price; "pay £23m for walking away" is a payment.
  const after = article.text.slice(f.end, f.end + 40);
  if (PRICE_VERBS.has(v) && (v !== 'pay' || /^\s+for\s+(?!\S+ing\b)/i.test(after) || RATE_AFTER_FIGURE.exec(after)?.[1]?.toLowerCase() === 'share')) return { thing: 'deal', text: 'price' };
  return undefined;
}

/** The measured thing of a count: its noun, the whole it is a part of, the noun naming the quantity, or people. */
function countThing(article: SourceArticle, f: Figure, measure: string | undefined, m: { thing: string } | undefined, event: string | undefined): { thing?: string; text?: string } {
  const whole = partOf(article, f);
  // "five of the train's eight carriages": a possessive after "of" owns the whole; what is counted is the whole's noun.
  const owner = f.counts !== undefined && whole !== undefined && new RegExp(`^\\s+of\\s+(?:\\S+\\s+)?${f.counts.replace(/[^\\p{L}]/gu, '')}\\w*['’]s\\s`, 'iu').test(article.text.slice(f.end, f.end + 60));
  const counted = owner ? undefined : normCount(f.counts);
  if (counted) return { thing: counted, text: f.counts };
  if (whole) return { thing: normCount(whole)!, text: whole };
  if (m) return { thing: m.thing, text: m.thing };
  if (measure) return { thing: normCount(measure.split(' ').pop()), text: measure };
  if (event && HUMAN_CLASSES.has(event)) return { thing: 'person', text: 'person' };
  return {};
}

/** The noun is written right after the figure ("a 36 per cent premium"), in the singular or plural. */
function nounRightAfter(text: string, f: Figure, noun: string): boolean {
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(f.end, f.end + 40))?.[1]?.toLowerCase();
  return next !== undefined && singular(next) === noun;
}

/** The noun naming the measured quantity; after "is", the noun the amount stands before ("the offer is a 36 per cent premium"), not the subject. */
function measuredNoun(article: SourceArticle, f: Figure, fr: FigureFrame | undefined): string | undefined {
  const predicate = f.kind !== 'count' && fr?.verb?.lemma === 'be' && fr.about !== undefined && nounRightAfter(article.text, f, fr.about);
  return (predicate ? fr.about : fr?.measure) ?? (fr?.about && MEASURE_NOUNS.has(fr.about) ? fr.about : undefined);
}

/** The measured thing of a count, an amount of money or a share. */
function amountThing(article: SourceArticle, f: Figure, fr: FigureFrame | undefined, event: string | undefined): { thing?: string; text?: string; subject?: boolean } {
  const measure = measuredNoun(article, f, fr);
  const m = measure ? (MEASURE_NOUNS.get(measure) ?? MEASURE_NOUNS.get(measure.split(' ').pop()!)) : undefined;
  const counted = normCount(f.counts);
  if (f.kind === 'count' && !pointsChange(article.text, f, fr)) return countThing(article, f, measure, m, event);
  // Money and shares: the noun that names the amount ("net profit of €312m"), what it is a share of, or
  // the subject whose level or change it is ("revenue rose 4%").
  const subject = fr?.actor && (subjectMeasured(f, fr) || pointsChange(article.text, f, fr)) && !isPronounLike(fr.actor.head) ? fr.actor : undefined;
  const costed = costedThing(article, f, fr) ?? dealThing(article, f, fr, measure);
  if (costed) return costed;
  const about = fr?.about !== undefined && !UNMEASURED_NOUNS.has(fr.about) ? fr.about : undefined;
  const named = (measure !== undefined && !UNMEASURED_NOUNS.has(measure) ? measure : undefined) ?? about ?? subject?.head ?? moneyVerbNoun(f, fr);
  // Written as the article writes it ("sales", "revenue"), the determiner left out; "Shares" and "shares" are one thing.
  if (subject && named?.split(' ').pop() === subject.head) return { thing: normCount(singular(subject.head.split(' ').pop()!.toLowerCase())), text: subjectText(article, subject), subject: true };
  if (named) {
    const noun = singular(named.split(' ').pop()!.toLowerCase());
    return { thing: COST_NOUNS.get(noun) ?? normCount(noun), text: named };
  }
  if (counted) return { thing: counted, text: f.counts };
  return apposedThing(article.text, f);
}

/**
 * The verb's subject is what the figure measures: "the toll rose to 27", and for a price or a change of
 * one the verbs of a trading day too ("shares closed 2.1 percent lower").
 */
function subjectMeasured(f: Figure, fr: FigureFrame | undefined): boolean {
  const v = fr?.verb?.lemma;
  if (v === undefined) return false;
  return LEVEL_VERBS.has(v) || (isAmount(f) && (MARKET_VERBS.has(v) || isChange(eventClass(v))));
}

/** A share or a sum: what a change verb's subject can measure ("the index gained 2.1 percent", "shares lost 12 pence"). */
function isAmount(f: Figure): boolean {
  return f.kind === 'percent' || f.kind === 'money';
}

/** Points by which the subject changed ("yields rose 22 basis points"); a level in points ("closed at 2,563 points") is the count of points itself. */
function pointsChange(text: string, f: Figure, fr: FigureFrame | undefined): boolean {
  return pointsOfChange(f) && !!fr?.actor && !!fr.verb && isChange(eventClass(fr.verb.lemma)) && !isLevel(text, f);
}

/** "yields rose 22 basis points", "the index fell 31 points": points measure a change of the subject, as a percentage does. */
function pointsOfChange(f: Figure): boolean {
  return f.kind === 'count' && f.counts !== undefined && CHANGE_UNIT_NOUNS.has(singular(f.counts.toLowerCase()));
}

function isChange(cls: string | undefined): cls is 'rise' | 'fall' {
  return cls === 'rise' || cls === 'fall';
}

/** What happened to the counted things: their state, the verb, the noun that names the quantity. */
function eventOf(f: Figure, fr: FigureFrame | undefined, text: string): string | undefined {
  const state = fr?.state ? eventClass(fr.state) : undefined;
  const named = fr?.measure ?? (fr?.about && MEASURE_NOUNS.has(fr.about) ? fr.about : undefined);
  const measure = named ? (MEASURE_NOUNS.get(named) ?? MEASURE_NOUNS.get(named.split(' ').pop()!)) : undefined;
  const counted = f.counts ? MEASURE_NOUNS.get(f.counts) : undefined;
  const verb = fr ? verbEvent(fr, f) : undefined;
  // "Pellow's 3,400 staff will keep their jobs", "ordered the evacuation of 320 homes": a verb of no class
  // says less than a noun that names the count or the event.
  const nounEvent = counted?.event ?? (fr?.about && f.kind === 'count' ? eventClass(fr.about) : undefined);
  if (!state && nounEvent && verb !== undefined && !CLASS_NAMES.has(verb)) return nounEvent;
  // "Dozens of injured people were taken to hospital": a verb of no class says less than the word of an
  // event describing the counted noun.
  const described = state || (verb !== undefined && CLASS_NAMES.has(verb)) ? undefined : describedEvent(f, text);
  return state ?? described ?? verb ?? measure?.event ?? counted?.event;
}

/** The event class of the adjective or participle right before the counted noun: "12 injured people", "dozens of trapped miners". */
function describedEvent(f: Figure, text: string): string | undefined {
  if (f.kind !== 'count' || !f.counts) return undefined;
  const m = /^\s+(?:of\s+)?([a-z]+)\s+([a-z]+)/.exec(text.slice(f.end, f.end + 40));
  // Only a participle describes ("injured", "stranded", "stolen"); a noun before the noun only narrows it ("crash patients").
  if (!m || !/(?:ed|en)$/.test(m[1]!) || singular(m[2]!) !== f.counts.toLowerCase()) return undefined;
  return eventClass(m[1]!) ?? eventClass(verbLemma(m[1]!));
}

/** "will be lost", "were lost": a passive, whatever compromise tagged the auxiliary. */
function passiveText(v: NonNullable<FigureFrame['verb']>): boolean {
  return v.passive || /\b(?:be|been|being|is|are|was|were)\s+\S+$/i.test(v.text);
}

/**
 * "600 jobs will go", "450 posts will be lost": counted things that are the subject of a loss verb (or of
 * "lose" in the passive) were cut, as "will cut 600 jobs" says in the other voice; "600 fans will go to
 * the final" is a movement.
 */
function lossEvent(article: SourceArticle, f: Figure, fr: FigureFrame | undefined): boolean {
  const v = fr?.verb;
  // "450 workers would lose their jobs" says who loses, not what goes: "lose" only in the passive.
  if (f.kind !== 'count' || !v || !LOSS_VERBS.has(v.lemma) || !(v.lemma === 'lose' ? passiveText(v) : fr.asSubject || v.passive)) return false;
  const rest = article.text.slice(f.end, fr.clause.end);
  const at = rest.indexOf(v.text);
  const next = at < 0 ? '' : (/^\s+([a-z]+)/i.exec(rest.slice(at + v.text.length))?.[1] ?? '').toLowerCase();
  return !MOVEMENT_AFTER.has(next);
}

/**
 * "cut 600 jobs … the 600 cuts": a count of an event's word ("cuts", "layoffs") counts what an earlier
 * figure of the article counted with that event; undefined when no earlier figure did.
 */
function impliedThing(article: SourceArticle, f: Figure): { thing: string; event: string } | undefined {
  // "450 job losses", "600 job cuts": the compound names the thing and the event.
  const compound = f.kind === 'count' && f.counts && f.frame?.modifier ? MEASURE_NOUNS.get(`${f.frame.modifier} ${f.counts}`) : undefined;
  if (compound) return compound;
  const event = f.kind === 'count' && f.counts ? eventClass(f.counts) : undefined;
  if (!event) return undefined;
  let found: string | undefined;
  for (const g of article.analysis.figures) {
    if (g.start >= f.start) break;
    const gv = g.frame?.verb ? eventClass(g.frame.verb.lemma) : undefined;
    const gs = g.frame?.state ? eventClass(g.frame.state) : undefined;
    if (g.kind === 'count' && g.counts && !eventClass(g.counts) && (gv === event || gs === event)) found = g.counts;
  }
  return found ? { thing: normCount(found)!, event } : undefined;
}

/** "rose 4%", "down 12%": the direction of a change (not of a level: "rose to 27"). */
function directionOf(text: string, f: Figure, fr: FigureFrame | undefined): string | undefined {
  if (fr?.direction) return fr.direction;
  // "closed 2.1 percent lower", "ended 0.4% up": the word after a change says its direction.
  const after = fr?.state ? eventClass(fr.state) : undefined;
  if (isAmount(f) && isChange(after)) return after;
  if (!fr?.verb || !(LEVEL_VERBS.has(fr.verb.lemma) || isAmount(f)) || isLevel(text, f)) return undefined;
  const dir = eventClass(fr.verb.lemma);
  return isChange(dir) ? dir : undefined;
}

/** The thing a figure of each kind measures, and how to write it. */
function thingOf(article: SourceArticle, f: Figure, fr: FigureFrame | undefined, event: string | undefined): { thing?: string; text?: string; subject?: boolean } {
  if (f.kind === 'duration') {
    const state = stateOfDuration(article.text, f);
    if (state) return state;
    const since = timeSince(article.text, f) ?? timeUntilAct(article.text, f);
    if (since) return since;
    const text = f.counts ?? (fr?.actor && fr.verb && DURATION_VERBS.has(fr.verb.lemma) ? fr.actor.head : undefined);
    return { thing: durationThing(f, fr, event, article.text), text };
  }
  if (f.kind === 'time') {
    // What happened at that time is the event ("crashed", "came down"); the subject's wording varies (the jet, the plane).
    const named = fr?.actor && !isPronounLike(fr.actor.head) ? fr.actor : undefined;
    // A verb the lexicon classes says what happened then; a noun beside it is where it happened or what it
    // happened to ("came off the line on the curve at 7.42am", "derailed at 07:42"), no other time.
    if (event !== undefined && CLASS_NAMES.has(event)) return { text: named?.text ?? fr?.about };
    return { thing: fr?.about, text: named?.text ?? fr?.about };
  }
  if (peopleTogether(article.text, f)) return { thing: 'person', text: 'people' };
  return amountThing(article, f, fr, event);
}

/**
 * One thing however sources word it: the price of a deal whether it was offered, paid or agreed (only a
 * demand stays apart); "employs 9,400 people", "its 9,400 staff" and "a workforce of 9,400" count the
 * employed. Returns the event that remains.
 */
function oneWording(t: { thing?: string }, event: string | undefined): string | undefined {
  if (t.thing === 'deal') return event === 'demand' ? event : undefined;
  if (event === 'employ' && (t.thing === 'person' || (t.thing !== undefined && COUNT_FAMILIES.has(t.thing)))) t.thing = 'employee';
  return event;
}

/**
 * A sum taken by theft or fraud is one thing however sources word it: "stealing €14.6m", "defrauding the
 * authority of €14.6 million", "a fraud of €16.4 million" (the noun names the act, whatever the verb:
 * "was sentenced for a fraud of …"). Returns the event that remains.
 */
function stolenSum(f: Figure, t: { thing?: string; text?: string }, event: string | undefined): string | undefined {
  if (f.kind !== 'money' || !(event === 'theft' || (t.thing !== undefined && eventClass(t.thing) === 'theft'))) return event;
  t.thing = 'theft';
  t.text = 'sum stolen';
  return 'theft';
}

/**
 * A distance, a depth, a sum its noun names: the thing is the whole identity, the verb around it no part
 * of it. Sets the thing and `quantityNamed`; returns whether the figure is a length read as a distance,
 * a depth or a height (true), a sum its noun names (false), or neither (undefined).
 */
function readNamedQuantity(article: SourceArticle, f: Figure, t: { thing?: string; text?: string; subject?: boolean }, event: string | undefined, id: FactIdentity): boolean | undefined {
  const spatial = spatialThing(article.text, f) ?? speedThing(article.text, f, f.frame?.verb?.lemma);
  if (spatial) {
    t.thing = spatial.thing;
    t.text = spatial.text;
    id.quantityNamed = true;
    return true;
  }
  // "180 millimetres of rain": the matter is the whole identity, wherever it fell (as a distance is, true).
  if (t.thing && !t.subject && matterMeasured(article.text, f)) {
    id.quantityNamed = true;
    return true;
  }
  if (t.thing && !t.subject && !STANCE_EVENTS.includes(event ?? '') && event !== 'theft' && sumNamedByNoun(article.text, f, t.text)) {
    id.quantityNamed = true;
    return false;
  }
  return undefined;
}

/**
 * The length of a session is not what happened around it ("followed by a 90-minute meeting"): the thing
 * says it all. The time into an event keeps what happened then (the crash 69 minutes after take-off is
 * not the diversion 40 minutes into the flight), when the lexicon classes it: a verb of no class may be
 * a word misread as one.
 */
function durationEvent(thing: string | undefined, event: string | undefined): string | undefined {
  return /^time (?:into|before) /.test(thing ?? '') && CLASS_NAMES.has(event ?? '') ? event : undefined;
}

/** A count said to be among others is a part of them ("19 citizens were among the 27 killed"). */
function readPart(article: SourceArticle, f: Figure, id: FactIdentity): void {
  if (amongOthers(article.text, f)) id.partOf = true;
}

/** "Six of its eight carriages derailed": the whole of a partitive did not do what its part did. */
function wholeDidNot(fr: FigureFrame | undefined): boolean {
  return !!fr?.partitive && !!fr.verb && (fr.state === undefined || fr.state === fr.verb.lemma);
}

/** What happened to the counted things, none for the whole of a partitive. */
function figureEvent(f: Figure, fr: FigureFrame | undefined, text: string): string | undefined {
  // "17 people are known to have died": the act the reporting verb passes on.
  return wholeDidNot(fr) ? undefined : (reportedAct(text, fr) ?? eventOf(f, fr, text));
}

/** The subject of "rose to" or "lasted", or of a length spent in a state, is the measured thing, not someone acting. */
function subjectIsThing(f: Figure, fr: FigureFrame | undefined, id: FactIdentity): boolean {
  return (!!fr?.verb && (subjectMeasured(f, fr) || (f.kind === 'duration' && DURATION_VERBS.has(fr.verb.lemma)))) || isStateLength(id);
}

/** The identity of a figure (not a date) from its frame. */
export function figureIdentity(article: SourceArticle, f: Figure): FactIdentity {
  const own = ownIdentity(article, f);
  if (own) return own;
  const fr = f.frame;
  const id: FactIdentity = {};
  let event = figureEvent(f, fr, article.text);
  const direction = directionOf(article.text, f, fr);
  if (direction) id.direction = direction;
  if (lossEvent(article, f, fr)) event = 'cut';
  const implied = impliedThing(article, f);
  if (implied) event = implied.event;
  const t: { thing?: string; text?: string; subject?: boolean } = implied ? { thing: implied.thing, text: implied.thing } : thingOf(article, f, fr, event);
  event = stolenSum(f, t, oneWording(t, event));
  const spatial = readNamedQuantity(article, f, t, event, id);
  if (spatial !== undefined) event = undefined;
  if (t.thing) id.thing = t.thing;
  if (t.text) id.thingText = t.text;
  if (t.subject) id.thingIsSubject = true;
  if (f.kind === 'duration') event = durationEvent(id.thing, event);
  if (sessionEvent(f, fr, direction, event)) event = undefined;
  if (event) id.event = event;
  if (fr?.verb) {
    id.verbText = fr.verb.text;
    id.verb = fr.verb.lemma;
    if (fr.verb.sure) id.verbSure = true;
    if (fr.verb.passive) id.passive = true;
  }
  readNarrowing(fr, id);
  readGroup(article.text, f, id);
  if (!spatial) readPlaces(f, fr, id);
  // "Across the border in Kesk, two people died": the place opening the sentence.
  const fronted = id.region === undefined && !spatial ? frontedRegion(article, f) : undefined;
  if (fronted) id.region = fronted;
  // The subject of "rose to" or "lasted" is the measured thing, not someone acting.
  // Nor is the subject of a length spent in a state ("freed after 143 days in captivity"): the state is the thing.
  if (!subjectIsThing(f, fr, id)) readActor(article, fr, id);
  readOwner(article, fr, id);
  readScope(article, f, id);
  readPart(article, f, id);
  readWhole(article.text, f, id);
  readSupply(article.text, f, id);
  namedChange(article.text, f, id);
  readStockDrawn(f, fr, id);
  readSpans(article.text, f, id);
  readOccurrences(article, f, id);
  return id;
}

/**
 * A figure whose words say all of what it measures, whatever its clause says: a person's age ("Tomasz
 * Reiner, 51,"), a part of a vote's tally ("by 198 votes to 176", "with 12 abstentions", in its scope).
 */
function ownIdentity(article: SourceArticle, f: Figure): FactIdentity | undefined {
  const aged = ageOf(article, f);
  if (aged) return ageIdentity(aged);
  const share = voteShare(article, f);
  if (share) {
    readScope(article, f, share);
    // "41.8 per cent against 36.2 per cent for Pellick": each candidate's share is a fact of its own, no base of a comparison.
    delete share.base;
    return share;
  }
  const side = tallySide(article.text, f);
  if (!side) return undefined;
  const tally = tallyIdentity(article.text, f, side);
  readScope(article, f, tally);
  return tally;
}

/**
 * "Dozens of Corvanian miners", "300 British staff": a narrowing word written as a people's adjective names a
 * group, a part of all the miners or staff the story counts.
 */
function readGroup(text: string, f: Figure, id: FactIdentity): void {
  const m = id.modifier;
  if (!m || !PEOPLE_ADJECTIVE_ENDING.test(m)) return;
  const written = m.charAt(0).toUpperCase() + m.slice(1);
  if (!new RegExp(`\\b${written}\\b`).test(text.slice(f.end, f.end + 40))) return;
  id.group = m;
  delete id.modifier;
}

/** The noun that narrows the thing, the noun the figure is about, and whether it is a capacity. */
function readNarrowing(fr: FigureFrame | undefined, id: FactIdentity): void {
  if (fr?.modifier && normCount(fr.modifier) !== id.thing) id.modifier = fr.modifier;
  if (fr?.about) id.about = normCount(fr.about);
  if (fr?.capacity && !id.quantityNamed) id.capacity = true;
}

/** "moved at least nine times": how often the act happened, when nothing else is counted. */
function readOccurrences(article: SourceArticle, f: Figure, id: FactIdentity): void {
  if (id.thing || !occurrenceCount(article.text, f)) return;
  id.thing = OCCURRENCES;
  id.thingText = 'time';
}

/**
 * "closed 3.4 per cent lower", "ended the day down 2.4 percent": for a change of a price the direction
 * and the trading session say what happened; the verb of the session or the change is no other event.
 */
function sessionEvent(f: Figure, fr: FigureFrame | undefined, direction: string | undefined, event: string | undefined): boolean {
  if (!isAmount(f) || !direction) return false;
  return isChange(event) || (fr?.verb !== undefined && MARKET_VERBS.has(fr.verb.lemma) && eventClass(fr.verb.lemma) === event);
}

/** Where counted things are: "24 people on the ground" (a place), "5,600 staff in Britain" (a named place, a part). */
function readPlaces(f: Figure, fr: FigureFrame | undefined, id: FactIdentity): void {
  if (f.kind !== 'count') return;
  if (fr?.place) id.place = fr.place;
  if (fr?.region) id.region = fr.region;
}

/** The verb as written and its lemma, for labels and comparison. */
export function copyVerb(v: NonNullable<FigureFrame['verb']>, id: FactIdentity): void {
  id.verbText = v.text;
  id.verb = v.lemma;
  if (v.sure) id.verbSure = true;
  if (v.passive) id.passive = true;
}
