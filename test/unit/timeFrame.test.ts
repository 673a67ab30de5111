// Each article's time frame comes from its own text (dateline, publication line, full dates, copyright
// line), never from the machine's clock; dates without a year resolve against it or stay yearless.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { analyzeCorpus } from '../../server/src/analysis/cross/engine';
import type { Figure } from '../../server/src/analysis/types';
import { humanDate, monthDayOf, parseYearless, yearlessIso } from '../../server/src/analysis/util/calendar';
import { formatDate } from '../../server/src/format';
import { article, of } from './cross/util';

function date(text: string, written: string, referenceDate?: string): Figure {
  const a = analyzeArticle(text, referenceDate !== undefined ? { referenceDate } : {});
  const found = a.figures.filter((f) => f.kind === 'date' && f.text === written);
  assert.equal(found.length, 1, `one date "${written}" in: ${a.figures.map((f) => f.text).join(' | ')}`);
  return found[0]!;
}

test('yearless ISO form: "--MM-DD" and "--MM", compared by month and day, shown without a year', () => {
  assert.equal(yearlessIso(12, 5), '--12-05');
  assert.equal(yearlessIso(3), '--03');
  assert.deepEqual(parseYearless('--12-05'), { m: 12, d: 5 });
  assert.deepEqual(parseYearless('--03'), { m: 3 });
  assert.equal(parseYearless('2025-12-05'), undefined);
  assert.equal(parseYearless('--13-01'), undefined);
  assert.equal(monthDayOf('2025-12-05'), '12-05');
  assert.equal(monthDayOf('--12-05'), '12-05');
  assert.equal(monthDayOf('2025-12'), undefined);
  assert.equal(humanDate('--12-05'), '5 December');
  assert.equal(humanDate('--03'), 'March');
  // The hover shows such a value as a reader would say it.
  assert.equal(formatDate('--12-05'), '5 December (no year given)');
  assert.equal(formatDate('2025-12-05'), '2025-12-05 (Friday)');
});

test('a date without a year in an article that gives none stays without a year (no clock)', () => {
  const oct = date('The ferry line reopened on October 19 after repairs.', 'October 19');
  assert.equal(oct.value, '--10-19');
  assert.equal(oct.precision, 'day');
  assert.equal(oct.resolved, undefined);
  const month = date('Fares have risen since January, the operator said.', 'January');
  assert.equal(month.value, '--01');
  assert.equal(month.precision, 'month');
  // A bare weekday with nothing to count from stays a weekday.
  const mon = date('The council met on Monday.', 'Monday');
  assert.equal(mon.value, null);
  assert.equal(mon.precision, 'weekday');
  assert.equal(mon.weekday, 'Monday');
  // A caller that knows the day may still pass it.
  assert.equal(date('The ferry line reopened on October 19 after repairs.', 'October 19', '2026-11-24').value, '2026-10-19');
});

test('a wire dateline dates the article: partial dates take the nearest year, weekdays count from it', () => {
  const text = 'Ferry strike ends.\n\nKELDBY 1996-08-22\n\nDockers at Keldby ended their strike on Thursday, the union said.\n\nThey had walked out on Monday and talks resume on September 3. Fares last rose in March.\n';
  const a = analyzeArticle(text);
  assert.deepEqual(a.timeFrame, { date: '1996-08-22', source: 'dateline' });
  const byText = (t: string): Figure => a.figures.find((f) => f.text === t)!;
  assert.equal(byText('1996-08-22').value, '1996-08-22');
  assert.equal(byText('Thursday').value, '1996-08-22');
  assert.equal(byText('Monday').value, '1996-08-19');
  assert.equal(byText('September 3').value, '1996-09-03');
  assert.equal(byText('March').value, '1996-03');
});

test('a publication line dates the article ("Updated Dec. 16, 2025"): "Monday" in a piece of Tuesday 16 December is the 15th', () => {
  const text = 'Harbour talks stall\n\nBy Mara Quell\n\nUpdated Dec. 16, 2025\n\nNegotiators for the Keldby harbour met on Monday without a deal.\n';
  const a = analyzeArticle(text);
  assert.deepEqual(a.timeFrame, { date: '2025-12-16', source: 'dateline' });
  assert.equal(a.figures.find((f) => f.text === 'Monday')!.value, '2025-12-15');
  // An agency dateline without a date ("KELDBY (AP) —") with the date on a line of its own nearby.
  const ap = analyzeArticle('Harbour talks resume\n\nBy Mara Quell, Associated Press\n\nDecember 16, 2025, 4:12 PM\n\nKELDBY, Sarn (AP) — Negotiators met again on Monday and will meet on Friday.\n');
  assert.deepEqual(ap.timeFrame, { date: '2025-12-16', source: 'dateline' });
  assert.equal(ap.figures.find((f) => f.text === 'Monday')!.value, '2025-12-15');
  assert.equal(ap.figures.find((f) => f.text === 'Friday')!.value, '2025-12-19');
  const pub = analyzeArticle('The report, published on March 3, 2024, was read aloud.\n\nThe vote is on April 2.');
  assert.equal(pub.timeFrame?.source, 'dates', 'a "published" inside a sentence is not a publication line');
});

test('a historical date does not move the frame: the year most full dates carry wins', () => {
  const text = 'The mill, founded in March 1810, closed on October 5, 2025. Its last owner sold it on October 1, 2025. A sale is set for October 19.';
  const a = analyzeArticle(text);
  assert.equal(a.timeFrame?.date, '2025-10-05');
  assert.equal(date(text, 'October 19').value, '2025-10-19');
  assert.equal(date(text, 'March 1810').value, '1810-03');
});

test('a copyright year places partial dates; a day written with its weekday places bare weekdays, even without a year', () => {
  const c = analyzeArticle('Talks were held on December 14 in Sarn.\n\n© 2024 Sarn Gazette');
  assert.equal(c.figures.find((f) => f.text === 'December 14')!.value, '2024-12-14');
  assert.equal(c.timeFrame?.source, 'copyright');
  const w = analyzeArticle('Rescuers reached the cave on Sunday 20 September. The group had entered it on Saturday.');
  assert.equal(w.figures.find((f) => f.text === 'Sunday 20 September')!.value, '--09-20');
  assert.equal(w.figures.find((f) => f.text === 'Saturday')!.value, '--09-19');
});

test('the story frame places yearless dates: a wrong weekday next to one is reported in the story year', () => {
  const a = article('a.txt', 'Dockers in Keldby began a strike on Wednesday, 4 March 2026, the union said. The Keldby port was closed.');
  const b = article('b.txt', 'The Keldby dockers strike, which began on Thursday, 4 March, closed the Keldby port, the union said.');
  const r = analyzeCorpus([a, b]);
  assert.equal(r.stories.length, 1);
  const wd = of(r.findings, 'weekday-mismatch');
  assert.equal(wd.length, 1);
  assert.equal(wd[0]!.location.article, b.id);
  assert.match(wd[0]!.message, /2026-03-04 is a Wednesday, not a Thursday/);
});
