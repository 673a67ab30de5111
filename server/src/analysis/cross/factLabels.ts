// Plain-words labels of aligned facts, as a reader would name them: "people killed", "crew on board",
// "the length of Monday's session", "jobs cut by Halvard Foods", "the time the ferry overturned", "the
// day the ferry left". Built from the words the articles wrote and general phrases of the lexicon, never
// from stems or stray context words.

import { SCALE_NAMES } from '../lexicon/units';
import { DAY_PARTS, POSSESSIVE_DETERMINERS } from '../lexicon/labels';
import { ACT_NOUNS, DURATION_NOUNS, EVENT_PHRASES, LEVEL_NOUNS, NAMED_CHANGES } from '../lexicon/events';
import { nounPlural, verbForms } from '../figures/frame';
import { weekdayDisplay } from '../util/calendar';
import type { DateItem, FactIdentity, FigureItem } from './factTypes';
import { cmpStr } from './text';

/** How many parts of its identity an item names: the item that names most gives the label. */
function richness(f: FactIdentity): number {
  return [f.thing, f.event, f.actor, f.day, f.modifier, f.thingText].filter(Boolean).length;
}

/** The most common value of a part across the items, written as the items write it. */
function common<T>(its: T[], pick: (x: T) => string | undefined): string | undefined {
  const votes = new Map<string, number>();
  for (const x of its) {
    const v = pick(x);
    if (v) votes.set(v, (votes.get(v) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0]))[0]?.[0];
}

/**
 * "killed", "on board", "launched": what happened to the counted things, as a label says it: the
 * lexicon's phrase for the event, else the participle of the verb the article wrote (never of a class name).
 */
function eventPhrase(f: FactIdentity): string | undefined {
  if (!f.event) return undefined;
  const phrase = EVENT_PHRASES.get(f.event);
  if (phrase) return phrase;
  return f.verbSure && f.verb ? verbForms(f.verb).participle : undefined;
}

/** "Lindqvist's", "Rivermouth Rovers'". */
function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

function dayPart(day: string | undefined): string {
  return day ? weekdayDisplay(day) : '';
}

/** A noun phrase that starts a sentence ("The search", "Shares") lower-cased, unless it is a name. */
function lowerArticle(text: string, isName = false): string {
  const article = text.replace(/^(?:The|A|An)\b/, (m) => m.toLowerCase());
  if (isName) return article;
  return article.replace(/^\p{Lu}(?=\p{Ll})/u, (m) => m.toLowerCase());
}

/**
 * The noun phrase without a possessive determiner, which names nothing out of its sentence: "its
 * reservoirs" is "the reservoirs" (`article` "the") or, for a count, "reservoirs" (`article` "").
 */
function withoutPossessive(text: string, article: 'the' | ''): string {
  const [first, ...rest] = text.split(/\s+/);
  if (rest.length === 0 || !POSSESSIVE_DETERMINERS.has(first!.toLowerCase())) return text;
  return article ? `${article} ${rest.join(' ')}` : rest.join(' ');
}

/**
 * Whether the event's phrase only repeats the counted noun ("votes voting", "employees employed"): its
 * first word starts with the noun as written, but for its last letter. "votes against" names a side and
 * stays, and so does "staff employed".
 */
function repeatsNoun(f: FactIdentity, phrase: string): boolean {
  const noun = (f.thingText ?? f.thing)?.split(/\s+/).pop()?.toLowerCase() ?? '';
  const word = phrase.split(/\s+/)[0]!.toLowerCase();
  let n = 0;
  while (n < noun.length && n < word.length && noun[n] === word[n]) n++;
  return n >= 3 && n >= noun.length - 1;
}

function countLabel(f: FactIdentity): string {
  // Nothing counted is named: "figures closed", "figures voting" would be word salad.
  if (!f.thingText && !f.thing) return 'a number';
  const thing = withoutPossessive(f.thingText ?? f.thing!, '');
  const noun = nounPlural(f.modifier ? `${f.modifier} ${thing}` : thing);
  // A margin or a gap ("won by 3,900 votes", "three games behind"): "the margin in votes".
  if (f.event === 'margin') return `the margin in ${noun}${f.actorAgent && f.actorText ? ` (${f.actorText})` : ''}`;
  let phrase = eventPhrase(f);
  // "employees employed by Corvane" says it twice: "employees of Corvane".
  const repeated = phrase !== undefined && repeatsNoun(f, phrase);
  if (repeated) phrase = undefined;
  const by = f.actorAgent && f.actorText && f.event !== 'aboard' ? (phrase ? ` by ${f.actorText}` : repeated ? ` of ${f.actorText}` : '') : '';
  const day = f.day ? ` on ${dayPart(f.day)}` : '';
  return `${noun}${phrase ? ` ${phrase}` : ''}${by}${day}`;
}

function durationLabel(f: FactIdentity): string {
  const noun = (f.thing && DURATION_NOUNS.get(f.thing)) ?? f.thingText;
  const whose = f.day ? `${dayPart(f.day)}'s` : f.actorAgent && f.actorText ? possessive(f.actorText) : 'the';
  if (noun?.startsWith('time ')) return `${whose} ${noun}`;
  if (noun) return `the length of ${whose} ${noun}`;
  const verb = pastOf(f);
  // Without a subject the verb alone reads as word salad ("how long it rose"): no label is better than that.
  return verb && f.actorText ? `how long ${lowerArticle(f.actorText, f.actorEntity !== undefined)} ${verb}` : 'a length of time';
}

