// Quote alignment: which quotes of different articles are the same statement (the same words, one
// containing the other, or a rewording), who they are credited to, and the words that differ.

import { NEGATION_WORDS, SPEAKER_PRONOUNS } from '../lexicon/speech';
import { STOP_WORDS } from '../lexicon/stopwords';
import { pairMemoised } from '../util/memo';
import { editDistance, lcs } from '../util/sequence';
import { clusterItems, dedupeIds, clusterStatus, factValue, type Edge } from './cluster';
import { lastName } from './factDisplay';
import { ELLIPSIS, type Misattributed, type QuoteFact, type QuoteItem } from './factTypes';
import { crossOf, foldName } from './resolve';
import { itemSpan, itemText } from './quoteParts';
import { stem } from './text';
import type { CrossEntity } from './types';

function contains(hay: string[], needle: string[]): boolean {
  return needle.length > 0 && indexOfRun(hay, needle, 0) >= 0;
}

/** Each word list's trigrams, worked out once: a story compares every quote with every other. */
const trigramMemo = new WeakMap<readonly string[], Set<string>>();

function trigrams(w: readonly string[]): Set<string> {
  let s = trigramMemo.get(w);
  if (s) return s;
  s = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) s.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  trigramMemo.set(w, s);
  return s;
}

export type QuoteRelation = 'same' | 'variant' | 'none';

/**
 * Whether two wordings, at least one with omission marks, can be one statement with words left out where
 * the marks are: every word of one is matched in order by the same word of the other or falls in one of
 * the other's gaps ("worse off … we will strike" and "this far … and we will strike" both fit
 * "… this far to sign a deal that leaves us worse off, and we will strike"). A wording with marks is an
 * excerpt, so it may also start and stop inside the other. A dynamic programme over the two word lists;
 * `fits[i][j]`: a[i..] and b[j..] can be aligned.
 */
function elidedAlike(wa: string[], wb: string[]): boolean {
  if (!wa.includes(ELLIPSIS) && !wb.includes(ELLIPSIS)) return false;
  const real = (w: string[]) => w.filter((x) => x !== ELLIPSIS).length;
  if (Math.min(real(wa), real(wb)) < 3) return false;
  const excerpt = (w: string[]) => (w.includes(ELLIPSIS) ? [ELLIPSIS, ...w, ELLIPSIS] : w);
  const a = excerpt(wa);
  const b = excerpt(wb);
  const fits: boolean[][] = Array.from({ length: a.length + 1 }, () => new Array<boolean>(b.length + 1).fill(false));
  for (let i = a.length; i >= 0; i--) {
    for (let j = b.length; j >= 0; j--) {
      if (i === a.length && j === b.length) fits[i]![j] = true;
      else if (i < a.length && a[i] === ELLIPSIS) fits[i]![j] = fits[i + 1]![j]! || (j < b.length && fits[i]![j + 1]!);
      else if (j < b.length && b[j] === ELLIPSIS) fits[i]![j] = fits[i]![j + 1]! || (i < a.length && fits[i + 1]![j]!);
      else fits[i]![j] = i < a.length && j < b.length && a[i] === b[j] && fits[i + 1]![j + 1]!;
    }
  }
  return fits[0]![0]!;
}

function indexOfRun(hay: string[], needle: string[], from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Are two quotes the same statement? 'same' when the words match, one contains the other, or one is the
 * other with words left out where it marks an omission ("…").
 */
export function quoteRelation(a: string[], b: string[]): QuoteRelation {
  if (a.join(' ') === b.join(' ')) return 'same';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && contains(long, short)) return 'same';
  if (elidedAlike(a, b)) return 'same';
  if (short.length < 5) return 'none';
  // The shared trigrams first: most pairs of a story's quotes share none, and then the common
  // subsequence (quadratic) need not be worked out.
  const ta = trigrams(a);
  let sharedTri = 0;
  for (const t of trigrams(b)) if (ta.has(t)) sharedTri++;
  if (sharedTri < 2) return 'none';
  const l = lcs(a, b).length;
  if (l >= 4 && l / short.length >= 0.5) return 'variant';
  return 'none';
}

/** The most of a short quote's words a rewording may change, as a share of the longer wording. */
const REWORDED_KEPT = 0.6;

/**
 * A short line reworded by one source, credited to the same person ("Patience did what force could not" /
 * "Patience achieved what force never could"): too short to share word triples, but most words stand in
 * the same order and every content word of the one with fewer is in the other. Only for one speaker:
 * other people's words that look alike are never joined this way. Two different lines of one speaker
 * ("We will rebuild the bridge by spring" / "We will not rebuild the old bridge") keep too few words in
 * order, or a content word the other lacks.
 */
