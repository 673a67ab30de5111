// Measures quote attribution against a gold file of speakers, through the command line as users run it.
//
// Usage: npm run eval:quotes -- [GOLD] [--corpus DIR] [--split NAME] [--errors] [--cli PATH]
//
//   GOLD        a gold file in the shape of test/gold/reuters-quotes.json (default that file): for each
//               labelled quotation its file, UTF-16 offsets (marks included), the speaker's name or null,
//               and its split ("tune" or "heldout"). Gold files store no article text.
//   --corpus D  the folder holding the gold's files (default ../shared/corpus/<gold.corpus>, or
//               $NEWSLENS_SHARED/corpus/<gold.corpus>); the articles are read where they lie.
//   --split S   measure only that split ("tune" while tuning: the held-out figure is taken once, at the end).
//   --errors    list the wrong speakers of the TUNE split (never of the held-out split, which is not
//               looked at while rules are tuned).
//   --cli PATH  the CLI to run (default dist/cli.js; run `npm run build` first).
//
// Scoring, per split: a gold quotation is matched by the predicted quotation that overlaps it most (none:
// no speaker predicted). The speaker is right when both are the same person: equal after folding case and
// accents, or the same last word (surname) with no conflicting first names (an initial fits any first name
// of its letter); a null gold is right only when nothing is predicted. Printed: speaker accuracy, the
// unattributed rate (no speaker predicted), and "speakers that are not names": predicted speakers of the
// split's articles that are not the name of an entity the article mentions (the target is 0).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

function parseArgs(argv) {
  const opts = { gold: 'test/gold/reuters-quotes.json', corpus: null, split: null, errors: false, cli: 'dist/cli.js' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--errors') opts.errors = true;
    else if (a === '--corpus') opts.corpus = argv[++i];
    else if (a === '--split') opts.split = argv[++i];
    else if (a === '--cli') opts.cli = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('Usage: npm run eval:quotes -- [GOLD] [--corpus DIR] [--split NAME] [--errors] [--cli PATH]');
      process.exit(0);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.gold = a;
  }
  return opts;
}

