// Fact alignment: which figures, dates, quotes and roles in different articles are the same fact.
//
// Per article (cached by the engine): every figure and date with its context (content words of its
// clause, the counted noun, the day it is about, a rate such as "a day", event verbs), and every
// quote with its normalised words. Per story: items of different articles are linked when they are
// about the same thing; values that agree are clustered first (so "153 drones launched" meets its twin
// before it can be compared with "133 shot down"), then a value that agrees with nothing may join the
// cluster it fits best when the evidence is strong. A cluster seen in two or more articles is a Fact.

import { plural } from '../numbers';
import type { Figure, Interval, Quote, Span } from '../types';
import { crossOf, entityIndex, foldName } from './resolve';
import { contentStems, dayNumber, humanDate, overlap, sentenceAt, stem, weekdayOf, weekdaysIn, words, cmpStr } from './text';
import type { CrossEntity, Fact, FactValue, SourceArticle } from './types';

// ---------------------------------------------------------------------------------------------
// Per-article extraction

export interface FigureItem {
  /** The words as written for each context stem, for readable labels. */
  surface?: Map<string, string>;
  article: string;
  index: number;
  figure: Figure;
  interval: Interval | null;
  /** Counted noun, singular, lower-case ("dockworker"), from the extractor or the next word. */
  counts?: string;
  /** Weekday the figure is about ("sunday"), from the clause or the sentence before. */
  day?: string;
  /** "day" | "year" | "month" | "week" | "hour" | "worker" ...: "€4.2m a day". */
  rate?: string;
  /** Event class of the clause's verbs ("launch", "destroy", ...). */
  events: Set<string>;
  /** Content stems of the sentence around the figure. */
  context: Set<string>;
  /** Words of a qualifier between the number and the counted noun ("Ukrainian" in "130 Ukrainian drones"). */
  qualifier?: string;
  inQuote: boolean;
}

export interface DateItem {
  article: string;
  figure: Figure;
  /** ISO day when known (precision day). */
  iso?: string;
  weekday?: string;
  precision: 'day' | 'month' | 'year' | 'weekday';
  explicitYear: boolean;
  /** The day and month are written (not only a weekday). */
  monthDayWritten: boolean;
  /** "Sunday's session": the weekday names the event rather than dating it; it never conflicts. */
  possessive: boolean;
  context: Set<string>;
  events: Set<string>;
  sentence: string;
  /** The words as written for each context stem, for readable labels ("followed", not "followe"). */
  surface?: Map<string, string>;
}

export interface QuoteItem {
  article: string;
  quote: Quote;
  words: string[];
}

/** Per-article facts, extracted once per article version. */
export interface ArticleFacts {
  article: SourceArticle;
  figures: FigureItem[];
  dates: DateItem[];
  quotes: QuoteItem[];
}

/** Verb stems that name what happened to a counted thing; different classes are different quantities. */
const EVENT_CLASSES: ReadonlyMap<string, string> = new Map([
  ['launch', 'launch'], ['fire', 'launch'], ['fir', 'launch'], ['sent', 'launch'], ['attack', 'launch'],
  ['destroy', 'destroy'], ['intercept', 'destroy'], ['neutraliz', 'destroy'], ['neutralis', 'destroy'],
  ['down', 'destroy'], ['shot', 'destroy'], ['downed', 'destroy'],
  ['kill', 'kill'], ['die', 'kill'], ['dead', 'kill'], ['death', 'kill'],
  ['injur', 'injure'], ['injure', 'injure'], ['wound', 'injure'], ['hurt', 'injure'],
  ['evacuat', 'evacuate'], ['evacuate', 'evacuate'],
  ['arrest', 'arrest'], ['detain', 'arrest'],
  ['divert', 'divert'], ['wait', 'wait'], ['anchor', 'wait'],
  ['demand', 'demand'], ['ask', 'demand'], ['offer', 'offer'], ['opening', 'offer'],
  ['turnout', 'turnout'], ['favour', 'vote'], ['favor', 'vote'],
  ['cost', 'cost'], ['costing', 'cost'],
  ['rise', 'rise'], ['raise', 'rise'], ['premium', 'premium'],
  ['handle', 'handle'], ['member', 'member'],
  ['occupy', 'occupy'], ['occupi', 'occupy'], ['control', 'occupy'],
]);

