// Semantic tokens: people, organisations, places, other named things, figures, dates and quotations,
// as custom token types (declared with descriptions and TextMate fallbacks in package.json).
//
// Tokens never overlap. Mentions and figures are the "inner" tokens: when two of them overlap, the one
// that starts first (the longer one on a tie) wins. A quotation is painted around its inner tokens:
// its token is split into the pieces between them, so names and figures inside quotes keep their own
// colour. Tokens are cut at line breaks unless the client says it supports multi-line tokens.

import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Span } from './analysis/types';
import { firstEndingAfter } from './analysis/util/search';
import type { ArticleSnapshot } from './documents';
import type { LineIndex } from './positions';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'otherEntity', 'figure', 'date', 'quote'] as const;
export const TOKEN_MODIFIERS = ['speaker', 'unattributed', 'hedged'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const legend: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

/** A token in text offsets, before it is cut into lines and encoded. */
export interface ArticleToken extends Span {
  type: TokenType;
  modifiers: TokenModifier[];
}

/** A token on one line, as the protocol wants it (before relative encoding). */
export interface LineToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
  /** The piece's offsets in the text. */
  start: number;
  end: number;
}

const ENTITY_TOKEN: Record<string, TokenType> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  other: 'otherEntity',
};

/** All of an article's tokens in text order, non-overlapping, not yet cut at line breaks. */
export function articleTokens(snapshot: ArticleSnapshot): ArticleToken[] {
  const kept = dropOverlaps(innerTokens(snapshot));
  const quotes = dropOverlaps(
    snapshot.analysis.quotes
      .filter((q) => snapshot.lines.isValid(q))
      .map(
        (q): ArticleToken => ({
          start: q.start,
          end: q.end,
          type: 'quote',
          modifiers: q.kind === 'speech' && !q.speaker ? ['unattributed'] : [],
        }),
      ),
  );
  const out: ArticleToken[] = [...kept];
  paintQuotes(out, kept, quotes, snapshot.text);
  return out.sort((a, b) => a.start - b.start);
}

/** The mentions and figures, overlapping still; a mention inside its own quote's attribution is a speaker. */
function innerTokens(snapshot: ArticleSnapshot): ArticleToken[] {
  const { analysis, lines } = snapshot;
  const attributions = attributionSpans(analysis.quotes);
  const inner: ArticleToken[] = [];
  for (const e of analysis.entities) {
    const type = ENTITY_TOKEN[e.type] ?? 'otherEntity';
    const spans = attributions.get(e.id) ?? [];
    for (const m of e.mentions) {
      if (!lines.isValid(m)) continue;
      const speaker = spans.some((a) => a.start <= m.start && m.end <= a.end);
      inner.push({ start: m.start, end: m.end, type, modifiers: speaker ? ['speaker'] : [] });
    }
  }
  for (const f of analysis.figures) {
    if (!lines.isValid(f)) continue;
    const type: TokenType = f.kind === 'date' || f.kind === 'year' ? 'date' : 'figure';
    inner.push({ start: f.start, end: f.end, type, modifiers: f.hedge ? ['hedged'] : [] });
  }
  return inner;
}

/** Speaker id → the attribution spans of that speaker's quotes. */
function attributionSpans(quotes: ArticleSnapshot['analysis']['quotes']): Map<string, Span[]> {
  const attributions = new Map<string, Span[]>();
  for (const q of quotes) {
    if (q.speakerId && q.attribution) {
      const list = attributions.get(q.speakerId) ?? [];
      list.push(q.attribution.span);
      attributions.set(q.speakerId, list);
    }
  }
  return attributions;
}

