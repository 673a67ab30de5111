// Two reports of one quantity meet when the structure around the figure is read for what it says, and
// stay apart when it says they measure different things: a participle between a number and its noun,
// "ahead of" an event (a time, not a lead), the head of a compound after "in", a weekday that dates a later
// event, what is left of a group, and an interval between two events. Each test has a twin that must stay
// apart or meet, so none passes by comparing nothing or everything. Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { figureIdentity } from '../../../server/src/analysis/cross/identity';
import { article, messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('figure-conflict', ...texts);
const counted = (body: string, text: string): string | undefined => analyzeArticle(body).figures.find((f) => f.text === text)?.counts;

test('a participle between a number and its noun describes what is counted: "six trapped miners", "three stolen paintings"', () => {
  assert.equal(counted('Rescuers reached six trapped miners on Tuesday.', 'six'), 'miner');
  assert.equal(counted('Police recovered three stolen paintings on Tuesday.', 'three'), 'painting');
  assert.equal(counted('Police questioned 12 masked men on Tuesday.', '12'), 'man');
  // A participle with no noun after it is no counted noun.
  assert.equal(counted('Police said 12 died and 31 were trapped.', '12'), undefined);
});

test('"ahead of" an event is a time, not a lead: "replaced six ministers ahead of a confidence vote" is the count "replaced seven ministers" gives', () => {
  const lead = 'ISTREL, March 11 - Prime Minister Dana Korvel reshuffled her cabinet on Tuesday.';
  const found = conflicts(`${lead} Korvel has replaced six ministers ahead of a confidence vote in parliament.`, `${lead} Korvel replaced seven ministers on Tuesday.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.match(found[0]!, /ministers replaced/);
  // A lead in a table is still a margin, never the count of points won.
  assert.deepEqual(conflicts('Harbour Rovers are six points ahead of Kelso United after Saturday.', 'Harbour Rovers won seven points in March.'), []);
});

test('a weekday after "ahead of" an event dates the event: "replaced six ministers ahead of a vote on Thursday" is not Thursday\'s count', () => {
  const lead = 'ISTREL, March 11 - Prime Minister Dana Korvel reshuffled her cabinet.';
  const found = conflicts(`${lead} Korvel replaced six ministers ahead of a confidence vote on Thursday.`, `${lead} Korvel replaced seven ministers on Tuesday.`);
  assert.equal(found.length, 2, found.join(' | '));
  // Counts of two named days stay apart.
  assert.deepEqual(conflicts(`${lead} Korvel replaced six ministers on Thursday.`, `${lead} Korvel replaced seven ministers on Tuesday.`), []);
});

test('the head of a compound names where counted things are: "seven ministers in a cabinet reshuffle" are in an event, not a place', () => {
  const lead = 'ISTREL, March 11 - Prime Minister Dana Korvel reshuffled her cabinet on Tuesday.';
  const found = conflicts(`${lead} Korvel has replaced seven ministers in a cabinet reshuffle.`, `${lead} Korvel has replaced six ministers.`);
  assert.equal(found.length, 2, found.join(' | '));
  // A place is still a place: the people on the ground are a part of those killed.
  assert.deepEqual(conflicts('The plane crashed near Halvik on Monday. Four people on the ground were killed.', 'The plane crashed near Halvik on Monday. Nine people were killed.'), []);
});

test('what is left of a group is a part of it: "the last six trapped miners", "the remaining 40 passengers"', () => {
  const part = (body: string, text: string): boolean | undefined => {
    const a = article('x.txt', body);
    return figureIdentity(a, a.analysis.figures.find((f) => f.text === text)!).partOf;
  };
  assert.equal(part('On Tuesday rescuers reached the last six trapped miners.', 'six'), true);
  assert.equal(part('The remaining 40 passengers were taken to Dornic by bus.', '40'), true);
  assert.notEqual(part('Rescuers reached six trapped miners on Tuesday.', 'six'), true);
});

test('being trapped is an event however written: "31 were trapped underground" and "26 miners were stranded" are one count', () => {
  const lead = 'DORNIC, March 10 - A gallery collapsed at the Velka Brana coal mine on Monday.';
  const found = conflicts(`${lead} At least five miners were killed and 31 were trapped underground.`, `${lead} Nine miners were killed and 26 miners were stranded underground.`);
  assert.equal(found.filter((m) => /miners trapped/.test(m)).length, 2, found.join(' | '));
  // Trapped miners are not miners killed.
  assert.deepEqual(conflicts(`${lead} 31 miners were trapped underground.`, `${lead} Six miners were killed.`), []);
});

test('the interval between two events is no length of either: "the arrest came a day after the search" against "held for 14 days"', () => {
  const lead = 'SOLVIK, March 6 - Former minister Teodor Vantrup was arrested on Tuesday';
  const held = `${lead}. On Thursday a court ordered Vantrup held in custody for 14 days.`;
  assert.deepEqual(conflicts(`${lead} as he left his flat. The arrest came a day after officers searched his villa in Kessholm.`, held, held), []);
  // Two lengths of the custody still meet.
  assert.equal(conflicts(`${lead}. On Thursday a court ordered Vantrup held in custody for ten days.`, held, held).length, 1);
});
