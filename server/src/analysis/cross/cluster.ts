// Clustering for fact alignment: items of different articles linked by scored edges become one fact;
// shared by the figure, date and quote alignment.

import type { Span } from '../types';
import { cmpStr } from './text';
import type { Fact, FactValue } from './types';

/** A link between items i and j: how surely they are the same fact, and whether their values agree. */
export interface Edge {
  i: number;
  j: number;
  score: number;
  agree: boolean;
}

/**
 * Clusters items: edges in order of (agree first, then score); a cluster never holds two items
 * of one article, nor two items `compatible` says cannot be one fact (an edge through a third item
 * that names neither day must not join Sunday's session to Monday's), nor two groups `groupsJoin`
 * refuses. `usable` says which edges may merge at all.
 */
export function clusterItems<E extends Edge>(
  n: number,
  articleOf: string[],
  edges: E[],
  usable: (e: E) => boolean,
  compatible: (i: number, j: number) => boolean = () => true,
  groupsJoin: (a: readonly number[], b: readonly number[]) => boolean = () => true,
): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const arts = Array.from({ length: n }, (_, i) => new Set([articleOf[i]!]));
  const members = Array.from({ length: n }, (_, i) => [i]);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const sorted = [...edges].sort((a, b) => Number(b.agree) - Number(a.agree) || b.score - a.score || a.i - b.i || a.j - b.j);
  for (const e of sorted) {
    if (!usable(e)) continue;
    const ra = find(e.i);
    const rb = find(e.j);
    if (ra === rb) continue;
    let clash = false;
    for (const x of arts[rb]!) if (arts[ra]!.has(x)) clash = true;
    if (clash || members[ra]!.some((x) => members[rb]!.some((y) => !compatible(x, y))) || !groupsJoin(members[ra]!, members[rb]!)) continue;
    parent[rb] = ra;
    for (const x of arts[rb]!) arts[ra]!.add(x);
    members[ra]!.push(...members[rb]!);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  }
  return [...groups.values()];
}

/** Facts sorted by id, the second and later facts of one id numbered ("figure:ships#2"). */
export function dedupeIds<T extends Fact>(facts: T[]): T[] {
  const seen = new Map<string, number>();
  for (const f of facts.sort((a, b) => cmpStr(a.id, b.id) || cmpStr(a.values[0]!.article, b.values[0]!.article) || a.values[0]!.span.start - b.values[0]!.span.start)) {
    const n = seen.get(f.id) ?? 0;
    seen.set(f.id, n + 1);
    if (n > 0) f.id = `${f.id}#${n + 1}`;
  }
  return facts;
}

/**
 * A cluster's status: single when one source reports it (still a fact: the fact sheet and the report
 * show it), differ when two items of different articles do not agree, agree otherwise.
 */
export function clusterStatus<I extends { article: string }>(its: I[], agree: (a: I, b: I) => boolean): Fact['status'] {
  if (new Set(its.map((x) => x.article)).size < 2) return 'single';
  for (let i = 0; i < its.length; i++)
    for (let j = i + 1; j < its.length; j++) if (its[i]!.article !== its[j]!.article && !agree(its[i]!, its[j]!)) return 'differ';
  return 'agree';
}

/** One source's value of a fact. */
export function factValue(article: string, span: Span, text: string, display: string): FactValue {
  return { article, span: { start: span.start, end: span.end }, text, display };
}
