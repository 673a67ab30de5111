// Sentence alignment of two articles, for reading them side by side: sentences that say the same thing
// face each other, in order, even when one report paraphrases the other; a sentence with no counterpart
// faces a gap, and a sentence that the other report splits in two faces both halves.
//
// Similarity is a weighted overlap of what the sentences are about. Words are lower-cased and stemmed
// and function words dropped; numbers (digits or number words) weigh most, then names and weekdays,
// then other content words; a word that occurs in many sentences of the two texts (the story's main
// names) weighs less than one that occurs in few, so two sentences meet on what is particular to them.

import { NUMBER_WORDS } from '../lexicon/units';
import { STOP_WORDS } from '../lexicon/stopwords';
import { parseNumberWords } from '../numbers';
import type { Span } from '../types';
import { WEEKDAY_NAMES } from '../util/calendar';
import { alignGroups, type AlignedGroup, type GroupSimilarity } from '../util/sequence';
import { stem } from './text';

/** One sentence of an article: its text and where it stands. */
export interface SentenceText {
  text: string;
  span: Span;
}

/** One row of the aligned texts: the sentences of each side (none, one, or two in a row). */
export interface SentencePair<T> {
  left: T[];
  right: T[];
  /** How alike the two sides are (0..1); 0 when one side is empty. */
  similarity: number;
  /**
   * For a sentence with no counterpart in its place: the row where the most similar sentence of the
   * other side stands, when one is similar enough (the other report moved it).
   */
  moved?: number;
}

/** The weighted share of content two sentences (or a sentence and a pair) must have in common to face each other. */
export const SENTENCE_MATCH_MIN = 0.2;

/** How alike a sentence and one elsewhere in the other text must be to say the other report moved it. */
export const SENTENCE_MOVED_MIN = 0.3;

/** Above this many sentence pairs (n × m) only the first sentences are aligned, so a huge text cannot stall. */
export const SENTENCE_PAIR_LIMIT = 250_000;

const WEIGHT = { number: 3, name: 2, word: 1 } as const;
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** A word of a sentence as the similarity sees it: its key and how much it weighs before rarity. */
type Features = Map<string, number>;

/** A token's key and weight, or undefined when it says nothing about what the sentence is about. */
function feature(token: string): [string, number] | undefined {
  if (/^\d/.test(token)) return [`#${token.replace(/,/g, '')}`, WEIGHT.number];
  const lower = token.toLowerCase().replace(/[’']s$/, '');
  if (NUMBER_WORDS.has(lower)) {
    const n = parseNumberWords(lower);
    return n === null ? undefined : [`#${n}`, WEIGHT.number];
  }
  if (WEEKDAYS.has(lower)) return [lower, WEIGHT.name];
  if (STOP_WORDS.has(lower) || lower.length < 3) return undefined;
  const capital = token[0] !== token[0]!.toLowerCase();
  return capital ? [lower, WEIGHT.name] : [stem(lower), WEIGHT.word];
}

/** The features of a text with their weights (a feature written twice counts once). */
export function sentenceFeatures(text: string): Features {
  const out: Features = new Map();
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*/gu)) {
    const f = feature(m[0]);
    if (f && (out.get(f[0]) ?? 0) < f[1]) out.set(f[0], f[1]);
  }
  return out;
}

/** Weighs every feature by its rarity across all the sentences given (inverse document frequency). */
function withRarity(all: Features[]): Features[] {
  const df = new Map<string, number>();
  for (const f of all) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = all.length;
  return all.map((f) => {
    const out: Features = new Map();
    for (const [k, w] of f) out.set(k, w * Math.log(1 + n / (df.get(k) ?? 1)));
    return out;
  });
}

function total(f: Features): number {
  let s = 0;
  for (const w of f.values()) s += w;
  return s;
}

/** Weighted Dice coefficient: the weight two feature sets share over their total weight (0..1). */
export function featureSimilarity(a: Features, b: Features): number {
  const sum = total(a) + total(b);
  if (sum === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, w] of small) {
    const other = large.get(k);
    if (other !== undefined) shared += w + other;
  }
  return shared / sum;
}

