// Date conflicts and quote comparisons in more of news English's wordings: a possessive date before a
// compound event noun ("Saturday's Elm Cup final", "Tuesday's walk-out"), sessions of one summit, and a
// quotation split around its attribution ("We failed," he said, "and we will pay."). Invented sentences
// about invented events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { article, of } from './util';

const findings = (check: string, ...texts: string[]): string[] =>
  of(analyzeCorpus(texts.map((t, i) => article(`${'abcdef'[i]}.txt`, t)), { storyThreshold: 0 }).findings, check).map((f) => f.message);

test('a possessive date before a name and its event noun dates that event: "Saturday\'s Elm Cup final" against "the Elm Cup final on Sunday"', () => {
  const found = findings(
    'date-conflict',
    "Rosa Tenn scored twice in Saturday's Elm Cup final at Northgate, which Dunmore won 3-1.",
    'Dunmore beat Carrow 3-1 in the Elm Cup final on Sunday at Northgate.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('a hyphenated event noun after a possessive date is the act its verb names: "Tuesday\'s walk-out" against "walked out on Monday"', () => {
  const found = findings(
    'date-conflict',
    "VELMA, May 3 (Wire) - Tuesday's walk-out by the Tarsk delegation drew sharp criticism from the hosts.",
    'The Tarsk delegation walked out of the talks in Velma on Monday, officials said.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('two sessions of one summit on two days are no date conflict', () => {
  assert.deepEqual(findings('date-conflict', "Monday's session of the Velma summit ran for three hours.", "Tuesday's session of the Velma summit lasted five hours."), []);
  assert.deepEqual(
    findings('date-conflict', 'Leaders of the Orne states met at the summit in Velma on Monday.', 'Leaders of the Orne states met at the summit in Velma on Tuesday.'),
    [],
  );
});

test('the opening of a summit is still one event: "opened on Monday" against "opened on Tuesday"', () => {
  assert.equal(findings('date-conflict', 'The Orne summit opened in Velma on Monday.', 'The Orne summit opened in Velma on Tuesday.').length, 2);
});

const splitA = 'HARBURG, May 4 (Wire) - Nordline chief executive Jonas Brekke apologised for the sinking of the ferry Vega.\n\n"We failed the families," Brekke said, "and we will pay for every repair on the coast."';

test('a quotation split around its attribution is one statement: its wording is compared whole', () => {
  const found = findings(
    'quote-variant',
    splitA,
    'Nordline chief executive Jonas Brekke apologised for the sinking of the ferry Vega.\n\n"We failed the families and we will pay for every single repair on the coast," Brekke told reporters.',
  );
  assert.equal(found.length, 2, found.join('\n'));
  assert.match(found.join('\n'), /single/);
  // The same words whole, with nothing changed, corroborate.
  assert.deepEqual(
    findings('quote-variant', splitA, 'Nordline chief executive Jonas Brekke apologised.\n\n"We failed the families and we will pay for every repair on the coast," Brekke said.'),
    [],
  );
});

test('the words of a split quotation credited to someone else in another source are a quote-attribution', () => {
  const found = findings(
    'quote-attribution',
    splitA,
    'Transport minister Ida Solberg visited the wreck of the ferry Vega.\n\n"We failed the families and we will pay for every repair on the coast," Solberg said.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('two sentences of one speaker are not joined into one statement: a full stop between them keeps them apart', () => {
  const split = findings(
    'quote-variant',
    'Jonas Brekke apologised.\n\n"We failed the families," Brekke said. "and we will pay for every repair on the coast."',
    'Jonas Brekke apologised.\n\n"We failed the families and we will pay for every single repair on the coast," Brekke said.',
  );
  // Only the second sentence is a rewording of the other source's words; the first is contained in them.
  assert.ok(split.every((m) => !/We failed the families \[/.test(m)), split.join('\n'));
});
