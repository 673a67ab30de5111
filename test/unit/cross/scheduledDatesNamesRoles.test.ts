// Dates of acts still to come (a swearing-in, a deal's closing), acts a reporting verb names when it
// reports nothing ("conceded defeat"), impossible years left to out-of-place-date, and the names and
// roles around them: surname particles written joined, a doubled letter beside an informal "boss", two
// offices coordinated before a name. All sentences invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { rolesConflict } from '../../../server/src/analysis/cross/roleCompare';
import { corpus, rolesOf } from './util';

const messages = (check: string, ...texts: string[]): string[] =>
  corpus(...texts)
    .findings.filter((f) => f.check === check)
    .map((f) => f.message);

const typeOf = (text: string, name: string): string | undefined => analyzeArticle(text).entities.find((e) => e.name === name)?.type;

test('a name with surname particles is a person, however many words it has', () => {
  assert.equal(typeOf('Yesterday its chief, Piet van der Holm, was all smiles.', 'Piet van der Holm'), 'person');
  assert.equal(typeOf('The inquiry will be led by Kasper ter Molen, a retired judge.', 'Kasper ter Molen'), 'person');
  assert.equal(typeOf('Lotte van den Berk said the union would fight the cuts.', 'Lotte van den Berk'), 'person');
  // Look-alike: an organisation's "of" is no surname particle.
  assert.notEqual(typeOf('The Bank of Lorland said rates would stay on hold.', 'Bank of Lorland'), 'person');
});

test('a surname written with its particles apart or joined is one name spelled two ways', () => {
  const cases: Array<[string, string]> = [
    ['The judge, Kasper ter Molen, will chair the inquiry into the contract.', 'Retired judge Kasper Termolen will chair an inquiry into the contract.'],
    ['The club appointed Anna van den Berk as coach on Monday.', 'The club named Anna Vandenberk as its new coach on Monday.'],
    ['Harbour master Karl von Stade said the port would reopen.', 'Karl Vonstade, the harbour master, said the port would reopen.'],
  ];
  for (const [a, b] of cases) assert.equal(messages('name-variant', a, b).length, 2, `${a}\n${b}`);
  // Look-alike: another given name with the joined surname is another person.
  const apart = messages('name-variant', 'The club appointed Anna van den Berk as coach on Monday.', 'Her brother Tomas Vandenberk, a councillor, welcomed the choice.');
  assert.deepEqual(apart, []);
});

test('an informal "boss" is no sign of another person beside a leading office', () => {
  const cases: Array<[string, string]> = [
    ['Furious families demanded answers from pit boss Edvard Kolmann about the Grenna gallery collapse.', 'The mine manager, Edvard Kollmann, said the Grenna gallery had been reinforced before the collapse.'],
    ['Yard boss Sven Halberg told workers the order was safe.', 'Sven Hallberg, the shipyard director, said the order was safe.'],
    ['Club chief Ola Petersen refused to comment on the transfer.', 'The club chairman, Ola Pettersen, refused to comment on the transfer.'],
  ];
  for (const [a, b] of cases) assert.equal(messages('name-variant', a, b).length, 2, `${a}\n${b}`);
  // Look-alike: a spokesperson is not the boss, whatever the spelling.
  assert.deepEqual(messages('name-variant', 'Yard boss Sven Halberg told workers the order was safe.', 'Sven Hallberg, a spokesman for the union, said workers were worried.'), []);
});

test("a board's chair is not its finance, operations or technology chief; two offices coordinated before a name are both held", () => {
  assert.ok(rolesConflict('chairman', "castellan's chief financial officer"));
  assert.ok(rolesConflict("the bank's chairwoman", 'chief operating officer'));
  assert.ok(rolesConflict('chair of the board', 'chief technology officer'));
  assert.deepEqual(rolesOf('Norrland chief executive and chairwoman Greta Ahl said the group would grow.', 'Greta Ahl', 'normalized'), ['norrland chief executive and chairwoman']);
  assert.deepEqual(rolesOf('Founder and president Ana Brel opened the plant.', 'Ana Brel', 'normalized'), ['founder and president']);
  assert.deepEqual(rolesOf('The managing director and chairman Ivo Rask left early.', 'Ivo Rask', 'normalized').length, 1);
  // Named as both by one source, as one office by another: no conflict.
  assert.deepEqual(messages('role-conflict', 'Norrland chief executive and chairwoman Greta Ahl said costs would rise.', "Greta Ahl, Norrland's chief executive, said costs would rise."), []);
  // Look-alike: two people coordinated before a verb give each other no role.
  assert.deepEqual(rolesOf('Brel and Varga met the minister.', 'Varga'), []);
});

test('a day still to come for a person named by a pronoun far after an honorific is compared', () => {
  const cases: Array<[string, string]> = [
    [
      'Voters elected Mirela Oskarsson as mayor on Sunday. Ms Oskarsson won 44 per cent. Mr Brandt, who has led the city for a decade, fell to 31 per cent of the vote, his worst result since he first stood in the city. The new council will hold its first meeting in the old town hall, which has been closed for repairs since the spring floods damaged its roof and the archive rooms below it. She will be sworn in on 2 May.',
      'Mirela Oskarsson will be sworn in on 9 May.',
    ],
    [
      'Parliament named Anna Hedlund chief justice on Friday. Ms Hedlund, a former appeals judge, won 88 votes. The opposition, led by Mr Falk, said the vote had been rushed and that the committee had not heard enough witnesses before it made its recommendation to the full chamber on Thursday night. She will take office on 3 March.',
      'Anna Hedlund will take office on 10 March, the court said.',
    ],
  ];
  for (const [a, b] of cases) assert.equal(messages('date-conflict', a, b).length, 2, `${a}\n${b}\n${messages('date-conflict', a, b).join('\n')}`);
  // Look-alike: "he" stands for the man named last, not for the woman the other source dates.
  assert.deepEqual(messages('date-conflict', 'Ms Oskarsson won the vote. Mr Brandt lost his seat. He will leave office on 2 May.', 'Mirela Oskarsson will be sworn in on 9 May.'), []);
});