/** Two sentences' features together: each feature with the larger of its weights. */
function union(a: Features, b: Features): Features {
  const out = new Map(a);
  for (const [k, w] of b) if ((out.get(k) ?? 0) < w) out.set(k, w);
  return out;
}

/** How alike two sentences are (0..1), weighing numbers, names and content words; for tests and tools. */
export function sentenceSimilarity(a: string, b: string): number {
  const [fa, fb] = withRarity([sentenceFeatures(a), sentenceFeatures(b)]);
  return featureSimilarity(fa!, fb!);
}

/**
 * The two lists of sentences aligned so that rewrites of one sentence face each other: the
 * order-preserving grouping with the most content in common, where a sentence may face two consecutive
 * sentences of the other side. Every sentence appears once, in order.
 */
export function alignSentences<T extends SentenceText>(left: readonly T[], right: readonly T[]): Array<SentencePair<T>> {
  // A huge text: align as many leading sentences as the bound allows; the rest follow unpaired.
  let n = left.length;
  let m = right.length;
  while (n * m > SENTENCE_PAIR_LIMIT) {
    if (n >= m) n = Math.max(1, Math.floor(n / 2));
    else m = Math.max(1, Math.floor(m / 2));
  }
  const features = withRarity([...left.slice(0, n), ...right.slice(0, m)].map((s) => sentenceFeatures(s.text)));
  const lf = features.slice(0, n);
  const rf = features.slice(n);
  const sim = {
    one: (i: number, j: number) => featureSimilarity(lf[i]!, rf[j]!),
    twoLeft: (i: number, j: number) => featureSimilarity(union(lf[i]!, lf[i + 1]!), rf[j]!),
    twoRight: (i: number, j: number) => featureSimilarity(lf[i]!, union(rf[j]!, rf[j + 1]!)),
  };
  const groups = alignGroups(n, m, sim, SENTENCE_MATCH_MIN);
  const moved = movedRows(groups, lf, rf);
  const rows: Array<SentencePair<T>> = groups.map((g, k) => {
    const row: SentencePair<T> = { left: g.left.map((i) => left[i]!), right: g.right.map((j) => right[j]!), similarity: groupSimilarity(g, sim) };
    const to = moved.get(k);
    if (to !== undefined) row.moved = to;
    return row;
  });
  for (const s of left.slice(n)) rows.push({ left: [s], right: [], similarity: 0 });
  for (const s of right.slice(m)) rows.push({ left: [], right: [s], similarity: 0 });
  return rows;
}

function groupSimilarity(g: AlignedGroup, sim: GroupSimilarity): number {
  const [i, j] = [g.left[0], g.right[0]];
  if (i === undefined || j === undefined) return 0;
  if (g.left.length === 2) return sim.twoLeft(i, j);
  return g.right.length === 2 ? sim.twoRight(i, j) : sim.one(i, j);
}

/**
 * For each one-sided row, the row of the most similar sentence of the other side, when it is similar
 * enough: the other report has the sentence, but elsewhere.
 */
function movedRows(groups: readonly AlignedGroup[], lf: readonly Features[], rf: readonly Features[]): Map<number, number> {
  const leftRow: number[] = [];
  const rightRow: number[] = [];
  groups.forEach((g, k) => {
    for (const i of g.left) leftRow[i] = k;
    for (const j of g.right) rightRow[j] = k;
  });
  const out = new Map<number, number>();
  groups.forEach((g, k) => {
    if (g.left.length && g.right.length) return;
    const [mine, others, otherRow] = g.left.length ? [lf[g.left[0]!]!, rf, rightRow] : [rf[g.right[0]!]!, lf, leftRow];
    let best = SENTENCE_MOVED_MIN;
    others.forEach((f, i) => {
      const v = featureSimilarity(mine, f);
      if (v >= best) {
        best = v;
        out.set(k, otherRow[i]!);
      }
    });
  });
  return out;
}
