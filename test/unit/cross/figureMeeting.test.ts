// Two reports of one quantity meet (branch facts13): figures the number reader lost or garbled (a number
// word after a dateline's dash, digits after a name followed by "million"), a sentence line taken for a
// table row, and two upper bounds that name different maxima. Each test has a twin that must stay quiet,
// so none passes by comparing nothing or everything. Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { of, corpus } from './util';

const conflicts = (...texts: string[]): string[] => of(corpus(...texts).findings, 'figure-conflict').map((f) => f.message);
const figureTexts = (text: string): string[] => analyzeArticle(text).figures.map((f) => f.text);

test('a number word after a dateline\'s dash is the story\'s lead figure, not part of a name: "TOLLMERE - Nine people were killed"', () => {
  assert.ok(figureTexts('TOLLMERE, May 4 (Wire) - Nine people were killed when a coach overturned.').includes('Nine'));
  assert.ok(figureTexts('HALDEN -- Twenty-seven people died when a ferry sank.').includes('Twenty-seven'));
  const a = 'TOLLMERE, May 4 (Wire) - Nine people were killed when a coach overturned on the Tollmere bypass on Monday, police said.';
  const b = 'TOLLMERE - Eleven people were killed when a coach overturned on the Tollmere bypass on Monday, police said.';
  const c = 'TOLLMERE - Nine people were killed when a coach overturned on the Tollmere bypass on Monday, police said.';
  const found = conflicts(a, b);
  assert.equal(found.length, 2, found.join(' | '));
  assert.match(found[0]!, /killed/);
  assert.deepEqual(conflicts(a, c), []);
  // A capitalised number inside a name stays a name.
  assert.ok(!figureTexts('Leaders of the Group of Seven met in Rome on Monday.').includes('Seven'));
});

