// Dates written relative to the article's own date ("yesterday", "five days ago", "last month", "last
// June") are placed by the dateline and compared across sources like written dates. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { analyzeCorpus } from '../../server/src/analysis/cross/engine';
import { article, of } from './cross/util';

function dateAt(text: string, written: string): unknown {
  const f = analyzeArticle(text).figures.find((x) => x.kind === 'date' && x.text === written);
  assert.ok(f, `no date "${written}"`);
  return f.value;
}

test('relative dates are placed by the dateline', () => {
  const line = 'BRASK, August 8, 2026 (Wire) - ';
  assert.equal(dateAt(`${line}The fire started five days ago in the hills.`, 'five days ago'), '2026-08-03');
  assert.equal(dateAt(`${line}The fire started a week ago in the hills.`, 'a week ago'), '2026-08-01');
  assert.equal(dateAt(`${line}The mayor resigned yesterday after the vote.`, 'yesterday'), '2026-08-07');
  assert.equal(dateAt(`${line}The report was published last month by the agency.`, 'last month'), '2026-07');
  // "last June" is the latest June before the article's month; "last October" one of the year before.
  assert.equal(dateAt(`${line}The dam was closed last June for repairs.`, 'last June'), '2026-06');
  assert.equal(dateAt(`${line}The dam was closed last October for repairs.`, 'last October'), '2025-10');
  // "over the last month" is a window, and "a few days ago" says no day.
  const windowed = analyzeArticle(`${line}Rain fell on only two days over the last month, and a few days ago the river ran dry.`);
  assert.deepEqual(windowed.figures.filter((f) => f.kind === 'date' && !/August/.test(f.text)).map((f) => f.text), []);
});

test('a dateline without its year places relative dates by day and month, and leaves a count across February alone', () => {
  const line = 'BRASK, Oct 15 (Wire) - ';
  assert.equal(dateAt(`${line}The mayor resigned yesterday after the vote.`, 'yesterday'), '--10-14');
  assert.equal(dateAt(`${line}The fire started five days ago in the hills.`, 'five days ago'), '--10-10');
  assert.equal(dateAt(`${line}The report was published last month by the agency.`, 'last month'), '--09');
  assert.equal(dateAt('BRASK, Jan 3 (Wire) - The report was published last month by the agency.', 'last month'), '--12');
  assert.equal(dateAt('BRASK, March 2 (Wire) - The mayor resigned yesterday after the vote.', 'yesterday'), '--03-01');
  // 29 February lies on the way only in a leap year, which nobody wrote.
  assert.equal(dateAt('BRASK, March 2 (Wire) - The fire started five days ago in the hills.', 'five days ago'), null);
});

test('date-conflict: "published last month" against "published on Saturday, March 7"', () => {
  const a = article('a.txt', 'Recording row in Velgrad\nVELGRAD, March 12, 2026 (Wire) - The recording of the minister was published on March 7 by the weekly Nedra.');
  const b = article('b.txt', 'Recording row in Velgrad\nVELGRAD, March 12, 2026 (Globe) - The recording of the minister was first published last month by the weekly Nedra.');
  const c = article('c.txt', 'Recording row in Velgrad\nVELGRAD, March 13, 2026 (Post) - The recording of the minister was published six days ago by the weekly Nedra.');
  const fs = of(analyzeCorpus([a, b, c], { storyThreshold: 0 }).findings, 'date-conflict');
  assert.deepEqual(fs.map((f) => f.location.article), ['mem:/b.txt'], fs.map((f) => f.message).join('\n'));
});

test('beside a dateline without its year, a month and year of an earlier event does not date the article', () => {
  const a = analyzeArticle('BRASK, August 7 (Wire) - The fire broke out on Monday near Brask. The last large fire, in July 2019, burned 900 hectares.');
  assert.equal(a.timeFrame?.date, '--08-07');
  const monday = a.figures.find((f) => f.text === 'Monday');
  assert.ok(monday && !String(monday.value).startsWith('2019'), String(monday?.value));
  assert.equal(a.figures.find((f) => f.text === 'July 2019')!.value, '2019-07');
  // Without a dateline, a written month and year still places the article's partial dates.
  const b = analyzeArticle('The plant opened in March 2025 and was inspected on 14 March by the agency.');
  assert.equal(b.figures.find((f) => f.text === '14 March')!.value, '2025-03-14');
});
