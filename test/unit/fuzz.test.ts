// Fuzzing in the suite: a fixed seed, a few hundred generated inputs (long capitalised runs, storms of
// quotation marks, numbers and titles, other scripts, surrogate halves, long lines, mutated sentences;
// see fuzzing.ts), every invariant checked on each, and a generous hang guard per input (CPU time, so a
// busy machine does not fail it; 5 s per 100 KB, at least 5 s). It runs in
// about a minute; `npm run fuzz -- --inputs 100000` runs the same generators for hours.
// NEWSLENS_FUZZ_SEED and NEWSLENS_FUZZ_INPUTS change the seed and the count for a local run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fuzzInput, fuzzInWorker, KINDS, type WorkerResult } from './fuzzing';

const SEED = Number(process.env['NEWSLENS_FUZZ_SEED'] ?? 15);
const INPUTS = Number(process.env['NEWSLENS_FUZZ_INPUTS'] ?? 600);
/** Only for an input that would never finish: the analysis runs in a worker thread that is then ended. */
const KILL_AFTER_MS = 60_000;

test(`${INPUTS} fuzzed inputs (seed ${SEED}) keep every invariant and none hangs`, { timeout: 15 * 60_000 }, async (t) => {
  const results: WorkerResult[] = [];
  await fuzzInWorker(join(__dirname, 'fuzzing.js'), {
    seed: SEED,
    from: 0,
    to: INPUTS,
    killAfterMs: KILL_AFTER_MS,
    onResult: (r) => results.push(r),
    onStopped: (index, reason) => {
      const input = fuzzInput(SEED, index);
      results.push({ index, kind: input.kind, length: input.text.length, ms: KILL_AFTER_MS, cpuMs: KILL_AFTER_MS, problems: [reason] });
    },
  });
  const kinds = new Map<string, number>();
  for (const r of results) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const chars = results.reduce((n, r) => n + r.length, 0);
  t.diagnostic(`${results.length} inputs, ${(chars / 1000).toFixed(0)} K characters; kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const r of [...results].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5)) {
    const perChar = (1000 * r.cpuMs) / Math.max(1, r.length);
    t.diagnostic(`slow: #${r.index} ${r.kind}, ${r.length} chars, ${r.cpuMs.toFixed(0)} ms CPU (${perChar.toFixed(0)} µs/char), ${r.ms.toFixed(0)} ms wall`);
  }
  assert.equal(results.length, INPUTS, 'every input ran');
  // Every kind of generator ran: a generator that silently produced nothing would test nothing.
  for (const k of [...KINDS, 'mixed']) assert.ok((kinds.get(k) ?? 0) > 0, `no ${k} input`);
  const failed = results.filter((r) => r.problems.length > 0);
  assert.deepEqual(
    failed.map((r) => `#${r.index} (${r.kind}, seed ${SEED}): ${r.problems.slice(0, 3).join('; ')}`),
    [],
    'reproduce one with: npm run fuzz -- --seed SEED --from INDEX --inputs 1',
  );
});
