// Parts and wholes, and the measured thing in its event (cross/alignFigures.ts, figures/frame.ts): a count
// of one named place is a part of the story's whole, not another value of it. Each test has a twin that
// must still be compared, so none passes by comparing nothing. Invented articles about invented events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureIdentity } from '../../../server/src/analysis/cross/identity';
import { article, messagesOf } from './util';

const findings = messagesOf;
const conflicts = (...texts: string[]): string[] => findings('figure-conflict', ...texts);

test('a count of one named place is a part of the whole: "5,600 staff in Britain" is not another count of the 9,400 staff', () => {
  const lead = 'Marlow Cables agreed on Monday to be bought by Tessin Wire for 2.1 billion euros.';
  assert.deepEqual(
    conflicts(
      `${lead} Marlow Cables employs 9,400 staff, the company said.`,
      `${lead} The cable maker employs about 5,600 staff in Britain, the company said.`,
      `${lead} Marlow Cables, which employs 9,400 staff, said the deal was fair.`,
    ),
    [],
  );
  // "sold in Germany": a participle may stand between the things and the place.
  assert.deepEqual(conflicts(`${lead} Marlow Cables has sold 40,000 cable drums this year.`, `${lead} Marlow Cables has sold 12,000 cable drums sold in Germany this year.`), []);
  // Two counts of the whole are still compared, and two counts of one place too.
  assert.equal(conflicts(`${lead} Marlow Cables employs 9,400 staff, the company said.`, `${lead} Marlow Cables employs 9,900 staff, the company said.`).length, 2);
  assert.equal(conflicts(`${lead} Marlow Cables employs 5,600 staff in Britain.`, `${lead} Marlow Cables employs 6,500 staff in Britain.`).length, 2);
  // A place after the figure's own verb says where it happened, not which part: "gathered in Harnsby".
  const rally = 'Workers at the Marlow Cables plant protested on Tuesday against the sale.';
  assert.equal(conflicts(`${rally} About 500 workers gathered in Harnsby on Tuesday.`, `${rally} About 800 workers gathered outside the plant on Tuesday.`).length, 2);
});

test('a relative clause hangs on the noun it follows: "after a count that lasted 16 hours" is the length of the count', () => {
  const lead = 'The Brenna Party won the most seats in the Tolvik council election on Sunday.';
  assert.equal(
    conflicts(
      `${lead} The Brenna Party emerged as the largest party on Monday after a count that lasted 16 hours.`,
      `${lead} The count took 19 hours, officials said.`,
      `${lead} Officials said the count took 19 hours.`,
    ).length,
    1,
  );
});

test('a margin named by its noun is a margin whatever the verb: "kept his seat with a margin of 1,240 votes" against "held his seat by 2,140 votes"', () => {
  const lead = 'Jonas Vell of the Brenna Party kept his Tolvik North seat in Sunday\'s council election.';
  const found = conflicts(
    `${lead} Vell held his seat by 2,140 votes.`,
    `${lead} Vell won his seat by 2,140 votes.`,
    `${lead} Vell kept his seat with a margin of 1,240 votes.`,
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /margin/);
  // The votes a party won are no margin.
  assert.deepEqual(conflicts(`${lead} Vell won his seat by 2,140 votes.`, `${lead} The Brenna Party won 41,200 votes.`), []);
});

test('shares whose owners differ are two shares: "Ines Tarrow, whose party won 15.1%" against "Jonas Vell\'s party won 36.4%"', () => {
  const lead = 'The Brenna Party won the most seats in the Tolvik council election on Sunday, ahead of the Labour Forum.';
  assert.deepEqual(
    conflicts(
      `${lead} The Labour Forum's leader, Ines Tarrow, whose party won 15.1% of the vote, said she would wait.`,
      `${lead} Jonas Vell's party won 36.4 percent of the vote.`,
    ),
    [],
  );
  // The same owner's share is still compared, however the owner is named.
  assert.equal(conflicts(`${lead} Jonas Vell's party won 36.4 percent of the vote.`, `${lead} The party of Jonas Vell, the Brenna Party, won 34.6 percent of the vote.`).length, 2);
});

