// Figure alignment: which figures of different articles are the same quantity. Two figures are the same
// fact only when everything both name about it is the same (identity.ts: the thing, what happened to it,
// whose action, the day, the year, a narrowing noun); a conflict needs more: the thing named on both
// sides and one more thing both say (the event, the actor, the day, or a noun that names the quantity).
// Values that agree are clustered first (so "40 trucks loaded" meets its twin before it can be compared
// with "35 trucks turned back"), then a value that agrees with nothing may join the cluster it fits.
// Between two values of one fact: agreement (overlapping intervals, or one is the sum of the other's
// parts: 230 + 12 = 242), an update (a provisional or earlier count of a running toll), or a conflict.

import { COUNT_FAMILIES, KIND_UNIT_DEFAULT, RUNNING_CLASSES, STANCE_EVENTS } from '../lexicon/events';
import { COMPANY_REFERENCES, INSTITUTION_REFERENCES } from '../lexicon/speech';
import { VALUE_VERBS } from '../lexicon/deals';
import type { Figure, Interval } from '../types';
import { normCount } from './identity';
import { PERSON_AGE } from './personAge';
import { itemReportDay } from './reportTime';
import { movesWithToll } from './rollingParts';
import { oppositeSides } from './armedSides';
import { tollOfAnyone } from './runningCount';
import { clusterItems, dedupeIds, factValue, type Edge } from './cluster';
import { figureDisplay } from './factDisplay';
import { figureLabel } from './factLabels';
import type { FactIdentity, FigureContext, FigureFact, FigureItem } from './factTypes';

export type { FigureContext } from './factTypes';
import { overlap } from './text';
import { convertedIntervals } from './spanQuantity';

/** Link thresholds: agreeing values need less evidence than disagreeing ones. */
export const AGREE_THRESHOLD = 0.35;
export const CONFLICT_THRESHOLD = 0.6;

export type FigureRelation = 'agree' | 'update' | 'conflict';

function unitOf(f: Figure): string | undefined {
  return f.unit ?? KIND_UNIT_DEFAULT[f.kind];
}

/**
 * A figure's unit for comparison; a margin's ("a two-goal win": goals) is its thing, compared as the thing;
 * a person's age is in years however written ("Reiner, 51," "the 51-year-old Reiner").
 */
function itemUnit(x: FigureItem): string {
  if (x.fact.thing === PERSON_AGE) return 'years old';
  return x.fact.event === 'margin' && x.figure.kind === 'count' ? '' : (x.baseUnit ?? unitOf(x.figure) ?? '');
}

/** Two counted things of one family ("staff" and "employees"), or one thing. */
function sameThing(x: string, y: string): boolean {
  if (x === y) return true;
  const family = COUNT_FAMILIES.get(x);
  return family !== undefined && family === COUNT_FAMILIES.get(y);
}

/** Both name it and the names differ. */
function differ(x: string | undefined, y: string | undefined): boolean {
  return x !== undefined && y !== undefined && x !== y;
}

function eraOf(x: FigureItem, ctx: FigureContext): string | undefined {
  return x.fact.era !== undefined && x.fact.era !== String(ctx.year) ? x.fact.era : undefined;
}

/**
 * Two different names act: Halbrook's offer is not Nessmoor's, one minister's visit not another's. A
 * person's party or company ("Ferran Dalby's party") may be the organisation another source names ("the
 * Civic Union"), so a person who only owns the actor does not keep it apart from an organisation.
 */
function actorsDiffer(a: FigureItem, b: FigureItem, ctx: FigureContext): boolean {
  const ea = a.fact.actorEntity ? ctx.crossId(a.article, a.fact.actorEntity) : undefined;
  const eb = b.fact.actorEntity ? ctx.crossId(b.article, b.fact.actorEntity) : undefined;
  if (ea === undefined || eb === undefined || ea === eb) return false;
  const ownedByPerson = (x: FigureItem): boolean => x.fact.actorType === 'owner:person';
  return !(ownedByPerson(a) !== ownedByPerson(b));
}

