// Measures story grouping through the command line exactly as users run it (`newslens check --format json`).
//
// Usage: npm run eval:stories -- [DIR] [--gold FILE] [--mix-berlin] [--threshold N] [--cli PATH] [--errors N]
//
//   DIR           the folder to group (default: ../shared/corpus/reuters-1996, or $NEWSLENS_SHARED/corpus/…).
//                 A folder whose subfolders each hold one story (test/fixtures/eval-stories/) is scored as a
//                 multi-story workspace: every subfolder is one story.
//   --gold FILE   story labels, file name → story id, with the held-out story ids (default:
//                 test/gold/reuters-stories.json, used when DIR is the Reuters folder)
//   --mix-berlin  also put the five berlin-talks articles into the workspace and check that they form exactly
//                 their own story of five
//   --threshold N passed to `check --threshold`
//   --cli PATH    the CLI to run (default dist/cli.js; built with `npm run build` when missing)
//   --errors N    print up to N wrongly joined and N wrongly split pairs of the tuning part (never the held-out part)
//
// Prints: articles, stories, stories with several articles, the largest (size and label), cross-source
// findings (a finding that relates a passage of another article) in all and per 1,000 articles, and
// pairwise precision/recall/F1 over the labelled articles — separately for the tuning part and for the
// held-out part (the stories listed in the gold's "heldout"). Read from ../shared at run time; nothing
// of the articles is copied into the project.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

function parseArgs(argv) {
  const opts = { dir: null, gold: null, mixBerlin: false, threshold: null, cli: join(ROOT, 'dist', 'cli.js'), errors: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--gold') opts.gold = resolve(val());
    else if (a === '--mix-berlin') opts.mixBerlin = true;
    else if (a === '--threshold') opts.threshold = val();
    else if (a === '--cli') opts.cli = resolve(val());
    else if (a === '--errors') opts.errors = Number(val());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.dir = resolve(a);
  }
  return opts;
}

function sharedDir() {
  return process.env.NEWSLENS_SHARED ?? resolve(ROOT, '..', 'shared');
}

/** Runs `check --format json` on the paths; returns the parsed report. */
function check(opts, paths) {
  if (!existsSync(opts.cli)) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const args = [opts.cli, 'check', ...paths, '--format', 'json', '--no-ledger', '--fail-on', 'none'];
  if (opts.threshold !== null) args.push('--threshold', opts.threshold);
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`newslens check failed (${r.status}): ${r.stderr.split('\n').slice(0, 5).join('\n')}`);
  return { report: JSON.parse(r.stdout), seconds: (Date.now() - started) / 1000 };
}

/** Pairwise precision and recall of a grouping against labels, over the files both know. */
function pairwise(files, goldOf, predOf) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const joined = [];
  const split = [];
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const same = goldOf(files[i]) === goldOf(files[j]);
      const pred = predOf(files[i]) === predOf(files[j]);
      if (same && pred) tp++;
      else if (pred) {
        fp++;
        joined.push([files[i], files[j]]);
      } else if (same) {
        fn++;
        split.push([files[i], files[j]]);
      }
    }
  }
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn, joined, split };
}

function pct(x) {
  return x.toFixed(3);
}

/** Stories, the largest, cross-source findings. */
function summary(report, articleCount) {
  const sizes = report.stories.map((s) => s.articles.length);
  const largest = report.stories.reduce((best, s) => (s.articles.length > (best?.articles.length ?? 0) ? s : best), null);
  const cross = report.findings.filter((f) => f.related.some((r) => r.file !== f.file));
  const byRule = new Map();
  for (const f of cross) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  console.log(`articles: ${articleCount}`);
  console.log(`stories: ${report.stories.length} (${sizes.filter((n) => n > 1).length} with several articles)`);
  console.log(`largest story: ${largest?.articles.length ?? 0} articles (${largest?.label ?? ''})`);
  console.log(
    `cross-source findings: ${cross.length} (${((1000 * cross.length) / Math.max(1, articleCount)).toFixed(1)} per 1,000 articles` +
      `; ${[...byRule].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')})`,
  );
  return cross;
}

