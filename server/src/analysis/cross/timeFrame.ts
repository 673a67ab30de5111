// The time frame of a story: the year and the middle day its articles' dates point to, so a date
// that cannot fit it (a wrong year, a far-off date presented as recent) can be told apart, and a date
// an article wrote without a year ("--12-14") can be placed in the story's year.

import { dayNumber, daysInMonth, isoDate, isoMidDayNumber, monthDayOf, weekdayOfIso } from '../util/calendar';
import type { DateItem } from './factTypes';

export interface StoryFrame {
  year: number;
  /** Day number (days since 1970) of the story's median dated event. */
  center: number;
  /** The explicit dates that establish the frame. */
  evidence: DateItem[];
}

/** How much a weekday written next to a day weighs as evidence of the year, against 1 for a written year. */
const WEEKDAY_VOTE = 0.5;

/**
 * How much a dateline or publication line weighs as evidence of the year, against 1 for a year written in
 * the body: it says when the article was written, where a body year may be any year the story names (an
 * election due in 2029 named four times must not outvote the datelines of 2026).
 */
const DATELINE_VOTE = 3;

/** How far (years) from the written or reference year a weekday may move a year-less date. */
const WEEKDAY_YEAR_REACH = 3;

/** "MM-DD" of a day-precision date, whether its year was written, inferred, or is missing ("--12-14"). */
export function itemMonthDay(d: DateItem): string | undefined {
  if (d.precision !== 'day') return undefined;
  const value = d.iso ?? (typeof d.figure.value === 'string' ? d.figure.value : undefined);
  return value === undefined ? undefined : monthDayOf(value);
}

/** The year a weekday next to a year-less date points to: the fitting year nearest a reference year. */
function yearOfWeekday(md: string, weekday: string, explicitYears: number[], ownYear: number | undefined): number | undefined {
  const ref = explicitYears.length ? explicitYears : ownYear !== undefined ? [ownYear] : [];
  let best: number | undefined;
  for (let k = -WEEKDAY_YEAR_REACH; k <= WEEKDAY_YEAR_REACH; k++) {
    for (const r of ref) {
      const cand = r + k;
      if (weekdayOfIso(`${cand}-${md}`) === weekday && (best === undefined || Math.abs(cand - r) < Math.abs(best - r))) best = cand;
    }
  }
  return best;
}

/**
 * The story's time frame from its articles' dates. Years written with a date vote, and so does a weekday
 * written next to a day and month ("Thursday, 5 March" votes for the year nearest the written ones in
 * which 5 March is a Thursday); a bare weekday counted from an article's own date is no evidence of the
 * year (it repeats that date's year) and does not vote.
 */
export function storyFrame(dates: DateItem[]): StoryFrame | undefined {
  const days = dates.flatMap((d) => {
    const md = itemMonthDay(d);
    return md === undefined ? [] : [{ d, md, year: d.iso !== undefined ? Number(d.iso.slice(0, 4)) : undefined }];
  });
  const explicitYears = days.filter((x) => x.d.explicitYear && x.year !== undefined).map((x) => x.year!);
  const votes = new Map<number, number>();
  for (const x of days) {
    // A weekday is weaker evidence than a written year: it may be the wrong one (weekday-mismatch).
    const [y, weight] = x.d.explicitYear ? [x.year, x.d.figure.dateline ? DATELINE_VOTE : 1] : x.d.weekday && x.d.monthDayWritten ? [yearOfWeekday(x.md, x.d.weekday, explicitYears, x.year), WEEKDAY_VOTE] : [undefined, 0];
    if (y !== undefined) votes.set(y, (votes.get(y) ?? 0) + weight);
  }
  const year = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (year === undefined) return undefined;
  const inYear = days.filter((x) => !x.d.explicitYear || x.year === year);
  const dayNumbers = inYear.map((x) => isoMidDayNumber(`${year}-${fitDay(year, x.md)}`)!).sort((a, b) => a - b);
  if (dayNumbers.length === 0) return undefined;
  const center = dayNumbers[Math.floor(dayNumbers.length / 2)]!;
  return { year, center, evidence: inYear.filter((x) => x.d.explicitYear).map((x) => x.d) };
}

/** "02-29" becomes "02-28" in a year without it, so every month-day has a day number in any year. */
function fitDay(year: number, md: string): string {
  const [m, d] = md.split('-').map(Number) as [number, number];
  return isoDate(year, m, Math.min(d, daysInMonth(year, m))).slice(5);
}

/** The ISO day a yearless month-day ("12-14") names in the story: the year that puts it nearest the frame's center. */
export function placeInFrame(md: string, frame: StoryFrame): string {
  const [m, d] = md.split('-').map(Number) as [number, number];
  let best = frame.year;
  let bestDist = Infinity;
  for (const y of [frame.year - 1, frame.year, frame.year + 1]) {
    if (d > daysInMonth(y, m)) continue;
    const dist = Math.abs(dayNumber(y, m, d) - frame.center);
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return isoDate(best, m, Math.min(d, daysInMonth(best, m)));
}

/** The word right before a year that makes it the start of a state that still holds ("mayor since 2029"). */
const SINCE_BEFORE = /\bsince\s*$/i;
/** A verb form that tells its act as done ("was elected", "founded", "had been"). */
const PAST_FORM = /^(?:was|were|had|has|have)\b|\p{L}ed$/iu;

/**
 * A year told as past that lies after the story's own year: "mayor since 2029", "was elected in 2029" in a
 * story of 2027. It cannot be; out-of-place-date reports it, and it is no value to compare with another
 * source's year (the disagreement is the impossible year, not two dates of one event).
 */
export function pastYearAfterStory(d: DateItem, storyYear: number | undefined): boolean {
  if (storyYear === undefined || (d.precision !== 'year' && d.precision !== 'month') || !d.explicitYear) return false;
  const y = Number(String(d.figure.value).slice(0, 4));
  if (!Number.isInteger(y) || y <= storyYear) return false;
  const at = d.sentence.indexOf(d.figure.text);
  const before = at < 0 ? '' : d.sentence.slice(Math.max(0, at - 40), at);
  if (SINCE_BEFORE.test(before)) return true;
  // "was first elected in 2031", "founded in 2031": the past verb right before "in" (not "its projection in 1997").
  const verb = d.fact.verbText ?? '';
  const last = verb.split(/\s+/).pop() ?? '';
  const words = before.trim().split(/\s+/);
  const right = words[words.length - 1]?.toLowerCase() === 'in' ? words[words.length - 2] : undefined;
  return right !== undefined && right.toLowerCase() === last.toLowerCase() && pastForm(last, d.fact.verb) && !/\b(?:will|would|to|shall)\b/i.test(verb);
}

/** A verb form that tells its act as done: "was", "founded", or an irregular past ("struck", "began", "took": not its lemma, no present ending). */
function pastForm(written: string, lemma: string | undefined): boolean {
  if (PAST_FORM.test(written)) return true;
  const w = written.toLowerCase();
  return lemma !== undefined && !lemma.includes(' ') && w !== lemma && !/(?:s|ing)$/.test(w);
}
