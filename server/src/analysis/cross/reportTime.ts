// When each source reported: the latest day inside the story's time frame that the article itself dates
// something on (not a day it looks forward to). A later report of a running count (a death toll) that
// gives another value updates the earlier one rather than contradicting it.

import { FUTURE_MARKERS } from '../lexicon/timeCues';
import { isoDayNumber, isoFromDayNumber, weekdayOfIso } from '../util/calendar';
import type { ArticleFacts, DateItem, FigureItem } from './factTypes';
import type { StoryFrame } from './timeFrame';

/** How far (days) from the story's centre a date may be and still say when a source reported. */
const REPORT_WINDOW = 10;
/** How far (days) from the story's centre a bare weekday is placed. */
const WEEKDAY_REACH = 3;

/** The day number a date stands for in the story's frame, when it is a day. */
export function dayNumberIn(d: DateItem, frame: StoryFrame): number | undefined {
  if (d.iso) return isoDayNumber(d.iso);
  if (d.monthDay) return isoDayNumber(`${frame.year}-${d.monthDay}`);
  if (!d.weekday) return undefined;
  for (let k = -WEEKDAY_REACH; k <= WEEKDAY_REACH; k++) {
    if (weekdayOfIso(isoFromDayNumber(frame.center + k)) === d.weekday) return frame.center + k;
  }
  return undefined;
}

/** Per article, the latest day (day number) it reports on; articles with no such day are left out. */
export function reportDays(articles: readonly ArticleFacts[], frame: StoryFrame | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!frame) return out;
  for (const a of articles) {
    let latest: number | undefined;
    for (const d of a.dates) {
      if (d.fact.verbText && FUTURE_MARKERS.test(d.fact.verbText)) continue;
      const n = dayNumberIn(d, frame);
      if (n === undefined || Math.abs(n - frame.center) > REPORT_WINDOW) continue;
      if (latest === undefined || n > latest) latest = n;
    }
    if (latest !== undefined) out.set(a.article.id, latest);
  }
  return out;
}

/** A running count's own report day: the day it stood at its value ("by Wednesday") when it says one, else its article's. */
export function itemReportDay(x: FigureItem, reportDay: ReadonlyMap<string, number>): number | undefined {
  return x.standingDay ?? reportDay.get(x.article);
}

/** Places each running count's "as of" weekday in the story's frame. */
export function placeStandingDays(articles: readonly ArticleFacts[], frame: StoryFrame | undefined): void {
  for (const a of articles) {
    for (const x of a.figures) {
      if (!x.asOf) continue;
      const n = frame ? dayNumberIn({ weekday: x.asOf } as DateItem, frame) : undefined;
      if (n === undefined) delete x.standingDay;
      else x.standingDay = n;
    }
  }
}
