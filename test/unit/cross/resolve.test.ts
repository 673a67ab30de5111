// One person, many spellings: transliterations of a name across sources resolve to one person and the
// name-variant check reports them; different people who share or nearly share a name stay apart.
// All names and events are invented, except well-known transliterated names used as spelling examples.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { foldWord, resolveEntities, transliterationKey } from '../../../server/src/analysis/cross/resolve';
import type { CrossEntity } from '../../../server/src/analysis/cross/types';
import { article } from './util';

const story = (who: string) => `Border talks end in Vardo\n${who} met the envoys in Vardo on Monday and left before the vote on the border.`;

function peopleNamed(ents: CrossEntity[], surname: RegExp): CrossEntity[] {
  return ents.filter((e) => e.type === 'person' && e.spellings.some((s) => surname.test(s.text)));
}

test('transliterations fold by letter correspondences, not by a list of names', () => {
  const key = (w: string) => transliterationKey(foldWord(w), 5);
  for (const group of [
    ['Gaddafi', 'Gadhafi', 'Kadhafi', 'Qaddafi'],
    ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Selenskyj'],
    ['Volodymyr', 'Vladimir', 'Wolodymyr'],
    ['Khodorkovsky', 'Hodorkovsky'],
    ['Mohammed', 'Muhammad', 'Mohamed'],
    // Invented names follow the same rules.
    ['Abdelqadir', 'Abdelkader', 'Abdel-Kadir'],
    ['Tarkhanov', 'Tarchanow'],
  ]) {
    assert.equal(new Set(group.map(key)).size, 1, group.join(' / '));
  }
  assert.notEqual(key('Alexander'), key('Alexandra'), 'a final vowel tells two names apart');
  for (const short of ['Lee', 'Li', 'Wang', 'Wong', 'Kim']) assert.equal(key(short), null, `${short} is too short to compare loosely`);
});

test('Gaddafi, Gadhafi, Kadhafi and Qaddafi in four sources are one person, and the name-variant check says so', () => {
  const arts = [
    article('a.txt', story('Colonel Muammar Gaddafi')),
    article('b.txt', story('Colonel Moammar Gadhafi')),
    article('c.txt', story('Colonel Kadhafi')),
    article('d.txt', story('Colonel Muammar Qaddafi')),
  ];
  const people = peopleNamed(resolveEntities(arts), /^(?:Muammar |Moammar )?(?:Gaddafi|Gadhafi|Kadhafi|Qaddafi)$/);
  assert.equal(people.length, 1, people.map((p) => p.name).join(', '));
  assert.equal(new Set(people[0]!.members.map((m) => m.article)).size, 4);
  const variants = analyzeCorpus(arts).findings.filter((f) => f.check === 'name-variant');
  assert.ok(variants.some((f) => /Kadhafi/.test(f.message) && /Gaddafi/.test(f.message)), variants.map((f) => f.message).join('\n'));
});

test('"Vladimir Zelensky" and "Volodymyr Zelenskyy" are one person reported as a variant', () => {
  const arts = [
    article('a.txt', story('President Volodymyr Zelenskyy')),
    article('b.txt', story('President Volodymyr Zelenskyy')),
    article('c.txt', story('President Vladimir Zelensky')),
  ];
  const people = peopleNamed(resolveEntities(arts), /Zelensk/);
  assert.equal(people.length, 1);
  assert.equal(people[0]!.name, 'Volodymyr Zelenskyy');
  const inC = analyzeCorpus(arts).findings.filter((f) => f.check === 'name-variant' && f.location.article === 'mem:/c.txt');
  // Both words spelled another way: one finding for the name.
  assert.equal(inC.length, 1, inC.map((f) => f.message).join('\n'));
  assert.match(inC[0]!.message, /spelled “Vladimir Zelensky” here, but most sources \(2 of 3\) spell it “Volodymyr Zelenskyy”/);
});

test('one survivor, four spellings: transliterated and joined given names', () => {
  const arts = [
    article('a.txt', story('Survivor Vishwash Kumar Ramesh')),
    article('b.txt', story('Survivor Viswash Kumar Ramesh')),
    article('c.txt', story('Survivor Vishwashkumar Ramesh')),
    article('d.txt', story('Survivor Vishwash Ramesh')),
  ];
  const people = peopleNamed(resolveEntities(arts), /Ramesh/);
  assert.equal(people.length, 1, people.map((p) => p.name).join(', '));
  assert.equal(new Set(people[0]!.members.map((m) => m.article)).size, 4);
});

test('an initial fits any first name of its letter; two different first names are two people', () => {
  const arts = [
    article('a.txt', story('Harbour master Jonas Halloran')),
    article('b.txt', story('Harbour master J. Halloran')),
    article('c.txt', story('Councillor Marta Halloran')),
  ];
  const people = peopleNamed(resolveEntities(arts), /Halloran/);
  assert.equal(people.length, 2, people.map((p) => p.name).join(', '));
  const jonas = people.find((p) => p.name === 'Jonas Halloran');
  assert.ok(jonas);
  assert.deepEqual(jonas.members.map((m) => m.article).sort(), ['mem:/a.txt', 'mem:/b.txt']);
});

