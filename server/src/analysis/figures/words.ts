// The word stream the figures extractor reads: whitespace-separated chunks of one paragraph with their
// surrounding punctuation split off, so spans are exact whatever compromise does with "five-hour" or
// "5–10"; and the small tests on neighbouring words that every reader uses.

export interface Word {
  /** The word without surrounding punctuation (a possessive ’s is kept). */
  s: string;
  /** Lower-case, curly apostrophes straightened, trailing dots and possessive removed. */
  key: string;
  start: number;
  end: number;
  /** Punctuation split off before and after. */
  pre: string;
  post: string;
  /** Sentence index (for counts inheritance and tense windows). */
  sent: number;
  possessive: boolean;
}

/** Opening punctuation split off the start of a word. */
const LEAD = /^["'“”‘’«‹([{*•¿¡]+/;
/** Closing punctuation split off the end of a word. */
const TRAILING_PUNCTUATION = `"'“”‘’»›)]}.,;:!?…`;

/** The length of the run of characters from `chars` at the end of `s` (a backwards scan, linear). */
function trailingRun(s: string, chars: string): number {
  let k = s.length;
  while (k > 0 && chars.includes(s.charAt(k - 1))) k--;
  return s.length - k;
}

/** One word from a whitespace-separated chunk at `offset`, or undefined when it is all punctuation. */
function toWord(raw: string, offset: number, sentOf: (offset: number) => number): Word | undefined {
  const lead = LEAD.exec(raw)?.[0] ?? '';
  let core = raw.slice(lead.length);
  let post = core.slice(core.length - trailingRun(core, TRAILING_PUNCTUATION));
  core = core.slice(0, core.length - post.length);
  // "a.m.", "U.S.": the final dot belongs to the abbreviation, not to the sentence.
  if (post.startsWith('.') && /^(?:\p{L}\.)+\p{L}$/u.test(core)) {
    core += '.';
    post = post.slice(1);
  }
  if (core.length === 0) return undefined;
  const start = offset + lead.length;
  const lc = core.toLowerCase().replace(/’/g, "'");
  const possessive = /[a-z]'s$/.test(lc) && !/^\d/.test(lc);
  const bare = possessive ? lc.slice(0, -2) : lc;
  const key = bare.slice(0, bare.length - trailingRun(bare, '.'));
  return { s: core, key, start, end: start + core.length, pre: lead, post, sent: sentOf(start), possessive };
}

/** The words of text[start, end). */
export function splitWords(text: string, start: number, end: number, sentOf: (offset: number) => number): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    const raw = m.index + m[0].length > end ? m[0].slice(0, end - m.index) : m[0];
    const w = toWord(raw, m.index, sentOf);
    if (w) out.push(w);
  }
  return out;
}

export function isCap(w: Word): boolean {
  return /^\p{Lu}/u.test(w.s);
}

/** True when nothing but spaces separates word i from word i+1. */
export function tight(ws: Word[], i: number): boolean {
  const w = ws[i];
  const n = ws[i + 1];
  return !!w && !!n && w.post === '' && n.pre === '' && w.sent === n.sent;
}

/** Like tight(), but a comma between the two words is allowed. */
export function tightComma(ws: Word[], i: number): boolean {
  const w = ws[i];
  const n = ws[i + 1];
  return !!w && !!n && (w.post === '' || w.post === ',') && n.pre === '';
}

/** The word after word k when nothing but spaces separates them. */
export function nextTight(ws: Word[], k: number): Word | undefined {
  return tight(ws, k) ? ws[k + 1] : undefined;
}

/** Word i starts a sentence, a quotation or a parenthesis. */
export function sentenceInitial(ws: Word[], i: number): boolean {
  const p = ws[i - 1];
  if (!p) return true;
  return /[.!?:;]/.test(p.post) || /["“‘(]/.test(ws[i]!.pre) || p.sent !== ws[i]!.sent;
}

/** "and a half" follows word j, all tight ("two hours and a half", "an hour and a half"). */
export function andAHalfAfter(ws: Word[], j: number): boolean {
  return nextTight(ws, j)?.key === 'and' && nextTight(ws, j + 1)?.key === 'a' && nextTight(ws, j + 2)?.key === 'half';
}