/** Adds each quote as the pieces between the inner tokens it contains (both lists sorted, non-overlapping). */
function paintQuotes(out: ArticleToken[], kept: readonly ArticleToken[], quotes: readonly ArticleToken[], text: string): void {
  let k = 0; // index into kept: the first inner token that may intersect the current quote
  for (const q of quotes) {
    while (k < kept.length && kept[k]!.end <= q.start) k++;
    let cursor = q.start;
    for (let i = k; i < kept.length && kept[i]!.start < q.end; i++) {
      const t = kept[i]!;
      if (t.start > cursor) pushPiece(out, text, q, cursor, t.start);
      cursor = Math.max(cursor, t.end);
    }
    if (q.end > cursor) pushPiece(out, text, q, cursor, q.end);
  }
}

/** Adds the part [start, end) of a quote token, unless it is only white space. */
function pushPiece(out: ArticleToken[], text: string, q: ArticleToken, start: number, end: number): void {
  if (/\S/.test(text.slice(start, end))) out.push({ ...q, start, end });
}

/** Sorts by start (longest first on a tie) and keeps each token that does not overlap one kept before. */
function dropOverlaps(tokens: ArticleToken[]): ArticleToken[] {
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ArticleToken[] = [];
  let end = -1;
  for (const t of tokens) {
    if (t.start >= end) {
      kept.push(t);
      end = t.end;
    }
  }
  return kept;
}

/** Cuts tokens at line breaks (or not, for clients with multi-line token support). */
export function lineTokens(tokens: readonly ArticleToken[], lines: LineIndex, multiline: boolean): LineToken[] {
  const out: LineToken[] = [];
  for (const t of tokens) {
    if (multiline) {
      const p = lines.positionAt(t.start);
      out.push({ line: p.line, character: p.character, length: t.end - t.start, type: t.type, modifiers: t.modifiers, start: t.start, end: t.end });
      continue;
    }
    for (const s of lines.segments(t)) {
      out.push({ line: s.line, character: s.character, length: s.length, type: t.type, modifiers: t.modifiers, start: s.start, end: s.end });
    }
  }
  return out;
}

/** The protocol's relative five-integer encoding. Tokens must be sorted and non-overlapping. */
export function encodeTokens(tokens: readonly LineToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of tokens) {
    const deltaLine = t.line - line;
    const deltaChar = deltaLine === 0 ? t.character - char : t.character;
    let mods = 0;
    for (const m of t.modifiers) mods |= 1 << TOKEN_MODIFIERS.indexOf(m);
    data.push(deltaLine, deltaChar, t.length, TOKEN_TYPES.indexOf(t.type), mods);
    line = t.line;
    char = t.character;
  }
  return data;
}

// One token list per snapshot: full and range requests for the same version share the work.
const tokenCache = new WeakMap<ArticleSnapshot, ArticleToken[]>();

function cachedTokens(snapshot: ArticleSnapshot): ArticleToken[] {
  let t = tokenCache.get(snapshot);
  if (!t) {
    t = articleTokens(snapshot);
    tokenCache.set(snapshot, t);
  }
  return t;
}

export function semanticTokensFull(snapshot: ArticleSnapshot | null, multiline: boolean): SemanticTokens {
  if (!snapshot) return { data: [] };
  return { data: encodeTokens(lineTokens(cachedTokens(snapshot), snapshot.lines, multiline)) };
}

/**
 * The tokens of the lines a range touches that intersect the range. Tokens are not clipped to the
 * range: VS Code asks for whole visible lines, and a clipped token would colour half a word.
 */
export function semanticTokensRange(snapshot: ArticleSnapshot | null, range: Range, multiline: boolean): SemanticTokens {
  if (!snapshot) return { data: [] };
  const { start, end } = snapshot.lines.spanOf(range);
  const all = cachedTokens(snapshot);
  // Tokens are sorted and do not overlap: the first that ends after the range starts is found by bisection.
  const touching: ArticleToken[] = [];
  for (let i = firstEndingAfter(all, start); i < all.length && all[i]!.start < end; i++) touching.push(all[i]!);
  const inRange = lineTokens(touching, snapshot.lines, multiline).filter((t) => t.end > start && t.start < end);
  return { data: encodeTokens(inRange) };
}
