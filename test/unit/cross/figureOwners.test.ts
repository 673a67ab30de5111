// Figures whose owner or whose act is the identity, however the sentence words them (cross/voteTally.ts
// `voteShare`, cross/spanQuantity.ts `timeUntilAct` and the event of a clock time, cross/alignFigures.ts for
// parts of a workforce and groups, extract.ts for rates after the counted noun): a candidate's share of a
// vote, a party's seats, the time of the story's act, the wait until an act, a total against a rate. Each
// mechanism has wordings that must be compared and a look-alike that must stay apart. Invented articles
// about invented people and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identityOf, messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('figure-conflict', ...texts);

const POLL = 'Voters in the port city of Tarnby elected a new mayor in Sunday\'s election, the electoral commission said. Turnout was high across all polling districts.';

test('a candidate\'s share of the vote is that candidate\'s, whatever the verb: "polled", "finished with", "for Name", "Name\'s"', () => {
  // A subject that polled a share, and a share "for" the candidate after a rival's.
  assert.equal(conflicts(`${POLL} Henrik Saldo polled 33.9 per cent.`, `${POLL} The winner took 51 per cent, with 39.3 per cent for Henrik Saldo.`).length, 2);
  // A described subject with the name in apposition, and a possessive.
  assert.equal(conflicts(`${POLL} The Labour challenger, Henrik Saldo, finished with 33.9%.`, `${POLL} Henrik Saldo's 39.3% was the party's best result in years.`).length, 2);
  // "of the votes cast" in one report, a bare share in another; the same share however written agrees.
  assert.equal(conflicts(`${POLL} Henrik Saldo won 33.9 per cent of the votes cast.`, `${POLL} Henrik Saldo slumped to 39.3 per cent.`).length, 2);
  assert.deepEqual(conflicts(`${POLL} Henrik Saldo polled 33.9 per cent.`, `${POLL} Henrik Saldo's 33.9% was a disappointment.`), []);
  const id = identityOf(`${POLL} Henrik Saldo polled 33.9 per cent.`, '33.9 per cent');
  assert.equal(id.thing, 'vote share');
  assert.equal(id.thingText, 'the share of the vote of Henrik Saldo');
});

test('shares of a vote stay apart: two candidates, turnout, a share of a market, a change, an earlier election', () => {
  // Two candidates' shares are two facts.
  assert.deepEqual(conflicts(`${POLL} Henrik Saldo polled 33.9 per cent.`, `${POLL} Ilse Marrow polled 52.4 per cent.`), []);
  // Turnout is no candidate's share.
  assert.deepEqual(conflicts(`${POLL} Henrik Saldo polled 33.9 per cent.`, `${POLL} Turnout reached 61.2 per cent, the commission said.`), []);
  // In a company report a percentage someone "took" of a market is no share of a vote.
  assert.notEqual(identityOf('Brannock Foods took 18 per cent of the frozen food market last year, its chief executive Ola Fenn said.', '18 per cent').thing, 'vote share');
  // A change "by" or "up" a percentage is none either.
  assert.notEqual(identityOf(`${POLL} Henrik Saldo increased his support by 4 per cent.`, '4 per cent').thing, 'vote share');
  // A year closing a relative clause dates that clause only: the earlier election's share stays apart.
  assert.deepEqual(conflicts(`${POLL} Henrik Saldo, who won 45.5 per cent in 2022, fell to 33.9 per cent.`, `${POLL} Henrik Saldo polled 33.9 per cent.`), []);
});

test('a party\'s seats are its own however the verb says it: "took", "ended up with", "won … of the N seats"', () => {
  const lead = 'The Green League made large gains in the Tarnby council election on Sunday, and voters ousted the mayor.';
  assert.equal(conflicts(`${lead} The Green League took 17 seats.`, `${lead} The Green League ended up with 19 seats on the council.`).length, 2);
  assert.equal(conflicts(`${lead} The Green League won 17 of the 45 seats.`, `${lead} The Green League now has 19 seats, up from 11.`).length, 2);
  // Seats a party needs are not seats it won.
  assert.deepEqual(conflicts(`${lead} The Green League took 17 seats.`, `${lead} The Green League would need 23 seats for a majority.`), []);
});

test('the time of the story\'s act in any clock format: the collapse "struck", the stand "came down", "collapsed"', () => {
  const lead = 'A stand collapsed at the Orvik stadium on Saturday during a junior football match, injuring 14 spectators.';
  assert.equal(conflicts(`${lead} The stand collapsed at 3.40pm.`, `${lead} The collapse struck at twenty to five in the afternoon.`).length, 2);
  assert.equal(conflicts(`${lead} The wooden stand came down at 15:40.`, `${lead} The stand collapsed at 4.40 p.m.`).length, 2);
  // The same time in other formats agrees.
  assert.deepEqual(conflicts(`${lead} The stand collapsed at 3.40pm.`, `${lead} The wooden stand came down at twenty to four in the afternoon.`), []);
  // Another event at another time is no conflict: the ambulances arrived later.
  assert.deepEqual(conflicts(`${lead} The stand collapsed at 3.40pm.`, `${lead} The first ambulances arrived at 4.05pm.`), []);
});