test("a deal's closing named by different deal words is one date", () => {
  const cases: Array<[string, string]> = [
    ['The deal is expected to close by 31 January 2028, Norrbeck said.', 'The takeover is expected to close by 31 March 2028.'],
    ['The merger should complete by 30 June 2027, subject to approval.', 'The acquisition is expected to complete by 30 September 2027.'],
    ['The transaction will close on 1 December 2026, the companies said.', 'The buyout will close on 15 December 2026.'],
  ];
  for (const [a, b] of cases) assert.equal(messages('date-conflict', a, b).length, 2, `${a}\n${b}`);
  // Look-alike: the deal's announcement and its closing are two acts.
  assert.deepEqual(messages('date-conflict', 'The merger was announced on 3 March 2027.', 'The takeover is expected to close by 30 June 2027.'), []);
});

test('"conceded defeat" and "apologised" with nothing reported date the act itself', () => {
  const cases: Array<[string, string]> = [
    ['Brenner conceded defeat on Monday morning.', 'A tearful Brenner conceded on Sunday night as the results came in.'],
    ['Challenger Ilse Varn finally conceded on Tuesday after the recount.', 'Ilse Varn conceded defeat on Wednesday.'],
    ['Transport minister Ola Brask apologised to passengers on Friday.', 'Ola Brask apologised on Thursday for the chaos.'],
  ];
  for (const [a, b] of cases) assert.equal(messages('date-conflict', a, b).length, 2, `${a}\n${b}`);
  // Look-alike: a statement ("conceded that …") on another day is no other date of the concession.
  assert.deepEqual(messages('date-conflict', 'Brenner conceded on Monday that turnout had been low.', 'Brenner conceded defeat on Sunday night.'), []);
  assert.deepEqual(messages('date-conflict', 'Brenner conceded on Monday he had lost the city.', 'Brenner conceded defeat on Sunday night.'), []);
});

test('a year told as past after the story\'s own is out of place, and not compared as a date', () => {
  const story = 'SAVRIN, 13 September 2027 - Voters elected a new mayor on Sunday 12 September 2027.';
  const cases = [
    'Voters ousted Jonas Pellick, mayor since 2029, on Sunday 12 September 2027.',
    'The harbour authority, chaired by Anna Lund since 2030, backed the winner on 12 September 2027.',
    'Pellick, who was first elected in 2031, lost on 12 September 2027.',
  ];
  for (const c of cases) {
    const out = messages('out-of-place-date', story, c, 'Jonas Pellick, mayor since 2015, and chairwoman Anna Lund since 2018 were elected first in 2015.');
    assert.equal(out.length, 1, `${c}\n${out.join('\n')}`);
    assert.deepEqual(messages('date-conflict', story, c, 'Jonas Pellick, mayor since 2015, was first elected in 2015.'), [], c);
  }
  // Look-alike: a year that belongs to a noun after a past verb ("raised its forecast for growth in 2029") is no past year.
  assert.deepEqual(messages('out-of-place-date', story, 'The council raised its spending forecast in 2029 to 40 million crowns, it said on 12 September 2027.'), []);
  // Look-alike: a term that runs until a later year is no past year.
  assert.deepEqual(messages('out-of-place-date', story, 'Pellick will remain mayor until 2029, on Sunday 12 September 2027.'), []);
});

test('a written year that is not the story\'s does not give its weekday to a date-conflict', () => {
  const story = 'BRASK, Friday 5 June 2026 - ';
  // 4 June 2026 is a Thursday: "4 June 2025" is the story's day with a slipped year, out-of-place-date's to report.
  assert.deepEqual(messages('date-conflict', `${story}The warehouse fire broke out on Thursday.`, `${story}Since the warehouse fire on 4 June 2025, the port has been closed.`), []);
  // Look-alike: a day of the story's own year on another weekday still conflicts.
  assert.equal(messages('date-conflict', `${story}The warehouse fire broke out on Thursday.`, `${story}The warehouse fire broke out on 3 June 2026.`).length, 2);
});

test('a part of a year long over, looked ahead to, is out of place', () => {
  const story = 'LINDRA, Tuesday 18 May 2027 - ';
  const cases = [
    'Completion is expected in the first quarter of 2026, once regulators approve.',
    'The new terminal is due to open by the end of 2025, the port said.',
    'The company expects to finish the plant in the second half of 2025.',
  ];
  for (const c of cases) {
    const out = messages('out-of-place-date', `${story}${c}`, `${story}The group said on Monday it would buy the rail maker.`);
    assert.equal(out.length, 1, `${c}\n${out.join('\n')}`);
  }
  // Look-alikes: a past result for a part of last year, and a part of the year still to come.
  assert.deepEqual(messages('out-of-place-date', `${story}Profit rose 8 per cent in the first quarter of 2026.`, `${story}The group said on Monday it would buy the rail maker.`), []);
  assert.deepEqual(messages('out-of-place-date', `${story}Completion is expected in the first quarter of 2028.`, `${story}The group said on Monday it would buy the rail maker.`), []);
});
