// Date conflicts of one act however it is named: a verb against its nominalisation ("resigned" / "handed
// in her resignation" / "her resignation on Tuesday"), and verbs of one class ("broke out" / "began").
// Invented sentences about invented events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { article, of } from './util';

const conflicts = (a: string, b: string): string[] =>
  of(analyzeCorpus([article('a.txt', a), article('b.txt', b)], { storyThreshold: 0 }).findings, 'date-conflict').map((f) => f.message);

test('a resignation handed in on Monday is the resignation another source dates on Tuesday', () => {
  const found = conflicts(
    'Transport Minister Petra Quist handed in her resignation on Monday after a report criticised a rail tender.',
    'Transport Minister Petra Quist resigned on Tuesday after a report criticised a rail tender.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('a noun dated before its clause\'s verb dates its own act: "Quist\'s resignation on Tuesday surprised colleagues" against "resigned on Monday"', () => {
  const found = conflicts(
    'Transport Minister Petra Quist resigned on Monday after a rail report.',
    'Petra Quist\'s resignation on Tuesday surprised colleagues in the transport ministry.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('a fire that "broke out" on Tuesday and one that "began" on Wednesday at one depot are one fire dated twice', () => {
  const found = conflicts('A fire broke out at the Dunmore depot on Tuesday.', 'The fire at the Dunmore depot began on Wednesday.');
  assert.equal(found.length, 2, found.join('\n'));
});

test('the act and what others did about it stay apart: a resignation accepted or announced on another day', () => {
  assert.deepEqual(
    conflicts(
      'Transport Minister Petra Quist handed in her resignation on Monday.',
      'President Ivo Marr accepted the resignation of Transport Minister Petra Quist on Tuesday.',
    ),
    [],
  );
  assert.deepEqual(
    conflicts('Transport Minister Petra Quist resigned on Monday.', 'Transport Minister Petra Quist announced her resignation to parliament on Wednesday.'),
    [],
  );
});

test('a compound and its head name one subject: "the wildfire broke out on Monday" against "the fire began on Sunday"', () => {
  const found = conflicts(
    'A wildfire that broke out on Monday above the Harrow valley had burned 3,000 hectares by Friday.',
    'The fire in the Harrow valley began on Sunday, and crews from three regions were fighting it by Friday.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});
