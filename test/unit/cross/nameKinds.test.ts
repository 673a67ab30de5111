// Names of different kinds and different people across sources: a bare surname, a monarch's given name,
// a place or a club, a derived word, an initial between two first names. Each is a look-alike of a
// spelling variant that must stay silent, next to the real variant that must still be found. Invented
// sentences about invented people and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { rolesConflict } from '../../../server/src/analysis/cross/roleCompare';
import { sameOtherName } from '../../../server/src/analysis/cross/resolve';
import type { Finding } from '../../../server/src/analysis/cross/types';
import { article, of } from './util';

const NAMES = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];

function findings(check: string, ...texts: string[]): Finding[] {
  return of(analyzeCorpus(texts.map((t, i) => article(NAMES[i]!, t)), { storyThreshold: 0 }).findings, check);
}

const messages = (fs: Finding[]): string => fs.map((f) => f.message).join('\n');

test('a king called by his given name is not a president who has it as a surname', () => {
  const fs = findings(
    'role-conflict',
    'President Omar Khalef met envoys in Darsa on Monday. Khalef said the border would reopen.',
    'President Omar Khalef said on Monday the border would reopen, after King Khalef of the neighbouring kingdom called for calm.',
    'Omar Khalef, the president, told envoys in Darsa on Monday that the border would reopen.',
  );
  assert.deepEqual(fs, [], messages(fs));
});

test('a prince called by his given name is not a cricketer with a look-alike surname', () => {
  const fs = findings(
    'name-variant',
    'Selectors left out Jaco Klaus and Piet Marais for the first test against the visitors on Thursday.',
    'Jaco Klaus will miss the first test on Thursday with a knee injury, selectors said.',
    'Queen Ilse and her husband Prince Claus will watch the first test from the royal box on Thursday, the palace said.',
  );
  assert.deepEqual(fs, [], messages(fs));
});

test('a bare surname spelled differently and given a title is not an undescribed person of that name', () => {
  const fs = findings(
    'name-variant',
    'Jack Terri, trainer of the favourite, said the going was soft at Dunmore on Thursday.',
    'Parliament Speaker Terry said on Thursday the assembly would meet next week at Dunmore.',
    'Speaker Terry told the assembly at Dunmore on Thursday that the vote would wait.',
  );
  assert.deepEqual(fs, [], messages(fs));
});

test('a bare surname in a scorers list one letter off the full name is still the same player', () => {
  const fs = findings(
    'name-variant',
    'Vallmark drew 2-2 with Ostervik on Friday, thanks to a late penalty from Tomas Halvorsik in front of 18,000.',
    'Vallmark 2 (Berg 15th, Halvarsik 67th penalty) Ostervik 2 (Lund 11th, Moe 38th). Attendance 18,000.',
    'Tomas Halvorsik scored a late penalty as Vallmark drew 2-2 with Ostervik on Friday.',
  );
  assert.equal(fs.length, 1, messages(fs));
  assert.equal(fs[0]!.location.article, 'mem:/b.txt');
  assert.match(fs[0]!.message, /Halvarsik/);
});

test('two players whose bare surnames share only a skeleton of consonants are two people', () => {
  const fs = findings(
    'name-variant',
    'Dortmund 3 (Riedel 8th, Heinrik 29th) Freiburg 1 (Dechant 51st). Attendance 40,000.',
    'Cannes 0 Monaco 2 (Henry 26th, 71st). Attendance 7,000.',
    'Monaco striker Thierry Henry scored twice in the 2-0 win at Cannes.',
  );
  assert.deepEqual(fs, [], messages(fs));
});

test('a country is no spelling of a player whose surname shares its consonants', () => {
  const fs = findings(
    'name-variant',
    'Scorers: Petr Ganda (1st and 26th), Lumir Mistr (19th) in the 8-0 win over Glenmore.',
    'Daniel Nestor (Canada) beat Tomas Muster (Austria) 6-3 7-5 in the second round.',
    'Nestor of Canada beat Muster 6-3 7-5 on Wednesday, a day after Ganda scored twice.',
  );
  assert.deepEqual(fs, [], messages(fs));
});

test('a country and its adjective are two words, not two spellings', () => {
  assert.equal(sameOtherName('south korea', 'south korean'), false);
  assert.equal(sameOtherName('kenya', 'kenyan'), false);
  assert.equal(sameOtherName('hollinford', 'hollingford'), true, 'one long place name one letter off is a misspelling');
  assert.equal(sameOtherName('indonesias', 'indonesian'), false, 'a letter changed at the end makes another word');
  assert.equal(sameOtherName('dessel', 'dessal'), false, 'a short one-word name one letter off may be another place');
});

