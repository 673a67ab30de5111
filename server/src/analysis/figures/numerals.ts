// Numbers written in digits: literals ("1,200", "$20", "£3m", "80%"), ranges ("5–10"), hyphen compounds
// ("90-minute"), and the digit runs that are no figure (phone numbers, labels such as "Article 5", list numbers).

import { MONTHS, WEEKDAYS } from '../lexicon/calendar';
import { COMPOUND_SKIP, LABEL_ABBREVIATIONS, LABEL_NOUNS } from '../lexicon/counting';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, MAGNITUDES, MEASURE_UNITS, MINOR_UNIT_SUFFIXES, PERCENT_WORDS } from '../lexicon/units';
import { parseNumericLiteral, parseNumericRange, rangeValues, type NumericLiteral, type NumericRange } from '../numbers';
import { readNumberWords } from './numberWords';
import { tagsOf, type NumberRead, type NumberResult, type Scan } from './scan';
import { isCap, sentenceInitial, tight, type Word } from './words';

/** Dollar signs with a country prefix ("US$", "HK$"), which may start a number written in digits. */
const DOLLAR_PREFIXES = CURRENCY_SYMBOLS.map(([symbol]) => symbol).filter((symbol) => symbol.length > 1 && symbol.endsWith('$'));

/** A phone number starts at word i: "+44 …", "(020) 555-0123", or three digit groups in a row. */
export function isPhone(ws: Word[], i: number): boolean {
  const w = ws[i]!;
  if (/^\+\d/.test(w.s)) return true;
  if (/^\(?\d{2,5}\)?[-.]\d{3,4}[-.]\d{3,4}$/.test(w.s)) return true;
  if (/^\(\d{2,5}\)$/.test(w.s)) return true;
  // "0161 496 0000", "555 0123 4567": three digit groups in a row, no punctuation.
  let groups = 0;
  let digits = 0;
  for (let j = i; j < ws.length && groups < 4; j++) {
    if (!/^\d{2,5}$/.test(ws[j]!.s)) break;
    groups++;
    digits += ws[j]!.s.length;
    if (!tight(ws, j)) break;
  }
  return groups >= 3 && digits >= 7;
}