const RATE_RE = /^\s*(?:a|an|per|each|every)\s+(day|week|month|year|hour|minute|worker|person|head|member|employee|docker|household|annum)\b/i;

/** Counted nouns that name the same things. */
const COUNT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['vessel', 'ship'], ['boat', 'ship'], ['ship', 'ship'],
  ['docker', 'dockworker'], ['dockworker', 'dockworker'], ['striker', 'dockworker'], ['docker', 'dockworker'],
  ['talk', 'session'], ['meeting', 'session'], ['session', 'session'], ['negotiation', 'session'],
  ['people', 'person'], ['person', 'person'], ['individual', 'person'], ['resident', 'person'],
  ['uav', 'drone'], ['drone', 'drone'],
  ['euro', 'EUR'], ['dollar', 'USD'],
]);

/** Counted nouns that may stand for each other in one story ("members of the union" who struck). */
const COUNT_FAMILIES: ReadonlyMap<string, string> = new Map([
  ['dockworker', 'workers'], ['worker', 'workers'], ['member', 'workers'], ['employee', 'workers'], ['staff', 'workers'],
]);

function countsKey(c: string | undefined): string | undefined {
  if (!c) return undefined;
  const s = stem(c.toLowerCase());
  return COUNT_SYNONYMS.get(s) ?? s;
}

function intervalOf(f: Figure): Interval | null {
  if (f.interval) return f.interval;
  return typeof f.value === 'number' ? { lo: f.value, hi: f.value } : null;
}

function insideQuote(a: SourceArticle, span: Span): boolean {
  return a.analysis.quotes.some((q) => q.kind !== 'term' && q.inner.start <= span.start && span.end <= q.inner.end);
}

function eventsOf(stems: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const s of stems) {
    const e = EVENT_CLASSES.get(s) ?? EVENT_CLASSES.get(s.replace(/e$/, ''));
    if (e) out.add(e);
  }
  return out;
}

