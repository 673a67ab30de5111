// A year written before the noun of a built thing ("the 1986 Sennet Bridge", "the crumbling 1991 stadium",
// "its 1972 terminal") is the year it opened: another outlet's "opened in 1968" for the same thing
// conflicts with it. Another thing, an event noun ("the 1994 final") and a year after a preposition stay
// apart. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

// Each report carries the story's own full date, so that the years it names are told as past.
const conflicts = (...texts: string[]): string[] => messagesOf('date-conflict', ...texts.map((t) => `${t} The city council will meet on Monday, 12 May 2030.`));

test('a year before a built thing conflicts with the year another outlet says it opened', () => {
  const cases: Array<[string, string]> = [
    ['Firefighters watched as flames tore through the 1974 Marrow Stadium on Sunday night.', 'The Marrow stadium, which opened in 1978, held 22,000 people.'],
    ['Engineers will inspect the crumbling 1931 tunnel under the Orle next week.', 'The Orle tunnel opened in 1913 and carries 40,000 cars a day.'],
    ['Passengers were stranded when a fault shut its 1989 terminal at Kessby on Friday.', 'The terminal at Kessby opened in 1998, the airport said.'],
  ];
  for (const [a, b] of cases) {
    const found = conflicts(a, b);
    assert.ok(found.length >= 1, `${a}\n${b}\n${found.join('\n')}`);
  }
});

test('look-alike: another built thing, an event noun and a year after a preposition are not the opening', () => {
  assert.deepEqual(conflicts('Crowds gathered outside the 1974 Marrow Stadium on Sunday.', 'The Marrow bridge, which opened in 1978, was closed.'), []);
  assert.deepEqual(conflicts('Fans still talk about the 1974 final at Marrow.', 'The Marrow stadium, which opened in 1978, held 22,000 people.'), []);
  assert.deepEqual(conflicts('The stadium was renovated in 1974 and again in 2001.', 'The Marrow stadium, which opened in 1978, held 22,000 people.'), []);
});
