// Small text helpers shared by the server's features and the CLI: Markdown escaping for article text,
// short excerpts with an ellipsis, human renderings of the core's normalised figure values, and the
// line that reports a failing check.

import type { CheckFailure } from './analysis/cross/types';
import type { Figure, Interval } from './analysis/types';
import { humanDate, parseYearless, weekdayDisplay, weekdayOfIso } from './analysis/util/calendar';
import { formatNumber } from './analysis/util/numberFormat';
import { HEDGES_AFTER, HEDGES_BEFORE } from './analysis/lexicon/units';

/** Escapes article text for Markdown and flattens it to one line. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => '\\' + c);
}

/** Collapses runs of white space (line breaks included) into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word boundary when one is near, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const t = oneLine(text);
  if (t.length <= max) return t;
  let cut = t.lastIndexOf(' ', max - 1);
  if (cut < max * 0.6) cut = max - 1;
  // Never leave half of a surrogate pair behind.
  const c = t.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return trimEndWhere(t.slice(0, cut), (c) => /[\s,;:.–—-]/.test(c)) + '…';
}

/**
 * `s` without the characters at its end for which `drop` is true. A loop rather than a /[…]+$/
 * regex, which takes quadratic time on a long run of those characters followed by something else.
 */
export function trimEndWhere(s: string, drop: (c: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}

/**
 * "1,234,567.5" with up to `digits` decimals: the shared number formatter, except that the editor has
 * always shown an infinity (or a NaN) as "∞" or "−∞" with a true minus sign.
 */
export function displayNumber(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  return formatNumber(n, { digits });
}

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "20 billion" for 2e10; plain grouping below a million. */
export function compactNumber(n: number): string {
  const a = Math.abs(n);
  for (const [scale, word] of SCALES) {
    if (a >= scale) return `${displayNumber(n / scale, 3)} ${word}`;
  }
  return displayNumber(n);
}

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', UAH: '₴', RUB: '₽', INR: '₹' };

/** "2025-12-15 (Monday)", "December 2025", "2025", "15 December (no year given)"; other strings (and impossible days) as given. */
export function formatDate(iso: string): string {
  const day = weekdayOfIso(iso);
  if (day) return `${iso} (${weekdayDisplay(day)})`;
  if (parseYearless(iso)) return `${humanDate(iso)} (no year given)`;
  const m = /^\d{4}-(\d{2})$/.exec(iso);
  const month = m ? Number(m[1]) : 0;
  return month >= 1 && month <= 12 ? humanDate(iso) : iso;
}

const DURATION_UNITS: Array<[number, string, string]> = [
  [365 * 86400, 'year', 'years'],
  [7 * 86400, 'week', 'weeks'],
  [86400, 'day', 'days'],
  [3600, 'h', 'h'],
  [60, 'min', 'min'],
  [1, 's', 's'],
];

/** "18,000 s = 5 h", "5,400 s = 1 h 30 min", "126,144,000 s = 4 years". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return displayNumber(seconds);
  const human = humanDuration(seconds);
  return seconds < 60 ? human : `${displayNumber(seconds)} s = ${human}`;
}

export function humanDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return displayNumber(seconds);
  const s = Math.abs(seconds);
  if (s >= 86400) {
    for (const [size, one, many] of DURATION_UNITS) {
      // Weeks only when exact: "14 days" reads as "2 weeks", "10 days" stays days.
      if (s >= size && (size !== 7 * 86400 || s % size === 0)) {
        const v = s / size;
        return `${displayNumber(v, 2)} ${v === 1 ? one : many}`;
      }
    }
  }
  const parts: string[] = [];
  let rest = s;
  for (const [size, one] of DURATION_UNITS.slice(3)) {
    const v = Math.floor(rest / size);
    if (v > 0) parts.push(`${v} ${one}`);
    rest -= v * size;
  }
  if (rest > 0) parts.push(`${displayNumber(rest, 3)} s`);
  return parts.length ? parts.join(' ') : '0 s';
}

/** "2nd", "11th", "23rd". */
export function ordinal(n: number): string {
  if (!Number.isInteger(n)) return displayNumber(n);
  const tens = Math.abs(n) % 100;
  const ones = Math.abs(n) % 10;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ones === 1 ? 'st' : ones === 2 ? 'nd' : ones === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** A figure's numeric value rendered for its kind and unit (not for dates). */
export function formatAmount(figure: Figure, n: number): string {
  switch (figure.kind) {
    case 'percent':
      return `${displayNumber(n * 100, 4)}%`;
    case 'duration':
      return humanDuration(n);
    case 'ordinal':
      return ordinal(n);
    case 'time': {
      const zone = figure.unit && figure.unit !== 'local time' ? ` ${figure.unit}` : '';
      return `${String(Math.floor(n / 3600) % 24).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}${zone}`;
    }
    case 'money': {
      const unit = figure.unit ?? '';
      const symbol = CURRENCY_SYMBOLS[unit];
      const amount = compactNumber(n);
      return symbol ? `${symbol}${amount}` : unit ? `${amount} ${unit}` : amount;
    }
    default: {
      const unit = figure.unit && figure.unit !== 'seconds' ? ` ${figure.unit}` : '';
      return `${compactNumber(n)}${unit}`;
    }
  }
}

/** "between 4 and 5 h", "at least 80", "at most 10%"; undefined for a point interval. */
export function formatInterval(figure: Figure, interval: Interval): string | undefined {
  const { lo, hi } = interval;
  if (lo === hi) return undefined;
  const f = (n: number): string => formatAmount(figure, n);
  if (lo === -Infinity && hi === Infinity) return 'any value';
  if (hi === Infinity) return `${f(lo)} or more`;
  if (lo === -Infinity) return `${f(hi)} or less`;
  return `${f(lo)} – ${f(hi)}`;
}

/** "Check figure-conflict failed on story s2: …": the output channel's and the CLI's report of a check that threw. */
export function checkFailureText(f: CheckFailure): string {
  return `Check ${f.check} failed on story ${f.story}: ${f.message}`;
}

/**
 * A role as a role phrase only: a title that the text runs into another phrase with a dash, a colon or
 * a bar ("Germany - Ukrainian President", "WORLD NEWS | Foreign Minister") keeps the part next to the
 * name, the last one; stray punctuation and a leading article go.
 */
export function rolePhrase(text: string): string {
  const t = oneLine(text);
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    const spaced = t[i - 1] === ' ' && t[i + 1] === ' ';
    if (c === '|' || c === '—' || (c === ':' && t[i + 1] === ' ') || ((c === '-' || c === '–') && spaced)) {
      parts.push(t.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(t.slice(from));
  const last = parts.filter((p) => /\p{L}/u.test(p)).pop() ?? '';
  const trimmed = trimEndWhere(last, (c) => /[\s,;:!?()"“”'‘’–—-]/.test(c)).replace(/^[\s,;:()"“”'‘’–—-]+/, '');
  return trimmed.replace(/^(?:the|a|an)\s+/i, '');
}

/** What makes two role phrases the same role: case, apostrophes and possessives aside ("union's secretary", "union secretary"). */
export function roleKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The distinct roles of a list as role phrases, first spelling kept, without a role that another one
 * contains ("President" beside "Ukrainian President").
 */
export function distinctRoles(roles: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const r of roles) {
    const phrase = rolePhrase(r);
    const key = roleKey(phrase);
    if (phrase && !seen.has(key)) seen.set(key, phrase);
  }
  const keys = [...seen.keys()];
  const contained = (k: string): boolean => keys.some((o) => o !== k && ` ${o} `.includes(` ${k} `));
  return [...seen].filter(([k]) => !contained(k)).map(([, v]) => v);
}

/**
 * The hedge of a figure as the article writes it ("roughly", "more than", "or so"), found with the
 * figure extractor's own hedge tables; the normalised hedge when the text does not show it.
 */
export function hedgeAsWritten(figure: Pick<Figure, 'text' | 'hedge'>): string | undefined {
  if (!figure.hedge) return undefined;
  const words = oneLine(figure.text).split(' ');
  const keys = words.map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  const same = (at: number, phrase: readonly string[]): boolean => phrase.every((p, k) => keys[at + k] === p);
  for (const [phrase] of HEDGES_BEFORE) if (same(0, phrase)) return words.slice(0, phrase.length).join(' ');
  for (const [phrase] of HEDGES_AFTER) {
    const at = words.length - phrase.length;
    if (at > 0 && same(at, phrase)) return words.slice(at).join(' ');
  }
  return figure.hedge === 'vague' ? undefined : figure.hedge;
}
