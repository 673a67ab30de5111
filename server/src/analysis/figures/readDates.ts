// Reading dates as news text writes them: "Monday, October 5, 2026", "5 October", "the 5th of October",
// "October 2026", "1996-08-22", a month alone after a date word ("since October") and a bare weekday
// ("on Monday"); and whether a date is the article's own (a dateline or publication line).
// Years and days still missing are filled in later (resolveDates.ts).

import {
  AMBIGUOUS_MONTHS,
  DATE_LINE_LINKS,
  FUTURE_WORDS,
  MONTH_ALONE_BEFORE,
  MONTHS,
  NAME_AFTER_WEEKDAY,
  PUBLICATION_CUES,
  RELATIVE_COUNTS,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  RELATIVE_UNITS,
  RELATIVE_YEARS,
  TIME_WORDS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAME_BEFORE,
  WEEKDAY_RELATIONS,
  WEEKDAYS,
  type WeekdayRelation,
} from '../lexicon/calendar';
import type { Figure } from '../types';
import { daysInMonth, MONTH_NAMES, WEEKDAY_NAMES, weekdayDisplay } from '../util/calendar';
import { push, tagsOf, type DateHit, type Scan } from './scan';
import { isCap, tight, tightComma, type Word } from './words';

/** A date with at least a month, as read: its parts and its last word. */
interface DateParts {
  m: number;
  d?: number;
  y?: number;
  end: number;
}

/** The month named by word k; abbreviations and "May"/"March" only where a day or year must follow. */
function monthAt(ws: Word[], k: number, needDay: boolean): number | undefined {
  const w = ws[k];
  if (!w || !isCap(w)) return undefined;
  const m = MONTHS.get(w.key);
  if (m === undefined) return undefined;
  const full = MONTH_NAMES[m - 1] === w.key;
  if ((!full || AMBIGUOUS_MONTHS.has(w.key)) && !needDay) return undefined;
  return m;
}

function dayAt(ws: Word[], k: number): number | undefined {
  const w = ws[k];
  if (!w) return undefined;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w.key);
  if (!m) return undefined;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : undefined;
}

function yearAt(ws: Word[], k: number): number | undefined {
  const w = ws[k];
  if (!w || !/^\d{4}$/.test(w.key)) return undefined;
  const y = Number(w.key);
  return y >= 1000 && y < 2200 ? y : undefined;
}

/** The weekday (0 = Sunday) named or abbreviated by a capitalised word k. */
function weekdayAt(ws: Word[], k: number): number | undefined {
  const w = ws[k];
  if (!w || !isCap(w)) return undefined;
  return WEEKDAYS.get(w.key) ?? WEEKDAY_ABBREVIATIONS.get(w.key);
}

/** Month first at word k: "October 5, 2026", "Oct. 5", or "October 2026" (not after a weekday). */
function monthFirst(ws: Word[], k: number, afterWeekday: boolean): DateParts | undefined {
  const m = monthAt(ws, k, true);
  if (m === undefined) return undefined;
  const month = ws[k]!;
  const dayWord = ws[k + 1];
  const monthTight = (month.post === '' || month.post === '.') && !!dayWord && dayWord.pre === '';
  const d = dayAt(ws, k + 1);
  // "5-7 October" style spans after a month ("October 5-7") are not one day.
  if (monthTight && d !== undefined && !/^\d{1,2}(?:st|nd|rd|th)?[-–]/.test(dayWord.s)) {
    // A noun after the day does not undo the date: "by October 5 ferries …" is rare in news.
    const y = tightComma(ws, k + 1) ? yearAt(ws, k + 2) : undefined;
    return y !== undefined ? { m, d, y, end: k + 2 } : { m, d, end: k + 1 };
  }
  const y = !afterWeekday && tight(ws, k) ? yearAt(ws, k + 1) : undefined;
  return y !== undefined ? { m, y, end: k + 1 } : undefined;
}

/** Day first at word k: "5 October", "Monday 5 October", "5 October 2026", "the 5th of October". */
function dayFirst(ws: Word[], i: number, k: number): DateParts | undefined {
  const d = dayAt(ws, k);
  if (d === undefined || !(k === i || tightComma(ws, k - 1))) return undefined;
  let monthIdx = k + 1;
  if (ws[monthIdx]?.key === 'of' && tight(ws, k) && /[a-z]$/.test(ws[k]!.key)) monthIdx++;
  const m = tight(ws, monthIdx - 1) ? monthAt(ws, monthIdx, true) : undefined;
  if (m === undefined) return undefined;
  const y = tightComma(ws, monthIdx) || ws[monthIdx]!.post === '' ? yearAt(ws, monthIdx + 1) : undefined;
  return y !== undefined ? { m, d, y, end: monthIdx + 1 } : { m, d, end: monthIdx };
}

/** How many paragraphs from the top a date line may stand ("BERLIN (AP) —" with the date on a line of its own). */
const DATE_LINE_PARAGRAPHS = 4;
/** How many words besides the date a date line may hold ("SPA-FRANCORCHAMPS, Belgium 1996-08-23", "Updated 10:02 a.m. EST"). */
const DATE_LINE_OTHER_WORDS = 6;

