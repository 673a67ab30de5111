// Quantities a noun or the words after them name, whatever verb they stand in: a length is a distance
// from what follows it, a depth or a height ("4 km short of the runway", "850 metres below ground"); a
// sum or share its noun names ("a refund of 49 euros", "a €85 million charge"). Read by identity.ts.

import { COUNT_SYNONYMS, DEPTH_WORDS, DISTANCE_WORDS, EVENT_STARTS, HEIGHT_WORDS, HUMAN_NOUNS, LENGTH_UNITS, SPEED_KINDS, SPEED_UNITS, NAMED_CHANGES, STOCK_DRAW_VERBS, STOCK_NOUNS, WHOLE_BEFORE, PHRASE_DETERMINERS, PHRASE_ENDS, REFERRING_WORDS, TIME_BEFORE_WORDS, TIME_SINCE_WORDS } from '../lexicon/events';
import { OF_GROUP_AFTER, REMAINDER_BEFORE, RESTRICTED_PART, SUPPLY_BACK_AFTER, SUPPLY_BACK_BEFORE, SUPPLY_LOSS_BEFORE, SUPPLY_NOUNS, SUPPLY_STILL } from '../lexicon/counting';
import { singular } from '../numbers';
import type { Figure, FigureFrame } from '../types';
import type { FactIdentity } from './factTypes';

/** A counted noun, singular, with synonyms folded (as identity.ts folds them). */
function folded(w: string): string {
  return COUNT_SYNONYMS.get(w) ?? w;
}


/** The first of some phrases that a text starts with (after spaces), and what follows it. */
function startsWithPhrase(text: string, phrases: readonly string[]): { phrase: string; rest: string } | undefined {
  const t = text.replace(/^\s+/, '').toLowerCase();
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) if (t.startsWith(p) && !/^[a-z]/.test(t.slice(p.length))) return { phrase: p, rest: text.replace(/^\s+/, '').slice(p.length) };
  return undefined;
}

/**
 * The head of the noun phrase a text starts with, determiners skipped ("the main runway at …" → "runway"),
 * at most `most` words long, and whether the phrase ends the clause or a preposition follows it.
 */
