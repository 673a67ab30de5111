// Navigation across sources: Find All References lists every mention of a person, organisation or
// place in every article of the story; Go to Definition goes to its first mention in the article (and
// from there to its first mention in each other source); document highlights mark its mentions in the
// article; workspace symbols find entities across the whole corpus.
// An entity is followed across articles through the engine's resolved CrossEntity; articles the
// engine has not resolved fall back to the article's own mentions.

import {
  DocumentHighlightKind,
  SymbolKind,
  type DocumentHighlight,
  type Location,
  type Position,
  type SymbolInformation,
} from 'vscode-languageserver';
import type { CrossEntity, StoryResult } from './analysis/cross/types';
import type { Entity, EntityType, Span } from './analysis/types';
import type { CorpusIndex } from './corpus';
import { displayName } from './corpus';
import type { ArticleSnapshot } from './documents';
import { oneLine } from './format';

export interface EntityAt {
  entity: Entity;
  span: Span;
}

/** The entity mention under an offset (the narrowest one). */
export function entityAt(snapshot: ArticleSnapshot, position: Position): EntityAt | undefined {
  const offset = snapshot.lines.offsetAt(position);
  let best: EntityAt | undefined;
  for (const e of snapshot.analysis.entities) {
    for (const m of e.mentions) {
      if (!snapshot.lines.isValid(m) || m.start > offset || offset >= m.end) continue;
      if (!best || m.end - m.start < best.span.end - best.span.start) best = { entity: e, span: m };
    }
  }
  return best;
}

/** The story's resolved entity an article's entity belongs to. */
export function crossEntityOf(story: StoryResult | undefined, uri: string, entityId: string): CrossEntity | undefined {
  return story?.entities.find((c) => c.members.some((m) => m.article === uri && m.entityId === entityId));
}

/** Every mention, per article (this article first, then the story's order). */
function mentionsAcross(corpus: CorpusIndex, snapshot: ArticleSnapshot, entity: Entity): Array<{ uri: string; spans: Span[] }> {
  const uri = snapshot.uri;
  const cross = crossEntityOf(corpus.storyOf(uri), uri, entity.id);
  if (!cross) return [{ uri, spans: entity.mentions }];
  const out: Array<{ uri: string; spans: Span[] }> = [];
  const own = cross.members.filter((m) => m.article === uri).flatMap((m) => m.mentions);
  out.push({ uri, spans: own.length ? own : entity.mentions });
  for (const m of cross.members) if (m.article !== uri) out.push({ uri: m.article, spans: m.mentions });
  // Merge the members of one article (a person may be two entities in one article: name and surname).
  const merged = new Map<string, Span[]>();
  for (const o of out) merged.set(o.uri, [...(merged.get(o.uri) ?? []), ...o.spans]);
  return [...merged].map(([u, spans]) => ({ uri: u, spans: dedupe(spans) }));
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

function location(corpus: CorpusIndex, snapshot: ArticleSnapshot, uri: string, span: Span): Location | undefined {
  const lines = uri === snapshot.uri ? snapshot.lines : corpus.lines(uri);
  if (!lines || !lines.isValid(span)) return undefined;
  return { uri, range: lines.rangeOf(span) };
}

export function references(corpus: CorpusIndex, snapshot: ArticleSnapshot | null, position: Position): Location[] {
  if (!snapshot) return [];
  const at = entityAt(snapshot, position);
  if (!at) return [];
  const out: Location[] = [];
  for (const { uri, spans } of mentionsAcross(corpus, snapshot, at.entity)) {
    for (const s of spans) {
      const loc = location(corpus, snapshot, uri, s);
      if (loc) out.push(loc);
    }
  }
  return out;
}

export function definition(corpus: CorpusIndex, snapshot: ArticleSnapshot | null, position: Position): Location[] {
  if (!snapshot) return [];
  const at = entityAt(snapshot, position);
  if (!at) return [];
  const all = mentionsAcross(corpus, snapshot, at.entity);
  const own = all[0]?.spans[0];
  if (own && !(own.start === at.span.start && own.end === at.span.end)) {
    const loc = location(corpus, snapshot, snapshot.uri, own);
    return loc ? [loc] : [];
  }
  // Already on the article's first mention: its first mention in each other source of the story.
  const others = all
    .slice(1)
    .map((a) => (a.spans[0] ? location(corpus, snapshot, a.uri, a.spans[0]) : undefined))
    .filter((l): l is Location => l !== undefined);
  if (others.length) return others;
  const loc = own ? location(corpus, snapshot, snapshot.uri, own) : undefined;
  return loc ? [loc] : [];
}

export function documentHighlights(snapshot: ArticleSnapshot | null, position: Position): DocumentHighlight[] {
  if (!snapshot) return [];
  const at = entityAt(snapshot, position);
  if (!at) return [];
  return at.entity.mentions
    .filter((m) => snapshot.lines.isValid(m))
    .map((m) => ({ range: snapshot.lines.rangeOf(m), kind: DocumentHighlightKind.Text }));
}

const SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  place: SymbolKind.Module,
  other: SymbolKind.Event,
};

const MAX_SYMBOLS = 1000;

/** Entities across the corpus, one symbol per story entity, matched against every spelling. */
export function workspaceSymbols(corpus: CorpusIndex, query: string): SymbolInformation[] {
  const q = fold(query);
  const out: SymbolInformation[] = [];
  for (const story of corpus.current.stories) {
    const label = story.story.articles.length > 1 ? `${story.story.label} · ${story.story.articles.length} sources` : displayName(story.story.articles[0] ?? '');
    const symbols = [...resolvedSymbols(corpus, story, q, label), ...unresolvedSymbols(corpus, story, q, label)];
    for (const s of symbols) {
      out.push(s);
      if (out.length >= MAX_SYMBOLS) return out;
    }
  }
  return out;
}

/** The story's resolved entities that match the folded query, at their first mention. */
function resolvedSymbols(corpus: CorpusIndex, story: StoryResult, q: string, label: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const e of story.entities) {
    if (q && !e.spellings.some((s) => fold(s.text).includes(q)) && !fold(e.name).includes(q)) continue;
    const first = e.members.find((m) => m.mentions.length);
    const lines = first && corpus.lines(first.article);
    const span = first?.mentions[0];
    if (!first || !lines || !span || !lines.isValid(span)) continue;
    out.push({ name: oneLine(e.name), kind: SYMBOL_KIND[e.type], location: { uri: first.article, range: lines.rangeOf(span) }, containerName: label });
  }
  return out;
}

/** Entities the engine did not resolve (e.g. an article alone in its story) that match the folded query. */
function unresolvedSymbols(corpus: CorpusIndex, story: StoryResult, q: string, label: string): SymbolInformation[] {
  const covered = new Set<string>();
  for (const e of story.entities) for (const m of e.members) covered.add(`${m.article}\u0000${m.entityId}`);
  const out: SymbolInformation[] = [];
  for (const uri of story.story.articles) {
    const snap = corpus.allArticles.get(uri);
    if (!snap) continue;
    for (const e of snap.analysis.entities) {
      if (covered.has(`${uri}\u0000${e.id}`)) continue;
      if (q && !e.spellings.concat(e.name).some((s) => fold(s).includes(q))) continue;
      const span = e.mentions.find((m) => snap.lines.isValid(m));
      if (!span) continue;
      out.push({ name: oneLine(e.name), kind: SYMBOL_KIND[e.type], location: { uri, range: snap.lines.rangeOf(span) }, containerName: label });
    }
  }
  return out;
}

function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim();
}
