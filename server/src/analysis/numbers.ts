// Reading numbers as written in news text: digit literals ("1,200", "$20", "£3m", "80%"), digit
// ranges ("5–10"), number-word phrases ("four hundred and twenty", "a million") and word fractions
// ("one-fifth", "two-thirds"). Number words are parsed by compromise's own `.numbers()`, cached per
// phrase; what compromise gets wrong on news text (fractions rounded to three places, "dozen",
// "m"/"bn" suffixes, lists merged into one number) is handled here instead.
//
// Nothing here throws: every parser returns null for what it cannot read.

import { nlp } from './nlp';
import { SINGULAR_FIXES } from './lexicon/counting';
import { CURRENCY_SYMBOLS, FRACTION_DENOMINATORS, MAGNITUDES, SUFFIX_MULTIPLIERS, VULGAR_FRACTIONS } from './lexicon/units';

export interface NumericLiteral {
  value: number;
  /** ISO code of a currency symbol written before the digits ("$20" -> "USD"). */
  currency?: string;
  /** A multiplier written straight after the digits ("3m", "1.5bn"), already applied to value. */
  multiplied: boolean;
  /** A suffix that is not a multiplier: "%" or a unit such as "km". Lower-case. */
  suffix?: string;
  /** The literal has thousands separators ("1,200"). */
  hasComma: boolean;
  /** Digits only, no sign, decimals, separators, currency or suffix: a year or count candidate. */
  plainInteger: boolean;
  /** Starts with 0 and has more digits ("0143"): a code or phone part, never a figure. */
  leadingZero: boolean;
  /** Number of characters the number part covers, from the start of the token. */
  length: number;
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const LITERAL_RE = new RegExp(String.raw`^([+\-−]?)(${NUM})([½¼¾⅓⅔⅛]?)([a-zA-Z%²]{0,3}|km/h)$`);

/** Splits a leading currency symbol off a token ("US$20" -> ["USD", 3]). */
export function currencyPrefix(s: string): [string, number] | null {
  for (const [sym, code] of CURRENCY_SYMBOLS) {
    if (s.length > sym.length && s.startsWith(sym)) return [code, sym.length];
  }
  return null;
}

/**
 * Reads a token that is a number written in digits, with an optional currency symbol before it
 * and an optional suffix after it ("%", "m", "bn", "km"). Returns null for anything else, including
 * values that are not finite (a 400-digit number).
 */
export function parseNumericLiteral(token: string): NumericLiteral | null {
  if (token.length === 0 || token.length > 40) return null;
  let rest = token;
  let currency: string | undefined;
  const cur = currencyPrefix(rest);
  if (cur) {
    currency = cur[0];
    rest = rest.slice(cur[1]);
  }
  const m = LITERAL_RE.exec(rest);
  if (!m) return null;
  const sign = m[1] ?? '';
  const digits = m[2] ?? '';
  let suffix = (m[4] ?? '').toLowerCase() || undefined;
  // "2½": a vulgar fraction after the digits adds to them.
  const fraction = vulgarFraction(m[3]);
  let value = Number(digits.replace(/,/g, '')) + fraction;
  if (!Number.isFinite(value)) return null;
  if (sign === '-' || sign === '−') value = -value;
  let multiplied = false;
  if (suffix !== undefined) {
    const mult = SUFFIX_MULTIPLIERS.get(suffix);
    // "5m" without a currency is five metres; "5bn" and "3k" are multipliers either way.
    if (mult !== undefined && (currency !== undefined || (suffix !== 'm' && suffix !== 'b'))) {
      value *= mult;
      multiplied = true;
      suffix = undefined;
    } else if (suffix !== '%' && !/^[a-z²/]+$/.test(suffix)) {
      return null;
    }
  }
  if (!Number.isFinite(value)) return null;
  const plainInteger = fraction === 0 && sign === '' && currency === undefined && suffix === undefined && !multiplied && /^\d+$/.test(digits);
  const out: NumericLiteral = {
    value,
    multiplied,
    hasComma: digits.includes(','),
    plainInteger,
    leadingZero: /^0\d/.test(digits),
    length: (cur ? cur[1] : 0) + sign.length + digits.length + (m[3] ?? '').length,
  };
  if (currency !== undefined) out.currency = currency;
  if (suffix !== undefined) out.suffix = suffix;
  return out;
}

/** The value of a vulgar fraction written after digits ("½"), or 0. */
function vulgarFraction(ch: string | undefined): number {
  return VULGAR_FRACTIONS.get(ch ?? '') ?? 0;
}

export interface NumericRange {
  lo: NumericLiteral;
  hi: NumericLiteral;
}

// `.*?` (not `.+?`): a one-digit low end ("5–10") must match too. The high end takes the rest of the
// token whatever it holds (`[\s\S]*`), so the first split tried always matches and the scan is linear.
const RANGE_RE = /^(.*?\d)\s?[-–—‒]\s?((?:[$€£¥₴₽]|US\$)?\d[\s\S]*)$/;

/** Reads "5–10", "5-10", "5,000-6,000", "$5-10bn", "5-10%" (one token). Null unless lo < hi. */
export function parseNumericRange(token: string): NumericRange | null {
  if (token.length > 60) return null;
  const m = RANGE_RE.exec(token);
  if (!m) return null;
  const lo = parseNumericLiteral(m[1] ?? '');
  const hi = parseNumericLiteral(m[2] ?? '');
  if (!lo || !hi || lo.leadingZero || hi.leadingZero) return null;
  // The suffix, multiplier and currency written once apply to both ends (see rangeValues).
  return { lo, hi };
}

/** The token without the ASCII letters at its end ("10bn" -> "10"), by a backwards scan (linear). */
function withoutTrailingLetters(token: string): string {
  let k = token.length;
  while (k > 0 && /[a-z]/i.test(token.charAt(k - 1))) k--;
  return token.slice(0, k);
}

/** Applies the range's shared currency, suffix and multiplier to the low end; null if lo >= hi. */
export function rangeValues(r: NumericRange, hiToken: string): { lo: number; hi: number; currency?: string; suffix?: string } | null {
  let lo = r.lo.value;
  const hi = r.hi.value;
  if (r.hi.multiplied && !r.lo.multiplied) {
    // "$5-10bn": the multiplier is the hi literal's value divided by its digits.
    const bare = parseNumericLiteral(withoutTrailingLetters(hiToken));
    if (bare && bare.value !== 0) lo *= hi / bare.value;
  }
  if (!(lo < hi) || lo < 0) return null;
  const out: { lo: number; hi: number; currency?: string; suffix?: string } = { lo, hi };
  const currency = r.lo.currency ?? r.hi.currency;
  if (currency !== undefined) out.currency = currency;
  const suffix = r.hi.suffix ?? r.lo.suffix;
  if (suffix !== undefined) out.suffix = suffix;
  return out;
}

// --- Number words ------------------------------------------------------------------------------

const wordCache = new Map<string, number | null>();
const CACHE_LIMIT = 4096;

/**
 * The value of a cardinal number-word phrase ("four hundred and twenty", "a million", "twenty-five",
 * "two and a half", "half a million"), parsed by compromise. Null when compromise finds no single
 * finite number in it. Cached: news text repeats the same few phrases.
 */
export function parseNumberWords(phrase: string): number | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (key.length === 0 || key.length > 120) return null;
  const hit = wordCache.get(key);
  if (hit !== undefined) return hit;
  let value: number | null = null;
  // compromise reads "two dozen" as 2 and "a dozen" as nothing: dozens are counted here.
  const dozen = /\bdozens?$/.exec(key);
  if (dozen) {
    const head = key.slice(0, dozen.index).trim();
    const n = head === '' || head === 'a' ? 1 : parseNumberWords(head);
    value = n === null ? null : n * 12;
    wordCache.set(key, value);
    return value;
  }
  try {
    const found = nlp()(key).numbers().get() as unknown[];
    if (found.length === 1 && typeof found[0] === 'number' && Number.isFinite(found[0])) value = found[0];
  } catch {
    value = null;
  }
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
  wordCache.set(key, value);
  return value;
}

