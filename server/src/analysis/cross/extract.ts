// Per-article fact extraction (cached by the engine): every figure and date with what it is about
// (identity.ts: the thing measured, what happened to it, whose action; here: the day it is about, a rate
// such as "a day", a year it belongs to), the wholes that coordinated counts add up to ("230 passengers
// and 12 crew"), and every quote with its normalised words.

import { CLAUSE_OPENERS, DURATION_VERBS, HUMAN_NOUNS, LENGTH_BEFORE, RATE_AFTER_FIGURE, RUNNING_CLASSES, RATE_SYNONYMS, TIME_OFFSET_AFTER, TIME_REFERENCE_AFTER, TIME_REFERENCE_BEFORE } from '../lexicon/events';
import { ANAPHORIC_OPENING } from '../lexicon/stopwords';
import { DATING_WORD_BEFORE, DAY_OF_EVENT, LATER_EVENT_BETWEEN } from '../lexicon/timeCues';
import { singular } from '../numbers';
import type { ArticleAnalysis, Figure, Interval, Span } from '../types';
import { firstStartingAtOrAfter } from '../util/search';
import { ELLIPSIS, type ArticleFacts, type DateItem, type FactIdentity, type FigureItem, type QuoteItem } from './factTypes';
import { dateIdentity, participantsIn } from './dateIdentity';
import { figureIdentity, normCount } from './identity';
import { actOfVerb } from '../lexicon/senses';
import { PERSON_AGE } from './personAge';
import { countSoFar, countStandsOn } from './provisionalNote';
import { rescuedAlive } from './runningCount';
import { continuesAcross } from './quoteParts';
import { openingActs } from './storyActs';
import { timeSince } from './namedQuantity';
import { inBaseUnit, stateOfDuration, timeUntilAct } from './spanQuantity';
import { contentStems, sentenceAt, weekdaysIn, words, writtenWeekday, type WeekdayMention } from './text';
import type { SourceArticle } from './types';

/** How far (characters) the context of a figure reaches on either side of it. */
const CONTEXT_REACH = 90;
/** The penalty (characters) for a weekday that points away from a figure ("Sunday's", "… on Sunday"). */
const AWAY_PENALTY = 40;

/** The figures of one sentence, with what every figure of it shares. */
interface SentenceScope {
  span: Span;
  text: string;
  /** Indices (into the article's figures) of the sentence's figures, in order of position. */
  sorted: number[];
  /** The weekdays written in the sentence. */
  days: WeekdayMention[];
  /** The day the sentence before named, when this sentence refers back to it. */
  prevDay?: string;
  /** Per figure (index into the article's figures), the year it belongs to ("in 2011, … killed 73"). */
  era?: Map<number, string>;
}

export function extractArticleFacts(article: SourceArticle): ArticleFacts {
  const a = article.analysis;
  const figures: FigureItem[] = [];
  const dates: DateItem[] = [];
  const repeated = headlineRepeats(article.text, a);
  for (const [si, idxs] of figuresBySentence(a)) {
    const scope = sentenceScope(article, si, idxs);
    const items: FigureItem[] = [];
    scope.sorted.forEach((i, k) => {
      const f = a.figures[i]!;
      if (f.kind === 'ordinal' || repeated.has(i) || (f.kind === 'duration' && isTimeReference(article.text, f))) return;
      const near = nearText(article, scope, k);
      if (f.kind === 'date' || f.kind === 'year') dates.push(dateItem(article, f, near, scope.text));
      else items.push(figureItem(article, i, near, scope));
    });
    figures.push(...items, ...wholes(article, items));
  }
  markEarlierValues(figures);
  return { article, figures, dates, quotes: quoteItems(article), acts: openingActs(article) };
}

/**
 * "The toll, which stood at nine on Thursday, has risen to 14": an article that gives a running count
 * (a toll) as risen to a value gives its smaller past-tense value of the same count as the count before,
 * an earlier time's value, compared with no other source's current count.
 */
