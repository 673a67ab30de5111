// Precision on wire copy (cross/rollingParts.ts, cross/armedSides.ts, roleCompare.ts fieldConflict,
// alignQuotes.ts contentReworded, roles.ts courtesy titles before a name). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { rolesConflict } from '../../../server/src/analysis/cross/roleCompare';
import { rewordedAlike } from '../../../server/src/analysis/cross/alignQuotes';
import { words } from '../../../server/src/analysis/cross/text';
import { messagesOf } from './util';

const updates = (...texts: string[]): string[] => messagesOf('figure-update', ...texts);
const conflicts = (...texts: string[]): string[] => messagesOf('figure-conflict', ...texts);

// --- A part of a running toll moves with it -------------------------------------------------------

test('a part of a rising toll ("died later in hospital") is an update with the toll, not a conflict', () => {
  const a = 'ORVIK, May 4 - At least 12 miners were killed when a gas explosion ripped through a coal pit near Orvik on Friday, officials said.\n\nThree died later in hospital.';
  const b = 'ORVIK, May 4 - At least 15 miners were killed when a gas explosion ripped through a coal pit near Orvik on Friday, officials said.\n\nSix died later in hospital.';
  assert.deepEqual(conflicts(a, b), []);
  assert.ok(updates(a, b).length >= 1);
});

test('the later-dead part of a bus crash toll rises with it in two wire takes', () => {
  const a = 'TARSK, Oct 2 - A bus plunged into a gorge near Tarsk on Sunday, killing at least 20 passengers, police said.\n\nFour others died later in hospital, they said.';
  const b = 'TARSK, Oct 2 - At least 27 passengers were killed when a bus plunged into a gorge near Tarsk on Sunday, police said.\n\nNine others died later in hospital, they said.';
  assert.deepEqual(conflicts(a, b), []);
});

test('a fire\'s toll in a newspaper and a wire, its hospital deaths moving the same way', () => {
  const a = 'A fire swept through a textile workshop in Brenna on Tuesday, killing at least 8 workers, police said. Two of the victims died later in hospital.';
  const b = 'At least 11 workers were killed in Tuesday\'s fire at a Brenna textile workshop, police said on Wednesday. Five of the victims died later in hospital.';
  assert.deepEqual(conflicts(a, b), []);
});

test('look-alike: a part that moved against its toll is still a conflict', () => {
  const a = 'ORVIK, May 4 - At least 12 miners were killed when a gas explosion ripped through a coal pit near Orvik on Friday, officials said.\n\nSix died later in hospital.';
  const b = 'ORVIK, May 4 - At least 15 miners were killed when a gas explosion ripped through a coal pit near Orvik on Friday, officials said.\n\nThree died later in hospital.';
  assert.ok(conflicts(a, b).some((m) => /Six|Three/.test(m)), conflicts(a, b).join('\n'));
});

// --- Opposite sides of armed violence --------------------------------------------------------------

test('the people rebels killed and the people troops killed are two counts', () => {
  const a = 'HALM, July 7 - Rebels killed four people in attacks on villages in Halm province, the governor said on Friday.';
  const b = 'HALM, July 8 - Troops killed 11 people in raids on villages in Halm province, the governor said on Saturday.';
  assert.deepEqual(conflicts(a, b), []);
  assert.deepEqual(updates(a, b), []);
});

test('gunmen\'s victims against the gunmen the police shot are two counts', () => {
  const a = 'TOLVA, May 2 - Gunmen killed four people in an attack on a market in Tolva province, the governor said on Saturday.';
  const b = 'TOLVA, May 3 - Police killed seven more gunmen in Tolva province, the governor said on Sunday.';
  assert.deepEqual(conflicts(a, b), []);
  assert.deepEqual(updates(a, b), []);
});

test('insurgents\' dead and the soldiers\' dead are two counts', () => {
  const a = 'DORRA, Feb 2 - Insurgents killed six people in the north of Dorra region, the interior ministry said on Monday.';
  const b = 'DORRA, Feb 3 - Soldiers killed 13 people in the north of Dorra region, the interior ministry said on Tuesday.';
  assert.deepEqual(conflicts(a, b), []);
  assert.deepEqual(updates(a, b), []);
});

test('look-alike: rebels and guerrillas are one side: their kill counts still conflict', () => {
  const a = 'KARSEN, June 3 - Guerrillas killed two people in the east of Karsen province, officials said on Tuesday.';
  const b = 'KARSEN, June 4 - Rebels killed five people in the east of Karsen province, officials said on Wednesday.';
  assert.ok(conflicts(a, b).length + updates(a, b).length >= 1, 'the same side\'s toll differs');
});

// --- Offices that lead different fields ------------------------------------------------------------

test('a head of a hospital department is not a region\'s chief medical officer', () => {
  assert.ok(rolesConflict('head of cardiology at the city hospital', "the region's chief medical officer"));
  assert.ok(rolesConflict('communications director', 'head of security'));
  assert.ok(rolesConflict('head of research', 'chief scientific officer'));
  assert.ok(rolesConflict('fire chief', 'director of public health'));
});