/**
 * A dateline or publication line, which dates the article itself: upper-case place names before the date
 * at the start of the article ("LONDON, October 5 -"); a short line near the top that holds the date and
 * nothing but names, a clock time and link words ("BRUSSELS 1996-08-22", "Dec. 15, 2025 10:02 a.m."); or
 * a date after a publication word anywhere ("Published 14 December 2025", "Updated on Dec. 15, 2025").
 */
function isDateline(ws: Word[], i: number, end: number, pi: number): boolean {
  const before = ws[i - 1];
  const cue = before && DATE_LINE_LINKS.has(before.key) ? i - 2 : i - 1;
  // A publication word that opens a line or is capitalised ("Published", "Last updated"), not "the report, published on".
  if (cue >= 0 && PUBLICATION_CUES.has(ws[cue]!.key) && (cue <= 1 || isCap(ws[cue]!))) return true;
  const dateLine = pi < DATE_LINE_PARAGRAPHS && isDateLine(ws, i, end);
  if (pi > 2 || i === 0 || i > 4 || before!.post !== ',') return dateLine;
  // "LONDON, October 5 -" opens a story; "The Kelm Courier, 14 May 2026" is a line of its own.
  return dateLine || ws.slice(0, i).every((x) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(x.s));
}

/** A short paragraph that is a date line: besides the date only names, numbers, clock words and link words. */
function isDateLine(ws: Word[], i: number, end: number): boolean {
  if (ws.length - (end - i + 1) > DATE_LINE_OTHER_WORDS) return false;
  return ws.every((w, k) => (k >= i && k <= end) || !/^\p{Ll}/u.test(w.s) || TIME_WORDS.has(w.key) || DATE_LINE_LINKS.has(w.key) || PUBLICATION_CUES.has(w.key));
}

/** An ISO date written as one word ("1996-08-22"), as datelines of wire copy give it. */
function isoAt(ws: Word[], k: number): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ws[k]!.s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? { m: mo, d, y, end: k } : undefined;
}

/** Records a date with a month over words i..parts.end. */
function recordDate(sc: Scan, ws: Word[], i: number, pi: number, parts: DateParts, wd: number | undefined): number {
  const extra: Partial<Figure> = { precision: parts.d !== undefined ? 'day' : 'month' };
  if (wd !== undefined) extra.weekday = weekdayDisplay(WEEKDAY_NAMES[wd]!);
  const dateline = isDateline(ws, i, parts.end, pi);
  if (dateline) extra.dateline = true;
  const fig = push(sc, ws, i, parts.end, 'date', null, extra);
  const hit: DateHit = { fig, explicitYear: parts.y !== undefined, dateline, m: parts.m };
  if (parts.y !== undefined) hit.y = parts.y;
  if (parts.d !== undefined) hit.d = parts.d;
  if (wd !== undefined) hit.weekday = wd;
  sc.dates.push(hit);
  return parts.end + 1;
}

/**
 * A day the month does not have ("31 February 2026", "Monday 30 February"): a problem on the article,
 * not a figure, and its words are consumed so the day is not read as a count ("31" of something).
 * "29 February" without a year may be a leap day and is left to the reader.
 */
function impossibleDate(sc: Scan, ws: Word[], i: number, parts: DateParts): number {
  const start = ws[i]!.start;
  const end = ws[parts.end]!.end;
  const name = MONTH_NAMES[parts.m - 1]!;
  const month = name.charAt(0).toUpperCase() + name.slice(1);
  // February's length depends on the year, the other months' does not.
  const has =
    parts.m !== 2 ? `${month} has ${daysInMonth(parts.y, parts.m)} days` : parts.y === undefined ? `${month} has at most 29 days` : `${month} ${parts.y} has ${daysInMonth(parts.y, 2)} days`;
  sc.problems.push({
    code: 'impossible-date',
    severity: 'warning',
    message: `“${sc.text.slice(start, end)}” is not a date: ${has}.`,
    start,
    end,
  });
  return parts.end + 1;
}

/** A month alone after a date word: "in January", "since March", "January of last year". */
function monthAlone(sc: Scan, ws: Word[], i: number): number | null {
  // "May" and "March" are months here only after such a word, which the check below requires anyway.
  const m = monthAt(ws, i, AMBIGUOUS_MONTHS.has(ws[i]!.key));
  if (m === undefined) return null;
  const p = ws[i - 1];
  if (!p || !tight(ws, i - 1) || !MONTH_ALONE_BEFORE.has(p.key)) return null;
  let end = i;
  let yearOffset = 0;
  if (ws[i + 1]?.key === 'of' && tight(ws, i) && tight(ws, i + 1) && tight(ws, i + 2) && ws[i + 3]?.key === 'year') {
    const offset = RELATIVE_YEARS.get(ws[i + 2]!.key);
    if (offset !== undefined) {
      yearOffset = offset;
      end = i + 3;
    }
  }
  const fig = push(sc, ws, i, end, 'date', null, { precision: 'month' });
  sc.dates.push({ fig, m, explicitYear: false, dateline: false, yearOffset });
  return end + 1;
}

