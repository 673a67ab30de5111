// The figures extractor: counts, money, percentages, durations, ordinals, dates and years as news
// text writes them, each with its normalised value, unit, hedge and the noun it counts.
//
// The text is read word by word (whitespace-separated chunks with surrounding punctuation split off),
// so spans are exact and compromise's own splitting of "five-hour" or "5–10" does not matter;
// compromise's tags (from the shared token stream) are only used to find the noun a figure counts.
// Every step looks at most a dozen words ahead, so the cost is linear in the text size.
//
// Conventions (what other checks may rely on):
//   value     counts/money: the number (for a range, the low end); percent: a fraction (80% -> 0.8);
//             duration: seconds; ordinal: the position; date: ISO "YYYY-MM-DD" or "YYYY-MM";
//             year: "YYYY"; a bare weekday that cannot be resolved: null.
//   interval  only for ranges, hedges and vague amounts. Hedges (see figureLexicon.ts):
//               about/roughly/some X      [0.9·X, 1.1·X]
//               nearly/almost X           [0.9·X, X]
//               more than/over X          [X, +Infinity]     at least X   [X, +Infinity]
//               less than/under X         [0, X]             at most X    [0, X]
//               "tens of billions"        [1e10, 1e11] (hedge "vague"), value the low end
//             Open ends are ±Infinity in the core (types.ts); the CLI's JSON writes them as null
//             (JSON.stringify(Infinity) is null), so a JSON consumer reads null as "unbounded".
//   unit      "USD"/"EUR"/... for money, "%" for percent, "seconds" for durations, a normalised
//             measure ("kilometers"), "points" for "20-point", "years old" for "19-year-old".
//   counts    the lower-case singular noun counted ("153 drones" -> "drone"; "five-hour session"
//             -> "session"; "six hours of talks" -> "talks"); inherited within a sentence by a bare
//             number ("153 drones ..., with 133 being neutralized" -> 133 counts "drone").
//   dates     a partial date ("December 14") takes its year from the article's own dates and is
//             marked resolved; a bare weekday ("on Monday") is resolved against the anchor date
//             (the dateline, else the article's first full date) and marked resolved.

import { tokenAt, type Token, type Tokenized } from './tokens';
import type { Figure, FigureKind, Interval, Problem } from './types';
import {
  COMPOUND_SKIP,
  CURRENCY_CODES,
  CURRENCY_WORDS,
  DURATION_CONTEXT_AFTER,
  DURATION_CONTEXT_BEFORE,
  DURATION_UNITS,
  HEDGES_AFTER,
  HEDGES_BEFORE,
  LABEL_NOUNS,
  MAGNITUDES,
  MEASURE_UNITS,
  MONEY_NOUNS,
  MONTHS,
  MONTH_ALONE_BEFORE,
  MONTH_NAMES,
  NUMBER_WORDS,
  OF_DETERMINERS,
  ONE_PRONOUN_BEFORE,
  ORDINAL_DETERMINERS,
  ORDINAL_IDIOM_AFTER,
  ORDINAL_WORDS,
  SUFFIX_MULTIPLIERS,
  TIME_WORDS,
  VAGUE_PLURALS,
  WEEKDAYS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
  WEEKDAY_NAME_BEFORE,
  FRACTION_DENOMINATORS,
  type HedgeName,
} from './figureLexicon';
import { parseNumberWords, parseNumericLiteral, parseNumericRange, plural, rangeValues, singular } from './numbers';

export interface FigureOptions {
  /**
   * "YYYY-MM-DD": the day the article is read, used only when the article itself gives no year at
   * all (a partial date is put in the latest year that is not more than a month after it).
   * Defaults to today (UTC).
   */
  referenceDate?: string;
}

export interface FigureResult {
  figures: Figure[];
  problems: Problem[];
  /** The article's own date ("YYYY-MM-DD"): its dateline, else its first full date. */
  anchorDate?: string;
}

// --- Words ---------------------------------------------------------------------------------------

