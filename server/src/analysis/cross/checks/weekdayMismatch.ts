// weekday-mismatch: a weekday written next to a date it does not fall on ("Tuesday, March 9, 2026").
// The figures extractor reports it as a per-article problem; when it did not, explicit dates with a
// weekday are checked here, and so are days an article wrote without any year, in the story's year.

import { monthDayOf, parseYearless, weekdayDisplay, weekdayOfIso } from '../../util/calendar';
import { placeInFrame, storyFrame } from '../timeFrame';
import type { Finding } from '../types';
import type { Check } from './check';
import { nameOf } from './common';

export const weekdayMismatch: Check = {
  id: 'weekday-mismatch',
  scope: 'article',
  description: 'A weekday is written next to a date that falls on another day.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    const frame = storyFrame(ctx.facts.flatMap((x) => x.dates));
    for (const a of ctx.articles) {
      const problems = a.analysis.problems.filter((p) => {
        if (p.code !== 'weekday-mismatch') return false;
        // A weekday that fits the story's year while the article's inferred year does not: the year
        // is what is wrong (out-of-place-date reports it), not the weekday.
        const f = a.analysis.figures.find((g) => g.kind === 'date' && g.start < p.end && p.start < g.end);
        if (!f || !f.resolved || !frame || typeof f.value !== 'string' || !f.weekday) return true;
        return weekdayOfIso(`${frame.year}${f.value.slice(4)}`) !== f.weekday.toLowerCase();
      });
      for (const p of problems) {
        out.push({
          check: this.id,
          severity: this.defaultSeverity,
          location: { article: a.id, span: { start: p.start, end: p.end } },
          message: p.message,
          related: [],
          key: `${this.id}|${a.name}|${a.text.slice(p.start, p.end).replace(/\s+/g, ' ')}`,
        });
      }
      if (a.analysis.problems.some((p) => p.code === 'weekday-mismatch')) continue;
      for (const f of a.analysis.figures) {
        if (f.kind !== 'date' || !f.weekday || f.resolved || typeof f.value !== 'string') continue;
        // A day the article wrote without a year ("--03-11") is judged in the story's year, when the
        // story's dates written with a year establish one.
        const md = parseYearless(f.value)?.d !== undefined ? monthDayOf(f.value) : undefined;
        const day = md !== undefined ? (frame?.evidence.length ? placeInFrame(md, frame) : undefined) : f.value;
        const actual = day !== undefined ? weekdayOfIso(day) : undefined;
        if (!day || !actual || actual === f.weekday.toLowerCase()) continue;
        const inferred = md !== undefined ? ` (the year ${day.slice(0, 4)} is the story's)` : '';
        out.push({
          check: this.id,
          severity: this.defaultSeverity,
          location: { article: a.id, span: { start: f.start, end: f.end } },
          message: `“${f.text}”: ${day} is a ${weekdayDisplay(actual)}, not a ${weekdayDisplay(f.weekday.toLowerCase())}${inferred}.`,
          related: [],
          key: `${this.id}|${nameOf(ctx, a.id)}|${f.text.replace(/\s+/g, ' ')}`,
        });
      }
    }
    return out;
  },
};
