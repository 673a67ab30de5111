// Measures the cross-source checks on invented multi-outlet stories with a gold file, through the command
// line exactly as users run it, and (with --reuters) counts the cross-source findings on a real feed.
//
// Usage: npm run eval:cross [-- DIR...] [--reuters [PATH]] [--grouping] [--errors] [--cli PATH]
//
//   DIR          a story folder (article files plus gold.json) or a folder of story folders
//                (default: test/fixtures/tune-stories). The format of gold.json is described in the
//                project's notes on gold files: disagreements and look-alikes, each a list of passages
//                (file + exact text).
//   --reuters    also run `check` on ../shared/corpus/reuters-1996 (or PATH) and print how many
//                cross-source findings it reports: that feed holds no planted disagreement, so they
//                are mostly false alarms (most of them today come from grouping unrelated articles).
//   --grouping   let story grouping decide (default: each story folder is checked as one story with
//                --threshold 0, so what is measured is the fact alignment, not the grouping)
//   --errors     print the missed disagreements, false alarms and flagged look-alikes. Do not use it on
//                held-out stories: it prints their passages.
//   --cli PATH   the CLI to run (default dist/cli.js; built with `npm run build` when missing)
//
// Scoring (each story folder separately):
//   - a passage is the first occurrence of its text in its file;
//   - a finding hits a disagreement when its check is of the disagreement's family (figure-update and
//     figure-conflict are one family) and its location or related locations overlap passages of at least
//     two different files of it (one file, for a disagreement whose passages are all in one file, and
//     for the checks that judge one article's own dates: weekday-mismatch, out-of-place-date,
//     impossible-date, whose finding sits on that article alone);
//   - recall per gold check: disagreements hit / disagreements; precision per reported check: findings
//     that hit a disagreement / findings; a finding that hits none is a false alarm;
//   - a look-alike is flagged when one finding says its two sides differ: the finding sits on a passage of
//     it and one of its related locations overlaps a passage of it in another file (a finding on a third
//     source whose related passages are both sides of a look-alike, standing together, does not flag it).
//   Per-article problems that are not about disagreements (unbalanced-quote, unattributed-speech) are
//   not scored.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { filesTouched, needed, setsApart } from './scoring.mjs';

const NOT_SCORED = new Set(['unbalanced-quote', 'unattributed-speech']);
const FAMILY = { 'figure-update': 'figure', 'figure-conflict': 'figure' };
const family = (check) => FAMILY[check] ?? check;

function parseArgs(argv) {
  const opts = { dirs: [], reuters: null, grouping: false, errors: false, cli: 'dist/cli.js' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--reuters') {
      const next = argv[i + 1];
      opts.reuters = next && !next.startsWith('-') ? argv[++i] : join(process.env.NEWSLENS_SHARED ?? '../shared', 'corpus', 'reuters-1996');
    } else if (a === '--grouping') opts.grouping = true;
    else if (a === '--errors') opts.errors = true;
    else if (a === '--cli') opts.cli = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('Usage: npm run eval:cross [-- DIR...] [--reuters [PATH]] [--grouping] [--errors] [--cli PATH]');
      process.exit(0);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.dirs.push(a);
  }
  if (opts.dirs.length === 0 && !opts.reuters) opts.dirs.push('test/fixtures/tune-stories');
  return opts;
}

/** Story folders under a path: the path itself when it holds gold.json, else its sub-folders that do. */
function storyFolders(dir) {
  if (existsSync(join(dir, 'gold.json'))) return [dir];
  if (!existsSync(dir)) throw new Error(`no such folder: ${dir}`);
  return readdirSync(dir)
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory() && existsSync(join(p, 'gold.json')));
}

