// A speech verb that brings its object about dates an act, not a statement: "declared a state of
// emergency", "called a strike", "proclaimed a curfew". The body that governs a place acts as the place
// ("the provincial government" / "the province"). Invented sentences about invented places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('date-conflict', ...texts);

test('a state of emergency declared on two different days is one declaration dated twice', () => {
  const found = conflicts(
    'Heavy snow cut off the valley. The regional government declared a state of emergency on Thursday as drifts blocked the pass.',
    'The region declared a state of emergency on Wednesday evening after the pass was closed.',
  );
  assert.ok(found.length >= 1, found.join('\n'));
});

test('a strike called and a curfew proclaimed are acts, dated by their verb like any other', () => {
  assert.ok(conflicts('The dockers\' union called a strike on Monday over pay at the Orsk terminal.', 'The dockers\' union called a strike on Tuesday over pay at the Orsk terminal.').length >= 1);
  assert.ok(conflicts('The city council proclaimed a curfew on Friday after the riots in Belmar.', 'The city proclaimed a curfew on Saturday after the riots in Belmar.').length >= 1);
});

test('a tabloid that names no body for the declaration still conflicts with the wire', () => {
  const found = conflicts(
    'The provincial government declared a state of emergency on Saturday as the Rava burst its banks.',
    'Officials declared an emergency on Friday - but nobody warned the town.',
  );
  assert.ok(found.length >= 1, found.join('\n'));
});

test('look-alike: the province and the national government declare emergencies on two days: two acts', () => {
  assert.deepEqual(
    conflicts(
      'The provincial government declared a state of emergency on Saturday as the river rose.',
      'The national government declared a state of emergency on Monday, two days after the province.',
    ),
    [],
  );
});

test('look-alike: a spokesman who declared on Tuesday that the dam was safe is a statement, not the emergency', () => {
  assert.deepEqual(
    conflicts(
      'The provincial government declared a state of emergency on Saturday as the river rose.',
      'The provincial government declared on Tuesday that the dam was safe.',
    ),
    [],
  );
});
