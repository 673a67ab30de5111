// A first name alone, as tabloids and features write it ("Lotte, 34, said", "Tomasz's daughter"), is the
// one person of the article or story whose full name begins with it; two people with one first name stay
// apart. Invented sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import type { Finding } from '../../../server/src/analysis/cross/types';
import { article, of } from './util';

const NAMES = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];

function corpus(...texts: string[]) {
  return analyzeCorpus(texts.map((t, i) => article(NAMES[i]!, t)), { storyThreshold: 0 });
}

function findings(check: string, ...texts: string[]): Finding[] {
  return of(corpus(...texts).findings, check);
}

/** The name of the entity a mention's text belongs to, in one article. */
function entityOf(text: string, mention: string, nth = 0): string | undefined {
  const a = analyzeArticle(text);
  const at = text.split(mention, nth + 1).join(mention).length;
  const m = a.entities.flatMap((e) => e.mentions.map((x) => ({ e, x }))).find(({ x }) => x.start === at);
  return m?.e.name;
}

test('a first name alone after the full name is that person, in several styles', () => {
  const tabloid = 'Brave nurse Helka Varjonen is home at last. Helka, 41, said she never lost hope.';
  assert.equal(entityOf(tabloid, 'Helka', 1), 'Helka Varjonen');
  const possessive = 'Pilot Benedek Sarkadi landed the stricken plane. Benedek\'s wife watched from the terminal.';
  assert.equal(entityOf(possessive, 'Benedek', 1), 'Benedek Sarkadi');
  const feature = 'When Oriane Delacourt opened her bakery in 2019, few gave it a year. Now Oriane employs twelve people.';
  assert.equal(entityOf(feature, 'Oriane', 1), 'Oriane Delacourt');
});

test('a first name two people of the article share stays no one, nor does a name cut short in a table', () => {
  const two = 'Ruta Kalnins and Ruta Ozols both ran the marathon. Ruta said the heat was brutal.';
  assert.notEqual(entityOf(two, 'Ruta', 2), 'Ruta Kalnins');
  assert.notEqual(entityOf(two, 'Ruta', 2), 'Ruta Ozols');
  const table = 'Leading scores: Teodor Vasko 68, Ilan Berger 69, Teodor Strand 70.';
  assert.notEqual(entityOf(table, 'Teodor', 1), 'Teodor Vasko');
});

test('words credited to a first name in a tabloid are no misattribution of the full name elsewhere', () => {
  const fs = findings(
    'quote-attribution',
    'The freed climber Sanna Lindgaard spoke at the airport. "I thought of my children every single night up there," Lindgaard said.',
    '"I thought of my children every single night up there," said Sanna Lindgaard, 29, after landing in Velby.',
    'SANNA\'S JOY! Climber Sanna Lindgaard is safe. Sanna, 29, sobbed: "I thought of my children every single night up there."',
  );
  assert.deepEqual(fs, [], fs.map((f) => f.message).join('\n'));
});

test('a first name alone in one source joins the one person of the story with that first name, with no name variant', () => {
  const r = corpus(
    'The rescued skipper, Jonas Ekvall, thanked the crew. His daughter, Pia Ekvall, 19, said she had not slept.',
    'FAMILY\'S RELIEF: Jonas Ekvall is safe. Daughter Pia said: "We never stopped hoping."',
    'Skipper Jonas Ekvall was winched to safety on Tuesday, his daughter Pia Ekvall said.',
  );
  const people = r.stories.flatMap((s) => s.entities).filter((e) => e.type === 'person').map((e) => e.name).sort();
  assert.ok(!people.includes('Pia'), people.join(', '));
  assert.deepEqual(of(r.findings, 'name-variant'), []);
});

test('look-alike: a first name two people of the story share joins neither', () => {
  const r = corpus(
    'Anja Brekstad, the ferry captain, and the passenger Anja Tollefsen were both praised.',
    'Captain Anja Brekstad said the sea was calm. Passenger Anja Tollefsen was treated in hospital.',
    'HEROINE! Anja, 52, steered the ferry home through the storm.',
  );
  const bare = r.stories.flatMap((s) => s.entities).find((e) => e.type === 'person' && e.name === 'Anja');
  assert.ok(bare, 'the bare first name stays its own entity');
});
