// Resolving the dates an article leaves partial, against the article's own time frame and never the
// machine's clock: a day without a year ("October 5") takes the nearest plausible year of the frame, a
// bare weekday ("on Monday") the day it names relative to the article's date, and a weekday written
// next to a date that does not fall on it becomes a weekday-mismatch problem. With no frame at all a
// partial date stays without a year ("--10-05", "--10": see Figure.value in types.ts) and a bare weekday
// stays a weekday.

import type { ArticleTimeFrame } from '../types';
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
  yearlessIso,
} from '../util/calendar';
import type { DateHit, Scan } from './scan';

/** A date with a month and a day (its year perhaps still missing). */
type DayHit = DateHit & { m: number; d: number };

/** How many days after the reference day a date without a year may fall (an article may name a day a few weeks ahead). */
const MONTH_AHEAD = 31;

/** What the article's own text says about when it was written. */
interface Context {
  /** A day near the article's events (day number), when one is known. */
  day?: number;
  /** The article's year when only the year is known (a copyright line, a "March 2025"). */
  year?: number;
  /** The day comes from a date written with its year (a weekday then does not move the year). */
  explicit: boolean;
  frame?: ArticleTimeFrame;
}

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

/** With only the caller's reference day: the latest year, up to a month after it, in which m/d is that weekday. */
function yearForWeekday(refDay: number, m: number, d: number, weekday: number): number | undefined {
  const limit = refDay + MONTH_AHEAD;
  const ry = fromDayNumber(limit)[0];
  for (let y = ry; y > ry - 15; y--) {
    if (d > daysInMonth(y, m) || dayNumber(y, m, d) > limit) continue;
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

/** The year written most often with the article's full dates; ties go to the latest. */
function majorityYear(hits: DayHit[]): number | undefined {
  const votes = new Map<number, number>();
  for (const h of hits) votes.set(h.y!, (votes.get(h.y!) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/** A year the article's text implies without a full date: a copyright line, else a written month and year. */
function yearHint(sc: Scan): number | undefined {
  if (sc.copyrightYear !== undefined) return sc.copyrightYear;
  return monthYearHit(sc)?.y;
}

/**
 * A month written with its year ("March 2025"), which implies the article's year, unless the article
 * has a dateline without a year: beside the article's own date, "in July 2019" is an earlier event, and
 * the year is left to the story's other articles.
 */
function monthYearHit(sc: Scan): DateHit | undefined {
  if (sc.dates.some((h) => h.dateline && h.y === undefined)) return undefined;
  return sc.dates.find((h) => h.m !== undefined && h.explicitYear);
}

/** The context from full dates written with their year: the dateline or publication line first. */
function explicitContext(dayHits: DayHit[]): Context | undefined {
  const dated = dayHits.filter((h) => h.explicitYear);
  const year = majorityYear(dated);
  const pick = dated.find((h) => h.dateline) ?? dated.find((h) => h.y === year);
  if (!pick) return undefined;
  const day = dayNumber(pick.y!, pick.m, pick.d);
  return { day, explicit: true, frame: { date: isoFromDayNumber(day), source: pick.dateline ? 'dateline' : 'dates' } };
}

/** The context from a day written without its year, placed in a year the text implies (or the caller's reference day). */
function partialContext(sc: Scan, dayHits: DayHit[], hint: number | undefined): Context | undefined {
  const ref = sc.refDay;
  if (hint !== undefined || ref !== undefined) {
    // A weekday written with a day fixes the year among those near the hint ("Monday, December 15" → 2025).
    for (const h of dayHits) {
      if (h.weekday === undefined) continue;
      const y = hint !== undefined ? nearestYear(h.m, h.d, dayNumber(hint, h.m, 1), h.weekday) : yearForWeekday(ref!, h.m, h.d, h.weekday);
      if (y !== undefined) return { day: dayNumber(y, h.m, h.d), explicit: false, frame: { date: isoDate(y, h.m, h.d), source: hint !== undefined ? 'dates' : 'reference' } };
    }
  }
  const first = dayHits.find((h) => h.dateline) ?? dayHits[0];
  if (!first) return undefined;
  let y = hint;
  if (y === undefined && sc.refDay !== undefined) y = latestYearNotAfter(first.m, first.d, sc.refDay + MONTH_AHEAD);
  if (y === undefined) return undefined;
  const day = dayNumber(y, first.m, Math.min(first.d, daysInMonth(y, first.m)));
  const source = sc.copyrightYear === y ? 'copyright' : sc.refDay !== undefined && hint === undefined ? 'reference' : 'dates';
  return { day, explicit: false, frame: { date: isoFromDayNumber(day), source } };
}

/**
 * The article's time frame from its own text, strongest evidence first: a dateline or publication line
 * with its year, the year most of its full dates carry, a day placed in the year a copyright line or a
 * written "March 2025" implies, that year alone; the caller's reference day only when the text gives
 * no year at all; and with none of these, a dateline or first day without its year.
 */
function contextOf(sc: Scan, dayHits: DayHit[]): Context {
  const explicit = explicitContext(dayHits);
  if (explicit) return explicit;
  const hint = yearHint(sc);
  const partial = partialContext(sc, dayHits, hint);
  if (partial) return partial;
  const monthHit = monthYearHit(sc);
  if (monthHit) return { day: dayNumber(monthHit.y!, monthHit.m!, 1), explicit: false, frame: { date: isoDate(monthHit.y!, monthHit.m!), source: 'dates' } };
  if (hint !== undefined) return { year: hint, explicit: false, frame: { date: String(hint), source: 'copyright' } };
  if (sc.refDay !== undefined) return { day: sc.refDay, explicit: false, frame: { date: isoFromDayNumber(sc.refDay), source: 'reference' } };
  const first = dayHits.find((h) => h.dateline) ?? dayHits[0];
  return first ? { explicit: false, frame: { date: yearlessIso(first.m, first.d), source: first.dateline ? 'dateline' : 'dates' } } : { explicit: false };
}

/** The year of a date written without one, or undefined when the article gives no year to take. */
function yearOf(h: DateHit & { m: number }, ctx: Context): number | undefined {
  const base = ctx.day !== undefined ? fromDayNumber(ctx.day)[0] : ctx.year;
  if (h.d === undefined) return base === undefined ? undefined : base + (h.yearOffset ?? 0);
  const around = ctx.day ?? (ctx.year !== undefined ? dayNumber(ctx.year, h.m, 1) : undefined);
  if (around === undefined) return undefined;
  const byWeekday = h.weekday !== undefined && !ctx.explicit ? nearestYear(h.m, h.d, around, h.weekday) : undefined;
  return byWeekday ?? nearestYear(h.m, h.d, around);
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

/** Gives every date with a month its year and ISO value (yearless when there is none), and checks its weekday. */
function resolveMonthDates(sc: Scan, ctx: Context): void {
  for (const h of sc.dates) {
    const m = h.m;
    if (m === undefined) continue;
    let y = h.y;
    if (y === undefined) {
      y = yearOf({ ...h, m }, ctx);
      if (y === undefined) {
        h.fig.value = yearlessIso(m, h.d);
        continue;
      }
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

/** The first year from 2000 in which m/d falls on the weekday: a stand-in year to count days from a yearless date. */
function standInYear(m: number, d: number, weekday: number): number | undefined {
  for (let y = 2000; y < 2028; y++) if (d <= daysInMonth(y, m) && weekdayIndex(y, m, d) === weekday) return y;
  return undefined;
}

/**
 * With no year anywhere, a day written with its weekday ("Sunday 20 September") still dates the bare
 * weekdays around it: "on Saturday" is 19 September, kept without a year ("--09-19").
 */
function resolveWeekdaysWithoutYear(sc: Scan, dayHits: DayHit[]): void {
  const hit = dayHits.find((h) => h.dateline && h.weekday !== undefined) ?? dayHits.find((h) => h.weekday !== undefined);
  const y = hit ? standInYear(hit.m, hit.d, hit.weekday!) : undefined;
  if (!hit || y === undefined) return;
  const anchor = dayNumber(y, hit.m, hit.d);
  for (const h of sc.dates) {
    if (h.m !== undefined || h.weekday === undefined) continue;
    const [, m, d] = fromDayNumber(weekdayDay(h, h.weekday, anchor, hit.weekday!));
    h.fig.value = yearlessIso(m, d);
    h.fig.precision = 'day';
    h.fig.resolved = true;
  }
}

/** Places "yesterday", "five days ago", "last month" and "last June" relative to the anchor day. */
function resolveRelative(sc: Scan, anchor: number): void {
  const [ay, am] = fromDayNumber(anchor);
  for (const h of sc.dates) {
    const r = h.relative;
    if (!r) continue;
    if (r.days !== undefined) h.fig.value = isoFromDayNumber(anchor + r.days);
    else if (r.months !== undefined) {
      const index = ay * 12 + (am - 1) + r.months;
      h.fig.value = isoDate(Math.floor(index / 12), (index % 12) + 1);
    } else if (r.monthBefore && h.m !== undefined) h.fig.value = isoDate(h.m < am ? ay : ay - 1, h.m);
    h.fig.resolved = true;
  }
}

/** A year that is not a leap year, to count days from a day whose year nobody wrote. */
const COMMON_YEAR = 2001;
const MARCH_FIRST = dayNumber(COMMON_YEAR, 3, 1);

/**
 * A dateline without its year ("VELMA, Oct 15 (Wire)") still places "yesterday", "three days ago" and
 * "last month" by day and month ("--10-14", "--09"), kept without a year as the dateline is. A count of
 * days that would cross the end of February is left alone: the year decides whether 29 February is on the way.
 */
function resolveRelativeWithoutYear(sc: Scan, dayHits: DayHit[]): void {
  const hit = dayHits.find((h) => h.dateline);
  if (!hit) return;
  const anchor = dayNumber(COMMON_YEAR, hit.m, Math.min(hit.d, daysInMonth(COMMON_YEAR, hit.m)));
  for (const h of sc.dates) {
    const r = h.relative;
    if (!r || h.fig.value !== null) continue;
    if (r.days !== undefined) {
      const day = anchor + r.days;
      if (Math.min(day, anchor) < MARCH_FIRST && Math.max(day, anchor) >= MARCH_FIRST) continue;
      const [, m, d] = fromDayNumber(day);
      h.fig.value = yearlessIso(m, d);
    } else if (r.months !== undefined) h.fig.value = yearlessIso((((hit.m - 1 + r.months) % 12) + 12) % 12 + 1);
    else if (r.monthBefore && h.m !== undefined) h.fig.value = yearlessIso(h.m);
    else continue;
    h.fig.resolved = true;
  }
}

/** What resolving an article's dates found out about the article itself. */
export interface ResolvedDates {
  /** The article's own date ("YYYY-MM-DD"): its dateline, else its first full date. */
  anchorDate?: string;
  frame?: ArticleTimeFrame;
}

/** Gives partial dates a year and bare weekdays a day; reports weekday/date mismatches; returns the anchor date and the frame. */
export function resolveDates(sc: Scan): ResolvedDates {
  const dayHits = sc.dates.filter((h): h is DayHit => h.m !== undefined && h.d !== undefined);
  const ctx = contextOf(sc, dayHits);
  resolveMonthDates(sc, ctx);
  const out: ResolvedDates = {};
  if (ctx.frame) out.frame = ctx.frame;
  // The anchor: the dateline's day, else the article's first full date.
  const anchorHit = dayHits.find((h) => h.dateline && h.y !== undefined) ?? dayHits.find((h) => h.explicitYear) ?? dayHits.find((h) => h.y !== undefined);
  if (!anchorHit) {
    resolveWeekdaysWithoutYear(sc, dayHits);
    resolveRelativeWithoutYear(sc, dayHits);
    return out;
  }
  const anchor = dayNumber(anchorHit.y!, anchorHit.m, anchorHit.d);
  resolveBareWeekdays(sc, anchor);
  resolveRelative(sc, anchor);
  out.anchorDate = isoFromDayNumber(anchor);
  return out;
}