interface Word {
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

const LEAD = /^["'“”‘’«‹(\[{*•¿¡]+/;
const TRAIL = /["'“”‘’»›)\]}.,;:!?…]+$/;

function splitWords(text: string, start: number, end: number, sentOf: (offset: number) => number): Word[] {
  const out: Word[] = [];
  const re = /[^\s\u00a0\u2009\u202f]+/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    const raw = m.index + m[0].length > end ? m[0].slice(0, end - m.index) : m[0];
    const lead = LEAD.exec(raw)?.[0] ?? '';
    let core = raw.slice(lead.length);
    const trail = TRAIL.exec(core)?.[0] ?? '';
    core = core.slice(0, core.length - trail.length);
    let post = trail;
    // "a.m.", "U.S.": the final dot belongs to the abbreviation, not to the sentence.
    if (post.startsWith('.') && /^(?:\p{L}\.)+\p{L}$/u.test(core)) {
      core += '.';
      post = post.slice(1);
    }
    if (core.length === 0) continue;
    const s0 = m.index + lead.length;
    const lc = core.toLowerCase().replace(/’/g, "'");
    const possessive = /[a-z]'s$/.test(lc) && !/^\d/.test(lc);
    const key = (possessive ? lc.slice(0, -2) : lc).replace(/\.+$/, '');
    out.push({ s: core, key, start: s0, end: s0 + core.length, pre: lead, post, sent: sentOf(s0), possessive });
  }
  return out;
}

function isCap(w: Word): boolean {
  return /^\p{Lu}/u.test(w.s);
}

/** True when nothing but spaces separates word i from word i+1. */
function tight(ws: Word[], i: number): boolean {
  const w = ws[i];
  const n = ws[i + 1];
  return !!w && !!n && w.post === '' && n.pre === '' && w.sent === n.sent;
}
/** Like tight(), but a comma between the two words is allowed. */
function tightComma(ws: Word[], i: number): boolean {
  const w = ws[i];
  const n = ws[i + 1];
  return !!w && !!n && (w.post === '' || w.post === ',') && n.pre === '';
}

function sentenceInitial(ws: Word[], i: number): boolean {
  const p = ws[i - 1];
  if (!p) return true;
  return /[.!?:;]/.test(p.post) || /["“‘(]/.test(ws[i]!.pre) || p.sent !== ws[i]!.sent;
}

// --- Small helpers -------------------------------------------------------------------------------

/** Rounds away floating-point noise (6.5 / 100 stays 0.065, 1/3 keeps 12 digits). */
function clean(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

function applyHedge(h: HedgeName, lo: number, hi: number): Interval {
  switch (h) {
    case 'about':
      return { lo: clean(lo * 0.9), hi: clean(hi * 1.1) };
    case 'nearly':
      return { lo: clean(hi * 0.9), hi };
    case 'more than':
    case 'at least':
      return { lo, hi: Infinity };
    case 'less than':
    case 'at most':
      return { lo: 0, hi };
  }
}

const PAST_AFTER_NUMBER = new Set(['past', 'to']);
const CLOCK_FRACTIONS = new Set(['half', 'quarter', 'ten', 'five', 'twenty', 'twenty-five']);
const ONE_IDIOM_AFTER = new Set(['day', 'time', 'point', 'way', 'thing', 'another', 'other', 'hand', 'by', 'after', 'or', 'and', 'more', 'less', 'too', 'bit']);
const FUTURE_WORDS = new Set(['will', 'shall', 'would', 'could', 'due', 'scheduled', 'expected', 'set', 'plans', 'plan', 'planned', 'going', 'tomorrow', 'next', 'upcoming', 'until', 'till']);
const NAME_AFTER_WEEKDAY = new Set(['times', 'telegraph', 'mail', 'express', 'post', 'herald', 'mirror', 'sport', 'night', 'club', 'league']);
const NOT_COUNTED = new Set(['other', 'others', 'more', 'less', 'each', 'those', 'these', 'them', 'times', 'percent', 'per', 'cent', 'a.m', 'p.m', 'am', 'pm', 'ago', 'later', 'earlier', 'apiece', 'each', 'or', 'so']);
const PERCENT_WORDS = new Set(['percent', 'pct']);
const TENS_OF = new Map([['tens', 10], ['dozens', 12], ['scores', 20]]);

// --- Date arithmetic -----------------------------------------------------------------------------

function daysInMonth(y: number | undefined, m: number): number {
  if (m === 2) return y === undefined || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}
function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}
function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
function iso(y: number, m: number, d?: number): string {
  const yy = String(y).padStart(4, '0');
  const mm = String(m).padStart(2, '0');
  return d === undefined ? `${yy}-${mm}` : `${yy}-${mm}-${String(d).padStart(2, '0')}`;
}
function fromDayNumber(n: number): [number, number, number] {
  const dt = new Date(n * 86400000);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}
function parseIsoDay(s: string | undefined): number | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

interface DateHit {
  fig: Figure;
  y?: number;
  m?: number;
  d?: number;
  weekday?: number;
  explicitYear: boolean;
  dateline: boolean;
  /** For a bare weekday: how it relates to the anchor date. */
  relation?: 'past' | 'past-strict' | 'future' | 'future-strict';
  /** For "January of last year": years relative to the context year. */
  yearOffset?: number;
}

// --- The extractor -------------------------------------------------------------------------------

export function extractFigures(tk: Tokenized, options: FigureOptions = {}): FigureResult {
  try {
    return new Extractor(tk, options).run();
  } catch {
    // Never sink the article: an unexpected input yields no figures rather than an exception.
    return { figures: [], problems: [] };
  }
}

interface NumberRead {
  /** Index of the first and last word of the number phrase (hedges and units not yet included). */
  i0: number;
  i1: number;
  value: number;
  hi?: number;
  currency?: string;
  suffix?: string;
  multiplied?: boolean;
  plainInteger?: boolean;
  /** Written as words ("five"). */
  words?: boolean;
  /** Hyphen compound head after the number ("hour" in "five-hour", ["year","old"] in "19-year-old"). */
  head?: string[];
  /** A word fraction ("one-fifth"): value is the fraction. */
  fraction?: boolean;
  vague?: { lo: number; hi: number };
  /** Leading word included in the span (the "between" of "between 19 and 24"). */
  spanFrom?: number;
}

class Extractor {
  private readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly figures: Figure[] = [];
  private readonly problems: Problem[] = [];
  private readonly dates: DateHit[] = [];
  private readonly refDay: number;
  private copyrightYear: number | undefined;

  constructor(
    private readonly tk: Tokenized,
    options: FigureOptions,
  ) {
    this.text = tk.text;
    this.tokens = tk.tokens;
    const now = new Date();
    this.refDay = parseIsoDay(options.referenceDate) ?? dayNumber(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  }

  run(): FigureResult {
    const sentences = this.tk.sentences;
    const sentOf = (offset: number): number => {
      let lo = 0;
      let hi = sentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const cr = /(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?((?:19|20)\d\d)\b/gi;
    let cm: RegExpExecArray | null;
    while ((cm = cr.exec(this.text)) !== null) this.copyrightYear = Number(cm[1]);
    this.tk.paragraphs.forEach((p, pi) => {
      const ws = splitWords(this.text, p.start, p.end, sentOf);
      this.paragraph(ws, pi);
    });
    const anchorDate = this.resolveDates();
    this.figures.sort((a, b) => a.start - b.start || a.end - b.end);
    const out: FigureResult = { figures: this.figures, problems: this.problems };
    if (anchorDate !== undefined) out.anchorDate = anchorDate;
    return out;
  }

  // --- compromise tags ---

  private tagsOf(w: Word): ReadonlySet<string> | undefined {
    let i = tokenAt(this.tokens, w.start);
    while (i < this.tokens.length && this.tokens[i]!.start === w.start && this.tokens[i]!.text === '') i++;
    const t = this.tokens[i];
    if (t && t.start === w.start) return t.tags;
    const p = this.tokens[i - 1];
    if (p && p.start < w.start && p.end > w.start) return p.tags;
    return undefined;
  }

  private isNoun(w: Word): boolean {
    if (!/^[\p{L}][\p{L}'’-]*$/u.test(w.s)) return false;
    const t = this.tagsOf(w);
    if (!t) return false;
    if (t.has('Pronoun') || t.has('Value') || t.has('Determiner') || t.has('Preposition') || t.has('Conjunction')) return false;
    if (t.has('Noun')) return true;
    // compromise reads some plurals after a number as verbs ("talks", "rounds"): a plural -s word
    // straight after a number is a noun.
    return false;
  }

  private isAdjective(w: Word): boolean {
    const t = this.tagsOf(w);
    if (!t || t.has('Value') || t.has('Preposition') || t.has('Adverb') || t.has('Determiner') || t.has('Conjunction')) return false;
    return t.has('Adjective') || (isCap(w) && /(?:an|ish|ese|i)$/.test(w.key));
  }

  /** A lower-case word right after a number or compound that compromise tagged as a verb ("46 volunteers", "a six-hour meeting"). */
  private looseNoun(w: Word): boolean {
    if (!/^[a-z][a-z'-]*$/.test(w.s) || NOT_COUNTED.has(w.key)) return false;
    const t = this.tagsOf(w);
    if (!t) return false;
    return !(t.has('Preposition') || t.has('Determiner') || t.has('Conjunction') || t.has('Pronoun') || t.has('Adverb') || t.has('Value') || t.has('Modal') || t.has('Copula') || t.has('PastTense') || t.has('Auxiliary'));
  }

  /**
   * The noun a figure counts: the last noun of a short noun run after word j (adjectives allowed
   * before it), or the noun after "of (the)". mode 'of' only looks through "of" ("six hours of
   * talks", "40 millimetres of rain"); 'loose' also takes a following word compromise read as a verb.
   */
  private nounAfter(ws: Word[], j: number, mode: 'direct' | 'of' | 'loose'): string | undefined {
    let k = j + 1;
    if (!tight(ws, j)) return undefined;
    let w = ws[k];
    if (!w) return undefined;
    let viaOf = false;
    if (w.key === 'of') {
      if (!tight(ws, k)) return undefined;
      k++;
      w = ws[k];
      if (w && OF_DETERMINERS.has(w.key) && tight(ws, k)) {
        k++;
        w = ws[k];
      }
      if (!w) return undefined;
      viaOf = true;
    } else if (mode === 'of') return undefined;
    let last: Word | undefined;
    for (let n = 0; n < 4 && w; n++) {
      if (DURATION_UNITS.has(w.key) && last) break;
      const proper = isCap(w);
      if (NOT_COUNTED.has(w.key) || (MONTHS.has(w.key) && isCap(w)) || WEEKDAYS.has(w.key)) break;
      if (!proper && (this.isNoun(w) || (n === 0 && !viaOf && (mode === 'loose' || /s$/.test(w.key)) && this.looseNoun(w)))) {
        last = w;
        if (w.possessive) break;
        // "four students home": a plural noun ends the run unless another plural follows ("police officers").
        const nx = ws[k + 1];
        if (this.tagsOf(w)?.has('Plural') && !(nx && tight(ws, k) && this.tagsOf(nx)?.has('Plural') && this.isNoun(nx))) break;
      } else if (!last && this.isAdjective(w)) {
        // "130 Ukrainian drones", "first full strike": skip the adjective
      } else break;
      if (!tight(ws, k)) break;
      k++;
      w = ws[k];
    }
    return last ? singular(last.key) : undefined;
  }

  // --- paragraph scan ---

  private paragraph(ws: Word[], pi: number): void {
    let i = 0;
    let lastCounts: { sent: number; counts: string } | undefined;
    while (i < ws.length) {
      const next = this.at(ws, i, pi);
      if (next.fig && next.fig.kind === 'count' && !next.fig.unit) {
        const w = ws[i]!;
        if (next.fig.counts) lastCounts = { sent: w.sent, counts: next.fig.counts };
        else if (lastCounts && lastCounts.sent === w.sent && next.bare && next.fig.interval === undefined && !/^(aged?|number|numbered)$/.test(ws[i - 1]?.key ?? '')) {
          next.fig.counts = lastCounts.counts;
        }
      }
      i = Math.max(i + 1, next.end);
    }
  }

  /** Tries every reading at word i; returns the index after what it consumed. */
  private at(ws: Word[], i: number, pi: number): { end: number; fig?: Figure; bare?: boolean } {
    const w = ws[i]!;
    const d = this.readDate(ws, i, pi);
    if (d) return { end: d };
    if (this.isPhone(ws, i)) {
      let j = i;
      while (j < ws.length && /^[+(]?\d[\d()\-.]*$/.test(ws[j]!.s) && (j === i || tight(ws, j - 1))) j++;
      return { end: j };
    }
    const n = this.readNumber(ws, i);
    if (n === 'skip') return { end: i + 1 };
    if (n) return this.finishNumber(ws, n);
    const o = this.readOrdinal(ws, i);
    if (o) return { end: o };
    if (/^[a-z]/i.test(w.s) && (w.key === 'a' || w.key === 'an' || w.key === 'half')) {
      const du = this.readArticleDuration(ws, i);
      if (du) return { end: du };
    }
    return { end: i + 1 };
  }

  private isPhone(ws: Word[], i: number): boolean {
    const w = ws[i]!;
    if (/^\+\d/.test(w.s)) return true;
    if (/^\(?\d{2,5}\)?[-.]\d{3,4}[-.]\d{3,4}$/.test(w.s)) return true;
    if (/^\(\d{2,5}\)$/.test(w.s)) return true;
    // "0161 496 0000", "555 0123 4567": three digit groups in a row, no punctuation.
    let groups = 0;
    let digits = 0;
    for (let j = i; j < ws.length && groups < 4; j++) {
      if (!/^\d{2,5}$/.test(ws[j]!.s) || /,/.test(ws[j]!.s)) break;
      groups++;
      digits += ws[j]!.s.length;
      if (!tight(ws, j)) break;
    }
    return groups >= 3 && digits >= 7;
  }

  // --- numbers ---

  /** Is word i part of a label ("Article 5", "Boeing 737", "page 12")? */
  private isLabel(ws: Word[], i: number): boolean {
    const p = ws[i - 1];
    if (p && p.post === '.' && ws[i]!.pre === '' && /^(p|pp|no|nos|vol|fig|art)$/.test(p.key)) return true; // "pp. 34-36"
    if (!p || !tight(ws, i - 1)) return false;
    // "Article 5", "page 12", "No. 1"; a lower-case "no" before a number is a determiner.
    if (LABEL_NOUNS.has(p.key)) return !(p.key === 'no' && p.s === 'no');
    if (isCap(p) && !sentenceInitial(ws, i - 1) && !MONTHS.has(p.key) && !WEEKDAYS.has(p.key) && !CURRENCY_CODES.has(p.s)) {
      const t = this.tagsOf(p);
      if (t && (t.has('ProperNoun') || t.has('Noun') || t.has('Acronym')) && !t.has('Pronoun')) return true;
    }
    return false;
  }

  private readNumber(ws: Word[], i: number): NumberRead | 'skip' | null {
    const w = ws[i]!;
    let start = i;
    let currency: string | undefined;
    // "USD 20 million"
    if (CURRENCY_CODES.has(w.s) && tight(ws, i) && /^\d/.test(ws[i + 1]!.s)) {
      currency = w.s;
      start = i + 1;
    }
    const v = ws[start]!;
    const s = v.possessive ? v.s.slice(0, -2) : v.s;
    if (/^[$€£¥₴₽₹₩₺₪]?[+\-−]?[\d.]/.test(s) || /^(?:US|C|CA|A|AU|HK|NZ)\$\d/.test(s)) {
      if (this.isLabel(ws, start) && currency === undefined) return 'skip';
      const lit = parseNumericLiteral(s);
      if (lit) {
        if (lit.leadingZero) return 'skip';
        if (lit.suffix !== undefined && lit.suffix !== '%' && !MEASURE_UNITS.has(lit.suffix)) {
          if (/^(st|nd|rd|th)$/.test(lit.suffix)) return null; // an ordinal: readOrdinal
          return 'skip'; // "5pm", "3D", "1990s", "5G"
        }
        // First word of a paragraph followed by "." or ")": a list number.
        if (lit.plainInteger && lit.value < 100 && (v.post === '.' || v.post === ')') && sentenceInitial(ws, i) && (!ws[i + 1] || isCap(ws[i + 1]!))) return 'skip';
        const r: NumberRead = { i0: i, i1: start, value: lit.value, multiplied: lit.multiplied, plainInteger: lit.plainInteger };
        const cur = lit.currency ?? currency;
        if (cur !== undefined) r.currency = cur;
        if (lit.suffix !== undefined) r.suffix = lit.suffix;
        return r;
      }
      const range = parseNumericRange(s);
      if (range) {
        const hiTok = s.slice(s.search(/[-–—‒]\s?[$€£¥₴₽]?\d[^-–—‒]*$/) + 1).trim();
        const rv = rangeValues(range, hiTok);
        if (!rv) return 'skip';
        if (rv.suffix !== undefined && rv.suffix !== '%' && !MEASURE_UNITS.has(rv.suffix)) return 'skip';
        const r: NumberRead = { i0: i, i1: start, value: rv.lo, hi: rv.hi };
        if (rv.currency !== undefined) r.currency = rv.currency;
        else if (currency !== undefined) r.currency = currency;
        if (rv.suffix !== undefined) r.suffix = rv.suffix;
        if (range.lo.plainInteger && range.hi.plainInteger) r.plainInteger = true;
        return r;
      }
      // A hyphen compound: "90-minute", "19-year-old", "20-point", "5-like".
      const cm = /^(\d+(?:[.,]\d+)?)-([a-z]+(?:-[a-z]+)*)$/i.exec(s);
      if (cm) {
        const lit2 = parseNumericLiteral(cm[1]!);
        if (!lit2 || lit2.leadingZero) return 'skip';
        const head = cm[2]!.toLowerCase().split('-');
        if (COMPOUND_SKIP.has(head[0]!)) return 'skip';
        return { i0: i, i1: start, value: lit2.value, head };
      }
      return 'skip';
    }
    if (currency !== undefined) return null;
    // Number words.
    return this.readNumberWords(ws, i);
  }

  private readNumberWords(ws: Word[], i: number): NumberRead | 'skip' | null {
    const w = ws[i]!;
    const key = w.key;
    // Vague amounts: "tens of billions", "hundreds of jobs", "dozens of ships", "several hundred".
    const vagueBase = TENS_OF.get(key) ?? VAGUE_PLURALS.get(key);
    if (vagueBase !== undefined && !/^\d/.test(key)) {
      let j = i;
      let mult = 1;
      const o = ws[i + 1];
      const m2 = ws[i + 2];
      if (o && m2 && o.key === 'of' && tight(ws, i) && tight(ws, i + 1) && VAGUE_PLURALS.has(m2.key) && (VAGUE_PLURALS.get(m2.key) ?? 0) >= 100) {
        mult = VAGUE_PLURALS.get(m2.key)!;
        j = i + 2;
      } else if (!(o && o.key === 'of' && tight(ws, i))) {
        return null; // "thousands" alone is rarely a figure worth checking
      }
      const lo = key === 'dozens' ? 24 * mult : key === 'tens' || key === 'scores' ? vagueBase * 2 * mult : vagueBase * mult;
      const hi = key === 'dozens' ? 144 * mult : vagueBase * 10 * mult;
      const base = key === 'tens' ? 10 * mult : lo;
      return { i0: i, i1: j, value: base, vague: { lo: base, hi }, words: true };
    }
    if ((key === 'several' || key === 'few') && tight(ws, i) && MAGNITUDES.has(ws[i + 1]!.key)) {
      const mag = MAGNITUDES.get(ws[i + 1]!.key)!;
      const from = key === 'few' && ws[i - 1]?.key === 'a' && tight(ws, i - 1) ? i - 1 : i;
      return { i0: from, i1: i + 1, value: 2 * mag, vague: { lo: 2 * mag, hi: 10 * mag }, words: true };
    }
    // "a third of", "a quarter of", "one fifth of", "two-thirds"
    const parts = key.split('-');
    if (parts.length >= 2 && parts.every((p) => /^[a-z]+$/.test(p))) {
      let k = 0;
      while (k < parts.length && (NUMBER_WORDS.has(parts[k]!) || (k > 0 && parts[k] === 'dozen'))) k++;
      if (k === 0) return null;
      if (isCap(w) && !sentenceInitial(ws, i)) return 'skip';
      const num = parseNumberWords(parts.slice(0, k).join(' '));
      if (num === null) return 'skip';
      if (k === parts.length) return { i0: i, i1: i, value: num, words: true };
      const rest = parts.slice(k);
      const den = FRACTION_DENOMINATORS.get(rest[0]!);
      if (rest.length === 1 && den !== undefined && num < den * 10) return { i0: i, i1: i, value: num / den, fraction: true, words: true };
      if (COMPOUND_SKIP.has(rest[0]!)) return 'skip';
      return { i0: i, i1: i, value: num, head: rest, words: true };
    }
    // "a third of the voters", "one quarter of", "half of": fractions, stored as percentages.
    if ((key === 'a' || key === 'one' || key === 'half') && !(isCap(w) && !sentenceInitial(ws, i))) {
      const denWord = key === 'half' ? w : ws[i + 1];
      const den = denWord ? FRACTION_DENOMINATORS.get(denWord.key) : undefined;
      const endIdx = key === 'half' ? i : i + 1;
      const of = ws[endIdx + 1];
      if (den !== undefined && denWord && !/s$/.test(denWord.key) && (key === 'half' || tight(ws, i)) && of?.key === 'of' && tight(ws, endIdx)) {
        return { i0: i, i1: endIdx, value: 1 / den, fraction: true, words: true };
      }
    }
    const isNumWord = (x: Word | undefined): boolean => !!x && (NUMBER_WORDS.has(x.key) || x.key === 'dozen' || /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.test(x.key));
    let j = i;
    if (key === 'a' || key === 'an') {
      const n1 = ws[i + 1];
      if (!n1 || !tight(ws, i) || !(MAGNITUDES.has(n1.key) || n1.key === 'dozen')) return null;
      j = i + 1;
    } else if (key === 'half') {
      const a = ws[i + 1];
      const m = ws[i + 2];
      if (a && m && a.key === 'a' && tight(ws, i) && tight(ws, i + 1) && MAGNITUDES.has(m.key) && m.key !== 'hundred') {
        return { i0: i, i1: i + 2, value: MAGNITUDES.get(m.key)! / 2, words: true };
      }
      return null;
    } else if (!isNumWord(w) || key === 'dozen') {
      return null;
    }
    if (isCap(w) && !sentenceInitial(ws, i)) return 'skip'; // "Group of Seven", "Big Three"
    // Extend over number words, "and" inside a number, and "and a half".
    while (j + 1 < ws.length && tight(ws, j)) {
      const n = ws[j + 1]!;
      if (isNumWord(n) && n.key !== 'one' && !(NUMBER_WORDS.has(ws[j]!.key) && !MAGNITUDES.has(ws[j]!.key) && !MAGNITUDES.has(n.key) && n.key !== 'dozen')) {
        j++;
        continue;
      }
      if (n.key === 'and' && tight(ws, j + 1)) {
        const n2 = ws[j + 2];
        if (n2 && isNumWord(n2) && MAGNITUDES.has(ws[j]!.key) && ws[j]!.key !== 'thousand' + 'x') {
          j += 2;
          continue;
        }
        if (n2 && n2.key === 'a' && tight(ws, j + 2) && ws[j + 3]?.key === 'half' && !DURATION_UNITS.has(ws[j]!.key)) {
          j += 3;
          continue;
        }
      }
      break;
    }
    const phrase = ws
      .slice(i, j + 1)
      .map((x) => x.key)
      .join(' ');
    let value = parseNumberWords(phrase);
    while (value === null && j > i) {
      j--;
      value = parseNumberWords(
        ws
          .slice(i, j + 1)
          .map((x) => x.key)
          .join(' '),
      );
    }
    if (value === null) return 'skip';
    if (j === i && key === 'one') {
      // The pronoun "one" and idioms: "no one", "the one who", "one of the", "one day".
      const p = ws[i - 1];
      const n = ws[i + 1];
      if (p && ONE_PRONOUN_BEFORE.has(p.key) && tight(ws, i - 1)) return 'skip';
      if (!n || !tight(ws, i)) return 'skip';
      if (n.key === 'of' || ONE_IDIOM_AFTER.has(n.key)) {
        if (n.key === 'day' && p && DURATION_CONTEXT_BEFORE.has(p.key) && tight(ws, i - 1)) return { i0: i, i1: i, value: 1, words: true };
        return 'skip';
      }
      if (!DURATION_UNITS.has(n.key) && !MEASURE_UNITS.has(n.key) && !this.isNoun(n) && !this.isAdjective(n)) return 'skip';
      if (n.key === 'another' || /^(who|that|which)$/.test(n.key)) return 'skip';
    }
    // "half past five", "ten to six"
    const p = ws[i - 1];
    const pp = ws[i - 2];
    if (p && PAST_AFTER_NUMBER.has(p.key) && pp && CLOCK_FRACTIONS.has(pp.key) && tight(ws, i - 1)) return 'skip';
    return { i0: i, i1: j, value, words: true };
  }

  /** Completes a number: magnitude, range, unit, hedges, kind, counts; pushes the figure. */
  private finishNumber(ws: Word[], n: NumberRead): { end: number; fig?: Figure; bare?: boolean } {
    let j = n.i1;
    let value = n.value;
    let hi = n.hi;
    let currency = n.currency;
    let unit: string | undefined;
    let kind: FigureKind = 'count';
    let counts: string | undefined;
    const next = (k: number): Word | undefined => (tight(ws, k) ? ws[k + 1] : undefined);

    // Clock times: "7 p.m.", "10.30 a.m.", "seven o'clock", "at 14:00 GMT".
    const t = next(j);
    if (t && TIME_WORDS.has(t.key) && !(t.key === 'h' || t.key === 'hrs') && n.head === undefined) return { end: j + 2 };
    if (n.fraction) {
      const fig = this.push(ws, n.i0, j, 'percent', clean(value), { unit: '%' });
      const c = this.nounAfter(ws, j, 'of');
      if (c) fig.counts = c;
      this.hedge(ws, n.i0, j, fig, value, value);
      return { end: j + 1, fig };
    }
    if (n.head) return this.compound(ws, n);

    // Magnitude words: "20 billion", "4.2 million", "a million".
    let m = next(j);
    if (m && !n.multiplied && MAGNITUDES.has(m.key) && !n.words) {
      const f = MAGNITUDES.get(m.key)!;
      value *= f;
      if (hi !== undefined) hi *= f;
      j++;
    } else if (m && !n.multiplied && !n.words && SUFFIX_MULTIPLIERS.has(m.key) && m.key !== 'm' && m.key !== 'k') {
      const f = SUFFIX_MULTIPLIERS.get(m.key)!;
      value *= f;
      if (hi !== undefined) hi *= f;
      j++;
    }
    // Ranges written with words: "10 to 14 days", "two or three", "between 19 and 24".
    let spanFrom = n.i0;
    if (hi === undefined && !n.vague) {
      const c = next(j);
      const between = ws[n.i0 - 1]?.key === 'between' && tight(ws, n.i0 - 1);
      const joiner = between ? 'and' : c && (c.key === 'to' || c.key === 'or') ? c.key : undefined;
      if (c && joiner && c.key === joiner && ws[n.i0 - 1]?.key !== 'from') {
        const r2 = tight(ws, j + 1) ? this.readNumber(ws, j + 2) : null;
        if (r2 && r2 !== 'skip' && !r2.head && !r2.fraction && !r2.vague && r2.hi === undefined && !!r2.words === !!n.words) {
          let v2 = r2.value;
          const mm = next(r2.i1);
          let end2 = r2.i1;
          if (mm && MAGNITUDES.has(mm.key) && !r2.words && !r2.multiplied) {
            v2 *= MAGNITUDES.get(mm.key)!;
            end2++;
          }
          const t2 = next(end2);
          const isTime = !!t2 && TIME_WORDS.has(t2.key);
          if (!isTime && v2 > value && (between || joiner === 'or' || r2.suffix !== undefined || r2.currency !== undefined || (next(end2) && !ws[end2 + 1]!.key.match(/^\d/)))) {
            hi = v2;
            j = end2;
            if (r2.currency !== undefined) currency = r2.currency;
            if (r2.suffix !== undefined && n.suffix === undefined) n.suffix = r2.suffix;
            if (between) spanFrom = n.i0 - 1;
            n.plainInteger = false;
          }
        }
      }
    }
    // Units.
    const u1 = next(j);
    const u2 = u1 ? next(j + 1) : undefined;
    let isDuration = false;
    if (n.suffix === '%') {
      kind = 'percent';
      unit = '%';
    } else if (n.suffix !== undefined) {
      unit = MEASURE_UNITS.get(n.suffix);
    } else if (u1 && u2 && u1.key === 'per' && (u2.key === 'cent' || u2.key === 'centum')) {
      kind = 'percent';
      unit = '%';
      j += 2;
    } else if (u1 && PERCENT_WORDS.has(u1.key)) {
      kind = 'percent';
      unit = '%';
      j += 1;
    } else if (u1 && u2 && u1.key === 'percentage' && (u2.key === 'points' || u2.key === 'point')) {
      unit = 'percentage points';
      j += 2;
    } else if (u1 && CURRENCY_WORDS.has(u1.key) && currency === undefined) {
      currency = CURRENCY_WORDS.get(u1.key)!;
      j += 1;
    } else if (u1 && (u1.key === 'pounds' || u1.key === 'pound') && (u2?.key === 'sterling' || j > n.i1)) {
      currency = 'GBP';
      j += u2?.key === 'sterling' ? 2 : 1;
    } else if (u1 && DURATION_UNITS.has(u1.key) && currency === undefined && !(u1.key === 'second' && n.words && value === 1 && false)) {
      if (!(u1.key === 'min' && u1.post === '')) {
        isDuration = true;
        const secs = DURATION_UNITS.get(u1.key)!;
        j += 1;
        // "an hour and a half", "two hours and a half"
        if (next(j)?.key === 'and' && next(j + 1)?.key === 'a' && next(j + 2)?.key === 'half') {
          value += 0.5;
          if (hi !== undefined) hi += 0.5;
          j += 3;
        }
        value *= secs;
        if (hi !== undefined) hi *= secs;
        kind = 'duration';
        unit = 'seconds';
      }
    } else if (u1 && u2 && MEASURE_UNITS.has(`${u1.key} ${u2.key}`)) {
      unit = MEASURE_UNITS.get(`${u1.key} ${u2.key}`);
      j += 2;
    } else if (u1 && MEASURE_UNITS.has(u1.key) && u1.key !== 'm' && u1.key !== 'mi' && u1.key !== 'ft' && !(u1.key === 'ton' && false)) {
      unit = MEASURE_UNITS.get(u1.key);
      j += 1;
    }
    if (currency !== undefined && kind === 'count') {
      kind = 'money';
      unit = currency;
    }
    if (kind === 'percent') {
      value = clean(value / 100);
      if (hi !== undefined) hi = clean(hi / 100);
    }
    // Years: a plain four-digit integer not counting anything.
    if (kind === 'count' && unit === undefined && n.plainInteger && hi === undefined && value >= 1000 && value < 2200 && j === n.i1) {
      const c = this.nounAfter(ws, j, 'direct');
      const nw = next(j);
      const pluralNoun = !!c && !!nw && nw.key !== c && /s$/.test(nw.key);
      const hedged = this.findHedge(ws, n.i0) !== undefined;
      if (!pluralNoun && !hedged) {
        const fig = this.push(ws, n.i0, j, 'year', String(value), { precision: 'year' });
        return { end: j + 1, fig };
      }
    }
    // Vague amounts, and money nouns after "in": "tens of billions in frozen Russian assets".
    if (n.vague && kind === 'count') {
      const inW = next(j);
      if (inW?.key === 'in') {
        for (let k = j + 2, c = 0; k < ws.length && c < 4 && tight(ws, k - 1); k++, c++) {
          if (MONEY_NOUNS.has(ws[k]!.key)) {
            kind = 'money';
            counts = singular(ws[k]!.key);
            break;
          }
        }
      }
    }
    if (counts === undefined && kind !== 'money') {
      counts = this.nounAfter(ws, j, kind === 'duration' || unit !== undefined ? 'of' : 'direct');
      if (counts === undefined && kind === 'count' && unit === undefined) {
        // "one of"/"133 of the drones" is handled by nounAfter; nothing else to find.
      }
    }
    const extra: Partial<Figure> = {};
    if (unit !== undefined) extra.unit = unit;
    if (counts !== undefined) extra.counts = counts;
    const fig = this.push(ws, spanFrom, j, kind, clean(value), extra);
    if (n.vague) {
      const f = kind === 'count' ? 1 : 1;
      fig.interval = { lo: n.vague.lo * f, hi: n.vague.hi * f };
      fig.hedge = 'vague';
    } else {
      this.hedge(ws, spanFrom, j, fig, clean(value), hi === undefined ? clean(value) : clean(hi), isDuration);
    }
    return { end: j + 1, fig, bare: counts === undefined && unit === undefined && !n.vague };
  }

  /** "five-hour session", "90-minute", "20-point plan", "19-year-old woman". */
  private compound(ws: Word[], n: NumberRead): { end: number; fig?: Figure } {
    const head = n.head!;
    const j = n.i1;
    const h0 = head[0]!;
    const counts = this.nounAfter(ws, j, 'loose');
    const extra: Partial<Figure> = {};
    if (counts !== undefined) extra.counts = counts;
    let fig: Figure;
    if (head.length === 2 && head[1] === 'old' && DURATION_UNITS.has(h0)) {
      fig = this.push(ws, n.i0, j, 'count', n.value, { ...extra, unit: `${plural(h0)} old` });
    } else if (head.length === 1 && DURATION_UNITS.has(h0)) {
      fig = this.push(ws, n.i0, j, 'duration', clean(n.value * DURATION_UNITS.get(h0)!), { ...extra, unit: 'seconds' });
    } else if (head.length === 1 && MEASURE_UNITS.has(h0)) {
      fig = this.push(ws, n.i0, j, 'count', n.value, { ...extra, unit: MEASURE_UNITS.get(h0)! });
    } else if (head.length === 1 && /^[a-z]{3,}$/.test(h0) && !/(?:ed|ing|ly)$/.test(h0)) {
      fig = this.push(ws, n.i0, j, 'count', n.value, { ...extra, unit: plural(h0) });
    } else {
      return { end: j + 1 };
    }
    this.hedge(ws, n.i0, j, fig, fig.value as number, fig.value as number, fig.kind === 'duration');
    return { end: j + 1, fig };
  }

  /** "an hour and a half", "for a week", "a day later", "half an hour". */
  private readArticleDuration(ws: Word[], i: number): number | null {
    const w = ws[i]!;
    if (w.key === 'half') {
      const a = ws[i + 1];
      const u = ws[i + 2];
      if (a && u && (a.key === 'an' || a.key === 'a') && tight(ws, i) && tight(ws, i + 1) && DURATION_UNITS.has(u.key) && !/s$/.test(u.key)) {
        const fig = this.push(ws, i, i + 2, 'duration', DURATION_UNITS.get(u.key)! / 2, { unit: 'seconds' });
        this.hedge(ws, i, i + 2, fig, fig.value as number, fig.value as number, true);
        return i + 3;
      }
      return null;
    }
    const u = ws[i + 1];
    if (!u || !tight(ws, i) || !DURATION_UNITS.has(u.key) || /s$/.test(u.key) || u.key === 'second') return null;
    let j = i + 1;
    let value = 1;
    const and = ws[j + 1];
    if (and && and.key === 'and' && tight(ws, j) && ws[j + 2]?.key === 'a' && ws[j + 3]?.key === 'half' && tight(ws, j + 1) && tight(ws, j + 2)) {
      value = 1.5;
      j += 3;
    }
    const p = ws[i - 1];
    const after = ws[i + 2];
    const ctxBefore = !!p && tight(ws, i - 1) && DURATION_CONTEXT_BEFORE.has(p.key);
    const ctxAfter = value === 1.5 || (!!after && tight(ws, i + 1) && (DURATION_CONTEXT_AFTER.has(after.key) || after.key === 'past'));
    if (!ctxBefore && !ctxAfter) return null;
    if (after?.key === 'and' && value === 1 && !ctxBefore) return null;
    const fig = this.push(ws, i, j, 'duration', value * DURATION_UNITS.get(u.key)!, { unit: 'seconds' });
    this.hedge(ws, i, j, fig, fig.value as number, fig.value as number, true);
    return j + 1;
  }

  private findHedge(ws: Word[], i0: number): { hedge: HedgeName; from: number } | undefined {
    for (const [words, hedge] of HEDGES_BEFORE) {
      const from = i0 - words.length;
      if (from < 0) continue;
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        const w = ws[from + k]!;
        if (w.key !== words[k] || !tight(ws, from + k)) {
          ok = false;
          break;
        }
      }
      if (ok) return { hedge, from };
    }
    return undefined;
  }

  /** Attaches a hedge written before ("about", "more than") or after ("or so") the figure. */
  private hedge(ws: Word[], i0: number, j: number, fig: Figure, lo: number, hi: number, isDuration = false): void {
    let h = this.findHedge(ws, i0);
    // "over two years", "under two hours" with a duration mean a period, not a hedge.
    if (h && isDuration && (ws[h.from]!.key === 'over' || ws[h.from]!.key === 'under' || ws[h.from]!.key === 'above' || ws[h.from]!.key === 'below')) h = undefined;
    // "some" before a plain number word is a determiner ("some two" is rare; "some 4,200" is a hedge).
    let hedge: HedgeName | undefined;
    if (h) {
      hedge = h.hedge;
      fig.start = ws[h.from]!.start;
      fig.text = this.text.slice(fig.start, fig.end);
    } else {
      for (const [words, hn] of HEDGES_AFTER) {
        let ok = true;
        for (let k = 0; k < words.length; k++) {
          const w = ws[j + 1 + k];
          if (!w || w.key !== words[k] || !tight(ws, j + k)) {
            ok = false;
            break;
          }
        }
        if (ok) {
          hedge = hn;
          fig.end = ws[j + words.length]!.end;
          fig.text = this.text.slice(fig.start, fig.end);
          break;
        }
      }
    }
    if (hedge) {
      fig.hedge = hedge;
      fig.interval = applyHedge(hedge, lo, hi);
    } else if (hi !== lo) {
      fig.interval = { lo, hi };
    }
  }

  private push(ws: Word[], i0: number, j: number, kind: FigureKind, value: number | string | null, extra: Partial<Figure> = {}): Figure {
    const start = ws[i0]!.start;
    let end = ws[j]!.end;
    const last = ws[j]!;
    if (last.possessive) end -= 2;
    const fig: Figure = { kind, text: this.text.slice(start, end), start, end, value, ...extra };
    this.figures.push(fig);
    return fig;
  }

  // --- ordinals ---

  private readOrdinal(ws: Word[], i: number): number | null {
    const w = ws[i]!;
    let n = ORDINAL_WORDS.get(w.key);
    if (n === undefined) {
      const m = /^(\d{1,4})(st|nd|rd|th)$/.exec(w.key);
      if (!m) return null;
      n = Number(m[1]);
    }
    if (isCap(w) && !sentenceInitial(ws, i)) return null; // "Second World War", "First Lady"
    const p = ws[i - 1];
    const nx = ws[i + 1];
    if (p && tight(ws, i - 1) && p.key === 'at' && w.key === 'first') return null;
    if (nx && tight(ws, i) && ORDINAL_IDIOM_AFTER.has(nx.key)) return null;
    if (nx && tight(ws, i) && nx.key === 'and' && ws[i + 2]?.key === 'foremost') return null;
    const counts = this.nounAfter(ws, i, 'loose');
    const det = !!p && tight(ws, i - 1) && ORDINAL_DETERMINERS.has(p.key);
    if (w.key === 'second' && p && /^(a|one|per|every|split|each)$/.test(p.key) && !counts) return null;
    if (w.key === 'second' && counts === undefined && !det) return null;
    if (!counts && !det) return null;
    const extra: Partial<Figure> = {};
    if (counts !== undefined) extra.counts = counts;
    this.push(ws, i, i, 'ordinal', n, extra);
    return i + 1;
  }

  // --- dates ---

  private monthAt(ws: Word[], k: number, needDay: boolean): number | undefined {
    const w = ws[k];
    if (!w || !isCap(w)) return undefined;
    const m = MONTHS.get(w.key);
    if (m === undefined) return undefined;
    const full = MONTH_NAMES[m - 1]!.toLowerCase() === w.key;
    if ((!full || w.key === 'may' || w.key === 'march') && !needDay) return undefined;
    return m;
  }

  private dayAt(ws: Word[], k: number): number | undefined {
    const w = ws[k];
    if (!w) return undefined;
    const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w.key);
    if (!m) return undefined;
    const d = Number(m[1]);
    return d >= 1 && d <= 31 ? d : undefined;
  }

  private yearAt(ws: Word[], k: number): number | undefined {
    const w = ws[k];
    if (!w || !/^\d{4}$/.test(w.key)) return undefined;
    const y = Number(w.key);
    return y >= 1000 && y < 2200 ? y : undefined;
  }

  private weekdayAt(ws: Word[], k: number, abbrevOk: boolean): number | undefined {
    const w = ws[k];
    if (!w || !isCap(w)) return undefined;
    const full = WEEKDAYS.get(w.key);
    if (full !== undefined) return full;
    return abbrevOk ? WEEKDAY_ABBREVIATIONS.get(w.key) : undefined;
  }

  /** Reads a date starting at word i; returns the index after it, or null. */
  private readDate(ws: Word[], i: number, pi: number): number | null {
    let k = i;
    let wd = this.weekdayAt(ws, i, true);
    const wdWord = wd !== undefined ? ws[i]! : undefined;
    if (wd !== undefined) {
      if (ws[i]!.possessive || !tightComma(ws, i)) {
        k = -1;
      } else k = i + 1;
    }
    let y: number | undefined;
    let m: number | undefined;
    let d: number | undefined;
    let end = -1;
    if (k >= 0) {
      // Month first: "December 15, 2025", "Sept. 20", "February 2022".
      const mk = this.monthAt(ws, k, true);
      const afterMonth = ws[k];
      const monthTight = !!afterMonth && (afterMonth.post === '' || afterMonth.post === '.') && !!ws[k + 1] && ws[k + 1]!.pre === '';
      if (mk !== undefined && monthTight && this.dayAt(ws, k + 1) !== undefined && !/^\d{1,2}(st|nd|rd|th)?[-–]/.test(ws[k + 1]!.s)) {
        m = mk;
        d = this.dayAt(ws, k + 1);
        end = k + 1;
        // "15 per cent" / "15 drones" after a month is still a day ("by March 15 drones…" is rare).
        if (tightComma(ws, end)) {
          const yy = this.yearAt(ws, end + 1);
          if (yy !== undefined) {
            y = yy;
            end++;
          }
        }
      } else if (mk !== undefined && wd === undefined && tight(ws, k) && this.yearAt(ws, k + 1) !== undefined) {
        m = mk;
        y = this.yearAt(ws, k + 1);
        end = k + 1;
      } else {
        // Day first: "15 March", "Wednesday 11 March", "9 March 2025", "the 15th of March".
        const dd = this.dayAt(ws, k);
        if (dd !== undefined && (k === i || tightComma(ws, k - 1))) {
          let mkIdx = k + 1;
          if (ws[mkIdx]?.key === 'of' && tight(ws, k) && /[a-z]$/.test(ws[k]!.key)) mkIdx++;
          const mm = tight(ws, mkIdx - 1) ? this.monthAt(ws, mkIdx, true) : undefined;
          if (mm !== undefined && (mkIdx === k + 1 ? tight(ws, k) : true)) {
            m = mm;
            d = dd;
            end = mkIdx;
            const yy = tightComma(ws, end) || ws[end]!.post === '' ? this.yearAt(ws, end + 1) : undefined;
            if (yy !== undefined && (ws[end]!.post === '' || ws[end]!.post === ',')) {
              y = yy;
              end++;
            }
          }
        }
      }
      if (m !== undefined && d !== undefined && d > daysInMonth(y, m)) return null;
    }
    if (m === undefined) {
      if (wd !== undefined && wdWord && WEEKDAYS.has(wdWord.key)) return this.bareWeekday(ws, i, wd);
      // A month alone: "in January", "since March", "January of this year" ("May" and "March" only
      // after such a word, which the check below requires anyway).
      const mk = this.monthAt(ws, i, /^(may|march)$/.test(ws[i]!.key));
      if (mk === undefined) return null;
      const p = ws[i - 1];
      if (!p || !tight(ws, i - 1) || !MONTH_ALONE_BEFORE.has(p.key)) return null;
      let endM = i;
      let yearOffset = 0;
      if (ws[i + 1]?.key === 'of' && tight(ws, i) && tight(ws, i + 1) && tight(ws, i + 2) && ws[i + 3]?.key === 'year') {
        const rel = ws[i + 2]!.key;
        if (rel === 'this' || rel === 'last' || rel === 'next') {
          yearOffset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
          endM = i + 3;
        }
      }
      const fig = this.push(ws, i, endM, 'date', null, { precision: 'month' });
      this.dates.push({ fig, m: mk, explicitYear: false, dateline: false, yearOffset });
      return endM + 1;
    }
    if (wd === undefined && i > 0) {
      // "Tue., Mar. 10": abbreviations only directly before a date (checked above); nothing to do.
    }
    const precision = d !== undefined ? 'day' : 'month';
    const extra: Partial<Figure> = { precision };
    if (wd !== undefined) extra.weekday = WEEKDAY_NAMES[wd]!;
    const fig = this.push(ws, i, end, 'date', null, extra);
    // A dateline: "VALLMORA, March 9 (GWS) -" — upper-case place names before the date, first paragraphs.
    let dateline = false;
    if (pi <= 2 && i > 0 && i <= 4 && ws[i - 1]!.post === ',') {
      dateline = ws.slice(0, i).every((x) => /^[\p{Lu}][\p{Lu}'’.\-]*$/u.test(x.s));
    }
    const hit: DateHit = { fig, explicitYear: y !== undefined, dateline, m };
    if (y !== undefined) hit.y = y;
    if (d !== undefined) hit.d = d;
    if (wd !== undefined) hit.weekday = wd;
    this.dates.push(hit);
    return end + 1;
  }

  private bareWeekday(ws: Word[], i: number, wd: number): number | null {
    const w = ws[i]!;
    const p = ws[i - 1];
    if (p && tight(ws, i - 1) && WEEKDAY_NAME_BEFORE.has(p.key) && isCap(p)) return i + 1; // "Bloody Sunday"
    const nx = ws[i + 1];
    if (nx && tight(ws, i) && isCap(nx) && NAME_AFTER_WEEKDAY.has(nx.key)) return i + 1; // "Sunday Times"
    let relation: DateHit['relation'] = 'past';
    if (p && tight(ws, i - 1) && p.key === 'last') relation = 'past-strict';
    else if (p && tight(ws, i - 1) && p.key === 'next') relation = 'future-strict';
    else if (p && tight(ws, i - 1) && p.key === 'this') relation = 'future';
    else {
      for (let k = i - 1, c = 0; k >= 0 && c < 12 && ws[k]!.sent === w.sent; k--, c++) {
        const key = ws[k]!.key;
        // Words inside a quotation ("… starts tomorrow,” she said on Tuesday) say nothing about the weekday.
        if (/["“”]/.test(ws[k]!.post) || /["“”]/.test(ws[k + 1]!.pre)) break;
        const toVerb = key === 'to' && !!ws[k + 1] && k + 1 < i && !!this.tagsOf(ws[k + 1]!)?.has('Infinitive');
        if (FUTURE_WORDS.has(key) || key.endsWith("'ll") || toVerb) {
          relation = 'future';
          break;
        }
        if (/[.;:!?]/.test(ws[k]!.post) && k !== i - 1) break;
      }
    }
    const fig = this.push(ws, i, i, 'date', null, { precision: 'weekday', weekday: WEEKDAY_NAMES[wd]! });
    this.dates.push({ fig, weekday: wd, explicitYear: false, dateline: false, relation });
    return i + 1;
  }

  /** Gives partial dates a year and bare weekdays a day; reports weekday/date mismatches. */
  private resolveDates(): string | undefined {
    const dayHits = this.dates.filter((h) => h.m !== undefined && h.d !== undefined);
    // The context date: the article's own full date (dateline first), else a weekday-fixed date.
    let ctx: number | undefined;
    let ctxExplicit = false;
    const explicit = dayHits.find((h) => h.explicitYear && h.dateline) ?? dayHits.find((h) => h.explicitYear);
    if (explicit) {
      ctx = dayNumber(explicit.y!, explicit.m!, explicit.d!);
      ctxExplicit = true;
    } else {
      const withWd = dayHits.find((h) => h.weekday !== undefined && this.yearForWeekday(h.m!, h.d!, h.weekday) !== undefined);
      if (withWd) ctx = dayNumber(this.yearForWeekday(withWd.m!, withWd.d!, withWd.weekday!)!, withWd.m!, withWd.d!);
      else {
        const first = dayHits.find((h) => h.dateline) ?? dayHits[0];
        if (first) {
          const y =
            this.copyrightYear !== undefined
              ? this.copyrightYear
              : this.latestYearNotAfter(first.m!, first.d!, this.refDay + 31);
          ctx = dayNumber(y, first.m!, first.d!);
        } else {
          const monthHit = this.dates.find((h) => h.m !== undefined && h.explicitYear);
          if (monthHit) ctx = dayNumber(monthHit.y!, monthHit.m!, 1);
        }
      }
    }
    // Resolve partial dates.
    for (const h of this.dates) {
      if (h.m === undefined) continue;
      if (h.y === undefined) {
        if (h.d !== undefined) {
          let y: number | undefined;
          if (h.weekday !== undefined && !ctxExplicit) {
            y = ctx !== undefined ? this.nearestYear(h.m, h.d, ctx, h.weekday) : this.yearForWeekday(h.m, h.d, h.weekday);
          }
          if (y === undefined) y = ctx !== undefined ? this.nearestYear(h.m, h.d, ctx) : this.latestYearNotAfter(h.m, h.d, this.refDay + 31);
          if (y === undefined) continue;
          h.y = y;
        } else {
          const base = ctx !== undefined ? fromDayNumber(ctx)[0] : fromDayNumber(this.refDay)[0];
          h.y = base + (h.yearOffset ?? 0);
        }
        h.fig.resolved = true;
      }
      h.fig.value = h.d !== undefined ? iso(h.y, h.m, h.d) : iso(h.y, h.m);
      if (h.d !== undefined && h.weekday !== undefined) {
        const real = weekdayOf(h.y, h.m, h.d);
        if (real !== h.weekday) {
          const written = `${MONTH_NAMES[h.m - 1]} ${h.d}, ${h.y}`;
          this.problems.push({
            code: 'weekday-mismatch',
            severity: 'warning',
            start: h.fig.start,
            end: h.fig.end,
            message: `${written} is a ${WEEKDAY_NAMES[real]}, not a ${WEEKDAY_NAMES[h.weekday]}${h.explicitYear ? '' : ` (the year ${h.y} is taken from the article's other dates)`}.`,
          });
        }
      }
    }
    // The anchor: the dateline's day, else the article's first full date.
    const anchorHit = dayHits.find((h) => h.dateline && h.y !== undefined) ?? dayHits.find((h) => h.explicitYear) ?? dayHits.find((h) => h.y !== undefined);
    const anchor = anchorHit ? dayNumber(anchorHit.y!, anchorHit.m!, anchorHit.d!) : undefined;
    // Bare weekdays, relative to the anchor.
    if (anchor !== undefined) {
      const adow = new Date(anchor * 86400000).getUTCDay();
      for (const h of this.dates) {
        if (h.m !== undefined || h.weekday === undefined) continue;
        let day: number;
        const back = (adow - h.weekday + 7) % 7;
        const fwd = (h.weekday - adow + 7) % 7;
        switch (h.relation) {
          case 'past-strict':
            day = anchor - (back === 0 ? 7 : back);
            break;
          case 'future':
            day = anchor + fwd;
            break;
          case 'future-strict':
            day = anchor + (fwd === 0 ? 7 : fwd);
            break;
          default:
            day = anchor - back;
        }
        const [y, m, d] = fromDayNumber(day);
        h.fig.value = iso(y, m, d);
        h.fig.precision = 'day';
        h.fig.resolved = true;
      }
    }
    return anchor !== undefined ? iso(...fromDayNumber(anchor)) : undefined;
  }

  /** The year nearest the context day in which m/d exists (and falls on weekday, if given). */
  private nearestYear(m: number, d: number, ctx: number, weekday?: number): number | undefined {
    const cy = fromDayNumber(ctx)[0];
    let best: number | undefined;
    let bestDist = Infinity;
    for (const y of [cy - 1, cy, cy + 1]) {
      if (d > daysInMonth(y, m)) continue;
      if (weekday !== undefined && weekdayOf(y, m, d) !== weekday) continue;
      const dist = Math.abs(dayNumber(y, m, d) - ctx);
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    return best;
  }

  /** With no year in the article: the latest year, up to a month after the reference day, in which m/d is that weekday. */
  private yearForWeekday(m: number, d: number, weekday: number): number | undefined {
    const limit = this.refDay + 31;
    const ry = fromDayNumber(limit)[0];
    for (let y = ry; y > ry - 15; y--) {
      if (d > daysInMonth(y, m)) continue;
      if (dayNumber(y, m, d) > limit) continue;
      if (weekdayOf(y, m, d) === weekday) return y;
    }
    return undefined;
  }

  private latestYearNotAfter(m: number, d: number, limit: number): number {
    let y = fromDayNumber(limit)[0];
    while (d > daysInMonth(y, m) || dayNumber(y, m, d) > limit) y--;
    return y;
  }
}