test('no merging of different people: short surnames, different first names, and spellings one article keeps apart', () => {
  // Wang and Wong, Lee and Li are different surnames, not spellings of one.
  const shorts = resolveEntities([article('a.txt', story('Mrs. Anna Wang')), article('b.txt', story('Mrs. Anna Wong')), article('c.txt', story('Mr. Daniel Lee')), article('d.txt', story('Mr. Daniel Li'))]);
  assert.equal(peopleNamed(shorts, /W[ao]ng$/).length, 2);
  assert.equal(peopleNamed(shorts, /L(?:ee|i)$/).length, 2);
  // Alexander and Alexandra Petrov are two people; Carl and Carol Brandt too.
  const firsts = resolveEntities([article('a.txt', story('Alexander Petrov')), article('b.txt', story('Alexandra Petrov')), article('c.txt', story('Carl Brandt')), article('d.txt', story('Carol Brandt'))]);
  assert.equal(peopleNamed(firsts, /Petrov/).length, 2);
  assert.equal(peopleNamed(firsts, /Brandt/).length, 2);
  // One source names Tarkhanov and Tarchanow as two people: the spellings are not merged anywhere.
  const apart = resolveEntities([
    article('a.txt', 'Border talks end in Vardo\nEnvoy Tarkhanov met Envoy Tarchanow in Vardo on Monday, and Tarkhanov said Tarchanow left before the vote.'),
    article('b.txt', story('Envoy Tarchanow')),
  ]);
  assert.equal(peopleNamed(apart, /Tar(?:kh|ch)anow?/).length, 2);
  // Without that source, the two spellings are one person.
  const together = resolveEntities([article('b.txt', story('Envoy Tarchanow')), article('c.txt', story('Envoy Tarkhanov'))]);
  assert.equal(peopleNamed(together, /Tar(?:kh|ch)anow?/).length, 1);
});

test('one letter apart: a surname misspelled is the same person when the full first name is the same; an initial or another first name is not', () => {
  const t = (n: string) => `Forest fire near Brask\nFire chief ${n} said the crews held the line near Brask on Monday.`;
  const same = resolveEntities([article('a.txt', t('Tomasz Wieczorek')), article('b.txt', t('Tomasz Wieczorik')), article('c.txt', t('Tomasz Wieczorek'))]);
  assert.equal(peopleNamed(same, /Wieczor[ei]k/).length, 1);
  const findings = analyzeCorpus([article('a.txt', t('Tomasz Wieczorek')), article('b.txt', t('Tomasz Wieczorik')), article('c.txt', t('Tomasz Wieczorek'))]).findings;
  assert.ok(findings.some((f) => f.check === 'name-variant' && f.location.article === 'mem:/b.txt' && /Wieczorik/.test(f.message)));
  // A doubled letter in a short surname (Annor / Anor); Wang and Wong stay apart (the test above).
  assert.equal(peopleNamed(resolveEntities([article('a.txt', t('Kwame Bossu')), article('b.txt', t('Kwame Bosu'))]), /Boss?u/).length, 1);
  const other = resolveEntities([article('a.txt', t('Tomasz Wieczorek')), article('b.txt', t('Halina Wieczorik'))]);
  assert.equal(peopleNamed(other, /Wieczor[ei]k/).length, 2, 'another first name: two people');
});

test('a spelling with accents or their letter pairs joins its person even when a namesake is spelled like the other', () => {
  const arts = [
    article('a.txt', 'Flood in Varn\nAgency spokesman Jürgen Kröger said the river rose overnight. Mayor Ilse Kröger ordered sandbags.'),
    article('b.txt', 'Flood in Varn\nAgency spokesman Juergen Kroeger said the river rose overnight in Varn.'),
  ];
  const people = peopleNamed(resolveEntities(arts), /Kr(?:ö|oe)ger/);
  assert.equal(people.length, 2, people.map((p) => p.name).join(', '));
  assert.ok(people.some((p) => p.members.length === 2 && p.spellings.some((s) => s.text.includes('Juergen'))));
});

test('-off and -ov are one ending (older romanisation); an organisation written with a hyphen or a letter dropped is one organisation', () => {
  assert.equal(transliterationKey(foldWord('Belanoff'), 5), transliterationKey(foldWord('Belanov'), 5));
  const t = (who: string, org: string) => `Pipeline talks stall\n${who} of ${org} said the fees were too low in talks in Ardvik on Monday.`;
  const fs = analyzeCorpus([
    article('a.txt', t('Director Kostya Belanov', 'the Veltrans Pipeline Company')),
    article('b.txt', t('Director Kostya Belanoff', 'the Vel-Trans Pipeline Company')),
    article('c.txt', t('Director Kostya Belanov', 'the Veltrans Pipeline Company')),
  ]).findings.filter((f) => f.check === 'name-variant');
  assert.ok(fs.some((f) => /“Belanoff”/.test(f.message)), fs.map((f) => f.message).join('\n'));
  assert.ok(fs.some((f) => /Vel-Trans/.test(f.message)), fs.map((f) => f.message).join('\n'));
  const misspelt = analyzeCorpus([
    article('a.txt', 'Forest fire near Brask\nThe Halmstrand Forestry Agency said the ban stood.'),
    article('b.txt', 'Forest fire near Brask\nThe Halmstrad Forestry Agency said the ban stood.'),
  ]).findings.filter((f) => f.check === 'name-variant');
  assert.equal(misspelt.length, 2, misspelt.map((f) => f.message).join('\n'));
  // A short and a full name are not two spellings.
  const short = analyzeCorpus([
    article('a.txt', 'Coalition row in Velgrad\nThe National Renewal Party said it would leave the coalition.'),
    article('b.txt', 'Coalition row in Velgrad\nThe Renewal Party said it would leave the coalition.'),
  ]).findings.filter((f) => f.check === 'name-variant');
  assert.deepEqual(short.map((f) => f.message), []);
});
