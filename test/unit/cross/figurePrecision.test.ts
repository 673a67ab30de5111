// Precision of figure-conflict (cross/alignFigures.ts, identity.ts, figureScope.ts): two figures are called
// different values of one fact only with evidence a fact-checker would accept. Each test pairs a
// look-alike that must not be reported with a twin that must, so none passes by comparing nothing.
// Invented articles about invented events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('figure-conflict', ...texts);

const LEAD = 'Orvane Mills said on Monday it would close its paper plant in Tessby by the end of next year.';

test('a figure placed before the story\'s time ("last June", "four years ago") is not compared with the story\'s own', () => {
  const lead = 'Brannock Water announced a hosepipe ban for its customers on Thursday.';
  assert.deepEqual(
    conflicts(`${lead} Demand for water rose 20 percent during this week's heatwave, the company said.`, `${lead} Last June, during a shorter heatwave, demand for water rose 25 percent, the company said.`),
    [],
  );
  assert.deepEqual(
    conflicts(`${lead} Demand for water rose 20 percent during this week's heatwave, the company said.`, `${lead} Four years ago demand for water rose 25 percent in a heatwave, the company said.`),
    [],
  );
  // The same week's rise is still compared.
  assert.equal(
    conflicts(`${lead} Demand for water rose 20 percent during this week's heatwave, the company said.`, `${lead} Demand for water rose 25 percent during this week's heatwave, the company said.`).length,
    2,
  );
});

test('lone values far apart with nothing agreeing are not one fact: "employs 2,100 people" against "its 240 staff"', () => {
  assert.deepEqual(
    conflicts(
      `${LEAD} The plant, which currently employs 2,100 people, opened in 1971.`,
      `${LEAD} One supplier said it would have to decide within weeks whether to keep its 240 staff.`,
    ),
    [],
  );
  // When most sources give a value, an odd value far from it is still a disagreement.
  const plant = (n: string): string => `${LEAD} The plant employs ${n} people.`;
  const found = conflicts(plant('2,100'), plant('2,100'), plant('240'));
  assert.equal(found.length, 1);
  assert.match(found[0]!, /240/);
});

test('an earlier time inside another clause ("since winning the cup last March, …") does not date the figures after it', () => {
  const a = 'Cricket - Velta beat Ostro by five wickets.\n\nKELLBURG 1996-08-28\n\nVelta, playing in front of their home crowd for the first time since winning the cup last March, comfortably passed Ostro\'s modest 226-5 from 50 overs in 44.2 overs.';
  const b = 'Cricket - Ostro 226-5 in 50 overs v Velta.\n\nKELLBURG 1996-08-28\n\nOstro scored 226 for five wickets in their 50 overs against Velta in the second day-night match of the tournament on Wednesday.';
  assert.deepEqual(conflicts(a, b), []);
  // The same overs said otherwise by the other source is still a disagreement.
  assert.equal(conflicts(a, b.replace('their 50 overs', 'their 48 overs').replace('in 50 overs', 'in 48 overs')).length, 2);
});

test('a year written after a figure dates that figure, not the ones before it: "58.3 percent, down from 61.9 percent in 2022"', () => {
  const lead = 'Voters in the Kell region elected a new assembly on Sunday.';
  const found = conflicts(`${lead} Turnout was 58.3 percent, down from 61.9 percent in 2022, officials said.`, `${lead} Turnout was 55.1 percent, officials said.`);
  assert.equal(found.length, 2, found.join('\n'));
  assert.ok(found.every((m) => /58\.3|55\.1/.test(m) && !/61\.9/.test(m)), found.join('\n'));
});
