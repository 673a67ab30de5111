// Completes a number once it is read: a magnitude word ("20 billion"), a range written with words
// ("10 to 14", "between 19 and 24"), the unit (percent, currency, duration, measure), the year reading of
// a bare four-digit number, what it counts and its hedge; then records the figure.

import { HOUR_ABBREVIATIONS, TIME_WORDS } from '../lexicon/calendar';
import { MONEY_NOUNS } from '../lexicon/counting';
import {
  CURRENCY_WORDS,
  MAGNITUDE_CURRENCIES,
  DURATION_UNITS,
  MAGNITUDES,
  MEASURE_UNITS,
  SCALE_NAMES,
  SCALE_UNITS,
  MULTIPLIERS_ONLY_ATTACHED,
  PERCENT_WORDS,
  SUFFIX_MULTIPLIERS,
  UNITS_ONLY_ATTACHED,
} from '../lexicon/units';
import { plural, singular } from '../numbers';
import type { Figure, FigureKind } from '../types';
import { durationTail } from './durations';
import { attachHedge, findHedge } from './hedges';
import { nounAfter } from './nouns';
import { readNumber } from './numerals';
import { clean, push, type NumberRead, type Scan, type Step } from './scan';
import { andAHalfAfter, nextTight, tight, type Word } from './words';

/** The figure being completed: the last word read so far (j) and what the words after it said. */
interface Amount {
  j: number;
  value: number;
  hi: number | undefined;
  currency: string | undefined;
  kind: FigureKind;
  unit: string | undefined;
  /** The first word of the span (the "between" of "between 19 and 24"). */
  spanFrom: number;
  isDuration: boolean;
}

/** Magnitude words after digits: "20 billion", "4.2 million", "3 bn". */
function readMagnitude(ws: Word[], n: NumberRead, a: Amount): void {
  const m = nextTight(ws, a.j);
  if (!m || n.multiplied || n.words) return;
  const f = MAGNITUDES.get(m.key) ?? (MULTIPLIERS_ONLY_ATTACHED.has(m.key) ? undefined : SUFFIX_MULTIPLIERS.get(m.key));
  if (f === undefined) return;
  a.value *= f;
  if (a.hi !== undefined) a.hi *= f;
  a.j++;
}

/** The second number of "10 to 14", "two or three", "between 19 and 24": its value and last word. */
function rangeEnd(sc: Scan, ws: Word[], n: NumberRead, j: number): { r2: NumberRead; v2: number; end2: number } | undefined {
  const r2 = tight(ws, j + 1) ? readNumber(sc, ws, j + 2) : null;
  if (!r2 || r2 === 'skip' || r2.head || r2.fraction || r2.vague || r2.hi !== undefined || !!r2.words !== !!n.words) return undefined;
  let v2 = r2.value;
  let end2 = r2.i1;
  const mm = nextTight(ws, r2.i1);
  if (mm && MAGNITUDES.has(mm.key) && !r2.words && !r2.multiplied) {
    v2 *= MAGNITUDES.get(mm.key)!;
    end2++;
  }
  return { r2, v2, end2 };
}

/** Ranges written with words: "10 to 14 days", "two or three", "between 19 and 24". */
function readWordRange(sc: Scan, ws: Word[], n: NumberRead, a: Amount): void {
  if (a.hi !== undefined || n.vague) return;
  const c = nextTight(ws, a.j);
  const between = ws[n.i0 - 1]?.key === 'between' && tight(ws, n.i0 - 1);
  const joiner = between ? 'and' : c && (c.key === 'to' || c.key === 'or') ? c.key : undefined;
  if (!c || !joiner || c.key !== joiner || ws[n.i0 - 1]?.key === 'from') return;
  const second = rangeEnd(sc, ws, n, a.j);
  if (!second) return;
  const { r2, v2, end2 } = second;
  const after = nextTight(ws, end2);
  if (after && TIME_WORDS.has(after.key)) return;
  // "10 to 14" is a range only when something says so: "between", "or", a unit or a word after it (not another number).
  const marked = between || joiner === 'or' || r2.suffix !== undefined || r2.currency !== undefined || (!!after && !/^\d/.test(after.key));
  if (!(v2 > a.value) || !marked) return;
  a.hi = v2;
  a.j = end2;
  if (r2.currency !== undefined) a.currency = r2.currency;
  if (r2.suffix !== undefined && n.suffix === undefined) n.suffix = r2.suffix;
  if (between) a.spanFrom = n.i0 - 1;
  n.plainInteger = false;
}

