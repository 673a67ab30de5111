// Figures read as measuring something in more of the ways news English writes them (identity.ts,
// figures/frame.ts), so two outlets' figures for one quantity meet: a price change whose measured thing
// is the subject of a trading-day verb, a duration of a noun it follows ("a consultation lasting six
// weeks"); and labels that read as plain words. Each test has a twin that must stay apart or agree, so
// none passes by comparing nothing or everything. Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nounPlural, verbLemma } from '../../../server/src/analysis/figures/frame';
import { dateLabel, figureLabel } from '../../../server/src/analysis/cross/factLabels';
import type { DateItem, FigureItem } from '../../../server/src/analysis/cross/factTypes';
import { of, identityOf, corpus } from './util';

/** The identity of the nth figure written `text` in an invented article. */

const conflicts = (...texts: string[]): string[] => of(corpus(...texts).findings, 'figure-conflict').map((f) => f.message);
const labels = (...texts: string[]): string[] => corpus(...texts).stories.flatMap((s) => s.facts).filter((f) => f.kind === 'figure' || f.kind === 'date').map((f) => f.label);

test('a closing price change is measured on the subject of "closed"/"ended": "shares closed 2.1 percent lower" against "shares ended 3.4 percent down"', () => {
  const lead = 'ODDANGER, March 3 - Brenmoor Textiles said on Monday it would shut its dyeing works.';
  const found = conflicts(`${lead} Shares in Brenmoor Textiles closed 2.1 percent lower on Monday.`, `${lead} Brenmoor Textiles shares ended 3.4 percent down on Monday.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /the fall in shares/);
  // The same fall written both ways agrees; a rise is not a fall.
  assert.deepEqual(conflicts(`${lead} Shares in Brenmoor Textiles closed 2.1 percent lower on Monday.`, `${lead} Brenmoor Textiles shares ended 2.1 percent down on Monday.`), []);
  assert.deepEqual(conflicts(`${lead} Shares in Brenmoor Textiles closed 2.1 percent lower on Monday.`, `${lead} Brenmoor Textiles shares ended 3.4 percent higher on Monday.`), []);
});

test('a duration after its noun: "a consultation lasting six weeks" is the length of the consultation, as "the 10-week consultation" is', () => {
  const lead = 'Brenmoor Textiles said on Monday it would shut its dyeing works in Oddanger.';
  const found = conflicts(`${lead} A consultation lasting six weeks will begin on Tuesday.`, `${lead} The 10-week consultation with unions starts on Tuesday.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /consultation/);
  // Another thing's length is not compared with it.
  assert.deepEqual(conflicts(`${lead} A consultation lasting six weeks will begin on Tuesday.`, `${lead} The 10-week refit of the mill starts on Tuesday.`), []);
});

test('labels in plain words: no plural of a plural, no verb from a name, no "the time it was"', () => {
  assert.equal(nounPlural('shares'), 'shares');
  assert.equal(nounPlural('share'), 'shares');
  assert.equal(nounPlural('bus'), 'buses');
  assert.equal(verbLemma('begin'), 'begin');
  assert.equal(verbLemma('began'), 'begin');
  const all = labels(
    'Harbour Rovers will appeal on Monday. At midday the Olmsted index was 2.4 percent higher. A review lasting six weeks will begin on Tuesday.',
    'Harbour Rovers will appeal on Monday. At midday the Olmsted index was 2.4 percent higher. A review lasting six weeks will begin on Tuesday.',
  );
  assert.ok(all.length >= 3, all.join(' | '));
  for (const l of all) assert.doesNotMatch(l, /harbour|it was|shareses|begy|midday the/i);
  assert.ok(all.includes('the rise in the Olmsted index'), all.join(' | '));
});

