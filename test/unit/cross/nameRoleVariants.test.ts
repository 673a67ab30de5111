// Given names written two ways, roles placed in time, the office a spokesperson serves, and role phrases
// compromise reads awkwardly: what a reader of several reports of one reshuffle or one trial notices.
// Invented sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { rolesConflict } from '../../../server/src/analysis/cross/roleCompare';
import type { Finding } from '../../../server/src/analysis/cross/types';
import { article, of, rolesOf } from './util';

const run = (texts: string[]) => analyzeCorpus(texts.map((t, i) => article(`${String.fromCharCode(97 + i)}.txt`, t)), { storyThreshold: 0 });
const findings = (texts: string[], check: string): Finding[] => of(run(texts).findings, check);
const where = (fs: Finding[]): string[] => fs.map((f) => f.location.article.replace('mem:/', '')).sort();
test('a given name one letter longer in one report (Vasile / Vasili) is the same minister, and the odd spelling is reported', () => {
  const fs = findings(
    [
      'Defence Minister Vasile Onofrei said the Tarnovian army would buy new radar systems in Velmar.',
      'The Velmar radar deal was signed by Defence Minister Vasile Onofrei on Monday.',
      'Vasile Onofrei, the defence minister, called the Velmar radar deal a milestone.',
      'Tarnovian Defence Minister Vasili Onofrei signed the Velmar radar deal.',
    ],
    'name-variant',
  );
  assert.deepEqual(where(fs), ['d.txt'], fs.map((f) => f.message).join('\n'));
  assert.match(fs[0]!.message, /“Vasili” here, but most sources \(3 of 4\) spell it “Vasile”/);
});

test('a given name whose opening glide is written "Iu" in one report and "Yu" in another is one spokesman', () => {
  const fs = findings(
    [
      'Government spokesman Iulian Mocanu said the Velmar cabinet would meet on Friday.',
      'Iulian Mocanu, the government spokesman, said the Velmar cabinet would meet again.',
      'Government spokesman Yulian Mocanu told reporters the Velmar cabinet meets on Friday.',
    ],
    'name-variant',
  );
  assert.deepEqual(where(fs), ['c.txt'], fs.map((f) => f.message).join('\n'));
});

test('a man and a woman of one family (Daniel / Daniela) and two people sharing a surname stay apart', () => {
  const texts = [
    'Daniel Vornic, the mayor of Velmar, opened the new bridge. Finance Minister Oskar Brandt attended.',
    'Mayor Daniel Vornic cut the ribbon on the Velmar bridge. Opposition leader Helga Brandt called it late.',
    'Daniela Vornic, the mayor’s daughter, rode across the Velmar bridge first. Oskar Brandt, the finance minister, paid for it.',
  ];
  assert.deepEqual(findings(texts, 'name-variant').map((f) => f.message), []);
  assert.deepEqual(findings(texts, 'role-conflict').map((f) => f.message), []);
  const couples = [
    'Louis Varga and Carl Moreau joined the Velmar rowing crew on Monday.',
    'Louise Varga and Carol Moreau won the Velmar rowing race on Tuesday.',
    'Danielle Ostrova rowed for Velmar; Daniel Ostrova, a coach, watched.',
    'Daniel Ostrova watched the Velmar crew.',
  ];
  assert.deepEqual(findings(couples, 'name-variant').map((f) => f.message), []);
});

test('roles in time: a former, "then" or "until last month" role and another office never conflict; acting and outgoing only with their kind', () => {
  assert.equal(rolesConflict('former interior minister', 'foreign minister'), null);
  assert.equal(rolesConflict('then deputy foreign minister', 'outgoing foreign minister'), null);
  assert.equal(rolesConflict('head of the border police until last month', 'interior minister'), null);
  assert.equal(rolesConflict('previously a deputy minister', 'defence minister'), null);
  assert.equal(rolesConflict('acting health minister', 'health minister'), null);
  assert.equal(rolesConflict('outgoing agriculture minister', 'environment minister'), null);
  assert.match(rolesConflict('outgoing agriculture minister', 'outgoing environment minister') ?? '', /agriculture minister is not an environment minister/);
  assert.match(rolesConflict('acting transport minister', 'acting energy minister') ?? '', /transport minister is not an energy minister/);
  // A broader title is not another office: a minister may be the foreign minister.
  assert.equal(rolesConflict('minister', 'foreign minister'), null);
  assert.equal(rolesConflict('deputy minister', 'deputy defence minister'), null);
});

test('the office a spokesperson serves: a government spokesman is not the president’s, and no principal named is no conflict', () => {
  assert.match(rolesConflict('government spokesman', 'presidential spokesman') ?? '', /spokesperson for the government is not a spokesperson for the president/);
  assert.notEqual(rolesConflict('spokeswoman for the president', 'police spokeswoman'), null);
  assert.equal(rolesConflict('government spokesman', 'prime minister\'s spokesman'), null);
  assert.equal(rolesConflict('his spokeswoman', 'spokeswoman for the president'), null);
  assert.equal(rolesConflict('government spokesman', 'spokesman'), null);
});

test('a role after the name in one report and before it in another: outgoing ministers of two portfolios are reported', () => {
  const fs = findings(
    [
      'Outgoing Transport Minister Ilie Cojocaru lost his post in the Velmar reshuffle.',
      'Ilie Cojocaru, the outgoing transport minister, left the Velmar cabinet after the reshuffle.',
      'Ilie Cojocaru, the outgoing energy minister, was dropped in the Velmar reshuffle.',
    ],
    'role-conflict',
  );
  assert.deepEqual(where(fs), ['c.txt'], fs.map((f) => f.message).join('\n'));
});

