// Date alignment: which dates of different articles date the same event, judged by the event words
// around them; and whether two dates of one event agree.

import { weekdayOfIso } from '../util/calendar';
import { clusterItems, clusterStatus, dedupeIds, factValue, type Edge } from './cluster';
import { dateDisplay } from './factDisplay';
import type { DateFact, DateItem } from './factTypes';
import { cmpStr, overlap } from './text';
import { itemMonthDay } from './timeFrame';

export const DATE_AGREE_THRESHOLD = 0.45;
export const DATE_CONFLICT_THRESHOLD = 0.55;

/**
 * How surely two dates are about the same event: the event words near them, weighted so that words
 * every date of the story has nearby ("strike", "port") count little. -1 when they cannot be.
 */
export function dateAffinity(a: DateItem, b: DateItem, weight: (w: string) => number = () => 1): number {
  if (a.article === b.article) return -1;
  if (a.precision === 'year' || b.precision === 'year' || a.precision === 'month' || b.precision === 'month') return -1;
  if (a.events.size > 0 && b.events.size > 0 && overlap(a.events, b.events).shared === 0) return -1;
  // "Sunday's session" and "Monday's session" are two events, not one event dated two ways.
  if ((a.possessive || b.possessive) && a.weekday && b.weekday && a.weekday !== b.weekday) return -1;
  let shared = 0;
  let sw = 0;
  let wa = 0;
  let wb = 0;
  for (const w of a.context) {
    const x = weight(w);
    wa += x;
    if (b.context.has(w)) {
      shared++;
      sw += x;
    }
  }
  for (const w of b.context) wb += weight(w);
  if (shared < 2 || wa === 0 || wb === 0) return -1;
  return sw / Math.min(wa, wb);
}

/** The weekday a date falls on when it is written in full, else the weekday written next to it. */
function effectiveWeekday(d: DateItem): string | undefined {
  // A full written date outweighs the weekday next to it (a wrong weekday is a weekday-mismatch).
  return d.weekday && d.iso && d.monthDayWritten && d.explicitYear ? weekdayOfIso(d.iso) : d.weekday;
}

/** Two dates agree when every part both sources wrote (weekday, day and month, year) is the same. */
export function datesAgree(a: DateItem, b: DateItem): boolean {
  if (a.possessive || b.possessive) return true;
  const wa = effectiveWeekday(a);
  const wb = effectiveWeekday(b);
  if (wa && wb && wa !== wb) return false;
  // A date written without a year anywhere ("--03-05") is compared by its month and day only.
  const ma = itemMonthDay(a);
  const mb = itemMonthDay(b);
  if (ma && mb && a.monthDayWritten && b.monthDayWritten) {
    if (ma !== mb) return false;
    if (a.iso && b.iso && a.explicitYear && b.explicitYear && a.iso.slice(0, 4) !== b.iso.slice(0, 4)) return false;
  }
  return true;
}

export function alignDates(all: DateItem[]): DateFact[] {
  // A dateline says when an article was written, not when an event happened: it is no fact to compare.
  const items = all.filter((x) => !x.figure.dateline);
  const df = new Map<string, number>();
  for (const x of items) for (const w of x.context) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(1, items.length);
  const weight = (w: string): number => Math.log(1 + n / (df.get(w) ?? 1));
  const edges: Edge[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const s = dateAffinity(items[i]!, items[j]!, weight);
      if (s < DATE_AGREE_THRESHOLD) continue;
      edges.push({ i, j, score: s, agree: datesAgree(items[i]!, items[j]!) });
    }
  }
  const clusters = clusterItems(items.length, items.map((x) => x.article), edges, (e) => e.agree || e.score >= DATE_CONFLICT_THRESHOLD);
  const out: DateFact[] = [];
  for (const members of clusters) {
    const its = members.map((m) => items[m]!);
    const label = dateLabel(its, weight);
    out.push({
      id: `date:${label || 'event'}`,
      kind: 'date',
      label: label || 'event',
      values: its.map((x) => factValue(x.article, x.figure, x.figure.text, dateDisplay(x))),
      status: clusterStatus(its, datesAgree),
      items: its,
    });
  }
  return dedupeIds(out);
}

/** The two context words that weigh most across the cluster, as written ("talks resumed"). */
function dateLabel(its: DateItem[], weight: (w: string) => number): string {
  const ctx = new Map<string, number>();
  for (const x of its) for (const w of x.context) ctx.set(w, (ctx.get(w) ?? 0) + weight(w));
  return [...ctx]
    .sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0]))
    .slice(0, 2)
    .map(([w]) => its.map((x) => x.surface?.get(w)).find(Boolean) ?? w)
    .join(' ');
}
