// Mechanisms that let one quantity meet across outlets' wordings (identity.ts, namedQuantity.ts,
// figures/frame.ts, extract.ts): a speed is defined by its unit whatever verb carries it; a verb and its
// object name an event together ("lost their lives", "came off the rails"); a toll an article says rose
// keeps its smaller past value apart as an earlier one; the whole of a partitive ("of the ferry's five
// lifeboats") did not do what its part did. Each has wordings unlike each other that must meet and a
// look-alike that must stay apart. Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureIdentity } from '../../../server/src/analysis/cross/identity';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { article, of, identityOf, corpus } from './util';


const findings = (check: string, ...texts: string[]): string[] => of(corpus(...texts).findings, check).map((f) => f.message);

const coachLead = 'VELLAR, May 9 - A coach overturned on the Vellar bypass on Friday, injuring 23 passengers.';

test('a speed is one quantity whatever verb carries it: "hit 95 km/h", "was going at 88 km/h", "reached 95 km/h", "clocked at 88 km/h"', () => {
  for (const [body, text] of [
    [`${coachLead} The coach hit 95 km/h on the bend, police said.`, '95 km/h'],
    [`${coachLead} Witnesses said the driver was going at 88 km/h on the bend.`, '88 km/h'],
    [`${coachLead} According to the tachograph, it reached 95 km/h shortly before it tipped over.`, '95 km/h'],
    [`${coachLead} The vehicle was clocked at 88 km/h by a roadside camera.`, '88 km/h'],
  ] as const)
    assert.equal(identityOf(body, text).thing, 'speed', body);
  const found = findings('figure-conflict', `${coachLead} The coach hit 95 km/h on the bend, police said.`, `${coachLead} Witnesses said the driver was going at 88 km/h on the bend.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /speed/);
  assert.deepEqual(findings('figure-conflict', `${coachLead} The coach hit 95 km/h on the bend, police said.`, `${coachLead} The vehicle was clocked at 95 km/h by a roadside camera.`), []);
});

test('a limit named beside a speed is another quantity: "the 50 km/h limit", "the limit there is 50 km/h", "is restricted to 50 km/h"', () => {
  assert.equal(identityOf(`${coachLead} It hit 95 km/h on the bend, almost twice the 50 km/h limit.`, '50 km/h').thing, 'speed limit');
  assert.equal(identityOf(`${coachLead} It took the bend fast. The limit there is 50 km/h.`, '50 km/h').thing, 'speed limit');
  assert.equal(identityOf(`${coachLead} Traffic on the bend is restricted to 50 km/h.`, '50 km/h').thing, 'speed limit');
  // The speed driven, beside a limit after a comma, is still the speed.
  assert.equal(identityOf(`${coachLead} It hit 95 km/h, almost twice the 50 km/h limit.`, '95 km/h').thing, 'speed');
  assert.deepEqual(findings('figure-conflict', `${coachLead} The coach hit 95 km/h on the bend, police said.`, `${coachLead} Traffic on the bend is restricted to 50 km/h, police said.`), []);
});

const mineLead = 'KORBEK, October 3 - A gas explosion tore through the Hallen coal mine near Korbek on Tuesday.';

test('a verb and its object name an event together: "lost their lives" is a death toll, as "died" and "were killed" are', () => {
  for (const [body, text] of [
    [`${mineLead} Nineteen miners lost their lives in the blast.`, 'Nineteen'],
    [`${mineLead} Rescuers said 19 workers lost their lives underground.`, '19'],
    [`${mineLead} Police said 12 men had lost their lives.`, '12'],
  ] as const)
    assert.equal(identityOf(body, text).event, 'kill', body);
  const found = findings('figure-conflict', `${mineLead} Nineteen miners lost their lives in the blast.`, `${mineLead} Twelve miners were killed in the blast, the company said.`);
  assert.equal(found.length, 2);
  // Losing a job is no death: a look-alike stays apart.
  assert.notEqual(identityOf(`${mineLead} Some 300 miners lost their jobs when the pit closed.`, 'Some 300').event, 'kill');
  assert.deepEqual(findings('figure-conflict', `${mineLead} Nineteen miners lost their lives in the blast.`, `${mineLead} Twelve miners lost their jobs after the blast, the company said.`), []);
});

const tramLead = 'OSTMARK, January 14 - A tram derailed in central Ostmark on Wednesday evening, injuring nine people.';

test('the time of a derailment meets however it is worded: "jumped the tracks at 6.10pm", "came off the rails at 18:10", "left the track at 6.01pm"', () => {
  for (const [body, text] of [
    [`${tramLead} The tram jumped the tracks at 6.10pm near the central station.`, '6.10pm'],
    [`${tramLead} The number 4 came off the rails at 18:10 on a bend.`, '18:10'],
    [`${tramLead} It left the track at 6.01pm, witnesses said.`, '6.01pm'],
  ] as const)
    assert.equal(identityOf(body, text).event, 'derail', body);
  const found = findings('figure-conflict', `${tramLead} The tram jumped the tracks at 6.10pm near the central station.`, `${tramLead} It left the track at 6.01pm, witnesses said.`);
  assert.equal(found.length, 2);
  // Leaving a depot is a departure, not a derailment: another time.
  assert.notEqual(identityOf(`${tramLead} The tram left the depot at 5.40pm.`, '5.40pm').event, 'derail');
  assert.deepEqual(findings('figure-conflict', `${tramLead} The tram jumped the tracks at 6.10pm near the central station.`, `${tramLead} The tram left the depot at 5.40pm, the operator said.`), []);
});

test('a toll an article says rose keeps its smaller past value as an earlier one: it updates, never contradicts, the other reports', () => {
  const lead = 'PELLA, August 20 - Floods swept through the Pella valley this week.';
  const riseWordings = [
    `${lead} The death toll, which stood at six on Monday, has risen to 11, police said on Tuesday.`,
    `${lead} The number of people killed, put at six on Monday, climbed to 11 on Tuesday.`,
    `${lead} Six people had been killed by Monday night; by Tuesday the toll had risen to 11.`,
  ];
  const early = `${lead} At least six people were killed on Monday, police said.`;
  const late = `${lead} Eleven people have been killed, police said on Tuesday.`;
  for (const risen of riseWordings) {
    assert.deepEqual(findings('figure-conflict', early, risen, late), [], risen);
  }
  assert.ok(findings('figure-update', early, riseWordings[0]!, late).length > 0);
  // A look-alike: six injured and 11 killed are two counts, no earlier value of one another.
  const two = `${lead} Six people were injured on Monday, and the toll has risen to 11, police said.`;
  assert.deepEqual(findings('figure-update', two, `${lead} Six people were injured, police said.`), []);
});

test('the whole of a partitive did not do what its part did, and a possessive after "of" is no counted noun', () => {
  const lead = 'SKELDA, March 30 - A ferry caught fire off Skelda on Sunday and its 140 passengers were taken off.';
  for (const body of [
    `${lead} Three of the ferry's five lifeboats were launched.`,
    `${lead} Three of its five lifeboats were lowered into the sea.`,
    `${lead} The crew launched three of the five lifeboats.`,
  ]) {
    const whole = identityOf(body, 'five');
    assert.equal(whole.thing, 'lifeboat', body);
    assert.equal(whole.event, undefined, body);
  }
  assert.equal(identityOf(`${lead} Three of the ferry's five lifeboats were launched.`, 'Three').thing, 'lifeboat');
  // Four lifeboats launched against three launched conflict; the five in all is not compared with either.
  const found = findings('figure-conflict', `${lead} Three of the ferry's five lifeboats were launched.`, `${lead} Four lifeboats were launched, the coastguard said.`);
  assert.equal(found.length, 2);
  assert.ok(found.every((m) => !/“five”|5 lifeboats/.test(m)), found.join('\n'));
});