export function extractArticleFacts(article: SourceArticle): ArticleFacts {
  const a = article.analysis;
  const text = article.text;
  const figures: FigureItem[] = [];
  const dates: DateItem[] = [];
  const quotes: QuoteItem[] = [];

  // Figures grouped by sentence so a weekday can be given to the nearest figure only.
  const bySentence = new Map<number, number[]>();
  a.figures.forEach((f, i) => {
    const s = sentenceAt(a, f.start);
    const k = s ? s.index : -1;
    bySentence.set(k, [...(bySentence.get(k) ?? []), i]);
  });

  for (const [si, idxs] of bySentence) {
    const sentence = si >= 0 ? a.sentences[si]! : { start: 0, end: text.length, paragraph: 0 };
    const sText = text.slice(sentence.start, sentence.end);
    const days = weekdaysIn(text, sentence);
    // An anaphoric sentence ("That meeting lasted 90 minutes.") is about the day the sentence before named.
    const prevDay = (() => {
      if (days.length > 0 || si <= 0 || !/^\s*(That|This|It|These|Those)\b/.test(sText)) return undefined;
      const prev = a.sentences[si - 1]!;
      if (prev.paragraph !== sentence.paragraph) return undefined;
      const ds = weekdaysIn(text, prev);
      return ds[ds.length - 1]?.day;
    })();
    const sorted = [...idxs].sort((x, y) => a.figures[x]!.start - a.figures[y]!.start);
    /** The part of the sentence nearest this figure: cut halfway to the neighbouring figures. */
    const local = (k: number): string => {
      const f = a.figures[sorted[k]!]!;
      const prev = sorted[k - 1] !== undefined ? a.figures[sorted[k - 1]!]! : undefined;
      const next = sorted[k + 1] !== undefined ? a.figures[sorted[k + 1]!]! : undefined;
      const lo = prev ? Math.floor((prev.end + f.start) / 2) : sentence.start;
      const hi = next ? Math.ceil((f.end + next.start) / 2) : sentence.end;
      // Never cut a word in half: a fragment ("egotiator") would become a bogus context word.
      const isLetter = (at: number) => /[\p{L}\p{N}]/u.test(text[at] ?? '');
      let from = Math.max(lo, f.start - 90);
      while (from < f.start && from > 0 && isLetter(from - 1) && isLetter(from)) from++;
      let to = Math.min(hi, f.end + 90);
      while (to > f.end && isLetter(to - 1) && isLetter(to)) to--;
      return text.slice(from, f.start) + ' ' + text.slice(f.end, to);
    };

    sorted.forEach((i, k) => {
      const f = a.figures[i]!;
      const near = local(k);
      const stems = contentStems(near);
      const surface = surfaceWords(near);
      if (f.kind === 'date' || f.kind === 'year') {
        const iso = typeof f.value === 'string' ? f.value : undefined;
        const precision = f.precision ?? (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'day' : iso && /^\d{4}-\d{2}$/.test(iso) ? 'month' : 'year');
        const ctx = new Set(stems);
        const writtenWeekday = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i.exec(f.text)?.[1]?.toLowerCase();
        dates.push({
          article: article.id,
          figure: f,
          iso: iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : undefined,
          weekday: f.weekday?.toLowerCase() ?? writtenWeekday,
          precision,
          explicitYear: f.kind === 'year' || /\b\d{4}\b/.test(f.text),
          monthDayWritten: /\d/.test(f.text.replace(/\b\d{4}\b/, '')),
          possessive: /^['’]s\b/.test(text.slice(f.end, f.end + 3)) || /['’]s$/.test(f.text),
          context: ctx,
          events: eventsOf(ctx),
          sentence: sText,
          surface,
        });
        return;
      }
      if (f.kind === 'ordinal') return;
      // The nearest weekday with no other figure in between: "on Sunday" looks back to what it
      // dates, "Sunday's" forward.
      let day: string | undefined;
      let best = Infinity;
      for (const d of days) {
        const lo = Math.min(d.end, f.end);
        const hi = Math.max(d.start, f.start);
        const between = idxs.some((j) => {
          if (j === i) return false;
          const g = a.figures[j]!;
          return g.kind !== 'date' && g.start >= lo && g.end <= hi;
        });
        if (between) continue;
        const after = d.start >= f.end;
        let dist = after ? d.start - f.end : f.start - d.end;
        const possessive = /['’]s$/.test(text.slice(d.start, d.end));
        const onBefore = /\b(on|since|last|by|until)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start));
        if (after && possessive) dist += 40;
        if (!after && onBefore) dist += 40;
        if (dist < best) {
          best = dist;
          day = d.day;
        }
      }
      day ??= prevDay;
      const rate = RATE_RE.exec(text.slice(f.end, f.end + 30))?.[1]?.toLowerCase();
      const counts = countsKey(f.counts);
      const qualifier = /^\s+([A-Z][a-z]+)\s+[a-z]/.exec(text.slice(f.end, f.end + 40))?.[1]?.toLowerCase();
      figures.push({
        article: article.id,
        index: i,
        figure: f,
        interval: intervalOf(f),
        counts,
        day,
        rate: rate === 'annum' ? 'year' : rate,
        events: eventsOf(stems),
        context: new Set(stems),
        qualifier,
        inQuote: insideQuote(article, f),
        surface,
      });
    });
  }

  for (const q of a.quotes) {
    if (q.kind === 'term') continue;
    const w = words(q.text);
    if (w.length === 0) continue;
    quotes.push({ article: article.id, quote: q, words: w });
  }
  return { article, figures, dates, quotes };
}

// ---------------------------------------------------------------------------------------------
// Per-story alignment

export interface FigureFact extends Fact {
  kind: 'figure';
  items: FigureItem[];
}

export interface DateFact extends Fact {
  kind: 'date';
  items: DateItem[];
}

export interface QuoteFact extends Fact {
  kind: 'quote';
  items: QuoteItem[];
  /** Speaker cross entity id per item (null when unknown). */
  speakers: Array<string | null>;
}

export interface RoleFact extends Fact {
  kind: 'role';
  person: CrossEntity;
}

export interface Aligned {
  facts: Fact[];
  figures: FigureFact[];
  dates: DateFact[];
  quotes: QuoteFact[];
  roles: RoleFact[];
  /** Quote pairs with the same words credited to different people. */
  misattributed: Array<{ a: QuoteItem; b: QuoteItem; speakerA: CrossEntity; speakerB: CrossEntity }>;
  /** All per-article facts of the story. */
  articles: ArticleFacts[];
  entities: CrossEntity[];
}