/**
 * "a portrait, valued at 2.1 million euros" and "a reliquary, valued at €800,000": a value verb in the
 * passive (or its bare participle) has the valued thing for its subject; two valued things named by
 * different nouns are two values. The active "the museum values the painting at" names the valuer instead.
 * An object's value named by a common noun ("a reliquary, valued at") is no sum someone offers or pays.
 */
function valuedThingsDiffer(x: FactIdentity, y: FactIdentity): boolean {
  const valued = (f: FactIdentity): string | undefined =>
    f.verb !== undefined && VALUE_VERBS.has(f.verb) && (f.passive || /^\S+ed$/.test(f.verbText ?? '')) ? f.actor : undefined;
  const object = (f: FactIdentity): boolean => valued(f) !== undefined && !f.actorEntity;
  const offered = (f: FactIdentity): boolean => f.verb !== undefined && !VALUE_VERBS.has(f.verb);
  return differ(valued(x), valued(y)) || (object(x) && offered(y)) || (object(y) && offered(x));
}

function sameActor(a: FigureItem, b: FigureItem, ctx: FigureContext): boolean {
  if (!a.fact.actor || !b.fact.actor) return false;
  const ea = a.fact.actorEntity ? ctx.crossId(a.article, a.fact.actorEntity) : undefined;
  const eb = b.fact.actorEntity ? ctx.crossId(b.article, b.fact.actorEntity) : undefined;
  if (ea !== undefined && eb !== undefined) return ea === eb;
  // "the party" in one report and "her party" in another may be two parties: a noun that refers back
  // to an organisation names no one in particular.
  return a.fact.actor === b.fact.actor && !COMPANY_REFERENCES.has(a.fact.actor) && !INSTITUTION_REFERENCES.has(a.fact.actor);
}

/**
 * One minister's one-day visit is not the visit another was invited to: each clause names people the other
 * does not. The same named actor on both sides says who it is, however each clause spells the others
 * ("Dastowa", "Dastova").
 */
function peopleApart(a: FigureItem, b: FigureItem, ctx: FigureContext): boolean {
  return !!a.people && !!b.people && !a.people.some((p) => b.people!.includes(p)) && !sameNamedActor(a, b, ctx);
}

/** Both actors are names of the article that resolve to one entity of the story. */
function sameNamedActor(a: FigureItem, b: FigureItem, ctx: FigureContext): boolean {
  const ea = a.fact.actorEntity ? ctx.crossId(a.article, a.fact.actorEntity) : undefined;
  return ea !== undefined && b.fact.actorEntity !== undefined && ea === ctx.crossId(b.article, b.fact.actorEntity);
}

/** Something both identities name differs: the event, the narrowing noun, the direction, the day. */
function namedDifferently(x: FactIdentity, y: FactIdentity): boolean {
  return differ(x.event, y.event) || differ(x.modifier, y.modifier) || differ(x.direction, y.direction) || differ(x.day, y.day) || differ(x.dayOfEvent, y.dayOfEvent);
}

/** Where the counted things are, or whether they are a part among others, differs. */
function placesDiffer(x: FactIdentity, y: FactIdentity): boolean {
  return x.place !== y.place || differ(x.region, y.region) || !!x.partOf !== !!y.partOf || x.group !== y.group;
}

/** Two sets of trading-day parts ("close", "extreme+open") that share none. */
function sessionsDiffer(x: string | undefined, y: string | undefined): boolean {
  if (x === undefined || y === undefined) return false;
  const ys = y.split('+');
  return !x.split('+').some((p) => ys.includes(p));
}

/**
 * The scopes agree (figureScope.ts): both or neither a capacity, neither is a window of reference, both are tallies over the same
 * window (or none), of the same part of a trading day when both name one, both or neither the base of
 * a comparison (unless both name their day), and not a forecast against what a past-tense verb reports.
 */
