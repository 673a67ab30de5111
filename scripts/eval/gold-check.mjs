// Validates the hand-labelled Reuters gold files against the shared format (notes/gold-formats) and prints
// their counts per split, so a broken offset or a typo in a split is caught before any evaluation uses them.
//
// Usage: node scripts/eval/gold-check.mjs [--shared DIR] [--stories FILE] [--quotes FILE]
//
//   --shared DIR    the shared material (default: NEWSLENS_SHARED, else ../shared); the articles are read from
//                   DIR/corpus/reuters-1996 and never copied anywhere
//   --stories FILE  default test/gold/reuters-stories.json
//   --quotes FILE   default test/gold/reuters-quotes.json
//
// Exit status: 0 when both files are valid, 1 when any problem is found (each one is printed), 2 on bad
// arguments. When the corpus folder is absent the structure and counts are still checked; the file and
// offset checks are reported as skipped.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The least the gold files must hold to be useful (the labelling brief's minimums). */
export const MINIMUMS = { articles: 200, multiStories: 15, quotes: 200, quoteFiles: 60 };

const FILE_NAME = /^reuters-\d{4}\.txt$/;
const OPENING_MARKS = new Set(['"', '\u201c', '\u201d']);
const CLOSING_MARKS = new Set(['"', '\u201d', '\u201c']);
const SPLITS = new Set(['tune', 'heldout']);

function parseArgs(argv) {
  const opts = {
    shared: process.env.NEWSLENS_SHARED ?? resolve('..', 'shared'),
    stories: join('test', 'gold', 'reuters-stories.json'),
    quotes: join('test', 'gold', 'reuters-quotes.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in opts) || i + 1 >= argv.length) throw new Error(`unknown or incomplete argument: ${argv[i]}`);
    opts[key] = argv[++i];
  }
  return opts;
}

/** Reads a JSON file; a missing or unparsable file is one problem, not a crash. */
function readJson(path, problems) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    problems.push(`${path}: cannot be read as JSON (${err.message})`);
    return undefined;
  }
}

/** The article texts are read once each, lazily; undefined when the file is not in the corpus. */
function corpusReader(corpusDir) {
  const cache = new Map();
  return (file) => {
    if (!cache.has(file)) {
      const p = join(corpusDir, file);
      cache.set(file, existsSync(p) ? readFileSync(p, 'utf8') : undefined);
    }
    return cache.get(file);
  };
}

function checkHeader(gold, label, problems) {
  if (gold.corpus !== 'reuters-1996') problems.push(`${label}: "corpus" must be "reuters-1996"`);
  if (typeof gold.note !== 'string' || gold.note.trim().length < 40) problems.push(`${label}: "note" must say how the labels were made`);
}

/** Checks the story file; returns counts per split ({ articles, stories, multiStories, positivePairs, pairs }). */
export function checkStories(gold, read, problems) {
  checkHeader(gold, 'stories', problems);
  const articles = gold.articles;
  if (articles === null || typeof articles !== 'object' || Array.isArray(articles)) {
    problems.push('stories: "articles" must be an object mapping file names to story ids');
    return undefined;
  }
  const members = new Map();
  for (const [file, id] of Object.entries(articles)) {
    if (!FILE_NAME.test(file)) problems.push(`stories: "${file}" is not a reuters-NNNN.txt file name`);
    else if (read && read(file) === undefined) problems.push(`stories: ${file} is not in the corpus`);
    if (typeof id !== 'string' || id.trim() === '') {
      problems.push(`stories: ${file} needs a non-empty string story id`);
      continue;
    }
    if (!members.has(id)) members.set(id, []);
    members.get(id).push(file);
  }
  const heldout = new Set();
  if (!Array.isArray(gold.heldout)) problems.push('stories: "heldout" must be an array of story ids');
  else {
    for (const id of gold.heldout) {
      if (typeof id !== 'string' || !members.has(id)) problems.push(`stories: held-out id ${JSON.stringify(id)} labels no article`);
      else if (heldout.has(id)) problems.push(`stories: held-out id ${id} is listed twice`);
      else heldout.add(id);
    }
  }
  const counts = {};
  for (const split of SPLITS) counts[split] = { articles: 0, stories: 0, multiStories: 0, positivePairs: 0, pairs: 0 };
  for (const [id, files] of members) {
    const c = counts[heldout.has(id) ? 'heldout' : 'tune'];
    c.articles += files.length;
    c.stories += 1;
    if (files.length > 1) c.multiStories += 1;
    c.positivePairs += (files.length * (files.length - 1)) / 2;
  }
  for (const c of Object.values(counts)) c.pairs = (c.articles * (c.articles - 1)) / 2;
  const total = counts.tune.articles + counts.heldout.articles;
  const multi = counts.tune.multiStories + counts.heldout.multiStories;
  if (total < MINIMUMS.articles) problems.push(`stories: ${total} articles labelled, at least ${MINIMUMS.articles} needed`);
  if (multi < MINIMUMS.multiStories) problems.push(`stories: ${multi} multi-article stories, at least ${MINIMUMS.multiStories} needed`);
  for (const split of SPLITS) {
    if (counts[split].multiStories === 0) problems.push(`stories: the ${split} part has no multi-article story`);
  }
  return counts;
}