function headNoun(text: string, most: number): { head: string; closed: boolean } | undefined {
  const clause = /^[^.,;:!?()"“”]*/.exec(text)?.[0] ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length && PHRASE_DETERMINERS.has(words[i]!.toLowerCase())) i++;
  const phrase: string[] = [];
  for (; i < words.length && phrase.length < most; i++) {
    const w = words[i]!.replace(/['’]s$/, '');
    if (PHRASE_ENDS.has(w.toLowerCase()) || !/^[a-z][a-z-]*$/i.test(w)) break;
    phrase.push(w);
  }
  const head = phrase.pop();
  return head ? { head, closed: i >= words.length || PHRASE_ENDS.has(words[i]!.toLowerCase()) } : undefined;
}


/**
 * A duration after which or before which something happened, by the event the noun after it names: "69
 * minutes after take-off" and "about 50 minutes into the flight" are one time into the flight; "six
 * minutes before landing" is the time left before it. Only a noun phrase that ends the clause or meets a
 * preposition ("after police arrived" names no event by its noun).
 */
export function timeSince(text: string, f: Figure): { thing: string; text: string } | undefined {
  if (f.kind !== 'duration') return undefined;
  const after = text.slice(f.end, f.end + 60);
  const since = startsWithPhrase(after, TIME_SINCE_WORDS);
  const before = since ? undefined : startsWithPhrase(after, TIME_BEFORE_WORDS);
  const rest = (since ?? before)?.rest;
  if (rest === undefined) return undefined;
  const noun = headNoun(rest, 1);
  if (!noun?.closed || REFERRING_WORDS.has(noun.head.toLowerCase()) || /^[A-Z]/.test(noun.head)) return undefined;
  const word = noun.head.toLowerCase();
  const whole = EVENT_STARTS.get(word);
  const event = whole ?? folded(singular(word));
  const shown = whole && whole !== 'start' ? whole : word;
  return since ? { thing: `time into ${event}`, text: `time into the ${shown}` } : { thing: `time before ${event}`, text: `time before the ${shown}` };
}

/**
 * A length is a distance, a depth or a height, whatever happened at it: "crashed about 4 km short of the
 * runway" and "came down six kilometres from the runway" measure one distance; "850 metres below ground"
 * and "850 metres underground" one depth. Read from the words after the length (a conversion in
 * brackets skipped); "within 3 km of the town" is a distance from the town too.
 */
export function spatialThing(text: string, f: Figure): { thing: string; text: string } | undefined {
  if (f.kind !== 'count' || !f.unit || !LENGTH_UNITS.has(f.unit)) return undefined;
  const after = text.slice(f.end, f.end + 80).replace(/^\s*\([^)]{0,30}\)/, '');
  const within = /\bwithin\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$/i.test(text.slice(Math.max(0, f.start - 20), f.start));
  const from = startsWithPhrase(after, within ? ['of', ...DISTANCE_WORDS] : DISTANCE_WORDS);
  if (from) {
    const head = headNoun(from.rest, 2)?.head;
    if (!head) return undefined;
    const noun = folded(singular(head.toLowerCase()));
    return { thing: `distance from ${noun}`, text: `distance from ${/^[A-Z]/.test(head) ? head : `the ${head.toLowerCase()}`}` };
  }
  if (startsWithPhrase(after, DEPTH_WORDS)) return { thing: 'depth', text: 'depth' };
  if (startsWithPhrase(after, HEIGHT_WORDS)) return { thing: 'height', text: 'height' };
  return undefined;
}

/**
 * A speed is one quantity per story, whatever verb carries it ("was doing 121 km/h", "was travelling at
 * 112 km/h", "hit 112 km/h"): its unit defines it. A word beside it may say which speed it is (a limit, a
 * gust, an average: `SPEED_KINDS`), read in its clause a few words either side and in the verb.
 */
export function speedThing(text: string, f: Figure, verb: string | undefined): { thing: string; text: string } | undefined {
  if (f.kind !== 'count' || !f.unit || !SPEED_UNITS.has(f.unit)) return undefined;
  // The words of its own clause part: "the 60 km/h limit", "the limit on the curve is 60 km/h", not a
  // limit named after a comma ("was doing 121 km/h, twice the 60 km/h limit").
  const before = text.slice(Math.max(0, f.start - 40), f.start).split(/[.,;:!?()]/).pop()!;
  const after = text.slice(f.end, f.end + 30).split(/[.,;:!?()]/)[0]!;
  const near = [...before.toLowerCase().split(/[^a-z]+/).slice(-6), ...after.toLowerCase().split(/[^a-z]+/).slice(0, 3), verb ?? ''];
  for (const w of near) {
    const kind = SPEED_KINDS.get(w);
    if (kind) return { thing: kind, text: kind };
  }
  return { thing: 'speed', text: 'speed' };
}

/** Hedges that may stand between a noun, "of" and its amount ("a refund of up to 49 euros"). */
const OF_HEDGE = '(?:(?:about|around|some|nearly|almost|roughly|up to|more than|over|at least|as much as|just over|just under|an estimated)\\s+)?';

/**
 * The noun that names a sum or a share stands right before "of" and the amount ("a refund of 49 euros",
 * "losses of 40 million euros") or right after it ("a 49-euro refund", "a €85 million charge"): the
 * amount is that noun's, and the verb of the clause around the noun ("will receive", "are entitled to",
 * "can choose") is no part of what it measures.
 */
export function sumNamedByNoun(text: string, f: Figure, noun: string | undefined): boolean {
  if ((f.kind !== 'money' && f.kind !== 'percent') || !noun) return false;
  const head = noun.split(' ').pop()!.toLowerCase().replace(/[^a-z-]/g, '');
  if (!head) return false;
  const before = new RegExp(`\\b${head}s?\\s+of\\s+${OF_HEDGE}$`, 'i');
  const after = new RegExp(`^[\\s-]+(?:[a-z]+\\s+)?${head}s?\\b`, 'i');
  return before.test(text.slice(Math.max(0, f.start - 60), f.start)) || after.test(text.slice(f.end, f.end + 40));
}

/**
 * One number for two groups of people written together ("242 passengers and crew", "60 staff and
 * volunteers") counts people, as "242 people on board" does; "230 passengers and 12 crew" gives two numbers.
 */
export function peopleTogether(text: string, f: Figure): boolean {
  if (f.kind !== 'count' || !f.counts) return false;
  const m = /^\s+([a-z]+)\s+(?:and|plus)\s+([a-z]+)\b/i.exec(text.slice(f.end, f.end + 50));
  if (!m || singular(m[1]!.toLowerCase()) !== singular(f.counts.toLowerCase())) return false;
  const human = (w: string): boolean => HUMAN_NOUNS.has(w.toLowerCase()) || HUMAN_NOUNS.has(singular(w.toLowerCase()));
  return human(m[1]!) && human(m[2]!) && singular(m[1]!.toLowerCase()) !== singular(m[2]!.toLowerCase());
}

/**
 * "19 Halden citizens were among the 27 people killed", "three children are among the dead": a count
 * said to be among others is a part of them, never another report of the whole.
 */
export function amongOthers(text: string, f: Figure): boolean {
  if (f.kind !== 'count') return false;
  // "the last six trapped miners", "the remaining 40 passengers": what is left of a group is a part of it.
  if (REMAINDER_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start))) return true;
  if (/^[^.;:!?]{0,60}?\b(?:were|was|are|is|been|be)\s+(?:also\s+|now\s+)?among\b/i.test(text.slice(f.end, f.end + 80))) return true;
  return restrictedPart(text, f) || describedSubgroup(text, f);
}