function sameScope(x: FactIdentity, y: FactIdentity): boolean {
  if (x.isWindow || y.isWindow || x.window !== y.window || !!x.capacity !== !!y.capacity) return false;
  // A base that names its day ("compared with 1.4810 on Monday") is that day's value; one that does not is another time's.
  if (!!x.base !== !!y.base && !(x.day && y.day)) return false;
  if (sessionsDiffer(x.session, y.session) || !!x.withDebt !== !!y.withDebt || differ(x.period, y.period) || differ(x.accumulated, y.accumulated)) return false;
  return !((x.forecast && y.past) || (y.forecast && x.past));
}

/** Who or what a time of day's event happened to: none when the event is its own subject ("the collapse struck"). */
function timeActor(x: FactIdentity): string | undefined {
  return x.eventActor ? undefined : normCount(x.actor);
}

/** Both times are of one act the story's reports name in their openings: it happened once. */
function storyOwnAct(x: FactIdentity, y: FactIdentity, ctx: FigureContext): boolean {
  return x.event !== undefined && x.event === y.event && !!ctx.central?.has(x.event);
}

/** False when two figures cannot be the same quantity: other kind, unit or rate, or anything both name differs. */
export function mayBeSameQuantity(a: FigureItem, b: FigureItem, ctx: FigureContext): boolean {
  const fa = a.figure;
  if (a.article === b.article || fa.kind !== b.figure.kind || !a.interval || !b.interval) return false;
  if (itemUnit(a) !== itemUnit(b) || (a.rate ?? '') !== (b.rate ?? '') || a.tabular || b.tabular) return false;
  const x = a.fact;
  const y = b.fact;
  if (x.thing && y.thing && !sameThing(x.thing, y.thing) && !tollOfAnyone(a, b)) return false;
  if (namedDifferently(x, y)) return false;
  // "24 people on the ground" are a part of the people killed, not another count of them.
  if (placesDiffer(x, y)) return false;
  if (eraOf(a, ctx) !== eraOf(b, ctx) || !sameScope(x, y)) return false;
  if (actorsDiffer(a, b, ctx) || valuedThingsDiffer(x, y) || oppositeSides(x, y)) return false;
  if (peopleApart(a, b, ctx)) return false;
  // At a time of day, what happened to whom: the ferry's capsizing is not the rescue boat's. The story's own
  // act happens once, whatever subject each report gives it ("the roof collapsed", "the shaft collapsed", "the
  // collapse struck"), and an event that is its own subject names no one else.
  if (fa.kind === 'time' && !x.actorEntity && !y.actorEntity && !storyOwnAct(x, y, ctx) && differ(timeActor(x), timeActor(y))) return false;
  for (const stance of STANCE_EVENTS) if ((x.event === stance) !== (y.event === stance)) return false;
  return true;
}

/** A change in percent of one thing in one direction: "bus fares will rise by 4.9%", "a 5.9% increase in bus fares". */
function changeOfSameThing(a: FigureItem, b: FigureItem): boolean {
  return a.figure.kind === 'percent' && !!a.fact.direction && !!b.fact.direction && !!a.fact.thing && !!b.fact.thing;
}

/** The employed, however worded (identity.ts `oneWording`). */
const EMPLOYED = 'employee';

/** The figure counts a part of the story by place ("5,600 staff in Britain"); the place where the whole story happens is no part. */
function partRegion(x: FactIdentity, ctx: FigureContext): boolean {
  // A workforce in a place is the part of the employer's workforce there, wherever the story happens.
  return x.region !== undefined && (!ctx.storyPlaces?.has(x.region) || x.thing === EMPLOYED);
}

/**
 * Enough to call two differing values a disagreement: the thing named on both sides, and the event, the
 * actor, the day, or a noun naming the quantity ("the crew numbered 11") on both or one side.
 */