/** True when the span is a run-on quote: it opens with a mark and stops at the end of its paragraph. */
function isRunOn(text, end) {
  return end === text.length || text[end] === '\n' || text[end] === '\r';
}

function checkQuoteSpan(q, where, text, problems) {
  if (!Number.isInteger(q.start) || !Number.isInteger(q.end) || q.start < 0 || q.end <= q.start) {
    problems.push(`${where}: start/end must be integers with 0 <= start < end`);
    return;
  }
  if (text === undefined) return;
  if (q.end > text.length) {
    problems.push(`${where}: end ${q.end} is past the end of the article (${text.length})`);
    return;
  }
  const span = text.slice(q.start, q.end);
  if (!OPENING_MARKS.has(span[0])) problems.push(`${where}: the quote does not start with a quotation mark`);
  const closed = span.length > 1 && CLOSING_MARKS.has(span[span.length - 1]);
  if (!closed && !isRunOn(text, q.end)) problems.push(`${where}: the quote neither ends with a quotation mark nor runs on to the paragraph end`);
  if (span.includes('\n')) problems.push(`${where}: the quote spans a paragraph break; label each paragraph's part on its own`);
}

/** Checks the quote file; returns counts per split ({ quotes, files, nullSpeakers }). */
export function checkQuotes(gold, read, problems) {
  checkHeader(gold, 'quotes', problems);
  if (!Array.isArray(gold.quotes)) {
    problems.push('quotes: "quotes" must be an array');
    return undefined;
  }
  const splitOfFile = new Map();
  const spansOfFile = new Map();
  const counts = {};
  for (const split of SPLITS) counts[split] = { quotes: 0, files: 0, nullSpeakers: 0 };
  gold.quotes.forEach((q, i) => {
    const where = `quotes[${i}] (${q?.file}:${q?.start})`;
    if (q === null || typeof q !== 'object' || typeof q.file !== 'string' || !FILE_NAME.test(q.file)) {
      problems.push(`quotes[${i}]: "file" must be a reuters-NNNN.txt file name`);
      return;
    }
    const text = read ? read(q.file) : undefined;
    if (read && text === undefined) problems.push(`${where}: ${q.file} is not in the corpus`);
    checkQuoteSpan(q, where, text, problems);
    if (q.speaker !== null && (typeof q.speaker !== 'string' || q.speaker.trim() === '')) problems.push(`${where}: speaker must be a name or null`);
    if (!SPLITS.has(q.split)) {
      problems.push(`${where}: split must be "tune" or "heldout"`);
      return;
    }
    if (splitOfFile.has(q.file) && splitOfFile.get(q.file) !== q.split) problems.push(`${where}: ${q.file} has quotes in both splits`);
    if (!splitOfFile.has(q.file)) {
      splitOfFile.set(q.file, q.split);
      counts[q.split].files += 1;
    }
    const spans = spansOfFile.get(q.file) ?? [];
    if (spans.some(([s, e]) => q.start < e && s < q.end)) problems.push(`${where}: overlaps another quote of the same file`);
    spans.push([q.start, q.end]);
    spansOfFile.set(q.file, spans);
    counts[q.split].quotes += 1;
    if (q.speaker === null) counts[q.split].nullSpeakers += 1;
  });
  const total = gold.quotes.length;
  if (total < MINIMUMS.quotes) problems.push(`quotes: ${total} quotes, at least ${MINIMUMS.quotes} needed`);
  if (splitOfFile.size < MINIMUMS.quoteFiles) problems.push(`quotes: ${splitOfFile.size} files, at least ${MINIMUMS.quoteFiles} needed`);
  return counts;
}

function report(label, counts) {
  if (!counts) return;
  for (const [split, c] of Object.entries(counts)) {
    console.log(`${label} ${split}: ${Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
  const corpusDir = join(opts.shared, 'corpus', 'reuters-1996');
  const read = existsSync(corpusDir) ? corpusReader(corpusDir) : undefined;
  if (!read) console.log(`corpus not found at ${corpusDir}: file and offset checks skipped (set NEWSLENS_SHARED)`);
  const problems = [];
  const stories = readJson(opts.stories, problems);
  const quotes = readJson(opts.quotes, problems);
  report('stories', stories && checkStories(stories, read, problems));
  report('quotes', quotes && checkQuotes(quotes, read, problems));
  if (problems.length > 0) {
    console.log(`\n${problems.length} problem(s):`);
    for (const p of problems) console.log(`  ${p}`);
    process.exit(1);
  }
  console.log('gold files valid');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
