// Counts that say all of what they measure (cross/personAge.ts, cross/voteTally.ts, cross/occurrences.ts,
// cross/provisionalNote.ts): a person's age is a fact of that person, the parts of a vote's tally are
// distinct things, a count of occasions counts how often its act happened, and a count the next sentence
// calls provisional may be updated. Each mechanism has wordings that must be compared and a look-alike
// that must stay apart. Invented articles about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, identityOf, messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('figure-conflict', ...texts);
const updates = (...texts: string[]): string[] => messagesOf('figure-update', ...texts);

test('a person\'s age is that person\'s: "Name, 47," "Mr Name, 44," "aged 47", "47-year-old Name" are compared', () => {
  const lead = 'The climber Petra Lindvall was rescued from the Skarn glacier on Saturday after two nights on the ice.';
  // Apposition after the full name and after a title and surname.
  assert.equal(conflicts(`${lead} Lindvall, 47, was flown to hospital in Brenn.`, `${lead} Rescuers said Ms Lindvall, 44, was in a stable condition.`).length, 2);
  // "aged", and a "N-year-old" description before the name or after it.
  assert.equal(conflicts(`${lead} Petra Lindvall, aged 47, spoke to reporters.`, `${lead} The 44-year-old Petra Lindvall spoke to reporters.`).length, 2);
  assert.equal(conflicts(`${lead} Lindvall, a 47-year-old teacher, had climbed alone.`, `${lead} A 44-year-old teacher, Petra Lindvall, had climbed alone.`).length, 2);
  // The same age however written agrees.
  assert.deepEqual(conflicts(`${lead} Lindvall, 47, was flown to hospital.`, `${lead} The 47-year-old Petra Lindvall was flown to hospital.`), []);
  const id = identityOf(`${lead} Lindvall, 47, was flown to hospital.`, '47');
  assert.equal(id.thingText, 'age of Petra Lindvall');
});

test('ages of two people, or of no one, stay apart: a daughter of the same surname, a seeding in brackets, a count after a name', () => {
  const lead = 'The climber Petra Lindvall was rescued from the Skarn glacier on Saturday after two nights on the ice.';
  // Her daughter shares the surname: another person, another age.
  assert.deepEqual(conflicts(`${lead} Petra Lindvall, 47, was flown to hospital.`, `${lead} Her daughter, Anna Lindvall, 19, waited at the hut.`), []);
  // A number in brackets after a name is a seeding or a tally in sports reports, no age.
  assert.equal(identityOf('Second seed Marta Oksen (8) beat Lina Hovde in the first round.', '8').thing === 'age of person', false);
  // A count after a comma that does not close an apposition is no age.
  assert.notEqual(identityOf('Petra Lindvall, 47 climbers and six guides were on the glacier that day.', '47').thing, 'age of person');
});

test('the parts of a vote\'s tally are distinct things: votes for, against and abstentions, however written', () => {
  const lead = 'The Vessland parliament approved the water reform bill on Thursday after a long debate.';
  // "by N votes to M", "N in favour and M against", "N deputies voted in favour": the votes for.
  assert.equal(conflicts(`${lead} Deputies passed it by 212 votes to 140.`, `${lead} In all, 221 deputies voted in favour and 140 against.`).length, 2);
  // The second number of "by N votes to M" and "M against": the votes against.
  assert.equal(conflicts(`${lead} The bill passed by 212 votes to 140.`, `${lead} There were 212 votes in favour and 104 against.`).length, 2);
  // A majority is no part of the tally.
  assert.equal(identityOf(`${lead} It passed by a majority of 72 votes.`, '72').event?.startsWith('vote '), false);
  // "with N abstentions", "N deputies abstained".
  assert.equal(conflicts(`${lead} It passed by 212 votes to 140, with 15 abstentions.`, `${lead} Eleven deputies abstained.`).length, 2);
  // The same tally agrees part by part: no votes for are compared with votes against.
  assert.deepEqual(conflicts(`${lead} Deputies passed it by 212 votes to 140.`, `${lead} Some 212 deputies voted in favour and 140 against.`, `${lead} It passed 212 votes to 140.`), []);
});

test('a tally\'s parts are not other votes: an earlier motion\'s voters, another round\'s abstentions', () => {
  const lead = 'The Vessland parliament approved the water reform bill on Thursday after a long debate.';
  // Another vote's count of deputies is no part of the bill's tally.
  assert.deepEqual(conflicts(`${lead} In all, 212 deputies voted in favour and 140 against.`, `${lead} The government survived a confidence motion in May, when 168 deputies voted to bring it down.`), []);
  // After several rounds, a sentence that names none is not compared with a named round.
  assert.deepEqual(
    conflicts(
      'The Vessland assembly again failed to elect a speaker. In the first round Orn won 40 votes. In the second round he won 44. Officials said 98 deputies took part, with 9 abstentions.',
      'The Vessland assembly failed to elect a speaker. Officials said 98 deputies voted in the second round, with 12 abstentions.',
    ),
    [],
  );
  // Two sources on the same round are compared.
  assert.equal(
    conflicts(
      'The Vessland assembly failed to elect a speaker. Officials said 98 deputies voted in the second round, with 9 abstentions.',
      'The Vessland assembly failed to elect a speaker. Officials said 98 deputies voted in the second round, with 12 abstentions.',
    ).length,
    2,
  );
});

