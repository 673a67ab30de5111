// Small text helpers for the cross-source engine: words, crude stems, sentence context, weekdays.

import type { ArticleAnalysis, Sentence, Span } from '../types';

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

const STOP = new Set(
  `a an the and or but if of in on at to for from by with without as is are was were be been being has have had
  do does did this that these those it its it's he she they them their his her him we us our you your i me my
  who whom whose which what when where while than then there here so such not no nor also very more most less
  least about over under after before into onto out up down off again further once all any both each few other
  some own same too can will would should could may might must shall just only said says say told according
  per day days week weeks year years month months hour hours minute minutes time
  one two three four five six seven eight nine ten eleven twelve hundred thousand million billion
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning evening
  night afternoon last next since until late early around nearly roughly approximately almost some
  mr mrs ms dr`.split(/\s+/),
);

/** Lower-cased word tokens of a text, apostrophes folded, possessives dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘`´]/g, "'").matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)) {
    out.push(m[0].replace(/'s$/, ''));
  }
  return out;
}

/** A crude stem so "strikers"/"striker", "walked"/"walk", "talks"/"talk" meet. */
export function stem(w: string): string {
  let s = w;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('es') && /(ss|sh|ch|x)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us')) s = s.slice(0, -1);
  return s;
}

/** Content stems of a text: no stop words, no numbers. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOP.has(w) && !/^[\d.,]+$/.test(w) && w.length > 2)
    .map(stem);
}

export function sentenceAt(a: ArticleAnalysis, offset: number): { index: number; sentence: Sentence } | undefined {
  const ss = a.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return { index: mid, sentence: s };
  }
  return undefined;
}

export interface WeekdayMention extends Span {
  day: string;
}

/** Weekday names written in a span of text ("Sunday", "Monday's"). */
export function weekdaysIn(text: string, span: Span): WeekdayMention[] {
  const out: WeekdayMention[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['’]s)?\b/g)) {
    out.push({ day: m[1]!.toLowerCase(), start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return out;
}

/** Weekday of an ISO day ("2026-03-09" → "monday"), or undefined. */
export function weekdayOf(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return WEEKDAY_NAMES[d.getUTCDay()];
}

export function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '15')) / 86_400_000;
}

export function isoFromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** "2026-03-09" → "9 March 2026"; "2026-03" → "March 2026". */
export function humanDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTH_NAMES[Number(m[2]) - 1]! : '';
  const cap = month ? month[0]!.toUpperCase() + month.slice(1) : '';
  if (m[3]) return `${Number(m[3])} ${cap} ${m[1]}`;
  if (m[2]) return `${cap} ${m[1]}`;
  return m[1]!;
}

/** Overlap coefficient of two sets: |A ∩ B| / min(|A|, |B|). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; coef: number } {
  if (a.size === 0 || b.size === 0) return { shared: 0, coef: 0 };
  let shared = 0;
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of s) if (l.has(x)) shared++;
  return { shared, coef: shared / s.size };
}

/** Quotes: curly and straight marks as written. */
export function quoteText(t: string): string {
  return `“${t}”`;
}

export function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
