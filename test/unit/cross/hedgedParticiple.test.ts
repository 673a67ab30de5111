// "…, killing at least 40 people": a participle after a comma is the figure's verb even with a hedge
// ("at least", "more than", "some") between them, so the toll is compared with other reports' tolls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

test('a hedged figure after a participle takes the participle as its act', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['A bus plunged into a ravine near Orvik on Sunday, killing at least 12 people, police said.', 'Nineteen people were killed when a bus plunged into a ravine near Orvik on Sunday.', /killed/],
    ['A gas blast tore through a market in Tesk on Friday, injuring more than 60 people.', 'Police said 85 people were injured in Friday’s gas blast at the Tesk market.', /injured/],
    ['Fire swept through the old market in Brand on Monday, destroying some 200 stalls, the fire service said.', 'The fire in Brand destroyed 340 stalls on Monday, traders said.', /stalls/],
  ];
  for (const [a, b, label] of cases) {
    const msgs = [...messagesOf('figure-conflict', a, b), ...messagesOf('figure-update', a, b)];
    assert.ok(msgs.some((m) => label.test(m)), `${a}\n${b}\n${msgs.join('\n')}`);
  }
});

test('an article is no hedge: "ending a 31-year wait" is still the length of the wait', () => {
  const msgs = messagesOf(
    'figure-conflict',
    'Kestrel Town beat Orm 2-1 in the final on Saturday, ending a 31-year wait for the cup.',
    'Kestrel Town won the cup for the first time in 33 years, beating Orm 2-1 on Saturday.',
  );
  assert.ok(msgs.some((m) => /31/.test(m) && /33/.test(m)), msgs.join('\n'));
});
