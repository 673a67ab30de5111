// Three mechanisms of figure alignment (figures/frameWords.ts, cross/namedQuantity.ts, cross/alignFigures.ts):
// a perfect tense with an adverb inside ("had now been sealed") gives the participle as the figure's verb, a
// count restricted to one place or day ("in Marsby alone") is a part of the whole, and a round value given
// without a hedge agrees with a more precise one it rounds. Each has a look-alike that must stay apart.
// Invented articles about invented events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureIdentity } from '../../../server/src/analysis/cross/identity';
import { article, messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('figure-conflict', ...texts);

test('an adverb inside a perfect tense leaves the participle the verb: "had now been closed", "have already shut"', () => {
  const lead = 'Flooding along the Vessel river forced the county of Ardmoor to act on Tuesday.';
  // Three wordings of one count with the adverb between "have" and the participle, against one that differs.
  const found = conflicts(
    `${lead} The county said 46 schools had now been closed.`,
    `${lead} Some 46 schools have already been closed, the county said.`,
    `${lead} The county has also closed 64 schools, officials said.`,
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /64/);
  // "have now reopened" against "had now closed": two different acts stay apart.
  assert.deepEqual(conflicts(`${lead} The county said 46 schools had now been closed.`, `${lead} The county said 12 schools have now reopened.`), []);
});

test('a participle the tagger reads as an adjective after "has now" is still the verb: "the council has now closed 9 libraries"', () => {
  const lead = 'Budget cuts hit the libraries of Pellham, the city council said on Friday.';
  assert.equal(conflicts(`${lead} The council has now closed 9 libraries.`, `${lead} The council has closed 19 libraries.`).length, 2);
  // A plain "had" with a count after it is still the verb of having: a count of what the city had is no closure.
  assert.deepEqual(conflicts(`${lead} The council has now closed 9 libraries.`, `${lead} The city had 31 libraries last year.`), []);
});

test('a count restricted to one place or day with "alone" or "only" is a part: "in Marsby alone" is not another count of the whole', () => {
  const lead = 'Storm Hedda swept across the coast of Tallon overnight, the emergency services said.';
  assert.deepEqual(
    conflicts(
      `${lead} Firefighters pumped out 240 flooded cellars across the coast.`,
      `${lead} Firefighters pumped out 90 flooded cellars in Marsby alone.`,
      `${lead} In the old town only, firefighters pumped out 35 flooded cellars.`,
    ),
    [],
  );
  assert.deepEqual(conflicts(`${lead} Police closed 31 roads across the region.`, `${lead} Police closed 12 roads on Tuesday alone.`), []);
  // Two counts of the whole still disagree, and two of the one place too.
  assert.equal(conflicts(`${lead} Firefighters pumped out 240 flooded cellars.`, `${lead} Firefighters pumped out 420 flooded cellars.`).length, 2);
  assert.equal(conflicts(`${lead} Firefighters pumped out 90 flooded cellars in Marsby alone.`, `${lead} In Marsby alone firefighters pumped out 60 flooded cellars.`).length, 2);
});

test('a round value without a hedge agrees with a more precise one it rounds: 26,000 and 26,300 fans, 3 million and 3.04 million euros', () => {
  const lead = 'Dunmore Rovers beat Halsey Town 2-1 in the league decider at the Kell Stadium on Saturday.';
  assert.deepEqual(conflicts(`${lead} The club said 26,300 fans attended.`, `${lead} A crowd of 26,000 fans attended, the club said.`, `${lead} The club said 26,300 fans attended the match.`), []);
  const deal = 'The town of Brisk sold its old harbour office to a hotel group on Monday.';
  assert.deepEqual(conflicts(`${deal} The hotel group paid 3 million euros for the building.`, `${deal} The hotel group paid 3.04 million euros for the building.`), []);
  // Values a rounding cannot join still disagree: 80,000 and 85,000, 240 and 420 million, 18,000 and 18,600.
  assert.equal(conflicts(`${lead} The club said 80,000 fans attended.`, `${lead} The club said 85,000 fans attended.`).length, 2);
  assert.equal(conflicts(`${deal} The hotel group paid 240 million euros for the building.`, `${deal} The hotel group paid 420 million euros for the building.`).length, 2);
  assert.equal(conflicts(`${lead} The club said 18,000 fans attended.`, `${lead} The club said 18,600 fans attended.`).length, 2);
  // Small exact counts are not roundings: 240 against 243 people.
  assert.equal(conflicts(`${lead} Police said 240 people were arrested.`, `${lead} Police said 243 people were arrested.`).length, 2);
});

test('homes without a supply are one count whatever the verb: "cut electricity to", "lost power", "are without power"; restored supply and what is still cut are apart', () => {
  const lead = 'A heatwave overloaded the grid across the province of Vantor on Monday, the grid operator said.';
  // Three wordings of one count of homes without power, against a fourth that differs.
  const found = conflicts(
    `${lead} The failure cut electricity to 64,000 households in the afternoon.`,
    `${lead} Some 64,000 households lost power as substations tripped.`,
    `${lead} Around 64,000 households are without power, the operator said.`,
    `${lead} The operator said 46,000 households were left without electricity.`,
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /46,000/);
  // Power restored to some homes, and homes still without power, are other counts.
  assert.deepEqual(
    conflicts(
      `${lead} The failure cut electricity to 64,000 households in the afternoon.`,
      `${lead} Power is back for 21,000 households, the operator said.`,
      `${lead} Engineers have restored electricity to 21,000 households.`,
      `${lead} About 12,000 households were still without power on Tuesday.`,
    ),
    [],
  );
  // Two counts of homes with power back still disagree.
  assert.equal(conflicts(`${lead} Power is back for 21,000 households, the operator said.`, `${lead} Engineers have restored electricity to 30,000 households.`).length, 2);
  // A count in the same clause as a supply word but not its subject or object keeps its own identity.
  assert.equal(conflicts(`${lead} The heat killed 3 people and cut power to 64,000 households.`, `${lead} The heat killed 5 people, officials said.`).length, 2);
});

test('a count picked out of a group and described with a copula is a subgroup: "Twelve of the dead were pilgrims" is not another toll', () => {
  const lead = 'A bus plunged into a ravine near the town of Keslin on Sunday, the regional police said.';
  assert.deepEqual(
    conflicts(
      `${lead} The crash killed 31 people.`,
      `${lead} The crash killed 31 people. Twelve of the dead were pilgrims.`,
      `${lead} At least 31 people died. Nine of them were children, police said.`,
      `${lead} The crash killed 31 people. Seven of its victims were in the front seats.`,
    ),
    [],
  );
  // A passive after "of the" is an act of its own, still compared: six or eight of the passengers rescued.
  assert.equal(conflicts(`${lead} Six of the passengers were rescued by villagers.`, `${lead} Eight of the passengers were rescued by villagers.`).length, 2);
});

test('a reporting clause between a noun and its verb is a parenthesis: "a scheme the council says will cost 12 million euros" is the scheme\'s cost', () => {
  const actorOf = (body: string, figure: string): string | undefined => {
    const a = article('x.txt', body);
    return figureIdentity(a, a.analysis.figures.find((f) => f.text === figure)!).actor;
  };
  assert.equal(actorOf('Residents oppose the flood wall, a scheme the council says will cost 12 million euros.', '12 million euros'), 'scheme');
  assert.equal(actorOf('The new ferry, which the operator said would carry 600 passengers, was launched on Monday.', '600'), 'ferry');
  assert.equal(actorOf('The union the drivers said had 4,000 members called off the strike.', '4,000'), 'union');
  // A reporting verb before its own clause is no parenthesis: the council spends the money, not the officials.
  assert.equal(actorOf('Officials say the council will spend 12 million euros on the flood wall.', '12 million euros'), 'council');
});

test('a verb that only tallies its object says nothing of what is counted: "counted 420 cases", "has caused 420 cases", "420 cases were recorded"', () => {
  const lead = 'A measles outbreak has spread through the schools of Orvik county, health officials said on Friday.';
  const found = conflicts(
    `${lead} Health officials have counted 420 cases since March.`,
    `${lead} The outbreak has caused 420 cases since March.`,
    `${lead} Since March, 420 cases have been recorded.`,
    `${lead} Health officials have tallied 240 cases since March.`,
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /240/);
  // Cases of another kind stay apart: confirmed cases are not suspected ones.
  assert.deepEqual(conflicts(`${lead} Officials have counted 420 suspected cases.`, `${lead} Officials have counted 95 confirmed cases.`), []);
});
