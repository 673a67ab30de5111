// A party's whip is a role of its own: read like any role ("the party's chief whip, X", "Whip X",
// "X, the opposition whip"), and not the party's leader. Invented sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf, rolesOf } from './util';

test('a whip is read as a role in several shapes', () => {
  assert.deepEqual(rolesOf('The Green Alliance\'s parliamentary whip, Oda Framnes, said the vote was lost.', 'Oda Framnes', 'head'), ['whip']);
  assert.deepEqual(rolesOf('Oda Framnes, the opposition chief whip, walked out of the chamber.', 'Oda Framnes', 'head'), ['whip']);
  assert.deepEqual(rolesOf('Chief Whip Oda Framnes told deputies to stay in the building.', 'Oda Framnes', 'head'), ['whip']);
});

test('the party\'s whip in one source and its leader in the others is a role conflict on the odd source', () => {
  const found = messagesOf(
    'role-conflict',
    'Opposition leader Tamas Ervik, head of the Green Alliance, condemned the bill on Tuesday.',
    'Tamas Ervik, leader of the Green Alliance, condemned the bill.',
    'The Green Alliance\'s whip, Tamas Ervik, condemned the bill in the chamber.',
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /whip/);
});

test('look-alike: the whip and the chief whip of one party are one role', () => {
  const found = messagesOf(
    'role-conflict',
    'Oda Framnes, the Green Alliance whip, said the vote was lost.',
    'The Green Alliance\'s chief whip, Oda Framnes, said the vote was lost.',
  );
  assert.deepEqual(found, []);
});
