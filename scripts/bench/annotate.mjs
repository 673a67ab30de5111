// Throughput of the analysis core (analyzeArticle: tokenising, entities, roles, quotes) next to
// harper.js linting the same text, in one run. Prints figures only: no thresholds, no pass/fail.
// On the real articles it also runs the worker pool the server and the CLI use (one worker per core);
// harper.js runs on one thread, so compare like with like: the newslens row is one thread too.
//
// Usage: npm run bench [-- --mb N] [--line-mb N] [--harper-mb N] [--skip-harper]
//   --mb N        size of the generated multi-paragraph article (default 10)
//   --line-mb N   size of the generated single-line article (default 1)
//   --harper-mb N harper.js lints at most the first N MB of a generated article (default 1): it is far
//                 slower than linear on big inputs (0.5 MB takes minutes), so 10 MB would take hours.
//                 Its row says how much it linted; MB/s compares rates, not totals.
//
// Workloads: the berlin-talks articles (../shared/corpus, or NEWSLENS_SHARED; skipped when absent), a
// generated article of N MB in paragraphs and one of N MB on a single line (invented sentences: names,
// titles, figures, quotes). Each workload runs in its own child process, so each peak RSS is its own;
// the core is bundled from source with esbuild (no dependency on dist/). The big articles are analysed
// whole (maxChars is raised to their length; the CLI's default cut is 2,000,000 characters).
// harper.js runs its LocalLinter on the inlined WASM binary (no download) with language plaintext.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? Number(process.argv[i + 1]) : fallback;
}

// ---- generated text -------------------------------------------------------------------------------
const FIRST = ['Anna', 'Tomas', 'Ingrid', 'Ravi', 'Lucía', 'Oskar', 'Mei', 'Jonas', 'Zofia', 'Kwame', 'Élodie', 'Yusuf'];
const LAST = ['Halvorsen', 'Brekke', 'Nowak', 'Ferreira', 'Dahl', 'Okafor', 'Lindqvist', 'Moreau', 'Kovač', 'Sato'];
const PLACES = ['Marrenby', 'Kelsport', 'Ostrava', 'Dunmere', 'Vallmora', 'Berlin', 'Geneva', 'Lisbon'];
const ORGS = ['the Harbour Authority', 'the National Mediation Office', 'Fjordline Shipping Ltd', 'the Ministry of Transport', 'NATO', 'the EU'];
const TITLES = ['Minister', 'Mayor', 'President', 'Commissioner', 'Chief Executive'];

function generate(bytes, singleLine) {
  let seed = 12345;
  const rnd = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pick = (a) => a[rnd(a.length)];
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sentences = [
    () => `${pick(TITLES)} ${name()} said on Monday that ${rnd(900) + 10} containers were held in ${pick(PLACES)}.`,
    () => `“We will not accept a deal that costs ${rnd(90) + 5} percent of our wages,” ${name()} told reporters.`,
    () => `Talks between ${pick(ORGS)} and ${pick(ORGS)} lasted ${rnd(9) + 2} hours in ${pick(PLACES)}, according to ${name()}.`,
    () => `The strike, now in its ${pick(['second', 'third', 'fifth'])} week, has cost about $${rnd(40) + 2} million, officials in ${pick(PLACES)} said.`,
    () => `${pick(LAST)} added that a vote was expected on December ${rnd(27) + 1}, 2025.`,
  ];
  const parts = [];
  let size = 0;
  let para = 0;
  while (size < bytes) {
    const s = pick(sentences)();
    parts.push(s);
    size += s.length + 1;
    if (!singleLine && ++para % 4 === 0) parts.push('\n');
  }
  return parts.join(' ').replace(/ \n /g, '\n').slice(0, bytes);
}

