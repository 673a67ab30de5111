// Shared helpers for checks: one finding per article involved in a cross-source disagreement.

import type { Span } from '../../types';
import type { FactPosition, FactValue, Finding, Severity, SourceArticle } from '../types';
import { headlineOf } from '../extract';
import type { CheckContext } from './check';

export interface Side {
  article: string;
  span: Span;
  /** As written in the article. */
  text: string;
  /** Normalised value used in keys and the ledger. */
  value: string;
  /** Values with one key say the same ("head coach" and "manager"): the passages a finding points to share the most common key. */
  key?: string;
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

/**
 * A finding's identity without the fact's label (which an upgrade may word anew): the check, the sorted
 * distinct values involved and the names of the files that give them. The ledger matches it when the key
 * no longer does.
 */
export function findingFingerprint(check: string, values: readonly string[], files: readonly string[]): string {
  return `${[check, ...[...new Set(values)].sort()].join('|')}@${[...new Set(files)].sort().join(',')}`;
}

/** A fact's identity without its label, for canonical values: its kind ("figure") and every value sources give. */
export function factFingerprint(fact: string, values: readonly string[]): string {
  const colon = fact.indexOf(':');
  return [colon > 0 ? fact.slice(0, colon) : 'entity', ...[...new Set(values)].sort()].join('|');
}

export function clip(s: string, n = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** The articles of a fact's majority position, when more sources give one value than any other. */
export function majorityOf(positions: readonly FactPosition[] | undefined): ReadonlySet<string> | undefined {
  const top = positions?.[0];
  return positions && positions.length > 1 && top?.majority ? new Set(top.articles) : undefined;
}

/**
 * Findings for the sides of conflicting pairs, where the odd value is: with a majority (more sources give
 * one value than any other), one finding on each article that differs from it, whose related locations
 * are the majority's passages, and none on the articles that agree with it; without one, a finding on
 * every article involved, related to the values it conflicts with. `describe` gets whether `others` is
 * the majority.
 */
export function crossFindings(
  ctx: CheckContext,
  check: string,
  severity: Severity,
  fact: string,
  sides: Side[],
  conflicts: Array<[number, number]>,
  describe: (here: Side, others: Side[], majority: boolean) => string,
  relatedText: (other: Side) => string = (o) => `“${clip(o.text)}”`,
  majority?: ReadonlySet<string>,
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
  const fingerprint = findingFingerprint(check, [...involved].map((i) => sides[i]!.value), [...involved].map((i) => nameOf(ctx, sides[i]!.article)));
  const factPrint = factFingerprint(fact, sides.map((s) => s.value));
  const useMajority = !!majority && [...byArticle.keys()].some((a) => !majority.has(a));
  const out: Finding[] = [];
  for (const [article, { here, others }] of byArticle) {
    if (useMajority && majority.has(article)) continue;
    const hereSide = [...here].map((i) => sides[i]!).sort((a, b) => bodyFirst(ctx, a, b))[0]!;
    const against = useMajority ? mostCommonValue([...others].filter((i) => majority.has(sides[i]!.article)), sides) : [...others];
    // One related location per other article (its first conflicting value).
    const otherSides = (against.length ? against : [...others])
      .map((i) => sides[i]!)
      .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : bodyFirst(ctx, a, b)))
      .filter((s, k, arr) => k === 0 || arr[k - 1]!.article !== s.article);
    out.push({
      check,
      severity,
      location: { article, span: { ...hereSide.span } },
      message: describe(hereSide, otherSides, useMajority && against.length > 0),
      related: otherSides.map((o) => ({ location: { article: o.article, span: { ...o.span } }, message: relatedText(o) })),
      key,
      fact,
      fingerprint,
      factFingerprint: factPrint,
      values: [hereSide.value, ...new Set(otherSides.map((o) => o.value).filter((v) => v !== hereSide.value))],
    });
  }
  return out;
}

/** Of the majority's sides, those that give its most common value (the passages a finding points to). */
function mostCommonValue(idx: number[], sides: Side[]): number[] {
  const votes = new Map<string, Set<string>>();
  const keyOf = (i: number): string => sides[i]!.key ?? sides[i]!.value;
  for (const i of idx) votes.set(keyOf(i), (votes.get(keyOf(i)) ?? new Set()).add(sides[i]!.article));
  const top = [...votes].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return idx.filter((i) => keyOf(i) === top);
}

/** Orders two sides of one article: a value in the article's body before one in its headline, then by position. */
function bodyFirst(ctx: CheckContext, a: Side, b: Side): number {
  const art = articleOf(ctx, a.article);
  const h = art ? headlineOf(art.text, art.analysis) : undefined;
  const inHead = (x: Side): number => (h && x.span.start >= h.start && x.span.end <= h.end ? 1 : 0);
  return inHead(a) - inHead(b) || a.span.start - b.span.start;
}

/** "a.txt, b.txt and c.txt". */
export function namesOf(ctx: CheckContext, ids: readonly string[]): string {
  const names = [...new Set(ids)].map((id) => nameOf(ctx, id));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
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
  const sides: Side[] = fact.values.map((v) => ({ article: v.article, span: v.span, text: v.text, value: v.display }));
  return { sides, conflicts: pairsOf(fact.items, (a, b) => !agree(a, b)) };
}

/** The pairs (i < j) of items from different articles that `keep` accepts. */
export function pairsOf<I extends { article: string }>(its: readonly I[], keep: (a: I, b: I) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < its.length; i++) for (let j = i + 1; j < its.length; j++) if (its[i]!.article !== its[j]!.article && keep(its[i]!, its[j]!)) out.push([i, j]);
  return out;
}

/**
 * The findings of a fact whose values conflict (figure-conflict, date-conflict): on the sources that give
 * the odd value, against the majority, or on every side when there is none. `lead` opens the message
 * ("Sources disagree on the toll"); `withValue` adds each value as read ("(Tuesday 10 March)").
 */
export function conflictFindings<I extends { article: string }>(
  ctx: CheckContext,
  check: { id: string; defaultSeverity: Severity },
  fact: { id: string; values: FactValue[]; items: I[]; positions?: FactPosition[] },
  agree: (a: I, b: I) => boolean,
  lead: string,
  withValue: boolean,
): Finding[] {
  const { sides, conflicts } = valueConflicts(fact, agree);
  if (conflicts.length === 0) return [];
  const carriers = new Set(fact.values.map((v) => v.article)).size;
  const majority = majorityOf(fact.positions);
  const shown = (s: Side): string => (withValue ? `“${s.text}” (${s.value})` : `“${s.text}”`);
  return crossFindings(
    ctx,
    check.id,
    check.defaultSeverity,
    fact.id,
    sides,
    conflicts,
    (here, others, byMajority) =>
      byMajority
        ? `${lead}: ${shown(here)} here, but ${majority!.size} of ${carriers} sources give ${others[0]!.value} (${namesOf(ctx, [...majority!])}).`
        : `${lead}: ${shown(here)} here, but ${others.map((o) => `${nameOf(ctx, o.article)} gives ${shown(o)}`).join('; ')}.`,
    (o) => `“${o.text}” (${o.value})`,
    majority,
  );
}