/** Lower case, accents off, punctuation and titles' dots off: the form two spellings are compared in. */
export function fold(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Two names of one person: equal when folded, or one surname and first names that do not conflict. */
export function samePerson(gold, predicted) {
  const g = fold(gold);
  const p = fold(predicted);
  if (g === p) return true;
  const gw = g.split(' ');
  const pw = p.split(' ');
  if (gw[gw.length - 1] !== pw[pw.length - 1]) return false;
  if (gw.length < 2 || pw.length < 2) return true;
  const a = gw[0];
  const b = pw[0];
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** The predicted quotation that overlaps [start, end) the most, or undefined. */
function bestOverlap(quotes, start, end) {
  let best;
  let most = 0;
  for (const q of quotes) {
    const overlap = Math.min(end, q.end) - Math.max(start, q.start);
    if (overlap > most) {
      most = overlap;
      best = q;
    }
  }
  return best;
}

/** Runs `annotate --format json` on the files, a few dozen at a time; file name → record. */
function annotate(cli, paths) {
  const out = new Map();
  for (let i = 0; i < paths.length; i += 50) {
    const r = spawnSync(process.execPath, [cli, 'annotate', '--format', 'json', ...paths.slice(i, i + 50)], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`newslens annotate failed: ${r.stderr}`);
    for (const line of r.stdout.split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      out.set(basename(rec.file), rec);
    }
  }
  return out;
}

function corpusDir(opts, gold) {
  if (opts.corpus) return resolve(opts.corpus);
  const shared = process.env.NEWSLENS_SHARED ?? resolve('..', 'shared');
  return join(shared, 'corpus', gold.corpus);
}

function scoreSplit(rows, records) {
  let right = 0;
  let unattributed = 0;
  const errors = [];
  for (const { gold, file } of rows) {
    const rec = records.get(file);
    const q = rec && bestOverlap(rec.quotes, gold.start, gold.end);
    const predicted = q?.speaker ?? null;
    if (predicted === null) unattributed++;
    const ok = gold.speaker === null ? predicted === null : predicted !== null && samePerson(gold.speaker, predicted);
    if (ok) right++;
    else errors.push({ gold, predicted, quote: q });
  }
  // Predicted speakers that are not a name the article mentions, over all quotes of the split's files.
  let notNames = 0;
  for (const file of new Set(rows.map((r) => r.file))) {
    const rec = records.get(file);
    if (!rec) continue;
    const names = new Set(rec.entities.map((e) => e.name));
    const ids = new Set(rec.entities.map((e) => e.id));
    for (const q of rec.quotes) if (q.speaker && (!q.speakerId || !ids.has(q.speakerId) || !names.has(q.speaker))) notNames++;
  }
  return { n: rows.length, right, unattributed, notNames, errors };
}

function excerpt(text, start, end) {
  return text.slice(start, end).replace(/\s+/g, ' ');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.gold)) {
    console.log(`eval:quotes: no gold file at ${opts.gold}; nothing to measure.`);
    return;
  }
  const gold = JSON.parse(readFileSync(opts.gold, 'utf8'));
  const dir = corpusDir(opts, gold);
  if (!existsSync(dir)) {
    console.log(`eval:quotes: the corpus ${dir} is not on this machine (set NEWSLENS_SHARED or --corpus); skipped.`);
    return;
  }
  if (!existsSync(opts.cli)) throw new Error(`${opts.cli} not found: run npm run build first`);
  const labelled = opts.split ? gold.quotes.filter((q) => q.split === opts.split) : gold.quotes;
  const files = [...new Set(labelled.map((q) => q.file))].sort();
  const records = annotate(opts.cli, files.map((f) => join(dir, f)));
  const splits = new Map();
  for (const q of labelled) {
    const list = splits.get(q.split) ?? [];
    list.push({ gold: q, file: q.file });
    splits.set(q.split, list);
  }
  console.log(`Quote attribution on ${gold.corpus} (${opts.gold}): ${labelled.length} labelled quotes in ${files.length} files`);
  console.log('split     quotes  speaker accuracy  unattributed (pred / gold)  speakers that are not names');
  for (const split of ['tune', 'heldout', ...[...splits.keys()].filter((s) => s !== 'tune' && s !== 'heldout')]) {
    const rows = splits.get(split);
    if (!rows) continue;
    const s = scoreSplit(rows, records);
    const goldNull = rows.filter((r) => r.gold.speaker === null).length;
    const pct = (x) => (s.n ? x / s.n : 0).toFixed(3);
    console.log(`${split.padEnd(9)} ${String(s.n).padStart(6)}  ${pct(s.right)} (${s.right}/${s.n})`.padEnd(44) + `${pct(s.unattributed)} / ${pct(goldNull)}`.padEnd(28) + `${s.notNames}`);
    if (opts.errors && split === 'tune') {
      for (const e of s.errors) {
        const text = readFileSync(join(dir, e.gold.file), 'utf8');
        const how = e.quote?.attribution ? `${e.quote.attribution.method}${e.quote.attribution.verb ? ' ' + e.quote.attribution.verb : ''}` : e.quote ? 'no attribution' : 'quote not found';
        console.log(`  ${e.gold.file}:${e.gold.start}  gold ${JSON.stringify(e.gold.speaker)}  predicted ${JSON.stringify(e.predicted)}${e.quote?.described ? ` (described “${e.quote.described}”)` : ''}  [${how}]`);
        console.log(`    …${excerpt(text, Math.max(0, e.gold.start - 160), e.gold.start)} ⟦${excerpt(text, e.gold.start, Math.min(e.gold.end, e.gold.start + 80))}…⟧ ${excerpt(text, e.gold.end, e.gold.end + 120)}…`);
      }
    }
  }
}

main();
