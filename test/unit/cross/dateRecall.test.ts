// Date alignment on the ways reports word one act differently, and on the acts that only look alike.
// Invented sentences about invented people and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('date-conflict', ...texts);
/** The dateline and lead several of these invented reports share. */
const VELL = 'VELL, 12 March 2026 - Two ministers resigned on Thursday.\n\n';

test('"his first court appearance on Monday" is not "will next appear in court on Monday 23 June"', () => {
  assert.deepEqual(
    conflicts(
      'VELL, 27 May 2025 - At his first court appearance on Monday 26 May, the court in Vell ordered Arno Dask held for a month.',
      'VELL, 27 May 2025 - Arno Dask will next appear in court on Monday 23 June.',
    ),
    [],
  );
  assert.deepEqual(
    conflicts(
      'VELL, 27 May 2025 - The tribunal heard the case of Arno Dask on Monday 26 May.',
      'VELL, 27 May 2025 - The tribunal will hear the case of Arno Dask again on Monday 23 June.',
    ),
    [],
  );
});

test('an unmarked appearance and a first one on another day are still one appearance dated twice', () => {
  const found = conflicts(
    'Arno Dask, who appeared in court on Tuesday in a grey coat, did not speak.',
    'At his first court appearance on Monday, the court in Vell ordered Arno Dask held for a month.',
    'Arno Dask appeared in court on Tuesday and was held for a month.',
  );
  assert.equal(found.length, 1, found.join('\n'));
});

test('"ahead of a confidence vote in parliament on Friday" dates the vote, not the verb of the clause', () => {
  assert.deepEqual(
    conflicts(
      'Prime Minister Lina Haskel replaced four ministers on Monday.',
      'Prime Minister Lina Haskel has replaced four ministers ahead of a confidence vote in parliament on Friday.',
    ),
    [],
  );
});

test('"MPs will vote" and "parliament votes" are one vote; "the line-up" is no verb', () => {
  const found = conflicts(
    'Parliament votes on the new cabinet on Thursday.',
    'Parliament will vote on the new line-up on Thursday, the speaker said.',
    'MPs will vote on the new team on Friday.',
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /Friday/);
});

test('"It was signed on Wednesday" after a sentence opening with the treaty\'s name is the treaty\'s signing', () => {
  const found = conflicts(
    'The Kesk Water Accord was signed late on Tuesday night in Dorvan.',
    'The Kesk Water Accord, which sets how much water each country may take, had been due to be signed on Monday. It was signed at a ceremony in the capital on Wednesday morning.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('"The report, first published last month" is the report the others say was published on Saturday', () => {
  const found = conflicts(
    `${VELL}The audit report, published on Saturday by the weekly Tarn, named three officials.`,
    `${VELL}The audit report, first published last month by the weekly Tarn, named three officials.`,
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('the same people gathering at the same place on two days in two sources is one gathering dated twice', () => {
  const found = conflicts(
    `${VELL}Hundreds of protesters gathered outside the city hall on the night of 10 March, demanding new elections.`,
    `${VELL}Protesters gathered outside the city hall on Wednesday night, some carrying banners.`,
  );
  assert.equal(found.length, 2, found.join('\n'));
  // Somewhere else, or no place said: two gatherings may be two nights of protest.
  assert.deepEqual(
    conflicts(
      `${VELL}Hundreds of protesters gathered outside the city hall on the night of 10 March, demanding new elections.`,
      `${VELL}Protesters gathered outside the television centre on Wednesday night, some carrying banners.`,
    ),
    [],
  );
});

test('"the works will stop making trucks in May 2028" is the end of production others date to March 2028', () => {
  const found = conflicts(
    'Truck production at the Ostby works will end in March 2028, the company said.',
    'The chief executive told analysts that the Ostby works would stop making trucks in May 2028.',
  );
  assert.equal(found.length, 2, found.join('\n'));
  // Another activity ends, or the works begins something: not the end of production.
  assert.deepEqual(
    conflicts(
      'Truck production at the Ostby works will end in March 2028, the company said.',
      'The chief executive told analysts that the Ostby works would start making buses in May 2028.',
    ),
    [],
  );
});

test('"was convicted on Thursday of fraud, and jailed" dates the jailing others put on Friday', () => {
  const found = conflicts(
    'Former port director Olav Renn was jailed for six years on Friday for a fraud of €3.2 million.',
    'Former port director Olav Renn was convicted on Thursday of defrauding the port of €3.2 million, and jailed for six years.',
  );
  assert.equal(found.length, 2, found.join('\n'));
  // A participle with its own date is dated by that date.
  assert.deepEqual(
    conflicts(
      'Former port director Olav Renn was jailed for six years on Friday.',
      'Former port director Olav Renn was convicted on Thursday of fraud, and jailed for six years on Friday.',
    ),
    [],
  );
});