test('an amount before its noun is that noun\'s amount, whichever verb records it: "booked a £40 million restructuring charge" against "took a charge of £55 million"', () => {
  const lead = 'Pellmoor Glass said on Monday it would shut its Ardwick works.';
  const found = conflicts(`${lead} The company will book a £40 million restructuring charge.`, `${lead} The company will take a charge of £55 million.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /the charge/);
  // A fine is not a charge.
  assert.deepEqual(conflicts(`${lead} The company will book a £40 million restructuring charge.`, `${lead} The company paid a £55 million fine.`), []);
});

test('counts in the other voice: "600 jobs will go" and "450 posts will be lost" are the cut "will cut 600 jobs" reports; "fans will go to the final" is not', () => {
  const lead = 'Pellmoor Glass said on Monday it would shut its Ardwick works.';
  assert.equal(conflicts(`${lead} The company will cut 600 jobs.`, `${lead} About 450 jobs will go.`).length, 2);
  assert.equal(conflicts(`${lead} The company will cut 600 jobs.`, `${lead} Some 450 posts will be lost.`).length, 2);
  assert.deepEqual(conflicts(`${lead} The company will cut 600 jobs.`, `${lead} About 450 jobs will go to a new plant in Ardwick.`), []);
});

test('a count of an event word takes the thing an earlier figure counted with that event: "cut 600 jobs … the 600 cuts"', () => {
  const body = 'Pellmoor Glass said on Monday it would cut 600 jobs. The 600 cuts will mostly fall on night shifts.';
  const id = identityOf(body, '600', 1);
  assert.equal(id.thing, 'job');
  assert.equal(id.event, 'cut');
  // Without an earlier figure that cut something, "three cuts" stay a count of cuts.
  assert.equal(identityOf('The bank made three cuts to interest rates this year.', 'three').thing, 'cut');
});

test('a change in percent of one thing: "fares will rise by 4.9 percent" against "a 5.9 percent increase in fares"; "the index gained 2.1 percent" against "rose 1.2 percent"', () => {
  const lead = 'TARVIK, June 2 - The city transport authority met on Tuesday.';
  const found = conflicts(`${lead} Bus fares in Tarvik will rise by 4.9 percent from July.`, `${lead} It announced a 5.9 percent increase in bus fares.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /the rise in (?:bus )?fares/);
  assert.equal(conflicts(`${lead} The Tarvik index rose 1.2 percent.`, `${lead} The Tarvik index gained 2.1 percent.`).length, 2);
  // A rise is not a fall, and fares are not parking charges.
  assert.deepEqual(conflicts(`${lead} Bus fares in Tarvik will rise by 4.9 percent from July.`, `${lead} It announced a 5.9 percent cut in bus fares.`), []);
  assert.deepEqual(conflicts(`${lead} Bus fares in Tarvik will rise by 4.9 percent from July.`, `${lead} It announced a 5.9 percent increase in parking charges.`), []);
});

