// The story's year: a dateline or publication line says when an article was written and outweighs years
// the bodies name in passing (a future vote named several times); a month told as past after that year
// ("struck in February 2031" in a story of 2026) is out of place, whether its verb is regular or not.
// Invented sentences about invented places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const oop = (...texts: string[]): string[] => messagesOf('out-of-place-date', ...texts);
const LEAD = 'Floods closed the main road through the Vell valley and forced 900 people from their homes this week.';

test('a month told as past after the story\'s year is out of place, regular or irregular verb', () => {
  const others = [`VELL, March 12, 2026 (Ornewire) - ${LEAD}`, `Vell Courier | Friday 13 March 2026\n\n${LEAD}`];
  for (const s of [
    'The last flood of this size struck in February 2031 and destroyed two bridges.',
    'The old dam, which collapsed in May 2030, was never rebuilt.',
    'A smaller flood began in October 2029, the council said.',
  ]) {
    const found = oop(...others, `Valley Times, 13 March 2026\n\n${LEAD} ${s}`);
    assert.equal(found.length, 1, `${s}\n${found.join('\n')}`);
  }
});

test('look-alikes: a month ahead told as ahead, and a past month before the story, are in place', () => {
  const others = [`VELL, March 12, 2026 (Ornewire) - ${LEAD}`, `Vell Courier | Friday 13 March 2026\n\n${LEAD}`];
  for (const s of [
    'The new flood wall will open in February 2031, the council said.',
    'The last flood of this size struck in February 2011 and destroyed two bridges.',
    'Repairs are due to finish in May 2027.',
  ]) assert.deepEqual(oop(...others, `Valley Times, 13 March 2026\n\n${LEAD} ${s}`), [], s);
});

test('datelines outweigh a future date the bodies repeat: a slipped year is still seen against the datelines', () => {
  const vote = 'The regional election on 7 May 2029 will decide who pays for the repairs.';
  const found = oop(
    `VELL, March 12, 2026 (Ornewire) - ${LEAD} The river burst its banks on Tuesday. ${vote}`,
    `Vell Courier | Friday 13 March 2026\n\n${LEAD} The river burst its banks on 10 March. ${vote} Candidates for the election on 7 May 2029 toured the valley.`,
    `Valley Times, 13 March 2026\n\nThe river burst its banks on 10 March 2025, flooding 300 homes. ${vote}`,
  );
  assert.equal(found.length, 1, `found: ${found.join('\n')}`);
  assert.match(found[0]!, /10 March 2025/);
});