/** Whether the sentence before a bare weekday at word i puts it in the future ("will meet on Monday"). */
function tenseBefore(sc: Scan, ws: Word[], i: number): WeekdayRelation {
  const sent = ws[i]!.sent;
  for (let k = i - 1, c = 0; k >= 0 && c < 12 && ws[k]!.sent === sent; k--, c++) {
    const key = ws[k]!.key;
    // Words inside a quotation (“… opens tomorrow,” she said on Monday) say nothing about the weekday.
    if (/["“”]/.test(ws[k]!.post) || /["“”]/.test(ws[k + 1]!.pre)) break;
    const toVerb = key === 'to' && !!ws[k + 1] && k + 1 < i && !!tagsOf(sc, ws[k + 1]!)?.has('Infinitive');
    if (FUTURE_WORDS.has(key) || key.endsWith("'ll") || toVerb) return 'future';
    if (/[.;:!?]/.test(ws[k]!.post) && k !== i - 1) break;
  }
  return 'past';
}

/** A weekday with no date: "on Monday", "last Monday"; not in names ("Good Friday", "Sunday Times"). */
function bareWeekday(sc: Scan, ws: Word[], i: number, wd: number): number {
  const p = ws[i - 1];
  const pTight = !!p && tight(ws, i - 1);
  if (pTight && WEEKDAY_NAME_BEFORE.has(p.key) && isCap(p)) return i + 1;
  const nx = ws[i + 1];
  if (nx && tight(ws, i) && isCap(nx) && NAME_AFTER_WEEKDAY.has(nx.key)) return i + 1;
  const relation = (pTight ? WEEKDAY_RELATIONS.get(p.key) : undefined) ?? tenseBefore(sc, ws, i);
  const fig = push(sc, ws, i, i, 'date', null, { precision: 'weekday', weekday: weekdayDisplay(WEEKDAY_NAMES[wd]!) });
  sc.dates.push({ fig, weekday: wd, explicitYear: false, dateline: false, relation });
  return i + 1;
}

/**
 * A date relative to the article's own: "yesterday", "five days ago", "a week ago", "last month", "last
 * June" (the latest June before the article's month). resolveDates places it once the article's date is known.
 */
function relativeDate(sc: Scan, ws: Word[], i: number): number | null {
  const w = ws[i]!;
  const record = (end: number, precision: 'day' | 'month', relative: NonNullable<DateHit['relative']>, m?: number): number => {
    const fig = push(sc, ws, i, end, 'date', null, { precision });
    sc.dates.push({ fig, explicitYear: false, dateline: false, relative, ...(m !== undefined ? { m } : {}) });
    return end + 1;
  };
  const day = RELATIVE_DAYS.get(w.key);
  if (day !== undefined && w.key !== 'today') return record(i, 'day', { days: day });
  const next = ws[i + 1];
  if (!next || !tight(ws, i)) return null;
  const count = RELATIVE_COUNTS.get(w.key) ?? (/^\d{1,2}$/.test(w.key) ? Number(w.key) : undefined);
  const unit = RELATIVE_UNITS.get(next.key);
  if (count && unit && tight(ws, i + 1) && ws[i + 2]?.key === 'ago') return record(i + 2, 'day', { days: -count * unit });
  // "over the last month" is a window of time, not a month.
  const months = ws[i - 1]?.key === 'the' ? undefined : RELATIVE_MONTHS.get(w.key);
  if (months !== undefined && next.key === 'month' && !next.possessive) return record(i + 1, 'month', { months });
  const m = w.key === 'last' ? monthAt(ws, i + 1, false) : undefined;
  if (m !== undefined && !next.possessive) return record(i + 1, 'month', { monthBefore: true }, m);
  return null;
}

/** Reads a date starting at word i; returns the index after it, or null. */
export function readDate(sc: Scan, ws: Word[], i: number, pi: number): number | null {
  const relative = relativeDate(sc, ws, i);
  if (relative !== null) return relative;
  const iso = isoAt(ws, i);
  if (iso) return recordDate(sc, ws, i, pi, iso, undefined);
  const wd = weekdayAt(ws, i);
  // After a weekday the date follows it ("Monday, October 5"); a possessive weekday is no date.
  const k = wd === undefined ? i : ws[i]!.possessive || !tightComma(ws, i) ? -1 : i + 1;
  const parts = k >= 0 ? (monthFirst(ws, k, wd !== undefined) ?? dayFirst(ws, i, k)) : undefined;
  if (parts) {
    if (parts.d !== undefined && parts.d > daysInMonth(parts.y, parts.m)) return impossibleDate(sc, ws, i, parts);
    return recordDate(sc, ws, i, pi, parts, wd);
  }
  if (wd !== undefined && WEEKDAYS.has(ws[i]!.key)) return bareWeekday(sc, ws, i, wd);
  return monthAlone(sc, ws, i);
}
