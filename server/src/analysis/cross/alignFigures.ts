// Figure alignment: which figures of different articles are the same quantity. Values that agree are
// clustered first (so "40 trucks loaded" meets its twin before it can be compared with "35 trucks
// turned back"), then a value that agrees with nothing may join the cluster it fits best when the
// evidence is strong.

import { COUNT_FAMILIES, KIND_UNIT_DEFAULT, STANCE_EVENTS } from '../lexicon/events';
import { plural } from '../numbers';
import type { Figure, Interval } from '../types';
import { clusterItems, clusterStatus, dedupeIds, factValue, type Edge } from './cluster';
import { figureDisplay } from './factDisplay';
import type { FigureFact, FigureItem } from './factTypes';
import { cmpStr, overlap } from './text';

/** Link thresholds: agreeing values need less evidence than disagreeing ones. */
export const AGREE_THRESHOLD = 0.35;
export const CONFLICT_THRESHOLD = 0.6;

function unitOf(f: Figure): string | undefined {
  return f.unit ?? KIND_UNIT_DEFAULT[f.kind];
}

/** Two counted nouns of one family ("members" who struck and "dockworkers"). */
function sameFamily(x: string, y: string): boolean {
  const family = COUNT_FAMILIES.get(x);
  return family !== undefined && family === COUNT_FAMILIES.get(y);
}

/** False when two figures cannot be the same quantity: other article, kind, unit, rate, day, noun or event. */
function mayBeSameQuantity(a: FigureItem, b: FigureItem): boolean {
  const fa = a.figure;
  if (a.article === b.article || fa.kind !== b.figure.kind || !a.interval || !b.interval) return false;
  if ((unitOf(fa) ?? '') !== (unitOf(b.figure) ?? '') || (a.rate ?? '') !== (b.rate ?? '')) return false;
  // Sunday's session and Monday's are different quantities; for counts the day is weaker evidence.
  if (a.day && b.day && a.day !== b.day && (fa.kind === 'duration' || !a.counts || !b.counts)) return false;
  if (fa.kind === 'count' && (!a.counts || !b.counts)) return false;
  if (a.counts && b.counts && a.counts !== b.counts && !sameFamily(a.counts, b.counts)) return false;
  for (const stance of STANCE_EVENTS) if (a.events.has(stance) !== b.events.has(stance)) return false;
  return a.events.size === 0 || b.events.size === 0 || overlap(a.events, b.events).shared > 0;
}

/** Score for "these two figures are about the same quantity", or -1 when they cannot be. */
export function figureAffinity(a: FigureItem, b: FigureItem): number {
  if (!mayBeSameQuantity(a, b)) return -1;
  // The terms are added in a fixed order: the sums are compared with thresholds and sorted.
  let score = 0;
  if (a.day && b.day && a.day !== b.day) score -= 0.15;
  if (a.counts && b.counts) score += a.counts === b.counts ? 0.35 : 0.15;
  if (a.qualifier !== b.qualifier && (a.qualifier || b.qualifier)) score -= 0.2;
  if (a.events.size > 0 && b.events.size > 0) score += 0.15;
  if (a.day && b.day && a.day === b.day) score += 0.2;
  const { shared, coef } = overlap(a.context, b.context);
  score += 0.5 * coef + 0.03 * Math.min(shared, 5);
  return score;
}

export function intervalsAgree(x: Interval, y: Interval): boolean {
  const tol = 1e-9 * Math.max(1, Math.abs(x.lo), Math.abs(y.lo));
  return x.lo <= y.hi + tol && y.lo <= x.hi + tol;
}

/** Two figure items whose value ranges overlap. */
export function figuresAgree(a: FigureItem, b: FigureItem): boolean {
  return intervalsAgree(a.interval!, b.interval!);
}

export function alignFigures(items: FigureItem[]): FigureFact[] {
  const edges: Edge[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const s = figureAffinity(items[i]!, items[j]!);
      if (s < AGREE_THRESHOLD) continue;
      edges.push({ i, j, score: s, agree: figuresAgree(items[i]!, items[j]!) });
    }
  }
  const clusters = clusterItems(
    items.length,
    items.map((x) => x.article),
    edges,
    (e) => e.agree || e.score >= CONFLICT_THRESHOLD,
  );
  const out: FigureFact[] = [];
  for (const members of clusters) {
    const its = members.map((m) => items[m]!);
    const label = figureLabel(its);
    out.push({
      id: `figure:${label}`,
      kind: 'figure',
      label,
      values: its.map((x) => factValue(x.article, x.figure, x.figure.text, figureDisplay(x.figure))),
      status: clusterStatus(its, figuresAgree),
      items: its,
    });
  }
  return dedupeIds(out);
}

/** "dockworkers per day (Sunday)", "ships · anchored": the counted noun, its rate and day or a shared word. */
function figureLabel(its: FigureItem[]): string {
  const votes = new Map<string, number>();
  for (const x of its) if (x.counts) votes.set(x.counts, (votes.get(x.counts) ?? 0) + 1);
  const counts = [...votes].sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0]))[0]?.[0];
  const f = its[0]!.figure;
  const base = counts ? plural(counts) : f.kind === 'duration' ? 'duration' : f.kind === 'percent' ? 'share' : f.kind;
  const day = its.find((x) => x.day)?.day;
  const rate = its.find((x) => x.rate)?.rate;
  // The context word most items share, to tell apart two facts with the same noun.
  const ctx = new Map<string, number>();
  for (const x of its) for (const w of x.context) if (w !== counts) ctx.set(w, (ctx.get(w) ?? 0) + 1);
  const topStem = [...ctx].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0]))[0]?.[0];
  const top = topStem && (its.map((x) => x.surface?.get(topStem)).find(Boolean) ?? topStem);
  return [base, rate ? `per ${rate}` : '', day ? `(${day[0]!.toUpperCase()}${day.slice(1)})` : '', top && !day ? `· ${top}` : '']
    .filter(Boolean)
    .join(' ');
}