function specific(a: FigureItem, b: FigureItem, ctx: FigureContext): boolean {
  const x = a.fact;
  const y = b.fact;
  if (a.figure.kind === 'time') return (!!x.event && !!y.event) || (!!x.thing && !!y.thing);
  // "5,600 staff in Britain" against "9,400 staff": a count of one place is likely a part of the other's whole.
  // "31 of the 61 seats": the whole of a part is compared only with another whole.
  if (!x.thing || !y.thing || partRegion(x, ctx) !== partRegion(y, ctx) || !!a.figure.frame?.partitive !== !!b.figure.frame?.partitive) return false;
  if (a.figure.kind === 'duration' || a.figure.kind === 'money' || (x.quantityNamed && y.quantityNamed)) return true;
  if (changeOfSameThing(a, b)) return true;
  if (x.event && y.event) return true;
  if (sameActor(a, b, ctx) || (x.day && y.day)) return true;
  return a.figure.frame?.measure !== undefined || b.figure.frame?.measure !== undefined;
}

/**
 * Two groups of figures may form one fact when every two values of them that conflict are vouched for:
 * the two figures, or figures agreeing with each of them, say enough to call it a disagreement. A fact
 * joined through a third figure ("at least 33 seats" meets both "35 seats" and "61 seats") must not set
 * two figures against each other that say too little to be compared.
 */
function groupsJoin(items: FigureItem[], ctx: FigureContext, ga: readonly number[], gb: readonly number[]): boolean {
  // Lone values far apart ("Some 19,000 votes were cast in the district" / "421,600 votes were cast") would
  // be split again below: a figure that could join them better must still find its match.
  if (unsupportedSpread([...ga, ...gb].map((m) => items[m]!), ctx)) return false;
  const twins = (x: FigureItem, g: readonly number[]): FigureItem[] => g.map((m) => items[m]!).filter((y) => y === x || figureRelation(x, y, ctx) !== 'conflict');
  for (const i of ga)
    for (const j of gb) {
      const x = items[i]!;
      const y = items[j]!;
      if (x.article === y.article || figureRelation(x, y, ctx) !== 'conflict') continue;
      const ys = twins(y, gb);
      const xs = twins(x, ga);
      // "employs 3,200 people in Lindra" agrees with "the Lindra plant, which employs 3,200": a value another
      // source gives for a place is that place's, a part, never in conflict with a whole no source places.
      if (xs.some((z) => partRegion(z.fact, ctx)) !== ys.some((z) => partRegion(z.fact, ctx))) return false;
      if (!xs.some((x2) => ys.some((y2) => x2.article !== y2.article && specific(x2, y2, ctx)))) return false;
    }
  return true;
}

/** Score for "these two figures are about the same quantity", or -1 when they cannot be. */
export function figureAffinity(a: FigureItem, b: FigureItem, ctx: FigureContext): number {
  if (!mayBeSameQuantity(a, b, ctx)) return -1;
  const x = a.fact;
  const y = b.fact;
  // The terms are added in a fixed order: the sums are compared with thresholds and sorted.
  let score = 0;
  // For a length, a time or an amount of money the thing is the whole identity ("the delay", "net profit").
  const whole = a.figure.kind === 'duration' || a.figure.kind === 'money' || a.figure.kind === 'time' || changeOfSameThing(a, b) || (!!x.quantityNamed && !!y.quantityNamed);
  if (x.thing && y.thing) score += x.thing === 'person' ? 0.25 : whole ? 0.6 : 0.4;
  if (x.event && y.event) score += a.figure.kind === 'time' ? 0.6 : 0.25;
  if (sameActor(a, b, ctx)) score += 0.2;
  if (x.day && y.day) score += 0.2;
  if (x.modifier && y.modifier) score += 0.1;
  if (x.about && y.about && x.about === y.about) score += 0.05;
  if (a.inQuote !== b.inQuote) score -= 0.1;
  const { shared, coef } = overlap(a.context, b.context);
  score += 0.3 * coef + 0.02 * Math.min(shared, 5);
  return score;
}

export function intervalsAgree(x: Interval, y: Interval): boolean {
  const tol = 1e-9 * Math.max(1, Math.abs(x.lo), Math.abs(y.lo));
  return x.lo <= y.hi + tol && y.lo <= x.hi + tol;
}

