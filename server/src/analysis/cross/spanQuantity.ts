// Lengths of time and measures that other words name: a length of time spent in a state is the length of
// that state whatever the verb around it ("freed after 143 days in captivity", "134 days in the hands of
// the rebels", "stayed above flood level for 36 hours"); a measure in one unit is the same quantity in
// another (180 mm is 18 cm, 4.2 metres is nearly 14 feet). Read by identity.ts and extract.ts.

import { ACCUMULATION_PERIODS, ACCUMULATION_PREPOSITIONS, CONVERSION_PLAY, EMPTY_AFTER_LENGTH, ENDING_VERBS, EVENT_CARRIER_VERBS, FALLING_STRUCTURES, FAILURE_VERBS, RETAINING_STRUCTURES, SENTENCE_BEFORE, STATE_CLASSES, CLOCK_CLAUSE_LINKS, WHEN_AUXILIARIES, WHEN_DETERMINERS, STATE_DISPLAY, STATE_NEEDS_MODIFIER, STATE_PREPOSITIONS, UNIT_BASES } from '../lexicon/spans';
import type { Figure, Interval } from '../types';
import { verbLemma } from '../figures/frame';
import { ACT_NOUN_VERBS, EVENT_CLASSES, PRONOUN_SUBJECTS } from '../lexicon/events';
import { SPEECH_VERBS } from '../lexicon/speech';
import { DURATION_UNITS, NUMBER_WORDS } from '../lexicon/units';
import { singular } from '../numbers';
import type { FactIdentity, FigureItem } from './factTypes';

const EVENT_CLASS_NAMES: ReadonlySet<string> = new Set(EVENT_CLASSES.values());