export function alignFacts(articles: ArticleFacts[], entities: CrossEntity[]): Aligned {
  const index = entityIndex(entities);
  const figures = alignFigures(articles.flatMap((a) => a.figures));
  const dates = alignDates(articles.flatMap((a) => a.dates));
  const { facts: quotes, misattributed } = alignQuotes(articles.flatMap((a) => a.quotes), index);
  const roles = roleFacts(entities);
  const facts = sortFacts([...entityFacts(entities), ...figures, ...dates, ...quotes, ...roles]);
  return { facts, figures, dates, quotes, roles, misattributed, articles, entities };
}

const KIND_ORDER: Record<string, number> = { person: 0, organization: 1, place: 2, other: 3, role: 4, figure: 5, date: 6, quote: 7 };

/** Fact-sheet order: by kind, then label. */
export function sortFacts<T extends Fact>(facts: T[]): T[] {
  return [...facts].sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || cmpStr(a.label, b.label) || cmpStr(a.id, b.id));
}

function value(article: string, span: Span, text: string, display: string): FactValue {
  return { article, span: { start: span.start, end: span.end }, text, display };
}

function entityFacts(entities: CrossEntity[]): Fact[] {
  const out: Fact[] = [];
  for (const e of entities) {
    const arts = new Set(e.members.map((m) => m.article));
    const values: FactValue[] = [];
    for (const m of e.members) {
      const first = m.mentions[0];
      if (first) values.push(value(m.article, first, '', e.name));
    }
    const spellingsDiffer = new Set(e.spellings.map((s) => s.text.toLowerCase())).size > 1 && nameVariants(e).length > 0;
    out.push({
      id: e.id,
      kind: e.type,
      label: e.name,
      entity: e.id,
      values: values.map((v) => ({ ...v, text: v.text || e.name })),
      status: arts.size < 2 ? 'single' : spellingsDiffer ? 'differ' : 'agree',
    });
  }
  return out;
}

// ---- Figures ---------------------------------------------------------------------------------

const KIND_UNIT_DEFAULT: Record<string, string> = { percent: '%', duration: 'seconds' };

function unitOf(f: Figure): string | undefined {
  return f.unit ?? KIND_UNIT_DEFAULT[f.kind];
}

/** Score for "these two figures are about the same quantity", or -1 when they cannot be. */
export function figureAffinity(a: FigureItem, b: FigureItem): number {
  if (a.article === b.article) return -1;
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== fb.kind) return -1;
  if (!a.interval || !b.interval) return -1;
  if ((unitOf(fa) ?? '') !== (unitOf(fb) ?? '')) return -1;
  if ((a.rate ?? '') !== (b.rate ?? '')) return -1;
  let score = 0;
  if (a.day && b.day && a.day !== b.day) {
    // Sunday's session and Monday's are different quantities; for counts the day is weaker evidence.
    if (fa.kind === 'duration' || !a.counts || !b.counts) return -1;
    score -= 0.15;
  }
  if (fa.kind === 'count' && (!a.counts || !b.counts)) return -1;
  if (a.counts && b.counts) {
    if (a.counts === b.counts) score += 0.35;
    else {
      const fa1 = COUNT_FAMILIES.get(a.counts);
      if (fa1 && fa1 === COUNT_FAMILIES.get(b.counts)) score += 0.15;
      else return -1;
    }
  }
  if (a.qualifier !== b.qualifier && (a.qualifier || b.qualifier)) score -= 0.2;
  for (const stance of STANCE_EVENTS) if (a.events.has(stance) !== b.events.has(stance)) return -1;
  if (a.events.size > 0 && b.events.size > 0) {
    const { shared } = overlap(a.events, b.events);
    if (shared === 0) return -1;
    score += 0.15;
  }
  if (a.day && b.day && a.day === b.day) score += 0.2;
  const { shared, coef } = overlap(a.context, b.context);
  score += 0.5 * coef + 0.03 * Math.min(shared, 5);
  return score;
}

/** Events that make a figure one side's position: a demand is not an offer is not the outcome. */
const STANCE_EVENTS = ['demand', 'offer'];

export function intervalsAgree(x: Interval, y: Interval): boolean {
  const tol = 1e-9 * Math.max(1, Math.abs(x.lo), Math.abs(y.lo));
  return x.lo <= y.hi + tol && y.lo <= x.hi + tol;
}

/** Link thresholds: agreeing values need less evidence than disagreeing ones. */
export const AGREE_THRESHOLD = 0.35;
export const CONFLICT_THRESHOLD = 0.6;

