// The analysis pool and the persistent cache: an article that runs past its time budget is stopped and
// its worker replaced while the others are analysed; the open article goes before the corpus; the cache
// gives back exactly what was stored and never trusts a damaged entry. The budgets here are small on
// purpose, and the slow article is large enough to overrun them on any machine: no timing is asserted.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { AnalysisCache } from '../../server/src/analysisCache';
import { AnalysisPool } from '../../server/src/pool/analysisPool';
import { REPO, tempDir, type CliRun } from '../helpers';

const WORKER = join(REPO, 'dist', 'analysisWorker.js');

const SHORT = 'Mayor Tomas Brekke said on Monday that 40 ferries had stopped in Marrenby. “We will wait,” he said.';

/** About `chars` characters of invented news, in paragraphs: far slower to analyse than a small budget. */
function longArticle(chars: number): string {
  const lines: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const line = `Minister Anna Dahl${i % 7} told reporters in Kelsport on Tuesday that ${i + 12} containers, worth about $${i + 3} million, were held. “We need ${i % 9} more days,” said union leader Jonas Nowak${i % 5}.`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join('\n');
}

function runCli(args: string[], env: Record<string, string>, cwd = REPO): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'dist', 'cli.js'), ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('AnalysisPool', () => {
  it('stops an article that runs past its budget, replaces the worker, and analyses the others', { timeout: 120_000 }, async () => {
    // 4 s is ages for the short articles even on a busy machine, and far too little for 3 MB on any.
    const pool = new AnalysisPool({ workerFile: WORKER, size: 1, minBudgetMs: 4000, budgetMsPer100k: 1 });
    try {
      const before = pool.analyze({ text: SHORT });
      const slow = pool.analyze({ text: longArticle(3_000_000) });
      const afterSlow = pool.analyze({ text: SHORT + ' Later, 12 more arrived.' });
      const [a, s, b] = await Promise.all([before, slow, afterSlow]);
      assert.equal(a.kind, 'done');
      assert.equal(s.kind, 'stopped');
      assert.equal(b.kind, 'done', 'the article queued behind the stopped one is analysed by the replacement worker');
      assert.deepEqual(b.analysis, analyzeArticle(SHORT + ' Later, 12 more arrived.'));
      assert.equal(pool.stoppedCount, 1);
    } finally {
      await pool.dispose();
    }
  });

  it('analyses an open article before the queued corpus', { timeout: 120_000 }, async () => {
    const pool = new AnalysisPool({ workerFile: WORKER, size: 1 });
    try {
      const order: string[] = [];
      const corpus = Array.from({ length: 6 }, (_, i) => pool.analyze({ text: `${SHORT} Corpus ${i}.` }).then(() => order.push(`corpus ${i}`)));
      const open = pool.analyze({ text: SHORT, priority: true }).then(() => order.push('open'));
      await Promise.all([...corpus, open]);
      // The worker was still starting when everything was queued: the open article is first of all.
      assert.equal(order[0], 'open', order.join(', '));
    } finally {
      await pool.dispose();
    }
  });

  it('stops its idle extra workers when told a burst of work is over, and starts them again for the next', { timeout: 120_000 }, async () => {
    const pool = new AnalysisPool({ workerFile: WORKER, size: 2 });
    try {
      const burst = () => Promise.all(Array.from({ length: 6 }, (_, i) => pool.analyze({ text: `${SHORT} Article ${i}.` })));
      await burst();
      assert.equal(pool.workers, 2);
      pool.releaseIdle();
      assert.equal(pool.workers, 1, 'the first worker stays for the next edit');
      const again = await burst();
      again.forEach((o, i) => {
        assert.equal(o.kind, 'done');
        assert.deepEqual(o.analysis, analyzeArticle(`${SHORT} Article ${i}.`));
      });
      assert.equal(pool.workers, 2);
    } finally {
      await pool.dispose();
    }
  });

  it("hands over an opened article's analysis before its facts, then resolves with both", { timeout: 120_000 }, async () => {
    const pool = new AnalysisPool({ workerFile: WORKER, size: 1 });
    try {
      const seen: string[] = [];
      let early: unknown;
      const outcome = await pool.analyze({
        text: SHORT,
        priority: true,
        facts: true,
        onAnalysis: (analysis) => {
          early = analysis;
          seen.push('analysis');
        },
      });
      seen.push('facts');
      assert.deepEqual(seen, ['analysis', 'facts']);
      assert.equal(outcome.kind, 'done');
      assert.equal(outcome.analysis, early, 'the early analysis is the one the outcome carries');
      assert.deepEqual(outcome.analysis, analyzeArticle(SHORT));
      assert.ok(outcome.facts && outcome.features, 'the facts and features follow');
    } finally {
      await pool.dispose();
    }
  });

  it('gives what the core gives, for many articles at once on several workers', { timeout: 120_000 }, async () => {
    const pool = new AnalysisPool({ workerFile: WORKER, size: 2 });
    try {
      const texts = readdirSync(join(REPO, 'samples'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(REPO, 'samples', f), 'utf8'));
      const outcomes = await Promise.all(texts.map((text) => pool.analyze({ text })));
      outcomes.forEach((o, i) => {
        assert.equal(o.kind, 'done');
        assert.deepEqual(o.analysis, analyzeArticle(texts[i]!));
      });
    } finally {
      await pool.dispose();
    }
  });
});

