// Story grouping: which articles report the same story. Each article gets a signature (weighted
// features: distinctive names, words and dates); two articles are linked when their cosine similarity
// reaches the threshold; stories are the connected components.

import { foldName } from './resolve';
import { contentStems } from './text';
import type { SourceArticle, Story } from './types';

export interface ArticleSignature {
  /** feature → weight. Features: "n:<name key>", "w:<word>", "d:<iso date>". */
  features: Map<string, number>;
  norm: number;
  /** name key → display spelling, for labels. */
  names: Map<string, string>;
  /** name key → how much the name says about the story: mentions, people before organisations before places. */
  salience: Map<string, number>;
}

export interface Grouping {
  stories: Story[];
}

export function articleSignature(a: SourceArticle): ArticleSignature {
  const features = new Map<string, number>();
  const names = new Map<string, string>();
  const salience = new Map<string, number>();
  const add = (f: string, w: number): void => {
    features.set(f, (features.get(f) ?? 0) + w);
  };
  // Names: the strongest evidence; people by folded surname so "Zelensky" meets "Zelenskyy".
  for (const e of a.analysis.entities) {
    const words = e.name.split(/\s+/);
    const key = e.type === 'person' ? foldName(words[words.length - 1] ?? e.name) : foldName(e.name);
    if (!names.has(key) || e.name.length > names.get(key)!.length) names.set(key, e.name);
    add(`n:${key}`, 3);
    const typeWeight = { person: 3, organization: 2, place: 1.5, other: 0 }[e.type];
    salience.set(key, (salience.get(key) ?? 0) + typeWeight * e.mentions.length);
  }
  // Distinctive words: longer content words, each counted at most three times.
  const tf = new Map<string, number>();
  for (const w of contentStems(a.text)) if (w.length >= 6) tf.set(w, Math.min(3, (tf.get(w) ?? 0) + 1));
  for (const [w, c] of tf) add(`w:${w}`, 0.5 * c);
  // Dates the article gives (day precision).
  for (const f of a.analysis.figures) {
    if (f.kind === 'date' && typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.value) && !f.resolved) add(`d:${f.value}`, 2);
  }
  let norm = 0;
  for (const w of features.values()) norm += w * w;
  return { features, norm: Math.sqrt(norm), names, salience };
}

export function similarity(a: ArticleSignature, b: ArticleSignature): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.features.size <= b.features.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [f, w] of small.features) {
    const v = large.features.get(f);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

export function groupStories(
  items: Array<{ id: string; signature: ArticleSignature }>,
  score: ((a: string, b: string) => number) | Array<{ a: string; b: string; score: number }>,
  threshold: number,
): Grouping {
  const ids = items.map((i) => i.id).sort();
  // Candidate pairs: the given sparse list, or every pair when given a scoring function.
  const pairs: Array<[string, string, number]> = [];
  if (Array.isArray(score)) {
    for (const p of score) if (p.score >= threshold) pairs.push(p.a < p.b ? [p.a, p.b, p.score] : [p.b, p.a, p.score]);
  } else {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const s = score(ids[i]!, ids[j]!);
        if (s >= threshold) pairs.push([ids[i]!, ids[j]!, s]);
      }
  }
  pairs.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const links: Array<{ a: string; b: string; score: number }> = [];
  for (const [a, b, s] of pairs) {
    if (!parent.has(a) || !parent.has(b)) continue;
    links.push({ a, b, score: round(s) });
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const comps = new Map<string, string[]>();
  for (const id of ids) {
    const r = find(id);
    comps.set(r, [...(comps.get(r) ?? []), id]);
  }
  const sigs = new Map(items.map((i) => [i.id, i.signature]));
  const stories: Story[] = [];
  for (const members of comps.values()) {
    const set = new Set(members);
    stories.push({
      id: storyId(members),
      label: storyLabel(members.map((m) => sigs.get(m)!)),
      articles: members,
      links: links.filter((l) => set.has(l.a)),
    });
  }
  stories.sort((x, y) => (x.articles[0]! < y.articles[0]! ? -1 : 1));
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

/** The names most of the story's articles share, people first ("Volodymyr Zelenskyy · Steve Witkoff · Berlin"). */
function storyLabel(sigs: ArticleSignature[]): string {
  const counts = new Map<string, number>();
  const weight = new Map<string, number>();
  for (const s of sigs) {
    for (const [k, w] of s.salience) {
      if (w <= 0) continue; // nationalities and other names say little about which story it is
      counts.set(k, (counts.get(k) ?? 0) + 1);
      weight.set(k, (weight.get(k) ?? 0) + w);
    }
  }
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || weight.get(b[0])! - weight.get(a[0])! || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3);
  return top.map(([k]) => sigs.find((s) => s.names.has(k))!.names.get(k)!).join(' · ');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
