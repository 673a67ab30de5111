// Resolving the dates an article leaves partial: a day without a year ("October 5") takes the year of the
// article's own dates, a bare weekday ("on Monday") the day it names relative to the article's date, and
// a weekday written next to a date that does not fall on it becomes a weekday-mismatch problem.

import {
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isoDate,
  isoFromDayNumber,
  MONTH_NAMES,
  WEEKDAY_NAMES,
  weekdayDisplay,
  weekdayIndex,
} from '../util/calendar';
import type { DateHit, Scan } from './scan';

/** A date with a month and a day (its year perhaps still missing). */
type DayHit = DateHit & { m: number; d: number };

/** How many days after the reference day a date without a year may fall (an article may name a day a few weeks ahead). */
const MONTH_AHEAD = 31;

/** The year nearest the context day in which m/d exists (and falls on weekday, if given). */
function nearestYear(m: number, d: number, ctx: number, weekday?: number): number | undefined {
  const cy = fromDayNumber(ctx)[0];
  let best: number | undefined;
  let bestDist = Infinity;
  for (const y of [cy - 1, cy, cy + 1]) {
    if (d > daysInMonth(y, m)) continue;
    if (weekday !== undefined && weekdayIndex(y, m, d) !== weekday) continue;
    const dist = Math.abs(dayNumber(y, m, d) - ctx);
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

/** With no year in the article: the latest year, up to a month after the reference day, in which m/d is that weekday. */
function yearForWeekday(sc: Scan, m: number, d: number, weekday: number): number | undefined {
  const limit = sc.refDay + MONTH_AHEAD;
  const ry = fromDayNumber(limit)[0];
  for (let y = ry; y > ry - 15; y--) {
    if (d > daysInMonth(y, m)) continue;
    if (dayNumber(y, m, d) > limit) continue;
    if (weekdayIndex(y, m, d) === weekday) return y;
  }
  return undefined;
}

/** The latest year in which m/d exists on or before the day number `limit`. */
function latestYearNotAfter(m: number, d: number, limit: number): number {
  let y = fromDayNumber(limit)[0];
  while (d > daysInMonth(y, m) || dayNumber(y, m, d) > limit) y--;
  return y;
}

/** The context day: the article's own full date (dateline first), else a weekday-fixed date, else a guess. */
function contextDay(sc: Scan, dayHits: DayHit[]): { ctx: number | undefined; explicit: boolean } {
  const explicit = dayHits.find((h) => h.explicitYear && h.dateline) ?? dayHits.find((h) => h.explicitYear);
  if (explicit) return { ctx: dayNumber(explicit.y!, explicit.m, explicit.d), explicit: true };
  for (const h of dayHits) {
    const y = h.weekday !== undefined ? yearForWeekday(sc, h.m, h.d, h.weekday) : undefined;
    if (y !== undefined) return { ctx: dayNumber(y, h.m, h.d), explicit: false };
  }
  const first = dayHits.find((h) => h.dateline) ?? dayHits[0];
  if (first) {
    const y = sc.copyrightYear ?? latestYearNotAfter(first.m, first.d, sc.refDay + MONTH_AHEAD);
    return { ctx: dayNumber(y, first.m, first.d), explicit: false };
  }
  const monthHit = sc.dates.find((h) => h.m !== undefined && h.explicitYear);
  return { ctx: monthHit ? dayNumber(monthHit.y!, monthHit.m!, 1) : undefined, explicit: false };
}

/** The year of a date written without one, or undefined when no year fits. */
function yearOf(sc: Scan, h: DateHit & { m: number }, ctx: number | undefined, ctxExplicit: boolean): number | undefined {
  if (h.d === undefined) {
    const base = fromDayNumber(ctx ?? sc.refDay)[0];
    return base + (h.yearOffset ?? 0);
  }
  let y: number | undefined;
  if (h.weekday !== undefined && !ctxExplicit) {
    y = ctx !== undefined ? nearestYear(h.m, h.d, ctx, h.weekday) : yearForWeekday(sc, h.m, h.d, h.weekday);
  }
  return y ?? (ctx !== undefined ? nearestYear(h.m, h.d, ctx) : latestYearNotAfter(h.m, h.d, sc.refDay + MONTH_AHEAD));
}

function capitalised(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A weekday-mismatch problem when the weekday written next to a day is not the day's weekday. */
function checkWeekday(sc: Scan, h: DateHit, y: number, m: number, d: number, weekday: number): void {
  const real = weekdayIndex(y, m, d);
  if (real === weekday) return;
  const written = `${capitalised(MONTH_NAMES[m - 1]!)} ${d}, ${y}`;
  const inferred = h.explicitYear ? '' : ` (the year ${y} is taken from the article's other dates)`;
  sc.problems.push({
    code: 'weekday-mismatch',
    severity: 'warning',
    start: h.fig.start,
    end: h.fig.end,
    message: `${written} is a ${weekdayDisplay(WEEKDAY_NAMES[real]!)}, not a ${weekdayDisplay(WEEKDAY_NAMES[weekday]!)}${inferred}.`,
  });
}

/** Gives every date with a month its year and ISO value, and checks its weekday. */
function resolveMonthDates(sc: Scan, ctx: number | undefined, ctxExplicit: boolean): void {
  for (const h of sc.dates) {
    const m = h.m;
    if (m === undefined) continue;
    let y = h.y;
    if (y === undefined) {
      y = yearOf(sc, { ...h, m }, ctx, ctxExplicit);
      if (y === undefined) continue;
      h.y = y;
      h.fig.resolved = true;
    }
    h.fig.value = h.d !== undefined ? isoDate(y, m, h.d) : isoDate(y, m);
    if (h.d !== undefined && h.weekday !== undefined) checkWeekday(sc, h, y, m, h.d, h.weekday);
  }
}

/** The day a bare weekday names, relative to the anchor day (whose weekday is anchorWeekday). */
function weekdayDay(h: DateHit, weekday: number, anchor: number, anchorWeekday: number): number {
  const back = (anchorWeekday - weekday + 7) % 7;
  const fwd = (weekday - anchorWeekday + 7) % 7;
  switch (h.relation) {
    case 'past-strict':
      return anchor - (back === 0 ? 7 : back);
    case 'future':
      return anchor + fwd;
    case 'future-strict':
      return anchor + (fwd === 0 ? 7 : fwd);
    default:
      return anchor - back;
  }
}

/** Gives each bare weekday the day it names relative to the anchor. */
function resolveBareWeekdays(sc: Scan, anchor: number): void {
  const anchorWeekday = weekdayIndex(...fromDayNumber(anchor));
  for (const h of sc.dates) {
    if (h.m !== undefined || h.weekday === undefined) continue;
    h.fig.value = isoFromDayNumber(weekdayDay(h, h.weekday, anchor, anchorWeekday));
    h.fig.precision = 'day';
    h.fig.resolved = true;
  }
}

/** Gives partial dates a year and bare weekdays a day; reports weekday/date mismatches; returns the anchor date. */
export function resolveDates(sc: Scan): string | undefined {
  const dayHits = sc.dates.filter((h): h is DayHit => h.m !== undefined && h.d !== undefined);
  const { ctx, explicit } = contextDay(sc, dayHits);
  resolveMonthDates(sc, ctx, explicit);
  // The anchor: the dateline's day, else the article's first full date.
  const anchorHit = dayHits.find((h) => h.dateline && h.y !== undefined) ?? dayHits.find((h) => h.explicitYear) ?? dayHits.find((h) => h.y !== undefined);
  if (!anchorHit) return undefined;
  const anchor = dayNumber(anchorHit.y!, anchorHit.m, anchorHit.d);
  resolveBareWeekdays(sc, anchor);
  return isoFromDayNumber(anchor);
}
