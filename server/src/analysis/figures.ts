// The figures extractor: counts, money, percentages, durations, ordinals, dates and years as news
// text writes them, each with its normalised value, unit, hedge and the noun it counts.
//
// The text is read word by word (figures/words.ts: whitespace-separated chunks with surrounding
// punctuation split off), so spans are exact and compromise's own splitting of "five-hour" or "5–10"
// does not matter; compromise's tags (from the shared token stream) are only used to find the noun a
// figure counts. Every step looks at most a dozen words ahead, so the cost is linear in the text size.
// The readers live in figures/: numerals.ts and numberWords.ts read a number, finish.ts its range,
// unit, hedge (hedges.ts) and counted noun (nouns.ts); durations.ts reads "for a week" and ordinals;
// readDates.ts reads dates and resolveDates.ts resolves them against the article's own dates.
//
// Conventions (what other checks may rely on):
//   value     counts/money: the number (for a range, the low end); percent: a fraction (80% -> 0.8);
//             duration: seconds; ordinal: the position; date: ISO "YYYY-MM-DD" or "YYYY-MM", or
//             "--MM-DD" / "--MM" when the article gives no year at all;
//             year: "YYYY"; a bare weekday that cannot be resolved: null; time: seconds after
//             midnight (unit "local time" or the zone written, "GMT").
//   interval  only for ranges, hedges and vague amounts. Hedges (see lexicon/units.ts):
//               about/roughly/some X      [0.9·X, 1.1·X]
//               nearly/almost X           [0.9·X, X]
//               more than/over X          [X, +Infinity]     at least X   [X, +Infinity]
//               less than/under X         [0, X]             at most X    [0, X]
//               "tens of billions"        [1e10, 1e11] (hedge "vague"), value the low end
//             Open ends are ±Infinity in the core (types.ts); the CLI's JSON writes them as null
//             (JSON.stringify(Infinity) is null), so a JSON consumer reads null as "unbounded".
//   unit      "USD"/"EUR"/... for money, "%" for percent, "seconds" for durations, a normalised
//             measure ("kilometers"), "points" for "20-point", "years old" for "19-year-old".
//   counts    the lower-case singular noun counted ("40 ferries" -> "ferry"; "three-day strike"
//             -> "strike"; "six hours of talks" -> "talks"); inherited within a sentence by a bare
//             number ("40 ferries ..., with 12 still in port" -> 12 counts "ferry").
//   dates     a partial date ("October 5") takes its year from the article's own time frame (its
//             dateline or publication line, its full dates, a copyright year; never the clock) and is
//             marked resolved; a bare weekday ("on Monday") is resolved against the anchor date
//             (the dateline, else the article's first full date) and marked resolved.

import { NO_INHERITED_COUNT_AFTER } from './lexicon/counting';
import type { TokenCache, Tokenized } from './tokens';
import type { ArticleTimeFrame, Figure, Problem } from './types';
import { dayNumber, parseIso } from './util/calendar';
import { firstEndingAfter } from './util/search';
import { readArticleDuration, readClockTime, readOrdinal } from './figures/durations';
import { finishNumber } from './figures/finish';
import { readFrames } from './figures/readFrames';
import { isPhone, phoneEnd, readNumber } from './figures/numerals';
import { readDate } from './figures/readDates';
import { resolveDates } from './figures/resolveDates';
import type { DateHit, Scan, Step } from './figures/scan';
import { placeByTense } from './figures/tenseDates';
import { splitWords, type Word } from './figures/words';

export interface FigureOptions {
  /**
   * "YYYY-MM-DD": the day the article is read, used only when the article itself gives no year at
   * all (a partial date is put in the latest year that is not more than a month after it).
   * There is no default: without it such dates keep no year ("--12-15"); the clock is never read.
   */
  referenceDate?: string;
  /**
   * Paragraphs read before (an edited article's unchanged paragraphs): their figures, dates and problems
   * as read then are copied instead of read again. Reading a paragraph depends on its text, its tags
   * (a function of its text: see TokenCache) and whether it is among the first few paragraphs (a dateline
   * or publication line); what the article's other paragraphs say comes in later, when dates are resolved
   * over the whole article. Frames are copied too when a paragraph's text and figures are as they were
   * (figures/readFrames.ts).
   */
  cache?: TokenCache;
}

export interface FigureResult {
  figures: Figure[];
  problems: Problem[];
  /** The article's own date ("YYYY-MM-DD"): its dateline, else its first full date. */
  anchorDate?: string;
  /** When the article was written, as its text says. */
  timeFrame?: ArticleTimeFrame;
}

export function extractFigures(tk: Tokenized, options: FigureOptions = {}): FigureResult {
  try {
    return run(tk, options);
  } catch {
    // Never sink the article: an unexpected input yields no figures rather than an exception.
    return { figures: [], problems: [] };
  }
}

/** The day number of the reference date ("YYYY-MM-DD"); none without one (the clock is never read). */
function referenceDay(referenceDate: string | undefined): number | undefined {
  const p = referenceDate !== undefined ? parseIso(referenceDate) : undefined;
  return p?.m !== undefined && p.d !== undefined ? dayNumber(p.y, p.m, p.d) : undefined;
}

