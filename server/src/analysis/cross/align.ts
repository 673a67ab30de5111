// Fact alignment: which figures, dates, quotes and roles in different articles are the same fact.
//
// Per article (cached by the engine, extract.ts): every figure and date with its context, and every
// quote with its normalised words. Per story: items of different articles are linked when they are
// about the same thing (alignFigures.ts, alignDates.ts, alignQuotes.ts, alignNames.ts) and clustered
// (cluster.ts). A cluster is a Fact; one seen in a single article is a single-source fact.

import { alignDates } from './alignDates';
import { alignFigures } from './alignFigures';
import { entityFacts, roleFacts } from './alignNames';
import { alignQuotes } from './alignQuotes';
import type { Aligned, ArticleFacts } from './factTypes';
import { positionsOf } from './positions';
import { placeStandingDays, reportDays } from './reportTime';
import { runningTotals } from './rollingParts';
import { crossOf, entityIndex } from './resolve';
import { cmpStr } from './text';
import { storyActs } from './storyActs';
import { storyFrame } from './timeFrame';
import type { CrossEntity, Fact } from './types';

export type { Aligned, ArticleFacts, DateFact, DateItem, FigureFact, FigureItem, QuoteFact, QuoteItem, RoleFact } from './factTypes';
export { extractArticleFacts } from './extract';

export function alignFacts(articles: ArticleFacts[], entities: CrossEntity[]): Aligned {
  const index = entityIndex(entities);
  const crossId = (article: string, entityId: string): string | undefined => crossOf(index, article, entityId)?.id;
  const allDates = articles.flatMap((a) => a.dates);
  const frame = storyFrame(allDates);
  const year = frame?.year;
  const reportDay = reportDays(articles, frame);
  placeStandingDays(articles, frame);
  const acts = storyActs(articles);
  const figureItems = articles.flatMap((a) => a.figures);
  const context = { crossId, year, reportDay, storyPlaces: storyPlaces(articles), central: acts.central, totals: runningTotals(figureItems) };
  const figures = alignFigures(figureItems, context);
  const dates = alignDates(allDates, { crossId, year, central: acts.central, ...(acts.main === undefined ? {} : { mainAct: acts.main }) });
  const { facts: quotes, misattributed } = alignQuotes(articles.flatMap((a) => a.quotes), index, new Map(articles.map((a) => [a.article.id, a.article.text])));
  const roles = roleFacts(entities);
  const facts = sortFacts([...entityFacts(entities), ...figures, ...dates, ...quotes, ...roles]);
  for (const f of facts) {
    const p = positionsOf(f, context);
    if (p) f.positions = p;
  }
  return { facts, figures, dates, quotes, roles, misattributed, articles, entities, context };
}

/**
 * The named places figures are counted in ("36 people in Karsovia") that nearly every source names (all
 * but one, and at least two): where the story happens, the whole, not a part of it in one region.
 */
function storyPlaces(articles: ArticleFacts[]): ReadonlySet<string> {
  const out = new Set<string>();
  if (articles.length < 2) return out;
  const regions = new Set(articles.flatMap((a) => a.figures.map((x) => x.fact.region).filter((r): r is string => r !== undefined)));
  if (regions.size === 0) return out;
  const texts = articles.map((a) => a.article.text.toLowerCase());
  for (const r of regions) if (texts.filter((t) => t.includes(r)).length >= Math.max(2, articles.length - 1)) out.add(r);
  return out;
}

const KIND_ORDER: Record<string, number> = { person: 0, organization: 1, place: 2, other: 3, role: 4, figure: 5, date: 6, quote: 7 };

/** Fact-sheet order: by kind, then label. */
export function sortFacts<T extends Fact>(facts: T[]): T[] {
  return [...facts].sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || cmpStr(a.label, b.label) || cmpStr(a.id, b.id));
}
