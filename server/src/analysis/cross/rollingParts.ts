// A running toll and its parts: "at least 16 killed … Two died later in hospital" in the morning and "at
// least 19 … Five died later in hospital" by evening. A part of a running count grows with it, so where two
// reports' tolls are an earlier and a later count, their parts that moved the same way are an update too.

import { RUNNING_CLASSES } from '../lexicon/events';
import type { FigureContext, FigureItem } from './factTypes';

/** Per article, per running event class ("kill", "rescue"), the item that gives its toll. */
export type RunningTotals = ReadonlyMap<string, ReadonlyMap<string, FigureItem>>;

/**
 * The toll of each running event class in each article: its first count of that class, where a report's
 * lead gives it (later counts of the class are its parts, or background: "the 2019 blast killed 11").
 */
export function runningTotals(items: readonly FigureItem[]): RunningTotals {
  const out = new Map<string, Map<string, FigureItem>>();
  for (const x of items) {
    const event = x.fact.event;
    if (x.figure.kind !== 'count' || event === undefined || !RUNNING_CLASSES.has(event) || !x.interval) continue;
    let own = out.get(x.article);
    if (!own) out.set(x.article, (own = new Map()));
    const first = own.get(event);
    if (!first || x.figure.start < first.figure.start) own.set(event, x);
  }
  return out;
}

function point(x: FigureItem): number | undefined {
  return typeof x.figure.value === 'number' ? x.figure.value : x.interval?.lo;
}

/**
 * Two parts of running tolls ("two died later in hospital", "five died later in hospital"), neither a toll
 * itself, whose articles' tolls of the same class are an earlier and a later count (`tollsUpdate` says so),
 * and which moved the same way as the tolls: the part was counted at the same stage as its toll.
 */
export function movesWithToll(a: FigureItem, b: FigureItem, ctx: FigureContext, tollsUpdate: (x: FigureItem, y: FigureItem) => boolean): boolean {
  const event = a.fact.event;
  if (!ctx.totals || a.figure.kind !== 'count' || event === undefined || event !== b.fact.event || !RUNNING_CLASSES.has(event)) return false;
  const ta = ctx.totals.get(a.article)?.get(event);
  const tb = ctx.totals.get(b.article)?.get(event);
  if (!ta || !tb || ta === a || tb === b) return false;
  const [pa, pb, qa, qb] = [point(a), point(b), point(ta), point(tb)];
  if (pa === undefined || pb === undefined || qa === undefined || qb === undefined) return false;
  return (pb - pa) * (qb - qa) > 0 && tollsUpdate(ta, tb);
}