/**
 * Two figure items whose value ranges overlap. Two upper bounds ("a fine of up to £1,000", "as much as
 * £2,500") each claim the maximum: they agree only when the maxima do, though both ranges reach down to nothing.
 */
export function figuresAgree(a: FigureItem, b: FigureItem): boolean {
  const converted = convertedIntervals(a, b);
  if (converted) return intervalsAgree(converted[0], converted[1]);
  if (a.figure.hedge === 'at most' && b.figure.hedge === 'at most') return intervalsAgree({ lo: a.interval!.hi, hi: a.interval!.hi }, { lo: b.interval!.hi, hi: b.interval!.hi });
  return intervalsAgree(a.interval!, b.interval!) || roundedAgree(a, b) || roundedAgree(b, a);
}

/**
 * "Police estimated the crowd at 18,000" against "put it at 18,400": a round value given without a hedge
 * (three zeros or more) is the more precise one rounded, when that lies within half its last written digit
 * (and within 5%): 18,000 and 18,400 agree, 80,000 and 85,000 or 240 and 420 million do not.
 */
function roundedAgree(round: FigureItem, exact: FigureItem): boolean {
  if ((round.figure.kind !== 'count' && round.figure.kind !== 'money') || round.figure.hedge || exact.figure.hedge) return false;
  const [r, e] = [round.interval!, exact.interval!];
  if (r.lo !== r.hi || e.lo !== e.hi || r.lo <= 0) return false;
  const step = roundingStep(r.lo);
  if (step < 1000 || roundingStep(e.lo) >= step) return false;
  return Math.abs(r.lo - e.lo) < Math.min(step / 2, r.lo * 0.05);
}

/** The largest power of ten a whole value is a multiple of (1 for a value with a fraction). */
function roundingStep(v: number): number {
  let step = 1;
  while (step < 1e15 && Number.isInteger(v / (step * 10)) && v >= step * 10) step *= 10;
  return step;
}

/** One value is the sum of the other article's coordinated parts: "242 passengers" and "230 passengers and 12 crew". */
function reconciled(a: FigureItem, b: FigureItem): boolean {
  const inside = (n: number | undefined, i: Interval): boolean => n !== undefined && intervalsAgree({ lo: n, hi: n }, i);
  return inside(b.partOfSum, a.interval!) || inside(a.partOfSum, b.interval!);
}

function pointOf(x: FigureItem): number | undefined {
  return typeof x.figure.value === 'number' ? x.figure.value * (x.unitScale ?? 1) : x.interval?.lo;
}

/**
 * "raised its offer to 820p" against another source's 760p: the other value lies where the revision came
 * from (below a raise, above a cut), so it is the value before the revision, not a contradiction.
 */
function revisedFrom(x: FigureItem, other: number, own: number): boolean {
  const way = x.figure.frame?.revised;
  return way === 'either' || (way === 'up' && other < own) || (way === 'down' && other > own);
}

/** How two values of one fact relate: they agree, one updates the other, or they conflict. */
export function figureRelation(a: FigureItem, b: FigureItem, ctx: FigureContext): FigureRelation {
  if (reconciled(a, b)) return 'agree';
  const pa = pointOf(a);
  const pb = pointOf(b);
  const pointsDiffer = pa !== undefined && pb !== undefined && Math.abs(pa - pb) > 1e-9 * Math.max(1, Math.abs(pa));
  if (pointsDiffer && (revisedFrom(a, pb!, pa!) || revisedFrom(b, pa!, pb!))) return 'update';
  if (pointsDiffer && a.figure.kind === 'count') {
    const running = RUNNING_CLASSES.has(a.fact.event ?? b.fact.event ?? '');
    const cue = (x: FigureItem): boolean => !!x.provisional && (running || !/^(?:at least|more than)$/.test(x.provisional));
    const da = itemReportDay(a, ctx.reportDay);
    const db = itemReportDay(b, ctx.reportDay);
    if (cue(a) || cue(b) || (running && da !== undefined && db !== undefined && da !== db)) return 'update';
    // "at least 37 fires" in Tuesday's report, 52 in Wednesday's: a provisional count that a later report
    // raises is an update whatever is counted.
    const raised = (x: FigureItem, dx: number | undefined, dy: number | undefined, px: number, py: number): boolean => !!x.provisional && dx !== undefined && dy !== undefined && dx < dy && py > px;
    if (raised(a, da, db, pa!, pb!) || raised(b, db, da, pb!, pa!)) return 'update';
    if (movesWithToll(a, b, ctx, (x, y) => figureRelation(x, y, ctx) === 'update')) return 'update';
  }
  return figuresAgree(a, b) ? 'agree' : 'conflict';
}

