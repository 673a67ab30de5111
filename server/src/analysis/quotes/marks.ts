// Quotation marks paired paragraph by paragraph, so a broken mark can never swallow the rest of the
// article: an opening mark with no closing one ends at its paragraph (or at an attribution such as
// ", Varga said" inside it) and is reported as a problem, unless the next paragraph opens with a
// quotation mark, the convention for a quotation that runs over several paragraphs.

import { ATTRIBUTION_INSIDE, QUOTE_CLOSERS, QUOTE_OPENERS } from '../lexicon/speech';
import type { Tokenized } from '../tokens';
import type { Problem, Span } from '../types';
import { lastStartingAtOrBefore } from '../util/search';

interface Mark {
  at: number;
  dir: 'open' | 'close';
  char: string;
}

/** A quotation found by its marks, before it is classified and attributed. */
export interface RawQuote {
  open: number; // index of the opening mark, or the inferred start
  close: number; // index just after the closing mark, or the inferred end
  innerStart: number;
  innerEnd: number;
  broken: boolean;
  paragraph: number;
  /** Left open at the paragraph's end because the next paragraph opens with a mark (news convention). */
  runsOn?: boolean;
}

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

/** Double quotation marks in one paragraph, each with a direction. */
function doubleMarks(text: string, span: Span): Mark[] {
  const marks: Mark[] = [];
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c !== '"' && !QUOTE_OPENERS.has(c) && !QUOTE_CLOSERS.has(c)) continue;
    const before = i > span.start ? text[i - 1] : undefined;
    const after = i + 1 < span.end ? text[i + 1] : undefined;
    let dir: 'open' | 'close';
    if (c === '"') {
      const openish = before === undefined || /[\s([{—–-]/.test(before);
      const closeish = after === undefined || /[\s.,;:!?)\]}—–-]/.test(after);
      if (openish && !closeish) dir = 'open';
      else if (closeish && !openish) dir = 'close';
      else dir = depth > 0 ? 'close' : 'open';
    } else if (QUOTE_OPENERS.has(c)) {
      // A curly opener used as a closer (a common typing slip): followed by space or end, after a word.
      dir = (after === undefined || /\s/.test(after)) && isWordChar(before) && depth > 0 ? 'close' : 'open';
    } else {
      dir = (before === undefined || /\s/.test(before)) && isWordChar(after) && depth === 0 ? 'open' : 'close';
    }
    depth = dir === 'open' ? 1 : 0;
    marks.push({ at: i, dir, char: c });
  }
  return marks;
}

/** British-style single quotation marks, used only in paragraphs without double marks. */
function singleMarks(text: string, span: Span): Mark[] {
  const marks: Mark[] = [];
  let open = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const before = i > span.start ? text[i - 1] : undefined;
    const after = i + 1 < span.end ? text[i + 1] : undefined;
    if (!open && (before === undefined || /[\s([—–]/.test(before)) && isWordChar(after) && c !== '’') {
      marks.push({ at: i, dir: 'open', char: c });
      open = true;
    } else if (open && isWordChar(before) === false && /[.,;:!?]/.test(before ?? '') && (after === undefined || /[\s)\]—–]/.test(after))) {
      marks.push({ at: i, dir: 'close', char: c });
      open = false;
    } else if (open && isWordChar(before) && (after === undefined || /[\s.,;:!?)\]—–]/.test(after)) && c !== "'") {
      marks.push({ at: i, dir: 'close', char: c });
      open = false;
    }
  }
  // An opening single mark with no close is most likely an apostrophe: drop it.
  if (open) marks.pop();
  return marks;
}

