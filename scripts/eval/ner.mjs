// Measures the entity recogniser on a CoNLL-2003 file, through the command line exactly as users run it.
//
// Usage: npm run eval:ner -- FILE [--limit N] [--errors N] [--dump FILE] [--batch N] [--jobs N] [--cli PATH] [--keep DIR]
//
//   FILE        a CoNLL-2003 file (word POS chunk NER per line, IOB1 tags, -DOCSTART- between documents),
//               read where it lies: nothing from it is copied into the project.
//   --limit N   score only N documents, spread evenly over the file (a quick look at the training split)
//   --errors N  print N sample misses and N sample false alarms (default 0), after a count of the
//               mistakes by kind (wrong type on the right span, overlapping span, nothing found)
//   --dump FILE write every mistake, one per line with its context, to FILE (outside the project: it
//               holds the data set's text)
//   --batch N   documents per CLI run (default 100)       --jobs N   CLI runs at once (default 1)
//   --cli PATH  the CLI to run (default dist/cli.js; built with `npm run build` when missing)
//   --keep DIR  write the reconstructed documents to DIR and keep them (default: a temp dir, removed)
//
// How the text is rebuilt (the recogniser sees plain text, never the data set's tokens or tags):
//   - one article per document; each CoNLL sentence on its own line (a paragraph, as newswire lines are);
//   - tokens joined with single spaces, then de-tokenised the way the original text was written: no space
//     before , . ; : ! ? ) ] % and before clitics ('s ' n't 're 've 'll 'd 'm), none after ( [ and after
//     "$" before a number; straight double quotes alternate open/close within a sentence; a sentence-final
//     "." right after an abbreviation that already ends in "." ("U.S. .") is dropped. The text is
//     otherwise untouched: all-caps headlines, sports tables and datelines stay as they are.
//   - every token keeps its character offsets, so a predicted entity maps back to a token span. A name that
//     ends with an abbreviation's dot which is also the sentence's full stop ("... Nordair Corp.", tokens
//     "Corp" and ".") is scored without the dot, as the data set splits it.
//
// Scoring: exact span match on PER, LOC, ORG. Predictions map person->PER, place->LOC,
// organization->ORG; `other` is not scored. Gold MISC entities are not scored; a PER/LOC/ORG prediction
// on a span that is MISC in the gold counts as a false positive (the recogniser called it something it
// is not). A prediction whose ends fall inside a token (not on token boundaries) can match nothing and
// counts as a false positive too; how many did is printed.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TYPES = ['PER', 'LOC', 'ORG'];
const MAP = { person: 'PER', place: 'LOC', organization: 'ORG' };

function parseArgs(argv) {
  const opts = { file: null, limit: 0, errors: 0, dump: null, batch: 100, jobs: 1, cli: 'dist/cli.js', keep: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--errors') opts.errors = Number(val());
    else if (a === '--limit') opts.limit = Math.max(0, Number(val()));
    else if (a === '--dump') opts.dump = val();
    else if (a === '--batch') opts.batch = Math.max(1, Number(val()));
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(val()));
    else if (a === '--cli') opts.cli = val();
    else if (a === '--keep') opts.keep = val();
    else if (a === '-h' || a === '--help') {
      console.log('Usage: npm run eval:ner -- CONLL_FILE [--limit N] [--errors N] [--dump FILE] [--batch N] [--jobs N] [--cli PATH] [--keep DIR]');
      process.exit(0);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.file = a;
  }
  if (!opts.file) throw new Error('no CoNLL file given (npm run eval:ner -- path/to/valid.txt)');
  return opts;
}

/** Documents -> sentences -> tokens {word, tag}. */
export function parseConll(text) {
  const docs = [];
  let doc = null;
  let sent = [];
  const endSentence = () => {
    if (sent.length) {
      if (!doc) docs.push((doc = []));
      doc.push(sent);
    }
    sent = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      docs.push((doc = []));
      continue;
    }
    sent.push({ word: cols[0], tag: cols[cols.length - 1] });
  }
  endSentence();
  return docs.filter((d) => d.length > 0);
}

