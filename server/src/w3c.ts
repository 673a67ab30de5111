// The analysis as W3C Web Annotations (Web Annotation Data Model, W3C Recommendation 2017): one
// JSON-LD AnnotationCollection, with one Annotation per entity mention, figure and quote, and one per
// cross-source finding whose targets are every passage involved. This is the format annotation tools
// read (Hypothesis, Recogito, INCEpTION). Pure: the CLI (`annotate --format w3c`) and the language
// server (newslens/annotations) build it from what they have read.
//
// Vocabulary (documented in the README): every body is a TextualBody. purpose "tagging" carries what
// the passage is ("person", "figure", "duration", "quote", "speech", a check id); "identifying" the
// canonical name of the entity a mention names; "describing" the rest in words (roles, a figure's
// normalised value, a quote's speaker, a finding's message). A target is the article's file URI with
// a TextPositionSelector (start and end in UTF-16 code units, like every offset of NewsLens and of
// the browser's DOM; the model counts code points, which differ only after characters outside the
// Basic Multilingual Plane such as emoji) and a TextQuoteSelector (exact, with prefix and suffix) that
// finds the passage again even then, or after an edit.

import { createHash } from 'node:crypto';
import type { Finding } from './analysis/cross/types';
import type { ArticleAnalysis, Entity, Figure, Quote, Span } from './analysis/types';
import { displayNumber, distinctRoles } from './format';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How many characters of context a TextQuoteSelector keeps on each side of the passage. */
const QUOTE_CONTEXT = 32;

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface SpecificResource {
  type: 'SpecificResource';
  source: string;
  selector: [TextPositionSelector, TextQuoteSelector];
}
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'identifying' | 'describing';
  value: string;
  format: 'text/plain';
}
export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'classifying' | 'assessing';
  body: TextualBody[];
  target: SpecificResource | SpecificResource[];
}
export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  startIndex: 0;
  items: Annotation[];
}
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** Absent when the collection is empty (the model has no empty pages). */
  first?: AnnotationPage;
}

/** One article to annotate: its IRI (a file: URI), its text and the analysis of that text. */
export interface W3cArticle {
  /** The id findings use for it (the CLI's path, the server's URI). */
  id: string;
  source: string;
  text: string;
  analysis: ArticleAnalysis;
}