function alignFigures(items: FigureItem[]): FigureFact[] {
  const edges: Array<{ i: number; j: number; score: number; agree: boolean }> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const s = figureAffinity(items[i]!, items[j]!);
      if (s < AGREE_THRESHOLD) continue;
      edges.push({ i, j, score: s, agree: intervalsAgree(items[i]!.interval!, items[j]!.interval!) });
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
    // A fact only one source reports is still a fact (the fact sheet and the report show it).
    const single = new Set(its.map((x) => x.article)).size < 2;
    const label = figureLabel(its);
    let differ = false;
    for (let i = 0; i < its.length && !differ; i++)
      for (let j = i + 1; j < its.length; j++)
        if (its[i]!.article !== its[j]!.article && !intervalsAgree(its[i]!.interval!, its[j]!.interval!)) differ = true;
    out.push({
      id: `figure:${label}`,
      kind: 'figure',
      label,
      values: its.map((x) => value(x.article, x.figure, x.figure.text, figureDisplay(x.figure))),
      status: single ? 'single' : differ ? 'differ' : 'agree',
      items: its,
    });
  }
  return dedupeIds(out);
}

/**
 * Clusters items: edges in order of (agree first, then score); a cluster never holds two items
 * of one article. `usable` says which edges may merge at all.
 */
function clusterItems<E extends { i: number; j: number; score: number; agree: boolean }>(
  n: number,
  articleOf: string[],
  edges: E[],
  usable: (e: E) => boolean,
): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const arts = Array.from({ length: n }, (_, i) => new Set([articleOf[i]!]));
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
    if (clash) continue;
    parent[rb] = ra;
    for (const x of arts[rb]!) arts[ra]!.add(x);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  }
  return [...groups.values()];
}

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