function markEarlierValues(items: FigureItem[]): void {
  const key = (x: FigureItem): string => `${x.fact.thing ?? ''}|${x.fact.event ?? ''}`;
  for (const now of items) {
    if (now.figure.kind !== 'count' || !now.figure.frame?.rising || !RUNNING_CLASSES.has(now.fact.event ?? '') || now.fact.past) continue;
    for (const before of items) {
      if (before === now || before.figure.kind !== 'count' || !before.fact.past || before.figure.frame?.rising || key(before) !== key(now)) continue;
      if (before.interval && now.interval && before.interval.hi < now.interval.lo) before.fact.era ??= 'earlier';
    }
  }
}

/** "two days ago", "eight minutes left", "after 12 minutes": a duration that places a moment, measuring nothing. */
function isTimeReference(text: string, f: Figure): boolean {
  // "69 minutes after take-off", "50 minutes into the flight": the time into an event its noun names is compared.
  if (timeSince(text, f) || stateOfDuration(text, f) || timeUntilAct(text, f)) return false;
  const next = words(text.slice(f.end, f.end + 20));
  const first = next[0] ?? '';
  const after = next.slice(0, 2).join(' ');
  const before = words(text.slice(Math.max(0, f.start - 12), f.start)).pop() ?? '';
  // "after six hours of deliberation" measures the deliberation; "after six hours" only says when.
  const measures = first === 'of' && f.counts !== undefined;
  return TIME_REFERENCE_AFTER.has(first) || TIME_REFERENCE_AFTER.has(after) || (TIME_REFERENCE_BEFORE.has(before) && !measures) || betweenEvents(f, first, before);
}

/** "came a day after officers searched", "a week before the vote": an interval between two events, unless something makes it a length. */
function betweenEvents(f: Figure, first: string, before: string): boolean {
  const lemma = f.frame?.verb?.lemma;
  return TIME_OFFSET_AFTER.has(first) && !LENGTH_BEFORE.has(before) && !(lemma !== undefined && DURATION_VERBS.has(lemma));
}

/** The longest line taken for a headline. */
const HEADLINE_MAX = 160;

/**
 * The article's headline: the analysis's, else a short first paragraph that does not end like a
 * sentence, in an article with more paragraphs.
 */
