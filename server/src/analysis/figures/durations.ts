// Durations written with an article ("for a week", "an hour and a half", "half an hour", "a day later"),
// the smaller units that extend a duration ("two hours and 10 minutes"), times of day ("4:50 a.m.", "7.45pm",
// "noon", "a quarter past six this evening") and ordinals ("the third round", "22nd"): the figures that need more than a number.

import { DURATION_CONTEXT_AFTER, DURATION_CONTEXT_BEFORE } from '../lexicon/calendar';
import { ORDINAL_DETERMINERS, ORDINAL_IDIOM_AFTER, SECOND_AS_TIME_BEFORE } from '../lexicon/counting';
import { CLOCK_WORD_BEFORE, CLOCK_WORDS, MERIDIEMS, TIME_HEDGES, TIME_ZONES } from '../lexicon/timeCues';
import { CLOCK_LINKS } from '../lexicon/calendar';
import { CLOCK_MINUTE_WORDS, DAY_PART_PHRASES } from '../lexicon/spans';
import { DURATION_UNITS, NUMBER_WORDS, ORDINAL_WORDS, TENS_WORDS } from '../lexicon/units';
import type { Figure } from '../types';
import { attachHedge } from './hedges';
import { nounAfter } from './nouns';
import { clean, push, type Scan } from './scan';
import { andAHalfAfter, isCap, sentenceInitial, tight, type Word } from './words';

/** Records a duration over words i..j and attaches its hedge; returns the index after it. */
function pushDuration(sc: Scan, ws: Word[], i: number, j: number, seconds: number): number {
  const fig = push(sc, ws, i, j, 'duration', seconds, { unit: 'seconds' });
  attachHedge(sc, ws, i, j, fig, seconds, seconds, true);
  return j + 1;
}

/** "half an hour", "half a day". */
function halfDuration(sc: Scan, ws: Word[], i: number): number | null {
  const a = ws[i + 1];
  const u = ws[i + 2];
  if (!(a && u && (a.key === 'an' || a.key === 'a') && tight(ws, i) && tight(ws, i + 1))) return null;
  const secs = DURATION_UNITS.get(u.key);
  if (secs === undefined || /s$/.test(u.key)) return null;
  return pushDuration(sc, ws, i, i + 2, secs / 2);
}

/** "an hour and a half", "for a week", "a day later", "half an hour"; only with a word that makes it a duration. */
export function readArticleDuration(sc: Scan, ws: Word[], i: number): number | null {
  if (ws[i]!.key === 'half') return halfDuration(sc, ws, i);
  const u = ws[i + 1];
  if (!u || !tight(ws, i) || /s$/.test(u.key) || u.key === 'second') return null;
  const secs = DURATION_UNITS.get(u.key);
  if (secs === undefined) return null;
  const half = andAHalfAfter(ws, i + 1);
  const j = half ? i + 4 : i + 1;
  const p = ws[i - 1];
  const after = ws[i + 2];
  const ctxBefore = !!p && tight(ws, i - 1) && DURATION_CONTEXT_BEFORE.has(p.key);
  const ctxAfter = half || (!!after && tight(ws, i + 1) && DURATION_CONTEXT_AFTER.has(after.key)) || durationTail(ws, j, secs) !== undefined;
  if (!ctxBefore && !ctxAfter) return null;
  // "a week and …" is a duration only after a word such as "for".
  const tail = half ? undefined : durationTail(ws, j, secs);
  if (after?.key === 'and' && !half && !ctxBefore && !tail) return null;
  return pushDuration(sc, ws, i, tail?.j ?? j, (half ? 1.5 : 1) * secs + (tail?.seconds ?? 0));
}

/** The words for zero to nineteen, by their value. */
const SMALL_WORDS: ReadonlyMap<string, number> = new Map([...NUMBER_WORDS].slice(0, 20).map((w, i) => [w, i]));

/** A count below 100 written in digits or words ("9", "nine", "forty-five"), or undefined. (Asked of every word: kept cheap.) */
function smallCount(key: string): number | undefined {
  const small = SMALL_WORDS.get(key);
  if (small !== undefined) return small;
  if (/^\d{1,2}$/.test(key)) return Number(key);
  const dash = key.indexOf('-');
  const t = TENS_WORDS.get(dash < 0 ? key : key.slice(0, dash));
  if (t === undefined) return undefined;
  if (dash < 0) return t;
  const o = SMALL_WORDS.get(key.slice(dash + 1));
  return o !== undefined && o >= 1 && o <= 9 ? t + o : undefined;
}

/**
 * The smaller units that complete a duration after word j ("two hours and 10 minutes", "an hour 40
 * minutes", "2 hours 4 minutes 12 seconds"): extra seconds and the last word read, or undefined.
 */
