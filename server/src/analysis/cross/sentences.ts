// Sentence alignment of two articles, for reading them side by side: sentences that share enough
// words face each other, in order; a sentence with no counterpart faces a gap.

import type { Span } from '../types';
import { alignSequences } from '../util/sequence';

/** One sentence of an article: its text and where it stands. */
export interface SentenceText {
  text: string;
  span: Span;
}

/** One row of the aligned texts: a sentence of each side, or of one side only. */
export interface SentencePair<T> {
  left?: T;
  right?: T;
}

/** The share of words (Jaccard) two sentences must have in common to face each other. */
export const SENTENCE_MATCH_MIN = 0.3;

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * The two lists of sentences aligned so that rewrites of one sentence face each other: the
 * order-preserving pairing with the most words in common. Every sentence appears once, in order.
 */
export function alignSentences<T extends SentenceText>(left: readonly T[], right: readonly T[]): Array<SentencePair<T>> {
  const lw = left.map((s) => wordSet(s.text));
  const rw = right.map((s) => wordSet(s.text));
  return alignSequences(left.length, right.length, (i, j) => jaccard(lw[i]!, rw[j]!), SENTENCE_MATCH_MIN).map(([i, j]) => {
    const pair: SentencePair<T> = {};
    if (i !== undefined) pair.left = left[i]!;
    if (j !== undefined) pair.right = right[j]!;
    return pair;
  });
}
