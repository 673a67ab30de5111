// "62 people are known to have died": a reporting verb passes on the act after it (cross/reportedAct.ts),
// so the figure counts who died, and compares with other reports' deaths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identityOf, messagesOf } from './util';

test('a count raised by a verb of knowing or fearing is compared as the act after "to"', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['Sixty-two people are now known to have died in the Ostra earthquake, the ministry said.', 'The Ostra earthquake killed 48 people, the ministry said.', /killed/],
    ['Twelve climbers are believed to have died on Mount Karrow after Sunday’s avalanche.', 'Nine climbers died on Mount Karrow in Sunday’s avalanche, rescuers said.', /climbers killed|climbers died/],
    ['Eighteen passengers are reported to have been injured when the Vell ferry hit the pier.', 'Twenty-three passengers were injured on Friday, the Vell ferry operator said.', /passengers injured/],
  ];
  for (const [a, b, label] of cases) {
    // Compared: a conflict, or an update where the raising verb leaves the count open ("known so far").
    const msgs = [...messagesOf('figure-conflict', a, b), ...messagesOf('figure-update', a, b)];
    assert.ok(msgs.some((m) => label.test(m)), `${a}\n${b}\n${msgs.join('\n')}`);
  }
});

test('a count "known" or "feared" so far is provisional: a later, higher toll updates it', () => {
  const msgs = messagesOf(
    'figure-update',
    'KESTA, March 14 - Nine people are now known to have died after a bus left the road near Kesta this morning.',
    'KESTA, March 15 - Fourteen people were killed when a bus left the road near Kesta on Friday, police said on Saturday.',
  );
  assert.ok(msgs.some((m) => /14/.test(m)), msgs.join('\n'));
});

test('the raised act stays that act: people feared trapped are not people killed', () => {
  assert.equal(identityOf('Twenty people are feared to have been trapped in the mine.', 'Twenty').event, 'trap');
  assert.deepEqual(messagesOf('figure-conflict', 'Twenty people are feared to have been trapped in the Orlen mine.', 'Rescuers said 14 people were killed in the Orlen mine collapse.'), []);
});
