// out-of-place-date: a date that cannot fit the story's time frame, judged from the story's other
// dates: the right day with the wrong year ("9 March 2025" in a story whose dates all fall in March
// 2026), or a date far from the story that its sentence presents as current: recent ("recently") or
// still to come although it lies before the story ("the vote, due on 2 May 2024" in a story from
// December 2025 — the verb's tense contradicts the date). Background dates ("the bridge opened in June
// 2021", "since 2019") are not flagged.

import { AHEAD_NOW_MARKERS, FUTURE_MARKERS, RECENCY_CUES } from '../../lexicon/timeCues';
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
  const recent = RECENCY_CUES.exec(d.sentence)?.[1];
  if (recent) return recent;
  const clause = d.figure.frame?.clause;
  if (!before || !clause || text === undefined) return undefined;
  return FUTURE_MARKERS.exec(text.slice(clause.start, d.figure.start))?.[0];
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
      if (y !== frame.year && sameSeason !== undefined && Math.abs(sameSeason - frame.center) <= SAME_SEASON_DAYS) {
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
