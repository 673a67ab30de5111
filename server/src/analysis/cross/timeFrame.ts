// The time frame of a story: the year and the middle day its articles' dates point to, so a date
// that cannot fit it (a wrong year, a far-off date presented as recent) can be told apart.

import { isoMidDayNumber, weekdayOfIso } from '../util/calendar';
import type { DateItem } from './factTypes';

export interface StoryFrame {
  year: number;
  /** Day number (days since 1970) of the story's median dated event. */
  center: number;
  /** The explicit dates that establish the frame. */
  evidence: DateItem[];
}

/** How far (years) from the written or reference year a weekday may move a year-less date. */
const WEEKDAY_YEAR_REACH = 3;

/** The year a weekday next to a year-less date points to: the fitting year nearest a reference year. */
function yearOfWeekday(iso: string, weekday: string, explicitYears: number[]): number | undefined {
  const ref = explicitYears.length ? explicitYears : [Number(iso.slice(0, 4))];
  const md = iso.slice(4);
  let best: number | undefined;
  for (let k = -WEEKDAY_YEAR_REACH; k <= WEEKDAY_YEAR_REACH; k++) {
    for (const r of ref) {
      const cand = r + k;
      if (weekdayOfIso(`${cand}${md}`) === weekday && (best === undefined || Math.abs(cand - r) < Math.abs(best - r))) best = cand;
    }
  }
  return best;
}

/** The story's time frame from its articles' dates: explicit years and weekdays written next to dates vote. */
export function storyFrame(dates: DateItem[]): StoryFrame | undefined {
  const days = dates.filter((d): d is DateItem & { iso: string } => d.precision === 'day' && d.iso !== undefined && d.iso !== '');
  const explicitYears = days.filter((d) => d.explicitYear).map((d) => Number(d.iso.slice(0, 4)));
  const votes = new Map<number, number>();
  for (const d of days) {
    const y = d.explicitYear ? Number(d.iso.slice(0, 4)) : d.weekday ? yearOfWeekday(d.iso, d.weekday, explicitYears) : undefined;
    if (y !== undefined) votes.set(y, (votes.get(y) ?? 0) + 1);
  }
  const year = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (year === undefined) return undefined;
  const inYear = days.filter((d) => (d.explicitYear ? Number(d.iso.slice(0, 4)) === year : true));
  const dayNumbers = inYear.map((d) => isoMidDayNumber(`${year}${d.iso.slice(4)}`)!).sort((a, b) => a - b);
  if (dayNumbers.length === 0) return undefined;
  const center = dayNumbers[Math.floor(dayNumbers.length / 2)]!;
  return { year, center, evidence: inYear.filter((d) => d.explicitYear) };
}
