// Verbs of one act in the words different outlets use: kidnapped / abducted / seized / snatched, took
// effect / kicked in / started. Invented sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('date-conflict', ...texts);

test('a named aid worker kidnapped on one day and abducted or seized on another is one abduction dated twice', () => {
  assert.ok(conflicts('Aid worker Ines Holmgren was kidnapped on 3 March near Tarsa.', 'Aid worker Ines Holmgren was abducted on 5 March near Tarsa.').length >= 1);
  assert.ok(conflicts('Gunmen seized the aid worker Ines Holmgren on 3 March near Tarsa.', 'Gunmen snatched the aid worker Ines Holmgren on 4 March near Tarsa.').length >= 1);
});

test('a law that takes effect on one date and kicks in or starts on another is one start dated twice', () => {
  assert.ok(conflicts('The Velden rent law takes effect on 1 April, the housing minister said.', 'The Velden rent law starts on 1 May, the housing minister said.').length >= 1);
  assert.ok(conflicts('The Velden rent law will kick in on 1 April.', 'The Velden rent law will take effect on 1 June.').length >= 1);
});

test('look-alike: the day of the kidnapping and the day of the release are two acts', () => {
  assert.deepEqual(conflicts('Aid worker Ines Holmgren was kidnapped on 3 March near Tarsa.', 'Aid worker Ines Holmgren was freed on 9 July near Tarsa.'), []);
});

test('look-alike: the law comes into force on one date and a later part of it on another', () => {
  assert.deepEqual(
    conflicts('The Velden rent law takes effect on 1 April, the housing minister said.', 'The Velden rent law was passed on 12 March, the housing minister said.'),
    [],
  );
});

test('one written day with its year in one source and without in another is one day, whatever year the other implies', () => {
  assert.deepEqual(conflicts('PORT VELL, July 10 - Aid worker Ines Holmgren, kidnapped on March 3, was freed on Thursday.', 'Aid worker Ines Holmgren was kidnapped on 3 March 2025 near Tarsa.'), []);
  assert.deepEqual(conflicts('Aid worker Ines Holmgren was abducted on March 3 near Tarsa.', 'The aid worker Ines Holmgren was kidnapped on 3 March 2026 near Tarsa.'), []);
});

test('look-alike of the above: two different written days, one with its year, still conflict', () => {
  assert.ok(conflicts('Aid worker Ines Holmgren was abducted on March 3 near Tarsa.', 'Aid worker Ines Holmgren was kidnapped on 5 March 2026 near Tarsa.').length >= 1);
});