test('"crowns" after a magnitude or before a rate is money; "three crowns" won is a count', () => {
  const money = analyzeArticle('The stoppage cost the economy 12 million crowns a day.').figures.find((f) => f.text.includes('12 million'));
  assert.equal(money?.kind, 'money');
  const monthly = analyzeArticle('Borrowers will pay about 650 crowns a month more.').figures.find((f) => f.text.includes('650'));
  assert.equal(monthly?.kind, 'money');
  assert.equal(analyzeArticle('The Swedish rate fell, leaving a loan of 2 million kronor cheaper.').figures.find((f) => f.text.includes('2 million'))?.kind, 'money');
  const won = analyzeArticle('The club has won three crowns in five seasons.').figures.find((f) => f.text === 'three');
  assert.notEqual(won?.kind, 'money');
});

test('a noun already singular in -us or -is keeps its letters in identities and labels: "bus routes", "basis points"', () => {
  const lead = 'TERLAN, June 2 - Bus and tram drivers in Terlan went on strike on Monday.';
  assert.equal(identityOf(`${lead} The operator said it was halting all 40 bus routes and six tram lines.`, '40').modifier, 'bus');
  const bank = 'RASK, March 4 - The central bank of Rask raised its main interest rate on Thursday.';
  const found = findings('figure-conflict', `${bank} The bank raised the rate by 50 basis points, its second increase this year.`, `${bank} The bank raised the rate by 75 basis points, its second increase this year.`);
  assert.ok(found.every((m) => !/\bbasi\b/.test(m)), found.join('\n'));
});