describe('newslens with a time budget', () => {
  const dir = tempDir();
  after(() => dir.dispose());

  it('annotate reports the stopped article and annotates the rest', { timeout: 180_000 }, async () => {
    writeFileSync(join(dir.path, 'short.txt'), SHORT);
    writeFileSync(join(dir.path, 'long.txt'), longArticle(1_000_000));
    // The short article is analysed once with the normal budget and kept in the cache, so the run with
    // a budget nothing can meet analyses (and stops) only the long one, however busy the machine is.
    const cache = join(dir.path, 'cache');
    const first = await runCli(['annotate', '--cache', cache, 'short.txt'], {}, dir.path);
    assert.equal(first.code, 0, first.stderr);
    const run = await runCli(['annotate', '--jobs', '1', '--cache', cache, 'long.txt', 'short.txt'], { NEWSLENS_ANALYSIS_BUDGET_MS: '1', NEWSLENS_ANALYSIS_BUDGET_MS_PER_100K: '1' }, dir.path);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /long\.txt: Analysis stopped after 0\.0\d\d s/);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; entities: unknown[]; problems: Array<{ code: string }> });
    assert.deepEqual(records.map((r) => r.file), ['long.txt', 'short.txt']);
    assert.equal(records[0]!.problems[0]?.code, 'analysis-stopped');
    assert.equal(records[0]!.entities.length, 0);
    assert.equal(run.stdout.split('\n')[1], first.stdout.trim(), 'the short article is annotated as before');
  });
});

