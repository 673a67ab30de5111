// The language server on a newsroom-sized folder, over stdio as an editor talks to it. Prints figures
// only (no pass/fail):
//   cold index      start → every article analysed, grouped and checked (log line "indexed N articles"),
//                   with an empty analysis cache;
//   first tokens    start → semantic tokens of an article opened right after start, while the rest indexes;
//   warm index      the same folder again, with the cache the cold run left (and when the last session's
//                   findings were shown, before the index ends);
//   edit latency    an edit in one article → the diagnostics of another, never-opened article of its story
//                   updated (p50/p95, the 200 ms edit debounce included), after the warm index; the first
//                   edit, made as the article opens, also apart from the others;
//   responsiveness  hover, semantic tokens and document symbols p50/p95/max while N copies of the articles
//                   (with small changes, default 2,000) index from cold;
//   peak RSS        of the server process (its worker threads included), per run.
//
// Usage: npm run bench:scale [-- FOLDER...] [--copies N] [--rounds N] [--skip-busy]
//   FOLDER defaults to ../shared/corpus/reuters-1996 (NEWSLENS_SHARED overrides ../shared); the berlin-talks
//   articles and the invented samples/ are always added (the edit is made in samples' port-strike story).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { LspClient, fileUri } = require('../../out/test/protocol/lspClient.js');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const shared = process.env.NEWSLENS_SHARED ?? resolve('..', 'shared');
let folders = args.filter((a, i) => !a.startsWith('--') && !['--copies', '--rounds'].includes(args[i - 1]));
if (folders.length === 0) folders = [join(shared, 'corpus', 'reuters-1996')];
const berlin = join(shared, 'corpus', 'berlin-talks');
const copies = opt('--copies', 2000);
const rounds = opt('--rounds', 10);
const ARTICLE = /\.(?:txt|news|article)$/;

// Findings sit where the odd value is: the edit makes the sources split 2–2 on the strike figure, so
// the watched article (never opened, agreeing until then) gets a finding, and loses it when undone.
const EDITED = 'port-strike-gulf-wire.txt';
const WATCHED = 'port-strike-vallmora-courier.txt';
const READY = 'port-strike-coastwatch-digest.txt';

/** The workspace: the folders' articles, berlin-talks and the samples, in one temporary folder. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-scale-'));
  let n = 0;
  for (const folder of [...folders, ...(existsSync(berlin) ? [berlin] : [])]) {
    if (!existsSync(folder)) {
      console.log(`(no ${folder}: left out)`);
      continue;
    }
    for (const name of readdirSync(folder).filter((f) => ARTICLE.test(f) && f !== 'README.txt')) {
      cpSync(join(folder, name), join(dir, `${basename(folder)}-${name}`));
      n++;
    }
  }
  for (const name of readdirSync('samples').filter((f) => ARTICLE.test(f))) {
    cpSync(join('samples', name), join(dir, name));
    n++;
  }
  return { dir, count: n };
}

/** `count` articles made from the folders' articles with small changes (a number and a word differ). */
function copiesWorkspace(count) {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-busy-'));
  const sources = folders.flatMap((f) => (existsSync(f) ? readdirSync(f).filter((n) => ARTICLE.test(n) && n !== 'README.txt').map((n) => join(f, n)) : []));
  for (let i = 0; i < count && sources.length > 0; i++) {
    const text = readFileSync(sources[i % sources.length], 'utf8');
    const changed = text.replace(/\d+/, (d) => String(Number(d) + 1 + i)).replace(/\bthe\b/, i % 2 ? 'a' : 'the');
    writeFileSync(join(dir, `copy-${String(i).padStart(5, '0')}.txt`), changed);
  }
  for (const name of readdirSync('samples').filter((f) => ARTICLE.test(f))) cpSync(join('samples', name), join(dir, name));
  return dir;
}

