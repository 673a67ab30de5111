// The state one run of the figures extractor shares between its readers: the article, its tagged
// tokens, the figures and problems found so far and the dates still to resolve.

import type { WeekdayRelation } from '../lexicon/calendar';
import { tokenAt, type Token } from '../tokens';
import type { Figure, FigureKind, Problem } from '../types';
import type { Word } from './words';

/** A date as read, before partial dates get a year and bare weekdays a day (resolveDates.ts). */
export interface DateHit {
  fig: Figure;
  y?: number;
  m?: number;
  d?: number;
  weekday?: number;
  explicitYear: boolean;
  /** Written in a dateline or a publication line ("LONDON 1996-08-22", "Published 14 December 2025"). */
  dateline: boolean;
  /** For a bare weekday: how it relates to the anchor date. */
  relation?: WeekdayRelation;
  /** For "January of last year": years relative to the context year. */
  yearOffset?: number;
  /** For "yesterday", "five days ago", "last month", "last June": where it lies relative to the article's own date. */
  relative?: { days?: number; months?: number; monthBefore?: boolean };
}

export interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly figures: Figure[];
  readonly problems: Problem[];
  readonly dates: DateHit[];
  /** The day number of the day the caller says the article is read (used only when the article gives no year); never the clock. */
  readonly refDay: number | undefined;
  /** The year of a copyright line ("© 2024"), the article's year when it has no full date. */
  readonly copyrightYear: number | undefined;
}

/** What a reader at word i consumed: the index after it, the figure it pushed and whether it was a bare number. */
export interface Step {
  end: number;
  fig?: Figure;
  bare?: boolean;
}

/** A number as read (numerals.ts, numberWords.ts), before its unit, range and hedge (finish.ts). */
export interface NumberRead {
  /** Index of the first and last word of the number phrase (hedges and units not yet included). */
  i0: number;
  i1: number;
  value: number;
  hi?: number;
  currency?: string;
  suffix?: string;
  multiplied?: boolean;
  plainInteger?: boolean;
  /** Written as words ("five"). */
  words?: boolean;
  /** Hyphen compound head after the number ("hour" in "five-hour", ["year","old"] in "19-year-old"). */
  head?: string[];
  /** A word fraction ("one-fifth"): value is the fraction. */
  fraction?: boolean;
  vague?: { lo: number; hi: number };
}

/** What a number reader returns: a number, 'skip' (word i is no figure, go on after it) or null (try other readers). */
export type NumberResult = NumberRead | 'skip' | null;

/** Rounds away floating-point noise (6.5 / 100 stays 0.065, 1/3 keeps 12 digits). */
export function clean(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

/** Records the figure spanning words i0..j (a possessive ’s left out of the span). */
export function push(sc: Scan, ws: Word[], i0: number, j: number, kind: FigureKind, value: number | string | null, extra: Partial<Figure> = {}): Figure {
  const start = ws[i0]!.start;
  const last = ws[j]!;
  const end = last.possessive ? last.end - 2 : last.end;
  const fig: Figure = { kind, text: sc.text.slice(start, end), start, end, value, ...extra };
  sc.figures.push(fig);
  return fig;
}

/** compromise's tags of the token at the word's start (or of the token the word starts inside). */
export function tagsOf(sc: Scan, w: Word): ReadonlySet<string> | undefined {
  const tokens = sc.tokens;
  let i = tokenAt(tokens, w.start);
  while (i < tokens.length && tokens[i]!.start === w.start && tokens[i]!.text === '') i++;
  const t = tokens[i];
  if (t && t.start === w.start) return t.tags;
  const p = tokens[i - 1];
  if (p && p.start < w.start && p.end > w.start) return p.tags;
  return undefined;
}
