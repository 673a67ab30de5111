// Binary search over sorted arrays: the one implementation the core, the server and the client share.

/**
 * The first index i in [0, length) for which `isAfter(i)` is true, or `length` when none is; `isAfter`
 * must be false for a prefix of the indices and true for the rest (a sorted array's "lower bound").
 */
export function partitionPoint(length: number, isAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first item whose start is at or after `offset` (items sorted by start). */
export function firstStartingAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  return partitionPoint(items.length, (i) => items[i]!.start >= offset);
}

/** The first item that ends after `offset` (items sorted by start, not overlapping). */
export function firstEndingAfter(items: ReadonlyArray<{ end: number }>, offset: number): number {
  return partitionPoint(items.length, (i) => items[i]!.end > offset);
}

/** The last item that starts at or before `offset`, or -1 (items sorted by start). */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  return partitionPoint(items.length, (i) => items[i]!.start > offset) - 1;
}

/** The item that contains `offset` ([start, end)), or -1 (items sorted and not overlapping). */
export function indexContaining(items: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  const i = lastStartingAtOrBefore(items, offset);
  return i >= 0 && offset < items[i]!.end ? i : -1;
}