function peakRssMb(client) {
  try {
    const status = readFileSync(`/proc/${client.proc.pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

const indexedLine = (client) => client.logs.find((l) => /NewsLens: indexed \d+ article/.test(l));

async function start(dir, storage) {
  const t0 = performance.now();
  const client = await LspClient.start({ folders: [dir], initializationOptions: { storagePath: storage } });
  return { client, t0 };
}

/** Cold or warm index; on the cold run, also the first semantic tokens of an article opened at once. */
async function indexRun(dir, storage, openFirst) {
  const { client, t0 } = await start(dir, storage);
  let firstTokens;
  try {
    if (openFirst) {
      const uri = fileUri(join(dir, WATCHED));
      await client.open(uri, readFileSync(join(dir, WATCHED), 'utf8'));
      const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } }, 120000);
      firstTokens = { ms: performance.now() - t0, count: tokens.data.length / 5 };
    }
    // On a warm start of an unchanged workspace, the last session's findings are shown before the index ends.
    let restoredMs;
    void client
      .waitFor(() => client.logs.find((l) => /findings of the last session/.test(l)), 'the restored findings', 600000)
      .then(() => (restoredMs = performance.now() - t0))
      .catch(() => undefined);
    await client.waitFor(() => indexedLine(client), 'the index', 600000);
    const ms = performance.now() - t0;
    return { ms, restoredMs, firstTokens, line: indexedLine(client), rss: peakRssMb(client), client };
  } catch (err) {
    await client.dispose();
    throw err;
  }
}

function quantiles(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}
const fmt = (q) => `p50 ${q.p50.toFixed(0)} ms, p95 ${q.p95.toFixed(0)} ms, max ${q.max.toFixed(0)} ms (n=${q.n})`;

async function editLatency(client, dir) {
  const hasConflict = (ds) => ds.some((d) => d.code === 'figure-conflict');
  const edited = fileUri(join(dir, EDITED));
  const watched = fileUri(join(dir, WATCHED));
  const original = readFileSync(join(dir, EDITED), 'utf8');
  const fixed = original.replace('About 2,400 dockworkers', 'About 4,200 dockworkers');
  if (fixed === original) throw new Error('the sample no longer has the planted figure; update the benchmark');
  await client.waitForDiagnostics(fileUri(join(dir, READY)), hasConflict, 'initial findings', 60000);
  await client.open(edited, original);
  const times = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    await client.change(edited, fixed);
    await client.waitForDiagnostics(watched, hasConflict, 'finding there', 60000);
    times.push(performance.now() - t);
    t = performance.now();
    await client.change(edited, original);
    await client.waitForDiagnostics(watched, (ds) => !hasConflict(ds), 'finding gone', 60000);
    times.push(performance.now() - t);
  }
  return { all: quantiles(times), first: times[0], rest: quantiles(times.slice(1)) };
}

/** Hover, tokens and symbols on an open article, one request at a time, until the index is done. */
async function busyRun(dir, storage) {
  const { client, t0 } = await start(dir, storage);
  try {
    const uri = fileUri(join(dir, WATCHED));
    const text = readFileSync(join(dir, WATCHED), 'utf8');
    await client.open(uri, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /[A-Z][a-z]+ [A-Z][a-z]+/.test(l));
    const character = Math.max(0, lines[line].search(/[A-Z][a-z]+ [A-Z][a-z]+/) + 1);
    const times = { hover: [], tokens: [], symbols: [] };
    const ask = {
      hover: () => client.request('textDocument/hover', { textDocument: { uri }, position: { line, character } }, 120000),
      tokens: () => client.request('textDocument/semanticTokens/full', { textDocument: { uri } }, 120000),
      symbols: () => client.request('textDocument/documentSymbol', { textDocument: { uri } }, 120000),
    };
    await ask.tokens(); // the article's own analysis first: what is measured is waiting on the index
    while (!indexedLine(client)) {
      for (const kind of Object.keys(ask)) {
        const t = performance.now();
        await ask[kind]();
        times[kind].push(performance.now() - t);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return { ms: performance.now() - t0, times, line: indexedLine(client), rss: peakRssMb(client) };
  } finally {
    await client.dispose();
  }
}

async function main() {
  const ws = workspace();
  const storage = mkdtempSync(join(tmpdir(), 'newslens-storage-'));
  mkdirSync(storage, { recursive: true });
  console.log(`workspace: ${ws.count} articles (${folders.join(', ')} + berlin-talks + samples); node ${process.version}, ${availableParallelism()} cores`);
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (figures are wall-clock: other work on the machine slows them)`);
  try {
    const cold = await indexRun(ws.dir, storage, true);
    await cold.client.dispose();
    console.log(`cold index (empty cache):   ${(cold.ms / 1000).toFixed(2)} s   [${cold.line.replace('NewsLens: ', '')}]`);
    console.log(`first semantic tokens:      ${cold.firstTokens.ms.toFixed(0)} ms after start (${cold.firstTokens.count} tokens), while the rest indexes`);
    console.log(`peak RSS, cold run:         ${cold.rss.toFixed(0)} MB`);

    const warm = await indexRun(ws.dir, storage, false);
    if (warm.restoredMs !== undefined) console.log(`warm, last session's findings shown: ${(warm.restoredMs / 1000).toFixed(2)} s after start`);
    console.log(`warm index (cache):         ${(warm.ms / 1000).toFixed(2)} s   [${warm.line.replace('NewsLens: ', '')}]`);
    try {
      const edit = await editLatency(warm.client, ws.dir);
      console.log(`edit -> other article's diagnostics: ${fmt(edit.all)} (debounce included)`);
      // The first edit is made the moment the article is opened: it also waits for the article's own
      // analysis on open (and, on a warm start, for the first worker to finish loading).
      console.log(`  the first, made as the article opens: ${edit.first.toFixed(0)} ms; the others: ${fmt(edit.rest)}`);
      console.log(`peak RSS, warm run + edits: ${peakRssMb(warm.client).toFixed(0)} MB`);
    } finally {
      await warm.client.dispose();
    }

    if (!args.includes('--skip-busy')) {
      const busyDir = copiesWorkspace(copies);
      const busyStorage = mkdtempSync(join(tmpdir(), 'newslens-storage-'));
      try {
        const busy = await busyRun(busyDir, busyStorage);
        console.log(`\nwhile ${copies} article copies index from cold (${(busy.ms / 1000).toFixed(1)} s) [${busy.line.replace('NewsLens: ', '')}]:`);
        for (const [kind, xs] of Object.entries(busy.times)) if (xs.length) console.log(`  ${kind.padEnd(8)} ${fmt(quantiles(xs))}`);
        console.log(`  peak RSS ${busy.rss.toFixed(0)} MB`);
      } finally {
        rmSync(busyDir, { recursive: true, force: true });
        rmSync(busyStorage, { recursive: true, force: true });
      }
    }
  } finally {
    console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    rmSync(ws.dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench:scale: ${err.stack ?? err.message}`);
  process.exit(2);
});
