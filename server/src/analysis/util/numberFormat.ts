// The one number formatter for everything a user reads (messages, hovers, fact sheets, CLI output).

export interface NumberFormat {
  /** The most decimals shown (default 3). */
  digits?: number;
  /** Round millions and billions as words ("20 billion") when they are round (default false). */
  words?: boolean;
}

/** "1,234,567.5", "∞"; with `words`, 2e10 → "20 billion" and 4.5e6 → "4.5 million". */
export function formatNumber(n: number, options: NumberFormat = {}): string {
  if (!Number.isFinite(n)) {
    if (Number.isNaN(n)) return 'NaN';
    return n > 0 ? '∞' : '-∞';
  }
  if (options.words) {
    if (Math.abs(n) >= 1e9 && n % 1e7 === 0) return `${n / 1e9} billion`;
    if (Math.abs(n) >= 1e6 && n % 1e4 === 0) return `${n / 1e6} million`;
  }
  return formatter(options.digits ?? 3).format(n);
}

/** One formatter per precision: `toLocaleString` builds a new one on every call, which is slow. */
const formatters = new Map<number, Intl.NumberFormat>();
function formatter(digits: number): Intl.NumberFormat {
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formatters.set(digits, f);
  }
  return f;
}