export function headlineOf(text: string, a: ArticleAnalysis): Span | undefined {
  if (a.headline) return a.headline;
  const first = a.paragraphs[0];
  if (!first || a.paragraphs.length < 2 || first.end - first.start > HEADLINE_MAX) return undefined;
  return /[.!?:]["”’)]?$/.test(text.slice(first.start, first.end)) ? undefined : first;
}

/** Headline figures whose value the article's body repeats: the body's sentence says more about them. */
function headlineRepeats(text: string, a: ArticleAnalysis): Set<number> {
  const out = new Set<number>();
  const h = headlineOf(text, a);
  if (!h) return out;
  const body = a.figures.filter((f) => f.start >= h.end);
  a.figures.forEach((f, i) => {
    if (f.start >= h.start && f.end <= h.end && body.some((g) => g.kind === f.kind && g.value === f.value)) out.add(i);
  });
  return out;
}

/** Figure indices grouped by sentence (-1: outside every sentence), so a weekday goes to the nearest figure only. */
function figuresBySentence(a: ArticleAnalysis): Map<number, number[]> {
  const bySentence = new Map<number, number[]>();
  a.figures.forEach((f, i) => {
    const s = sentenceAt(a, f.start);
    const k = s ? s.index : -1;
    bySentence.set(k, [...(bySentence.get(k) ?? []), i]);
  });
  return bySentence;
}

function sentenceScope(article: SourceArticle, si: number, idxs: number[]): SentenceScope {
  const a = article.analysis;
  const span = si >= 0 ? a.sentences[si]! : { start: 0, end: article.text.length, paragraph: 0 };
  const text = article.text.slice(span.start, span.end);
  const days = weekdaysIn(article.text, span);
  const sorted = [...idxs].sort((x, y) => a.figures[x]!.start - a.figures[y]!.start);
  const scope: SentenceScope = { span, text, sorted, days, prevDay: days.length > 0 ? undefined : anaphoricDay(article, si, text) };
  // A year written in the sentence, not as "since 2019" (but "since 2019, when …"), dates what the sentence reports after it ("in
  // 2011, … killed 73"), and the one figure just before it ("61.9 percent in 2022"), not the figures before
  // that ("58.3 percent, down from 61.9 percent in 2022": the 58.3 is this year's).
  const eras = new Map<number, string>();
  let current: string | undefined;
  sorted.forEach((i, k) => {
    const f = a.figures[i]!;
    const year = f.kind === 'year' ? String(f.value) : f.kind === 'date' && /\b\d{4}\b/.test(f.text) && typeof f.value === 'string' ? f.value.slice(0, 4) : undefined;
    // "since 1998, when 22 people died": the year after "since" dates the event its "when" clause tells.
    const since = /\bsince\s+$/i.test(article.text.slice(Math.max(0, f.start - 7), f.start)) && !/^ ?, ?when\b/i.test(article.text.slice(f.end, f.end + 8));
    if (year && !since) {
      // "Pellick, who won 52.4 per cent in 2021, fell to 35.2 per cent": a year closing a relative clause dates that clause only.
      if (!closesRelative(article.text, span.start, f)) current ??= year;
      const before = sorted[k - 1];
      // Not across a clause opener: "1,700 jobs would go when production ends in 2027" are this year's jobs.
      const opened = before !== undefined && words(article.text.slice(a.figures[before]!.end, f.start)).some((w) => CLAUSE_OPENERS.has(w));
      if (before !== undefined && !eras.has(before) && !opened) eras.set(before, year);
    } else if (current !== undefined) eras.set(i, current);
  });
  if (eras.size > 0) scope.era = eras;
  return scope;
}

/** The year ends a relative or participial clause set off by commas: "…, who won 52.4 per cent in 2021, …", "Castellan, founded in 1911, …". */
function closesRelative(text: string, from: number, f: Figure): boolean {
  if (!/^\s*,/.test(text.slice(f.end, f.end + 2))) return false;
  const parts = text.slice(from, f.start).split(/[,;:()]/);
  return parts.length > 1 && /^\s*(?:who|which|whose|\p{Ll}+ed)\b/u.test(parts[parts.length - 1]!);
}

/** An anaphoric sentence ("That meeting lasted 90 minutes.") is about the day the sentence before named. */
function anaphoricDay(article: SourceArticle, si: number, sentenceText: string): string | undefined {
  if (si <= 0 || !ANAPHORIC_OPENING.test(sentenceText)) return undefined;
  const a = article.analysis;
  const prev = a.sentences[si - 1]!;
  if (prev.paragraph !== a.sentences[si]!.paragraph) return undefined;
  const ds = weekdaysIn(article.text, prev);
  return ds[ds.length - 1]?.day;
}

/** The part of the sentence nearest the k-th figure: cut halfway to the neighbouring figures. */
function nearText(article: SourceArticle, scope: SentenceScope, k: number): string {
  const { text } = article;
  const figs = article.analysis.figures;
  const f = figs[scope.sorted[k]!]!;
  const prevIndex = scope.sorted[k - 1];
  const nextIndex = scope.sorted[k + 1];
  const lo = prevIndex !== undefined ? Math.floor((figs[prevIndex]!.end + f.start) / 2) : scope.span.start;
  const hi = nextIndex !== undefined ? Math.ceil((f.end + figs[nextIndex]!.start) / 2) : scope.span.end;
  // Never cut a word in half: a fragment ("egotiator") would become a bogus context word.
  const isLetter = (at: number): boolean => /[\p{L}\p{N}]/u.test(text[at] ?? '');
  let from = Math.max(lo, f.start - CONTEXT_REACH);
  while (from < f.start && from > 0 && isLetter(from - 1) && isLetter(from)) from++;
  let to = Math.min(hi, f.end + CONTEXT_REACH);
  while (to > f.end && isLetter(to - 1) && isLetter(to)) to--;
  return text.slice(from, f.start) + ' ' + text.slice(f.end, to);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
/** A date without a known year: "--12-15" (day and month) or "--12" (month). */
const YEARLESS = /^--(\d{2})(?:-(\d{2}))?$/;

function datePrecision(f: Figure, iso: string | undefined): DateItem['precision'] {
  if (f.precision) return f.precision;
  if (iso === undefined) return f.weekday || writtenWeekday(f.text) ? 'weekday' : 'year';
  if (ISO_DAY.test(iso)) return 'day';
  const yl = YEARLESS.exec(iso);
  if (yl) return yl[2] ? 'day' : 'month';
  return ISO_MONTH.test(iso) ? 'month' : 'year';
}

function dateItem(article: SourceArticle, f: Figure, near: string, sentence: string): DateItem {
  const value = typeof f.value === 'string' ? f.value : undefined;
  const yl = value ? YEARLESS.exec(value) : null;
  const id = dateIdentity(article, f);
  if (id.fact.event) id.fact.event = actOfVerb(id.fact.event);
  const item: DateItem = {
    article: article.id,
    figure: f,
    precision: datePrecision(f, value),
    explicitYear: f.kind === 'year' || /\b\d{4}\b/.test(f.text),
    monthDayWritten: /\d/.test(f.text.replace(/\b\d{4}\b/, '')),
    possessive: /^['’]s\b/.test(article.text.slice(f.end, f.end + 3)) || /['’]s$/.test(f.text),
    fact: id.fact,
    speech: id.speech,
    participants: f.frame ? participantsIn(article, f.frame.clause) : [],
    context: new Set(contentStems(near)),
    sentence,
  };
  if (value && ISO_DAY.test(value)) {
    item.iso = value;
    item.monthDay = value.slice(5);
  } else if (yl?.[2]) item.monthDay = `${yl[1]}-${yl[2]}`;
  const wd = f.weekday?.toLowerCase() ?? writtenWeekday(f.text);
  if (wd) item.weekday = wd;
  const dayOf = dayOfEvent(article, f);
  if (dayOf) item.dayOfEvent = dayOf;
  return item;
}

/** Words at most in a line read as a table row. */
const TABLE_ROW_WORDS = 12;

/**
 * A figure on a short line that is no sentence, with other numbers beside it ("Operating profit 46 vs 48",
 * "Sunday after 23 special stages, sixth"): a row of a results or prices table. Such tables of different
 * companies, games or hours share their row names, so their cells are not compared across sources.
 */
function tableRow(text: string, f: Figure, figures: readonly Figure[]): boolean {
  const start = text.lastIndexOf('\n', f.start - 1) + 1;
  const nl = text.indexOf('\n', f.end);
  const end = nl < 0 ? text.length : nl;
  const line = text.slice(start, end).trim();
  // A sentence ends with its punctuation and has a verb; a row has neither (or a heading word read as one).
  const sentence = /[.!?"”’]$/.test(line);
  if (f.frame?.verb && sentence) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const numbers = line.match(/\d+(?:[.,]\d+)*/g)?.length ?? 0;
  if (words > TABLE_ROW_WORDS || numbers < 2) return false;
  // The verb may be another figure's: "Of the 68 people on board, 41 survived." is one sentence.
  if (!sentence) return true;
  for (let k = firstStartingAtOrAfter(figures, start); k < figures.length && figures[k]!.start < end; k++) if (figures[k]!.frame?.verb) return false;
  return true;
}

/** "second" for a figure whose clause says "on the second day of the match", "3" for "day 3 of". */
function dayOfEvent(article: SourceArticle, f: Figure): string | undefined {
  const m = f.frame ? DAY_OF_EVENT.exec(article.text.slice(f.frame.clause.start, f.frame.clause.end)) : null;
  return m ? (m[1] ?? m[2] ?? '').toLowerCase() : undefined;
}

/**
 * Gives a figure's fact the weekday its sentence dates it by; returns instead the weekday a running count
 * stood at ("by Wednesday", "rose to five on Wednesday"), which dates the count, not a day's own count.
 */
function dateCount(article: SourceArticle, scope: SentenceScope, i: number, fact: FactIdentity): string | undefined {
  const f = article.analysis.figures[i]!;
  const weekday = nearestWeekday(article, scope, i, f.frame?.clause);
  if (weekday && countStandsOn(article.text, f, fact, weekday)) return weekday.day;
  const day = weekday?.day ?? scope.prevDay;
  if (day) fact.day = day;
  return undefined;
}

/** "600 jobs a year", "40 trucks a day": a rate written after the counted noun (and a word before it). */
function rateAfterNoun(text: string, f: Figure): string | undefined {
  if (f.kind !== 'count' || !f.counts) return undefined;
  const after = text.slice(f.end, f.end + 40);
  const m = [/^\s+([\p{L}-]+)/u.exec(after), /^\s+[\p{L}-]+\s+([\p{L}-]+)/u.exec(after)].find((x) => x && singular(x[1]!.toLowerCase()) === f.counts!.toLowerCase());
  if (!m) return undefined;
  return RATE_AFTER_FIGURE.exec(text.slice(f.end + m[0].length, f.end + m[0].length + 30))?.[1]?.toLowerCase();
}

function figureItem(article: SourceArticle, i: number, near: string, scope: SentenceScope): FigureItem {
  const { text } = article;
  const f = article.analysis.figures[i]!;
  const rate = RATE_AFTER_FIGURE.exec(text.slice(f.end, f.end + 30))?.[1]?.toLowerCase() ?? rateAfterNoun(text, f);
  const fact = figureIdentity(article, f);
  // One act however each report words it: "earmarked", "set aside" → "allocate" (lexicon/senses.ts).
  if (fact.event) fact.event = actOfVerb(fact.event);
  // "brought 16 miners out alive": a rescue, whatever the verb.
  if (rescuedAlive(text, f, fact)) fact.event = 'rescue';
  // The size of a whole ("all 86 bus routes") is no day's count.
  // A person's age is no day's or year's count.
  const timeless = fact.whole || fact.thing === PERSON_AGE;
  const asOf = timeless ? undefined : dateCount(article, scope, i, fact);
  const dayOf = dayOfEvent(article, f);
  if (dayOf) fact.dayOfEvent = dayOf;
  const era = timeless ? undefined : scope.era?.get(i);
  if (era) fact.era = era;
  const item: FigureItem = {
    article: article.id,
    index: i,
    figure: f,
    interval: intervalOf(f),
    fact,
    context: new Set(contentStems(near)),
    inQuote: insideQuote(article, f),
  };
  if (asOf) item.asOf = asOf;
  inBaseUnit(item);
  if (tableRow(text, f, article.analysis.figures)) item.tabular = true;
  const people = f.frame ? participantsIn(article, f.frame.clause).filter((x) => x.startsWith('person:')) : [];
  if (people.length) item.people = people;
  const counts = normCount(f.counts);
  if (counts) item.counts = counts;
  if (rate !== undefined) item.rate = RATE_SYNONYMS.get(rate) ?? rate;
  else if (f.frame?.per) item.rate = f.frame.per;
  const provisional = f.frame?.provisional ?? (f.hedge === 'at least' || f.hedge === 'more than' ? f.hedge : undefined) ?? (f.kind === 'count' ? countSoFar(article, f) : undefined);
  if (provisional) item.provisional = provisional;
  return item;
}

/**
 * Counts of people joined by "and" ("230 passengers and 12 crew", "186 passengers and nine crew") add
 * up to a whole: the number of people, in the same state. A count of "passengers and crew" is itself
 * such a whole.
 */
function wholes(article: SourceArticle, items: FigureItem[]): FigureItem[] {
  const out: FigureItem[] = [];
  for (const x of items) {
    if (x.figure.kind !== 'count' || !x.counts || !HUMAN_NOUNS.has(x.counts)) continue;
    const joined = /^\s+\S+\s+(?:and|&)\s+([\p{L}-]+)/u.exec(article.text.slice(x.figure.end, x.figure.end + 40));
    if (joined && HUMAN_NOUNS.has(singular(joined[1]!.toLowerCase()))) x.fact.thing = 'person';
  }
  for (let k = 0; k + 1 < items.length; k++) {
    const x = items[k]!;
    const y = items[k + 1]!;
    if (x.figure.kind !== 'count' || y.figure.kind !== 'count' || !x.counts || !y.counts || x.counts === y.counts) continue;
    if (!HUMAN_NOUNS.has(x.counts) || !HUMAN_NOUNS.has(y.counts)) continue;
    // "186 passengers and nine crew", "230 passengers, 12 crew": the noun, then "and", "plus" or a comma.
    const between = article.text.slice(x.figure.end, y.figure.start).replace(/\s+/g, ' ').trim();
    if (!/^[^\s,]+(?: [^\s,]+)?(?:,| and| plus|, and)$/.test(between) || !x.interval || !y.interval) continue;
    const sum = x.interval.lo + y.interval.lo;
    x.partOfSum = sum;
    y.partOfSum = sum;
    const end = y.figure.end + (/^\s+\S+/.exec(article.text.slice(y.figure.end))?.[0].length ?? 0);
    const fact = { ...x.fact, thing: 'person', thingText: 'person' };
    delete fact.modifier;
    out.push({
      ...x,
      fact,
      counts: 'person',
      interval: { lo: sum, hi: x.interval.hi + y.interval.hi },
      parts: [x, y],
      span: { start: x.figure.start, end },
      spanText: article.text.slice(x.figure.start, end),
      context: new Set([...x.context, ...y.context]),
    });
    delete out[out.length - 1]!.partOfSum;
  }
  return out;
}

/**
 * The weekday of the sentence nearest figure i with no other figure in between: "on Sunday" looks back
 * to what it dates, "Sunday's" forward.
 */
function nearestWeekday(article: SourceArticle, scope: SentenceScope, i: number, clause?: Span): WeekdayMention | undefined {
  const { text } = article;
  const figs = article.analysis.figures;
  const f = figs[i]!;
  let day: WeekdayMention | undefined;
  let best = Infinity;
  for (const d of scope.days) {
    if (clause && !inClause(text, scope, clause, d)) continue;
    const lo = Math.min(d.end, f.end);
    const hi = Math.max(d.start, f.start);
    const between = scope.sorted.some((j) => {
      if (j === i) return false;
      const g = figs[j]!;
      // An ordinal ("the first day", "the third test") or a year names no quantity that could own the day.
      return g.kind !== 'date' && g.kind !== 'ordinal' && g.kind !== 'year' && g.start >= lo && g.end <= hi;
    });
    const after = d.start >= f.end;
    if (between || (after && LATER_EVENT_BETWEEN.test(text.slice(f.end, d.start)))) continue;
    let dist = after ? d.start - f.end : f.start - d.end;
    const possessive = /['’]s$/.test(text.slice(d.start, d.end));
    const onBefore = DATING_WORD_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start));
    if (after && possessive) dist += AWAY_PENALTY;
    if (!after && onBefore) dist += AWAY_PENALTY;
    if (dist < best) {
      best = dist;
      day = d;
    }
  }
  return day;
}

/**
 * A weekday dates a figure of its own clause, or of the whole sentence when it opens the sentence
 * ("On Monday, the talks lasted 90 minutes"); not a figure of another clause ("…the final on Saturday,
 * ending a 31-year wait").
 */
function inClause(text: string, scope: SentenceScope, clause: Span, d: Span): boolean {
  if (d.start >= clause.start && d.end <= clause.end) return true;
  const opening = text.slice(scope.span.start, d.start);
  return d.end <= clause.start && opening.length <= 12 && !/[,;:]/.test(opening);
}

function quoteItems(article: SourceArticle): QuoteItem[] {
  const quotes: QuoteItem[] = [];
  for (const q of article.analysis.quotes) {
    if (q.kind === 'term') continue;
    const w = quoteWords(q.text);
    if (w.length === 0) continue;
    // The second part of a statement split around its attribution joins the first (quoteParts.ts).
    const last = quotes[quotes.length - 1];
    if (last && !last.rest && continuesAcross(article.text, last.quote, q)) {
      last.rest = q;
      last.words = [...last.words, ...w];
      continue;
    }
    quotes.push({ article: article.id, quote: q, words: w });
  }
  return quotes;
}

/**
 * A quote's words, with ELLIPSIS where the writer left words out inside it ("worse off … we will"): an
 * omission marked as such is not a rewording (alignQuotes.ts). One at either end is no gap: it only says
 * the quote starts or stops mid-sentence.
 */
function quoteWords(text: string): string[] {
  const pieces = text.split(/\.{3}|…/).map(words).filter((p) => p.length > 0);
  return pieces.flatMap((p, i) => (i === 0 ? p : [ELLIPSIS, ...p]));
}

function intervalOf(f: Figure): Interval | null {
  if (f.interval) return f.interval;
  return typeof f.value === 'number' ? { lo: f.value, hi: f.value } : null;
}

function insideQuote(a: SourceArticle, span: Span): boolean {
  return a.analysis.quotes.some((q) => q.kind !== 'term' && q.inner.start <= span.start && span.end <= q.inner.end);
}