const strikeLead = 'TERLAN, June 2 - Bus and tram drivers in Terlan went on strike on Monday over pay.';

test('a count of all of what it counts is the size of the whole: "halting all 40 bus routes", "all 40 bus routes would run again on Friday", "back on all 44 routes by Saturday"', () => {
  for (const [body, text] of [
    [`${strikeLead} The walkout left commuters stranded, halting all 40 bus routes.`, '40'],
    [`${strikeLead} The operator said all 40 bus routes would run again on Friday.`, '40'],
    [`${strikeLead} Buses were back on all 44 routes by Saturday.`, '44'],
  ] as const) {
    const id = identityOf(body, text);
    assert.equal(id.whole, true, body);
    assert.equal(id.event, undefined, body);
  }
  const found = findings('figure-conflict', `${strikeLead} The walkout left commuters stranded, halting all 40 bus routes.`, `${strikeLead} Buses were back on all 44 routes by Saturday.`);
  assert.equal(found.length, 2);
  // A part of the routes is not the whole: "12 bus routes were halted" is not compared with "all 40".
  assert.deepEqual(findings('figure-conflict', `${strikeLead} The walkout left commuters stranded, halting all 40 bus routes.`, `${strikeLead} Buses were back on 12 routes by Saturday.`), []);
});

test('a sum drawn from a stock is one drawing whatever verb draws it: "sold €1.2bn of its reserves", "spent 2.1 billion euros of its reserves", "used 2.1 billion euros of reserves"', () => {
  const bank = 'RASK, March 4 - The central bank of Rask raised its main interest rate on Thursday to defend the currency.';
  for (const body of [
    `${bank} It sold 1.2 billion euros of its reserves in February.`,
    `${bank} The bank had spent 2.1 billion euros of its reserves during February.`,
    `${bank} Officials said they used 2.1 billion euros of reserves in February.`,
  ]) {
    const f = article('x.txt', body).analysis.figures.find((x) => x.kind === 'money');
    assert.ok(f, body);
    assert.equal(figureIdentity(article('x.txt', body), f).event, 'draw', body);
  }
  const found = findings('figure-conflict', `${bank} It sold 1.2 billion euros of its reserves in February.`, `${bank} The bank had spent 2.1 billion euros of its reserves during February.`);
  assert.equal(found.length, 2);
  // What remains in the reserves is not a sum drawn from them.
  assert.deepEqual(findings('figure-conflict', `${bank} It sold 1.2 billion euros of its reserves in February.`, `${bank} Its reserves still stand at 18 billion euros.`), []);
});

