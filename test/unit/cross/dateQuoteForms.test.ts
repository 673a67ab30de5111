// Date conflicts and quote comparisons in more of news English's wordings: a possessive date before a
// compound event noun ("Saturday's Elm Cup final", "Tuesday's walk-out"), sessions of one summit, and a
// quotation split around its attribution ("We failed," he said, "and we will pay."). Invented sentences
// about invented events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const findings = messagesOf;

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

test('an arrest in the passive is the arrest another source writes in the active: "two men were arrested on Monday" / "police arrested two men on Tuesday"', () => {
  const found = findings('date-conflict', 'Two men were arrested in Dunmore on Monday after a raid on a warehouse.', 'Police arrested two men in Dunmore on Tuesday after a raid on a warehouse.');
  assert.equal(found.length, 2, found.join('\n'));
  // Other people arrested on another day are another arrest.
  assert.deepEqual(findings('date-conflict', 'Two men were arrested in Dunmore on Monday.', 'Police arrested two women in Dunmore on Tuesday.'), []);
});

test('a verb against the noun of its act with what it happened to: "the dam burst on 28 August" / "the collapse of the dam on 26 August"', () => {
  const found = findings('date-conflict', 'The Skarn dam burst on 28 August, flooding six villages.', 'The collapse of the Skarn dam on 26 August flooded six villages.');
  assert.equal(found.length, 2, found.join('\n'));
  // Another thing that gave way on another day is another collapse.
  assert.deepEqual(findings('date-conflict', 'The Skarn dam burst on 28 August, flooding six villages.', 'The collapse of the Orva bridge on 26 August cut the valley road.'), []);
});

test('"yesterday" under a dateline without its year is the day before the dateline', () => {
  const found = findings(
    'date-conflict',
    'VELMA, Oct 15 (Wire) - The Tarsk delegation walked out of the talks in Velma yesterday, officials said.',
    'Velma Post | 16 October 2025\n\nThe Tarsk delegation walked out of the talks in Velma on Monday.',
  );
  assert.equal(found.length, 2, found.join('\n'));
  assert.match(found.join('\n'), /14 October|Tuesday/);
});

const summit = (next: string): string[] =>
  findings(
    'out-of-place-date',
    'VELMA, Oct 15 (Wire) - Leaders of the Orne states ended their summit in Velma on Wednesday, 15 October 2025.',
    `Velma Post | 16 October 2025\n\nThe Orne summit closed in Velma on 15 October 2025 with a joint statement. ${next}`,
  );

test('a year the article looks ahead to, years before the story, is out of place: "will be held in Tarsk in 2017" in a story of 2025', () => {
  const found = summit('The next summit will be held in Tarsk in 2017.');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /2017/);
  // A past year in the background, a look-ahead from a past day, and results named by their year are not.
  assert.deepEqual(summit('The last summit was held in Tarsk in 2017.'), []);
  assert.deepEqual(summit('In 2015 the ministers said the talks would end in 2017.'), []);
  assert.deepEqual(summit('The council will publish its accounts for 2017 next year.'), []);
});

test('the same day and month written in two articles is one date, whatever year each article\'s other dates suggest', () => {
  const dated = 'Velma Radio | 6 March 2026, 08:15\n\nThe general election in Orneland is on 29 March, and campaigning resumed in Velma on Friday.';
  // No year of its own except a historical one in the body: a year of its own would put 29 March on another weekday.
  const undated = 'VELMA, March 5 (Ornewire) - Campaigning resumed in Velma on Friday. The former minister signed the port contract on 12 June 2023. Orneland holds its general election on 29 March.';
  assert.deepEqual(findings('date-conflict', dated, undated), []);
  // A different day written is still a conflict.
  const other = undated.replace('on 29 March', 'on 22 March');
  assert.equal(findings('date-conflict', dated, other).length, 2);
});

test('a participle after the object of a finite verb describes the object: the day dates the finite verb', () => {
  // "wanted" here describes the suspects; the Wednesday is the day police arrested them, not a day they
  // were wanted, so it does not contradict the Tuesday on which two were still wanted.
  const arrested = 'Police arrested the last suspects wanted for the Kessel robbery on Wednesday.';
  const wanted = 'Two suspects were still wanted for the Kessel robbery on Tuesday, police said.';
  assert.deepEqual(findings('date-conflict', arrested, wanted), []);
  // The act the day dates is still compared: two days for the arrest is a conflict.
  const other = findings('date-conflict', arrested, arrested.replace('Wednesday', 'Thursday'));
  assert.equal(other.length, 2);
  assert.match(other[0]!, /the day police arrested/);
});
