// Splits an article into paragraphs, sentences and tagged tokens, using compromise for the tagging.
// Every extractor works on this one token stream, so the text is tagged exactly once per analysis
// (and, with a TokenCache, an unchanged paragraph of an edited article is not tagged again).

import { tagText, type TaggedTerm } from './tagger';
import type { Sentence, Span } from './types';
import { firstStartingAtOrAfter } from './util/search';

export interface Token {
  /** The word as written, without surrounding punctuation (compromise's `text`). */
  text: string;
  /** Lower-cased normal form from compromise ("o’neill’s" -> "o'neill's"). */
  normal: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word, as compromise split them. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of the sentence and paragraph the token belongs to. */
  sentence: number;
  paragraph: number;
  /** Index of this token in the article's token array. */
  index: number;
}

export interface Tokenized {
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  /** Token index ranges per sentence: sentenceTokens[i] = [first, endExclusive). */
  sentenceTokens: Array<[number, number]>;
  tokens: Token[];
}

/** Paragraph bounds: runs of non-blank lines separated by line breaks. Leading/trailing blanks trimmed. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0xfeff;
}

/**
 * The largest piece of text handed to compromise at once; longer paragraphs are cut at sentence ends.
 * compromise's sentence splitter is quadratic in a run with no sentence end it trusts (it re-tests the
 * growing sentence after every abbreviation: "Mr. Sen. Dr. …"), so the pieces stay small: 5,000
 * characters, longer than any paragraph of the real articles.
 */
const CHUNK = 5_000;

/** Cuts a long paragraph into pieces at sentence boundaries so tagging stays linear in the text size. */
function chunks(text: string, span: Span): Span[] {
  if (span.end - span.start <= CHUNK) return [span];
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > CHUNK) {
    // A sentence end in the second half of the window, searching backwards from its end: first one
    // after a lower-case word or a number (not an abbreviation such as "Mr." or "Gen."), then any.
    let cut = sentenceEndBefore(text, start + CHUNK, start + CHUNK / 2, true);
    if (cut < 0) cut = sentenceEndBefore(text, start + CHUNK, start + CHUNK / 2, false);
    if (cut < 0) {
      // No sentence end: fall back to a space, then to a hard cut that never splits a surrogate pair.
      cut = text.lastIndexOf(' ', start + CHUNK);
      if (cut <= start) {
        cut = start + CHUNK;
        const c = text.charCodeAt(cut - 1);
        if (c >= 0xd800 && c <= 0xdbff) cut++;
      }
    }
    out.push({ start, end: cut });
    start = cut;
    while (start < span.end && isSpace(text.charCodeAt(start))) start++;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}

/** The offset after the last ". ", "! " or "? " in (from, to], or -1; `plainWord`: only after a word of four or more lower-case letters or digits. */
function sentenceEndBefore(text: string, to: number, from: number, plainWord: boolean): number {
  for (let i = to; i > from; i--) {
    const c = text[i - 1];
    if ((c !== '.' && c !== '!' && c !== '?') || text[i] !== ' ') continue;
    if (!plainWord) return i;
    let k = i - 1;
    while (k > from && /[\p{Ll}\d]/u.test(text[k - 1]!)) k--;
    if (i - 1 - k >= 4 && !/[\p{L}\d]/u.test(text[k - 1] ?? ' ')) return i;
  }
  return -1;
}

/** One tagged word of a piece of text, with offsets into that piece (so a piece can be reused anywhere). */
interface PieceTerm {
  text: string;
  normal: string;
  start: number;
  end: number;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
}

/** A piece's sentences as compromise split them, each a non-empty list of words. */
type TaggedPiece = PieceTerm[][];

/**
 * Tagged pieces of text by their exact text, kept across analyses so that re-analysing an edited article
 * tags only the paragraphs that changed. Bounded by the characters it holds; the least recently used
 * pieces go first. A piece's tagging depends on its text alone, so a hit is exactly what tagging gives.
 */
export class TokenCache {
  private readonly pieces: CharBounded<TaggedPiece>;
  private readonly derived: CharBounded<unknown>;
  hits = 0;
  misses = 0;
  /** How often derive() found its value (an unchanged paragraph's figures read again without reading it). */
  derivedHits = 0;