test('a count the next sentence calls provisional is updated by a later one, not contradicted', () => {
  const lead = 'The Vessland parliament approved the water reform bill on Thursday after a long debate.';
  const early = `${lead} In a vote a few minutes ago, 211 deputies voted in favour and 140 against. The figures are provisional until the official record is published.`;
  assert.equal(updates(early, `${lead} It passed by 212 votes to 140, according to the official record.`).length, 1);
  assert.deepEqual(conflicts(early, `${lead} It passed by 212 votes to 140, according to the official record.`), []);
  // Without the note the same two counts are a disagreement.
  assert.equal(conflicts(`${lead} In all, 211 deputies voted in favour and 140 against.`, `${lead} It passed by 212 votes to 140.`).length, 2);
});

test('a value the board "initially showed" is an earlier value, not another source\'s count', () => {
  const lead = 'The Vessland parliament approved the water reform bill on Thursday after a long debate.';
  assert.deepEqual(
    conflicts(`${lead} The screen initially showed 211 in favour before the clerk corrected it. It passed by 212 votes to 140.`, `${lead} Deputies passed it by 212 votes to 140.`, `${lead} In all, 212 deputies voted in favour.`),
    [],
  );
});

test('a count of occasions counts how often its act happened: "moved nine times" against "moved five times"', () => {
  const lead = 'Two aid workers held by the Dravo militia for five months were freed on Monday.';
  assert.equal(conflicts(`${lead} They had been moved at least nine times, sleeping in caves.`, `${lead} The captives were moved five times, officials said.`).length, 2);
  assert.equal(conflicts(`${lead} The convoy was stopped four times on the road to Arvik.`, `${lead} Militiamen stopped the convoy seven times on its way to Arvik.`).length, 2);
  assert.equal(identityOf(`${lead} The envoy has visited the camp six times since March.`, 'six').thing, 'occurrence');
  // Another act counted in times, and a multiple or a rate, stay apart.
  assert.deepEqual(conflicts(`${lead} They had been moved nine times.`, `${lead} Their families were visited five times by officials.`), []);
  assert.notEqual(identityOf(`${lead} The ransom was three times the sum first demanded.`, 'three').thing, 'occurrence');
  assert.notEqual(identityOf(`${lead} Guards checked on them four times a day.`, 'four').thing, 'occurrence');
});

test('"walked free", "were set free" and "freed" are one act on the freed', () => {
  const lead = 'The Dravo militia released two aid workers on Monday under a deal with the government.';
  assert.equal(conflicts(`${lead} The government freed 14 prisoners as part of the deal.`, `${lead} A dozen prisoners walked free from Arvik jail the same day.`).length, 2);
  assert.equal(conflicts(`${lead} The government freed 14 prisoners as part of the deal.`, `${lead} Eleven prisoners were set free from Arvik jail the same day.`).length, 2);
  // Prisoners freed are not prisoners demanded.
  assert.deepEqual(conflicts(`${lead} The government freed 14 prisoners as part of the deal.`, `${lead} The militia had demanded the release of 200 prisoners.`), []);
});

test('a place opening the sentence keeps its count apart: "Across the border in Orsk, two people died"', () => {
  const lead = 'Floods in the Marn valley have killed 23 people, officials said on Monday.';
  // Another place's dead are a part, not another toll of the story's dead.
  assert.deepEqual(conflicts(`${lead} Across the border in Orsk, two people died when a bus was swept away.`, `${lead} Rescuers said the floods had killed 23 people.`, `${lead} The floods killed 23 people.`), []);
  assert.deepEqual(updates(`${lead} Elsewhere in Orsk, four people were killed by a landslide.`, `Floods in the Marn valley killed 23 people, officials said on Tuesday.`), []);
  assert.equal(identityOf('In the town of Orsk, 40 homes were flooded on Monday.', '40').region, 'orsk');
  // Two counts of the same place are still compared.
  assert.equal(conflicts(`${lead} In Orsk, two people died when a bus was swept away.`, `${lead} In Orsk, five people died when a bus was swept away.`).length, 2);
});

test('a reporting verb passes on its act: "known to have died", "believed to be trapped" count the dead and the trapped', () => {
  const lead = 'A storm hit the Marn valley on Sunday, flooding the town of Orsk.';
  // What is known is known so far: a later count updates it.
  assert.equal(updates(`${lead} Seventeen people are now known to have died in the floods.`, `${lead} Officials said 21 people died in the floods.`).length, 1);
  assert.equal(identityOf(`${lead} About 40 miners were believed to be trapped underground.`, 'About 40').event, 'trap');
  assert.equal(identityOf(`${lead} Twelve people were reported killed in Orsk.`, 'Twelve').event, 'kill');
  // The reporting verb with another act keeps that act: the missing are not the dead.
  assert.deepEqual(conflicts(`${lead} Seventeen people are known to be missing in the floods.`, `${lead} Officials said 21 people died in the floods.`), []);
});

test('a number word in capitals is a tabloid\'s number, not a name: "where FIVE bridges were destroyed"', () => {
  const lead = 'A storm hit the Marn valley on Sunday, flooding the town of Orsk.';
  assert.equal(conflicts(`${lead} In Orsk, where FIVE bridges were destroyed, rescuers worked through the night.`, `${lead} Three bridges were destroyed in Orsk, officials said.`).length, 2);
  assert.equal(conflicts(`${lead} Officials said TWELVE homes were destroyed in Orsk.`, `${lead} Officials said 15 homes were destroyed in Orsk.`).length, 2);
  const a = article('x.txt', `${lead} Officials said EIGHT people were rescued.`);
  assert.deepEqual(a.analysis.entities.map((e) => e.name).filter((n) => /EIGHT/.test(n)), []);
  // Capitals that name something stay a name: "the BIG THREE" is no count.
  assert.deepEqual(article('y.txt', 'Leaders of the BIG THREE met in Orsk on Sunday.').analysis.figures.filter((f) => f.kind === 'count').map((f) => f.text), []);
});