function dedupeIds<T extends Fact>(facts: T[]): T[] {
  const seen = new Map<string, number>();
  for (const f of facts.sort((a, b) => cmpStr(a.id, b.id) || cmpStr(a.values[0]!.article, b.values[0]!.article) || a.values[0]!.span.start - b.values[0]!.span.start)) {
    const n = seen.get(f.id) ?? 0;
    seen.set(f.id, n + 1);
    if (n > 0) f.id = `${f.id}#${n + 1}`;
  }
  return facts;
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  if (Math.abs(n) >= 1e9 && n % 1e7 === 0) return `${n / 1e9} billion`;
  if (Math.abs(n) >= 1e6 && n % 1e4 === 0) return `${n / 1e6} million`;
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** Units a duration is shown in, largest first; a year is 365.25 days, as the figures extractor counts. */
const DURATION_UNITS: Array<[number, string]> = [
  [31_557_600, 'year'],
  [2_629_800, 'month'],
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** "2 years", "90 minutes", "1 day": the largest unit the duration is a whole number of. */
export function durationText(sec: number): string {
  for (const [size, name] of DURATION_UNITS) {
    const n = sec / size;
    if (n >= 1 && Math.abs(n - Math.round(n)) < 1e-9) return `${formatNumber(Math.round(n))} ${name}${Math.round(n) === 1 ? '' : 's'}`;
  }
  return `${formatNumber(sec)} seconds`;
}

export function figureDisplay(f: Figure): string {
  const v = typeof f.value === 'number' ? f.value : null;
  if (v === null) return f.text;
  const hedge = f.hedge ? `${f.hedge} ` : '';
  if (f.kind === 'duration') return `${hedge}${durationText(v)}`;
  if (f.kind === 'percent') return `${hedge}${formatNumber(Math.round(v * 100000) / 1000)}%`;
  if (f.kind === 'money') return `${hedge}${formatNumber(v)} ${f.unit ?? ''}`.trim();
  const noun = f.counts ? (Math.abs(v) === 1 ? f.counts : plural(f.counts)) : f.unit;
  return `${hedge}${formatNumber(v)}${noun ? ` ${noun}` : ''}`;
}

// ---- Dates -------------------------------------------------------------------------------------

/**
 * How surely two dates are about the same event: the event words near them, weighted so that words
 * every date of the story has nearby ("strike", "port") count little. -1 when they cannot be.
 */
export function dateAffinity(a: DateItem, b: DateItem, weight: (w: string) => number = () => 1): number {
  if (a.article === b.article) return -1;
  if (a.precision === 'year' || b.precision === 'year' || a.precision === 'month' || b.precision === 'month') return -1;
  if (a.events.size > 0 && b.events.size > 0 && overlap(a.events, b.events).shared === 0) return -1;
  // "Sunday's session" and "Monday's session" are two events, not one event dated two ways.
  if ((a.possessive || b.possessive) && a.weekday && b.weekday && a.weekday !== b.weekday) return -1;
  let shared = 0;
  let sw = 0;
  let wa = 0;
  let wb = 0;
  for (const w of a.context) {
    const x = weight(w);
    wa += x;
    if (b.context.has(w)) {
      shared++;
      sw += x;
    }
  }
  for (const w of b.context) wb += weight(w);
  if (shared < 2 || wa === 0 || wb === 0) return -1;
  return sw / Math.min(wa, wb);
}

/** Two dates agree when every part both sources wrote (weekday, day and month, year) is the same. */
export function datesAgree(a: DateItem, b: DateItem): boolean {
  if (a.possessive || b.possessive) return true;
  // A full written date outweighs the weekday next to it (a wrong weekday is a weekday-mismatch).
  const wa = a.weekday && a.iso && a.monthDayWritten && a.explicitYear ? weekdayOf(a.iso) : a.weekday;
  const wb = b.weekday && b.iso && b.monthDayWritten && b.explicitYear ? weekdayOf(b.iso) : b.weekday;
  if (wa && wb && wa !== wb) return false;
  if (a.iso && b.iso && a.monthDayWritten && b.monthDayWritten) {
    if (a.iso.slice(5) !== b.iso.slice(5)) return false;
    if (a.explicitYear && b.explicitYear && a.iso.slice(0, 4) !== b.iso.slice(0, 4)) return false;
  }
  return true;
}

export const DATE_AGREE_THRESHOLD = 0.45;
export const DATE_CONFLICT_THRESHOLD = 0.55;

function alignDates(items: DateItem[]): DateFact[] {
  const df = new Map<string, number>();
  for (const x of items) for (const w of x.context) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(1, items.length);
  const weight = (w: string): number => Math.log(1 + n / (df.get(w) ?? 1));
  const edges: Array<{ i: number; j: number; score: number; agree: boolean }> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const s = dateAffinity(items[i]!, items[j]!, weight);
      if (s < DATE_AGREE_THRESHOLD) continue;
      edges.push({ i, j, score: s, agree: datesAgree(items[i]!, items[j]!) });
    }
  }
  const clusters = clusterItems(items.length, items.map((x) => x.article), edges, (e) => e.agree || e.score >= DATE_CONFLICT_THRESHOLD);
  const out: DateFact[] = [];
  for (const members of clusters) {
    const its = members.map((m) => items[m]!);
    // A fact only one source reports is still a fact (the fact sheet and the report show it).
    const single = new Set(its.map((x) => x.article)).size < 2;
    let differ = false;
    for (let i = 0; i < its.length; i++) for (let j = i + 1; j < its.length; j++) if (!datesAgree(its[i]!, its[j]!)) differ = true;
    const ctx = new Map<string, number>();
    for (const x of its) for (const w of x.context) ctx.set(w, (ctx.get(w) ?? 0) + weight(w));
    const label = [...ctx]
      .sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0]))
      .slice(0, 2)
      .map(([w]) => its.map((x) => x.surface?.get(w)).find(Boolean) ?? w)
      .join(' ');
    out.push({
      id: `date:${label || 'event'}`,
      kind: 'date',
      label: label || 'event',
      values: its.map((x) => value(x.article, x.figure, x.figure.text, dateDisplay(x))),
      status: single ? 'single' : differ ? 'differ' : 'agree',
      items: its,
    });
  }
  return dedupeIds(out);
}

/** The first written form of each content stem in a text (labels show words, not stems). */
function surfaceWords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of words(text)) {
    if (w.length <= 2 || /^[\d.,]+$/.test(w)) continue;
    const st = stem(w);
    if (!out.has(st)) out.set(st, w);
  }
  return out;
}

export function dateDisplay(d: DateItem): string {
  const wd = d.weekday ?? (d.iso ? weekdayOf(d.iso) : undefined);
  const wdCap = wd ? wd[0]!.toUpperCase() + wd.slice(1) : '';
  if (d.iso && d.monthDayWritten) return `${wdCap ? wdCap + ' ' : ''}${d.explicitYear ? humanDate(d.iso) : humanDate(d.iso).replace(/ \d{4}$/, '')}`;
  if (typeof d.figure.value === 'string') return humanDate(d.figure.value);
  return wdCap || d.figure.text;
}