test('what a sum is the cost of: "the repairs will cost £3 million" against "the repairs would cost £5 million"; labels without a doubled article', () => {
  const lead = 'TARVIK, June 2 - The city council met on Tuesday to discuss the flooded tunnel.';
  const found = conflicts(`${lead} The repairs will cost the city £3 million.`, `${lead} The repairs would cost £5 million.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /the cost of the repairs/);
  assert.deepEqual(conflicts(`${lead} The repairs will cost the city £3 million.`, `${lead} The new pumps would cost £5 million.`), []);
  const all = labels(`${lead} The bill for the repairs came to £4 million. The plant's 1,400 workers were told on Tuesday.`, `${lead} The bill for the repairs came to £4 million.`);
  assert.ok(all.includes('the bill'), all.join(' | '));
  for (const l of all) assert.doesNotMatch(l, /the the|workers was/i);
});

test('a sum named by its verb: "was fined £250,000" is the fine "a fine of £300,000 was imposed" gives; an investment is not a fine', () => {
  const lead = 'HALBURY, May 4 - Inspectors criticised the Halbury hospital trust on Monday.';
  const found = conflicts(`${lead} The trust was fined £250,000 on Monday.`, `${lead} A fine of £300,000 was imposed on the trust on Monday.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /the fine/);
  assert.deepEqual(conflicts(`${lead} The trust was fined £250,000 on Monday.`, `${lead} The trust invested £300,000 in new scanners on Monday.`), []);
  // "6,000 staff" are not "staffs".
  const all = labels(`${lead} The trust employs 6,000 staff.`, `${lead} The trust employs 6,000 staff.`);
  assert.ok(all.includes('staff employed'), all.join(' | '));
});

test('compounds and parts: "450 job losses" are jobs cut; "eight of their last 10 games" counts games; a level is named by its subject', () => {
  const lead = 'KESTRA, Sept 9 - Pellmoor Glass said on Monday it would shut its Ardwick works.';
  const found = conflicts(`${lead} Pellmoor will cut 600 jobs.`, `${lead} About 450 job losses are expected.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /jobs cut/);
  assert.deepEqual(conflicts(`${lead} Pellmoor will cut 600 jobs.`, `${lead} About 450 job offers are expected.`), []);
  assert.equal(identityOf('Harbour Rovers have won eight of their last 10 games.', 'eight').thing, 'game');
  const all = labels(`${lead} Turnout was 64 percent.`, `${lead} Turnout was 64 percent.`);
  assert.ok(all.includes('turnout'), all.join(' | '));
});

test('a date whose verb says nothing is the date of its subject\'s event: "the closure will take place on Friday" against "on Thursday"; labels say "took place"', () => {
  const lead = 'OSLAND, March 3 - Pellmoor Glass confirmed it would shut its Ardwick works.';
  const dates = (...texts: string[]): string[] => of(corpus(...texts).findings, 'date-conflict').map((f) => f.message);
  const found = dates(`${lead} The closure will take place on Friday.`, `${lead} The closure will take place on Thursday.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /the day the closure took place/);
  // Another event on another day is not a conflict.
  assert.deepEqual(dates(`${lead} The closure will take place on Friday.`, `${lead} The ballot will take place on Thursday.`), []);
});

test('"at its Ardwick works" is no place the jobs are in; "450 of its 1,500 workers" is a part of a whole; workers who lose their jobs are not jobs that go', () => {
  const lead = 'OSLAND, March 3 - Pellmoor Glass confirmed on Monday it would shut a furnace.';
  assert.equal(conflicts(`${lead} Pellmoor Glass will cut 600 jobs at its Ardwick works.`, `${lead} Pellmoor Glass will cut 500 jobs.`).length, 2);
  assert.equal(identityOf(`${lead} Pellmoor Glass will cut 600 jobs at its Ardwick works.`, '600').place, undefined);
  const body = `${lead} Pellmoor said 450 of its 1,500 workers would lose their jobs.`;
  assert.notEqual(identityOf(body, '450').event, 'cut');
  assert.equal(identityOf(body, '1,500').event, undefined);
});

test('a label never stands "it" in for a subject the sentence does not give', () => {
  // Dates, times and lengths whose verb was read but whose subject was not: "told", "ran", "rose".
  const fact = { verb: 'tell', verbText: 'told', verbSure: true };
  const date = { article: 'a', figure: { kind: 'date' }, precision: 'day', fact, participants: [], context: new Set<string>() } as unknown as DateItem;
  assert.equal(dateLabel([date]), 'a date');
  const item = (kind: string, f: object): FigureItem => ({ article: 'a', index: 0, figure: { kind }, interval: null, fact: f, context: new Set<string>(), inQuote: false }) as unknown as FigureItem;
  assert.equal(figureLabel([item('time', { verb: 'run', verbText: 'ran', verbSure: true })]), 'a time of day');
  assert.equal(figureLabel([item('duration', { verb: 'rise', verbText: 'rose', verbSure: true })]), 'a length of time');
  // With the subject the sentence gives, the verb is kept.
  assert.equal(dateLabel([{ ...date, fact: { ...fact, actorText: 'the minister' } } as DateItem]), 'the day the minister told');
  assert.equal(figureLabel([item('duration', { verb: 'last', verbText: 'lasted', verbSure: true, actorText: 'the hearing' })]), 'how long the hearing lasted');
});
