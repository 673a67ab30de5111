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

const identity = (body: string, text: string): ReturnType<typeof figureIdentity> => {
  const a = article('x.txt', body);
  const f = a.analysis.figures.find((x) => x.text === text);
  assert.ok(f, `no figure “${text}”`);
  return figureIdentity(a, f);
};

test('a verb after "and" keeps its figure past a hedge: "killed 36 people and left about 2,000 without homes" did not kill the 2,000', () => {
  const id = identity('The floods killed 36 people in the valley and left about 2,000 without homes.', 'about 2,000');
  assert.notEqual(id.event, 'kill');
  assert.equal(id.verb, 'leave');
  assert.equal(identity('The floods killed 36 people in the valley and left 2,000 without homes.', '2,000').verb, 'leave');
});

test('a value verb before its object and "at" an amount is the verb: "which the museum values at €5.4 million" against "€4.5 million"', () => {
  const lead = 'KESSLING, Nov 17 - Thieves broke into the Varnby Museum early on Sunday.';
  const found = conflicts(`${lead} They took a harbour scene by Aurel Messin, which the museum values at €5.4 million.`, `${lead} The most valuable work taken was a harbour scene by Aurel Messin, which the museum values at 4.5 million euros.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.equal(identity(`${lead} The museum values the harbour scene at €4.5 million.`, '€4.5 million').verb, 'value');
});

test('", valued at" is about the phrase before the comma, and two valued things are two values; an object\'s value is no sum offered', () => {
  const lead = 'KESSLING, Nov 17 - Thieves broke into the Varnby Museum early on Sunday.';
  assert.equal(identity(`${lead} They also took a gold reliquary on loan from a private collector, valued at €800,000.`, '€800,000').actor, 'reliquary');
  const portrait = `${lead} They also took a portrait of a merchant, valued at €2.1 million.`;
  assert.deepEqual(conflicts(`${lead} They also took a gold reliquary on loan from a private collector, valued at €800,000.`, portrait, portrait), []);
  const reward = `${lead} The insurer is offering €100,000 for information.`;
  assert.deepEqual(conflicts(`${lead} They took a gold reliquary, valued at €800,000. The insurer is offering a reward.`, reward, reward), []);
  // The same thing valued twice still meets.
  assert.equal(conflicts(`${lead} They also took a portrait of a merchant, valued at €2.4 million.`, portrait).length, 2);
});

test('an event word describing the counted noun is what happened to it when the verb says nothing: "dozens of injured people were taken to hospital"', () => {
  assert.equal(identity('Dozens of injured people were taken to hospital on Tuesday.', 'Dozens').event, 'injure');
  assert.equal(identity('Twelve injured passengers were taken to hospital.', 'Twelve').event, 'injure');
  // A verb of its own class says more: the injured protesters were arrested.
  assert.equal(identity('Police arrested 12 injured protesters on Tuesday.', '12').event, 'arrest');
  // A noun before the noun only narrows it: "17 crash patients" did not crash.
  assert.notEqual(identity('Seventeen crash patients remained on its wards.', 'Seventeen').event, 'crash');
});

test('the place nearly every source names is where the story happens: "killed 36 people in Karsland" is the toll "killed 63 people" gives', () => {
  const lead = 'HALVIK, Oct 16 - Leaders met in Halvik to pledge aid to Karsland after the Lerno dam burst.';
  const found = conflicts(`${lead} The floods killed 36 people in Karsland.`, `${lead} The floods killed 63 people.`, `${lead} The floods killed 63 people.`);
  assert.equal(found.length, 1, found.join(' | '));
  // A place only one source names is a part of the whole.
  assert.deepEqual(conflicts(`${lead} The floods killed 36 people in Tarnvik.`, `${lead} The floods killed 63 people.`, `${lead} The floods killed 63 people.`), []);
});

test('a compound margin before a competition\'s name: "a nine-wicket Harlow Cup win" is the margin "won by nine wickets" gives', () => {
  const id = identity('Port Alvan sealed a nine-wicket Harlow Cup win on Saturday.', 'nine-wicket');
  assert.equal(id.event, 'margin');
  assert.equal(id.thing, 'wicket');
  const lead = 'BRENMOOR, June 14 - Port Alvan beat Kestrel Bay in the final on Saturday.';
  assert.equal(conflicts(`${lead} Port Alvan sealed a nine-wicket Harlow Cup win.`, `${lead} Result: Port Alvan won by seven wickets.`).length, 2);
  // A compound before a name and a noun that is no result is no margin.
  assert.notEqual(identity('Port Alvan booked a two-day Harlow Cup camp.', 'two-day').event, 'margin');
});

test('"six of them in a critical condition", "six of whom were critical": the words after "of them" say the part\'s state', () => {
  const lead = 'BRACKWATER, March 4 - A turboprop crashed on landing at Brackwater on Tuesday.';
  const found = conflicts(`${lead} On Wednesday 17 crash patients remained in hospital, five of them in a critical condition.`, `${lead} The hospital said 17 patients were still being treated on Wednesday, six of whom were in a critical condition.`);
  assert.equal(found.length, 2, found.join(' | '));
  assert.match(found[0]!, /patients in a critical condition/);
  assert.equal(identity('Seventeen patients were treated, six of them critically ill.', 'six').event, 'critical');
});

test('what a gerund does is what costs: "halting production would cost it €1.2 million a day" is the cost "the shutdown would cost" gives', () => {
  const lead = 'DORNIC, March 10 - Kestrel Coal stopped work at its Velka Brana mine after a collapse on Monday.';
  const found = conflicts(`${lead} The group said halting production would cost it 1.2 million euros a day.`, `${lead} The company said the shutdown would cost it about 2 million euros a day.`);
  assert.equal(found.length, 2, found.join(' | '));
  // Another cost is another sum: production itself is not its halt.
  assert.deepEqual(conflicts(`${lead} The group said production would cost it 1.2 million euros a day.`, `${lead} The company said the shutdown would cost it about 2 million euros a day.`), []);
});

test('crews who "stopped work" are on strike, as crews who "walked out" are: the odd count stands alone', () => {
  const base = 'The Lindhaven Ferry Union said talks with the operators had failed.';
  const messages = conflicts(
    `${base} About 1,200 ferry crew members walked out in Lindhaven on Tuesday.`,
    `${base} About 1,200 ferry crew members stopped work on Tuesday in Lindhaven.`,
    `${base} Some 1,800 ferry crew members walked out in Lindhaven on Tuesday.`,
  );
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(messages[0]!, /1,800/);
});
