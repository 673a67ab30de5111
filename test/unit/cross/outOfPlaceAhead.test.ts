// out-of-place-date on dates an article looks ahead to: a date read as a clause of its own after
// "until" or "before" takes its sentence's look-ahead ("will stay shut until 2016"), reported speech
// shifts "would" back to the speaker's day ("said the bypass would not open before 2017"), a present
// verb of expecting looks ahead ("does not see fares falling until 2017"); and a later date that ends a
// term, or that another source gives alike, is no slip of the story's year. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const WIRE = 'TARSK, Oct 15 (Ornewire) - Leaders of the Orne states ended their summit in Tarsk on Wednesday, 15 October 2025.';
const story = (next: string, ...others: string[]): string[] =>
  messagesOf('out-of-place-date', WIRE, `Tarsk Courier | 16 October 2025\n\nThe Orne summit closed in Tarsk on 15 October 2025 with a joint statement. ${next}`, ...others);

test('a past year or month the article looks ahead to through "until" or "before" is out of place, however the look-ahead is worded', () => {
  for (const s of [
    'The port authority expects the northern terminal to stay shut until 2016.',
    'Ministers said the Varna bypass would not be finished before 2017.',
    'Under the accord the ceasefire will hold until June 2018.',
    'The regulator does not see rail fares falling until 2017.',
    'Ms Orlova told reporters the border crossing was not expected to reopen before 20 October 2016.',
  ]) {
    const found = story(s);
    assert.equal(found.length, 1, `${s}\n${found.join('\n')}`);
  }
});

test('a past plan, a look-ahead from a dated past, and a term that ended are no look-ahead of now', () => {
  for (const s of [
    'The bypass was not expected to be finished before 2017, and it opened in 2015.',
    'In 2015 the ministers said the talks would end in 2017.',
    'The old pact ran until May 2018.',
    'The treaty, signed in 2009, stayed in force until 2016.',
  ]) assert.deepEqual(story(s), [], s);
});

test('a later date that ends a term, or that another source gives alike, is not a slip of the story\'s year', () => {
  for (const s of ['The fishing accord runs until 14 October 2027.', 'The lease, which expires on 16 October 2027, covers both quays.', 'The new tariffs are binding until 14 October 2027.']) {
    assert.deepEqual(story(s), [], s);
  }
  const agreed = 'Tarsk Radio | 15 October 2025\n\nThe summit agreed that the quota deal would stay until 16 October 2027, a minister said.';
  assert.deepEqual(story('Quotas are fixed to 16 October 2027 in the final text.', agreed), []);
  // The story's own day with a slipped year is still out of place.
  assert.equal(story('The leaders left Tarsk on 16 October 2027 after the closing dinner.').length, 1);
});
