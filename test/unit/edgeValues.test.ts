// Values at the edges: a hedged or ranged figure's interval never has lo above hi, negatives included,
// and a day its month does not have is a problem on the article, never a date nor a count.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { analyzeCorpus } from '../../server/src/analysis/cross/engine';
import type { Figure } from '../../server/src/analysis/types';

function figure(text: string, written: string): Figure {
  const found = analyzeArticle(text).figures.filter((f) => f.text.startsWith(written));
  assert.equal(found.length, 1, `one figure "${written}…" in: ${text}\n got: ${analyzeArticle(text).figures.map((f) => f.text).join(' | ')}`);
  return found[0]!;
}

test('hedged negatives widen away from zero: "about -40 degrees" is [-44, -36]', () => {
  assert.deepEqual(figure('Overnight it fell to about -40 degrees in the valley.', 'about -40').interval, { lo: -44, hi: -36 });
  assert.deepEqual(figure('Overnight it fell to about −12.5 degrees in the valley.', 'about −12.5').interval, { lo: -13.75, hi: -11.25 });
  assert.deepEqual(figure('The reading was nearly -40 degrees at dawn.', 'nearly -40').interval, { lo: -40, hi: -36 });
  assert.deepEqual(figure('The reading was less than -40 degrees at dawn.', 'less than -40').interval, { lo: -Infinity, hi: -40 });
  assert.deepEqual(figure('The reading was more than -40 degrees at dawn.', 'more than -40').interval, { lo: -40, hi: Infinity });
  // Positive values keep the intervals they always had.
  assert.deepEqual(figure('About 40 workers were rescued.', 'About 40').interval, { lo: 36, hi: 44 });
  assert.deepEqual(figure('Nearly 40 workers were rescued.', 'Nearly 40').interval, { lo: 36, hi: 40 });
  assert.deepEqual(figure('Fewer than 40 workers were rescued.', 'Fewer than 40').interval?.lo, 0);
});

test('every interval of a text full of signs, ranges and hedges has lo <= hi', () => {
  const text = [
    'Temperatures ranged from -5 to -10 degrees, about -3 to -1 at noon, and at most -2 overnight.',
    'Losses of about -4% to -2% were reported, nearly −7% in some regions, and between 10 and 5 ships waited.',
    'Up to -30 degrees, at least -15 degrees and roughly -0.5 percent were recorded, some 20-30 people said.',
  ].join('\n\n');
  const figures = analyzeArticle(text).figures.filter((f) => f.interval);
  assert.ok(figures.length >= 6, figures.map((f) => f.text).join(' | '));
  for (const f of figures) assert.ok(f.interval!.lo <= f.interval!.hi, `${f.text}: [${f.interval!.lo}, ${f.interval!.hi}]`);
});

test('an impossible date is a problem on the article, not a count of 31 plus February', () => {
  const text = 'The ceasefire began on 31 February 2026, negotiators said.\n\nThe envoys met again on Monday 30 February and on 31 April.';
  const a = analyzeArticle(text);
  const problems = a.problems.filter((p) => p.code === 'impossible-date');
  assert.deepEqual(
    problems.map((p) => [text.slice(p.start, p.end), p.message]),
    [
      ['31 February 2026', '“31 February 2026” is not a date: February 2026 has 28 days.'],
      ['Monday 30 February', '“Monday 30 February” is not a date: February has at most 29 days.'],
      ['31 April', '“31 April” is not a date: April has 30 days.'],
    ],
  );
  for (const p of problems) assert.equal(p.severity, 'warning');
  // Neither a date nor a count is read from them.
  const inside = a.figures.filter((f) => problems.some((p) => f.start < p.end && p.start < f.end));
  assert.deepEqual(inside.map((f) => f.text), []);
});

test('real dates at the edges are still dates', () => {
  const text = 'The treaty was signed on 29 February 2024 and renewed on 31 December 2025; it lapses on 30 April.';
  const a = analyzeArticle(text);
  assert.deepEqual(a.problems.filter((p) => p.code === 'impossible-date'), []);
  assert.deepEqual(
    a.figures.filter((f) => f.kind === 'date').map((f) => f.value).slice(0, 2),
    ['2024-02-29', '2025-12-31'],
  );
  assert.ok(analyzeArticle('Leap years aside, 29 February 2025 never happened.').problems.some((p) => p.code === 'impossible-date'));
});

test('the impossible-date check reports it like the other per-article problems (server and CLI)', () => {
  const text = 'The ceasefire began on 31 February 2026, negotiators said.';
  const result = analyzeCorpus([{ id: 'a.txt', name: 'a.txt', text, analysis: analyzeArticle(text) }]);
  const found = result.findings.filter((f) => f.check === 'impossible-date');
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0]!.location.span.start, found[0]!.location.span.end), '31 February 2026');
  assert.equal(found[0]!.severity, 'warning');
});