export function rewordedAlike(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 5 || long.length > 2 * short.length) return false;
  if (contentReworded(a, b)) return true;
  const l = lcs(a, b).length;
  if (l < 4 || l / long.length < REWORDED_KEPT) return false;
  const ca = contentWords(a);
  const cb = contentWords(b);
  const [few, many] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  return few.size >= 2 && [...few].every((x) => many.has(x));
}

function contentWords(w: string[]): Set<string> {
  return new Set(w.filter((x) => x.length >= 3 && !STOP_WORDS.has(x) && x !== ELLIPSIS));
}

/** The fewest content words a line needs before one of them may be reworded and the line still be the same. */
const REWORDED_CONTENT_MIN = 4;

/**
 * A line whose words were moved and one of them swapped for another ("closing our hospitals to balance a
 * spreadsheet" / "shutting our hospitals so that a spreadsheet will balance"): the content words, by their
 * stems, are the other's but for one of four or more, and both say it or both deny it.
 */
function contentReworded(a: string[], b: string[]): boolean {
  const sa = new Set([...contentWords(a)].map(stem));
  const sb = new Set([...contentWords(b)].map(stem));
  const [few, many] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (few.size < REWORDED_CONTENT_MIN || many.size > few.size + 2) return false;
  const missing = [...few].filter((x) => !many.has(x)).length;
  const denies = (w: string[]): boolean => w.some((x) => NEGATION_WORDS.has(x) || x.endsWith("n't"));
  return missing <= 1 && denies(a) === denies(b);
}

/** Two wordings of one cluster (one statement) that differ: a variant, or a short line reworded. */
export function quotesReworded(a: string[], b: string[]): boolean {
  const rel = quoteRelation(a, b);
  return rel === 'variant' || (rel === 'none' && rewordedAlike(a, b));
}

/** Two quotes of one cluster that are not a rewording of each other. */
function quotesAgree(a: QuoteItem, b: QuoteItem): boolean {
  return !quotesReworded(a.words, b.words);
}

/**
 * Two speakers the entity resolution kept apart who are most likely one person spelled two ways
 * ("Marta Lindqvist" / "Marta Lindkvist") or named with a stray title word ("Financial Officer Marta
 * Lindqvist"): the same words credited to both are not a misattribution.
 */
export function likelySamePerson(a: CrossEntity, b: CrossEntity): boolean {
  const wa = foldName(a.name).split(' ');
  const wb = foldName(b.name).split(' ');
  const la = wa[wa.length - 1]!;
  const lb = wb[wb.length - 1]!;
  const shared = wa.slice(0, -1).some((w) => wb.slice(0, -1).includes(w));
  if (la === lb) return shared || wa.length === 1 || wb.length === 1;
  return shared && Math.min(la.length, lb.length) >= 5 && editDistance(la, lb, 2) <= 2;
}

/** How far back (characters) from a quotation the name another source credits it to is looked for. */
const PRONOUN_WINDOW = 600;

/**
 * "…," he said: a speaker read from a pronoun is the article's weakest attribution. When the person another
 * source credits the words to is named before the quotation, nearer to it than the person the pronoun was
 * read as, the article may well mean them: the words are not shown as credited to someone else.
 */
function pronounMayMean(q: QuoteItem, resolved: CrossEntity, other: CrossEntity, texts: ReadonlyMap<string, string>): boolean {
  const att = q.quote.attribution;
  const text = texts.get(q.article);
  if (!att || text === undefined) return false;
  // The speaker phrase is a pronoun alone ("he said", "said she"), not "his lawyer, Lund, said".
  const phrase = text.slice(att.span.start, att.span.end).trim().toLowerCase().split(/\s+/);
  const pronounOnly = phrase.length === 2 && phrase.some((w) => { const g = SPEAKER_PRONOUNS.get(w); return g === 'm' || g === 'f'; });
  if (att.method !== 'pronoun' && !pronounOnly) return false;
  const before = text.slice(Math.max(0, q.quote.start - PRONOUN_WINDOW), q.quote.start).toLowerCase();
  const lastAt = (name: string): number => before.lastIndexOf(lastName(name).toLowerCase());
  const at = lastAt(other.name);
  return at >= 0 && at > lastAt(resolved.name);
}

