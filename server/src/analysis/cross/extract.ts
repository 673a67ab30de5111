// Per-article fact extraction (cached by the engine): every figure and date with its context (content
// words of the part of its sentence nearest to it, the counted noun, the day it is about, a rate such
// as "a day", event verbs), and every quote with its normalised words.

import { COUNT_SYNONYMS, EVENT_CLASSES, RATE_AFTER_FIGURE, RATE_SYNONYMS } from '../lexicon/events';
import { ANAPHORIC_OPENING } from '../lexicon/stopwords';
import { DATING_WORD_BEFORE } from '../lexicon/timeCues';
import type { ArticleAnalysis, Figure, Interval, Span } from '../types';
import type { ArticleFacts, DateItem, FigureItem, QuoteItem } from './factTypes';
import { contentStems, sentenceAt, stem, weekdaysIn, words, writtenWeekday, type WeekdayMention } from './text';
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
}

export function extractArticleFacts(article: SourceArticle): ArticleFacts {
  const a = article.analysis;
  const figures: FigureItem[] = [];
  const dates: DateItem[] = [];
  for (const [si, idxs] of figuresBySentence(a)) {
    const scope = sentenceScope(article, si, idxs);
    scope.sorted.forEach((i, k) => {
      const f = a.figures[i]!;
      if (f.kind === 'ordinal') return;
      const near = nearText(article, scope, k);
      if (f.kind === 'date' || f.kind === 'year') dates.push(dateItem(article, f, near, scope.text));
      else figures.push(figureItem(article, i, near, scope));
    });
  }
  return { article, figures, dates, quotes: quoteItems(article) };
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
  return { span, text, sorted, days, prevDay: days.length > 0 ? undefined : anaphoricDay(article, si, text) };
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

function dateItem(article: SourceArticle, f: Figure, near: string, sentence: string): DateItem {
  const iso = typeof f.value === 'string' ? f.value : undefined;
  const precision = f.precision ?? (iso && ISO_DAY.test(iso) ? 'day' : iso && ISO_MONTH.test(iso) ? 'month' : 'year');
  const ctx = new Set(contentStems(near));
  return {
    article: article.id,
    figure: f,
    iso: iso && ISO_DAY.test(iso) ? iso : undefined,
    weekday: f.weekday?.toLowerCase() ?? writtenWeekday(f.text),
    precision,
    explicitYear: f.kind === 'year' || /\b\d{4}\b/.test(f.text),
    monthDayWritten: /\d/.test(f.text.replace(/\b\d{4}\b/, '')),
    possessive: /^['’]s\b/.test(article.text.slice(f.end, f.end + 3)) || /['’]s$/.test(f.text),
    context: ctx,
    events: eventsOf(ctx),
    sentence,
    surface: surfaceWords(near),
  };
}

function figureItem(article: SourceArticle, i: number, near: string, scope: SentenceScope): FigureItem {
  const { text } = article;
  const f = article.analysis.figures[i]!;
  const stems = contentStems(near);
  const rate = RATE_AFTER_FIGURE.exec(text.slice(f.end, f.end + 30))?.[1]?.toLowerCase();
  return {
    article: article.id,
    index: i,
    figure: f,
    interval: intervalOf(f),
    counts: countsKey(f.counts),
    day: nearestWeekday(article, scope, i) ?? scope.prevDay,
    rate: rate === undefined ? undefined : (RATE_SYNONYMS.get(rate) ?? rate),
    events: eventsOf(stems),
    context: new Set(stems),
    qualifier: /^\s+([A-Z][a-z]+)\s+[a-z]/.exec(text.slice(f.end, f.end + 40))?.[1]?.toLowerCase(),
    inQuote: insideQuote(article, f),
    surface: surfaceWords(near),
  };
}

/**
 * The weekday of the sentence nearest figure i with no other figure in between: "on Sunday" looks back
 * to what it dates, "Sunday's" forward.
 */
function nearestWeekday(article: SourceArticle, scope: SentenceScope, i: number): string | undefined {
  const { text } = article;
  const figs = article.analysis.figures;
  const f = figs[i]!;
  let day: string | undefined;
  let best = Infinity;
  for (const d of scope.days) {
    const lo = Math.min(d.end, f.end);
    const hi = Math.max(d.start, f.start);
    const between = scope.sorted.some((j) => {
      if (j === i) return false;
      const g = figs[j]!;
      return g.kind !== 'date' && g.start >= lo && g.end <= hi;
    });
    if (between) continue;
    const after = d.start >= f.end;
    let dist = after ? d.start - f.end : f.start - d.end;
    const possessive = /['’]s$/.test(text.slice(d.start, d.end));
    const onBefore = DATING_WORD_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start));
    if (after && possessive) dist += AWAY_PENALTY;
    if (!after && onBefore) dist += AWAY_PENALTY;
    if (dist < best) {
      best = dist;
      day = d.day;
    }
  }
  return day;
}

function quoteItems(article: SourceArticle): QuoteItem[] {
  const quotes: QuoteItem[] = [];
  for (const q of article.analysis.quotes) {
    if (q.kind === 'term') continue;
    const w = words(q.text);
    if (w.length === 0) continue;
    quotes.push({ article: article.id, quote: q, words: w });
  }
  return quotes;
}

function countsKey(c: string | undefined): string | undefined {
  if (!c) return undefined;
  const s = stem(c.toLowerCase());
  return COUNT_SYNONYMS.get(s) ?? s;
}

function intervalOf(f: Figure): Interval | null {
  if (f.interval) return f.interval;
  return typeof f.value === 'number' ? { lo: f.value, hi: f.value } : null;
}

function insideQuote(a: SourceArticle, span: Span): boolean {
  return a.analysis.quotes.some((q) => q.kind !== 'term' && q.inner.start <= span.start && span.end <= q.inner.end);
}

/** The event classes of a context's stems (a stem may carry a final "e" the table lacks). */
function eventsOf(stems: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const s of stems) {
    const e = EVENT_CLASSES.get(s) ?? EVENT_CLASSES.get(s.replace(/e$/, ''));
    if (e) out.add(e);
  }
  return out;
}

/** The first written form of each content stem in a text (labels show words, not stems). */
function surfaceWords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of words(text)) {
    if (w.length <= 2 || /^[\d.,]+$/.test(w)) continue;
    const st = stem(w);
    if (!out.has(st)) out.set(st, w);
  }
  return out;
}
