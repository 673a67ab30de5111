// The workspace's index for story grouping: every article's features, how many articles share each
// feature (document frequency) and which ones (an inverted index), kept current as articles are added,
// changed and removed. Rarity weights come from it: a feature most articles share ("London",
// "government") weighs little, a name only two articles share weighs a lot; candidate pairs come from
// the postings of the rarer features, never from all pairs.

import type { StoryFeatures } from './storyFeatures';

/**
 * Articles a workspace is assumed to hold besides its own when rarity is judged: in a folder of five
 * reports of one story everything is shared by all, and the names they share must still count.
 */
const PRIOR_ARTICLES = 20;
/** How many of an article's most telling features propose the articles it is compared with. */
const CANDIDATE_FEATURES = 10;

export interface WeightedArticle {
  id: string;
  features: StoryFeatures;
  /** feature → weight (strength × rarity). */
  weights: Map<string, number>;
  norm: number;
}

export class StoryIndex {
  private readonly items = new Map<string, StoryFeatures>();
  private readonly postings = new Map<string, Set<string>>();

  get size(): number {
    return this.items.size;
  }

  ids(): string[] {
    return [...this.items.keys()].sort();
  }

  features(id: string): StoryFeatures | undefined {
    return this.items.get(id);
  }

  /** Adds or replaces an article's features; only that article's postings change. */
  set(id: string, f: StoryFeatures): void {
    this.remove(id);
    this.items.set(id, f);
    for (const k of f.counts.keys()) {
      let p = this.postings.get(k);
      if (!p) this.postings.set(k, (p = new Set()));
      p.add(id);
    }
  }

  remove(id: string): void {
    const f = this.items.get(id);
    if (!f) return;
    this.items.delete(id);
    for (const k of f.counts.keys()) {
      const p = this.postings.get(k);
      if (!p) continue;
      p.delete(id);
      if (p.size === 0) this.postings.delete(k);
    }
  }

  /** How many articles have the feature. */
  df(feature: string): number {
    return this.postings.get(feature)?.size ?? 0;
  }

  /** How much a feature says about which story an article reports: the rarer, the more. */
  rarity(feature: string): number {
    return Math.log((this.items.size + PRIOR_ARTICLES) / (this.df(feature) + 0.5));
  }

  /** The article's features weighted by rarity, with the vector's norm. */
  weighted(id: string): WeightedArticle | undefined {
    const features = this.items.get(id);
    if (!features) return undefined;
    const weights = new Map<string, number>();
    let sq = 0;
    for (const [k, c] of features.counts) {
      const w = c * this.rarity(k);
      if (w <= 0) continue;
      weights.set(k, w);
      sq += w * w;
    }
    return { id, features, weights, norm: Math.sqrt(sq) };
  }

  /**
   * The articles worth comparing with this one: those that share one of its most telling features (the
   * heaviest of those at least one other article has). Common features are never among them, so the
   * work stays near linear in the workspace.
   */
  candidates(id: string): string[] {
    const w = this.weighted(id);
    if (!w) return [];
    const telling = [...w.weights]
      .filter(([k]) => this.df(k) > 1)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, CANDIDATE_FEATURES);
    const out = new Set<string>();
    for (const [k] of telling) for (const other of this.postings.get(k)!) if (other !== id) out.add(other);
    return [...out].sort();
  }
}
