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