/** quoteRelation and rewordedAlike of two quotations' words, remembered while both articles stay as they are. */
const wordsRelation = pairMemoised(quoteRelation);
const wordsReworded = pairMemoised(rewordedAlike);

/**
 * Links between quotes of different articles that say the same thing, and the pairs with the same
 * words credited to two different people (those never link).
 */
function quoteEdges(items: QuoteItem[], speakers: Array<CrossEntity | undefined>, texts: ReadonlyMap<string, string>): { edges: Edge[]; misattributed: Misattributed } {
  const edges: Edge[] = [];
  const misattributed: Misattributed = [];
  const pairs: Array<{ i: number; j: number; rel: QuoteRelation }> = [];
  const sameSpeaker = (i: number, j: number): boolean => {
    const sa = speakers[i];
    const sb = speakers[j];
    return !!sa && !!sb && (sa.id === sb.id || likelySamePerson(sa, sb));
  };
  // The quotes another source gives in the same words and credits to the same person. Two such quotes
  // that are only rewordings of each other, each confirmed as its own speaker's words, are two statements
  // ("No one is above the law" and "Nobody is above the law, and nobody is below it"), not one misattributed.
  const echoed = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (items[i]!.article === items[j]!.article) continue;
      let rel = wordsRelation(items[i]!.words, items[j]!.words);
      if (rel === 'none' && sameSpeaker(i, j) && wordsReworded(items[i]!.words, items[j]!.words)) rel = 'variant';
      if (rel === 'none') continue;
      pairs.push({ i, j, rel });
      if (rel === 'same' && sameSpeaker(i, j)) echoed.add(i).add(j);
    }
  }
  for (const { i, j, rel } of pairs) {
    const a = items[i]!;
    const b = items[j]!;
    const sa = speakers[i];
    const sb = speakers[j];
    const pronoun = !!sa && !!sb && (pronounMayMean(a, sa, sb, texts) || pronounMayMean(b, sb, sa, texts));
    if (sa && sb && sa.id !== sb.id && !likelySamePerson(sa, sb) && !pronoun) {
      const reworded = rel === 'variant' && echoed.has(i) && echoed.has(j);
      if (Math.min(a.words.length, b.words.length) >= 5 && !reworded) misattributed.push({ a, b, speakerA: sa, speakerB: sb });
      continue;
    }
    // Unknown speaker on one side: the same words still corroborate, but a variant needs a speaker.
    if ((!sa || !sb) && rel !== 'same') continue;
    edges.push({ i, j, score: rel === 'same' ? 2 : lcs(a.words, b.words).length / Math.min(a.words.length, b.words.length), agree: rel === 'same' });
  }
  return { edges, misattributed };
}

export function alignQuotes(items: QuoteItem[], index: Map<string, CrossEntity>, texts: ReadonlyMap<string, string> = new Map()): { facts: QuoteFact[]; misattributed: Misattributed } {
  const speakerOf = (q: QuoteItem): CrossEntity | undefined => {
    const e = crossOf(index, q.article, q.quote.speakerId);
    return e && e.type === 'person' ? e : undefined;
  };
  const speakers = items.map(speakerOf);
  const { edges, misattributed } = quoteEdges(items, speakers, texts);
  const clusters = clusterItems(items.length, items.map((x) => x.article), edges, () => true);
  const facts: QuoteFact[] = [];
  for (const members of clusters) {
    const its = members.map((m) => items[m]!);
    const sp = members.map((m) => speakers[m]?.id ?? null);
    const speakerEntity = members.map((m) => speakers[m]).find(Boolean);
    const speakerName = speakerEntity ? lastName(speakerEntity.name) : its.find((x) => x.quote.speaker)?.quote.speaker ?? 'unknown speaker';
    const longest = [...its].sort((x, y) => y.words.length - x.words.length)[0]!;
    const shown = itemText(longest).trim().split(/\s+/);
    const label = `${speakerName} — “${shown.slice(0, 6).join(' ').replace(/[,;:]$/, '')}${shown.length > 6 ? ' …' : ''}”`;
    facts.push({
      id: `quote:${speakerEntity?.id ?? 'unknown'}:${longest.words.slice(0, 6).join(' ')}`,
      kind: 'quote',
      label,
      entity: speakerEntity?.id,
      values: its.map((x) => factValue(x.article, itemSpan(x), itemText(x), itemText(x).replace(/\s+/g, ' ').trim())),
      status: clusterStatus(its, quotesAgree),
      items: its,
      speakers: sp,
    });
  }
  return { facts: dedupeIds(facts), misattributed };
}
