// out-of-place-date on a deadline set by a request: "has asked X to do Y by DATE", however the request is
// worded (ask, order, instruct, give … to, in the passive too), is a date the article looks ahead to; one
// long past in the story's time is out of place. A request of a past day told as such ("had asked",
// "was asked", a year before it) and a deadline still ahead stay unflagged. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const WIRE = 'MERROW, Nov 4 (Kestwire) - Floodwater reached the old town of Merrow on Tuesday, 4 November 2031, forcing 900 people from their homes.';
const story = (next: string): string[] =>
  messagesOf('out-of-place-date', WIRE, `Merrow Gazette | 5 November 2031\n\nThe river Tamsa broke its banks at Merrow on 4 November 2031. ${next}`);

test('a deadline a request sets, long past in the story, is out of place however the request is worded', () => {
  for (const s of [
    'The environment agency has asked its engineers to deliver a report on the levees by 15 February 2030.',
    'A panel of three judges has been told to finish its review of the flood defences by 1 March 2030.',
    'The minister ordered the water company to repair the pumping station before 20 April 2030.',
    'Councils are being instructed to publish evacuation plans no later than 30 January 2030.',
  ]) {
    const found = story(s);
    assert.equal(found.length, 1, `${s}\n${found.join('\n')}`);
  }
});

test('look-alike: a request of a past day told as such, and a deadline still ahead, are not out of place', () => {
  for (const s of [
    'The agency had asked its engineers to report by 15 February 2030, but no report ever came.',
    'In 2029 the council asked residents to clear the drains by 1 March 2030.',
    'The agency has asked its engineers to report on the levees by 15 February 2032.',
    'The minister said the levees, built by 1 March 2030, had held for a day.',
  ]) {
    assert.deepEqual(story(s), [], s);
  }
});