/** Entity spans [first, last] (token indices within a sentence) from IOB1 (or IOB2) tags. */
export function goldSpans(tags) {
  const spans = [];
  let cur = null;
  tags.forEach((tag, i) => {
    if (tag === 'O') {
      cur = null;
      return;
    }
    const [bio, type] = tag.split('-');
    if (bio === 'B' || !cur || cur.type !== type) {
      cur = { first: i, last: i, type };
      spans.push(cur);
    } else cur.last = i;
  });
  return spans;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|'s|'S|'|n't|N'T|'re|'RE|'ve|'VE|'ll|'LL|'d|'D|'m|'M)$/;
const NO_SPACE_AFTER = /^[([{]$/;

/** Rebuilds a document's text; returns the text and, per sentence, each token's [start, end). */
export function detokenize(doc) {
  let text = '';
  const offsets = [];
  for (const sent of doc) {
    if (text) text += '\n';
    const offs = [];
    let quoteOpen = false;
    let glueNext = true; // no space before the sentence's first token
    sent.forEach((tok, i) => {
      const w = tok.word;
      const prev = i > 0 ? sent[i - 1].word : '';
      if (w === '.' && i === sent.length - 1 && i > 0 && /\.$/.test(prev) && prev.length > 1) {
        offs.push([text.length, text.length]); // "U.S. ." at a sentence's end: the dot is already there
        return;
      }
      let glue = glueNext || NO_SPACE_BEFORE.test(w);
      glueNext = false;
      if (w === '"') {
        if (quoteOpen) glue = true;
        else glueNext = true;
        quoteOpen = !quoteOpen;
      }
      if (NO_SPACE_AFTER.test(w) || (w === '$' && i + 1 < sent.length && /^\d/.test(sent[i + 1].word))) glueNext = true;
      if (!glue) text += ' ';
      offs.push([text.length, text.length + w.length]);
      text += w;
    });
    offsets.push(offs);
  }
  return { text: text + '\n', offsets };
}

function runCli(cli, files) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, 'annotate', '--format', 'json', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) process.stderr.write(Buffer.concat(err).toString());
      if (code !== 0 && code !== 1) return reject(new Error(`CLI exited with ${code}`));
      resolvePromise(Buffer.concat(out).toString('utf8'));
    });
  });
}

/** N documents spread evenly over the list (all of them when N is 0 or not smaller). */
export function sample(docs, n) {
  if (!n || n >= docs.length) return docs;
  return Array.from({ length: n }, (_, k) => docs[Math.floor((k * docs.length) / n)]);
}

/** The kind of a mistake: the right span typed otherwise, a span that overlaps the gold one, or nothing. */
function mistakeKind(spans, span, type) {
  const [a, b] = span.split(':').map(Number);
  const exact = spans.get(span);
  if (exact && exact !== type) return `typed ${exact}`;
  for (const [other] of spans) {
    const [c, d] = other.split(':').map(Number);
    if (c < b && a < d && other !== span) return 'overlapping span';
  }
  return 'nothing there';
}

/** The sentence around a span with the span in [[ ]], on one line. */
function context(e, width) {
  const [a, b] = e.span.split(':').map(Number);
  const lineStart = e.doc.text.lastIndexOf('\n', a - 1) + 1;
  let lineEnd = e.doc.text.indexOf('\n', b);
  if (lineEnd < 0) lineEnd = e.doc.text.length;
  const from = Math.max(lineStart, a - width);
  const to = Math.min(lineEnd, b + width);
  return `${e.doc.text.slice(from, a)}[[${e.doc.text.slice(a, b)}]]${e.doc.text.slice(b, to)}`.replace(/\s+/g, ' ');
}

