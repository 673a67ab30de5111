// Look-alike names and roles across sources: a variant is one entity spelled two ways, never two entities;
// a role conflict sits on the source whose role differs from the others. Invented sentences about invented
// people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { conflictingRoles, rolesConflict } from '../../../server/src/analysis/cross/roleCompare';
import type { Finding } from '../../../server/src/analysis/cross/types';
import { article, of } from './util';

const NAMES = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];

function findings(check: string, ...texts: string[]): Finding[] {
  return of(analyzeCorpus(texts.map((t, i) => article(NAMES[i]!, t)), { storyThreshold: 0 }).findings, check);
}

const where = (fs: Finding[]): string[] => fs.map((f) => f.location.article.replace('mem:/', '')).sort();

test('a role no source disputes does not make every source the majority: the finding sits on the odd source only', () => {
  const fs = findings(
    'role-conflict',
    'Finance Minister Pavel Orlov, the president\'s son-in-law, said on Monday the budget would be cut.',
    'Finance Minister Pavel Orlov said on Monday the budget would be cut by a tenth.',
    'Economy Minister Pavel Orlov said on Monday the budget would shrink.',
    'Pavel Orlov, the finance minister, told parliament on Monday that the budget would be cut.',
  );
  assert.deepEqual(where(fs), ['c.txt'], fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0]!.related.length, 3);
});

test('a hyphenated rank is a rank: "vice-president" of a federation is not its president', () => {
  const fs = findings(
    'role-conflict',
    'Karl Dorn, president of the Nordic Tennis Federation, presented the trophy on Sunday.',
    'Karl Dorn, vice-president of the Nordic Tennis Federation, presented the trophy on Sunday.',
    'The trophy was presented on Sunday by Karl Dorn, president of the Nordic Tennis Federation.',
  );
  assert.deepEqual(where(fs), ['b.txt'], fs.map((f) => f.message).join('\n'));
  assert.match(fs[0]!.message, /vice-president/);
});

test('a father and his son with two offices are two people: their roles are never compared', () => {
  const fs = findings(
    'role-conflict',
    'Karl Dorn, president of the federation, presented the trophy. His son Martin Dorn, the federation\'s vice-president, said prize money would rise.',
    'Federation president Karl Dorn handed over the trophy. Vice-president Martin Dorn said prize money would rise.',
    'Karl Dorn, the federation president, presented the trophy, and Martin Dorn, its vice-president, spoke later.',
  );
  assert.deepEqual(fs, []);
});

test('a spelling variant points at the full name in the body, not at a bare surname in the headline', () => {
  const texts = [
    'Kovač pair win doubles title\n\nLena Kovač and her sister Mira Kovač won the doubles title on Sunday in Vallmark.',
    'Kovac sisters win in Vallmark\n\nLena Kovac and her sister Mira Kovac won the doubles title on Sunday.',
    'Sisters triumph\n\nLena Kovac and Mira Kovac won the Vallmark doubles title on Sunday.',
  ];
  const fs = findings('name-variant', ...texts);
  assert.ok(fs.length > 0, 'the variant is found');
  for (const f of fs) {
    assert.equal(f.location.article, 'mem:/a.txt');
    assert.ok(f.location.span.start > texts[0]!.indexOf('\n'), `${f.message} points into the headline`);
    for (const r of f.related) {
      const text = texts[NAMES.indexOf(r.location.article.replace('mem:/', ''))]!;
      assert.ok(r.location.span.start > text.indexOf('\n'), `${r.message} points into a headline`);
    }
  }
});

test('full stops and apostrophes are house style, not spelling: "St. Anne\'s" / "St Anne\'s", "Workers\' Union" / "Workers Union"', () => {
  assert.deepEqual(
    findings(
      'name-variant',
      'Surgeon Samuel Okafor of St. Anne\'s Hospital was convicted on Tuesday. The Hospital Workers\' Union welcomed the verdict.',
      'Samuel Okafor, a surgeon at St Anne\'s Hospital, was convicted on Tuesday. The Hospital Workers Union said staff were relieved.',
      'A court convicted Samuel Okafor, who worked at St Anne\'s Hospital, on Tuesday. The Hospital Workers Union welcomed it.',
    ),
    [],
  );
});

