// A date after "<state> from" ("three days of mourning from Friday", "a 48-hour strike from Monday", "a
// curfew from Saturday") dates the start of that state, whoever declared or keeps it, as "the strike, which
// began on Monday" does: outlets starting it on different days conflict. A range ("from Monday to
// Friday") and the state's end are other dates. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('date-conflict', ...texts);

test('the start of a lasting state conflicts however each outlet words who began it', () => {
  const cases: Array<[string, string]> = [
    ['Dock workers at Pellhaven will hold a 48-hour strike from Monday, the Harbour Union said.', 'The Pellhaven dock strike, which began on Tuesday, has left 40 ships waiting.'],
    ['The army imposed a night curfew from Saturday across the Orvik valley.', 'Residents of the Orvik valley will live under a curfew from Sunday, the governor announced.'],
    ['President Hanne Solvik declared a week of mourning from Thursday for the victims of the Kessel mine fire.', 'Kessel will observe a week of mourning from Wednesday, officials said.'],
  ];
  for (const [a, b] of cases) {
    const found = conflicts(a, b);
    assert.ok(found.length >= 1, `${a}\n${b}\n${found.join('\n')}`);
  }
});

test('look-alike: a range, the end of the state and another state on other days stay apart', () => {
  assert.deepEqual(conflicts('Dock workers at Pellhaven will hold a 48-hour strike from Monday, the Harbour Union said.', 'The strike at Pellhaven ended on Wednesday after a pay offer.'), []);
  assert.deepEqual(conflicts('The army imposed a curfew from Saturday in the Orvik valley.', 'Schools in the Orvik valley will stay shut from Monday to Friday.'), []);
  assert.deepEqual(conflicts('The army imposed a night curfew from Saturday across the Orvik valley.', 'The government declared a week of mourning from Monday for the dead of the Orvik valley.'), []);
});