export function durationTail(ws: Word[], j: number, unitSeconds: number): { seconds: number; j: number } | undefined {
  let k = j;
  let extra = 0;
  let unit = unitSeconds;
  for (let guard = 0; guard < 3; guard++) {
    let n = k + 1;
    if (ws[n]?.key === 'and' && tight(ws, k)) n++;
    const num = ws[n];
    const u = ws[n + 1];
    const count = num ? smallCount(num.key) : undefined;
    if (!num || !u || !tight(ws, n - 1) || !tight(ws, n) || count === undefined) break;
    const secs = DURATION_UNITS.get(u.key);
    if (secs === undefined || secs >= unit) break;
    extra += count * secs;
    unit = secs;
    k = n + 1;
  }
  return k > j ? { seconds: extra, j: k } : undefined;
}

/** "4:50", "10.30" (with a.m./p.m. or a zone), "1500 GMT", "7.45pm", "5pm": hours and minutes, and the meridiem if any. */
function clockOf(ws: Word[], i: number): { h: number; m: number; meridiem?: 'am' | 'pm'; j: number } | undefined {
  const w = ws[i]!;
  const glued = /^(\d{1,2})(?:[:.](\d{2}))?(a\.m|p\.m|am|pm)$/.exec(w.key);
  if (glued) return { h: Number(glued[1]), m: Number(glued[2] ?? 0), meridiem: MERIDIEMS.get(glued[3]!), j: i };
  const next = ws[i + 1];
  // "1500 GMT", "0330 GMT": four digits of hours and minutes, as wire copy writes a time with its zone.
  const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(w.key);
  if (military && next && tight(ws, i) && TIME_ZONES.has(next.key)) return { h: Number(military[1]), m: Number(military[2]), j: i };
  const hm = /^(\d{1,2})(?:([:.])(\d{2}))?$/.exec(w.key);
  if (!hm) return undefined;
  const mer = next && tight(ws, i) ? MERIDIEMS.get(next.key) : undefined;
  if (mer) return { h: Number(hm[1]), m: Number(hm[3] ?? 0), meridiem: mer, j: i + 1 };
  // "6.15 this evening", "at 9.30 in the morning": the day part makes "6.15" a time and says its half of the day.
  const half = hm[3] !== undefined ? dayHalfAfter(ws, i) : undefined;
  if (half) return { h: Number(hm[1]), m: Number(hm[3]), meridiem: half, j: i };
  const zoned = next && tight(ws, i) && TIME_ZONES.has(next.key);
  // A colon makes "14:00" a time by itself; "10.30" or "10" needs a zone after it.
  if ((hm[2] === ':' || (zoned && hm[2] === '.')) && hm[3] !== undefined) return { h: Number(hm[1]), m: Number(hm[3]), j: i };
  return undefined;
}

/** The half of the day the words after word j give a clock time: "a.m.", "p.m.", "this morning", "in the evening", "tonight". */
function dayHalfAfter(ws: Word[], j: number): 'am' | 'pm' | undefined {
  const next = ws[j + 1];
  if (!next || !tight(ws, j)) return undefined;
  const mer = MERIDIEMS.get(next.key);
  if (mer) return mer;
  for (const [phrase, half] of DAY_PART_PHRASES) {
    const parts = phrase.split(' ');
    if (parts.every((p, k) => ws[j + 1 + k]?.key === p && tight(ws, j + k))) return half;
  }
  return undefined;
}