/** The subject written is a plural ("the plant's workers"): its last word is its own plural. */
function pluralSubject(f: FactIdentity): boolean {
  const last = f.actorText?.split(/\s+/).pop()?.toLowerCase();
  return !!last && /s$/.test(last) && nounPlural(last) === last;
}

/** The verb in the past tense: as written when it is one word ("left", "overturned"), else from its class. */
function pastOf(f: FactIdentity): string | undefined {
  // Only a word compromise read as a verb: a noun taken for one would make word salad ("the day the press").
  if (!f.verbSure || !f.verb) return undefined;
  // "the time it was", "the day it had" say nothing: a verb that only links is no event.
  if (f.verb === 'be' || f.verb === 'have') return undefined;
  if (f.passive) return `${pluralSubject(f) ? 'were' : 'was'} ${verbForms(f.verb).participle}`;
  const ws = f.verbText?.split(/\s+/) ?? [];
  // A verb phrase with its object ("came off the line", "lost their lives") reads as written, not as its lemma ("came off line").
  const head = f.verb.split(' ')[0]!;
  if (head !== f.verb && ws[0]?.toLowerCase() === verbForms(head).past) return ws.join(' ').toLowerCase();
  const past = verbForms(f.verb).past;
  return ws.length === 1 && ws[0] === past ? ws[0] : past;
}

function timeLabel(f: FactIdentity): string {
  const verb = pastOf(f);
  // Nothing named: "the time it ran", "the time of it" would be word salad.
  if (!f.thingText) return 'a time of day';
  const who = lowerArticle(withoutPossessive(f.thingText, 'the'), f.actorEntity !== undefined);
  // "On Tuesday evening overturned": a part of the day read as the subject names nothing that happened.
  if (DAY_PARTS.has(who.replace(/^the\s+/, '').toLowerCase())) return 'a time of day';
  return verb ? `the time ${who} ${verb}` : `the time of ${who}`;
}

function amountLabel(f: FactIdentity, kind: string): string {
  const thing = f.thingText !== undefined ? withoutPossessive(f.thingText, 'the') : f.thing;
  if (kind === 'percent') {
    if (!thing) return 'a share';
    const change = f.direction === 'rise' ? 'rise' : f.direction === 'fall' ? 'fall' : undefined;
    // As the article names it ("the fall in shares", "the rise in the Olmsted index", "the fall in net profit").
    if (change) return `the ${change} in ${thing}`;
    // "turnout was 64 percent": the level of the subject is named by the subject ("turnout", "the Kestra index").
    // "inflation", "growth": a change with a name of its own reads as that name.
    if (f.thingIsSubject || [...NAMED_CHANGES.values()].includes(f.thing ?? '')) return thing;
    return LEVEL_NOUNS.has(f.thing ?? '') || LEVEL_NOUNS.has(thing.split(' ').pop()!.toLowerCase()) ? `the ${thing}` : `the share of ${thing}`;
  }
  if (!thing) return 'an amount';
  return /^(?:the|a|an)\s/i.test(thing) ? thing.replace(/^an?\s/i, 'the ') : `the ${thing}`;
}

/** The label of a figure fact: from the item that names most about it, in plain words. */
export function figureLabel(its: FigureItem[]): string {
  const best = [...its].sort((a, b) => richness(b.fact) - richness(a.fact))[0]!;
  const f: FactIdentity = { ...best.fact };
  f.day ??= common(its, (x) => x.fact.day);
  const kind = best.figure.kind;
  let label: string;
  if (kind === 'duration') label = durationLabel(f);
  else if (kind === 'time') label = timeLabel(f);
  // A distance, a depth or a height: "the distance from the runway", "the depth".
  // All of what it counts: "all bus routes".
  else if (kind === 'count' && f.whole) label = `all ${countLabel(f)}`;
  // A reading on a scale: "the earthquake's magnitude".
  else if (kind === 'count' && best.figure.unit !== undefined && SCALE_NAMES.has(best.figure.unit)) label = `the ${f.thing ? `${f.thing}'s ` : ''}${best.figure.unit}`;
  else if (kind === 'count' && f.quantityNamed) label = `the ${f.thingText ?? f.thing}${f.day ? ` on ${dayPart(f.day)}` : ''}`;
  else if (kind === 'count') label = countLabel(f);
  else label = amountLabel(f, kind);
  if (best.rate) label += ` per ${best.rate}`;
  if (kind !== 'count' && kind !== 'duration' && f.day) label += ` (${dayPart(f.day)})`;
  return label;
}

/** The label of a date fact: "the day the ferry left", "the date of the final". */
export function dateLabel(its: DateItem[]): string {
  const best = [...its].sort((a, b) => richness(b.fact) - richness(a.fact))[0]!;
  const f = best.fact;
  const verb = pastOf(f);
  if (verb && f.actorText) return `the day ${lowerArticle(f.actorText, f.actorEntity !== undefined)} ${verb}`;
  if (f.about) return `the date of the ${DURATION_NOUNS.get(f.about) ?? ACT_NOUNS.get(f.about) ?? f.about}`;
  const act = f.event ? ACT_NOUNS.get(f.event) : undefined;
  if (act) return f.actorText && f.actorEntity !== undefined ? `${f.actorText}'s ${act}` : `the ${act}`;
  // A verb without its subject ("the day it told", "the day it spent") says less than it seems to.
  return 'a date';
}
