// Shared helpers for checks: one finding per article involved in a cross-source disagreement.

import type { Span } from '../../types';
import type { FactValue, Finding, Severity, SourceArticle } from '../types';
import type { CheckContext } from './check';

export interface Side {
  article: string;
  span: Span;
  /** As written in the article. */
  text: string;
  /** Normalised value used in keys and the ledger. */
  value: string;
}

export function nameOf(ctx: CheckContext, id: string): string {
  return ctx.articles.find((a) => a.id === id)?.name ?? id;
}

export function articleOf(ctx: CheckContext, id: string): SourceArticle | undefined {
  return ctx.articles.find((a) => a.id === id);
}

/** A key that never holds offsets: check, fact and the sorted distinct values. */
export function findingKey(check: string, fact: string, values: string[]): string {
  return [check, fact, ...[...new Set(values)].sort()].join('|');
}

export function clip(s: string, n = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/**
 * For every article on either side of a conflicting pair, one finding at that article's value, whose
 * related locations are the conflicting values in the other articles.
 */
export function crossFindings(
  ctx: CheckContext,
  check: string,
  severity: Severity,
  fact: string,
  sides: Side[],
  conflicts: Array<[number, number]>,
  describe: (here: Side, others: Side[]) => string,
  relatedText: (other: Side) => string = (o) => `${nameOf(ctx, o.article)}: “${clip(o.text)}”`,
): Finding[] {
  const byArticle = new Map<string, { here: Set<number>; others: Set<number> }>();
  for (const [i, j] of conflicts) {
    for (const [x, y] of [
      [i, j],
      [j, i],
    ] as const) {
      const a = sides[x]!.article;
      const cur = byArticle.get(a) ?? { here: new Set<number>(), others: new Set<number>() };
      cur.here.add(x);
      cur.others.add(y);
      byArticle.set(a, cur);
    }
  }
  const involved = new Set<number>(conflicts.flat());
  const key = findingKey(check, fact, [...involved].map((i) => sides[i]!.value));
  const out: Finding[] = [];
  for (const [article, { here, others }] of byArticle) {
    const hereSide = [...here].map((i) => sides[i]!).sort((a, b) => a.span.start - b.span.start)[0]!;
    // One related location per other article (its first conflicting value).
    const otherSides = [...others]
      .map((i) => sides[i]!)
      .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.span.start - b.span.start))
      .filter((s, k, arr) => k === 0 || arr[k - 1]!.article !== s.article);
    out.push({
      check,
      severity,
      location: { article, span: { ...hereSide.span } },
      message: describe(hereSide, otherSides),
      related: otherSides.map((o) => ({ location: { article: o.article, span: { ...o.span } }, message: relatedText(o) })),
      key,
      fact,
      values: [hereSide.value, ...new Set(otherSides.map((o) => o.value).filter((v) => v !== hereSide.value))],
    });
  }
  return out;
}

/** "a.txt says “X”; b.txt says “Y”". */
export function listOthers(ctx: CheckContext, others: Side[], show: (s: Side) => string = (s) => `“${clip(s.text)}”`): string {
  return others.map((o) => `${nameOf(ctx, o.article)} says ${show(o)}`).join('; ');
}

/**
 * The sides of an aligned fact (one per value) and the pairs of sides from different articles whose
 * items do not agree: what a value-comparing check reports.
 */
export function valueConflicts<I extends { article: string }>(
  fact: { values: FactValue[]; items: I[] },
  agree: (a: I, b: I) => boolean,
): { sides: Side[]; conflicts: Array<[number, number]> } {
  const its = fact.items;
  const sides: Side[] = fact.values.map((v) => ({ article: v.article, span: v.span, text: v.text, value: v.display }));
  const conflicts: Array<[number, number]> = [];
  for (let i = 0; i < its.length; i++)
    for (let j = i + 1; j < its.length; j++) if (its[i]!.article !== its[j]!.article && !agree(its[i]!, its[j]!)) conflicts.push([i, j]);
  return { sides, conflicts };
}
