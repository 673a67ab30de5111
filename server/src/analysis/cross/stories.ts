// Story grouping: which articles report the same story. Two articles are similar when they share
// features that few other articles of the workspace have (cosine of rarity-weighted feature vectors,
// storyIndex.ts) and were written close in time (each article's own time frame); candidate pairs come
// from the inverted index of the rarer features. Stories are formed by average linkage (linkage.ts): an
// article joins a story when it is close to the story as a whole. Each link says which shared features
// weigh most in it, so a user can see why two articles are one story.

import { dayNumber, fromDayNumber } from '../util/calendar';
import { averageLinkage, type ScoredPair } from './linkage';
import { MONTH_SPREAD, type ArticleTime } from './storyFeatures';
import type { StoryIndex, WeightedArticle } from './storyIndex';
import { cmpStr } from './text';
import type { Story, StoryLink } from './types';

export interface Grouping {
  stories: Story[];
}

/** Days over which closeness in time falls by a factor e, for reports dated by a dateline: reports of one story come within a day or two. */
const TIME_SCALE_DAYS = 2.5;
/** The same for routine tables (results, standings, prices): the next day's table is another story. */
const TABLE_TIME_SCALE_DAYS = 0.3;
/**
 * An article dated only by its other dates (or without a year) is placed less surely: within this many
 * days of another it counts as the same time, and its year is not trusted (a wrong year is a finding,
 * not a reason to split a story).
 */
const WEAK_SLACK_DAYS = 7;
/** Days over which closeness falls by a factor e beyond the slack, for such articles. */
const WEAK_SCALE_DAYS = 30;
/** How much closeness an undated routine table loses: it may be any day's table. */
const UNDATED_TABLE_DOUBT = 0.5;
/** The least time closeness when either article is dated only by its other dates. */
const WEAK_TIME_FLOOR = 0.5;
/** Pairs scoring below this share of the threshold are not kept (they barely move an average). */
const KEEP_SHARE = 0.25;
/** How many shared features a link names. */
const SHARED_SHOWN = 5;

/** The day of a leap year (counted from 0) an article time's month and day fall on. */
function dayOfYear(t: ArticleTime): number | undefined {
  if (t.monthDay !== undefined) {
    const [m, d] = t.monthDay.split('-').map(Number) as [number, number];
    return dayNumber(2000, m, d) - dayNumber(2000, 1, 1);
  }
  if (t.day === undefined || t.spread > MONTH_SPREAD) return undefined;
  const [, m, d] = fromDayNumber(t.day);
  return dayNumber(2000, m, d) - dayNumber(2000, 1, 1);
}

/** Days between the month-days of two article times, around the year; undefined when either has none. */
function monthDaysApart(a: ArticleTime, b: ArticleTime): number | undefined {
  const x = dayOfYear(a);
  const y = dayOfYear(b);
  if (x === undefined || y === undefined) return undefined;
  const d = Math.max(0, Math.abs(x - y) - a.spread - b.spread);
  return Math.min(d, 366 - d);
}

/**
 * How close in time two articles are, 0–1. Both dated by a dateline or publication line: 1 on the same
 * day, falling with every day between them, at once when either is a routine table (`routine`, 0–1).
 * Otherwise by month and day only, with slack, never below WEAK_TIME_FLOOR. When either article gives no
 * date at all: 1 for reports, less for tables.
 */
export function timeCloseness(a: ArticleTime | undefined, b: ArticleTime | undefined, routine = 0): number {
  // An undated report may be of any day; an undated table could as well be another day's table.
  if (!a || !b) return 1 - UNDATED_TABLE_DOUBT * routine;
  if (a.strong && b.strong) {
    const days = a.day !== undefined && b.day !== undefined ? Math.abs(a.day - b.day) : monthDaysApart(a, b);
    if (days !== undefined) return Math.exp(-days / (TIME_SCALE_DAYS + (TABLE_TIME_SCALE_DAYS - TIME_SCALE_DAYS) * routine));
  }
  const days = monthDaysApart(a, b);
  if (days === undefined || days <= WEAK_SLACK_DAYS) return 1;
  return Math.max(WEAK_TIME_FLOOR, Math.exp(-(days - WEAK_SLACK_DAYS) / WEAK_SCALE_DAYS));
}

