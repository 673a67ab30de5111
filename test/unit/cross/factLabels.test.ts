// Fact labels a reader sees in the Problems panel, hovers and fact sheets: plain words, never a word
// carried over from one sentence that names nothing out of it ("its reservoirs"), a participle that only
// repeats its noun ("votes voting"), a part of the day read as what happened ("the time evening
// overturned"), or "the share of" a noun that is itself a share ("the share of stake"). Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus } from './util';

/** The labels of the story's figure facts whose values include `value`. */
function labelsOf(value: string, ...texts: string[]): string[] {
  const facts = corpus(...texts).stories.flatMap((s) => s.facts);
  return facts.filter((f) => f.kind === 'figure' && f.values.some((v) => v.text === value)).map((f) => f.label);
}

test('a possessive determiner leaves the label: "the reservoirs", never "its reservoirs"', () => {
  const lead = 'ORVIK, June 3 - The drought deepened across the region this week.';
  for (const [a, b, value] of [
    [`${lead} The water company said its reservoirs were at 41 percent on Monday.`, `${lead} Its reservoirs stood at 44 percent, the company said.`, '41 percent'],
    [`${lead} The board said their savings fell to 12 percent of income.`, `${lead} Their savings were 15 percent of income, it said.`, '12 percent'],
    [`${lead} The farmers said 300 of their wells had run dry.`, `${lead} About 380 of their wells had run dry, officials said.`, '300'],
  ] as const) {
    const labels = labelsOf(value, a, b);
    assert.ok(labels.length > 0, `no fact for ${value}`);
    assert.ok(labels.every((l) => !/\b(?:its|their|his|her|our)\b/i.test(l)), labels.join(', '));
  }
});

test('a participle that repeats its noun is left out: "votes", "employees of Corvane"', () => {
  const lead = 'TALLO, May 9 - Counting ended in the coastal district overnight.';
  const votes = labelsOf('41,200', `${lead} Officials said 41,200 votes were cast in the district.`, `${lead} Some 42,100 votes were counted, officials said.`);
  assert.ok(votes.length > 0 && votes.every((l) => !/vot\w+ vot/.test(l)), votes.join(', '));
  const staff = labelsOf('5,400', 'BRAND, May 2 - Corvane, which employs 5,400 employees, is for sale.', 'BRAND, May 2 - Corvane, which employs 4,500 employees, is for sale.');
  assert.ok(staff.length > 0 && staff.every((l) => !/employees employed/.test(l)), staff.join(', '));
  // Another noun for the same people keeps its participle: "staff employed".
  const other = labelsOf('6,000', 'BRAND, May 2 - The trust employs 6,000 staff.', 'BRAND, May 2 - The trust employs 6,500 staff.');
  assert.ok(other.some((l) => /staff employed/.test(l)), other.join(', '));
  // A phrase that names a side stays: "votes against" is not "votes".
  const against = labelsOf('198', `${lead} The plan passed by 212 votes to 198.`, `${lead} The plan passed by 212 votes to 189.`);
  assert.ok(against.some((l) => /votes against/.test(l)), against.join(', '));
  // A participle of another stem stays: "people killed", "seats won".
  const killed = labelsOf('Thirty-one', 'HASK, May 4 - Thirty-one people were killed in the blast.', 'HASK, May 4 - Thirty people were killed in the blast.');
  assert.ok(killed.some((l) => /people killed/.test(l)), killed.join(', '));
});

test('a part of the day read as the subject gives no "the time evening ..." label; a real subject stays', () => {
  const lead = 'VESK, March 2 - A coach carrying 40 pupils came off a mountain road.';
  const bad = labelsOf('7.40pm', `${lead} On Tuesday evening overturned at 7.40pm, police said.`, `${lead} On Tuesday evening overturned at 7.15pm, police said.`);
  assert.ok(bad.every((l) => !/time (?:the )?evening/.test(l)), bad.join(', '));
  const good = labelsOf('7.40pm', `${lead} The coach overturned at 7.40pm on Tuesday, police said.`, `${lead} It overturned at 7.15pm, police said.`);
  assert.ok(good.some((l) => /the time the coach overturned/.test(l)), good.join(', '));
});

test('a noun that is itself a share is named as it is: "the stake", "the pay rise", never "the share of stake"', () => {
  const lead = 'LUND, April 8 - The deal was announced on Monday.';
  for (const [a, b, value] of [
    [`${lead} The fund took a 12% stake in the airline.`, `${lead} The fund bought a 14% stake in the airline.`, '12%'],
    [`${lead} Nurses accepted a 4% pay rise after the vote.`, `${lead} Nurses accepted a 5% pay rise after the vote.`, '4%'],
    [`${lead} Buyers were offered a 20% discount on the tickets.`, `${lead} Buyers were offered a 25% discount on the tickets.`, '20%'],
  ] as const) {
    const labels = labelsOf(value, a, b);
    assert.ok(labels.length > 0, `no fact for ${value}`);
    assert.ok(labels.every((l) => !/share of (?:the )?(?:stake|pay rise|discount)/.test(l)), labels.join(', '));
  }
});
