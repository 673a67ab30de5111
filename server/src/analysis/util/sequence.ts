// Order-preserving alignment of two sequences: the one aligner behind quote word diffs, quote
// similarity and the sentence-aligned compare view.

/** A pair of aligned positions; `undefined` on the side that has no counterpart. */
export type AlignedPair = [number | undefined, number | undefined];

/**
 * The order-preserving alignment that maximises the summed similarity of matched pairs; pairs whose
 * similarity is below `min` never match. Every index of both sides appears exactly once, in order.
 * Quadratic in time and memory: callers bound n × m.
 */
export function alignSequences(n: number, m: number, sim: (i: number, j: number) => number, min: number): AlignedPair[] {
  const score: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const s = (i: number, j: number): number => {
    const v = sim(i, j);
    return v >= min ? v : -Infinity;
  };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      score[i]![j] = Math.max(score[i + 1]![j]!, score[i]![j + 1]!, s(i, j) + score[i + 1]![j + 1]!);
    }
  }
  const out: AlignedPair[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = score[i]![j]!;
    const v = s(i, j);
    if (v > -Infinity && here === v + score[i + 1]![j + 1]!) out.push([i++, j++]);
    else if (here === score[i + 1]![j]!) out.push([i++, undefined]);
    else out.push([undefined, j++]);
  }
  while (i < n) out.push([i++, undefined]);
  while (j < m) out.push([undefined, j++]);
  return out;
}

/** Longest common subsequence of two word lists, as index pairs (empty when n × m is over `limit`). */
export function lcs(a: readonly string[], b: readonly string[], limit = 250_000): Array<[number, number]> {
  if (a.length === 0 || b.length === 0 || a.length * b.length > limit) return [];
  const pairs = alignSequences(a.length, b.length, (i, j) => (a[i] === b[j] ? 1 : 0), 1);
  return pairs.filter((p): p is [number, number] => p[0] !== undefined && p[1] !== undefined);
}

/** One row of a grouped alignment: one or two consecutive positions of a side (or none) against the other's. */
export interface AlignedGroup {
  left: number[];
  right: number[];
}

/** Similarities of the pairings alignGroups may choose; each returns a score, kept only when at least `min`. */
export interface GroupSimilarity {
  /** Position i of the left against position j of the right. */
  one(i: number, j: number): number;
  /** Positions i and i + 1 of the left together against position j of the right. */
  twoLeft(i: number, j: number): number;
  /** Position i of the left against positions j and j + 1 of the right together. */
  twoRight(i: number, j: number): number;
}

/**
 * Like alignSequences, but a position may also face two consecutive positions of the other side (a
 * sentence that the other text splits in two): the order-preserving grouping with the highest summed
 * similarity. Every index of both sides appears exactly once, in order. Quadratic: callers bound n × m.
 */
export function alignGroups(n: number, m: number, sim: GroupSimilarity, min: number): AlignedGroup[] {
  const score: Float64Array[] = Array.from({ length: n + 2 }, () => new Float64Array(m + 2));
  const keep = (v: number): number => (v >= min ? v : -Infinity);
  const options = (i: number, j: number): [number, number, number] => [
    keep(sim.one(i, j)) + score[i + 1]![j + 1]!,
    i + 1 < n ? keep(sim.twoLeft(i, j)) + score[i + 2]![j + 1]! : -Infinity,
    j + 1 < m ? keep(sim.twoRight(i, j)) + score[i + 1]![j + 2]! : -Infinity,
  ];
  const memo: Array<Array<[number, number, number]>> = Array.from({ length: n }, () => new Array<[number, number, number]>(m));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const o = options(i, j);
      memo[i]![j] = o;
      score[i]![j] = Math.max(score[i + 1]![j]!, score[i]![j + 1]!, ...o);
    }
  }
  const out: AlignedGroup[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = score[i]![j]!;
    const [one, twoLeft, twoRight] = memo[i]![j]!;
    if (one > -Infinity && here === one) out.push({ left: [i++], right: [j++] });
    else if (twoLeft > -Infinity && here === twoLeft) {
      out.push({ left: [i, i + 1], right: [j++] });
      i += 2;
    } else if (twoRight > -Infinity && here === twoRight) {
      out.push({ left: [i++], right: [j, j + 1] });
      j += 2;
    } else if (here === score[i + 1]![j]!) out.push({ left: [i++], right: [] });
    else out.push({ left: [], right: [j++] });
  }
  while (i < n) out.push({ left: [i++], right: [] });
  while (j < m) out.push({ left: [], right: [j++] });
  return out;
}

/** Edit distance of two short words (insertions, deletions, substitutions), capped at `max` + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
