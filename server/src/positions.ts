// The one place where the server turns the core's offsets (UTF-16 code units, see analysis/types.ts)
// into LSP line/character positions and back. Every feature goes through a LineIndex, whether the
// text comes from an open editor (lineIndexForDocument) or from a file on disk (LineIndex.fromText),
// so ranges for related locations in articles that are not open are computed exactly the same way.
//
// Line breaks are "\n", "\r\n" and "\r", as in the LSP specification and in VS Code's text model.
// LSP characters are UTF-16 code units too, so within a line no re-encoding is needed; offsets that
// fall inside a line break are moved back to the end of the line's content, as TextDocument does.

import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from './analysis/types';
import { partitionPoint } from './analysis/util/search';

/** One piece of a span that lies on a single line (semantic tokens cannot cross lines). */
export interface LineSegment {
  line: number;
  character: number;
  length: number;
  /** The segment's offsets in the text. */
  start: number;
  end: number;
}

export class LineIndex {
  /** Offset of the first character of each line; lineStarts[0] === 0. */
  private readonly lineStarts: number[];
  /** Offset just after each line's content, before its line break. */
  private readonly contentEnds: number[];

  private constructor(
    readonly length: number,
    lineStarts: number[],
    contentEnds: number[],
  ) {
    this.lineStarts = lineStarts;
    this.contentEnds = contentEnds;
  }

  static fromText(text: string): LineIndex {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    return new LineIndex(text.length, starts, ends);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the start of a line (clamped to the text). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.lineStarts.length) return this.length;
    return this.lineStarts[line]!;
  }

  /** Offset of the end of a line's content, before its line break (clamped to the text). */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    if (line >= this.contentEnds.length) return this.length;
    return this.contentEnds[line]!;
  }

  /** The line holding an offset; offsets inside a line break belong to the line they end. */
  lineAt(offset: number): number {
    const o = clamp(offset, 0, this.length);
    // The last line starting at or before the offset; line 0 starts at 0, so there always is one.
    return Math.max(0, partitionPoint(this.lineStarts.length, (i) => this.lineStarts[i]! > o) - 1);
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    const o = Math.min(clamp(offset, 0, this.length), this.contentEnds[line]!);
    return { line, character: o - this.lineStarts[line]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.length;
    const start = this.lineStarts[position.line]!;
    return clamp(start + Math.max(0, position.character), start, this.contentEnds[position.line]!);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(Math.max(span.start, span.end)) };
  }

  spanOf(range: Range): Span {
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return a <= b ? { start: a, end: b } : { start: b, end: a };
  }

  /** True when a span is well-formed, non-empty and inside the text. */
  isValid(span: Span): boolean {
    return (
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.end <= this.length &&
      span.start < span.end
    );
  }

  /**
   * Cuts a span into one segment per line, leaving out line breaks and empty pieces. A span that is
   * partly outside the text is clipped; one wholly outside (or empty) yields nothing.
   */
  segments(span: Span): LineSegment[] {
    const start = clamp(span.start, 0, this.length);
    const end = clamp(span.end, 0, this.length);
    if (!(end > start)) return [];
    const out: LineSegment[] = [];
    const first = this.lineAt(start);
    const last = this.lineAt(end);
    for (let line = first; line <= last; line++) {
      const s = Math.max(start, this.lineStarts[line]!);
      const e = Math.min(end, this.contentEnds[line]!);
      if (e > s) out.push({ line, character: s - this.lineStarts[line]!, length: e - s, start: s, end: e });
    }
    return out;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  if (Number.isNaN(n)) return lo;
  return n < lo ? lo : n > hi ? hi : n;
}

// TextDocument objects are updated in place on incremental changes, so the cache checks the version.
const documentIndexes = new WeakMap<TextDocument, { version: number; index: LineIndex }>();

/** The LineIndex of an open document's current text, built once per document version. */
export function lineIndexForDocument(document: TextDocument): LineIndex {
  const cached = documentIndexes.get(document);
  if (cached && cached.version === document.version) return cached.index;
  const index = LineIndex.fromText(document.getText());
  documentIndexes.set(document, { version: document.version, index });
  return index;
}
