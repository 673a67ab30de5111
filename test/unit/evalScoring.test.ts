// eval:cross's scoring rules (scripts/eval/scoring.mjs) on made-up spans: a look-alike counts as flagged
// only when a finding sets its two sides against each other, not when a finding on a third source lists
// both sides as the majority it differs from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../helpers';

interface Span {
  file: string;
  start: number;
  end: number;
}
interface Scoring {
  setsApart(spans: Span[], passages: Span[]): boolean;
  filesTouched(spans: Span[], passages: Span[]): Set<string>;
}
const load = (): Promise<Scoring> => import(pathToFileURL(join(REPO, 'scripts', 'eval', 'scoring.mjs')).href) as Promise<Scoring>;

const lookalike: Span[] = [
  { file: 'a.txt', start: 10, end: 20 },
  { file: 'b.txt', start: 30, end: 40 },
];

test('a finding on one side of a look-alike that points at the other side flags it', async () => {
  const { setsApart } = await load();
  assert.equal(setsApart([{ file: 'a.txt', start: 12, end: 14 }, { file: 'b.txt', start: 31, end: 33 }], lookalike), true);
  assert.equal(setsApart([{ file: 'b.txt', start: 31, end: 33 }, { file: 'c.txt', start: 0, end: 5 }, { file: 'a.txt', start: 15, end: 16 }], lookalike), true);
});

test('a finding on a third source that lists both sides together does not flag the look-alike', async () => {
  const { setsApart, filesTouched } = await load();
  const finding = [{ file: 'c.txt', start: 0, end: 5 }, { file: 'a.txt', start: 12, end: 14 }, { file: 'b.txt', start: 31, end: 33 }];
  // It touches both sides (the old rule counted that as flagged) ...
  assert.equal(filesTouched(finding, lookalike).size, 2);
  // ... but says only that c.txt differs from both.
  assert.equal(setsApart(finding, lookalike), false);
  // Nor does a finding on one side whose related locations are elsewhere.
  assert.equal(setsApart([{ file: 'a.txt', start: 12, end: 14 }, { file: 'c.txt', start: 0, end: 5 }], lookalike), false);
});