/** The year of the article's last copyright line ("© 2024", "Copyright (c) 2024"). */
function copyrightYear(text: string): number | undefined {
  const cr = /(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?((?:19|20)\d\d)\b/gi;
  let year: number | undefined;
  let cm: RegExpExecArray | null;
  while ((cm = cr.exec(text)) !== null) year = Number(cm[1]);
  return year;
}

function run(tk: Tokenized, options: FigureOptions): FigureResult {
  const sc: Scan = {
    text: tk.text,
    tokens: tk.tokens,
    figures: [],
    problems: [],
    dates: [],
    refDay: referenceDay(options.referenceDate),
    copyrightYear: copyrightYear(tk.text),
  };
  const sentOf = (offset: number): number => firstEndingAfter(tk.sentences, offset);
  const cache = options.cache;
  tk.paragraphs.forEach((p, pi) => {
    if (!cache) return scanParagraph(sc, splitWords(tk.text, p.start, p.end, sentOf), pi);
    const read = cache.derive(`figures:${Math.min(pi, PARAGRAPH_PLACES)}`, tk.text.slice(p.start, p.end), () => {
      const alone: Scan = { ...sc, figures: [], problems: [], dates: [] };
      scanParagraph(alone, splitWords(tk.text, p.start, p.end, sentOf), pi);
      return copyScan(alone, -p.start);
    });
    const copy = copyScan(read, p.start);
    sc.figures.push(...copy.figures);
    sc.problems.push(...copy.problems);
    sc.dates.push(...copy.dates);
  });
  const { anchorDate, frame } = resolveDates(sc);
  sc.figures.sort((a, b) => a.start - b.start || a.end - b.end);
  readFrames(tk, sc.figures, cache);
  placeByTense(sc.figures, frame);
  const out: FigureResult = { figures: sc.figures, problems: sc.problems };
  if (anchorDate !== undefined) out.anchorDate = anchorDate;
  if (frame !== undefined) out.timeFrame = frame;
  return out;
}

/**
 * How many paragraph places reading a paragraph tells apart: the first paragraphs may hold a dateline or
 * a publication line (readDates.ts looks at whether a paragraph is among the first four), all later ones
 * read alike.
 */
const PARAGRAPH_PLACES = 4;

/** What reading some paragraphs found, moved by `shift` characters: new objects throughout, the dates pointing at the copied figures. */
function copyScan(read: Pick<Scan, 'figures' | 'problems' | 'dates'>, shift: number): Pick<Scan, 'figures' | 'problems' | 'dates'> {
  const figures = read.figures.map((f) => {
    const g: Figure = { ...f, start: f.start + shift, end: f.end + shift };
    if (f.interval) g.interval = { ...f.interval };
    return g;
  });
  const index = new Map(read.figures.map((f, i) => [f, i]));
  return {
    figures,
    problems: read.problems.map((p) => ({ ...p, start: p.start + shift, end: p.end + shift })),
    dates: read.dates.map((d) => {
      const e: DateHit = { ...d, fig: figures[index.get(d.fig) ?? -1] ?? { ...d.fig, start: d.fig.start + shift, end: d.fig.end + shift } };
      if (d.relative) e.relative = { ...d.relative };
      return e;
    }),
  };
}

/** Reads one paragraph; a bare count takes the noun of the previous count in its sentence. */
function scanParagraph(sc: Scan, ws: Word[], pi: number): void {
  let i = 0;
  let lastCounts: { sent: number; counts: string } | undefined;
  while (i < ws.length) {
    const next = readAt(sc, ws, i, pi);
    if (next.fig && next.fig.kind === 'count' && !next.fig.unit) {
      const w = ws[i]!;
      if (next.fig.counts) lastCounts = { sent: w.sent, counts: next.fig.counts };
      else if (lastCounts && lastCounts.sent === w.sent && next.bare && next.fig.interval === undefined && !NO_INHERITED_COUNT_AFTER.has(ws[i - 1]?.key ?? '')) {
        next.fig.counts = lastCounts.counts;
      }
    }
    i = Math.max(i + 1, next.end);
  }
}

/** Tries every reading at word i; returns the index after what it consumed. */
function readAt(sc: Scan, ws: Word[], i: number, pi: number): Step {
  const w = ws[i]!;
  const d = readDate(sc, ws, i, pi);
  if (d !== null) return { end: d };
  const t = readClockTime(sc, ws, i);
  if (t !== null) return { end: t };
  if (isPhone(ws, i)) return { end: phoneEnd(ws, i) };
  const n = readNumber(sc, ws, i);
  if (n === 'skip') return { end: i + 1 };
  if (n) return finishNumber(sc, ws, n);
  const o = readOrdinal(sc, ws, i);
  if (o !== null) return { end: o };
  if (/^[a-z]/i.test(w.s) && (w.key === 'a' || w.key === 'an' || w.key === 'half')) {
    const du = readArticleDuration(sc, ws, i);
    if (du !== null) return { end: du };
  }
  return { end: i + 1 };
}