export { dayNumber };

// ---- Quotes ------------------------------------------------------------------------------------

/** Longest common subsequence of two word lists, as index pairs. */
export function lcs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > 250_000) return [];
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

function contains(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

function trigrams(w: string[]): Set<string> {
  const s = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) s.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return s;
}

export type QuoteRelation = 'same' | 'variant' | 'none';

/** Are two quotes the same statement? 'same' when the words match (one may contain the other). */
export function quoteRelation(a: string[], b: string[]): QuoteRelation {
  if (a.join(' ') === b.join(' ')) return 'same';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && contains(long, short)) return 'same';
  if (short.length < 5) return 'none';
  const l = lcs(a, b).length;
  const ta = trigrams(a);
  let sharedTri = 0;
  for (const t of trigrams(b)) if (ta.has(t)) sharedTri++;
  if (l >= 4 && l / short.length >= 0.5 && sharedTri >= 2) return 'variant';
  return 'none';
}

/** The words that differ between two wordings, as "here → there" pairs (at most `max`). */
export function wordDiff(aText: string, bText: string, max = 4): Array<{ a: string; b: string }> {
  const tok = (s: string): string[] => s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  const at = tok(aText);
  const bt = tok(bText);
  const pairs = lcs(at.map((w) => w.toLowerCase().replace(/’/g, "'")), bt.map((w) => w.toLowerCase().replace(/’/g, "'")));
  const out: Array<{ a: string; b: string }> = [];
  let pi = 0;
  let pj = 0;
  for (const [i, j] of [...pairs, [at.length, bt.length] as [number, number]]) {
    if (i > pi || j > pj) {
      out.push({ a: at.slice(pi, i).join(' '), b: bt.slice(pj, j).join(' ') });
    }
    pi = i + 1;
    pj = j + 1;
  }
  return out.slice(0, max);
}

function alignQuotes(items: QuoteItem[], index: Map<string, CrossEntity>): { facts: QuoteFact[]; misattributed: Aligned['misattributed'] } {
  const speakerOf = (q: QuoteItem): CrossEntity | undefined => {
    const e = crossOf(index, q.article, q.quote.speakerId);
    return e && e.type === 'person' ? e : undefined;
  };
  const speakers = items.map(speakerOf);
  const edges: Array<{ i: number; j: number; score: number; agree: boolean }> = [];
  const misattributed: Aligned['misattributed'] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.article === b.article) continue;
      const rel = quoteRelation(a.words, b.words);
      if (rel === 'none') continue;
      const sa = speakers[i];
      const sb = speakers[j];
      if (sa && sb && sa.id !== sb.id) {
        if (Math.min(a.words.length, b.words.length) >= 5) misattributed.push({ a, b, speakerA: sa, speakerB: sb });
        continue;
      }
      if (!sa || !sb) {
        // Unknown speaker on one side: the same words still corroborate, but a variant needs a speaker.
        if (rel !== 'same') continue;
      }
      edges.push({ i, j, score: rel === 'same' ? 2 : lcs(a.words, b.words).length / Math.min(a.words.length, b.words.length), agree: rel === 'same' });
    }
  }
  const clusters = clusterItems(items.length, items.map((x) => x.article), edges, () => true);
  const facts: QuoteFact[] = [];
  for (const members of clusters) {
    const its = members.map((m) => items[m]!);
    // A fact only one source reports is still a fact (the fact sheet and the report show it).
    const single = new Set(its.map((x) => x.article)).size < 2;
    const sp = members.map((m) => speakers[m]?.id ?? null);
    const speakerEntity = members.map((m) => speakers[m]).find(Boolean);
    const speakerName = speakerEntity ? lastName(speakerEntity.name) : its.find((x) => x.quote.speaker)?.quote.speaker ?? 'unknown speaker';
    let differ = false;
    for (let i = 0; i < its.length; i++)
      for (let j = i + 1; j < its.length; j++)
        if (its[i]!.article !== its[j]!.article && quoteRelation(its[i]!.words, its[j]!.words) === 'variant') differ = true;
    const longest = [...its].sort((x, y) => y.words.length - x.words.length)[0]!;
    const shown = longest.quote.text.trim().split(/\s+/);
    const label = `${speakerName} — “${shown.slice(0, 6).join(' ').replace(/[,;:]$/, '')}${shown.length > 6 ? ' …' : ''}”`;
    facts.push({
      id: `quote:${speakerEntity?.id ?? 'unknown'}:${longest.words.slice(0, 6).join(' ')}`,
      kind: 'quote',
      label,
      entity: speakerEntity?.id,
      values: its.map((x) => value(x.article, x.quote.inner, x.quote.text, x.quote.text.replace(/\s+/g, ' ').trim())),
      status: single ? 'single' : differ ? 'differ' : 'agree',
      items: its,
      speakers: sp,
    });
  }
  return { facts: dedupeIds(facts), misattributed };
}

