// Hedges around a figure ("about 40", "more than 40", "40 or so") and the interval each gives the value.

import { HEDGES_AFTER, HEDGES_BEFORE, PERIOD_HEDGES, type HedgeName } from '../lexicon/units';
import type { Figure, Interval } from '../types';
import { clean, type Scan } from './scan';
import { tight, type Word } from './words';

/**
 * The interval a hedge gives a value (lo and hi: a range's ends, else the value twice); see
 * lexicon/units.ts. Hedges widen away from zero whatever the sign: "about -40 degrees" is [-44, -36],
 * "nearly -40" [-40, -36], "less than -40" [-∞, -40]; lo is never above hi.
 */
function applyHedge(h: HedgeName, lo: number, hi: number): Interval {
  switch (h) {
    case 'about':
      return { lo: clean(lo * (lo < 0 ? 1.1 : 0.9)), hi: clean(hi * (hi < 0 ? 0.9 : 1.1)) };
    case 'nearly': {
      // Just short of the end farthest from zero.
      const end = Math.abs(lo) > Math.abs(hi) ? lo : hi;
      const near = clean(end * 0.9);
      return near <= end ? { lo: near, hi: end } : { lo: end, hi: near };
    }
    case 'more than':
    case 'at least':
      return { lo, hi: Infinity };
    case 'less than':
    case 'at most':
      return { lo: hi < 0 ? -Infinity : 0, hi };
  }
}

/** The hedge written right before word i0, and the index of its first word. */
export function findHedge(ws: Word[], i0: number): { hedge: HedgeName; from: number } | undefined {
  for (const [words, hedge] of HEDGES_BEFORE) {
    const from = i0 - words.length;
    if (from < 0) continue;
    if (words.every((word, k) => ws[from + k]!.key === word && tight(ws, from + k))) return { hedge, from };
  }
  return undefined;
}

/** The hedge written right after word j ("or so"), and how many words it has. */
function hedgeAfter(ws: Word[], j: number): { hedge: HedgeName; length: number } | undefined {
  for (const [words, hedge] of HEDGES_AFTER) {
    if (words.every((word, k) => ws[j + 1 + k]?.key === word && tight(ws, j + k))) return { hedge, length: words.length };
  }
  return undefined;
}

/**
 * Attaches a hedge written before ("about", "more than") or after ("or so") the figure spanning words
 * i0..j, widening its span; without a hedge a range [lo, hi] becomes the interval.
 */
export function attachHedge(sc: Scan, ws: Word[], i0: number, j: number, fig: Figure, lo: number, hi: number, isDuration = false): void {
  let before = findHedge(ws, i0);
  // "over two years", "under two hours" with a duration mean a period, not a hedge.
  if (before && isDuration && PERIOD_HEDGES.has(ws[before.from]!.key)) before = undefined;
  let hedge: HedgeName | undefined;
  if (before) {
    hedge = before.hedge;
    fig.start = ws[before.from]!.start;
    fig.text = sc.text.slice(fig.start, fig.end);
  } else {
    const after = hedgeAfter(ws, j);
    if (after) {
      hedge = after.hedge;
      fig.end = ws[j + after.length]!.end;
      fig.text = sc.text.slice(fig.start, fig.end);
    }
  }
  // A range written high to low ("between 10 and 5") is the same interval.
  const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
  if (hedge) {
    fig.hedge = hedge;
    fig.interval = applyHedge(hedge, a, b);
  } else if (b !== a) {
    fig.interval = { lo: a, hi: b };
  }
}
