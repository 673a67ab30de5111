// out-of-place-date: a date that cannot fit the story's time frame, judged from the story's other
// dates: one of the story's days with a slipped year ("9 March 2025" in a story of 9 March 2026; not
// "born on 20 March 1921", nor "a year earlier, on 12 March 2025"), or a date far from the story that its sentence presents as current: recent ("recently") or
// still to come although it lies before the story ("the vote, due on 2 May 2024" in a story from
// December 2025 — the verb's tense contradicts the date). Background dates ("the bridge opened in June
// 2021", "since 2019") are not flagged.

import { AHEAD_NOW_MARKERS, FUTURE_MARKERS, PAST_PERSPECTIVE, PAST_PLAN, RECENCY_CUES } from '../../lexicon/timeCues';
import { ownPart } from '../text';
import type { DateItem } from '../factTypes';
import { humanDate, isoFromDayNumber, isoMidDayNumber } from '../../util/calendar';
import { storyFrame } from '../timeFrame';
import type { Finding } from '../types';
import type { Check, CheckContext } from './check';
import { articleOf, clip, nameOf } from './common';

/** How close (days) a wrong-year date's day and month must be to the story's dates. */
const SAME_SEASON_DAYS = 30;
/** How far (days) a date presented as recent or upcoming may be from the story's dates. */
const FAR_DAYS = 150;

/**
 * The words that present a far date as current: a recency cue in its sentence, or, for a date before
 * the story, words of its clause that look ahead ("is due by", "aims for", "scheduled for").
 */
function presentedAsCurrent(text: string | undefined, d: DateItem, before: boolean): string | undefined {
  const recent = RECENCY_CUES.exec(ownPart(d.sentence, Math.max(0, d.sentence.indexOf(d.figure.text))))?.[1];
  if (recent) return recent;
  const clause = d.figure.frame?.clause;
  if (!before || !clause || text === undefined) return undefined;
  const lead = text.slice(clause.start, d.figure.start);
  // "would", "was due to", "were expected to" look ahead from a past day: a plan of then, not of now.
  if (PAST_PERSPECTIVE.test(lead) || PAST_PLAN.test(lead)) return undefined;
  return FUTURE_MARKERS.exec(lead)?.[0];
}

/** How many years before the story a year must lie for a verb looking ahead to it to be impossible. */
const PAST_YEARS = 2;

/**
 * "The next summit will be held in Norvania in 2017" in a story of 2025: a year the clause looks ahead
 * to from the time of writing ("will", "is due"; not "would" or "was expected", which look ahead from a
 * past day), written as "in" or "by" that year, years before the story's own: a
 * wrong year. Only a year right after "in" or "by" is the verb's time ("will report its results for 1995"
 * names the results), and only years well before the story (a forecast for last year is still reported).
 */
function pastYearAhead(ctx: CheckContext, d: DateItem, year: number, frameText: string): Finding | undefined {
  const y = Number(d.figure.value);
  const text = articleOf(ctx, d.article)?.text;
  const clause = d.figure.frame?.clause;
  if (!Number.isInteger(y) || y > year - PAST_YEARS || text === undefined || !clause) return undefined;
  const before = text.slice(clause.start, d.figure.start);
  const cue = /\b(?:in|by)\s+$/i.test(before) ? AHEAD_NOW_MARKERS.exec(before)?.[0] : undefined;
  if (!cue) return undefined;
  return {
    check: outOfPlaceDate.id,
    severity: outOfPlaceDate.defaultSeverity,
    location: { article: d.article, span: { start: d.figure.start, end: d.figure.end } },
    message: `“${clip(d.figure.text)}” looks out of place: it is ${year - y} years before the story's other dates (${frameText}), yet the article looks ahead to it (“${cue}”).`,
    related: [],
    key: `${outOfPlaceDate.id}|${nameOf(ctx, d.article)}|${y}`,
    fact: `date:${y}`,
    values: [String(y)],
  };
}

/**
 * Whether a year written for another could be a slip of the pen: a year or two off ("2025" written in
 * January 2026), one digit wrong ("2016"), or two digits swapped ("2062"). "Born on August 27, 1910" in a
 * story of 1996 is no slip, whatever its day and month.
 */