function setPercent(a: Amount, words: number): true {
  a.kind = 'percent';
  a.unit = '%';
  a.j += words;
  return true;
}

/** "80 percent", "80 per cent", "5 percentage points". */
function readPercentWords(a: Amount, u1: Word, u2: Word | undefined): boolean {
  if (u2 && u1.key === 'per' && (u2.key === 'cent' || u2.key === 'centum')) return setPercent(a, 2);
  if (PERCENT_WORDS.has(u1.key)) return setPercent(a, 1);
  if (u2 && u1.key === 'percentage' && (u2.key === 'points' || u2.key === 'point')) {
    a.unit = 'percentage points';
    a.j += 2;
    return true;
  }
  return false;
}

/** "20 billion euros", "5 million pounds (sterling)". */
function readCurrencyWords(n: NumberRead, a: Amount, u1: Word, u2: Word | undefined): boolean {
  const code = CURRENCY_WORDS.get(u1.key);
  if (code !== undefined && a.currency === undefined) {
    a.currency = code;
    a.j += 1;
    return true;
  }
  // "12 million crowns", "650 crowns a month": a currency's English name that is also a common noun.
  const named = MAGNITUDE_CURRENCIES.get(u1.key);
  if (named !== undefined && a.currency === undefined && (a.j > n.i1 || /^(?:a|an|per|each)$/.test(u2?.key ?? ''))) {
    a.currency = named;
    a.j += 1;
    return true;
  }
  // "pounds" is money after a magnitude ("5 million pounds") or before "sterling"; else a weight.
  if ((u1.key === 'pounds' || u1.key === 'pound') && (u2?.key === 'sterling' || a.j > n.i1)) {
    a.currency = 'GBP';
    a.j += u2?.key === 'sterling' ? 2 : 1;
    return true;
  }
  return false;
}

/** "six hours", "two and a half years", "two hours and a half" (not "5 min" written tight before a word). */
function readDurationWords(ws: Word[], a: Amount, u1: Word): boolean {
  const secs = DURATION_UNITS.get(u1.key);
  if (secs === undefined || a.currency !== undefined) return false;
  if (u1.key === 'min' && u1.post === '') return true;
  a.isDuration = true;
  a.j += 1;
  if (andAHalfAfter(ws, a.j)) {
    a.value += 0.5;
    if (a.hi !== undefined) a.hi += 0.5;
    a.j += 3;
  }
  a.value *= secs;
  if (a.hi !== undefined) a.hi *= secs;
  // "two hours and 10 minutes", "2 hours 4 minutes 12 seconds": the smaller units add to it.
  const tail = a.hi === undefined ? durationTail(ws, a.j, secs) : undefined;
  if (tail) {
    a.value += tail.seconds;
    a.j = tail.j;
  }
  a.kind = 'duration';
  a.unit = 'seconds';
  return true;
}

/** "40 square kilometres", "12 km". */
function readMeasureWords(a: Amount, u1: Word, u2: Word | undefined): void {
  const two = u2 ? MEASURE_UNITS.get(`${u1.key} ${u2.key}`) : undefined;
  if (two !== undefined) {
    a.unit = two;
    a.j += 2;
  } else if (MEASURE_UNITS.has(u1.key) && !UNITS_ONLY_ATTACHED.has(u1.key)) {
    a.unit = MEASURE_UNITS.get(u1.key);
    a.j += 1;
  }
}

