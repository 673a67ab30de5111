// How each source stands on a fact, for the story report and the hovers: whether the value it gives is
// the one most sources give. Counted by sources, not by values, so a source that repeats a figure counts
// once. When the alignment grouped the sources into positions (values that agree stand together: "90
// minutes" and "an hour and a half"; identical quotes), those decide; else the displayed values do.

import type { Fact, FactPosition } from './types';

/**
 * agree: the source gives the value most sources give (or the fact's sources all agree); differ: it
 * gives another value, or the sources are split with no majority; absent: it does not carry the fact;
 * only: it is the one source that does.
 */
export type SourceAgreement = 'agree' | 'differ' | 'absent' | 'only';

/** One source's value of a fact as the report shows it. */
export interface SourceValue {
  source: string;
  display: string;
}

/** Per display value, the sources that give it, in order of first appearance. */
function sourcesByValue(values: readonly SourceValue[]): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  for (const v of values) {
    const set = by.get(v.display) ?? new Set<string>();
    set.add(v.source);
    by.set(v.display, set);
  }
  return by;
}

/** How many sources give the most common value (the largest position, when there are positions). */
export function corroboration(values: readonly SourceValue[], positions?: readonly FactPosition[]): number {
  if (positions?.length) return Math.max(...positions.map((p) => p.articles.length));
  return Math.max(0, ...[...sourcesByValue(values).values()].map((s) => s.size));
}

/**
 * Who differs from the majority on a fact, for a hover on a source that agrees: the positions other
 * than the majority's, each with its value and sources. Empty when nobody differs or there is no majority.
 */
export function dissenters(fact: Pick<Fact, 'positions'>): FactPosition[] {
  const ps = fact.positions ?? [];
  return ps[0]?.majority ? ps.slice(1) : [];
}

/** The value more sources give than any other, or undefined when the sources are split evenly. */
export function majorityValue(values: readonly SourceValue[]): string | undefined {
  const ranked = [...sourcesByValue(values)].sort((a, b) => b[1].size - a[1].size);
  const [top, second] = ranked;
  if (!top || (second && second[1].size === top[1].size)) return undefined;
  return top[0];
}

/** For every source of the story (in the order given), how it stands on the fact. */
export function sourceAgreement(
  status: Fact['status'],
  values: readonly SourceValue[],
  sources: readonly string[],
  positions?: readonly FactPosition[],
): Array<{ source: string; state: SourceAgreement }> {
  const carriers = new Set(values.map((v) => v.source));
  const majority = status === 'differ' ? majorityValue(values) : undefined;
  const top = positions?.[0]?.majority ? new Set(positions[0].articles) : undefined;
  return sources.map((source) => {
    const own = values.filter((v) => v.source === source);
    let state: SourceAgreement;
    if (own.length === 0) state = 'absent';
    else if (status === 'single' || carriers.size === 1) state = 'only';
    else if (status === 'agree') state = 'agree';
    else if (positions?.length) state = top?.has(source) ? 'agree' : 'differ';
    else state = own.some((v) => v.display === majority) ? 'agree' : 'differ';
    return { source, state };
  });
}
