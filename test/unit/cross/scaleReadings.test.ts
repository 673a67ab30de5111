// Readings on a scale (an earthquake's magnitude, a gale's force) are measures of the thing they describe,
// not counts of it, and a force of nature that "struck" did not go on strike (no label says so).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

test("two reports' magnitudes of one earthquake disagree, however each writes the scale", () => {
  const cases: Array<[string, string]> = [
    ['A magnitude 6.1 earthquake struck the Vessen valley before dawn on Thursday, officials said.', 'The 6.3-magnitude quake struck the Vessen valley early on Thursday, the interior ministry said.'],
    ['An earthquake measuring 5.8 on the Richter scale shook Tarnholm on Monday night.', 'A magnitude 5.4 earthquake shook the port city of Tarnholm late on Monday.'],
    ['Rescuers reached Oldbury hours after a magnitude 7.0 quake hit the district on Saturday.', 'Rescuers reached Oldbury hours after a 7.2-magnitude earthquake hit the district on Saturday.'],
  ];
  for (const [a, b] of cases) {
    const msgs = messagesOf('figure-conflict', a, b);
    assert.ok(msgs.some((m) => /the earthquake's magnitude/.test(m)), `${a}\n${b}\n${msgs.join('\n')}`);
    assert.ok(!msgs.some((m) => /earthquakes|quakes|strike/.test(m)), msgs.join('\n'));
  }
});

test("an aftershock's magnitude is not the main earthquake's", () => {
  const msgs = messagesOf(
    'figure-conflict',
    'A magnitude 6.1 earthquake struck the Vessen valley on Thursday. A magnitude 4.9 aftershock struck on Friday.',
    'The 6.1-magnitude quake struck the Vessen valley on Thursday, followed by a magnitude 5.2 aftershock on Friday.',
  );
  assert.ok(!msgs.some((m) => /6\.1/.test(m)), msgs.join('\n'));
});