export function yearSlip(written: number, year: number): boolean {
  if (Math.abs(written - year) <= 2) return true;
  const a = String(written);
  const b = String(year);
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** How many days from one of the story's own days a date with a slipped year may be (a night's event told as the next day). */
const STORY_DAY_SLACK = 1;

/**
 * Whether the day and month of a date written with another year are one of the story's own days: another
 * date of the story (a dateline, a day written in another sentence or report) falls on them in the
 * story's year. "The deal came on 9 March 2025" where the deal is on 9 March 2026 is the story's day with
 * a slipped year; "the quarter that ended July 29, 1995" in a report of 22 August 1996 is not.
 */
function isStoryDay(dates: DateItem[], d: DateItem, year: number, day: number): boolean {
  return dates.some((o) => {
    // A weekday alone is placed by counting from another date, which may itself be far: only written days and datelines count.
    if (o === d || o.monthDay === undefined || !(o.monthDayWritten || o.figure.dateline)) return false;
    const oy = o.explicitYear && o.iso !== undefined ? Number(o.iso.slice(0, 4)) : year;
    if (oy !== year) return false;
    const own = isoMidDayNumber(`${year}-${o.monthDay}`);
    return own !== undefined && Math.abs(own - day) <= STORY_DAY_SLACK;
  });
}

export const outOfPlaceDate: Check = {
  id: 'out-of-place-date',
  scope: 'article',
  description: "A date that cannot fit the story's time frame (a wrong year, or a far-off date presented as recent or upcoming).",
  defaultSeverity: 'warning',
  run(ctx: CheckContext): Finding[] {
    const dates = ctx.facts.flatMap((a) => a.dates);
    const frame = storyFrame(dates);
    if (!frame) return [];
    const out: Finding[] = [];
    const frameText = humanDate(isoFromDayNumber(frame.center).slice(0, 7));
    for (const d of dates) {
      if (!d.explicitYear || d.figure.dateline) continue;
      if (d.precision === 'year') {
        const found = pastYearAhead(ctx, d, frame.year, frameText);
        if (found) out.push(found);
        continue;
      }
      if (d.precision !== 'day' && d.precision !== 'month') continue;
      const iso = d.iso ?? (typeof d.figure.value === 'string' ? d.figure.value : undefined);
      if (!iso) continue;
      const y = Number(iso.slice(0, 4));
      const own = isoMidDayNumber(iso);
      if (own === undefined) continue;
      let why: string | undefined;
      const sameSeason = d.precision === 'day' ? isoMidDayNumber(`${frame.year}${iso.slice(4)}`) : undefined;
      if (y !== frame.year && sameSeason !== undefined && Math.abs(sameSeason - frame.center) <= SAME_SEASON_DAYS && yearSlip(y, frame.year) && isStoryDay(dates, d, frame.year, sameSeason)) {
        why = `the year does not fit the story: its other dates put these events in ${frameText}`;
      } else if (Math.abs(own - frame.center) > FAR_DAYS) {
        const cue = presentedAsCurrent(articleOf(ctx, d.article)?.text, d, own < frame.center);
        if (cue) {
          const months = Math.round(Math.abs(own - frame.center) / 30.4);
          why = `it is about ${months} months ${own < frame.center ? 'before' : 'after'} the story's other dates (${frameText}), yet the article presents it as “${cue}”`;
        }
      }
      if (!why) continue;
      const evidence = frame.evidence.filter((e) => e.article !== d.article && Number(e.iso!.slice(0, 4)) === frame.year).slice(0, 3);
      const article = articleOf(ctx, d.article);
      const shown = article ? article.text.slice(d.figure.start, d.figure.end) : d.figure.text;
      out.push({
        check: this.id,
        severity: this.defaultSeverity,
        location: { article: d.article, span: { start: d.figure.start, end: d.figure.end } },
        message: `“${clip(shown)}” looks out of place: ${why}.`,
        related: evidence.map((e) => ({
          location: { article: e.article, span: { start: e.figure.start, end: e.figure.end } },
          message: `“${e.figure.text}”`,
        })),
        key: `${this.id}|${nameOf(ctx, d.article)}|${iso}`,
        fact: `date:${iso}`,
        values: [iso],
      });
    }
    return out;
  },
};