/** "o'clock" at word k. */
function oClock(ws: Word[], k: number): boolean {
  return /^o['’]clock$/.test(ws[k]?.key ?? '') && tight(ws, k - 1);
}

/** "a quarter past six", "twenty to four", "ten minutes past eight": the minutes (negative before "to") and the hour, and the hour's index. */
function minutesAndHour(ws: Word[], i: number): { minutes: number; hour: number; k: number } | undefined {
  let k = i;
  if (ws[k]?.key === 'a' && ws[k + 1]?.key === 'quarter' && tight(ws, k)) k++;
  const key = ws[k]?.key ?? '';
  const m = CLOCK_MINUTE_WORDS.get(key) ?? smallCount(key);
  if (m === undefined || m <= 0 || m >= 60) return undefined;
  let l = k + 1;
  if ((ws[l]?.key === 'minutes' || ws[l]?.key === 'minute') && tight(ws, k)) l++;
  if (!ws[l] || !CLOCK_LINKS.has(ws[l]!.key) || !tight(ws, l - 1) || !tight(ws, l)) return undefined;
  const h = smallCount(ws[l + 1]?.key ?? '');
  if (h === undefined || h < 1 || h > 12) return undefined;
  return { minutes: ws[l]!.key === 'to' ? -m : m, hour: h, k: l + 1 };
}

/**
 * A time of day in words: "a quarter past six this evening", "twenty to four this morning", "half past
 * nine in the morning", "ten minutes past eight p.m.", "six o'clock tonight". Read only when the words after
 * it say which half of the day it is in: "at twenty to four" alone could be either. The words of the day
 * part are left to the date reader ("this morning" is today); a.m. or p.m. is part of the time.
 */
function wordClock(ws: Word[], i: number): { seconds: number; j: number } | undefined {
  let read = minutesAndHour(ws, i);
  if (!read) {
    // "six o'clock": an hour in words or digits and the clock word.
    const h = smallCount(ws[i]?.key ?? '');
    if (h === undefined || h < 1 || h > 12 || !oClock(ws, i + 1)) return undefined;
    read = { minutes: 0, hour: h, k: i };
  }
  let k = read.k;
  if (oClock(ws, k + 1)) k++;
  const half = dayHalfAfter(ws, k);
  if (!half) return undefined;
  if (MERIDIEMS.has(ws[k + 1]!.key)) k++;
  const h24 = (read.hour % 12) + (half === 'pm' ? 12 : 0);
  return { seconds: ((h24 * 60 + read.minutes + 1440) % 1440) * 60, j: k };
}

/** A time of day at word i ("about 4:50 a.m.", "shortly before 5 a.m.", "7.45pm GMT", "at noon"), recorded as seconds after midnight. */
export function readClockTime(sc: Scan, ws: Word[], i: number): number | null {
  const w = ws[i]!;
  let seconds: number;
  let j: number;
  const word = CLOCK_WORDS.get(w.key);
  const wc = word === undefined ? wordClock(ws, i) : undefined;
  if (word !== undefined) {
    const p = ws[i - 1];
    if (!p || !tight(ws, i - 1) || !CLOCK_WORD_BEFORE.has(p.key)) return null;
    seconds = word;
    j = i;
  } else if (wc) {
    seconds = wc.seconds;
    j = wc.j;
  } else {
    const c = clockOf(ws, i);
    if (!c || c.m > 59 || c.h > (c.meridiem ? 12 : 23) || (c.meridiem && c.h === 0)) return null;
    const h = c.meridiem === 'pm' ? (c.h % 12) + 12 : c.meridiem === 'am' ? c.h % 12 : c.h;
    seconds = h * 3600 + c.m * 60;
    j = c.j;
  }
  let unit = 'local time';
  const z = ws[j + 1];
  if (z && tight(ws, j) && TIME_ZONES.has(z.key)) {
    unit = z.s.toUpperCase();
    j++;
  } else if (z && tight(ws, j) && z.key === 'local' && ws[j + 2]?.key === 'time' && tight(ws, j + 1)) {
    j += 2;
  }
  const fig = push(sc, ws, i, j, 'time', seconds, { unit });
  for (const [words, name, lo, hi] of TIME_HEDGES) {
    const from = i - words.length;
    if (from < 0 || !words.every((x, k) => ws[from + k]!.key === x && tight(ws, from + k))) continue;
    fig.start = ws[from]!.start;
    fig.text = sc.text.slice(fig.start, fig.end);
    fig.hedge = name;
    fig.interval = { lo: clean(Math.max(0, seconds + lo * 60)), hi: clean(Math.min(86_400, seconds + hi * 60)) };
    break;
  }
  return j + 1;
}

/** An ordinal with the noun it ranks ("the third round", "22nd") or after a determiner ("the first"). */
export function readOrdinal(sc: Scan, ws: Word[], i: number): number | null {
  const w = ws[i]!;
  let n = ORDINAL_WORDS.get(w.key);
  if (n === undefined) {
    const m = /^(\d{1,4})(?:st|nd|rd|th)$/.exec(w.key);
    if (!m) return null;
    n = Number(m[1]);
  }
  if (isCap(w) && !sentenceInitial(ws, i)) return null; // "Second World War", "First Lady"
  const p = ws[i - 1];
  const nx = ws[i + 1];
  if (p && tight(ws, i - 1) && p.key === 'at' && w.key === 'first') return null;
  if (nx && tight(ws, i) && ORDINAL_IDIOM_AFTER.has(nx.key)) return null;
  if (nx && tight(ws, i) && nx.key === 'and' && ws[i + 2]?.key === 'foremost') return null;
  const counts = nounAfter(sc, ws, i, 'loose');
  const det = !!p && tight(ws, i - 1) && ORDINAL_DETERMINERS.has(p.key);
  if (w.key === 'second' && p && SECOND_AS_TIME_BEFORE.has(p.key) && !counts) return null;
  if (!counts && !det) return null;
  const extra: Partial<Figure> = {};
  if (counts !== undefined) extra.counts = counts;
  push(sc, ws, i, i, 'ordinal', n, extra);
  return i + 1;
}
