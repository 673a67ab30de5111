// Long fuzzing runs: the generators and invariants of test/unit/fuzzing.ts (the suite runs a few hundred
// inputs of them; this runs as many as asked), each input analysed in a worker thread watched by a
// timer, so even an input that never finishes is caught, saved and reported, and the run goes on.
//
// Usage: npm run fuzz -- [--inputs N] [--seed S] [--from I] [--jobs J] [--slowest K]
//   --inputs   how many inputs (default 10,000); --seed the seed (default: drawn, and printed);
//   --from     the first input's index (reproduce input I of seed S: --seed S --from I --inputs 1);
//   --jobs     worker threads (default 1); --slowest how many of the slowest inputs to list (default 10).
// Prints the number of inputs fuzzed, the failures (each saved as .cache/fuzz/seed-S-input-I.txt with a
// .json beside it saying what broke) and the slowest inputs. Exit status 1 when anything failed.
// `npm run fuzz` builds first: the generators are read from the compiled tests in out/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const FUZZING = resolve('out', 'test', 'unit', 'fuzzing.js');
/** An input still running after this long is stopped and counted as a hang (the suite's guard is 5 s per 100 KB). */
const KILL_AFTER_MS = 120_000;

await main();

function option(args, name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const v = Number(args[at + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`fuzz: ${name} needs a whole number, not '${args[at + 1]}'`);
    process.exit(2);
  }
  return v;
}

async function main() {
  const args = process.argv.slice(2);
  const inputs = option(args, '--inputs', 10_000);
  const seed = option(args, '--seed', Math.floor(Math.random() * 2 ** 31));
  const from = option(args, '--from', 0);
  const jobs = Math.max(1, option(args, '--jobs', 1));
  const slowestCount = option(args, '--slowest', 10);
  const { fuzzInput, fuzzInWorker } = require(FUZZING);
  const outDir = resolve('.cache', 'fuzz');
  console.log(`NewsLens fuzz: seed ${seed}, inputs ${from}..${from + inputs - 1}, ${jobs} worker${jobs === 1 ? '' : 's'}`);

  const started = Date.now();
  const results = [];
  const failures = [];
  let chars = 0;
  const save = (index, problems) => {
    mkdirSync(outDir, { recursive: true });
    const input = fuzzInput(seed, index);
    const base = join(outDir, `seed-${seed}-input-${index}`);
    writeFileSync(`${base}.txt`, input.text);
    writeFileSync(`${base}.json`, JSON.stringify({ seed, index, kind: input.kind, length: input.text.length, problems }, null, 2) + '\n');
    return `${base}.txt`;
  };
  const record = (m) => {
    results.push({ index: m.index, kind: m.kind, length: m.length, ms: m.ms, cpuMs: m.cpuMs });
    chars += m.length;
    if (m.problems.length > 0) failures.push({ index: m.index, kind: m.kind, problems: m.problems, file: save(m.index, m.problems) });
    if (results.length % 1000 === 0) {
      const rate = results.length / ((Date.now() - started) / 1000);
      console.error(`  ${results.length.toLocaleString('en-US')} inputs, ${failures.length} failed, ${rate.toFixed(1)} inputs/s`);
    }
  };

  // Each worker takes a contiguous share of the indices; a worker stopped by the watchdog is replaced
  // by one that carries on after the input that hung.
  const per = Math.ceil(inputs / jobs);
  const shares = [];
  for (let j = 0; j < jobs; j++) {
    const a = from + j * per;
    const b = Math.min(from + inputs, a + per);
    if (a < b) shares.push([a, b]);
  }
  const stopped = (index, reason) => {
    const input = fuzzInput(seed, index);
    results.push({ index, kind: input.kind, length: input.text.length, ms: KILL_AFTER_MS, cpuMs: KILL_AFTER_MS });
    failures.push({ index, kind: input.kind, problems: [reason], file: save(index, [reason]) });
  };
  // Interrupted (Ctrl+C), the run still reports what it did.
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      interrupted = true;
      report();
    });
  }
  await Promise.all(shares.map(([a, b]) => fuzzInWorker(FUZZING, { seed, from: a, to: b, killAfterMs: KILL_AFTER_MS, onResult: record, onStopped: stopped })));
  report();

  function report() {
    const seconds = (Date.now() - started) / 1000;
    const done = results.length === inputs ? '' : ` of ${inputs.toLocaleString('en-US')} (interrupted)`;
    console.log(`inputs fuzzed: ${results.length.toLocaleString('en-US')}${done} (${(chars / 1e6).toFixed(1)} M characters) in ${duration(seconds)}`);
    console.log(`failures: ${failures.length}`);
    for (const f of failures.slice(0, 20)) {
      console.log(`  #${f.index} ${f.kind}: ${f.problems.slice(0, 2).map((p) => p.split('\n')[0]).join('; ')}`);
      console.log(`    saved: ${f.file}   replay: npm run fuzz -- --seed ${seed} --from ${f.index} --inputs 1`);
    }
    // CPU time is the process's: with one worker it is that worker's, with several it sums them.
    console.log(`slowest inputs (CPU time${jobs > 1 ? ' of the whole process, all workers' : ''}; wall clock):`);
    for (const r of [...results].sort((x, y) => y.cpuMs - x.cpuMs).slice(0, slowestCount)) {
      const perChar = (1000 * r.cpuMs) / Math.max(1, r.length);
      console.log(`  #${r.index} ${r.kind.padEnd(10)} ${r.length.toLocaleString('en-US').padStart(7)} chars ${r.cpuMs.toFixed(0).padStart(6)} ms CPU (${perChar.toFixed(0)} µs/char) ${r.ms.toFixed(0).padStart(6)} ms wall`);
    }
    const byKind = new Map();
    for (const r of results) {
      const k = byKind.get(r.kind) ?? { n: 0, ms: 0, chars: 0, max: 0 };
      k.n++;
      k.ms += r.cpuMs;
      k.chars += r.length;
      k.max = Math.max(k.max, r.cpuMs);
      byKind.set(r.kind, k);
    }
    console.log('by kind: inputs, mean CPU µs per character, slowest (CPU ms)');
    for (const [kind, k] of [...byKind].sort()) {
      console.log(`  ${kind.padEnd(10)} ${String(k.n).padStart(7)} ${((1000 * k.ms) / Math.max(1, k.chars)).toFixed(0).padStart(5)} µs/char ${k.max.toFixed(0).padStart(6)} ms`);
    }
    process.exit(failures.length > 0 || interrupted ? 1 : 0);
  }
}

function duration(s) {
  if (s < 120) return `${s.toFixed(1)} s`;
  if (s < 7200) return `${(s / 60).toFixed(1)} min`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}
