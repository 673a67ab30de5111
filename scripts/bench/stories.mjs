// How long story grouping takes on a real feed: the articles are analysed first (not timed), then the
// grouping is timed as the engine does it: every article's grouping features and the workspace index,
// grouping the whole workspace, and the work after one article is edited (its features re-read, the
// workspace grouped again). Prints figures only: no thresholds, no pass/fail.
//
// Usage: npm run bench:stories [-- --articles N] [--rounds N]
//   --articles N  how many articles to group (default 1000): the Reuters feed, berlin-talks, samples/ and
//                 the eval-stories folder, then invented copies of them under other names (their names and
//                 figures changed) until there are N
//   --rounds N    timed repetitions of each step (default 5; the median is printed)
//
// The real articles are read from ../shared (or NEWSLENS_SHARED); without them only samples/ and the
// eval-stories folder are used, copied as above. The core is bundled from source with esbuild.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? Number(process.argv[i + 1]) : fallback;
}

/** Every article file under a folder (recursively), sorted. */
function articleFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...articleFiles(p));
    else if (/\.(?:txt|news|article)$/.test(name) && !/^readme/i.test(name)) out.push(p);
  }
  return out;
}

/** An invented variant of a text: capitalised words and numbers changed, so it groups with nothing real. */
function variant(text, k) {
  return text.replace(/\b[A-Z][a-z]{3,}\b/g, (w) => `${w}${'xyzq'[k % 4]}${k}`).replace(/\d+/g, (n) => String(Number(n) + k));
}

/** Runs fn and returns [wall ms, CPU ms of this process]. */
function timed(fn) {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  const cpu = process.cpuUsage(c);
  return { value, wall: performance.now() - t, cpu: (cpu.user + cpu.system) / 1000 };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const target = option('--articles', 1000);
  const rounds = option('--rounds', 5);
  const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-stories-'));
  try {
    const esbuild = await import('esbuild');
    const bundle = join(dir, 'core.mjs');
    await esbuild.build({
      stdin: {
        contents: [
          "export { analyzeArticle } from './server/src/analysis/analyze';",
          "export { storyFeatures } from './server/src/analysis/cross/storyFeatures';",
          "export { StoryIndex } from './server/src/analysis/cross/storyIndex';",
          "export { groupStories } from './server/src/analysis/cross/stories';",
          "export { DEFAULT_STORY_THRESHOLD } from './server/src/analysis/cross/engine';",
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'warning',
    });
    const core = await import(pathToFileURL(bundle).href);

    const shared = process.env.NEWSLENS_SHARED ?? resolve(ROOT, '..', 'shared');
    const real = [
      ...articleFiles(join(shared, 'corpus', 'reuters-1996')),
      ...articleFiles(join(shared, 'corpus', 'berlin-talks')),
      ...articleFiles(join(ROOT, 'samples')),
      ...articleFiles(join(ROOT, 'test', 'fixtures', 'eval-stories')),
    ].map((p) => ({ id: p, text: readFileSync(p, 'utf8') }));
    if (!existsSync(join(shared, 'corpus'))) console.log(`(no ${shared}/corpus: only samples/ and eval-stories, with invented copies)`);
    const texts = real.slice(0, target);
    for (let k = 1; texts.length < target; k++) {
      for (const r of real) {
        if (texts.length >= target) break;
        texts.push({ id: `${r.id}#copy${k}`, text: variant(r.text, k) });
      }
    }
    let t = performance.now();
    const articles = texts.map((x) => ({ id: x.id, name: x.id.split('/').pop(), text: x.text, analysis: core.analyzeArticle(x.text) }));
    console.log(`analysed ${articles.length} articles (${real.length} real) in ${((performance.now() - t) / 1000).toFixed(1)} s (not part of the grouping figures)\n`);

    const threshold = core.DEFAULT_STORY_THRESHOLD;
    const steps = { features: [], index: [], group: [], edit: [] };
    const put = (step, m) => steps[step].push(m);
    let result;
    for (let r = 0; r < rounds; r++) {
      const fs = timed(() => articles.map((a) => core.storyFeatures(a)));
      put('features', fs);
      const index = new core.StoryIndex();
      put('index', timed(() => articles.forEach((a, i) => index.set(a.id, fs.value[i]))));
      const g = timed(() => core.groupStories(index, threshold));
      put('group', g);
      result = g.value;
      const edited = articles[(r * 7919) % articles.length];
      put('edit', timed(() => {
        index.set(edited.id, core.storyFeatures({ ...edited, text: edited.text + ' ' }));
        return core.groupStories(index, threshold);
      }));
    }
    const sizes = result.stories.map((s) => s.articles.length);
    const m = (step, key) => median(steps[step].map((x) => x[key]));
    const rows = [
      ['grouping features of every article', 'features'],
      ['building the workspace index', 'index'],
      ['grouping the whole workspace', 'group'],
      ['one article edited: its features and a regrouping', 'edit'],
    ];
    console.log(`node ${process.version}, ${process.platform}/${process.arch}; ${articles.length} articles, threshold ${threshold}, median of ${rounds}\n`);
    console.log(`${'step'.padEnd(52)} ${'wall ms'.padStart(9)} ${'CPU ms'.padStart(9)}`);
    for (const [what, step] of rows) console.log(`${what.padEnd(52)} ${m(step, 'wall').toFixed(1).padStart(9)} ${m(step, 'cpu').toFixed(1).padStart(9)}`);
    const fresh = ['features', 'index', 'group'];
    const sum = (key) => fresh.reduce((acc, step) => acc + m(step, key), 0);
    console.log(`${'a fresh workspace: features + index + grouping'.padEnd(52)} ${sum('wall').toFixed(1).padStart(9)} ${sum('cpu').toFixed(1).padStart(9)}`);
    console.log('(wall-clock time includes waiting for a busy machine; CPU time is this process\'s own work)');
    console.log(`\n${result.stories.length} stories, ${sizes.filter((n) => n > 1).length} with several articles, the largest of ${Math.max(...sizes)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
