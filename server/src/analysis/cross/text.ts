// Small text helpers for the cross-source engine: words, crude stems, sentence context, weekdays.

import { STOP_WORDS } from '../lexicon/stopwords';
import type { ArticleAnalysis, Sentence, Span } from '../types';
import { WEEKDAY_NAMES, weekdayDisplay } from '../util/calendar';
import { indexContaining } from '../util/search';

/** A weekday name as written ("Sunday"), possibly possessive ("Monday's"); group 1 is the name. */
const WEEKDAY_WRITTEN = new RegExp(`\\b(${WEEKDAY_NAMES.map(weekdayDisplay).join('|')})(?:['’]s)?\\b`, 'g');
/** A weekday name in any case; group 1 is the name. */
const WEEKDAY_ANY_CASE = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, 'i');

/** Lower-cased word tokens of a text, apostrophes folded, possessives dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘`´]/g, "'").matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)) {
    out.push(m[0].endsWith("'s") ? m[0].slice(0, -2) : m[0]);
  }
  return out;
}

/** A crude stem so "strikers"/"striker", "walked"/"walk", "talks"/"talk" meet. */
export function stem(w: string): string {
  let s = w;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us')) s = s.slice(0, -1);
  return s;
}

/** Content stems of a text: no stop words, no numbers. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w) && !/^[\d.,]+$/.test(w) && w.length > 2)
    .map(stem);
}

/** The sentence that contains an offset, with its index. */
export function sentenceAt(a: ArticleAnalysis, offset: number): { index: number; sentence: Sentence } | undefined {
  const index = indexContaining(a.sentences, offset);
  return index >= 0 ? { index, sentence: a.sentences[index]! } : undefined;
}

export interface WeekdayMention extends Span {
  day: string;
}

/** Weekday names written in a span of text ("Sunday", "Monday's"). */
export function weekdaysIn(text: string, span: Span): WeekdayMention[] {
  const out: WeekdayMention[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(WEEKDAY_WRITTEN)) {
    out.push({ day: m[1]!.toLowerCase(), start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return out;
}

/** The first weekday named in a text, lower-case ("Monday, 9 March" → "monday"). */
export function writtenWeekday(text: string): string | undefined {
  return WEEKDAY_ANY_CASE.exec(text)?.[1]?.toLowerCase();
}

/** Overlap coefficient of two sets: |A ∩ B| / min(|A|, |B|). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; coef: number } {
  if (a.size === 0 || b.size === 0) return { shared: 0, coef: 0 };
  let shared = 0;
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of s) if (l.has(x)) shared++;
  return { shared, coef: shared / s.size };
}

export function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An aside inside a sentence: between brackets, or between two dashes ("a former premier -- ousted in 1991 -- as ..."). */
const ASIDE = /\([^()]*\)|(?:\s--\s|—|\s–\s).*?(?:\s--\s|—|\s–\s)/g;

/**
 * The part of a sentence that speaks of the words at `at` (an offset into it): the aside holding them, or
 * else the sentence with its asides blanked out. A cue of the main clause ("conducted earlier this
 * month") says nothing of a date inside an aside ("-- ousted in a coup in February 1991 --"), nor the
 * other way round.
 */
export function ownPart(sentence: string, at: number): string {
  let out = sentence;
  for (const m of sentence.matchAll(ASIDE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (at >= start && at < end) return m[0];
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}
