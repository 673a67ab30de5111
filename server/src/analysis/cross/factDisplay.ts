// How aligned facts are shown: the values of figures and dates as a reader would write them, and the
// short names used in labels.

import { DURATION_DISPLAY_UNITS } from '../lexicon/events';
import { SCALE_NAMES } from '../lexicon/units';
import { nounPlural } from '../figures/frame';
import type { Figure } from '../types';
import { humanDate, weekdayOfIso } from '../util/calendar';
import { formatNumber } from '../util/numberFormat';
import type { DateItem } from './factTypes';

/** Numbers in fact values: round millions and billions as words, at most three decimals. */
function numberText(n: number): string {
  return formatNumber(n, { words: true, digits: 3 });
}

/** "2 years", "90 minutes", "1 day": the largest unit the duration is a whole number of. */
export function durationText(sec: number): string {
  for (const [size, name] of DURATION_DISPLAY_UNITS) {
    const n = sec / size;
    if (n >= 1 && Math.abs(n - Math.round(n)) < 1e-9) return `${numberText(Math.round(n))} ${name}${Math.round(n) === 1 ? '' : 's'}`;
  }
  return `${numberText(sec)} seconds`;
}

/** "04:50", "19:45 GMT": a time of day. */
export function clockText(sec: number, unit: string | undefined): string {
  const hm = `${String(Math.floor(sec / 3600) % 24).padStart(2, '0')}:${String(Math.floor(sec / 60) % 60).padStart(2, '0')}`;
  return unit && unit !== 'local time' ? `${hm} ${unit}` : hm;
}

/**
 * A figure's value for display: "about 2,400 dockworkers", "12%", "4.2 million EUR"; for a whole made
 * of parts (`whole`), the sum: "195 people".
 */
export function figureDisplay(f: Figure, whole?: { parts?: unknown[]; interval: { lo: number } | null; fact?: { thing?: string } }): string {
  if (whole?.parts && whole.interval) return `${numberText(whole.interval.lo)} people`;
  // "killing 241": the count of what the sentence says it counts.
  if (f.kind === 'count' && !f.counts && whole?.fact?.thing === 'person' && typeof f.value === 'number') return `${f.hedge ? `${f.hedge} ` : ''}${numberText(f.value)} people`;
  const v = typeof f.value === 'number' ? f.value : null;
  if (v === null) return f.text;
  const hedge = f.hedge ? `${f.hedge} ` : '';
  if (f.kind === 'duration') return `${hedge}${durationText(v)}`;
  if (f.kind === 'time') return `${hedge}${clockText(v, f.unit)}`;
  if (f.kind === 'percent') return `${hedge}${numberText(Math.round(v * 100000) / 1000)}%`;
  if (f.kind === 'money') return `${hedge}${numberText(v)} ${f.unit ?? ''}`.trim();
  // A reading on a scale is written after the scale's name: "magnitude 6.1", "force 9".
  if (f.unit && SCALE_NAMES.has(f.unit)) return `${hedge}${f.unit} ${numberText(v)}`;
  // "a 12-point plan" counts points, not plans: a number written as part of a compound shows its own unit.
  if (f.unit && /^[\p{L}\d.,]+-\p{L}/u.test(f.text)) return `${hedge}${numberText(v)} ${f.unit}`;
  // "180 millimetres of rain" shows its unit: the matter is in the label.
  const noun = f.unit ?? (f.counts ? (Math.abs(v) === 1 ? f.counts : nounPlural(f.counts)) : undefined);
  return `${hedge}${numberText(v)}${noun ? ` ${noun}` : ''}`;
}

/** A date's value for display: "Monday 9 March 2026", "9 March" (no year written), "March 2026". */
export function dateDisplay(d: DateItem): string {
  const wd = d.weekday ?? (d.iso ? weekdayOfIso(d.iso) : undefined);
  const wdCap = wd ? wd[0]!.toUpperCase() + wd.slice(1) : '';
  if (d.iso && d.monthDayWritten) return `${wdCap ? wdCap + ' ' : ''}${d.explicitYear ? humanDate(d.iso) : humanDate(d.iso).replace(/ \d{4}$/, '')}`;
  // A day and month without a known year ("--12-15"): shown in the day-month order of the other dates.
  if (d.monthDay) return `${wdCap ? wdCap + ' ' : ''}${humanDate(`2000-${d.monthDay}`).replace(/ \d{4}$/, '')}`;
  if (typeof d.figure.value === 'string') return humanDate(d.figure.value);
  return wdCap || d.figure.text;
}

/** The last word of a name ("Brandvold" for "Ilka Brandvold"). */
export function lastName(name: string): string {
  const w = name.split(/\s+/);
  return w[w.length - 1] ?? name;
}