/** Cosine similarity of two weighted articles (one merge of their sorted feature arrays). */
export function cosine(a: WeightedArticle, b: WeightedArticle): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.fids.length && j < b.fids.length) {
    const x = a.fids[i]!;
    const y = b.fids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/**
 * The similarity that groups two articles: shared rare features, discounted by the time between them.
 * Rounded, so that the order in which features were first seen (which orders the sums) cannot tip a
 * comparison with the threshold.
 */
export function pairScore(a: WeightedArticle, b: WeightedArticle): number {
  const s = cosine(a, b) * timeCloseness(a.features.time, b.features.time, Math.max(a.features.routine, b.features.routine));
  return Math.round(s * 1e9) / 1e9;
}

/** The features that weigh most in the similarity of two articles, strongest first. */
export function sharedFeatures(index: StoryIndex, a: WeightedArticle, b: WeightedArticle, n = SHARED_SHOWN): Array<{ feature: string; label: string }> {
  const out: Array<{ feature: string; weight: number }> = [];
  let i = 0;
  let j = 0;
  while (i < a.fids.length && j < b.fids.length) {
    const x = a.fids[i]!;
    const y = b.fids[j]!;
    if (x === y) out.push({ feature: index.feature(x), weight: a.weights[i++]! * b.weights[j++]! });
    else if (x < y) i++;
    else j++;
  }
  out.sort((x, y) => y.weight - x.weight || cmpStr(x.feature, y.feature));
  return out.slice(0, n).map(({ feature }) => ({ feature, label: a.features.labels.get(feature) ?? b.features.labels.get(feature) ?? feature.slice(2) }));
}

/** Every candidate pair (from the inverted index, in either direction) with its score, when it is high enough to matter. */
function scoredPairs(index: StoryIndex, vectors: WeightedArticle[], threshold: number): ScoredPair[] {
  const partners: number[][] = vectors.map(() => []);
  index.candidates(vectors).forEach((cs, i) => {
    for (const j of cs) partners[Math.min(i, j)]!.push(Math.max(i, j));
  });
  const out: ScoredPair[] = [];
  const keep = threshold * KEEP_SHARE;
  partners.forEach((js, i) => {
    const a = vectors[i]!;
    let last = -1;
    for (const j of js.sort((x, y) => x - y)) {
      if (j === last) continue;
      last = j;
      const b = vectors[j]!;
      const score = pairScore(a, b);
      if (score >= keep) out.push({ a: a.id, b: b.id, score });
    }
  });
  return out;
}

/** Groups the indexed articles into stories. */
export function groupStories(index: StoryIndex, threshold: number): Grouping {
  const list = index.weighted();
  const ids = list.map((v) => v.id);
  const vectors = new Map(list.map((v) => [v.id, v]));
  const pairs = scoredPairs(index, list, threshold);
  const groups = averageLinkage(ids, pairs, threshold);
  const storyOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((id) => storyOf.set(id, i)));
  const links: StoryLink[][] = groups.map(() => []);
  for (const p of pairs) {
    const s = storyOf.get(p.a)!;
    if (s !== storyOf.get(p.b)) continue;
    const shared = sharedFeatures(index, vectors.get(p.a)!, vectors.get(p.b)!);
    links[s]!.push({ a: p.a, b: p.b, score: round(p.score), shared: shared.map((x) => x.feature), labels: shared.map((x) => x.label) });
  }
  const stories = groups.map((members, i) => ({
    id: storyId(members),
    label: storyLabel(index, members.map((m) => vectors.get(m)!)),
    articles: members,
    links: links[i]!,
  }));
  return { stories };
}

export function storyId(members: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of [...members].sort().join('\u0000')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `story-${h.toString(16).padStart(8, '0')}`;
}

/** The names that say most about the story: shared by most of its articles, rare in the workspace, people first. */
function storyLabel(index: StoryIndex, members: WeightedArticle[]): string {
  const score = new Map<string, number>();
  for (const m of members) {
    m.fids.forEach((fid, i) => {
      const k = index.feature(fid);
      const sal = m.features.salience.get(k) ?? 0;
      // Nationalities and other names say little about which story it is; words and figures are no label.
      if (sal > 0) score.set(k, (score.get(k) ?? 0) + m.weights[i]! * Math.log(1 + sal));
    });
  }
  const top = [...score].sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0])).slice(0, 3);
  return top.map(([k]) => members.find((m) => m.features.labels.has(k))!.features.labels.get(k)!).join(' · ');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