test('digits after a name are an amount when "million", a currency or "percent" follows: "cost Vellmark 380 million euros"', () => {
  assert.ok(figureTexts('The closure is expected to cost Vellmark 380 million euros.').includes('380 million euros'));
  assert.ok(!figureTexts('The closure is expected to cost Vellmark 380 million euros.').includes('million euros'));
  // A model number is still a label.
  assert.ok(!figureTexts('The airline flies a Boeing 737 between the two cities.').includes('737'));
  const lead = 'Vellmark said on Monday it would close its Harnsby plant.';
  const found = conflicts(`${lead} The closure is expected to cost Vellmark 380 million euros.`, `${lead} The closure is expected to cost Vellmark 310 million euros.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.deepEqual(conflicts(`${lead} The closure is expected to cost Vellmark 380 million euros.`, `${lead} The closure is expected to cost Vellmark €380 million.`), []);
});

test('a short sentence with two figures is no table row: "Of the 68 people on board, 41 survived." against 43', () => {
  const lead = 'A Skarnes Air turboprop crashed near Fenwold on Tuesday.';
  const found = conflicts(`${lead}\n\nOf the 68 people on board, 41 survived.`, `${lead}\n\nOf the 68 people on board, 43 survived.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.deepEqual(conflicts(`${lead}\n\nOf the 68 people on board, 43 survived.`, `${lead}\n\nOf the 68 people on board, 43 survived.`), []);
  // A row of a table (no sentence, no verb) is still not compared.
  assert.deepEqual(conflicts(`${lead}\n\nOperating profit 46 vs 48`, `${lead}\n\nOperating profit 41 vs 48`), []);
});

test('two upper bounds disagree when their maxima do: "a fine of up to £1,000" against "fined as much as £2,500"', () => {
  const lead = 'Southmere Water will ban hosepipes from Friday, the company said on Monday.';
  const found = conflicts(`${lead} Anyone who breaks the ban faces a fine of up to £1,000.`, `${lead} Anyone who breaks the ban faces a fine of up to £2,500.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.match(found[0]!, /fine/);
  // The same maximum written two ways, and a fine within the maximum, agree.
  assert.deepEqual(conflicts(`${lead} Anyone who breaks the ban faces a fine of up to £1,000.`, `${lead} Anyone who breaks the ban faces a maximum fine of £1,000.`), []);
  assert.deepEqual(conflicts(`${lead} Anyone who breaks the ban faces a fine of up to £1,000.`, `${lead} Anyone who breaks the ban faces a fine of up to £1,000, the company said.`), []);
});

test('the verb of a figure in a participle\'s clause: "…, killing eleven people" is a count of the killed, as "nine people were killed" is', () => {
  const lead = 'TOLLMERE, May 4 - Police are investigating a crash on the Tollmere bypass.';
  const found = conflicts(`${lead} The coach overturned on Monday, killing eleven people.`, `${lead} Nine people were killed when the coach overturned on Monday.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.match(found[0]!, /killed/);
  // Eleven people injured are not the killed.
  assert.deepEqual(conflicts(`${lead} The coach overturned on Monday, injuring eleven people.`, `${lead} Nine people were killed when the coach overturned on Monday.`), []);
});

test('"a coach carrying 48 passengers overturned": the passengers were on board; the overturning is the coach\'s', () => {
  const lead = 'TOLLMERE, May 4 - Police are investigating a crash on the Tollmere bypass.';
  const found = conflicts(`${lead} A coach carrying 48 passengers overturned on Monday.`, `${lead} The coach was carrying 52 passengers when it overturned on Monday.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.match(found[0]!, /passengers/);
  assert.deepEqual(conflicts(`${lead} A coach carrying 48 passengers overturned on Monday.`, `${lead} The coach was carrying 48 passengers when it overturned on Monday.`), []);
});

test('an appositive after a speech verb: "Police said 31 people, among them the driver, were injured" is a count of the injured', () => {
  const lead = 'TOLLMERE, May 4 - A coach overturned on the Tollmere bypass on Monday.';
  const found = conflicts(`${lead} Police said 31 people, among them the driver, were injured.`, `${lead} Police said 26 people were injured.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.match(found[0]!, /injur/);
  assert.deepEqual(conflicts(`${lead} Police said 31 people, among them the driver, were injured.`, `${lead} Police said 31 people were injured.`), []);
});

test('a proportion in words is a share: "one in five commuters" is 20 percent of commuters', () => {
  assert.ok(figureTexts('A survey found one in five commuters were late.').includes('one in five'));
  // A time after "in" is no proportion.
  assert.ok(!figureTexts('He scored one in 12 minutes.').includes('one in 12'));
  const lead = 'A survey by the Tollmere Transport Board published on Monday';
  const found = conflicts(`${lead} found that one in five commuters were late for work every week.`, `${lead} found that 30 percent of commuters were late for work every week.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.deepEqual(conflicts(`${lead} found that one in five commuters were late for work every week.`, `${lead} found that 20 percent of commuters were late for work every week.`), []);
});

test('a sum taken by theft or fraud is one thing however worded: "defrauding the port authority of €14.6 million" against "a fraud of €16.4 million"', () => {
  const lead = 'BRACKWATER, June 5 - The former director of the Brackwater harbour authority, Selim Varga, was jailed on Friday.';
  const found = conflicts(`${lead} Varga was convicted of defrauding the port authority of €14.6 million.`, `${lead} Varga was sentenced to seven years for a fraud of €16.4 million.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.match(found[0]!, /sum stolen/);
  assert.doesNotMatch(found[0]!, /authority/);
  // The same sum agrees; the authority's budget is not the sum stolen.
  assert.deepEqual(conflicts(`${lead} Varga was convicted of defrauding the port authority of €14.6 million.`, `${lead} Varga was convicted of stealing €14.6 million.`), []);
  assert.deepEqual(conflicts(`${lead} Varga was convicted of defrauding the port authority of €14.6 million.`, `${lead} The port authority has a yearly budget of €16.4 million.`), []);
});

test('after "a" and an amount, a word the tagger reads as a verb is the noun the amount names: "a £450 million programme over five years"', () => {
  const lead = 'Southmere Water said on Monday it would ban hosepipes from Friday.';
  const found = conflicts(`${lead} It has promised a £450 million programme over five years.`, `${lead} It has promised a £540 million programme over five years.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.match(found[0]!, /programme/);
  assert.deepEqual(conflicts(`${lead} It has promised a £450 million programme over five years.`, `${lead} It has promised a £540 million bonus pool over five years.`), []);
});
