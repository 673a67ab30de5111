// Calendar and clock words: months and weekdays with their abbreviations, and the words around a number
// that make it a date, a clock time or a duration. Everything is lower-case.

import { wordSet } from './wordSet';

/** Month names and abbreviations, with the month's number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4],
  ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8],
  ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Month names that are also common words ("may", "march"): a month only next to a day or a date word. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march']);

/** Weekday names, 0 = Sunday as Date.getUTCDay(). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5],
  ['saturday', 6],
]);

/** Abbreviations accepted only directly next to a date ("Sat., Oct. 3"). */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['fri', 5], ['sat', 6],
]);

/** Words before a lone month that make it a date ("in January", "since March"). */
export const MONTH_ALONE_BEFORE: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'through', 'throughout',
  'early', 'late', 'mid', 'end', 'start', 'beginning', 'of', 'to', 'between', 'and', 'or',
]);

/** Words in "January of this/last/next year", with the years they add to the article's year. */
export const RELATIVE_YEARS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['last', -1],
  ['next', 1],
]);

/** Names containing a weekday that are not dates: "Bloody Sunday", "Good Friday", "Black Monday". */
export const WEEKDAY_NAME_BEFORE: ReadonlySet<string> = new Set([
  'bloody', 'good', 'black', 'cyber', 'super', 'ash', 'palm', 'holy', 'easter', 'maundy', 'whit',
  'great', 'blue', 'giving', 'mad',
]);

/** Capitalised words after a weekday that make it part of a name: "Sunday Times", "Monday Night". */
export const NAME_AFTER_WEEKDAY: ReadonlySet<string> = new Set([
  'times', 'telegraph', 'mail', 'express', 'post', 'herald', 'mirror', 'sport', 'night', 'club', 'league',
]);

/** How a bare weekday relates to the article's own date: before it, after it, or strictly so. */
export type WeekdayRelation = 'past' | 'past-strict' | 'future' | 'future-strict';

/** Words directly before a bare weekday that fix its relation: "last Monday", "next Monday", "this Monday". */
export const WEEKDAY_RELATIONS: ReadonlyMap<string, WeekdayRelation> = new Map([
  ['last', 'past-strict'],
  ['next', 'future-strict'],
  ['this', 'future'],
]);

/** Words earlier in the sentence that put a bare weekday in the future ("will meet on Monday"). */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', 'shall', 'would', 'could', 'due', 'scheduled', 'expected', 'set', 'plans', 'plan', 'planned', 'going',
  'tomorrow', 'next', 'upcoming', 'until', 'till',
]);

/** Words after a number that make it a clock time: "3 p.m.", "10 GMT". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'a.m', 'p.m', 'am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'cet', 'cest', 'bst', 'est', 'edt',
  'pst', 'pdt', 'msk', 'eet', 'eest', 'hrs', 'h',
]);

/** Words that introduce an article's publication line ("Published 14 December 2025", "Updated: Dec. 15, 2025"). */
export const PUBLICATION_CUES: ReadonlySet<string> = new Set([
  'published', 'updated', 'posted', 'modified', 'dated', 'filed', 'issued',
]);

/** Lower-case words a date line may hold besides the date and the clock ("Updated on Dec. 15, 2025 at 10:02"). */
export const DATE_LINE_LINKS: ReadonlySet<string> = new Set(['on', 'at', 'by', 'last', 'first', 'and']);

/** Time words that also follow durations ("5 hrs"): they end a range but do not alone make a clock time. */
export const HOUR_ABBREVIATIONS: ReadonlySet<string> = new Set(['h', 'hrs']);

/** Clock fractions before "past"/"to" and an hour ("half past five", "ten to six"): no figure. */
export const CLOCK_FRACTIONS: ReadonlySet<string> = new Set(['half', 'quarter', 'ten', 'five', 'twenty', 'twenty-five']);

/** The words between a clock fraction and the hour ("past", "to"). */
export const CLOCK_LINKS: ReadonlySet<string> = new Set(['past', 'to']);

/** Words before a bare "a"/"an"/"one" + duration unit that make it a duration ("for an hour"). */
export const DURATION_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  'for', 'within', 'in', 'after', 'lasted', 'lasting', 'lasts', 'last', 'took', 'takes', 'spent',
  'only', 'just', 'barely', 'than', 'least', 'nearly', 'almost', 'about', 'around', 'over', 'roughly',
  'some', 'approximately', 'under', 'most',
]);

/** Words after a bare "a"/"an" + duration unit that make it a duration ("a day later", "a week past"). */
export const DURATION_CONTEXT_AFTER: ReadonlySet<string> = new Set([
  'later', 'earlier', 'ago', 'long', 'before', 'after', 'and', 'past',
]);

/** Months and weekdays with their abbreviations: capitalised but dates, not names (as the name finder sees them). */
export const CALENDAR_WORDS = wordSet(`
  january, february, march, april, may, june, july, august, september, october, november, december,
  jan., feb., mar., apr., jun., jul., aug., sep., sept., oct., nov., dec., monday, tuesday, wednesday, thursday,
  friday, saturday, sunday
`);

/** Words that count days or weeks back from the article's date ("a week ago", "three days ago"). */
export const RELATIVE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['few', 0],
]);

/** Units of "… ago" that place a day, in days. */
export const RELATIVE_UNITS: ReadonlyMap<string, number> = new Map([['day', 1], ['days', 1], ['week', 7], ['weeks', 7]]);

/** Words before "month" that place a month relative to the article's date: "last month", "this month". */
export const RELATIVE_MONTHS: ReadonlyMap<string, number> = new Map([['last', -1], ['this', 0]]);

/** Words for the day before the article's date and the day itself. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([['yesterday', -1], ['today', 0]]);
