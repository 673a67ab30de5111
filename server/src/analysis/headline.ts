// Which line of an article is its headline. Feeds and pasted pages often open with a note ("This
// article was originally published in …"), a byline or a timestamp, and many articles have no
// headline at all and start with their first paragraph. The headline is the first line, after such
// furniture, that reads as one: short, a single sentence or phrase, followed by more text.

import { NOTE_LABELS, NOTE_OPENERS, NOTE_PHRASES } from './lexicon/pageNotes';
import type { Span } from './types';

/** How many leading lines may be furniture before the article is taken to have no headline. */
const MAX_LEADING_NOTES = 4;
/** A headline has at most this many words (a lead paragraph has more), and at most this many characters. */
const MAX_WORDS = 22;
const MAX_CHARS = 220;
/** A line ending in a full stop is a headline only when it is this short (wire headlines end in one). */
const MAX_WORDS_WITH_STOP = 14;

function wordsOf(line: string): string[] {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A note, a byline, a credit or a timestamp rather than text of the article. */
export function isPageNote(line: string): boolean {
  const lower = line.toLowerCase().replace(/[’‘]/g, "'");
  if (lower.includes('©')) return true;
  for (const p of NOTE_PHRASES) if (lower.includes(p)) return true;
  const words = wordsOf(lower).map((w) => w.replace(/[^\p{L}\p{N}']/gu, ''));
  if (words.length <= 12) {
    for (const opener of NOTE_OPENERS) {
      if (opener.split(' ').every((w, k) => words[k] === w)) return true;
    }
  }
  const label = /^\s*(\p{L}+)\s*:/u.exec(lower);
  if (label && NOTE_LABELS.has(label[1]!)) return true;
  // A byline: "By Anna Berg", "By The Associated Press" (not "By the numbers …").
  if (words.length <= 8 && /^\s*by\s+\p{Lu}/iu.test(line) && /^\s*\S+\s+\p{Lu}/u.test(line)) return true;
  // A dateline or a timestamp alone: a few words, no lower-case letter, a year or a clock time.
  return words.length <= 6 && !/\p{Ll}/u.test(line) && /\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b/.test(line);
}

/** A line that reads as a headline: short, one sentence or phrase, not ending like a lead-in. */
export function readsAsHeadline(line: string): boolean {
  const t = line.trim();
  const words = wordsOf(t);
  if (words.length < 2 || words.length > MAX_WORDS || t.length > MAX_CHARS) return false;
  if (/[:;,]$/.test(t)) return false;
  if (twoSentences(t)) return false;
  return !(/\.["”’)]?$/.test(t) && words.length > MAX_WORDS_WITH_STOP);
}

/**
 * Two sentences make a paragraph: a full stop, question or exclamation mark, then a capital; a full
 * stop after an initial or an abbreviation of initials ("U.S. Open", "S. Korea") does not end one.
 */
function twoSentences(t: string): boolean {
  for (const m of t.matchAll(/([.!?])["”’)]?\s+["“‘(]?\p{Lu}/gu)) {
    if (m[1] !== '.') return true;
    const before = t.slice(0, m.index + 1);
    const word = before.slice(before.lastIndexOf(' ') + 1);
    if (!/^(?:\p{L}\.)+$/u.test(word)) return true;
  }
  return false;
}

/** The headline's span, or undefined when the article opens with its body (or is one line long). */
export function findHeadline(text: string, paragraphs: readonly Span[]): Span | undefined {
  const limit = Math.min(paragraphs.length - 1, MAX_LEADING_NOTES + 1);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i]!;
    const line = text.slice(p.start, p.end);
    if (isPageNote(line)) continue;
    return readsAsHeadline(line) ? p : undefined;
  }
  return undefined;
}