export function lastName(name: string): string {
  const w = name.split(/\s+/);
  return w[w.length - 1] ?? name;
}

// ---- Roles & names -------------------------------------------------------------------------------

function roleFacts(entities: CrossEntity[]): RoleFact[] {
  const out: RoleFact[] = [];
  for (const e of entities) {
    if (e.type !== 'person' || e.roles.length === 0) continue;
    const arts = new Set(e.roles.map((r) => r.location.article));
    out.push({
      id: `role:${e.id}`,
      kind: 'role',
      label: `${e.name} — role`,
      entity: e.id,
      values: e.roles.map((r) => value(r.location.article, r.location.span, r.text, r.normalized)),
      status: arts.size < 2 ? 'single' : 'agree',
      person: e,
    });
  }
  return out;
}

/** Spelling variants of a cross entity: per name word position, the spellings and the articles. */
export interface NameVariant {
  /** "surname" | "first name" | "name". */
  part: string;
  spellings: Array<{ text: string; articles: string[] }>;
}

export function nameVariants(e: CrossEntity): NameVariant[] {
  const norm = (s: string): string => s.replace(/[’‘`´]/g, "'").toLowerCase();
  const out: NameVariant[] = [];
  if (e.type === 'person') {
    const parts: Array<[string, (ws: string[]) => string | undefined]> = [
      ['surname', (ws) => ws[ws.length - 1]],
      ['first name', (ws) => (ws.length > 1 ? ws[0] : undefined)],
    ];
    for (const [part, pick] of parts) {
      const by = new Map<string, { text: string; articles: Set<string> }>();
      for (const s of e.spellings) {
        const w = pick(s.text.split(/\s+/));
        if (!w) continue;
        const k = norm(w);
        const cur = by.get(k) ?? { text: w, articles: new Set<string>() };
        for (const a of s.articles) cur.articles.add(a);
        by.set(k, cur);
      }
      if (by.size > 1) out.push({ part, spellings: [...by.values()].map((v) => ({ text: v.text, articles: [...v.articles].sort() })) });
    }
  } else {
    // Other names: spellings that differ beyond case, where both are full names (not an acronym).
    const by = new Map<string, { text: string; articles: Set<string> }>();
    for (const s of e.spellings) {
      if (/^[\p{Lu}.&]+$/u.test(s.text) && s.text.length <= 6) continue;
      const k = norm(s.text);
      const cur = by.get(k) ?? { text: s.text, articles: new Set<string>() };
      for (const a of s.articles) cur.articles.add(a);
      by.set(k, cur);
    }
    // Only spellings that fold together (Kiev / Kyiv) are variants; "Owlhole" vs "Owlhole Cave" is not.
    const groups = new Map<string, Array<{ text: string; articles: Set<string> }>>();
    for (const v of by.values()) {
      const f = foldKey(v.text);
      groups.set(f, [...(groups.get(f) ?? []), v]);
    }
    for (const g of groups.values()) {
      if (g.length > 1) out.push({ part: 'name', spellings: g.map((v) => ({ text: v.text, articles: [...v.articles].sort() })) });
    }
  }
  // A variant needs the spellings to be in different articles (one article spelling two ways is not a
  // cross-source disagreement).
  return out.filter((v) => {
    const exclusive = v.spellings.filter((s) => s.articles.some((a) => v.spellings.every((t) => t === s || !t.articles.includes(a))));
    return exclusive.length >= 2;
  });
}

function foldKey(s: string): string {
  return foldName(s);
}