/** The unit: a suffix on the digits ("80%", "12km") or the words after the number. */
function readUnit(ws: Word[], n: NumberRead, a: Amount): void {
  if (n.suffix === '%') {
    a.kind = 'percent';
    a.unit = '%';
    return;
  }
  if (n.suffix !== undefined) {
    a.unit = MEASURE_UNITS.get(n.suffix);
    return;
  }
  const u1 = nextTight(ws, a.j);
  const u2 = u1 ? nextTight(ws, a.j + 1) : undefined;
  if (u1 && (readPercentWords(a, u1, u2) || readCurrencyWords(n, a, u1, u2) || readDurationWords(ws, a, u1))) return;
  if (u1) readMeasureWords(a, u1, u2);
  if (a.unit === undefined) readScaleUnit(ws, n, a);
}

/**
 * A scale's name written before the value ("a magnitude 6.1 earthquake") or named after it ("6.1 on the
 * Richter scale"): the value is a reading on that scale, not a count of what follows.
 */
function readScaleUnit(ws: Word[], n: NumberRead, a: Amount): void {
  const before = n.i0 > 0 && tight(ws, n.i0 - 1) ? SCALE_UNITS.get(ws[n.i0 - 1]!.key) : undefined;
  const after = [1, 2, 3].map((d) => (tight(ws, a.j + d - 1) ? ws[a.j + d]?.key : undefined));
  const named = after[0] === 'on' && after[1] === 'the' && after[2] !== undefined ? SCALE_UNITS.get(after[2]) : undefined;
  if (before !== undefined || named !== undefined) a.unit = before ?? named;
}

/** A plain four-digit integer counting nothing is a year ("in 1998"), unless hedged or before a plural ("2000 ferries"). */
function asYear(sc: Scan, ws: Word[], n: NumberRead, a: Amount): Step | undefined {
  const j = a.j;
  if (a.kind !== 'count' || a.unit !== undefined || !n.plainInteger || a.hi !== undefined || a.value < 1000 || a.value >= 2200 || j !== n.i1) return undefined;
  const c = nounAfter(sc, ws, j, 'direct');
  const nw = nextTight(ws, j);
  const pluralNoun = !!c && !!nw && nw.key !== c && /s$/.test(nw.key);
  if (pluralNoun || findHedge(ws, n.i0) !== undefined) return undefined;
  const fig = push(sc, ws, n.i0, j, 'year', String(a.value), { precision: 'year' });
  return { end: j + 1, fig };
}

/** A vague amount followed by "in" and a money noun is money: "hundreds of millions in emergency aid". */
function vagueMoney(ws: Word[], a: Amount): string | undefined {
  if (nextTight(ws, a.j)?.key !== 'in') return undefined;
  for (let k = a.j + 2, c = 0; k < ws.length && c < 4 && tight(ws, k - 1); k++, c++) {
    if (MONEY_NOUNS.has(ws[k]!.key)) {
      a.kind = 'money';
      return singular(ws[k]!.key);
    }
  }
  return undefined;
}

/** "a third of the voters": a fraction, recorded as a percentage with the noun after "of". */
function finishFraction(sc: Scan, ws: Word[], n: NumberRead): Step {
  const j = n.i1;
  const fig = push(sc, ws, n.i0, j, 'percent', clean(n.value), { unit: '%' });
  // "one in five voters": a proportion names its counted noun straight after it, as "20% of voters" does after "of".
  const proportion = j === n.i0 + 2 && ws[n.i0 + 1]!.key === 'in';
  const c = nounAfter(sc, ws, j, proportion ? 'direct' : 'of');
  if (c) fig.counts = c;
  attachHedge(sc, ws, n.i0, j, fig, n.value, n.value);
  return { end: j + 1, fig };
}

