// How long after an edit the Problems panel is right again: the real bundled server over stdio, a
// workspace of the sample stories (plus the real berlin-talks story from ../shared when present),
// one article edited so that a planted disagreement disappears and comes back, timed until the
// diagnostics of a *different*, never-opened article of the story reflect it.
// Usage: npm run build && node scripts/bench/edit-latency.mjs [ROUNDS]   (prints figures, no pass/fail)
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { LspClient, tempWorkspace } = require('../../out/test/protocol/lspClient.js');

const rounds = Number(process.argv[2] ?? 10);
const shared = process.env.NEWSLENS_SHARED ?? resolve('..', 'shared');
const ws = tempWorkspace();
const berlin = join(shared, 'corpus', 'berlin-talks');
let extra = 0;
if (existsSync(berlin)) {
  for (const n of readdirSync(berlin).filter((n) => n.endsWith('.txt'))) {
    cpSync(join(berlin, n), join(ws.dir, 'berlin-' + n));
    extra++;
  }
}
// Findings sit where the odd value is: the edit makes the sources split 2–2 on the strike figure, so
// the watched article (never opened, agreeing until then) gets a finding, and loses it when undone.
const EDITED = 'port-strike-gulf-wire.txt';
const WATCHED = 'port-strike-vallmora-courier.txt';
const READY = 'port-strike-coastwatch-digest.txt';
const original = readFileSync(join(ws.dir, EDITED), 'utf8');
const fixed = original.replace('About 2,400 dockworkers', 'About 4,200 dockworkers');
if (fixed === original) throw new Error('the sample no longer has the planted figure; update the benchmark');

const hasConflict = (ds) => ds.some((d) => d.code === 'figure-conflict');
const t0 = performance.now();
const client = await LspClient.start({ folders: [ws.dir] });
try {
  await client.waitForDiagnostics(ws.uri(READY), hasConflict, 'initial findings', 120000);
  const indexed = performance.now() - t0;
  await client.open(ws.uri(EDITED), original);
  const gone = [];
  const back = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    await client.change(ws.uri(EDITED), fixed);
    await client.waitForDiagnostics(ws.uri(WATCHED), hasConflict, 'finding there', 30000);
    gone.push(performance.now() - t);
    t = performance.now();
    await client.change(ws.uri(EDITED), original);
    await client.waitForDiagnostics(ws.uri(WATCHED), (ds) => !hasConflict(ds), 'finding gone', 30000);
    back.push(performance.now() - t);
  }
  const all = [...gone, ...back].sort((a, b) => a - b);
  const q = (p) => all[Math.min(all.length - 1, Math.floor(p * all.length))];
  console.log(`workspace: ${readdirSync(ws.dir).length} articles (${extra} from berlin-talks), ${rounds} rounds`);
  console.log(`start to first cross-source diagnostics: ${indexed.toFixed(0)} ms`);
  console.log(`edit -> diagnostics updated in another article: median ${q(0.5).toFixed(0)} ms, p90 ${q(0.9).toFixed(0)} ms, max ${all[all.length - 1].toFixed(0)} ms`);
  console.log('(includes the server\'s edit debounce)');
} finally {
  await client.dispose();
  ws.dispose();
}