test('the wait until an act: "freed after 71 days", "reached … after 28 hours" — the act names it; a wait until another act stays apart', () => {
  const lead = 'Two aid workers kidnapped in the Sarn valley were released on Friday, the foreign ministry in Velka said.';
  assert.equal(conflicts(`${lead} The two men were freed after 71 days.`, `${lead} The kidnappers freed them after 61 days, officials said.`).length, 2);
  // A length set off by commas belongs to the clause before it.
  assert.equal(conflicts(`${lead} The hostages were freed on Friday, after 71 days, in a remote village.`, `${lead} The two were freed after about 60 days.`).length, 2);
  // "ended after" is the length of what ended, as "lasted" is.
  assert.equal(conflicts(`${lead} The negotiations ended after 14 hours.`, `${lead} The negotiations lasted nine hours.`).length, 2);
  // A wait until another act is another quantity.
  assert.deepEqual(conflicts(`${lead} The two men were freed after 71 days.`, `${lead} The ministry opened talks with the kidnappers after 61 days.`), []);
});

test('a rate is not a total: "600 jobs a year" over three years against 1,800 jobs', () => {
  const lead = 'The Halden steel group will cut jobs at its plants in Varna after the merger, the company said on Monday.';
  assert.deepEqual(conflicts(`${lead} Halden will cut 1,800 jobs over three years.`, `${lead} Some 600 jobs a year will go for three years.`), []);
  assert.deepEqual(conflicts(`${lead} The mill will ship 4,000 tonnes a week.`, `${lead} The mill will ship 12,000 tonnes in total.`), []);
  // Two totals still conflict.
  assert.equal(conflicts(`${lead} Halden will cut 1,800 jobs over three years.`, `${lead} Halden will cut 1,300 jobs.`).length, 2);
});

test('a workforce in a place is a part of the employer\'s; a people\'s group is a part of the whole', () => {
  const lead = 'The Halden steel group agreed on Monday to buy its rival Korsund Metals, the two companies said.';
  // The plant's workforce, given by place in one report, is no contradiction of the company's.
  assert.deepEqual(
    conflicts(`${lead} Korsund has about 9,000 employees.`, `${lead} Korsund employs 4,100 people in Varna.`, `${lead} Its Varna works, which employs 4,100 people, is the largest.`),
    [],
  );
  // "Dozens of Estlandic welders" are a group among the welders, not another count of them.
  const site = 'A fire broke out at the Korsund works in Varna on Monday, and the plant was evacuated.';
  assert.deepEqual(conflicts(`${site} Some 85 welders were working in the hall.`, `${site} Dozens of Estlandic welders work at the plant.`, `${site} 85 welders were working there.`), []);
  assert.equal(conflicts(`${site} Some 85 welders were working in the hall.`, `${site} 58 welders were working in the hall.`).length >= 1, true);
});

test('company figures: "X shares rose" is a change of the shares; the first three months are the first quarter', () => {
  const lead = 'Brannock Foods agreed to buy the dairy group Elmvale for 2.2 billion euros, the companies said on Tuesday.';
  assert.equal(conflicts(`${lead} Elmvale shares rose 31 per cent on Tuesday.`, `${lead} Elmvale shares jumped 13 per cent on Tuesday.`).length, 2);
  assert.equal(
    conflicts(`${lead} Elmvale, founded in 1922, reported revenue of 640 million euros for the first three months of the year.`, `${lead} Elmvale's first-quarter revenue rose 6 per cent to 460 million euros.`).length,
    2,
  );
  // Revenue "a quarter" is a rate, not the quarter's revenue.
  assert.deepEqual(conflicts(`${lead} Elmvale, with revenue of about 600 million euros a quarter, sells in 12 countries.`, `${lead} Elmvale's first-quarter revenue rose 6 per cent to 460 million euros.`), []);
});

test('points a subject changed by are a change of the subject; a level in points and another change stay apart', () => {
  const lead = 'The central bank of Vessland raised its main rate by half a point on Thursday, the bank said.';
  const id = identityOf(`${lead} Two-year bond yields jumped 18 basis points to 6.2%.`, '18');
  assert.equal(id.thing, 'yield');
  // The rise two members preferred is no change of the yields.
  assert.deepEqual(conflicts(`${lead} Two-year bond yields jumped 18 basis points to 6.2%.`, `${lead} Two members of the committee preferred a smaller rise of 25 basis points.`), []);
  // A level in points ("closed at … points") keeps its own identity.
  assert.notEqual(identityOf('The Vessland index closed at 2,410.5 points, up 14.2.', '2,410.5').thing, 'index');
});