/** The words of a stretch of text up to the first mark that ends a phrase, lower-case. */
function phraseWords(text: string): string[] {
  const clause = /^[^.,;:!?()"“”]*/.exec(text)?.[0] ?? '';
  return clause.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** The state a phrase of words names, from its preposition to the state noun: "in the hands of" → captivity. */
function stateIn(ws: string[]): { thing: string; text: string } | undefined {
  const prep = STATE_PREPOSITIONS.get(ws[0] ?? '');
  if (!prep) return undefined;
  // "of" opens a state only right before its noun ("143 days of captivity"), never "of the hearing".
  const reach = ws[0] === 'of' ? 2 : 4;
  for (let k = 1; k < Math.min(ws.length, reach); k++) {
    const w = ws[k]!;
    const cls = STATE_CLASSES.get(w);
    if (cls === undefined) {
      if (!/^[a-z][a-z-]*$/.test(w)) return undefined;
      continue;
    }
    if (STATE_NEEDS_MODIFIER.has(w) && !(k >= 2 && !/^(?:the|a|an|its|their|his|her)$/.test(ws[k - 1]!))) return undefined;
    // "hands" is a state only in someone's hands ("in the hands of the rebels").
    if (w === 'hands' && ws[k + 1] !== 'of') return undefined;
    const written = ws.slice(1, k + 1).join(' ').replace(/^(?:the|a|an|its|their|his|her)\s+/, '');
    return { thing: `state:${prep}:${cls}`, text: `time ${ws[0] === 'of' || ws[0] === 'behind' || ws[0] === 'into' ? 'in' : ws[0]!} ${STATE_DISPLAY.get(cls) ?? written}` };
  }
  return undefined;
}

/**
 * The state a length of time was spent in: the phrase right after it ("143 days in captivity", "two
 * years behind bars", "a decade in office") or right before "for" and the length ("remained above flood
 * level for 36 hours", "was held in custody for three weeks").
 */
export function stateOfDuration(text: string, f: Figure): { thing: string; text: string } | undefined {
  const state = stateSpent(text, f);
  // "sentenced to five years in prison" is a penalty, not time spent in prison.
  if (state && SENTENCE_BEFORE.test(text.slice(Math.max(0, f.start - 50), f.start))) return { thing: state.thing.replace(/^state:/, 'sentence:'), text: state.text.replace(/^time /, 'sentence ') };
  return state;
}

function stateSpent(text: string, f: Figure): { thing: string; text: string } | undefined {
  if (f.kind !== 'duration') return undefined;
  const after = stateIn(phraseWords(text.slice(f.end, f.end + 60)));
  if (after) return after;
  const clause = text.slice(Math.max(0, f.start - 60), f.start).split(/[.,;:!?()"“”]/).pop() ?? '';
  const ws = clause.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (ws[ws.length - 1] !== 'for') return undefined;
  // The state noun ends the phrase right before "for": "above flood level for", not "in the morning for".
  for (let k = ws.length - 3; k >= Math.max(0, ws.length - 6); k--) {
    if (!STATE_PREPOSITIONS.has(ws[k]!) || ws[k] === 'of') continue;
    const phrase = ws.slice(k, ws.length - 1);
    const st = stateIn(phrase);
    return st && STATE_CLASSES.has(phrase[phrase.length - 1]!) ? st : undefined;
  }
  return undefined;
}

/**
 * A measure in a unit that converts ("18 centimetres", "nearly 14 feet") is compared in its base unit: the
 * item's interval is converted and `baseUnit` says which quantity it measures.
 */
export function inBaseUnit(item: FigureItem): void {
  const f = item.figure;
  if (f.kind !== 'count' || !f.unit || !item.interval) return;
  const b = UNIT_BASES.get(f.unit);
  if (!b) return;
  item.baseUnit = `base:${b.quantity}`;
  item.unitScale = b.factor;
  if (b.system === 'imperial') item.imperial = true;
  item.interval = { lo: item.interval.lo * b.factor, hi: item.interval.hi * b.factor };
}

/** Two measures from different systems of units: one was converted from the other and rounded, so each has some play. */
export function convertedIntervals(a: FigureItem, b: FigureItem): [Interval, Interval] | undefined {
  if (!a.baseUnit || !b.baseUnit || !!a.imperial === !!b.imperial || !a.interval || !b.interval) return undefined;
  const widen = (i: Interval): Interval => ({ lo: i.lo * (1 - CONVERSION_PLAY), hi: i.hi * (1 + CONVERSION_PLAY) });
  return [widen(a.interval), widen(b.interval)];
}

/**
 * A measure of the matter its noun names ("180 millimetres of rain", "12 tonnes of cocaine", "40 litres
 * of fuel"): the matter is the whole of what it measures, whatever fell, was seized or was recorded.
 */
export function matterMeasured(text: string, f: Figure): boolean {
  return f.kind === 'count' && !!f.unit && UNIT_BASES.has(f.unit) && !!f.counts && /^\s+of\s/i.test(text.slice(f.end, f.end + 5));
}

/**
 * What happened at a clock time when a clause after it says ("families were woken at 5.40am when the
 * levee burst"): the time is the time of that event too, the one the story is about more often than the
 * waking. The verb's lemma and its subject's head noun, lower-case.
 */
export function whenClauseAt(text: string, f: Figure): { verb: string; subject: string; text: string } | undefined {
  if (f.kind !== 'time') return undefined;
  const rest = text.slice(f.end, f.end + 120).split(/[.;!?](?:\s|$)/)[0] ?? '';
  const ws = rest.toLowerCase().replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const w = ws.indexOf('when');
  // Only the clause's own words between the time and "when": a day or a place ("on Sunday", "in Drask").
  if (w < 0 || w > 5 || (w > 0 && !CLOCK_CLAUSE_LINKS.has(ws[0]!))) return undefined;
  let s = w + 1;
  const det = WHEN_DETERMINERS.has(ws[s] ?? '') ? ws[s] : undefined;
  if (det) s++;
  // A subject of one or two words, an auxiliary perhaps, and the verb.
  for (const len of [1, 2]) {
    let v = s + len;
    if (WHEN_AUXILIARIES.has(ws[v] ?? '')) v++;
    const verb = ws[v];
    if (!verb || !/^[a-z]+$/.test(verb) || !EVENT_CLASSES.has(verbLemma(verb))) continue;
    const subject = ws.slice(s, s + len);
    return { verb, subject: subject[subject.length - 1]!, text: [...(det ? [det] : []), ...subject].join(' ') };
  }
  return undefined;
}

/** A failure verb with a structure as its subject is a collapse ("the levee broke", "the dam failed"); else undefined. */
export function structureFailed(verb: string | undefined, subject: string | undefined): boolean {
  return !!verb && !!subject && FAILURE_VERBS.has(verb) && RETAINING_STRUCTURES.has(subject.toLowerCase());
}

/**
 * The event of a time of day as the sentence tells it: a clause "when …" after the time names what happened
 * then (the waking is when the levee burst), and a structure that breaks or fails collapsed, however worded.
 */
export function readTimeEvent(text: string, f: Figure, id: FactIdentity): void {
  const when = whenClauseAt(text, f);
  if (when) {
    const lemma = verbLemma(when.verb);
    const event = structureFailed(lemma, when.subject) ? 'collapse' : EVENT_CLASSES.get(lemma);
    // Only a verb the lexicon classes: a word misread as the clause's verb says nothing.
    if (!event) return;
    id.event = event;
    id.verb = lemma;
    id.verbText = when.verb;
    id.actor = singular(when.subject);
    id.actorText = when.text;
    id.thingText = when.text;
    delete id.actorEntity;
    delete id.actorAgent;
    delete id.thing;
    delete id.passive;
    return;
  }
  const act = f.kind === 'time' && !id.event ? actNounBefore(text, f) : undefined;
  if (act) {
    id.event = EVENT_CLASSES.get(act) ?? act;
    id.verb = act;
    return;
  }
  if (f.kind !== 'count' && id.event && !EVENT_CLASS_NAMES.has(id.event) && structureFailed(id.verb, id.actor)) id.event = 'collapse';
  if (f.kind === 'time') readCarriedEvent(id);
}

/**
 * The event of a time whose subject names it: "the killer collapse struck at 6.50am" and "the strike began at
 * 5.30am" tell when the collapse and the strike happened, as "collapsed at 6:15 a.m." does; a structure that
 * came down or fell collapsed ("the roof came down at a quarter past six").
 */
function readCarriedEvent(id: FactIdentity): void {
  const subject = id.actor;
  if (!subject) return;
  const named = EVENT_CLASSES.get(subject);
  if (named && id.verb && EVENT_CARRIER_VERBS.has(id.verb)) {
    id.event = named;
    id.eventActor = true;
  } else if (id.event === 'crash' && FALLING_STRUCTURES.has(subject)) id.event = 'collapse';
}

/**
 * The act a noun names right before a clock time, past a short place phrase: "after a tense handover at a
 * remote border post shortly after 8pm", "the launch from the island at 6.02am": the verb of that noun.
 */
function actNounBefore(text: string, f: Figure): string | undefined {
  const before = text.slice(Math.max(0, f.start - 80), f.start);
  const m = /\b(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:(?:at|in|on|near|outside|inside|from)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:at\s+)?$/u.exec(before);
  const noun = m?.[1]?.toLowerCase();
  return noun ? ACT_NOUN_VERBS.get(noun) : undefined;
}

/** The sentence around a figure, up to the marks that end one (a full stop before a space, so "4.2" stays whole). */
function sentenceAround(text: string, f: Figure): { before: string; after: string } {
  const before = text.slice(Math.max(0, f.start - 120), f.start);
  const after = text.slice(f.end, f.end + 120);
  return { before: before.split(/[.!?;]\s/).pop() ?? before, after: after.split(/[.!?;](?:\s|$)/)[0] ?? after };
}

/** The count a period word gives: digits, a number word, "a", "an", "one", "a single". */
function periodCount(w: string): number | undefined {
  if (/^\d{1,3}$/.test(w)) return Number(w);
  if (/^(?:a|an|one|(?:a|one)\s+single)$/.test(w)) return 1;
  const small = [...NUMBER_WORDS].indexOf(w);
  return small > 0 && small < 20 ? small : undefined;
}

/**
 * The period a measured matter built up over, as its sentence names it: "180 mm of rain in 24 hours" and
 * "18 cm in a single day" are the rain of one day (`s86400`); "over the weekend" is the weekend's. Rain of
 * a day and rain of a weekend are two quantities.
 */
export function accumulatedOver(text: string, f: Figure): string | undefined {
  if (!matterMeasured(text, f) && !(f.kind === 'count' && f.unit && UNIT_BASES.has(f.unit))) return undefined;
  const { before, after } = sentenceAround(text, f);
  for (const part of [after, before]) {
    const lower = part.toLowerCase();
    const counted = /\b([a-z]+)\s+((?:a|one)\s+single|[a-z\d]+)[\s-]+(hour|day|week|month|year)s?\b/.exec(lower);
    if (counted && ACCUMULATION_PREPOSITIONS.has(counted[1]!)) {
      const n = periodCount(counted[2]!);
      const unit = DURATION_UNITS.get(counted[3]!);
      if (n !== undefined && unit !== undefined) return `s${String(n * unit)}`;
    }
    const named = /\b(?:(?:over|during|across|throughout)\s+the\s+([a-z]+)|(overnight))\b/.exec(lower);
    const period = named ? ACCUMULATION_PERIODS.get(named[1] ?? named[2]!) : undefined;
    if (period) return period;
  }
  return undefined;
}

/** "after 38 hours", "after about six hours": the length follows "after" (and a hedge the figure may not hold). */
const AFTER_LENGTH = /\bafter\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|less\s+than|just\s+over|just\s+under|at\s+least|an\s+estimated)\s+)?$/i;

/**
 * The time until an act: "rescuers reached the last survivors after 38 hours" and "the survivors were reached
 * after 28 hours" measure one wait, the time before the reaching; "freed after 71 days" the time before the
 * freeing. The act is the clause's verb (a verb that says nothing, or a speech verb, names no act: the length
 * then only places a moment). A verb of ending makes it the length of what ended ("the talks ended after 14
 * hours" lasted 14 hours): its subject's, as "lasted" would.
 */
export function timeUntilAct(text: string, f: Figure): { thing: string; text: string } | undefined {
  const v = f.frame?.verb;
  // "after six hours of deliberation" is the length of the deliberation, which the counted noun names.
  if (f.kind !== 'duration' || f.counts || !v || !v.sure || !AFTER_LENGTH.test(text.slice(Math.max(0, f.start - 30), f.start))) return undefined;
  if (EMPTY_AFTER_LENGTH.has(v.lemma) || SPEECH_VERBS.has(v.text.split(/\s+/).pop()!.toLowerCase())) return undefined;
  const actor = f.frame?.actor?.head.toLowerCase();
  if (ENDING_VERBS.has(v.lemma)) {
    if (!actor || PRONOUN_SUBJECTS.has(actor)) return undefined;
    const head = singular(actor);
    return { thing: EVENT_CLASSES.get(head) ?? head, text: head };
  }
  const act = EVENT_CLASSES.get(v.lemma) ?? v.lemma;
  return { thing: `time until ${act}`, text: `time before ${v.lemma}` };
}

/** A length of time spent in a state or a penalty ("143 days in captivity", "five years in prison"): the state is its thing, not the subject. */
export function isStateLength(id: FactIdentity): boolean {
  return /^(?:state|sentence):/.test(id.thing ?? '');
}

/** What the words around a time or a measure add to its identity: the event of a time, the period a matter built up over. */
export function readSpans(text: string, f: Figure, id: FactIdentity): void {
  readTimeEvent(text, f, id);
  const over = accumulatedOver(text, f);
  if (over) id.accumulated = over;
}
