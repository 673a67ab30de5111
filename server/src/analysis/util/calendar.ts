// Calendar arithmetic on proleptic Gregorian dates (UTC, no time zones): day numbers, weekdays, ISO
// strings and their plain-English display. The one place the core computes with dates.

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const DAY_MS = 86_400_000;

export function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Days in month `m` (1–12) of year `y`; with no year February has 29 (any year might be meant). */
export function daysInMonth(y: number | undefined, m: number): number {
  if (m === 2) return y === undefined || isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days since 1970-01-01 of a calendar day (month 1–12). */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The calendar day of a day number: [year, month 1–12, day]. */
export function fromDayNumber(n: number): [number, number, number] {
  const dt = new Date(n * DAY_MS);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}

/** Weekday index (0 = Sunday) of a calendar day. */
export function weekdayIndex(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** "2025-12", "2025-12-05" (years padded to four digits). */
export function isoDate(y: number, m: number, d?: number): string {
  const yy = String(y).padStart(4, '0');
  const mm = String(m).padStart(2, '0');
  return d === undefined ? `${yy}-${mm}` : `${yy}-${mm}-${String(d).padStart(2, '0')}`;
}

/**
 * A date without its year in ISO 8601's truncated form: "--12-05" for 5 December, "--12" for December.
 * An article that gives no year at all keeps its dates this way rather than borrowing one from the clock.
 */
export function yearlessIso(m: number, d?: number): string {
  const mm = String(m).padStart(2, '0');
  return d === undefined ? `--${mm}` : `--${mm}-${String(d).padStart(2, '0')}`;
}

/** The month and day of a yearless ISO date ("--12-05", "--12"); undefined for anything else. */
export function parseYearless(iso: string): { m: number; d?: number } | undefined {
  const m = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return undefined;
  return m[2] === undefined ? { m: month } : { m: month, d: Number(m[2]) };
}

/** "12-05" for "2025-12-05" and for "--12-05": what two days are compared by when a year may be missing. */
export function monthDayOf(iso: string): string | undefined {
  const m = /^(?:\d{4}|-)-(\d{2}-\d{2})$/.exec(iso);
  return m?.[1];
}

/** The parts of "2025", "2025-12" or "2025-12-05"; undefined for anything else (yearless dates included). */
export function parseIso(iso: string): { y: number; m?: number; d?: number } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const out: { y: number; m?: number; d?: number } = { y: Number(m[1]) };
  if (m[2] !== undefined) out.m = Number(m[2]);
  if (m[3] !== undefined) out.d = Number(m[3]);
  return out;
}

/** True when an ISO day names a real day (not "2026-02-31"). */
export function isRealDay(iso: string): boolean {
  const p = parseIso(iso);
  return p?.m !== undefined && p.d !== undefined && p.m >= 1 && p.m <= 12 && p.d >= 1 && p.d <= daysInMonth(p.y, p.m);
}

/** The day number of an ISO day ("2026-03-09"), or undefined for months, years and impossible days. */
export function isoDayNumber(iso: string | undefined): number | undefined {
  if (iso === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(iso) || !isRealDay(iso)) return undefined;
  const p = parseIso(iso)!;
  return dayNumber(p.y, p.m!, p.d!);
}

/** The day number of an ISO day or month; a month counts as its 15th. Undefined for other strings. */
export function isoMidDayNumber(iso: string): number | undefined {
  const p = parseIso(iso);
  if (p?.m === undefined) return undefined;
  return Date.UTC(p.y, p.m - 1, p.d ?? 15) / DAY_MS;
}

/** "2026-03-09" for a day number. */
export function isoFromDayNumber(n: number): string {
  const [y, m, d] = fromDayNumber(n);
  return isoDate(y, m, d);
}

/** The lower-case weekday of an ISO day ("2026-03-09" → "monday"); undefined for impossible days. */
export function weekdayOfIso(iso: string): (typeof WEEKDAY_NAMES)[number] | undefined {
  const n = isoDayNumber(iso);
  return n === undefined ? undefined : WEEKDAY_NAMES[(((n + 4) % 7) + 7) % 7];
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** "2026-03-09" → "9 March 2026"; "2026-03" → "March 2026"; "2026" → "2026"; "--03-09" → "9 March"; other strings as given. */
export function humanDate(iso: string): string {
  const p = parseIso(iso);
  if (!p) {
    const yl = parseYearless(iso);
    if (!yl) return iso;
    const name = capitalise(MONTH_NAMES[yl.m - 1]!);
    return yl.d === undefined ? name : `${yl.d} ${name}`;
  }
  const y = String(p.y).padStart(4, '0');
  if (p.m === undefined) return y;
  const month = capitalise(MONTH_NAMES[p.m - 1] ?? '');
  return p.d === undefined ? `${month} ${y}` : `${p.d} ${month} ${y}`;
}

/** "Monday" for "monday". */
export function weekdayDisplay(name: string): string {
  return capitalise(name);
}
