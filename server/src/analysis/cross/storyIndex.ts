// The workspace's index for story grouping: every article's features, how many articles share each
// feature (document frequency) and which ones (an inverted index), kept current as articles are added,
// changed and removed: an edit touches only that article's entries. Rarity weights come from it: a
// feature most articles share ("London", "government") weighs little, a name only two articles share
// weighs a lot; candidate pairs come from the postings of each article's most telling features, never
// from all pairs. Features are interned as numbers and vectors kept sorted, so comparing two articles
// is one merge of two arrays.

import type { StoryFeatures } from './storyFeatures';
import { cmpStr as cmp } from './text';

/**
 * Articles a workspace is assumed to hold besides its own when rarity is judged: in a folder of five
 * reports of one story everything is shared by all, and the names they share must still count. With 20,
 * 23 of 38 invented one-story folders (five to seven outlets each) were split into several stories, 49 of
 * their 214 articles outside the largest; with 150, 16 and 22, while the Reuters feed (946 articles, where
 * the prior hardly matters) groups as before (tuning pairs: precision 0.970, recall 0.516 both ways).
 */
const PRIOR_ARTICLES = 150;
/** How many of an article's most telling features propose the articles it is compared with. */
const CANDIDATE_FEATURES = 5;

interface Entry {
  /** The article's place in the postings (a small number, reused after a removal). */
  slot: number;
  features: StoryFeatures;
  /** Interned feature numbers, ascending, with the article's strength of each. */
  fids: Int32Array;
  strengths: Float64Array;
}

/** An article's features weighted by rarity, as compared by story grouping. */
export interface WeightedArticle {
  id: string;
  /** Its position in the list `weighted()` returns (articles sorted by id). */
  index: number;
  features: StoryFeatures;
  /** Interned feature numbers, ascending, and their weights (strength × rarity). */
  fids: Int32Array;
  weights: Float64Array;
  norm: number;
}

