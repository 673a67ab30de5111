import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, daysInMonth, humanDate, isoDayNumber, isoFromDayNumber, isRealDay, weekdayOfIso } from '../../server/src/analysis/util/calendar';
import { formatNumber } from '../../server/src/analysis/util/numberFormat';
import { firstEndingAfter, firstStartingAtOrAfter, indexContaining, lastStartingAtOrBefore } from '../../server/src/analysis/util/search';
import { alignSequences, lcs } from '../../server/src/analysis/util/sequence';

test('calendar: weekdays, leap years, impossible days and display', () => {
  assert.equal(weekdayOfIso('2025-12-15'), 'monday');
  assert.equal(weekdayOfIso('1996-08-22'), 'thursday');
  assert.equal(weekdayOfIso('2026-02-31'), undefined, 'an impossible day has no weekday');
  assert.equal(isRealDay('2024-02-29'), true);
  assert.equal(isRealDay('2026-02-29'), false);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(isoFromDayNumber(dayNumber(2025, 12, 31) + 1), '2026-01-01');
  assert.equal(isoDayNumber('2025-12'), undefined);
  assert.equal(humanDate('2026-03-09'), '9 March 2026');
  assert.equal(humanDate('2026-03'), 'March 2026');
  assert.equal(humanDate('not a date'), 'not a date');
});

test('number format: grouping, decimals, words for round millions', () => {
  assert.equal(formatNumber(1234567.25), '1,234,567.25');
  assert.equal(formatNumber(1 / 3, { digits: 2 }), '0.33');
  assert.equal(formatNumber(2e10, { words: true }), '20 billion');
  assert.equal(formatNumber(4_500_000, { words: true }), '4.5 million');
  assert.equal(formatNumber(4_512_345, { words: true }), '4,512,345');
  assert.equal(formatNumber(-Infinity), '-∞');
});

test('search: the bounds of sorted spans', () => {
  const spans = [{ start: 0, end: 5 }, { start: 10, end: 15 }, { start: 20, end: 25 }];
  assert.equal(firstStartingAtOrAfter(spans, 10), 1);
  assert.equal(firstStartingAtOrAfter(spans, 11), 2);
  assert.equal(firstStartingAtOrAfter(spans, 99), 3);
  assert.equal(firstEndingAfter(spans, 5), 1);
  assert.equal(lastStartingAtOrBefore(spans, 9), 0);
  assert.equal(lastStartingAtOrBefore(spans, -1), -1);
  assert.equal(indexContaining(spans, 12), 1);
  assert.equal(indexContaining(spans, 7), -1);
});

test('sequence: LCS and similarity alignment keep order and every index', () => {
  assert.deepEqual(lcs(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd']), [[0, 0], [2, 1], [3, 3]]);
  const pairs = alignSequences(3, 2, (i, j) => (i === 1 && j === 0 ? 0.9 : i === 2 && j === 1 ? 0.5 : 0), 0.3);
  assert.deepEqual(pairs, [[0, undefined], [1, 0], [2, 1]]);
  assert.deepEqual(lcs([], ['a']), []);
});