/** The index after the phone number that starts at word i. */
export function phoneEnd(ws: Word[], i: number): number {
  let j = i;
  while (j < ws.length && /^[+(]?\d[\d()\-.]*$/.test(ws[j]!.s) && (j === i || tight(ws, j - 1))) j++;
  return j;
}

/**
 * A magnitude, currency or percent word right after the digits ("cost Vellmark 380 million euros", "gave
 * Halbrook 30 percent"): no label is written so ("Boeing 737 million"), so the number after the name is an amount.
 */
function amountAfter(ws: Word[], i: number): boolean {
  const n = tight(ws, i) ? ws[i + 1] : undefined;
  return !!n && (MAGNITUDES.has(n.key) || CURRENCY_WORDS.has(n.key) || PERCENT_WORDS.has(n.key) || n.key === 'pounds');
}

/** Is word i part of a label ("Article 5", "Boeing 737", "page 12")? */
function isLabel(sc: Scan, ws: Word[], i: number): boolean {
  const p = ws[i - 1];
  if (p && p.post === '.' && ws[i]!.pre === '' && LABEL_ABBREVIATIONS.has(p.key)) return true; // "pp. 34-36"
  // "Ambrel's $3.1 billion offer": a name in the possessive owns the figure, it does not label it.
  if (!p || !tight(ws, i - 1) || p.possessive) return false;
  // "Article 5", "page 12", "No. 1"; a lower-case "no" before a number is a determiner.
  if (LABEL_NOUNS.has(p.key)) return !(p.key === 'no' && p.s === 'no');
  if (isCap(p) && !sentenceInitial(ws, i - 1) && !MONTHS.has(p.key) && !WEEKDAYS.has(p.key) && !CURRENCY_CODES.has(p.s) && !amountAfter(ws, i)) {
    const t = tagsOf(sc, p);
    if (t && (t.has('ProperNoun') || t.has('Noun') || t.has('Acronym')) && !t.has('Pronoun')) return true;
  }
  return false;
}

/** A token that starts like a number written in digits, perhaps after a currency symbol or sign. */
function looksNumeric(s: string): boolean {
  if (/^[$€£¥₴₽₹₩₺₪]?[+\-−]?[\d.]/.test(s)) return true;
  return DOLLAR_PREFIXES.some((prefix) => s.startsWith(prefix) && /^\d/.test(s.slice(prefix.length)));
}

/** A digit literal at word `start` (word i when no currency code came first). */
function literal(ws: Word[], i: number, start: number, lit: NumericLiteral, currency: string | undefined): NumberResult {
  const v = ws[start]!;
  if (lit.leadingZero) return 'skip';
  // "820p": pence written tight after the digits.
  const minor = lit.suffix !== undefined && lit.currency === undefined && currency === undefined ? MINOR_UNIT_SUFFIXES.get(lit.suffix) : undefined;
  if (minor !== undefined) return { i0: i, i1: start, value: lit.value, multiplied: lit.multiplied, plainInteger: lit.plainInteger, currency: minor };
  if (lit.suffix !== undefined && lit.suffix !== '%' && !MEASURE_UNITS.has(lit.suffix)) {
    if (/^(?:st|nd|rd|th)$/.test(lit.suffix)) return null; // an ordinal: readOrdinal
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

/** A digit range in one token ("5–10", "$5-10bn", "5-10%"). */
function range(i: number, start: number, s: string, rg: NumericRange, currency: string | undefined): NumberResult {
  const hiTok = s.slice(s.search(/[-–—‒]\s?[$€£¥₴₽]?\d[^-–—‒]*$/) + 1).trim();
  const rv = rangeValues(rg, hiTok);
  if (!rv) return 'skip';
  if (rv.suffix !== undefined && rv.suffix !== '%' && !MEASURE_UNITS.has(rv.suffix)) return 'skip';
  const r: NumberRead = { i0: i, i1: start, value: rv.lo, hi: rv.hi };
  const cur = rv.currency ?? currency;
  if (cur !== undefined) r.currency = cur;
  if (rv.suffix !== undefined) r.suffix = rv.suffix;
  if (rg.lo.plainInteger && rg.hi.plainInteger) r.plainInteger = true;
  return r;
}

/** A hyphen compound: "90-minute", "19-year-old", "20-point", "5-like". */
function hyphenCompound(i: number, start: number, s: string): NumberResult {
  const cm = /^(\d+(?:[.,]\d+)?)-([a-z]+(?:-[a-z]+)*)$/i.exec(s);
  if (!cm) return 'skip';
  const lit = parseNumericLiteral(cm[1]!);
  if (!lit || lit.leadingZero) return 'skip';
  const head = cm[2]!.toLowerCase().split('-');
  if (COMPOUND_SKIP.has(head[0]!)) return 'skip';
  return { i0: i, i1: start, value: lit.value, head };
}

/** Reads the number at word i: digits (after an ISO currency code: "USD 20 million") or number words. */
export function readNumber(sc: Scan, ws: Word[], i: number): NumberResult {
  const w = ws[i]!;
  let start = i;
  let currency: string | undefined;
  if (CURRENCY_CODES.has(w.s) && tight(ws, i) && /^\d/.test(ws[i + 1]!.s)) {
    currency = w.s;
    start = i + 1;
  }
  const v = ws[start]!;
  const s = v.possessive ? v.s.slice(0, -2) : v.s;
  if (!looksNumeric(s)) return currency !== undefined ? null : readNumberWords(sc, ws, i);
  if (isLabel(sc, ws, start) && currency === undefined) return 'skip';
  const lit = parseNumericLiteral(s);
  if (lit) return literal(ws, i, start, lit, currency);
  const rg = parseNumericRange(s);
  if (rg) return range(i, start, s, rg, currency);
  return hyphenCompound(i, start, s);
}