/**
 * "Nine of the dead were children", "Fifteen of the deaths were in hospital", "four of them were women": a count
 * picked out of a group and described by a copula is a subgroup. "Six of the miners were rescued" (a passive)
 * is an act of its own and keeps its identity.
 */
function describedSubgroup(text: string, f: Figure): boolean {
  const verb = f.frame?.verb;
  return !!verb && !verb.passive && f.frame?.partitive !== true && OF_GROUP_AFTER.test(text.slice(f.end, f.end + 60));
}

/**
 * "lifted 18 people to safety in Orrenby alone", "At the main depot only, 40 buses stood idle": a count its
 * clause restricts to one place, day or group is a part of the story's whole.
 */
function restrictedPart(text: string, f: Figure): boolean {
  const after = /^[^.;!?]{0,80}/.exec(text.slice(f.end, f.end + 80))![0];
  const lead = text.slice(Math.max(0, f.start - 60), f.start);
  const before = lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf('!'), lead.lastIndexOf('?')) + 1);
  return RESTRICTED_PART.test(after) || RESTRICTED_PART.test(before);
}

/**
 * "halting all 86 bus routes", "all 68 bus routes restart on Saturday": a count of all of what it counts is
 * the size of the whole, one quantity whatever happened to it; the thing names it.
 */
export function readWhole(text: string, f: Figure, id: FactIdentity): void {
  if (f.kind !== 'count' || !id.thing || id.partOf || f.frame?.partitive || !WHOLE_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start))) return;
  id.whole = true;
  id.quantityNamed = true;
  delete id.event;
}

/**
 * "sold 1.2 billion euros of its reserves", "spent 2.1 billion euros of its reserves": a sum drawn from a
 * stock by any verb that draws on it is one drawing, the verb no other event.
 */
export function readStockDrawn(f: Figure, fr: FigureFrame | undefined, id: FactIdentity): void {
  if (f.kind !== 'money' || !id.thing || !STOCK_NOUNS.has(id.thing) || !fr?.verb || !STOCK_DRAW_VERBS.has(fr.verb.lemma)) return;
  id.event = 'draw';
}

/** "inflation, at 4.8% in December, was …": an amount set off after a noun by ", at" is that noun's level. */
export function apposedThing(text: string, f: Figure): { thing?: string; text?: string } {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const comma = /,\s+(?:which\s+(?:is|was|stands|stood)\s+)?at\s+$/.exec(before);
  const noun = comma ? before.slice(0, comma.index).split(/\s+/).pop() : undefined;
  if (!noun || !/^\p{Ll}[\p{L}-]*$/u.test(noun)) return {};
  const thing = folded(singular(noun));
  return { thing, text: noun };
}