function hashId(kind: string, ...parts: Array<string | number>): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
  return `urn:newslens:${kind}:${h}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The passage as a resource: the file with where the passage stands and what it says. */
export function target(article: Pick<W3cArticle, 'source' | 'text'>, span: Span): SpecificResource {
  const { text } = article;
  let from = Math.max(0, span.start - QUOTE_CONTEXT);
  let to = Math.min(text.length, span.end + QUOTE_CONTEXT);
  // Never cut a character in two (a surrogate pair) at the edge of the context.
  if (from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from--;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to++;
  return {
    type: 'SpecificResource',
    source: article.source,
    selector: [
      { type: 'TextPositionSelector', start: span.start, end: span.end },
      { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), prefix: text.slice(from, span.start), suffix: text.slice(span.end, to) },
    ],
  };
}

function body(purpose: TextualBody['purpose'], value: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

function entityAnnotations(a: W3cArticle, e: Entity): Annotation[] {
  const roles = distinctRoles(e.roles.map((r) => r.text));
  const bodies = [body('tagging', e.type), body('identifying', e.name)];
  if (roles.length) bodies.push(body('describing', `Roles: ${roles.join('; ')}`));
  return e.mentions.map((m) => ({
    id: hashId('anno', a.source, 'entity', m.start, m.end),
    type: 'Annotation',
    motivation: 'identifying',
    body: bodies,
    target: target(a, m),
  }));
}

/** A figure's normalised value in words: "5400 seconds", "2025-12-15", "0.8 (80%)", "about 153 drone". */
export function figureValueText(f: Figure): string {
  let value: string;
  if (f.value === null) value = f.text;
  else if (typeof f.value === 'string') value = f.value;
  else if (f.kind === 'percent') value = `${f.value} (${displayNumber(f.value * 100, 4)}%)`;
  else value = `${f.value}${f.unit ? ` ${f.unit}` : ''}`;
  const parts = [`Value: ${value}`];
  if (f.hedge) parts.push(`hedge: ${f.hedge}`);
  if (f.counts) parts.push(`counts: ${f.counts}`);
  return parts.join('; ');
}

function figureAnnotation(a: W3cArticle, f: Figure): Annotation {
  return {
    id: hashId('anno', a.source, 'figure', f.start, f.end),
    type: 'Annotation',
    motivation: 'classifying',
    body: [body('tagging', 'figure'), body('tagging', f.kind), body('describing', figureValueText(f))],
    target: target(a, f),
  };
}

function quoteAnnotation(a: W3cArticle, q: Quote): Annotation {
  return {
    id: hashId('anno', a.source, 'quote', q.start, q.end),
    type: 'Annotation',
    motivation: 'classifying',
    body: [body('tagging', 'quote'), body('tagging', q.kind), body('describing', q.speaker ? `Speaker: ${q.speaker}` : 'Speaker: not named')],
    target: target(a, q),
  };
}

/**
 * One annotation per finding key: a disagreement is reported on each article involved, and all of
 * them name the same passages; the annotation targets every one of them once.
 */
function findingAnnotations(findings: readonly Finding[], byId: ReadonlyMap<string, W3cArticle>): Annotation[] {
  const byKey = new Map<string, { finding: Finding; spots: Map<string, { article: W3cArticle; span: Span }> }>();
  for (const f of findings) {
    const entry = byKey.get(f.key) ?? { finding: f, spots: new Map() };
    for (const loc of [f.location, ...f.related.map((r) => r.location)]) {
      const article = byId.get(loc.article);
      if (article && loc.span.start >= 0 && loc.span.end <= article.text.length && loc.span.start <= loc.span.end) {
        entry.spots.set(`${article.source}\u0000${loc.span.start}\u0000${loc.span.end}`, { article, span: loc.span });
      }
    }
    byKey.set(f.key, entry);
  }
  const out: Annotation[] = [];
  for (const [key, { finding, spots }] of byKey) {
    const targets = [...spots.values()].map((s) => target(s.article, s.span));
    if (!targets.length) continue;
    out.push({
      id: hashId('finding', key),
      type: 'Annotation',
      motivation: 'assessing',
      body: [body('tagging', finding.check), body('tagging', finding.severity), body('describing', finding.message)],
      target: targets.length === 1 ? targets[0]! : targets,
    });
  }
  return out;
}

/**
 * The collection for a set of articles and the findings about them (findings name articles by
 * `W3cArticle.id`; passages in articles not given are left out).
 */
export function annotationCollection(articles: readonly W3cArticle[], findings: readonly Finding[] = []): AnnotationCollection {
  const items: Annotation[] = [];
  for (const a of articles) {
    const own: Annotation[] = [
      ...a.analysis.entities.flatMap((e) => entityAnnotations(a, e)),
      ...a.analysis.figures.map((f) => figureAnnotation(a, f)),
      ...a.analysis.quotes.map((q) => quoteAnnotation(a, q)),
    ];
    // In text order, so a reader of the file meets them as in the article.
    own.sort((x, y) => firstStart(x) - firstStart(y));
    items.push(...own);
  }
  items.push(...findingAnnotations(findings, new Map(articles.map((a) => [a.id, a]))));
  const id = hashId('collection', ...articles.map((a) => a.source));
  const label = articles.length === 1 ? `NewsLens annotations of ${articles[0]!.source}` : `NewsLens annotations of ${articles.length} articles`;
  const collection: AnnotationCollection = { '@context': ANNO_CONTEXT, id, type: 'AnnotationCollection', label, total: items.length };
  if (items.length) collection.first = { id: `${id}:page:0`, type: 'AnnotationPage', startIndex: 0, items };
  return collection;
}

function firstStart(a: Annotation): number {
  const t = Array.isArray(a.target) ? a.target[0] : a.target;
  return t?.selector[0].start ?? 0;
}