/** Trims spaces, and the comma that belongs to the reporting sentence (“…,” she said), off a quote. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Pairs the marks of every paragraph; unbalanced marks become problems. */
export function pairQuotes(tk: Tokenized, problems: Problem[]): RawQuote[] {
  const { paragraphs } = tk;
  const out: RawQuote[] = [];
  const perPara = paragraphs.map((p) => {
    const d = doubleMarks(tk.text, p);
    return d.length > 0 ? d : singleMarks(tk.text, p);
  });
  let carried = false; // the previous paragraph ended inside an unclosed quotation
  paragraphs.forEach((para, p) => {
    const openAt = pairParagraph(tk, p, perPara[p]!, carried, out, problems);
    carried = false;
    if (openAt >= 0) {
      const next = paragraphs[p + 1];
      const nextMarks = perPara[p + 1];
      // The multi-paragraph convention: a quote runs on when the next paragraph opens with a mark. An
      // attribution inside the open quote (", the mayor said") shows it was meant to close instead.
      const continues =
        !!next &&
        !!nextMarks &&
        nextMarks.length > 0 &&
        nextMarks[0]!.dir === 'open' &&
        nextMarks[0]!.at <= next.start + 1 &&
        !ATTRIBUTION_INSIDE.test(tk.text.slice(openAt + 1, para.end));
      if (!continues) {
        problems.push(unbalanced(openAt, 'open'));
        carried = true;
      }
      out.push(inferredEnd(tk, openAt, para.end, p, continues));
    }
  });
  return out;
}

/**
 * Pairs the marks of paragraph p into `out`; `carried` says the previous paragraph ended inside an
 * unclosed quotation. Returns the offset of a mark left open at the paragraph's end, or -1.
 */
function pairParagraph(tk: Tokenized, p: number, marks: Mark[], carried: boolean, out: RawQuote[], problems: Problem[]): number {
  const text = tk.text;
  const para = tk.paragraphs[p]!;
  let openAt = -1;
  let first = true;
  for (const m of marks) {
    if (m.dir === 'open') {
      if (openAt >= 0) {
        // Two openings in a row: the first is never closed. End it before the second.
        problems.push(unbalanced(openAt, 'open'));
        out.push(inferredEnd(tk, openAt, m.at, p));
      }
      openAt = m.at;
    } else if (openAt >= 0) {
      const [is, ie] = trimSpan(text, openAt + 1, m.at);
      out.push({ open: openAt, close: m.at + 1, innerStart: is, innerEnd: ie, broken: false, paragraph: p });
      openAt = -1;
    } else if (first && carried) {
      // A closing mark with nothing open: the tail of a quotation left open in the previous paragraph.
      const [is, ie] = trimSpan(text, para.start, m.at);
      out.push({ open: para.start, close: m.at + 1, innerStart: is, innerEnd: ie, broken: true, paragraph: p });
    } else {
      // A stray closing mark: the quotation starts at its sentence's start.
      problems.push(unbalanced(m.at, 'close'));
      // Never reach back over a quotation already found in this paragraph (two stray marks).
      const prev = out[out.length - 1];
      const floor = prev && prev.paragraph === p ? Math.max(para.start, prev.close) : para.start;
      const sentStart = sentenceStartBefore(tk, m.at, floor);
      const [is, ie] = trimSpan(text, sentStart, m.at);
      if (ie > is) out.push({ open: sentStart, close: m.at + 1, innerStart: is, innerEnd: ie, broken: true, paragraph: p });
    }
    first = false;
  }
  return openAt;
}

/** The start of the sentence that holds `offset`, but not before `floor`. */
function sentenceStartBefore(tk: Tokenized, offset: number, floor: number): number {
  const found = lastStartingAtOrBefore(tk.sentences, offset);
  return found >= 0 ? Math.max(floor, tk.sentences[found]!.start) : floor;
}

/** The extent of a quotation whose closing mark is missing: up to `limit`, or to an attribution inside. */
function inferredEnd(tk: Tokenized, openAt: number, limit: number, p: number, continues = false): RawQuote {
  const text = tk.text;
  const rest = text.slice(openAt + 1, limit);
  const m = continues ? null : ATTRIBUTION_INSIDE.exec(rest);
  const end = m ? openAt + 1 + m.index + 1 : limit;
  const [is, ie] = trimSpan(text, openAt + 1, m ? openAt + 1 + m.index : limit);
  return { open: openAt, close: end, innerStart: is, innerEnd: ie, broken: !continues, paragraph: p, ...(continues ? { runsOn: true } : {}) };
}

function unbalanced(at: number, kind: 'open' | 'close'): Problem {
  return {
    code: 'unbalanced-quote',
    severity: 'warning',
    start: at,
    end: at + 1,
    message:
      kind === 'open'
        ? 'This quotation mark opens a quotation that is never closed in its paragraph.'
        : 'This closing quotation mark has no opening mark before it in its paragraph.',
  };
}
