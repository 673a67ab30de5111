// The positions of the sources on one fact: the sources grouped by the value they give (values that
// agree are one position, so "90 minutes" and "an hour and a half" stand together), most sources first,
// with the majority marked when more sources give one value than any other. Findings sit on the sources
// that differ from the majority; the views show who stands where.

import { figureRelation, type FigureContext } from './alignFigures';
import { datesAgree } from './alignDates';
import { quoteRelation } from './alignQuotes';
import type { DateFact, FigureFact, FigureItem, QuoteFact, RoleFact } from './factTypes';
import { itemReportDay } from './reportTime';
import { conflictingRoles, rolesConflict } from './roleCompare';
import type { Fact, FactPosition } from './types';

/** What positions need to know about the story (see FigureContext). */
export type PositionContext = FigureContext;

/**
 * Groups values into positions: repeatedly the value that the most other sources agree with, with the
 * sources that agree with it. `agree(i, j)` compares values i and j.
 */
export function groupPositions(values: ReadonlyArray<{ article: string; display: string }>, agree: (i: number, j: number) => boolean): FactPosition[] {
  const left = new Set(values.map((_, i) => i));
  const placed = new Set<string>();
  const out: FactPosition[] = [];
  while (left.size > 0) {
    let best = -1;
    let bestArts = new Set<string>();
    for (const i of left) {
      const arts = new Set<string>();
      for (const j of left) if (!placed.has(values[j]!.article) && (i === j || agree(i, j))) arts.add(values[j]!.article);
      if (arts.size > bestArts.size) {
        best = i;
        bestArts = arts;
      }
    }
    if (best < 0 || bestArts.size === 0) break;
    for (const j of [...left]) if (j === best || (bestArts.has(values[j]!.article) && agree(best, j))) left.delete(j);
    for (const j of [...left]) if (bestArts.has(values[j]!.article)) left.delete(j);
    for (const a of bestArts) placed.add(a);
    out.push({ display: values[best]!.display, articles: [...bestArts].sort(), majority: false });
  }
  if (out.length > 0 && (out.length === 1 || out[0]!.articles.length > out[1]!.articles.length)) out[0]!.majority = true;
  return out;
}

/** The positions on a fact carried by more than one source, or undefined. */
export function positionsOf(fact: Fact, ctx: PositionContext): FactPosition[] | undefined {
  if (new Set(fact.values.map((v) => v.article)).size < 2) return undefined;
  const values = fact.values;
  switch (fact.kind) {
    case 'figure': {
      const its = (fact as FigureFact).items;
      const out = groupPositions(values, (i, j) => figureRelation(its[i]!, its[j]!, ctx) === 'agree');
      const updates = its.some((a, i) => its.some((b, j) => j > i && a.article !== b.article && figureRelation(a, b, ctx) === 'update'));
      if (updates) markLatest(out, its, ctx);
      return out;
    }
    case 'date': {
      const its = (fact as DateFact).items;
      return groupPositions(values, (i, j) => fact.status !== 'differ' || datesAgree(its[i]!, its[j]!, ctx.year));
    }
    case 'quote': {
      const its = (fact as QuoteFact).items;
      return groupPositions(values, (i, j) => quoteRelation(its[i]!.words, its[j]!.words) === 'same');
    }
    case 'role': {
      // Only the roles in dispute take positions: a role no other contradicts ("his son") agrees with every
      // side and would otherwise stand as a majority of all the sources.
      const roles = (fact as RoleFact).person.roles;
      const disputed = [...new Set(conflictingRoles(roles).flat())].sort((a, b) => a - b);
      if (disputed.length === 0) return groupPositions(values, () => true);
      return groupPositions(
        disputed.map((i) => values[i]!),
        (i, j) => rolesConflict(roles[disputed[i]!]!.normalized, roles[disputed[j]!]!.normalized) === null,
      );
    }
    default:
      return undefined;
  }
}

/** Compares two ranks element by element. */
function cmpRank(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * Marks the position of the latest report: the one whose sources reported last; between reports of one
 * day, the one that is not provisional, then the higher count (a toll that is still being counted rises).
 */
function markLatest(out: FactPosition[], its: readonly FigureItem[], ctx: PositionContext): void {
  if (out.length < 2) return;
  const rank = (p: FactPosition): number[] => {
    const mine = its.filter((x) => p.articles.includes(x.article));
    const day = Math.max(...mine.map((x) => itemReportDay(x, ctx.reportDay) ?? -Infinity));
    // "rose to 270" is the newer value; "at least 40 so far" the provisional one.
    const rising = mine.some((x) => x.figure.frame?.rising) ? 1 : 0;
    const firm = mine.some((x) => !x.provisional || x.figure.frame?.rising) ? 1 : 0;
    const value = Math.max(...mine.map((x) => x.interval?.lo ?? -Infinity));
    return [day, rising, firm, value];
  };
  const ranked = out.map((p) => ({ p, r: rank(p) })).sort((a, b) => cmpRank(b.r, a.r));
  ranked[0]!.p.latest = true;
}