// ---- one workload in a child process ---------------------------------------------------------------
async function child(kind, tool, inputFile, bundle) {
  const texts = JSON.parse(readFileSync(inputFile, 'utf8'));
  let run;
  let setupMs = 0;
  let pool;
  if (tool === 'newslens') {
    const { analyzeArticle } = await import(pathToFileURL(bundle).href);
    run = (t) => analyzeArticle(t, { maxChars: Math.max(t.length, 1) });
  } else if (tool.startsWith('newslens-pool')) {
    // The worker pool the server and the CLI use, one worker per core; no caches are involved.
    const t0 = performance.now();
    const { AnalysisPool } = await import(pathToFileURL(join(bundle, '..', 'pool.mjs')).href);
    pool = new AnalysisPool({ workerFile: join(bundle, '..', 'analysisWorker.cjs'), minBudgetMs: 600_000 });
    await Promise.all(texts.slice(0, 4).map((t) => pool.analyze({ text: t.slice(0, 2000) })));
    setupMs = performance.now() - t0;
    run = (t) => pool.analyze({ text: t, options: { maxChars: Math.max(t.length, 1) } });
  } else {
    const t0 = performance.now();
    const { LocalLinter } = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
    setupMs = performance.now() - t0;
    run = (t) => linter.lint(t, { language: 'plaintext' });
    const cap = Math.round(Number(process.env.BENCH_HARPER_MB ?? 1) * 1e6);
    for (let i = 0; i < texts.length; i++) if (texts[i].length > cap) texts[i] = texts[i].slice(0, cap);
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  // Small inputs: warm up once, then repeat until a second has passed. Large inputs: one pass.
  const small = chars < 200_000;
  // The pool gets every article at once (its workers run in parallel); the others one after another.
  const pass = pool ? () => Promise.all(texts.map(run)) : async () => {
    for (const t of texts) await run(t);
  };
  if (small) await pass();
  let passes = 0;
  const t0 = performance.now();
  do {
    await pass();
    passes++;
  } while (small && performance.now() - t0 < 1000);
  const ms = performance.now() - t0;
  await pool?.dispose();
  const out = { kind, tool, articles: texts.length * passes, chars: chars * passes, ms, setupMs, rssMB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(out) + '\n');
}

function runChild(kind, tool, inputFile, bundle) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, tool, inputFile, bundle], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, BENCH_HARPER_MB: String(option('--harper-mb', 1)) },
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    return { kind, tool, error: `exit ${r.status}` };
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function main() {
  if (process.argv[2] === '--child') return child(...process.argv.slice(3, 7));
  const mb = option('--mb', 10);
  const lineMb = option('--line-mb', 1);
  const skipHarper = process.argv.includes('--skip-harper');
  const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-'));
  try {
    const esbuild = await import('esbuild');
    const bundle = join(dir, 'analyze.mjs');
    await esbuild.build({
      entryPoints: [join(ROOT, 'server/src/analysis/analyze.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'warning',
    });
    // The pool and its worker, bundled the way scripts/build.mjs bundles them.
    await esbuild.build({ entryPoints: [join(ROOT, 'server/src/pool/analysisPool.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: join(dir, 'pool.mjs'), logLevel: 'warning' });
    await esbuild.build({ entryPoints: [join(ROOT, 'server/src/pool/analysisWorker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: join(dir, 'analysisWorker.cjs'), logLevel: 'warning' });

    const workloads = [];
    const shared = process.env.NEWSLENS_SHARED ?? resolve(ROOT, '..', 'shared');
    const berlin = join(shared, 'corpus', 'berlin-talks');
    if (existsSync(berlin)) {
      const texts = readdirSync(berlin)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(berlin, f), 'utf8'));
      workloads.push({ kind: `berlin-talks (${texts.length} articles)`, texts, real: true });
    } else console.log(`(no ${berlin}: the real-article workload is skipped)`);
    const reuters = join(shared, 'corpus', 'reuters-1996');
    if (existsSync(reuters)) {
      const texts = readdirSync(reuters)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(reuters, f), 'utf8'));
      workloads.push({ kind: `reuters-1996 (${texts.length} articles)`, texts, real: true });
    }
    workloads.push({ kind: `generated ${mb} MB, paragraphs`, texts: [generate(Math.round(mb * 1e6), false)] });
    workloads.push({ kind: `generated ${lineMb} MB, one line`, texts: [generate(Math.round(lineMb * 1e6), true)] });

    console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}; each row is a fresh process\n`);
    const header = ['workload', 'tool', 'articles', 'MB', 'seconds', 'MB/s', 'ms/article', 'peak RSS MB', 'setup ms'];
    const rows = [];
    for (const w of workloads) {
      const input = join(dir, `input-${rows.length}.json`);
      writeFileSync(input, JSON.stringify(w.texts));
      const results = [runChild(w.kind, 'newslens', input, bundle)];
      if (w.real) results.push(runChild(w.kind, `newslens-pool (${availableParallelism()} workers)`, input, bundle));
      if (!skipHarper) results.push(runChild(w.kind, 'harper.js', input, bundle));
      for (const r of results) {
        if (r.error) {
          rows.push([w.kind, r.tool, 'failed: ' + r.error]);
          continue;
        }
        const mbs = r.chars / 1e6 / (r.ms / 1000);
        r.mbs = mbs;
        rows.push([
          w.kind,
          r.tool,
          String(r.articles),
          (r.chars / 1e6).toFixed(2),
          (r.ms / 1000).toFixed(2),
          mbs.toFixed(3),
          (r.ms / r.articles).toFixed(1),
          r.rssMB.toFixed(0),
          r.setupMs ? r.setupMs.toFixed(0) : '-',
        ]);
      }
      const harper = results.find((r) => r.tool === 'harper.js');
      for (const r of results) {
        if (r === harper || !r.mbs || !harper?.mbs) continue;
        rows.push(['', `ratio ${r.tool.replace(/ \(.*/, '')}/harper`, '', '', '', (r.mbs / harper.mbs).toFixed(2) + 'x', '', '', '']);
      }
    }
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (r) => r.map((c, i) => (i < 2 ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i]))).join('  ');
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    console.log('\nMB = million UTF-16 code units (characters); ms/article = seconds / articles analysed; harper setup = loading its WASM.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench: ${err.stack ?? err.message}`);
  process.exit(2);
});
