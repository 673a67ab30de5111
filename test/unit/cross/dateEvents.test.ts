// Date conflicts of one act however it is named: a verb against its nominalisation ("resigned" / "handed
// in her resignation" / "her resignation on Tuesday"), and verbs of one class ("broke out" / "began").
// Invented sentences about invented events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const conflicts = (a: string, b: string): string[] => messagesOf('date-conflict', a, b);

test('a resignation handed in on Monday is the resignation another source dates on Tuesday', () => {
  const found = conflicts(
    'Transport Minister Petra Quist handed in her resignation on Monday after a report criticised a rail tender.',
    'Transport Minister Petra Quist resigned on Tuesday after a report criticised a rail tender.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('a noun dated before its clause\'s verb dates its own act: "Quist\'s resignation on Tuesday surprised colleagues" against "resigned on Monday"', () => {
  const found = conflicts(
    'Transport Minister Petra Quist resigned on Monday after a rail report.',
    'Petra Quist\'s resignation on Tuesday surprised colleagues in the transport ministry.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('a fire that "broke out" on Tuesday and one that "began" on Wednesday at one depot are one fire dated twice', () => {
  const found = conflicts('A fire broke out at the Dunmore depot on Tuesday.', 'The fire at the Dunmore depot began on Wednesday.');
  assert.equal(found.length, 2, found.join('\n'));
});

test('the act and what others did about it stay apart: a resignation accepted or announced on another day', () => {
  assert.deepEqual(
    conflicts(
      'Transport Minister Petra Quist handed in her resignation on Monday.',
      'President Ivo Marr accepted the resignation of Transport Minister Petra Quist on Tuesday.',
    ),
    [],
  );
  assert.deepEqual(
    conflicts('Transport Minister Petra Quist resigned on Monday.', 'Transport Minister Petra Quist announced her resignation to parliament on Wednesday.'),
    [],
  );
});

test('a compound and its head name one subject: "the wildfire broke out on Monday" against "the fire began on Sunday"', () => {
  const found = conflicts(
    'A wildfire that broke out on Monday above the Harrow valley had burned 3,000 hectares by Friday.',
    'The fire in the Harrow valley began on Sunday, and crews from three regions were fighting it by Friday.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('the taking of an office however it is written: "finance minister since January 2022", "had been … since", "became … in", "was made … in"', () => {
  const found = conflicts(
    'Arno Vell, finance minister since January 2022, resigned on Monday over the budget.',
    'Arno Vell resigned on Monday over the budget. He had been finance minister since January 2023 and was expected to stay.',
  );
  assert.equal(found.length, 2, found.join('\n'));
  assert.equal(conflicts('Lena Marr, who was made deputy finance minister in June, replaces him.', 'Lena Marr was appointed deputy finance minister in July.').length, 2);
  assert.equal(conflicts('Lena Marr became deputy finance minister in March 2024.', 'Lena Marr was appointed deputy finance minister in April 2024.').length, 2);
  // Two people's offices, and an office held "since" against another act of the same person, stay apart.
  assert.deepEqual(conflicts('Arno Vell, finance minister since January 2022, resigned on Monday.', 'Lena Marr, justice minister since January 2023, stays in the cabinet.'), []);
  assert.deepEqual(conflicts('Arno Vell, finance minister since January 2022, resigned on Monday.', 'Arno Vell joined the party in January 2019 and resigned on Monday.'), []);
});

test('a day after an infinitive that follows a noun dates the verb before it: "signed an agreement to merge their yards yesterday"', () => {
  const found = conflicts(
    'TORVIK, March 5, 2026 (Wire) - Halden Yards and Brekk Marine signed an agreement to merge their shipyards yesterday, the companies said.',
    'TORVIK, March 5, 2026 (Wire) - The agreement between Halden Yards and Brekk Marine was signed on Tuesday, the companies said.',
  );
  assert.equal(found.length, 2, found.join('\n'));
  // A month after such an infinitive may date the act to come, not the signing.
  assert.deepEqual(
    conflicts(
      'TORVIK, March 5, 2026 (Wire) - Halden Yards signed an agreement to close its Brekk shipyard in September, the company said.',
      'TORVIK, March 5, 2026 (Wire) - Halden Yards signed the agreement on Tuesday, the company said.',
    ),
    [],
  );
});

test('a date opening its clause dates the verb after its subject, and taking the oath is being sworn in', () => {
  const found = conflicts(
    'VELDA, May 14, 2026 (Wire) - On Wednesday the two new ministers took the oath before President Ivo Marr.',
    'VELDA, May 14, 2026 (Wire) - The two new ministers were sworn in on Tuesday before President Ivo Marr.',
  );
  assert.equal(found.length, 2, found.join('\n'));
  // Another act of the same day stays apart.
  assert.deepEqual(
    conflicts(
      'VELDA, May 14, 2026 (Wire) - On Wednesday the two new ministers took the oath before President Ivo Marr.',
      'VELDA, May 14, 2026 (Wire) - The two new ministers met the cabinet on Tuesday before President Ivo Marr.',
    ),
    [],
  );
});
