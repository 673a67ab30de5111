// Story grouping: which articles report the same story. Two articles are similar when they share
// features that few other articles of the workspace have (cosine of rarity-weighted feature vectors,
// storyIndex.ts) and were written close in time (each article's own time frame); candidate pairs come
// from the inverted index of the rarer features. Stories are formed by average linkage (linkage.ts): an
// article joins a story when it is close to the story as a whole. Each link says which shared features
// weigh most in it, so a user can see why two articles are one story.

import { dayNumber, fromDayNumber } from '../util/calendar';
import { averageLinkage, strongParts, type ScoredPair } from './linkage';
import { MONTH_SPREAD, spellingKey, type ArticleTime } from './storyFeatures';
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

/** Groups the indexed articles into stories, from scratch. */
export function groupStories(index: StoryIndex, threshold: number): Grouping {
  return new StoryGrouper().group(index, threshold, true);
}

/**
 * Story grouping kept between calls, for a workspace that changes an article at a time. Between two
 * groupings where no article was added or removed, only the articles whose weighted features changed
 * (the edited ones, and those sharing a feature whose rarity the edit changed: StoryIndex.takeChanges)
 * are weighed, proposed and scored again; every other pair keeps its score, since nothing it depends on
 * changed. Average linkage then runs again only over the connected parts of the pair graph that hold a
 * changed article, and stories none of whose members changed keep their label and links. The result is the same as grouping from scratch (a test edits at
 * random and compares).
 */
export class StoryGrouper {
  private vectors = new Map<string, WeightedArticle>();
  /** id → its most telling features (the pairs it proposes), and feature → the ids it is telling for. */
  private telling = new Map<string, number[]>();
  private proposers = new Map<number, Set<string>>();
  /** id → partner id → score, both directions, for every pair that scored high enough to keep. */
  private partners = new Map<string, Map<string, number>>();
  private stories = new Map<string, Story>();
  private threshold: number | undefined;
  /** The last linkage's parts of the pair graph (article → its part's members joined) and each part's groups. */
  private lastPartKey = new Map<string, string>();
  private lastGroups = new Map<string, string[][]>();
  /** The story id of a group the last linkage made (a part nothing changed in keeps its group arrays). */
  private idOfGroup = new WeakMap<string[], string>();

  group(index: StoryIndex, threshold: number, fresh = false): Grouping {
    const changes = fresh ? ({ all: true } as const) : index.takeChanges();
    const changed = changes.all || threshold !== this.threshold ? this.rebuild(index, threshold) : this.refresh(index, changes.ids, threshold);
    this.threshold = threshold;
    const stories = this.link(changed).map((members) => this.story(index, members, changed));
    this.stories = new Map(stories.map((s) => [s.id, s]));
    return { stories };
  }

  /**
   * Average linkage a part of the graph at a time (`strongParts`: the same groups as over the whole
   * graph): a part with no changed article that is the same part as last time keeps its groups, so an
   * edit links again only the few articles near it. After an edit (`changed`, the same articles as last
   * time) only the parts the edit can touch are found again: only pairs with a changed article scored
   * anew, so every other part of the last linkage, holding no changed article and none of their strong
   * partners, is still a part with the same pairs. Groups sorted by their first id.
   */
  private link(changed: Set<string> | null): string[][] {
    if (changed === null || this.lastPartKey.size !== this.vectors.size) return this.linkAll(changed);
    const threshold = this.threshold!;
    const touched = new Set<string>();
    for (const id of changed) {
      touched.add(this.lastPartKey.get(id)!);
      for (const [b, score] of this.partners.get(id)!) if (score >= threshold) touched.add(this.lastPartKey.get(b)!);
    }
    const ids = [...touched].flatMap((key) => key.split('\u0000'));
    const order = ids.map((id) => this.vectors.get(id)!).sort((a, b) => a.index - b.index);
    const among = new Set(ids);
    const pairs: ScoredPair[] = [];
    for (const a of order) for (const [b, score] of this.laterPartners(a, among)) pairs.push({ a: a.id, b, score });
    for (const key of touched) this.lastGroups.delete(key);
    for (const part of strongParts(order.map((v) => v.id), pairs, threshold)) {
      const key = part.ids.join('\u0000');
      for (const id of part.ids) this.lastPartKey.set(id, key);
      this.lastGroups.set(key, averageLinkage(part.ids, part.pairs, threshold));
    }
    return [...this.lastGroups.values()].flat().sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
  }

  /** Links every part of the graph (from scratch, or after articles came or went). */
  private linkAll(changed: Set<string> | null): string[][] {
    const order = [...this.vectors.values()].sort((a, b) => a.index - b.index);
    const threshold = this.threshold!;
    const out: string[][] = [];
    const partKey = new Map<string, string>();
    const groupsOf = new Map<string, string[][]>();
    for (const part of strongParts(order.map((v) => v.id), this.pairList(order), threshold)) {
      const key = part.ids.join('\u0000');
      for (const id of part.ids) partKey.set(id, key);
      const same = changed !== null && !part.ids.some((id) => changed.has(id)) && this.lastPartKey.get(part.ids[0]!) === key;
      const groups = (same ? this.lastGroups.get(key) : undefined) ?? averageLinkage(part.ids, part.pairs, threshold);
      groupsOf.set(key, groups);
      out.push(...groups);
    }
    this.lastPartKey = partKey;
    this.lastGroups = groupsOf;
    return out.sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
  }