function f1(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const cli = resolve(opts.cli);
  if (!existsSync(cli)) {
    console.log(`${opts.cli} is missing: running npm run build`);
    const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(cli)) throw new Error('build failed');
  }
  const docs = sample(parseConll(readFileSync(opts.file, 'utf8')), opts.limit);
  const dir = opts.keep ? resolve(opts.keep) : mkdtempSync(join(tmpdir(), 'newslens-ner-'));
  mkdirSync(dir, { recursive: true });

  // Gold entities per document as character spans: "start:end" -> type.
  const rebuilt = docs.map((doc, d) => {
    const { text, offsets } = detokenize(doc);
    const path = join(dir, `doc${String(d).padStart(4, '0')}.txt`);
    writeFileSync(path, text);
    const gold = new Map();
    const tokenStarts = new Set();
    const tokenEnds = new Set();
    const fullStops = new Set();
    doc.forEach((sent, s) => {
      offsets[s].forEach(([a, b], t) => {
        if (b > a) {
          tokenStarts.add(a);
          tokenEnds.add(b);
        }
        if (sent[t].word === '.' && b === a + 1) fullStops.add(a);
      });
      for (const g of goldSpans(sent.map((t) => t.tag))) {
        gold.set(`${offsets[s][g.first][0]}:${offsets[s][g.last][1]}`, g.type);
      }
    });
    return { path, text, gold, tokenStarts, tokenEnds, fullStops };
  });

  const byPath = new Map(rebuilt.map((r) => [r.path, r]));
  const batches = [];
  for (let i = 0; i < rebuilt.length; i += opts.batch) batches.push(rebuilt.slice(i, i + opts.batch).map((r) => r.path));
  const cliStarted = performance.now();
  const outputs = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(opts.jobs, batches.length) }, async () => {
      while (next < batches.length) {
        const b = batches[next++];
        outputs.push(await runCli(cli, b));
      }
    }),
  );
  const cliMs = performance.now() - cliStarted;

  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, gold: 0, pred: 0 }]));
  const misses = [];
  const alarms = [];
  let misaligned = 0;
  let onMisc = 0;
  let annotated = 0;
  let chars = 0;
  for (const out of outputs) {
    for (const line of out.split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      const doc = byPath.get(rec.file) ?? byPath.get(resolve(rec.file));
      if (!doc) continue;
      annotated++;
      chars += doc.text.length;
      doc.scored = true;
      const pred = new Map();
      for (const e of rec.entities) {
        const type = MAP[e.type];
        if (!type) continue;
        // "Nordair Corp." at a sentence's end: the data set split the one full stop off as the sentence's
        // own token, so the name's abbreviation dot and the sentence's are the same character.
        const end = doc.fullStops.has(e.end - 1) && doc.tokenEnds.has(e.end - 1) ? e.end - 1 : e.end;
        pred.set(`${e.start}:${end}`, type);
      }
      for (const [span, type] of doc.gold) {
        if (type === 'MISC') continue;
        counts[type].gold++;
        if (pred.get(span) === type) counts[type].tp++;
        else {
          counts[type].fn++;
          misses.push({ doc, span, gold: type, pred: pred.get(span) ?? null, kind: mistakeKind(pred, span, type) });
        }
      }
      for (const [span, type] of pred) {
        counts[type].pred++;
        const g = doc.gold.get(span);
        if (g === type) continue;
        counts[type].fp++;
        const [a, b] = span.split(':').map(Number);
        if (!doc.tokenStarts.has(a) || !doc.tokenEnds.has(b)) misaligned++;
        if (g === 'MISC') onMisc++;
        alarms.push({ doc, span, gold: g ?? null, pred: type, kind: mistakeKind(doc.gold, span, type) });
      }
    }
  }
  const unscored = rebuilt.filter((r) => !r.scored).length;
  if (unscored) console.log(`warning: ${unscored} documents got no output from the CLI and score as all misses`);
  for (const r of rebuilt) {
    if (r.scored) continue;
    for (const type of r.gold.values()) {
      if (type === 'MISC') continue;
      counts[type].gold++;
      counts[type].fn++;
    }
  }

  const pct = (x) => (100 * x).toFixed(2).padStart(6);
  console.log(`\nNER on ${opts.file}: ${docs.length} documents, ${annotated} annotated (exact span match, MISC and 'other' not scored)\n`);
  console.log('type     gold   pred     TP     FP     FN   precision  recall      F1');
  const total = { tp: 0, fp: 0, fn: 0, gold: 0, pred: 0 };
  for (const t of TYPES) {
    const c = counts[t];
    for (const k of Object.keys(total)) total[k] += c[k];
    const { p, r, f } = f1(c.tp, c.fp, c.fn);
    console.log(`${t.padEnd(5)} ${[c.gold, c.pred, c.tp, c.fp, c.fn].map((n) => String(n).padStart(6)).join(' ')}    ${pct(p)}  ${pct(r)}  ${pct(f)}`);
  }
  const { p, r, f } = f1(total.tp, total.fp, total.fn);
  console.log(`${'all'.padEnd(5)} ${[total.gold, total.pred, total.tp, total.fp, total.fn].map((n) => String(n).padStart(6)).join(' ')}    ${pct(p)}  ${pct(r)}  ${pct(f)}`);
  console.log(`\nfalse positives on gold MISC spans: ${onMisc}; predictions not on token boundaries: ${misaligned}`);
  console.log(
    `time: ${(cliMs / 1000).toFixed(1)} s in the CLI (${batches.length} runs, ${(chars / 1e6).toFixed(2)} MB, ${((chars / 1e6) / (cliMs / 1000)).toFixed(3)} MB/s), ${((performance.now() - started) / 1000).toFixed(1)} s in all`,
  );

  if (opts.errors > 0) {
    const byKind = (list, key) => {
      const counts = new Map();
      for (const e of list) {
        const k = `${key(e)} ${e.kind}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return [...counts].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${String(n).padStart(6)}  ${k}`).join('\n');
    };
    console.log(`\nmisses by kind (gold type, what was predicted there):\n${byKind(misses, (e) => e.gold)}`);
    console.log(`\nfalse alarms by kind (predicted type, what the gold has there):\n${byKind(alarms, (e) => e.pred)}`);
    const show = (list, title) => {
      console.log(`\n${title} (${list.length}; ${Math.min(opts.errors, list.length)} shown, spread over the file)`);
      const step = Math.max(1, Math.floor(list.length / opts.errors));
      for (let i = 0; i < list.length && i / step < opts.errors; i += step) {
        const e = list[i];
        console.log(`  gold ${String(e.gold ?? '-').padEnd(4)} pred ${String(e.pred ?? '-').padEnd(4)} ${context(e, 60)}`);
      }
    };
    show(misses, 'misses (gold PER/LOC/ORG spans not predicted with that type)');
    show(alarms, 'false alarms (predicted spans that are not gold entities of that type)');
  }
  if (opts.dump) {
    const line = (what, e) => `${what}\tgold=${e.gold ?? '-'}\tpred=${e.pred ?? '-'}\t${e.kind}\t${context(e, 80)}`;
    writeFileSync(opts.dump, [...misses.map((e) => line('miss', e)), ...alarms.map((e) => line('alarm', e))].join('\n') + '\n');
    console.log(`\n${misses.length + alarms.length} mistakes written to ${opts.dump}`);
  }
  if (!opts.keep) rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(`eval:ner: ${err.message}`);
  process.exit(2);
});