test('an outgoing minister named for a new post, an acting minister confirmed, a former post: no role conflict', () => {
  const fs = findings(
    [
      'Outgoing Transport Minister Ilie Cojocaru becomes energy minister in the Velmar reshuffle. Acting health minister Rodica Frunza was confirmed.',
      'Energy Minister Ilie Cojocaru, moved in the Velmar reshuffle, starts on Monday. Health Minister Rodica Frunza keeps her post.',
      'Ilie Cojocaru, the former transport minister, now runs energy in the Velmar cabinet. Rodica Frunza, a minister since 2021, stays at health.',
    ],
    'role-conflict',
  );
  assert.deepEqual(fs.map((f) => f.message), []);
});

test('role phrases compromise reads awkwardly: a possessive before "managing director", a spokeswoman for someone, a curator', () => {
  assert.deepEqual(rolesOf('Lene Dahl, the company’s managing director, said no offer had been made.', 'Lene Dahl', 'normalized'), ["company's managing director"]);
  assert.deepEqual(rolesOf('A spokeswoman for the Tarnian president, Lise Holm, said the door was open.', 'Lise Holm', 'normalized'), ['spokeswoman for the tarnian president']);
  assert.deepEqual(rolesOf('Chief curator Selma Ravnik said the painting could never be sold.', 'Selma Ravnik', 'normalized'), ['chief curator']);
});

test('a deputy director in one report and the chief curator in the others is a role conflict; a spokeswoman for the president is not the president', () => {
  const curator = findings(
    [
      'Chief curator Selma Ravnik said the stolen Velmar altarpiece was insured.',
      'The gallery’s chief curator, Selma Ravnik, said the Velmar altarpiece was irreplaceable.',
      'Deputy director Selma Ravnik told reporters the Velmar altarpiece had been insured.',
    ],
    'role-conflict',
  );
  assert.deepEqual(where(curator), ['c.txt'], curator.map((f) => f.message).join('\n'));
  const spokeswoman = findings(
    [
      'A spokeswoman for the Tarnian president, Lise Holm, said the Velmar talks would resume.',
      'The Velmar talks will resume, said Lise Holm, his spokeswoman.',
    ],
    'role-conflict',
  );
  assert.deepEqual(spokeswoman.map((f) => f.message), []);
});

test('a former head of an office called its deputy today conflicts; a former deputy who is now the head does not', () => {
  assert.notEqual(rolesConflict('former head of the border police', 'deputy head of the border police'), null);
  assert.notEqual(rolesConflict('head of the border police until last month', 'deputy head of the border police'), null);
  assert.equal(rolesConflict('former deputy defence minister', 'defence minister'), null);
  assert.equal(rolesConflict('former head of the border police', 'deputy interior minister'), null);
});

test('a role held "then" or "previously" keeps its time word, so it is not read as today’s office', () => {
  assert.deepEqual(rolesOf('The Velmar treaty was signed by then deputy foreign minister Ana Vrabel in 2018.', 'Ana Vrabel', 'normalized'), ['then deputy foreign minister']);
  assert.deepEqual(rolesOf('Tor Aske, previously deputy defence minister, was promoted on Monday.', 'Tor Aske', 'normalized'), ['previously deputy defence minister']);
  const fs = findings(
    [
      'Foreign Minister Ana Vrabel resigned on Monday after four years in the Velmar government.',
      'Ana Vrabel, the foreign minister, resigned from the Velmar government on Monday.',
      'The Velmar border treaty was signed in 2018 by then deputy foreign minister Ana Vrabel, who resigned as foreign minister on Monday.',
    ],
    'role-conflict',
  );
  assert.deepEqual(fs.map((f) => f.message), []);
});

test('another given name for the holder of one office is the same person spelled wrong; the same surname in another office is not', () => {
  const fs = findings(
    [
      'Finance Minister Vadim Talpa presented the Velmar budget on Tuesday. Opposition leader Sorin Talpa called it a fraud.',
      'Vadim Talpa, the finance minister, presented the Velmar budget to parliament.',
      'Finance Minister Andrei Talpa presented the Velmar budget on Tuesday, promising lower taxes.',
    ],
    'name-variant',
  );
  assert.deepEqual(where(fs), ['c.txt'], fs.map((f) => f.message).join('\n'));
  assert.match(fs[0]!.message, /“Andrei” here, but most sources \(2 of 3\) spell it “Vadim”/);
  assert.ok(!fs.some((f) => /Sorin/.test(f.message)));
});

test('an age between a name and its appositive role is skipped: "Olaf Renk, 47, the chief of the border police,"', () => {
  assert.deepEqual(rolesOf('Olaf Renk, 47, the chief of the border police, takes over the Velmar interior ministry.', 'Olaf Renk', 'normalized'), ['chief of the border police']);
  assert.deepEqual(rolesOf('Marta Vikstrom, 52, said the Velmar bridge would open in May.', 'Marta Vikstrom', 'normalized'), []);
});

test('a role of another time is no sign of another person: a former police chief spelled one letter off is the new minister', () => {
  const fs = findings(
    [
      'Interior Minister Stefan Dalmanu promised more border guards for Velmar on Tuesday.',
      'Stefan Dalmanu, the new interior minister, promised more border guards for Velmar.',
      'Stefan Dalmanou, the former police chief, promised more border guards for Velmar.',
    ],
    'name-variant',
  );
  assert.deepEqual(where(fs), ['c.txt'], fs.map((f) => f.message).join('\n'));
});
