// Running counts across reports of different days (cross/provisionalNote.ts countStandsOn,
// cross/runningCount.ts, cross/reportTime.ts): a weekday that says when a toll stood dates the count, not
// the event, so two days' values are an update; "brought out alive" is a rescue; "men" and a trade's noun
// are one count. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FigureFact } from '../../../server/src/analysis/cross/factTypes';
import { corpus, messagesOf } from './util';

/** The event class the cross-source facts give the figure written `text` in one invented article. */
function eventOf(body: string, text: string): string | undefined {
  const facts = corpus(body).stories.flatMap((s) => s.facts).filter((f): f is FigureFact => f.kind === 'figure');
  const item = facts.flatMap((f) => f.items).find((x) => x.figure.text === text);
  assert.ok(item, `no figure “${text}”`);
  return item.fact.event;
}

const updates = (...texts: string[]): string[] => messagesOf('figure-update', ...texts);
const conflicts = (...texts: string[]): string[] => messagesOf('figure-conflict', ...texts);

test('a toll that rose "on Wednesday" updates the first report, and the label keeps no day', () => {
  const msgs = updates(
    'DRAVEN, June 2 - At least six workers were killed when scaffolding collapsed at the Ostby shipyard on Monday, police said.',
    'DRAVEN, June 4 - The death toll from the collapse of scaffolding at the Ostby shipyard rose to nine on Wednesday, police said.',
  );
  assert.ok(msgs.some((m) => /Later reports give 9\b/.test(m) && !/on Wednesday/.test(m)), msgs.join('\n'));
});

test('a day of mourning dates the mourning, not the deaths: the count is the toll, updated', () => {
  const msgs = updates(
    'PORTVALE, Aug 9 - At least three crewmen died when a trawler sank off Portvale on Saturday, the coastguard said.',
    'PORTVALE, Aug 12 - The harbour town was in mourning on Tuesday for six crewmen killed when the trawler sank off Portvale.',
  );
  assert.ok(msgs.some((m) => /Later reports give 6\b/.test(m) && !/on Tuesday/.test(m)), msgs.join('\n'));
});

test('a total "by Thursday evening" against "so far" on Tuesday: an update of the rescued', () => {
  const msgs = updates(
    'FERRO, Jan 13 - Rescuers have so far pulled 12 skiers out alive from the avalanche on Mount Ferro.',
    'FERRO, Jan 15 - By Thursday evening 20 skiers had been brought out alive from the Mount Ferro avalanche, the mountain rescue service said.',
  );
  assert.ok(msgs.some((m) => /20/.test(m)), msgs.join('\n'));
});

test('look-alike: each day\'s own deaths ("killed on Monday", "killed on Wednesday") stay two counts', () => {
  const a = 'HALMER, March 3 - Four protesters were killed in clashes with police in Halmer on Monday, hospital officials said.';
  const b = 'HALMER, March 5 - Two protesters were killed in new clashes with police in Halmer on Wednesday, hospital officials said.';
  assert.deepEqual(updates(a, b), []);
  assert.deepEqual(conflicts(a, b), []);
});

test('look-alike: two counts "so far" of different things (homes, residents) are not one count updated', () => {
  const a = 'VELLO, May 2 - Police have so far evacuated 40 homes near the leaking gas depot in Vello.';
  const b = 'VELLO, May 3 - So far 120 residents have been evacuated from streets near the Vello gas depot.';
  assert.deepEqual(updates(a, b), []);
});

test('"alive" or "to safety" after the verb makes a count of people a rescue, whatever the verb', () => {
  assert.equal(eventOf('Firefighters got 14 children out alive from the burning school in Dorrin.', '14'), 'rescue');
  assert.equal(eventOf('Eight sailors were plucked alive from the sea after the Kasta ferry capsized.', 'Eight'), 'rescue');
  assert.equal(eventOf('Army helicopters airlifted 23 hikers to safety from the flooded valley.', '23'), 'rescue');
  // Look-alikes: found dead, buried alive (no way out) and pulled from a river, with nothing about life, is no rescue.
  assert.notEqual(eventOf('Six workers were found dead in the flooded tunnel at Marsk.', 'Six'), 'rescue');
  assert.notEqual(eventOf('Five villagers were buried alive when the hillside gave way above Tarno.', 'Five'), 'rescue');
  assert.notEqual(eventOf('Divers pulled 30 bodies from the river near Olt.', '30'), 'rescue');
});

test('"men" and the trade that names them are one running count; "men" and "women" are not', () => {
  const same = corpus(
    'OSLEN, Feb 3 - Nine men have been rescued so far from the collapsed tunnel at Oslen, officials said on Tuesday.',
    'OSLEN, Feb 5 - Fourteen construction workers were rescued from the collapsed tunnel at Oslen by Thursday, officials said.',
  );
  const facts = same.stories.flatMap((s) => s.facts).filter((f) => f.kind === 'figure' && f.values.length === 2);
  assert.ok(facts.length >= 1, JSON.stringify(same.stories.flatMap((s) => s.facts.map((f) => f.label))));
  assert.deepEqual(
    updates(
      'OSLEN, Feb 3 - Nine men were rescued from the collapsed tunnel at Oslen on Tuesday.',
      'OSLEN, Feb 5 - Six women were rescued from the collapsed tunnel at Oslen on Thursday.',
    ),
    [],
  );
});