/** Magnitude of a word ("million" -> 1e6), or undefined. */
export function magnitudeOf(word: string): number | undefined {
  return MAGNITUDES.get(word);
}

/** A fraction's denominator word ("fifth", "thirds", "quarter"), or undefined. */
export function denominatorOf(word: string): number | undefined {
  return FRACTION_DENOMINATORS.get(word);
}

// --- Nouns -------------------------------------------------------------------------------------

interface NounTransforms {
  two: { transform: { noun: { toSingular(s: string, model: unknown): string } } };
}
let toSingularFn: ((s: string) => string) | null = null;
const singularCache = new Map<string, string>();

/** Lower-case singular of a noun, via compromise's inflector ("drones" -> "drone", "people" -> "person"). */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/['’]s?$/, '');
  const fixed = SINGULAR_FIXES.get(w);
  if (fixed !== undefined) return fixed;
  const hit = singularCache.get(w);
  if (hit !== undefined) return hit;
  let out = w;
  try {
    if (toSingularFn === null) {
      const methods = nlp().methods() as unknown as NounTransforms;
      const model = nlp().model();
      const fn = methods.two.transform.noun.toSingular;
      toSingularFn = (s: string) => fn(s, model);
    }
    const s = toSingularFn(w);
    // "bus", "basis", "crisis", "census", "status": a Latin or Greek singular in -us or -is is no plural
    // the inflector may strip to "bu" or "basi" (labels would read "basi points").
    if (typeof s === 'string' && s.length > 0 && !(/(?:us|\p{L}{3}is)$/u.test(w) && s === w.slice(0, -1))) out = s;
  } catch {
    out = w;
  }
  if (singularCache.size >= CACHE_LIMIT) singularCache.clear();
  singularCache.set(w, out);
  return out;
}

/** A simple English plural for unit names made from compound heads ("point" -> "points"). */
export function plural(word: string): string {
  const w = word.toLowerCase();
  if (/(?:[sxz]|[cs]h)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}