function runCheck(cli, paths, grouping) {
  const args = [cli, 'check', '--format', 'json', '--no-ledger', '--fail-on', 'none', ...(grouping ? [] : ['--threshold', '0']), ...paths];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The spans a finding points at, by file name. */
function findingSpans(f) {
  const out = [{ file: basename(f.file), start: f.range.start.offset, end: f.range.end.offset }];
  for (const r of f.related ?? []) out.push({ file: basename(r.file), start: r.range.start.offset, end: r.range.end.offset });
  return out;
}

/** A gold item's passages located in their files: {file, start, end}. */
function locate(folder, item, what) {
  return item.passages.map((p) => {
    const text = readFileSync(join(folder, p.file), 'utf8');
    const start = text.indexOf(p.text);
    if (start < 0) throw new Error(`${basename(folder)} ${what} ${item.id}: passage not found in ${p.file}`);
    return { file: p.file, start, end: start + p.text.length };
  });
}

function scoreStory(folder, opts) {
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8'));
  const files = readdirSync(folder).filter((n) => n !== 'gold.json' && /\.(?:txt|news|article)$/.test(n));
  const out = runCheck(opts.cli, files.map((n) => join(folder, n)), opts.grouping);
  const findings = out.findings.filter((f) => !NOT_SCORED.has(f.rule));
  const dis = (gold.disagreements ?? []).map((d) => ({ ...d, located: locate(folder, d, 'disagreement') }));
  const looks = (gold.lookalikes ?? []).map((l) => ({ ...l, located: locate(folder, l, 'look-alike') }));
  const hit = new Set();
  const rows = findings.map((f) => {
    const spans = findingSpans(f);
    const hits = dis.filter((d) => family(d.check) === family(f.rule) && filesTouched(spans, d.located).size >= needed(d.located, d.check));
    for (const d of hits) hit.add(d.id);
    const flagged = looks.filter((l) => setsApart(spans, l.located));
    return { f, hits, flagged };
  });
  const flaggedLooks = new Set(rows.flatMap((r) => r.flagged.map((l) => l.id)));
  return { story: gold.story ?? basename(folder), stories: out.stories.length, dis, looks, rows, hit, flaggedLooks };
}

function pct(n, d) {
  return d === 0 ? '   –' : (n / d).toFixed(2).padStart(4);
}

function report(results, opts) {
  const byGold = new Map();
  const byRule = new Map();
  let falseAlarms = 0;
  let findings = 0;
  let looks = 0;
  let flagged = 0;
  for (const r of results) {
    for (const d of r.dis) {
      const g = byGold.get(d.check) ?? { n: 0, found: 0 };
      g.n++;
      if (r.hit.has(d.id)) g.found++;
      byGold.set(d.check, g);
    }
    for (const row of r.rows) {
      const p = byRule.get(row.f.rule) ?? { n: 0, right: 0 };
      p.n++;
      findings++;
      if (row.hits.length) p.right++;
      else falseAlarms++;
      byRule.set(row.f.rule, p);
    }
    looks += r.looks.length;
    flagged += r.flaggedLooks.size;
    const found = r.dis.filter((d) => r.hit.has(d.id)).length;
    const fa = r.rows.filter((x) => !x.hits.length).length;
    console.log(
      `${r.story.padEnd(28)} ${String(r.stories).padStart(2)} stor${r.stories === 1 ? 'y  ' : 'ies'}  disagreements ${found}/${r.dis.length}  findings ${r.rows.length} (${fa} false)  look-alikes flagged ${r.flaggedLooks.size}/${r.looks.length}`,
    );
  }
  console.log('\ncheck               gold  found  recall | findings  right  precision');
  const checks = [...new Set([...byGold.keys(), ...byRule.keys()])].sort();
  for (const c of checks) {
    const g = byGold.get(c) ?? { n: 0, found: 0 };
    const p = byRule.get(c) ?? { n: 0, right: 0 };
    console.log(`${c.padEnd(18)} ${String(g.n).padStart(5)} ${String(g.found).padStart(6)}   ${pct(g.found, g.n)} | ${String(p.n).padStart(8)} ${String(p.right).padStart(6)}   ${pct(p.right, p.n)}`);
  }
  const nGold = [...byGold.values()].reduce((s, g) => s + g.n, 0);
  const nFound = [...byGold.values()].reduce((s, g) => s + g.found, 0);
  console.log(
    `\nall: recall ${pct(nFound, nGold).trim()} (${nFound}/${nGold}); false alarms ${falseAlarms} of ${findings} findings (${findings ? Math.round((100 * falseAlarms) / findings) : 0}%); look-alikes flagged ${flagged} of ${looks}`,
  );
  if (!opts.errors) return;
  for (const r of results) {
    for (const d of r.dis) if (!r.hit.has(d.id)) console.log(`MISS ${r.story} ${d.id} ${d.check}: ${d.about}`);
    for (const row of r.rows) if (!row.hits.length) console.log(`FALSE ${r.story} ${row.f.rule} ${basename(row.f.file)}: ${row.f.message}`);
    for (const row of r.rows) for (const l of row.flagged) console.log(`LOOK-ALIKE ${r.story} ${l.id} (${l.about}) by ${row.f.rule}: ${row.f.message}`);
  }
}

function reuters(path, opts) {
  if (!existsSync(path)) {
    console.log(`\nreuters: skipped, no corpus at ${path}`);
    return;
  }
  const out = runCheck(opts.cli, [path], true);
  const cross = out.findings.filter((f) => !NOT_SCORED.has(f.rule) && f.rule !== 'weekday-mismatch');
  const by = new Map();
  for (const f of cross) by.set(f.rule, (by.get(f.rule) ?? 0) + 1);
  const multi = out.stories.filter((s) => s.articles.length > 1).length;
  console.log(`\nreuters-1996: ${out.files.length} articles, ${multi} stories with more than one source; ${cross.length} cross-source findings`);
  for (const [rule, n] of [...by].sort()) console.log(`  ${rule.padEnd(18)} ${n}`);
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(opts.cli)) {
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const folders = opts.dirs.flatMap((d) => storyFolders(resolve(d)));
if (folders.length) report(folders.map((f) => scoreStory(f, opts)), opts);
if (opts.reuters) reuters(opts.reuters, opts);