/** "prices were 8.4% higher", "the economy will grow by 1.7%": a change with a name of its own is that named quantity, a level. */
export function namedChange(text: string, f: Figure, id: FactIdentity): void {
  // A word right before the subject narrows it ("Oil prices", "House prices"), whatever the tagger made of it.
  const actor = f.frame?.actor;
  if (actor && /\p{L}\s+$/u.test(text.slice(Math.max(0, actor.start - 2), actor.start)) && !/\b(?:the|in|of|and|that|as|while|with|but|when|because|after|where|said|says)\s+$/i.test(text.slice(Math.max(0, actor.start - 10), actor.start))) return;
  // The words as written, so that "oil prices" (a price, not inflation) stay apart from "prices".
  const words = (id.thingText ?? '').toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/\s+/);
  const written = [...words.slice(0, -1), singular(words[words.length - 1] ?? '')].join(' ');
  const name = f.kind === 'percent' && id.thing && id.direction ? NAMED_CHANGES.get(`${written}:${id.direction}`) : undefined;
  if (!name) return;
  id.thing = name;
  id.thingText = name;
  // Named as it is: "inflation", not "the share of inflation".
  id.thingIsSubject = true;
  delete id.direction;
}

const alternation = (ws: Iterable<string>): string => [...ws].map((w) => w.replace(/ /g, '\\s+')).join('|');
const SUPPLY = alternation(SUPPLY_NOUNS.keys());
const SUPPLY_BACK = new RegExp(`\\b(?:(?:${alternation(SUPPLY_BACK_BEFORE)})\\s+(?:the\\s+|their\\s+)?(${SUPPLY})|(${SUPPLY})\\s+(?:(?:is|was|has|had|have|been|are|were|now)\\s+){1,3}(?:${alternation(SUPPLY_BACK_AFTER)}))\\b`, 'i');
const SUPPLY_OBJECT = /^\s+(?:to|for|in|at)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/i;
const SUPPLY_LOSS = new RegExp(`\\b(?:(${alternation(SUPPLY_STILL)})\\s+)?(?:${alternation(SUPPLY_LOSS_BEFORE)})\\s+(?:the\\s+|their\\s+|its\\s+)?(${SUPPLY})\\b`, 'i');

/**
 * "cut power to 180,000 homes", "80,000 homes lost electricity", "180,000 homes are without electricity": one
 * count of the homes (or customers, people) without a supply, whatever the verb; "Power is back for 85,000
 * homes", "restored power to 85,000" counts the other way; "95,000 were still without electricity" is what is
 * left of the first count, a part of it.
 */
export function readSupply(text: string, f: Figure, id: FactIdentity): void {
  const clause = f.frame?.clause;
  if (f.kind !== 'count' || !clause) return;
  const back = supplyNear(text, f, clause, SUPPLY_BACK);
  if (back) {
    id.event = 'restore';
    // The label says it as a participle: "households restored".
    id.verb = 'restore';
    id.verbSure = true;
    id.about = SUPPLY_NOUNS.get((back[1] ?? back[2]!).toLowerCase())!;
    return;
  }
  const loss = supplyNear(text, f, clause, SUPPLY_LOSS);
  if (!loss) return;
  id.event = 'cut';
  id.about = SUPPLY_NOUNS.get(loss[2]!.toLowerCase())!;
  if (loss[1]) id.partOf = true;
}

/** The pattern's match in the figure's clause that the figure is the subject of ("80,000 homes lost power") or follows as its object ("cut power to 80,000"). */
function supplyNear(text: string, f: Figure, clause: { start: number; end: number }, pattern: RegExp): RegExpExecArray | undefined {
  const m = pattern.exec(text.slice(clause.start, clause.end));
  if (!m) return undefined;
  const start = clause.start + m.index;
  const end = start + m[0].length;
  if (f.end <= start) return /^[^\d,;:]{0,40}$/.test(text.slice(f.end, start)) && !/\b(?:and|but|while|as)\b/i.test(text.slice(f.end, start)) ? m : undefined;
  return f.start >= end && SUPPLY_OBJECT.test(text.slice(end, f.start)) ? m : undefined;
}
