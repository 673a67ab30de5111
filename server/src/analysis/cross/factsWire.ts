// An article's extracted facts as plain data, so the worker that analysed the article can extract them
// too and the persistent cache can keep them: a warm start then reads facts instead of extracting them
// on the main thread. The form is generic over the items' fields (a field added to FigureItem travels
// without a change here): Sets become {$set}, references to the analysis's figures and quotes become
// their indices ({$figure}, {$quote}), and a figure item inside another's `parts` becomes {$item}, so
// decoding restores the very objects (and object identities) extraction made. Item fields never start
// with "$" (an invariant of factTypes.ts). The article's id is not in the wire: decoding puts it back.
//
// Decoding never trusts its input: anything not shaped as the encoder writes it gives undefined, and
// the caller extracts the facts again.

import { primeWordForms, type WordFormEntry } from '../figures/wordForms';
import type { ArticleAnalysis } from '../types';
import type { ArticleFacts, DateItem, FigureItem, QuoteItem } from './factTypes';
import type { SourceArticle } from './types';

/** The wire's layout; a change of it makes older wires undecodable (and so ignored). */
const WIRE_VERSION = 2;

export interface FactsWire {
  v: number;
  figures: unknown[];
  dates: unknown[];
  quotes: unknown[];
  /** The event classes the article's opening names (ArticleFacts.acts). */
  acts?: string[];
  /** The word forms worked out for these facts (see wordForms.ts), so the main thread need not load the model. */
  forms?: WordFormEntry[];
}

interface Refs {
  figures: Map<object, number>;
  quotes: Map<object, number>;
  items: Map<object, number>;
}

/** The facts as plain data (JSON- and structured-clone-safe, apart from non-finite numbers). */
export function factsToWire(facts: ArticleFacts, forms?: WordFormEntry[]): FactsWire {
  const a = facts.article.analysis;
  const refs: Refs = {
    figures: new Map(a.figures.map((f, i) => [f, i])),
    quotes: new Map(a.quotes.map((q, i) => [q, i])),
    items: new Map(facts.figures.map((f, i) => [f, i])),
  };
  const items = (xs: object[]) => xs.map((x) => encodeFields(x, refs));
  const wire: FactsWire = { v: WIRE_VERSION, figures: items(facts.figures), dates: items(facts.dates), quotes: items(facts.quotes) };
  if (facts.acts) wire.acts = [...facts.acts];
  if (forms?.length) wire.forms = forms;
  return wire;
}

/** An item's own fields, its `article` left out. */
function encodeFields(item: object, refs: Refs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (k !== 'article' && v !== undefined) out[k] = encode(v, refs);
  return out;
}

function encode(v: unknown, refs: Refs): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const figure = refs.figures.get(v);
  if (figure !== undefined) return { $figure: figure };
  const quote = refs.quotes.get(v);
  if (quote !== undefined) return { $quote: quote };
  const item = refs.items.get(v);
  if (item !== undefined) return { $item: item };
  if (v instanceof Set) return { $set: [...(v as Set<unknown>)].map((x) => encode(x, refs)) };
  if (Array.isArray(v)) return v.map((x) => encode(x, refs));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = encode(x, refs);
  return out;
}

class BadWire extends Error {}

/** The facts a wire holds for `article`, or undefined when the wire is not one the encoder wrote for it. */
export function factsFromWire(article: SourceArticle, wire: unknown): ArticleFacts | undefined {
  const w = wire as Partial<FactsWire> | null;
  if (typeof w !== 'object' || w === null || w.v !== WIRE_VERSION) return undefined;
  if (!Array.isArray(w.figures) || !Array.isArray(w.dates) || !Array.isArray(w.quotes)) return undefined;
  try {
    const figures: FigureItem[] = w.figures.map(() => ({}) as FigureItem);
    const ctx = { analysis: article.analysis, figures };
    // Items first exist empty, so a {$item} inside `parts` can point at one decoded later.
    w.figures.forEach((x, i) => Object.assign(figures[i]!, decodeItem(x, article.id, ctx)));
    const dates = w.dates.map((x) => decodeItem(x, article.id, ctx) as unknown as DateItem);
    const quotes = w.quotes.map((x) => decodeItem(x, article.id, ctx) as unknown as QuoteItem);
    if (!figures.every(validFigure) || !dates.every(validDate) || !quotes.every(validQuote)) return undefined;
    if (w.acts !== undefined && !(Array.isArray(w.acts) && w.acts.every((c) => typeof c === 'string'))) return undefined;
    primeWordForms(w.forms);
    return w.acts ? { article, figures, dates, quotes, acts: w.acts } : { article, figures, dates, quotes };
  } catch (err) {
    if (err instanceof BadWire) return undefined;
    throw err;
  }
}

interface DecodeContext {
  analysis: ArticleAnalysis;
  figures: FigureItem[];
}

function decodeItem(x: unknown, id: string, ctx: DecodeContext): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new BadWire();
  const out: Record<string, unknown> = { article: id };
  for (const [k, v] of Object.entries(x)) out[k] = decode(v, ctx);
  return out;
}

function decode(v: unknown, ctx: DecodeContext): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => decode(x, ctx));
  const o = v as Record<string, unknown>;
  if ('$figure' in o) return at(ctx.analysis.figures, o.$figure);
  if ('$quote' in o) return at(ctx.analysis.quotes, o.$quote);
  if ('$item' in o) return at(ctx.figures, o.$item);
  if ('$set' in o) {
    if (!Array.isArray(o.$set)) throw new BadWire();
    return new Set(o.$set.map((x) => decode(x, ctx)));
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = decode(x, ctx);
  return out;
}

function at<T>(xs: readonly T[], i: unknown): T {
  if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= xs.length) throw new BadWire();
  return xs[i]!;
}

const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null;

function validFigure(f: FigureItem): boolean {
  return isObject(f.figure) && isObject(f.fact) && f.context instanceof Set && Number.isInteger(f.index) && typeof f.inQuote === 'boolean';
}

function validDate(d: DateItem): boolean {
  return isObject(d.figure) && isObject(d.fact) && d.context instanceof Set && Array.isArray(d.participants) && typeof d.sentence === 'string';
}

function validQuote(q: QuoteItem): boolean {
  return isObject(q.quote) && Array.isArray(q.words);
}