test('a misspelling is still found next to a house-style difference: Okafor / Okafur', () => {
  const fs = findings(
    'name-variant',
    'Surgeon Samuel Okafor of St. Anne\'s Hospital was convicted on Tuesday.',
    'Samuel Okafur, a surgeon at St Anne\'s Hospital, was convicted on Tuesday.',
    'Surgeon Samuel Okafor, who worked at St Anne\'s Hospital, was convicted on Tuesday.',
  );
  assert.deepEqual(where(fs), ['b.txt'], fs.map((f) => f.message).join('\n'));
});

test('a ship named after someone does not hold the offices aboard it: "the captain of the Ingrid Halvard" is not a role of Ingrid Halvard', () => {
  assert.deepEqual(
    findings(
      'role-conflict',
      'Ferry captain charged\n\nJonas Brekke, the captain of the Ingrid Halvard, was charged on Monday over the capsize that killed 14 people.',
      'Engineer questioned over capsize\n\nOla Dahl, the chief engineer of the Ingrid Halvard, was questioned on Monday over the capsize that killed 14 people.',
      'Ferry crew questioned\n\nThe captain of the Ingrid Halvard, Jonas Brekke, was charged on Monday. The ferry capsized, killing 14 people.',
    ),
    [],
  );
});

test('a short surname one letter off is one person when the first name and the description agree: Dunn / Dunne', () => {
  const fs = findings(
    'name-variant',
    'The hospital\'s chief executive, Rachel Dunne, said on Wednesday the money had been recovered.',
    'Rachel Dunn, chief executive of the hospital, welcomed the verdict on Wednesday.',
    'Chief executive Rachel Dunne said on Wednesday that lessons had been learned.',
  );
  assert.deepEqual(where(fs), ['b.txt'], fs.map((f) => f.message).join('\n'));
});

test('a short surname one letter off with another description is someone else: the nurse Rachel Dunn is not the chief executive', () => {
  assert.deepEqual(
    findings(
      'name-variant',
      'The hospital\'s chief executive, Rachel Dunne, said on Wednesday the money had been recovered.',
      'Rachel Dunn, a nurse on the children\'s ward, said on Wednesday that staff had raised the alarm.',
      'Chief executive Rachel Dunne said on Wednesday that lessons had been learned.',
    ),
    [],
  );
});

test('offices of a company, a ship, a match and a ward that one person does not hold together', () => {
  assert.ok(rolesConflict("the company's finance director", "the company's managing director"));
  assert.ok(rolesConflict('first mate', 'captain of the ferry'));
  assert.ok(rolesConflict('chair umpire', 'tournament referee'));
  assert.ok(rolesConflict('senior nurse', 'surgeon'));
  // One office in two words, and a managing director who is also called the chief executive.
  assert.equal(rolesConflict('finance director', 'chief financial officer'), null);
  assert.equal(rolesConflict('first mate', 'first officer'), null);
  assert.equal(rolesConflict('managing director', 'chief executive'), null);
  assert.equal(rolesConflict('surgeon', 'doctor'), null);
});

test('the chair is not the chief executive, unless a source names the person as both', () => {
  assert.ok(rolesConflict('kestrel chairman', 'chief executive of kestrel holdings'));
  assert.equal(rolesConflict('chairman and chief executive', 'chairman'), null);
  assert.equal(rolesConflict('chairman and chief executive', 'chief executive of kestrel'), null);
  const at = (article: string, normalized: string) => ({ normalized, location: { article } });
  assert.deepEqual(conflictingRoles([at('a', 'chairman'), at('b', 'chief executive')]), [[0, 1]]);
  assert.deepEqual(conflictingRoles([at('a', 'chairman'), at('b', 'chief executive'), at('c', 'chairman and chief executive')]), []);
});

test('a first name that is another only by transliteration, with another description, is another person: Frances / Francis Keller', () => {
  assert.deepEqual(
    findings(
      'name-variant',
      'Judge Frances Keller said on Tuesday that the trial would resume on Friday.',
      "Francis Keller, the defendant's brother, said on Tuesday the family would appeal.",
      'Judge Frances Keller adjourned the trial on Tuesday until Friday.',
    ),
    [],
  );
  const same = findings(
    'name-variant',
    'Judge Frances Keller said on Tuesday that the trial would resume on Friday.',
    'Francis Keller, the judge, said on Tuesday the trial would resume on Friday.',
    'Judge Frances Keller adjourned the trial on Tuesday until Friday.',
  );
  assert.deepEqual(where(same), ['b.txt'], same.map((f) => f.message).join('\n'));
});