export function alignFigures(items: FigureItem[], ctx: FigureContext): FigureFact[] {
  const edges: Array<Edge & { specific: boolean }> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      // Two figures of one article never join (clusterItems refuses the merge): not worth scoring.
      if (a.article === b.article) continue;
      const s = figureAffinity(a, b, ctx);
      if (s < AGREE_THRESHOLD) continue;
      const agree = figureRelation(a, b, ctx) === 'agree';
      edges.push({ i, j, score: s, agree, specific: specific(a, b, ctx) });
    }
  }
  const clusters = clusterItems(
    items.length,
    items.map((x) => x.article),
    edges,
    (e) => e.agree || (e.specific && e.score >= CONFLICT_THRESHOLD),
    (i, j) => items[i]!.article === items[j]!.article || mayBeSameQuantity(items[i]!, items[j]!, ctx),
    (ga, gb) => groupsJoin(items, ctx, ga, gb),
  );
  const out: FigureFact[] = [];
  for (const members of clusters.flatMap((c) => (unsupportedSpread(c.map((m) => items[m]!), ctx) ? c.map((m) => [m]) : [c]))) {
    const its = members.map((m) => items[m]!);
    // A whole built from parts is shown only when it meets another source's figure.
    if (its.length === 1 && its[0]!.parts) continue;
    const label = figureLabel(its);
    out.push({
      id: `figure:${label}`,
      kind: 'figure',
      label,
      values: its.map((x) => factValue(x.article, x.span ?? x.figure, x.spanText ?? x.figure.text, figureDisplay(x.figure, x))),
      status: figureStatus(its, ctx),
      items: its,
    });
  }
  return dedupeIds(out);
}

/** How many times larger one value may be than another, between lone values, and still be a misreport of one quantity. */
const LONE_SPREAD = 3;

/**
 * Values no two sources share, lying far apart ("2,100 people" against "240 staff"): a misreported figure
 * is usually near the true one, and nothing corroborates either side, so the values are more likely counts
 * of different things (a part and a whole, two companies) than one quantity reported two ways. When a
 * value is given by several sources, an odd value far from it is still a disagreement; a running toll that
 * grew ("at least 12", later 41) is still an update.
 */
function unsupportedSpread(its: FigureItem[], ctx: FigureContext): boolean {
  const points = its.map(pointOf).filter((p): p is number => p !== undefined && p > 0);
  if (points.length < 2 || Math.max(...points) <= LONE_SPREAD * Math.min(...points)) return false;
  for (let i = 0; i < its.length; i++)
    for (let j = i + 1; j < its.length; j++) if (its[i]!.article !== its[j]!.article && figureRelation(its[i]!, its[j]!, ctx) !== 'conflict') return false;
  return true;
}

function figureStatus(its: FigureItem[], ctx: FigureContext): FigureFact['status'] {
  if (new Set(its.map((x) => x.article)).size < 2) return 'single';
  for (let i = 0; i < its.length; i++)
    for (let j = i + 1; j < its.length; j++) if (its[i]!.article !== its[j]!.article && figureRelation(its[i]!, its[j]!, ctx) !== 'agree') return 'differ';
  return 'agree';
}