  constructor(maxChars = 200_000) {
    this.pieces = new CharBounded(maxChars);
    this.derived = new CharBounded(maxChars);
  }

  get(text: string): TaggedPiece | undefined {
    const piece = this.pieces.get(text);
    if (piece === undefined) this.misses++;
    else this.hits++;
    return piece;
  }

  set(text: string, piece: TaggedPiece): void {
    this.pieces.set(text, text.length, piece);
  }

  /**
   * A value worked out from one paragraph's text alone — and from `kind`, which names the work and
   * whatever else the value depends on — kept across analyses like the tagged pieces (bounded by the
   * characters of their texts, least recently used first). The value is shared: callers copy what
   * they hand on, and never change it.
   */
  derive<T>(kind: string, text: string, make: () => T): T {
    const key = `${kind}\u0000${text}`;
    const hit = this.derived.get(key);
    if (hit !== undefined) {
      this.derivedHits++;
      return hit as T;
    }
    const value = make();
    this.derived.set(key, text.length, value);
    return value;
  }
}

/**
 * Values by key, bounded by the characters each entry stands for; a hit moves its entry to the recent
 * end of the map's order, and the least recently used go first. An entry larger than the bound is never kept.
 */
class CharBounded<V> {
  private readonly entries = new Map<string, { chars: number; value: V }>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, chars: number, value: V): void {
    if (chars > this.maxChars || this.entries.has(key)) return;
    this.entries.set(key, { chars, value });
    this.chars += chars;
    for (const [oldest, e] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= e.chars;
    }
  }
}

/** Tags one piece. Never throws: text compromise cannot read yields no sentences. */
function tagPiece(source: string): TaggedPiece | null {
  let sentences: TaggedTerm[][];
  try {
    sentences = tagText(source);
  } catch {
    // compromise should not throw, but a paragraph it cannot read must not sink the article.
    return null;
  }
  const out: TaggedPiece = [];
  for (const terms of sentences) {
    if (terms.length === 0) continue;
    out.push(
      terms.map((t) => ({
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        pre: t.pre ?? '',
        post: t.post ?? '',
        tags: t.tags,
      })),
    );
  }
  return out;
}

/**
 * Tags the whole article. Never throws on odd input: text compromise cannot read yields no tokens.
 * With a cache, paragraphs tagged before (in this or an earlier version of the text) are not tagged again.
 */
export function tokenize(text: string, cache?: TokenCache): Tokenized {
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const sentenceTokens: Array<[number, number]> = [];
  const tokens: Token[] = [];
  paragraphs.forEach((para, p) => {
    for (const piece of chunks(text, para)) {
      const source = text.slice(piece.start, piece.end);
      let tagged = cache?.get(source) ?? null;
      if (tagged === null) {
        tagged = tagPiece(source);
        if (tagged !== null) cache?.set(source, tagged);
      }
      if (tagged === null) {
        sentences.push({ start: piece.start, end: piece.end, paragraph: p });
        sentenceTokens.push([tokens.length, tokens.length]);
        continue;
      }
      for (const terms of tagged) {
        const first = tokens.length;
        for (const t of terms) {
          tokens.push({
            text: t.text,
            normal: t.normal,
            start: piece.start + t.start,
            end: piece.start + t.end,
            pre: t.pre,
            post: t.post,
            tags: t.tags,
            sentence: sentences.length,
            paragraph: p,
            index: tokens.length,
          });
        }
        const firstTok = tokens[first]!;
        const lastTok = tokens[tokens.length - 1]!;
        // A sentence spans its leading punctuation (an opening quote) and its closing punctuation.
        const sStart = Math.max(piece.start, firstTok.start - firstTok.pre.length);
        const sEnd = Math.min(piece.end, lastTok.end + lastTok.post.trimEnd().length);
        sentences.push({ start: sStart, end: sEnd, paragraph: p });
        sentenceTokens.push([first, tokens.length]);
      }
    }
  });
  return { text, paragraphs, sentences, sentenceTokens, tokens };
}

/** Tokens of one sentence. */
export function sentenceSlice(tk: Tokenized, sentence: number): Token[] {
  const r = tk.sentenceTokens[sentence];
  return r ? tk.tokens.slice(r[0], r[1]) : [];
}

/** The index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAtOrAfter(tokens, offset);
}
