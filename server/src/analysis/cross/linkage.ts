// Average linkage over a sparse similarity graph: two groups merge when the average similarity of all
// their pairs of members (a missing pair counts as 0) is the highest left and at least the threshold.
// An article thus joins a story when it is close to the story as a whole, not to one member, so a
// chain of look-alikes (cricket match A ~ B ~ C …) never grows into one story. Deterministic: the
// result depends only on the scores; ties go to the group pair whose smallest ids sort first.

export interface ScoredPair {
  a: string;
  b: string;
  score: number;
}

interface Group {
  key: string;
  members: string[];
  /** Bumped on every merge, so queued merges computed before it are recognised as stale. */
  version: number;
  /** other group key → sum of the pair scores between the two groups. */
  sums: Map<string, number>;
}

interface Candidate {
  avg: number;
  a: string;
  b: string;
  va: number;
  vb: number;
}

/** Whether candidate x should be merged before y. */
function before(x: Candidate, y: Candidate): boolean {
  if (x.avg !== y.avg) return x.avg > y.avg;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

/** A binary heap of merge candidates, best first. */
class Queue {
  private readonly items: Candidate[] = [];

  push(c: Candidate): void {
    const h = this.items;
    h.push(c);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  pop(): Candidate | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

function candidate(x: Group, y: Group, sum: number): Candidate {
  const [a, b] = x.key < y.key ? [x, y] : [y, x];
  return { avg: sum / (x.members.length * y.members.length), a: a.key, b: b.key, va: a.version, vb: b.version };
}

/** Merges group b into group a and returns the merged group's new neighbours' sums. */
function merge(groups: Map<string, Group>, a: Group, b: Group): void {
  const key = a.key < b.key ? a.key : b.key;
  const merged: Group = { key, members: [...a.members, ...b.members].sort(), version: Math.max(a.version, b.version) + 1, sums: new Map() };
  for (const g of [a, b]) {
    for (const [other, s] of g.sums) {
      if (other === a.key || other === b.key) continue;
      merged.sums.set(other, (merged.sums.get(other) ?? 0) + s);
    }
  }
  groups.delete(a.key);
  groups.delete(b.key);
  for (const [other, s] of merged.sums) {
    const o = groups.get(other)!;
    o.sums.delete(a.key);
    o.sums.delete(b.key);
    o.sums.set(key, s);
  }
  groups.set(key, merged);
}

/** Groups the ids by average linkage; every id ends in exactly one group, groups sorted by their first id. */
export function averageLinkage(ids: string[], pairs: ScoredPair[], threshold: number): string[][] {
  const groups = new Map<string, Group>();
  for (const id of ids) groups.set(id, { key: id, members: [id], version: 0, sums: new Map() });
  for (const p of pairs) {
    const ga = groups.get(p.a);
    const gb = groups.get(p.b);
    if (!ga || !gb || p.a === p.b) continue;
    ga.sums.set(p.b, (ga.sums.get(p.b) ?? 0) + p.score);
    gb.sums.set(p.a, (gb.sums.get(p.a) ?? 0) + p.score);
  }
  const queue = new Queue();
  for (const g of groups.values()) for (const [other, s] of g.sums) if (g.key < other) queue.push(candidate(g, groups.get(other)!, s));
  for (let c = queue.pop(); c && c.avg >= threshold; c = queue.pop()) {
    const a = groups.get(c.a);
    const b = groups.get(c.b);
    if (!a || !b || a.version !== c.va || b.version !== c.vb) continue; // stale: one side merged since
    merge(groups, a, b);
    const m = groups.get(a.key < b.key ? a.key : b.key)!;
    for (const [other, s] of m.sums) queue.push(candidate(m, groups.get(other)!, s));
  }
  return [...groups.values()].map((g) => g.members).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
}

/**
 * The connected parts of the graph of the pairs that score at least the threshold, each with its ids in
 * the given order and the pairs (of any score) between its members; parts in the order of their first id.
 * Two groups merge only when the average over their pairs reaches the threshold, so only when some pair
 * between them does: no group of `averageLinkage` spans two parts, and within a part the merges come in
 * the same order as over the whole graph (the weaker pairs inside it still count in its averages). So
 * linking each part alone gives the same groups, and a part nothing changed in keeps its groups.
 */
export function strongParts(ids: string[], pairs: ScoredPair[], threshold: number): Array<{ ids: string[]; pairs: ScoredPair[] }> {
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const p of pairs) {
    if (p.score < threshold || !parent.has(p.a) || !parent.has(p.b)) continue;
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const parts = new Map<string, { ids: string[]; pairs: ScoredPair[] }>();
  for (const id of ids) {
    const root = find(id);
    const part = parts.get(root);
    if (part) part.ids.push(id);
    else parts.set(root, { ids: [id], pairs: [] });
  }
  for (const p of pairs) if (parent.has(p.a) && parent.has(p.b) && find(p.a) === find(p.b)) parts.get(find(p.a))!.pairs.push(p);
  return [...parts.values()];
}