test('the whole of a part is compared only with another whole, and a fact joined through a third figure sets no two bare figures against each other', () => {
  const lead = 'The Brenna Party won 24 seats in the Tolvik council election on Sunday.';
  assert.deepEqual(
    conflicts(
      `${lead} Jonas Vell said the party would seek a stable majority of at least 33 seats in any coalition.`,
      `${lead} Analysts said a coalition of the Brenna Party and the Labour Forum would have 35 seats.`,
      `${lead} A majority needs 31 of the 61 seats on the council.`,
    ),
    [],
  );
});

test('a word of vague amount before "of" says how many, the noun after it who: "Hundreds of protesters marched" is the protesters\' march', () => {
  const lead = 'Protesters opposed to the closure of the Harnsby paper mill marched through the town centre.';
  const found = findings(
    'date-conflict',
    `${lead} Hundreds of protesters marched through Harnsby on Saturday, police said.`,
    `${lead} The protesters marched through Harnsby on Sunday, police said.`,
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('how long something is expected to last, however the subject is placed: "expects the ban to last eight weeks" / "The ban, which …, is expected to last twelve weeks"', () => {
  const lead = 'Tarnwick Water will bring in a hosepipe ban on Friday after the driest spring in decades.';
  const found = conflicts(
    `${lead} Tarnwick Water expects the ban to last about eight weeks, although it could be lifted sooner.`,
    `${lead} The ban, which covers gardens and car washing, is expected to last twelve weeks, the company said.`,
    `${lead} The company said the ban would last eight weeks.`,
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /twelve weeks/);
});

test('one count named by different verbs of sending: "300 engineers had been sent" / "200 engineers have been deployed"', () => {
  const lead = 'Tarnwick Water is repairing leaks across the valley before a hosepipe ban on Friday.';
  assert.equal(conflicts(`${lead} About 300 engineers had been sent to repair leaks.`, `${lead} About 300 engineers have been assigned to repair leaks.`, `${lead} An extra 200 engineers have been deployed to repair leaks.`).length, 1);
  // Engineers sent are not engineers employed.
  assert.deepEqual(conflicts(`${lead} About 300 engineers had been sent to repair leaks.`, `${lead} The company employs 1,200 engineers.`), []);
});

test('"1,700 of the plant\'s jobs would go when production ends in 2027" counts jobs of this story, as "1,400 jobs will go" does', () => {
  const lead = 'Orvik Motors said on Tuesday it would close its Dunmere assembly plant.';
  const found = conflicts(
    `${lead} Orvik Motors said that 1,700 of the plant's jobs would go when production ends in September 2027.`,
    `${lead} Some 1,400 jobs will go, the carmaker said.`,
    `${lead} The carmaker is cutting about 1,400 jobs, it said.`,
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /1,700/);
});

test('"after six hours of deliberation" is the length of the deliberation, not only when the verdict came', () => {
  const lead = 'A jury in Tarnwick found the former port director guilty of fraud on Friday.';
  const found = conflicts(`${lead} The jury deliberated for 11 hours.`, `${lead} The jury reached its verdict after six hours of deliberation.`);
  assert.equal(found.length, 2, found.join('\n'));
  // "after six hours" alone says when, and measures nothing.
  assert.deepEqual(conflicts(`${lead} The jury deliberated for 11 hours.`, `${lead} The verdict came after six hours, the court said.`), []);
});

test('"figures showed that 421,600 votes were cast" against "412,600 votes were cast": the count in a that-clause, and a district\'s count that cannot take the place of the region\'s', () => {
  const lead = 'The Brenna Party won the most seats in the Tolvik council election on Sunday.';
  const found = conflicts(
    `${lead} A total of 412,600 votes were cast, including 48,900 postal votes.`,
    `${lead} Electoral commission figures showed that 421,600 votes were cast, a turnout of 58.3%.`,
    `${lead} In Harlow Bay, some 19,000 votes were cast in the district, where 28,400 voters are registered.`,
  );
  assert.equal(found.length, 2, found.join('\n'));
  assert.ok(found.every((m) => /412,600|421,600/.test(m) && !/19,000/.test(m)), found.join('\n'));
});

test('"reduce the workforce by 3,200" is a cut, not the number employed', () => {
  const lead = 'Orvik Motors said on Tuesday it would close its Dunmere assembly plant.';
  assert.deepEqual(
    conflicts(`${lead} The closure is part of a programme to reduce the group's workforce by 3,200 over three years.`, `${lead} The plant currently employs 2,100 people.`),
    [],
  );
  assert.equal(conflicts(`${lead} The group will reduce its workforce by 3,200.`, `${lead} The group will reduce its workforce by 2,300.`).length, 2);
});

test('a provisional count that a later report raises is an update, whatever is counted: "at least 12 complaints" on March 3, "19 complaints" on March 4', () => {
  const updates = (...texts: string[]): string[] => findings('figure-update', ...texts);
  const a = 'KELSBY, March 3, 2026 (Northsea Wire) - The Tarnwick kettle maker Orlan has been told of at least 12 complaints about overheating kettles, the company said on Tuesday.';
  const b = 'KELSBY, March 4, 2026 (Coast Post) - The Tarnwick kettle maker Orlan has been told of 19 complaints about overheating kettles, the company said on Wednesday.';
  assert.equal(updates(a, b).length, 1, updates(a, b).join('\n'));
  assert.deepEqual(conflicts(a, b), []);
  // Without the provisional word it is a conflict.
  assert.equal(conflicts(a.replace('at least 12', '12'), b).length, 2);
});

test('after "is", the noun an amount stands before names it: "Halden\'s offer is a 36 per cent premium" measures the premium, not Halden', () => {
  const body = "Halden's £2.3 billion offer, or 820 pence a share, is a 36 per cent premium to the price before the approach. Halden's turnover was 12 percent higher.";
  const a = article('x.txt', body);
  const at = (text: string) => figureIdentity(a, a.analysis.figures.find((f) => f.text === text)!);
  assert.equal(at('36 per cent').thing, 'premium');
  // A copula with no noun after the amount keeps its subject: the turnover.
  assert.equal(at('12 percent').thing, 'turnover');
});

test('places coordinated after the counted things name a larger whole: "sold in Europe and North America" is not the count "sold in Europe"', () => {
  const lead = 'The kettle maker Orlan said on Tuesday it was recalling kettles after reports of overheating.';
  assert.deepEqual(
    conflicts(
      `${lead} Orlan is recalling 2.2 million kettles sold in Europe and North America.`,
      `${lead} The recall covers 1.6 million kettles sold in Europe and 600,000 in Canada.`,
      `${lead} Orlan is recalling 2.2 million kettles sold in Europe and North America, it said.`,
    ),
    [],
  );
  // The same coordinated whole in two reports is one count, compared as before.
  assert.equal(conflicts(`${lead} Orlan is recalling 2.2 million kettles sold in Europe and North America.`, `${lead} Orlan is recalling 2.8 million kettles sold in Europe and North America.`).length, 2);
});

test('one sum a company books is one fact whether it is called a charge, a provision or a bill', () => {
  const lead = 'The kettle maker Orlan said on Tuesday it was recalling 2.2 million kettles after reports of overheating.';
  const found = conflicts(
    `${lead} Orlan will take a charge of 85 million euros for the recall.`,
    `${lead} The company booked an 85 million euro charge.`,
    `${lead} Orlan has made a provision of 58 million euros for the recall.`,
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /58 million/);
  // A sum someone else sets aside for another purpose is not the charge.
  assert.deepEqual(conflicts(`${lead} Orlan will take a charge of 85 million euros for the recall.`, `${lead} The regional government said it would spend 40 million euros to retrain workers.`), []);
});

test('one interruption however it is named: "held up play for 40 minutes", "the interruption lasted", "a 40-minute delay", "play was suspended for 70 minutes"', () => {
  const lead = 'Tarn City beat Oslo Rovers 2-1 in the Nordic Cup final in Drammen on Sunday.';
  const found = conflicts(
    `${lead} A thunderstorm held up play for 40 minutes in the second half.`,
    `${lead} The interruption lasted 40 minutes, the referee said.`,
    `${lead} After a 40-minute delay for a thunderstorm, play resumed.`,
    `${lead} Play was suspended for 70 minutes because of a thunderstorm.`,
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /70 minutes/);
  // A suspended sentence is not a delay of play, nor is a player's suspension.
  assert.deepEqual(
    conflicts(
      `${lead} The interruption lasted 40 minutes. Rovers defender Erik Holm, who was suspended for three weeks in May, returned.`,
      `${lead} The interruption lasted 40 minutes. A fan who attacked a steward was given a sentence suspended for two years.`,
    ),
    [],
  );
});