const rateLead = 'SOLVA, May 7 - The central bank of Solva raised borrowing costs on Thursday to curb inflation.';

test('the step of a change is not what the figure measures: "by 25 basis points to 4.5%", "by half a percentage point to 4.5%", "by 0.5 percentage points to 4.5%" all measure the rate', () => {
  for (const body of [
    `${rateLead} It raised its main rate by 25 basis points to 4.5%.`,
    `${rateLead} The bank lifted its key interest rate by half a percentage point to 4.5%.`,
    `${rateLead} Policymakers increased the deposit rate by 0.5 percentage points to 4.5%.`,
  ])
    assert.equal(identityOf(body, '4.5%').thing, 'rate', body);
  // A step with no "by" names no measured noun before it: the yield's step is not the yield.
  assert.notEqual(identityOf(`${rateLead} Ten-year bond yields rose 22 basis points to 6.1%.`, '6.1%').thing, 'point');
  // Two values of one rate meet (a raise to one value read against another is a revision: figure-update), named as the rate.
  const texts = [`${rateLead} It raised its main rate by 25 basis points to 4.5% on Thursday.`, `${rateLead} The bank lifted its main interest rate by half a percentage point to 4.75% on Thursday.`];
  const found = [...findings('figure-conflict', ...texts), ...findings('figure-update', ...texts)];
  assert.ok(found.length > 0);
  assert.ok(found.every((m) => /the rate/.test(m) && !/share of|point/.test(m)), found.join('\n'));
});

test('labels read as plain words: a phrase verb as written, a count with nothing named as "a number", all of a whole', () => {
  const facts = corpus(`${tramLead} The tram jumped the tracks at 6.10pm near the central station.`, `${tramLead} It jumped the tracks at 6.01pm, witnesses said.`).stories.flatMap((s) => s.facts);
  const time = facts.find((f) => f.kind === 'figure' && f.values.some((v) => v.text === '6.10pm'));
  assert.match(time?.label ?? '', /jumped the tracks/);
  const routes = corpus(`${strikeLead} The walkout left commuters stranded, halting all 40 bus routes.`, `${strikeLead} Buses were back on all 44 routes by Saturday.`).stories.flatMap((s) => s.facts);
  assert.ok(routes.some((f) => /^all (?:bus )?routes$/.test(f.label)), routes.map((f) => f.label).join(', '));
});

test('a change with a name of its own is that quantity: "prices were 3.1% higher", "consumer prices have climbed 3.1%" and "inflation of 3.1%" are inflation; "oil prices rose" are not', () => {
  const lead = 'BRESK, April 15 - Figures published on Tuesday showed the cost of living in Bresk still climbing.';
  for (const [body, text] of [
    [`${lead} Prices in the shops were 3.1% higher in March than a year before.`, '3.1%'],
    [`${lead} Consumer prices have climbed 3.1% over the past year.`, '3.1%'],
    [`${lead} The statistics office put inflation, at 3.1% in March, close to its peak.`, '3.1%'],
  ] as const)
    assert.equal(identityOf(body, text).thing, 'inflation', body);
  assert.notEqual(identityOf(`${lead} Oil prices rose 3.1% on the day.`, '3.1%').thing, 'inflation');
  const facts = corpus(`${lead} Prices in the shops were 3.1% higher in March than a year before.`, `${lead} Consumer prices have climbed 3.1% over the past year.`).stories.flatMap((s) => s.facts);
  assert.ok(facts.some((f) => f.label === 'inflation' && f.status === 'agree'), facts.map((f) => `${f.label} ${f.status}`).join(', '));
});
