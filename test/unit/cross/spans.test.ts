// Lengths of time, times of day and measures across outlets' wordings (cross/spanQuantity.ts,
// figures/durations.ts): a length spent in a state is that state's, whatever the verb ("freed after 143
// days in captivity", "134 days in the hands of the rebels"); a time of day in words is a clock time
// ("a quarter past six this evening"); a clause "when …" or an act noun names what happened at a time;
// a measure in one unit is the same quantity in another (180 mm is 18 cm). Each test has a twin that
// must stay apart or agree. Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { of, identityOf, corpus } from './util';

const conflicts = (...texts: string[]): string[] => of(corpus(...texts).findings, 'figure-conflict').map((f) => f.message);
const times = (text: string): Array<[string, number]> => analyzeArticle(text).figures.filter((f) => f.kind === 'time').map((f) => [f.text, f.value as number]);

const kidnap = 'BRELLO, Oct 3 - Three aid workers seized by gunmen in the Kasner valley were released on Friday.';

test('a length of time spent in a state is that state\'s length however the sentence runs', () => {
  assert.equal(identityOf(`${kidnap} They were freed after 143 days in captivity, officials said.`, '143 days').thing, 'state:in:captivity');
  assert.equal(identityOf(`${kidnap} The three spent 134 days in the hands of the militia.`, '134 days').thing, 'state:in:captivity');
  assert.equal(identityOf(`${kidnap} The journalist was held in custody for 45 days before his trial.`, '45 days').thing, 'state:in:detention');
  assert.equal(identityOf(`${kidnap} Orlen served nine years behind bars.`, 'nine years').thing, 'state:in:detention');
  assert.equal(identityOf(`${kidnap} The Vell stayed above flood level for 36 hours.`, '36 hours').thing, 'state:above:level');
  const found = conflicts(`${kidnap} They were freed after 143 days in captivity, officials said.`, `${kidnap} The workers came home after 134 days in the hands of the militia.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /time in captivity/);
  // The same length agrees; a flight home is not the captivity, nor is "after 20 days" alone a length of anything.
  assert.deepEqual(conflicts(`${kidnap} They were freed after 143 days in captivity.`, `${kidnap} They spent 143 days in captivity, their families said.`), []);
  assert.deepEqual(conflicts(`${kidnap} They were freed after 143 days in captivity.`, `${kidnap} They landed at home after a 14-hour flight.`), []);
  assert.deepEqual(conflicts(`${kidnap} They were freed after 143 days in captivity.`, `${kidnap} Talks resumed after 20 days.`), []);
  // A sentence is not time served: "was sentenced to five years in prison" and "served two months in prison".
  assert.equal(identityOf(`${kidnap} Orlen was sentenced to five years in prison for fraud.`, 'five years').thing, 'sentence:in:detention');
  assert.deepEqual(conflicts(`${kidnap} Orlen was sentenced to five years in prison for fraud.`, `${kidnap} Orlen served two months in prison before his release.`), []);
  // Above flood level is not below it, nor the morning a state.
  assert.notEqual(identityOf(`${kidnap} The river stayed below flood level for 36 hours.`, '36 hours').thing, 'state:above:level');
  assert.equal(identityOf(`${kidnap} The road was closed in the morning for two hours.`, 'two hours').thing?.startsWith('state:'), false);
});

test('a time of day in words is read when the words after it say which half of the day it is', () => {
  assert.deepEqual(times('The levee broke at twenty to four this morning.'), [['twenty to four', 3 * 3600 + 40 * 60]]);
  assert.deepEqual(times('The hostages were handed over at a quarter past six this evening.'), [['a quarter past six', 18 * 3600 + 15 * 60]]);
  assert.deepEqual(times('Polls close at ten o\'clock tonight.'), [['ten o\'clock', 22 * 3600]]);
  assert.deepEqual(times('The ferry sailed at ten minutes past eight p.m.'), [['ten minutes past eight p.m.', 20 * 3600 + 10 * 60]]);
  assert.deepEqual(times('The convoy left at 6.15 this evening.'), [['6.15', 18 * 3600 + 15 * 60]]);
  // Without the half of the day it could be either; "from ten to six" is a span of hours.
  assert.deepEqual(times('The levee broke at twenty to four.'), []);
  assert.deepEqual(times('The office is open from ten to six, the council said.'), []);
});

const flood = 'MERROW, March 9 - Floods swept through the Annel valley on Sunday after a weekend of heavy rain.';

test('a time in words meets the clock time of the same event, and a clause "when …" names what happened then', () => {
  assert.deepEqual(conflicts(`${flood} The dam above Kerrin gave way at 3:40 a.m. on Sunday.`, `${flood} The dam broke at twenty to four this morning, flooding Kerrin.`), []);
  const found = conflicts(`${flood} The dam above Kerrin gave way at 3:40 a.m. on Sunday.`, `${flood} The dam at Kerrin failed at 3:40 a.m. on Sunday.`, `${flood} Residents were woken at 5.40am on Sunday when the dam burst.`);
  assert.equal(found.length, 1);
  assert.match(found[0]!, /5\.40am/);
  // Two events of one morning stay apart: the dam's collapse and the arrival of the army.
  assert.deepEqual(conflicts(`${flood} The dam gave way at 3:40 a.m. on Sunday.`, `${flood} Soldiers arrived at 5.40am on Sunday.`), []);
});

test('an act noun before a time names what happened then: "a handover at the border shortly after 8pm"', () => {
  const lead = 'SALVEN, May 8 - Two engineers held by rebels in the north were freed on Thursday.';
  const found = conflicts(`${lead} The engineers were handed over to officials at the border at 6:15 p.m.`, `${lead} The pair were home after a tense handover at a remote border post shortly after 8pm on Thursday.`);
  assert.equal(found.length, 2);
  assert.deepEqual(conflicts(`${lead} The engineers were handed over to officials at the border at 6:15 p.m.`, `${lead} The pair were home after their arrival at the airport shortly after 8pm on Thursday.`), []);
});

test('a measure in one unit is the same quantity in another: 180 millimetres of rain is 18 centimetres', () => {
  const lead = 'TALLOW, Nov 2 - A storm battered the coast of Vesh on Saturday.';
  assert.equal(identityOf(`${lead} The storm dumped 180 millimetres of rain on the hills in 24 hours.`, '180 millimetres').quantityNamed, true);
  const agreeing = corpus(`${lead} The storm dumped 180 millimetres of rain on the hills in 24 hours.`, `${lead} Some 18 centimetres of rain fell on the hills in 24 hours.`);
  assert.deepEqual(of(agreeing.findings, 'figure-conflict'), []);
  const rain = agreeing.stories.flatMap((s) => s.facts).find((f) => f.kind === 'figure' && /rain/.test(f.label));
  assert.ok(rain);
  assert.equal(rain.status, 'agree');
  // Each value shows its unit, the matter is in the label.
  assert.deepEqual(rain.values.map((v) => v.display).sort(), ['180 millimeters', 'about 18 centimeters']);
  const found = conflicts(`${lead} The storm dumped 180 millimetres of rain on the hills in 24 hours.`, `${lead} A record 21 centimetres of rain fell on the hills in 24 hours.`);
  assert.equal(found.length, 2);
  // A rounded conversion agrees: 4.2 metres is nearly 14 feet; 3 metres is not.
  assert.deepEqual(conflicts(`${lead} The sea wall was hit by waves of 4.2 metres.`, `${lead} The sea wall was hit by waves of nearly 14 feet.`), []);
  assert.equal(conflicts(`${lead} The sea wall was hit by waves of 3 metres.`, `${lead} The sea wall was hit by waves of 14 feet.`).length, 2);
  // Rain in a day is not the rain of the weekend.
  assert.deepEqual(conflicts(`${lead} The storm dumped 180 millimetres of rain on the hills in 24 hours.`, `${lead} Over the weekend 310 millimetres of rain fell on the hills.`), []);
});
