// Fuzzing in the suite: a fixed seed, a few hundred generated inputs (long capitalised runs, storms of
// quotation marks, numbers and titles, other scripts, surrogate halves, long lines, mutated sentences;
// see fuzzing.ts), every invariant checked on each, and a generous hang guard per input (CPU time, so a
// busy machine does not fail it; 5 s per 100 KB, at least 5 s). It runs in
// about a minute; `npm run fuzz -- --inputs 100000` runs the same generators for hours.
// NEWSLENS_FUZZ_SEED and NEWSLENS_FUZZ_INPUTS change the seed and the count for a local run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzInput, KINDS, runOne, type FuzzResult } from './fuzzing';

const SEED = Number(process.env['NEWSLENS_FUZZ_SEED'] ?? 15);
const INPUTS = Number(process.env['NEWSLENS_FUZZ_INPUTS'] ?? 600);

test(`${INPUTS} fuzzed inputs (seed ${SEED}) keep every invariant and none hangs`, { timeout: 10 * 60_000 }, (t) => {
  const results: FuzzResult[] = [];
  const kinds = new Map<string, number>();
  let chars = 0;
  for (let i = 0; i < INPUTS; i++) {
    const r = runOne(fuzzInput(SEED, i));
    results.push(r);
    chars += r.input.text.length;
    kinds.set(r.input.kind, (kinds.get(r.input.kind) ?? 0) + 1);
  }
  const slowest = [...results].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5);
  t.diagnostic(`${INPUTS} inputs, ${(chars / 1000).toFixed(0)} K characters; kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const r of slowest) {
    const perChar = (1000 * r.cpuMs) / Math.max(1, r.input.text.length);
    t.diagnostic(`slow: #${r.input.index} ${r.input.kind}, ${r.input.text.length} chars, ${r.cpuMs.toFixed(0)} ms CPU (${perChar.toFixed(0)} µs/char), ${r.ms.toFixed(0)} ms wall`);
  }
  // Every kind of generator ran: a generator that silently produced nothing would test nothing.
  for (const k of [...KINDS, 'mixed']) assert.ok((kinds.get(k) ?? 0) > 0, `no ${k} input`);
  const failed = results.filter((r) => r.problems.length > 0);
  assert.deepEqual(
    failed.map((r) => `#${r.input.index} (${r.input.kind}, seed ${SEED}): ${r.problems.slice(0, 3).join('; ')}`),
    [],
    'reproduce one with: npm run fuzz -- --seed SEED --from INDEX --inputs 1',
  );
});