/** A folder whose subfolders are stories (the eval-stories fixtures): purity of the grouping. */
function scoreStoryFolders(report, dir) {
  const storyOfFile = (f) => relative(dir, f).split(/[\\/]/)[0];
  const predOf = new Map();
  report.stories.forEach((s, i) => s.articles.forEach((a) => predOf.set(a, i)));
  const mixed = report.stories.filter((s) => new Set(s.articles.map(storyOfFile)).size > 1);
  const stories = [...new Set(report.files.map(storyOfFile))].sort();
  console.log(`story folders: ${stories.length}; groups mixing two stories: ${mixed.length}`);
  for (const st of stories) {
    const groups = new Set(report.files.filter((f) => storyOfFile(f) === st).map((f) => predOf.get(f)));
    console.log(`  ${st}: ${groups.size === 1 ? 'one group' : `split into ${groups.size} groups`}`);
  }
  const across = report.findings.filter((f) => f.related.some((r) => storyOfFile(r.file) !== storyOfFile(f.file)));
  console.log(`findings relating two stories: ${across.length}`);
  const m = pairwise(report.files, storyOfFile, (f) => predOf.get(f));
  console.log(`pairwise: precision ${pct(m.p)} recall ${pct(m.r)} F1 ${pct(m.f1)} (${m.tp} pairs joined rightly, ${m.fp} wrongly, ${m.fn} missed)`);
}

function scoreGold(report, gold, opts) {
  const held = new Set(gold.heldout ?? []);
  const predOf = new Map();
  report.stories.forEach((s, i) => s.articles.forEach((a) => predOf.set(basename(a), i)));
  for (const part of ['tuning', 'held-out']) {
    const files = Object.keys(gold.articles)
      .filter((f) => predOf.has(f) && held.has(gold.articles[f]) === (part === 'held-out'))
      .sort();
    const m = pairwise(files, (f) => gold.articles[f], (f) => predOf.get(f));
    console.log(
      `${part}: ${files.length} labelled articles; pairwise precision ${pct(m.p)} recall ${pct(m.r)} F1 ${pct(m.f1)} ` +
        `(${m.tp} pairs joined rightly, ${m.fp} wrongly, ${m.fn} missed)`,
    );
    if (part === 'tuning' && opts.errors > 0) {
      for (const [a, b] of m.joined.slice(0, opts.errors)) console.log(`  joined: ${a} + ${b}`);
      for (const [a, b] of m.split.slice(0, opts.errors)) console.log(`  split:  ${a} | ${b} (${gold.articles[a]})`);
    }
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const reuters = join(sharedDir(), 'corpus', 'reuters-1996');
  const dir = opts.dir ?? reuters;
  if (!existsSync(dir)) {
    console.log(`eval:stories: no folder at ${dir} (set NEWSLENS_SHARED or pass a folder); nothing measured.`);
    return;
  }
  const storyFolders = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, 'gold.json')));
  const berlin = join(sharedDir(), 'corpus', 'berlin-talks');
  const paths = [dir];
  if (opts.mixBerlin) {
    if (!existsSync(berlin)) throw new Error(`--mix-berlin: no corpus at ${berlin}`);
    paths.push(berlin);
  }
  const { report, seconds } = check(opts, paths);
  console.log(`newslens check ${paths.map((p) => relative(process.cwd(), p) || '.').join(' ')}: ${seconds.toFixed(1)} s`);
  summary(report, report.files.length);
  if (storyFolders.length > 0) scoreStoryFolders(report, dir);
  const goldPath = opts.gold ?? (resolve(dir) === resolve(reuters) ? join(ROOT, 'test', 'gold', 'reuters-stories.json') : null);
  if (goldPath) scoreGold(report, JSON.parse(readFileSync(goldPath, 'utf8')), opts);
  if (opts.mixBerlin) {
    const inBerlin = (f) => resolve(dirname(f)) === resolve(berlin);
    const groups = report.stories.filter((s) => s.articles.some(inBerlin));
    const own = groups.length === 1 && groups[0].articles.length === 5 && groups[0].articles.every(inBerlin);
    console.log(
      `berlin-talks mixed in: ${own ? 'exactly their own story of 5' : `NOT their own story: ${groups.map((g) => `${g.articles.length} articles (${g.articles.filter(inBerlin).length} berlin)`).join('; ')}`}`,
    );
    if (!own) process.exitCode = 1;
  }
}

try {
  main();
} catch (err) {
  console.error(`eval:stories: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