test('a town spelled one letter off in one source is a name-variant on that source only', () => {
  const fs = findings(
    'name-variant',
    'Floods cut off Hollinford on Tuesday, and 200 homes in Hollinford were evacuated, the council said.',
    'The river burst its banks at Hollinford on Tuesday; about 200 homes in Hollinford were evacuated.',
    'Floodwater swamped Hollingford on Tuesday and some 200 homes in Hollingford were cleared, the council said.',
  );
  assert.equal(fs.length, 1, messages(fs));
  assert.equal(fs[0]!.location.article, 'mem:/c.txt');
  assert.match(fs[0]!.message, /Hollingford/);
});

test('an initial between two first names does not make them one spelling: Mike and Michael', () => {
  const fs = findings(
    'name-variant',
    'Squad: Michael Arkwright (captain), Alec Stone, Nick Knell, Graham Thorne.',
    'Teams: Mike Arkwright (captain), Nick Knell, Alec Stone, Graham Thorne.',
    'Scorecard: M. Arkwright c Stone b Knell 14, N. Knell not out 40.',
  );
  assert.deepEqual(fs.filter((f) => /Mike|Michael/.test(f.message)), [], messages(fs));
});

test('a first name with a letter doubled in one source is a spelling of it: Glenn / Glen', () => {
  const fs = findings(
    'name-variant',
    'England coach Glenn Hadley named his squad on Monday for the qualifier in Tbilisi.',
    'Coach Glenn Hadley picked three new players for the qualifier in Tbilisi on Monday.',
    'Glen Hadley, the England coach, named a squad of 22 for the qualifier in Tbilisi on Monday.',
  );
  assert.equal(fs.length, 1, messages(fs));
  assert.equal(fs[0]!.location.article, 'mem:/c.txt');
});

test('a premier is a prime minister: no role conflict between the two words for one office', () => {
  assert.equal(rolesConflict('french premier', 'prime minister'), null);
  assert.notEqual(rolesConflict('premier', 'president'), null);
});

test('a romanised given name with a hyphen is one name word, and the hyphen is house style', () => {
  const texts = [
    'North Korean leader Kim Jong-un visited the Tokvang steel plant on Tuesday. Kim praised the workers.',
    'North Korea\'s leader Kim Jong Un toured the Tokvang steel plant on Tuesday, the news agency said.',
    'Kim Jong-un inspected the Tokvang steel works on Tuesday with his sister Kim Yo-jong.',
  ];
  const result = analyzeCorpus(texts.map((t, i) => article(NAMES[i]!, t)), { storyThreshold: 0 });
  const names = result.stories.flatMap((s) => s.entities).filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(names.includes('Kim Jong-un'), names.join(', '));
  assert.ok(names.includes('Kim Yo-jong'), names.join(', '));
  assert.deepEqual(of(result.findings, 'name-variant'), [], messages(of(result.findings, 'name-variant')));
});

test('a describing word opening the sentence is no part of the name: "Billionaire Harald Vinter"', () => {
  const texts = [
    'Billionaire Harald Vinter agreed on Tuesday to buy the Osterby shipyard for 40 million euros.',
    'Shipping investor Harald Vinter has agreed to buy the Osterby shipyard for 40 million euros.',
    'Harald Vinther will buy the Osterby shipyard for 40 million euros, the yard said on Tuesday.',
  ];
  const result = analyzeCorpus(texts.map((t, i) => article(NAMES[i]!, t)), { storyThreshold: 0 });
  const fs = of(result.findings, 'name-variant');
  assert.equal(fs.length, 1, messages(fs));
  assert.equal(fs[0]!.location.article, 'mem:/c.txt', 'the odd spelling, not the describing word, is the finding');
  assert.doesNotMatch(fs[0]!.message, /Billionaire/);
});

test('police ranks exclude each other: a detective chief inspector is not a detective inspector', () => {
  assert.notEqual(rolesConflict('detective chief inspector', 'detective inspector'), null);
  assert.notEqual(rolesConflict('chief superintendent', 'superintendent'), null);
  assert.equal(rolesConflict('detective chief inspector', 'chief inspector'), null, 'the branch word is no rank');
  const fs = findings(
    'role-conflict',
    'Detective Chief Inspector Anna Moberg, who leads the inquiry, said two men were held on Monday.',
    'Two men were held on Monday, Detective Chief Inspector Anna Moberg told reporters.',
    'Detective Inspector Anna Moberg said on Monday that two men were in custody.',
  );
  assert.equal(fs.length, 1, messages(fs));
  assert.equal(fs[0]!.location.article, 'mem:/c.txt');
});