test('look-alike: leading offices of one field are one office, however worded', () => {
  assert.equal(rolesConflict('police chief', 'head of the police'), null);
  assert.equal(rolesConflict('fire chief', 'chief fire officer'), null);
  assert.equal(rolesConflict('head of the agency', 'agency chief'), null);
  assert.equal(rolesConflict('chief financial officer', 'head of finance'), null);
  assert.equal(rolesConflict('deputy head of surgery', 'chief medical officer'), null);
  assert.equal(rolesConflict('former head of surgery', 'chief medical officer'), null);
});

test('the role-conflict check sets a department head against a chief medical officer', () => {
  const msgs = messagesOf(
    'role-conflict',
    'Dr Mira Tollan, head of paediatrics at Vesk General Hospital, said the wards were full.',
    "The county's chief medical officer, Dr Mira Tollan, said the wards were full.",
  );
  assert.ok(msgs.length >= 1, msgs.join('\n'));
});

// --- A courtesy title between an appositive and its name -------------------------------------------

function rolesOf(text: string, name: string): string[] {
  const a = analyzeArticle(text);
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no ${name}`);
  return e.roles.map((r) => r.text);
}

test('an appositive before "Dr", "Ms" or "Prof" and a name is the person\'s role', () => {
  assert.ok(rolesOf("The city's chief prosecutor, Dr Lena Vassel, said the inquest would open on Monday.", 'Lena Vassel').some((r) => /chief prosecutor/.test(r)));
  assert.ok(rolesOf('The head of cardiology, Prof. Emil Dahlgren, told reporters the unit was full.', 'Emil Dahlgren').some((r) => /head of cardiology/.test(r)));
  assert.ok(rolesOf('Among those at the meeting was the school\'s head teacher, Mrs Agna Holt, who said little.', 'Agna Holt').some((r) => /head teacher/.test(r)));
  assert.ok(rolesOf("The union's general secretary, Ms Agna Holt, said the strike would go ahead.", 'Agna Holt').some((r) => /general secretary/.test(r)));
});

test('look-alike: a phrase that is no role before a titled name gives no role', () => {
  assert.deepEqual(rolesOf('In the afternoon, Dr Lena Vassel said the inquest would open on Monday.', 'Lena Vassel'), []);
});

// --- A line reworded, its content words kept --------------------------------------------------------

test('a line with its content words kept and one swapped is a rewording of it', () => {
  const w = (s: string): string[] => words(s);
  assert.ok(rewordedAlike(w('They are cutting our pensions to fill a hole in the budget'), w('They are slashing our pensions so that the budget hole is filled')));
  assert.ok(rewordedAlike(w('The river rose faster than any model predicted'), w('No model predicted how fast the river would rise')) === false);
  assert.ok(rewordedAlike(w('We rebuilt the school roof before winter arrived'), w('Before winter came we had rebuilt the roof of the school')));
  assert.ok(rewordedAlike(w('Our teachers deserve fair pay for their long hours'), w('For their long hours, teachers deserve decent pay')));
});

test('look-alike: a denial or a different line of one speaker is no rewording', () => {
  const w = (s: string): string[] => words(s);
  assert.equal(rewordedAlike(w('They want to close our clinics and sell the land'), w('They will never close our clinics or sell the land')), false);
  assert.equal(rewordedAlike(w('We will rebuild the bridge by spring'), w('We will not rebuild the old bridge')), false);
  assert.equal(rewordedAlike(w('Count the clinics, not the marchers'), w('Whoever threw stones did not march for our clinics')), false);
});

// --- An act the report says is under way: its count so far ----------------------------------------

test('a count of an act the report says began ("started to release") is updated by a higher one that day', () => {
  const a = 'VARNE, April 9 - Gunmen holding a ferry in Varne harbour released 35 passengers on Thursday, police said.\n\nThe gunmen started to release passengers in groups of five in the morning.';
  const b = 'VARNE, April 9 - Gunmen holding a ferry in Varne harbour released 90 passengers on Thursday, police said.';
  assert.deepEqual(conflicts(a, b), []);
  assert.ok(updates(a, b).length >= 1);
});

test('"began evacuating" makes the evacuated so far an earlier count', () => {
  const a = 'LUSK, Nov 3 - Firefighters evacuated 400 residents from the hills above Lusk on Friday as the blaze spread. Police began evacuating a second district at noon.';
  const b = 'LUSK, Nov 3 - Firefighters evacuated 1,100 residents from the hills above Lusk on Friday as the blaze spread.';
  assert.deepEqual(conflicts(a, b), []);
});

test('"continued to free" makes the freed so far an earlier count', () => {
  const a = 'The rebels freed 12 aid workers in Osra on Monday, the Red Cross said. They continued to free captives through the afternoon.';
  const b = 'The rebels freed 31 aid workers in Osra on Monday, the Red Cross said.';
  assert.deepEqual(conflicts(a, b), []);
});

test('look-alike: without a word that the act is under way, the two counts of one day conflict', () => {
  const a = 'VARNE, April 9 - Gunmen holding a ferry in Varne harbour released 35 passengers on Thursday, police said.';
  const b = 'VARNE, April 9 - Gunmen holding a ferry in Varne harbour released 90 passengers on Thursday, police said.';
  assert.ok(conflicts(a, b).length >= 1, 'a conflict');
});