  /**
   * Takes as its own a grouping made earlier from what the index holds now (the same articles, build and
   * options: the caller vouches), working out only the pair scores the next incremental grouping starts
   * from, not the stories again.
   */
  adopt(index: StoryIndex, threshold: number, grouping: Grouping): void {
    index.takeChanges();
    this.rebuild(index, threshold);
    this.threshold = threshold;
    this.stories = new Map(grouping.stories.map((s) => [s.id, s]));
  }

  /** Everything from scratch; every article counts as changed. */
  private rebuild(index: StoryIndex, threshold: number): null {
    this.vectors = new Map(index.weighted().map((w) => [w.id, w]));
    this.telling = new Map();
    this.proposers = new Map();
    for (const w of this.vectors.values()) this.setTelling(w.id, index.telling(w));
    this.partners = new Map([...this.vectors.keys()].map((id) => [id, new Map()]));
    const scored = new Set<number>();
    for (const w of this.vectors.values()) for (const other of index.candidatesOf(w)) this.score(w.id, other, threshold, scored);
    return null;
  }

  /** Weighs and scores again only the changed articles; returns them. */
  private refresh(index: StoryIndex, changed: Set<string>, threshold: number): Set<string> {
    for (const id of changed) {
      const w = index.weigh(id, this.vectors.get(id)!.index);
      this.vectors.set(id, w);
      for (const fid of this.telling.get(id) ?? []) this.proposers.get(fid)?.delete(id);
      this.setTelling(id, index.telling(w));
      for (const other of this.partners.get(id)!.keys()) this.partners.get(other)!.delete(id);
      this.partners.set(id, new Map());
    }
    const scored = new Set<number>();
    for (const id of changed) {
      const w = this.vectors.get(id)!;
      // The pairs it proposes, and those proposed to it by unchanged articles through their telling features.
      for (const other of index.candidatesOf(w)) this.score(id, other, threshold, scored);
      for (const fid of w.fids) for (const other of this.proposers.get(fid) ?? []) if (!changed.has(other)) this.score(other, id, threshold, scored);
    }
    return changed;
  }

  private setTelling(id: string, fids: number[]): void {
    this.telling.set(id, fids);
    for (const fid of fids) {
      let ids = this.proposers.get(fid);
      if (!ids) this.proposers.set(fid, (ids = new Set()));
      ids.add(id);
    }
  }

  /** Scores a candidate pair once, keeping it when it scores high enough to matter. */
  private score(a: string, b: string, threshold: number, scored: Set<number>): void {
    const x = this.vectors.get(a)!;
    const y = this.vectors.get(b)!;
    const key = Math.min(x.index, y.index) * this.vectors.size + Math.max(x.index, y.index);
    if (scored.has(key)) return;
    scored.add(key);
    const score = pairScore(x, y);
    if (score < threshold * KEEP_SHARE) return;
    this.partners.get(a)!.set(b, score);
    this.partners.get(b)!.set(a, score);
  }

  /** Every pair the last grouping kept with its score (each once, in the order of the articles' ids). */
  pairs(): ScoredPair[] {
    return this.pairList([...this.vectors.values()].sort((a, b) => a.index - b.index));
  }

  private pairList(order: WeightedArticle[]): ScoredPair[] {
    const out: ScoredPair[] = [];
    for (const a of order) {
      for (const [b, score] of this.laterPartners(a)) out.push({ a: a.id, b, score });
    }
    return out;
  }

  /** An article's kept partners after it in id order (within `among`, when given), in that order. */
  private laterPartners(a: WeightedArticle, among?: Set<string>): Array<[string, number]> {
    const index = (id: string): number => this.vectors.get(id)!.index;
    const later = [...this.partners.get(a.id)!].filter(([b]) => index(b) > a.index && (!among || among.has(b)));
    return later.sort((p, q) => index(p[0]) - index(q[0]));
  }

  /** A story of these members: the one made last time when none of them changed, else built anew. */
  private story(index: StoryIndex, members: string[], changed: Set<string> | null): Story {
    let id = this.idOfGroup.get(members);
    if (id === undefined) this.idOfGroup.set(members, (id = storyId(members)));
    const before = this.stories.get(id);
    if (before && changed && !members.some((m) => changed.has(m))) {
      // The same story as before: the same object when its members come in the same order, so whatever
      // was worked out for it (its finished findings) is kept with it.
      return sameOrder(before.articles, members) ? before : { ...before, articles: members };
    }
    const vectors = members.map((m) => this.vectors.get(m)!);
    const links: StoryLink[] = [];
    const inStory = new Set(members);
    for (const a of [...vectors].sort((p, q) => p.index - q.index)) {
      for (const [b, score] of this.laterPartners(a, inStory)) {
        const shared = sharedFeatures(index, a, this.vectors.get(b)!);
        links.push({ a: a.id, b, score: round(score), shared: shared.map((x) => x.feature), labels: shared.map((x) => x.label) });
      }
    }
    return { id, label: storyLabel(index, vectors), articles: members, links };
  }
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
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
  // One name spelled two ways ("Voronov", "Voronoff") is named once, in its best-scored spelling.
  const seen = new Set<string>();
  const top: Array<[string, number]> = [];
  for (const entry of [...score].sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0]))) {
    const key = spellingKey(entry[0]);
    if (seen.has(key)) continue;
    seen.add(key);
    top.push(entry);
    if (top.length === 3) break;
  }
  return top.map(([k]) => members.find((m) => m.features.labels.has(k))!.features.labels.get(k)!).join(' · ');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
