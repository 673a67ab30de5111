// The scope of a figure (cross/figureScope.ts): figures over different windows, of different parts of a
// trading day, the bases of comparisons and forecasts are not compared with what happened. Each test has
// a twin that must still be compared, so none passes by comparing nothing. Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { article, messagesOf, of, identityOf } from './util';

/** The identity of the figure written `text` in an invented article. */

const conflicts = (...texts: string[]): string[] => messagesOf('figure-conflict', ...texts);

test('a tally over a window is not the window, nor a tally over another window: "eight of their last 10 games" / "the ninth time in their last 12"', () => {
  const lead = 'Harbour Rovers beat Dunmore 3-1 on Saturday at the Quayside ground.';
  assert.deepEqual(
    conflicts(
      `${lead} The Rovers have won eight of their last 10 games. Ola Brandt has scored 11 goals in his past 14 matches.`,
      `${lead} The Rovers, who won for the ninth time in their last 12 games, are second. Ola Brandt scored two goals and has 13 in his previous 16 matches.`,
    ),
    [],
  );
  // The same tally over the same window is still compared.
  assert.equal(conflicts(`${lead} Ola Brandt has scored 11 goals in his past 14 matches.`, `${lead} Ola Brandt has scored 12 goals in his past 14 matches.`).length, 2);
});

test('a gap in the table is not a tally: "three games behind the leaders" against "lost their fourth in seven games"', () => {
  const lead = 'The Harbour Rovers lost 2-0 to Dunmore on Saturday.';
  assert.deepEqual(conflicts(`${lead} The Rovers lost their fourth in seven games.`, `${lead} The Rovers are three games behind the leaders.`), []);
});

test('a price at the close is not the intraday low or the midday price; the closing prices are compared', () => {
  const lead = 'Shares in Kelvar Foods fell on Tuesday after the bakery group cut its forecast.';
  assert.deepEqual(
    conflicts(
      `${lead} The shares closed 2.1 percent lower at 412 pence, having fallen as much as 5 percent in early trading.`,
      `${lead} At midday Kelvar Foods shares were 3.2 percent lower. They closed down 2.1 percent.`,
    ),
    [],
  );
  const body = `${lead} The shares closed 2.1 percent lower at 412 pence, having fallen as much as 5 percent in early trading. At midday they were 3.2 percent lower.`;
  assert.equal(identityOf(body, '2.1 percent').session, 'close');
  assert.equal(identityOf(body, 'as much as 5 percent').session, 'extreme+open');
  // "At midday" is read as a time of day (12:00): the session is that time, not the close.
  const midday = identityOf(body, '3.2 percent').session;
  assert.ok(midday && !midday.split('+').includes('close'), midday);
  assert.equal(conflicts(`${lead} Kelvar Foods shares closed at 412 pence.`, `${lead} Kelvar Foods shares closed at 422 pence.`).length, 2);
});

test('the base of a comparison is another day\'s value: "compared with 1.4810 marks on Monday" is not Tuesday\'s close', () => {
  const lead = 'The dollar firmed against the mark in Frankfurt on Tuesday as traders awaited German inflation data.';
  assert.deepEqual(
    conflicts(
      `${lead} The dollar ended at 1.4790 marks and 107.20 yen, compared with 1.4810 marks and 107.90 yen on Monday.`,
      `${lead} The dollar ended at 1.4790 marks, against 1.4750 marks the day before.`,
    ),
    [],
  );
  const body = `${lead} The dollar ended at 1.4790 marks and 107.20 yen, compared with 1.4810 marks and 107.90 yen on Monday.`;
  assert.deepEqual(['1.4790', '107.20 yen', '1.4810', '107.90 yen'].map((t) => !!identityOf(body, t).base), [false, false, true, true]);
  // A base that names its day is compared with another source's value of that day.
  assert.equal(conflicts(`${lead} The dollar ended at 1.4790 marks, compared with 1.4810 marks on Monday.`, `${lead} On Monday the dollar had ended at 1.4850 marks.`).length, 2);
  assert.equal(conflicts(`${lead} The dollar ended at 1.4790 marks.`, `${lead} The dollar ended at 1.4830 marks.`).length, 2);
});

test('a time read under a section heading ("MARKETS AT 1500 GMT") is not the close', () => {
  const a = 'The dollar firmed against the mark on Tuesday.\n\nCURRENCIES\n\nThe dollar ended at 1.4790 marks at the close of European trading.';
  const b = 'The dollar firmed against the mark on Tuesday.\n\nCURRENCIES AT 1500 GMT\n\nThe dollar was at 1.4765 marks.';
  assert.deepEqual(conflicts(a, b), []);
  const clock = analyzeArticle('Trading was quiet. STOCKS AT 1500 GMT\n\nThe index was flat.').figures.find((f) => f.kind === 'time');
  assert.ok(clock);
  assert.equal(clock.value, 15 * 3600);
  assert.equal(clock.unit, 'GMT');
});

test('a forecast is not what happened: "expected to land at about 4 a.m." against "landed at 4.30 a.m."', () => {
  const lead = 'A Tellair jet diverted to Mardale after a bomb threat on Sunday.';
  assert.deepEqual(conflicts(`${lead} The jet, which was expected to land at about 4 a.m., carried 140 passengers.`, `${lead} The jet landed at 4.30 a.m. with 140 passengers.`), []);
  assert.equal(conflicts(`${lead} The jet landed at about 4 a.m.`, `${lead} The jet landed at 4.30 a.m.`).length, 2);
});

test('"he" is the person last named: Hollis\'s eight hits allowed are not Varlow\'s three; Varlow\'s own are compared', () => {
  const lead = 'The Harbour Rovers beat Dunmore 5-4 in 10 innings on Saturday.';
  const a = `${lead} Ed Varlow got the win, allowing three hits in two innings.`;
  assert.deepEqual(conflicts(a, `${lead} Kai Hollis started for Dunmore. He pitched nine innings, allowing eight hits.`), []);
  assert.equal(conflicts(a, `${lead} Ed Varlow came on in the ninth. He got the win, allowing five hits in two innings.`).length, 2);
});

test('a number in a compound is not a count of the noun after it: "a 12-point plan" is shown as 12 points, not 12 plans', () => {
  const a = article('a.txt', 'The Harnsby union presented a 12-point plan to save the Vellby plant on Monday.');
  const b = article('b.txt', 'The Harnsby union presented a five-point plan to save the Vellby plant on Monday.');
  const r = analyzeCorpus([a, b], { storyThreshold: 0 });
  const fc = of(r.findings, 'figure-conflict');
  assert.equal(fc.length, 2, fc.map((f) => f.message).join('\n'));
  const shown = fc.flatMap((f) => f.related.map((x) => x.message)).sort();
  assert.deepEqual(shown.map((m) => /\(([^()]*)\)$/.exec(m)?.[1]), ['12 points', '5 points'], shown.join('\n'));
});
