// A dated event need not be a person's act: a thing that begins, ends, reopens, resumes or comes ashore
// does so once, so two reports' days of that act of the same thing are one event dated twice ("the rail
// line reopened on Tuesday" / "reopened on Wednesday"); "the first X" is one thing whatever is done to it;
// a reporting verb in the passive with a thing as its subject ("the first death was confirmed") is an act,
// not a statement; a verb that only carries an act ("called a walkout for 10 July") dates the act. Two
// things of one kind (freight and passenger trains, schools in two towns), people and things that stop and
// start every day (trading) stay apart. Invented sentences about invented places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('date-conflict', ...texts);

test('a thing that reopens, resumes or is lifted once: two days are a conflict', () => {
  assert.equal(
    conflicts(
      'The coastal rail line between Marn and Oskel reopened on Tuesday after three weeks of repairs, the operator said.',
      'Engineers finished the work late, and the rail line reopened on Wednesday, the operator said.',
    ).length,
    2,
  );
  assert.equal(
    conflicts(
      'Regulators said the fishing ban in the bay was lifted on 3 June, after tests found the water clean.',
      'Fishermen were back at sea after the fishing ban was lifted on 10 June.',
    ).length,
    2,
  );
  assert.equal(
    conflicts(
      'Bus services in the valley will resume on Saturday once the road is cleared, the council said.',
      'The council expects that bus services will resume on Monday at the earliest.',
    ).length,
    2,
  );
});

test('a storm comes ashore once: its name and "the cyclone" are one thing', () => {
  const found = conflicts(
    'Cyclone Maru came ashore near the port of Pell on Thursday with winds of 150 km/h.',
    'The cyclone made landfall on Wednesday night, flattening fishing huts along the beach.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('"the first death was confirmed": a passive reporting verb on a thing is an act, and the first one is one', () => {
  const found = conflicts(
    'Health officers in Dalvik said the first death was confirmed on Friday, a man of 70.',
    'The first death was confirmed on Saturday, and two more followed within a day.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('"called a walkout for 10 July" dates the walkout, as "threatened a walkout on 3 July" does', () => {
  const found = conflicts(
    'The pilots\' union at Norrair has threatened a walkout on 3 July over pay.',
    'Norrair\'s pilots\' union has called a walkout for 10 July after talks failed.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('look-alikes: two things of one kind, two places, people, trading days and statements stay apart', () => {
  // Freight and passenger trains: two things each narrowed by its own word.
  assert.deepEqual(conflicts('Freight trains resumed on Monday, the rail company said.', 'Passenger trains will resume on Friday, the rail company said.'), []);
  // Schools in two towns.
  assert.deepEqual(conflicts('Schools in Varn reopened on Monday after the floods.', 'Schools in Osterby will reopen on Thursday after the floods.'), []);
  // People resuming: not a thing that resumes once (night shifts and day shifts).
  const lead = 'Talks between the hospital board and the nurses\' union ended with a deal on pay and hours at the clinic.';
  assert.deepEqual(conflicts(`${lead} Nurses resumed work on Monday, the board said.`, `${lead} Nurses resumed work on Tuesday, the union said.`), []);
  // Things that stop and start every day: the market.
  assert.deepEqual(conflicts(`${lead} The market resumed on Tuesday after a holiday.`, `${lead} The market resumed on Thursday after a strike.`), []);
  // "It was confirmed on Monday that …" reports words.
  assert.deepEqual(conflicts('It was confirmed on Monday that the plant would close.', 'It was confirmed on Tuesday that the plant would close.'), []);
  // The first shipment and the second one.
  assert.deepEqual(conflicts('The first shipment of grain was unloaded on 2 March.', 'The second shipment of grain was unloaded on 5 March.'), []);
});