describe('AnalysisCache', () => {
  const dir = tempDir();
  after(() => dir.dispose());
  const text = 'The union said talks lasted more than five hours on Monday, and that over 4,000 members would vote.';
  const analysis = analyzeArticle(text);

  it('gives back exactly what was stored, open intervals included', async () => {
    const cache = new AnalysisCache(join(dir.path, 'a'));
    const key = cache.key(text, { maxChars: 500_000 });
    assert.equal(await cache.get(key, text.length), undefined);
    await cache.set(key, analysis);
    assert.ok(analysis.figures.some((f) => f.interval?.hi === Infinity), 'the example has an open interval');
    assert.deepEqual(await cache.get(key, text.length), { analysis });
    assert.notEqual(cache.key(text, { maxChars: 1000 }), key, 'options that change the analysis change the key');
    assert.notEqual(cache.key(text + ' ', { maxChars: 500_000 }), key);
  });

  it('ignores and removes damaged, foreign or mismatched entries', async () => {
    const cache = new AnalysisCache(join(dir.path, 'b'));
    const key = cache.key(text, { maxChars: 500_000 });
    await cache.set(key, analysis);
    const file = join(dir.path, 'b', key.slice(0, 2), `${key}.json`);
    const good = readFileSync(file, 'utf8');
    const damaged = [
      good.slice(0, good.length / 2), // a partial write
      '',
      'null',
      good.replace(key, 'f'.repeat(64)), // another text's entry under this name
      good.replace(/"start":(\d)/, (_, d: string) => `"start":${(Number(d) + 1) % 10}`), // the analysis is not what its digest says
      good.replace(/"entities":\[/, '"entities":[7,'), // not an entity (nor as long as the header says)
      `${good} `, // a byte more than the header says
      good.replace(/"analysisChars":(\d+)/, (_, n: string) => `"analysisChars":${Number(n) - 1}`), // the texts cut elsewhere
      good.replace(/"problems":\[/, '"problems":[7,'), // not a problem
      good.replace(/"parts":\[/, '"parts":["x",'), // a part no analysis has
    ];
    for (const bad of damaged) {
      assert.notEqual(bad, good);
      writeFileSync(file, bad);
      assert.equal(await cache.get(key, text.length), undefined, bad.slice(0, 60));
    }
    await cache.set(key, analysis);
    assert.equal(await cache.get(key, text.length + 1), undefined, 'an entry for a text of another length');
  });

  it('parses an analysis only when it is read, and one its digest vouches for that is still no analysis reads as empty', async () => {
    const logs: string[] = [];
    const cache = new AnalysisCache(join(dir.path, 'lazy'), undefined, (m) => logs.push(m));
    const key = cache.key(text, { maxChars: 500_000 });
    await cache.set(key, analysis);
    const file = join(dir.path, 'lazy', key.slice(0, 2), `${key}.json`);
    const raw = readFileSync(file, 'utf8');
    const eol = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, eol)) as { digest: string; analysisChars: number; factsChars: number };
    assert.equal(raw.length, eol + 1 + header.analysisChars + header.factsChars, 'a header line, then the analysis and facts texts');
    const got = await cache.get(key, text.length);
    assert.ok(got);
    assert.deepEqual(got.analysis.problems, analysis.problems);
    assert.deepEqual(got.analysis.figures, analysis.figures);
    // A written entry whose analysis text was replaced with a digest to match (a bug, not damage).
    const crafted = JSON.stringify({ entities: [7], paragraphs: [], sentences: [], figures: [], quotes: [] });
    header.digest = createHash('sha1').update(crafted).digest('base64');
    header.analysisChars = crafted.length;
    header.factsChars = 0;
    writeFileSync(file, `${JSON.stringify(header)}\n${crafted}`);
    const odd = await cache.get(key, text.length);
    assert.ok(odd, 'the entry is sound on its face');
    assert.deepEqual(logs, [], 'nothing parsed yet');
    assert.deepEqual(odd.analysis.entities, []);
    assert.deepEqual(odd.analysis.figures, []);
    assert.equal(logs.length, 1, logs.join('\n'));
  });

  it('stays within its bound, evicting the oldest entries', async () => {
    const folder = join(dir.path, 'c');
    const cache = new AnalysisCache(folder, 20_000);
    for (let i = 0; i < 30; i++) await cache.set(cache.key(`${text} ${i}`, { maxChars: 500_000 }), analysis);
    await cache.sweep();
    let total = 0;
    let files = 0;
    for (const shard of readdirSync(folder)) {
      for (const f of readdirSync(join(folder, shard))) {
        assert.ok(f.endsWith('.json'), `no temporary file left: ${f}`);
        total += readFileSync(join(folder, shard, f)).length;
        files++;
      }
    }
    assert.ok(total <= 20_000, `${total} bytes`);
    assert.ok(files > 0 && files < 30);
  });

  it('check --cache gives the same findings from a warm cache, and from a damaged one', { timeout: 180_000 }, async () => {
    const cacheDir = join(dir.path, 'cli-cache');
    mkdirSync(cacheDir);
    const args = ['check', '--format', 'json', '--no-ledger', '--fail-on', 'none', '--cache', cacheDir, join(REPO, 'samples')];
    const cold = await runCli(args, {});
    assert.equal(cold.code, 0, cold.stderr);
    const entries = readdirSync(cacheDir).flatMap((s) => readdirSync(join(cacheDir, s)));
    assert.equal(entries.length, 8, `one cache entry per sample article: ${entries.join(", ")}`);
    const warm = await runCli(args, {});
    assert.equal(warm.stdout, cold.stdout);
    for (const s of readdirSync(cacheDir)) for (const f of readdirSync(join(cacheDir, s))) writeFileSync(join(cacheDir, s, f), '{"format":1,"key":');
    const damaged = await runCli(args, {});
    assert.equal(damaged.stdout, cold.stdout);
  });
});