/** "five-hour session", "90-minute", "20-point plan", "19-year-old woman". */
function compound(sc: Scan, ws: Word[], n: NumberRead, head: string[]): Step {
  const j = n.i1;
  const h0 = head[0]!;
  const counts = nounAfter(sc, ws, j, 'loose');
  const extra: Partial<Figure> = {};
  if (counts !== undefined) extra.counts = counts;
  let fig: Figure;
  const secs = DURATION_UNITS.get(h0);
  const measure = MEASURE_UNITS.get(h0);
  if (head.length === 2 && head[1] === 'old' && secs !== undefined) {
    fig = push(sc, ws, n.i0, j, 'count', n.value, { ...extra, unit: `${plural(h0)} old` });
  } else if (head.length === 1 && secs !== undefined) {
    fig = push(sc, ws, n.i0, j, 'duration', clean(n.value * secs), { ...extra, unit: 'seconds' });
  } else if (head.length === 1 && measure !== undefined) {
    fig = push(sc, ws, n.i0, j, 'count', n.value, { ...extra, unit: measure });
  } else if (head.length === 1 && /^[a-z]{3,}$/.test(h0) && !/(?:ed|ing|ly)$/.test(h0)) {
    fig = push(sc, ws, n.i0, j, 'count', n.value, { ...extra, unit: plural(h0) });
  } else {
    return { end: j + 1 };
  }
  attachHedge(sc, ws, n.i0, j, fig, fig.value as number, fig.value as number, fig.kind === 'duration');
  return { end: j + 1, fig };
}

/** Records the completed amount with what it counts and its hedge. */
function record(sc: Scan, ws: Word[], n: NumberRead, a: Amount): Step {
  let counts = n.vague && a.kind === 'count' ? vagueMoney(ws, a) : undefined;
  // A reading on a scale names what it measures straight after it ("a magnitude 6.1 earthquake").
  const scale = a.unit !== undefined && SCALE_NAMES.has(a.unit);
  if (counts === undefined && a.kind !== 'money') counts = nounAfter(sc, ws, a.j, (a.kind === 'duration' || a.unit !== undefined) && !scale ? 'of' : 'direct');
  const extra: Partial<Figure> = {};
  if (a.unit !== undefined) extra.unit = a.unit;
  if (counts !== undefined) extra.counts = counts;
  const value = clean(a.value);
  const fig = push(sc, ws, a.spanFrom, a.j, a.kind, value, extra);
  if (n.vague) {
    fig.interval = { lo: n.vague.lo, hi: n.vague.hi };
    fig.hedge = 'vague';
  } else {
    attachHedge(sc, ws, a.spanFrom, a.j, fig, value, a.hi === undefined ? value : clean(a.hi), a.isDuration);
  }
  return { end: a.j + 1, fig, bare: counts === undefined && a.unit === undefined && !n.vague };
}

/** Completes a number: magnitude, range, unit, hedges, kind, counts; pushes the figure. */
export function finishNumber(sc: Scan, ws: Word[], n: NumberRead): Step {
  // Clock times: "7 p.m.", "10.30 a.m.", "seven o'clock", "at 14:00 GMT".
  const t = nextTight(ws, n.i1);
  if (t && TIME_WORDS.has(t.key) && !HOUR_ABBREVIATIONS.has(t.key) && n.head === undefined) return { end: n.i1 + 2 };
  if (n.fraction) return finishFraction(sc, ws, n);
  if (n.head) return compound(sc, ws, n, n.head);
  const a: Amount = { j: n.i1, value: n.value, hi: n.hi, currency: n.currency, kind: 'count', unit: undefined, spanFrom: n.i0, isDuration: false };
  readMagnitude(ws, n, a);
  readWordRange(sc, ws, n, a);
  readUnit(ws, n, a);
  if (a.currency !== undefined && a.kind === 'count') {
    a.kind = 'money';
    a.unit = a.currency;
  }
  if (a.kind === 'percent') {
    a.value = clean(a.value / 100);
    if (a.hi !== undefined) a.hi = clean(a.hi / 100);
  }
  return asYear(sc, ws, n, a) ?? record(sc, ws, n, a);
}