export class StoryIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly fidOf = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly dfs: number[] = [];
  /** feature number → the slots of the articles that have it. */
  private readonly postings: Array<Set<number> | undefined> = [];
  private readonly freeSlots: number[] = [];
  /** slot → the id of the article in it ('' when free). */
  private readonly idOfSlot: string[] = [];
  private slots = 0;
  /** What changed since `takeChanges()` last asked: articles set, features whose count of articles changed, any article added or removed. */
  private changedIds = new Set<string>();
  private changedFids = new Set<number>();
  private membershipChanged = true;

  get size(): number {
    return this.entries.size;
  }

  ids(): string[] {
    return [...this.entries.keys()].sort();
  }

  /** The feature a number stands for ("n:kjellin"). */
  feature(fid: number): string {
    return this.names[fid] ?? '';
  }

  private intern(feature: string): number {
    let fid = this.fidOf.get(feature);
    if (fid === undefined) {
      fid = this.names.length;
      this.fidOf.set(feature, fid);
      this.names.push(feature);
      this.dfs.push(0);
      this.postings.push(undefined);
    }
    return fid;
  }

  /** Adds or replaces an article's features; only that article's postings and counts change. */
  set(id: string, features: StoryFeatures): void {
    const before = this.drop(id);
    if (!before) this.membershipChanged = true;
    const pairs = [...features.counts].map(([k, c]) => [this.intern(k), c] as const).sort((x, y) => x[0] - y[0]);
    const slot = this.freeSlots.pop() ?? this.slots++;
    const entry: Entry = { slot, features, fids: Int32Array.from(pairs, (p) => p[0]), strengths: Float64Array.from(pairs, (p) => p[1]) };
    this.entries.set(id, entry);
    this.idOfSlot[slot] = id;
    for (const fid of entry.fids) {
      this.dfs[fid]!++;
      (this.postings[fid] ??= new Set()).add(slot);
    }
    // The features the article gained or lost changed how rare they are (for every article that has them).
    const old = new Set(before?.fids ?? []);
    for (const fid of entry.fids) if (!old.delete(fid)) this.changedFids.add(fid);
    for (const fid of old) this.changedFids.add(fid);
    this.changedIds.add(id);
  }

  remove(id: string): void {
    if (this.drop(id)) this.membershipChanged = true;
  }

  private drop(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    this.entries.delete(id);
    this.freeSlots.push(entry.slot);
    this.idOfSlot[entry.slot] = '';
    for (const fid of entry.fids) {
      this.dfs[fid]!--;
      this.postings[fid]?.delete(entry.slot);
    }
    return entry;
  }

  /**
   * What changed since the last call: `all` when an article was added or removed (every rarity depends on
   * how many articles there are), else the articles whose weighted features may differ: those set, and
   * those that have a feature whose count of articles changed.
   */
  takeChanges(): { all: true } | { all: false; ids: Set<string> } {
    const all = this.membershipChanged;
    const ids = this.changedIds;
    for (const fid of this.changedFids) for (const slot of this.postings[fid] ?? []) ids.add(this.idOfSlot[slot]!);
    this.membershipChanged = false;
    this.changedIds = new Set();
    this.changedFids = new Set();
    return all ? { all } : { all, ids };
  }

  /** How many articles have the feature. */
  df(feature: string): number {
    const fid = this.fidOf.get(feature);
    return fid === undefined ? 0 : this.dfs[fid]!;
  }

  /** How much each feature says about which story an article reports, by feature number: the rarer, the more. */
  private rarities(): Float64Array {
    const n = this.entries.size + PRIOR_ARTICLES;
    return Float64Array.from(this.dfs, (df) => Math.log(n / (df + 0.5)));
  }

  /** Every article's features weighted by rarity as the workspace stands now, sorted by id. */
  weighted(): WeightedArticle[] {
    const rarity = this.rarities();
    return this.ids().map((id, index) => this.weigh(id, index, rarity));
  }

  /** One article's features weighted by rarity (`rarity` from `rarities()`, or computed here). */
  weigh(id: string, index: number, rarity?: Float64Array): WeightedArticle {
    const e = this.entries.get(id)!;
    const n = this.entries.size + PRIOR_ARTICLES;
    const weights = new Float64Array(e.fids.length);
    let sq = 0;
    e.fids.forEach((fid, i) => {
      const w = Math.max(0, e.strengths[i]! * (rarity ? rarity[fid]! : Math.log(n / (this.dfs[fid]! + 0.5))));
      weights[i] = w;
      sq += w * w;
    });
    return { id, index, features: e.features, fids: e.fids, weights, norm: Math.sqrt(sq) };
  }

  /**
   * For each article (in the order of `articles`, as `weighted()` gives them), the positions of the
   * articles worth comparing with it: those that share one of its most telling features (the heaviest of
   * those at least one other article has). Common features are never among them, so the work stays
   * near linear in the workspace.
   */
  candidates(articles: WeightedArticle[]): number[][] {
    const indexOfSlot = new Int32Array(this.slots).fill(-1);
    for (const a of articles) indexOfSlot[this.entries.get(a.id)!.slot] = a.index;
    return articles.map((w) => {
      const out = new Set<number>();
      for (const fid of this.telling(w)) {
        for (const slot of this.postings[fid]!) {
          const j = indexOfSlot[slot]!;
          if (j !== w.index && j >= 0) out.add(j);
        }
      }
      return [...out];
    });
  }

  /** The ids of the articles that share one of the article's most telling features (itself left out). */
  candidatesOf(w: WeightedArticle): Set<string> {
    const out = new Set<string>();
    for (const fid of this.telling(w)) for (const slot of this.postings[fid]!) out.add(this.idOfSlot[slot]!);
    out.delete(w.id);
    return out;
  }

  /** An article's most telling features (numbers): the heaviest of those at least one other article has. */
  telling(w: WeightedArticle): number[] {
    // Ties go by the feature's name, not its number (numbers depend on the order articles arrived in).
    const better = (x: number, y: number): boolean =>
      w.weights[x]! > w.weights[y]! || (w.weights[x] === w.weights[y] && cmp(this.names[w.fids[x]!]!, this.names[w.fids[y]!]!) < 0);
    // The few heaviest features, kept in order while scanning (no sort of them all).
    const telling: number[] = [];
    w.fids.forEach((fid, i) => {
      if (this.dfs[fid]! <= 1) return;
      if (telling.length === CANDIDATE_FEATURES && !better(i, telling[CANDIDATE_FEATURES - 1]!)) return;
      let k = Math.min(telling.length, CANDIDATE_FEATURES - 1);
      telling[k] = i;
      while (k > 0 && better(i, telling[k - 1]!)) {
        telling[k] = telling[k - 1]!;
        telling[--k] = i;
      }
    });
    return telling.map((i) => w.fids[i]!);
  }
}
