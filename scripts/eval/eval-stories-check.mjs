// Validates the invented multi-outlet stories in test/fixtures/eval-stories/ and their gold files, so the
// cross-source evaluation (scripts/eval/cross.mjs) never scores against a passage that is not in its article.
//
// Usage: node scripts/eval/eval-stories-check.mjs [DIR]      (default: test/fixtures/eval-stories)
//
// It checks, for every story folder (a sub-folder holding gold.json) of DIR:
//   - gold.json parses and has exactly the keys story, kind, disagreements, lookalikes; story = folder name;
//   - the folder holds 4–8 articles (*.txt, *.news or *.article, as the product reads them), each valid UTF-8 and 250–700 words long;
//   - ids are unique within the story; every check is one of CHECKS; every "about" says something;
//   - every passage names an article of the folder and its text occurs in it exactly once (a text that
//     occurs twice must be lengthened until it names one place, so nobody has to guess which is meant);
//   - a disagreement has passages in at least two files (one is enough for weekday-mismatch and
//     out-of-place-date, which can be wrong inside a single article), a look-alike in at least two files;
//   - no look-alike shares passages with one disagreement in two or more files: a correct finding for that
//     disagreement would then also "flag" the look-alike, and the gold would punish a right answer;
//   - README.md of DIR (when present) carries the summary row of every story, so its counts cannot drift.
// It prints a summary (stories, articles, disagreements per check, look-alikes) and exits 1 on any error.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checks a disagreement may name (test/gold formats, fixed). */
export const CHECKS = [
  'figure-conflict',
  'figure-update',
  'date-conflict',
  'out-of-place-date',
  'weekday-mismatch',
  'quote-variant',
  'quote-attribution',
  'role-conflict',
  'name-variant',
];

/** Checks whose error can sit inside one article, so one file of passages is enough. */
export const SINGLE_FILE_CHECKS = ['out-of-place-date', 'weekday-mismatch'];

export const LIMITS = { minArticles: 4, maxArticles: 8, minWords: 250, maxWords: 700 };

const GOLD_KEYS = ['disagreements', 'kind', 'lookalikes', 'story'];

/** Start offsets of every occurrence of `needle` in `hay` (UTF-16 indices, as the gold formats use). */
function occurrences(hay, needle) {
  const out = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function wordCount(text) {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reads a file as strict UTF-8; returns undefined (and records an error) when it is not. */
function readUtf8(path, errors, label) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (e) {
    errors.push(`${label}: cannot be read as UTF-8 (${e.message})`);
    return undefined;
  }
}

function checkArticles(dir, story, errors) {
  const articles = new Map();
  const names = readdirSync(dir).filter((n) => /\.(?:txt|news|article)$/.test(n) && statSync(join(dir, n)).isFile()).sort();
  if (names.length < LIMITS.minArticles || names.length > LIMITS.maxArticles) {
    errors.push(`${story}: ${names.length} articles; a story needs ${LIMITS.minArticles}–${LIMITS.maxArticles}`);
  }
  for (const name of names) {
    const text = readUtf8(join(dir, name), errors, `${story}/${name}`);
    if (text === undefined) continue;
    const words = wordCount(text);
    if (words < LIMITS.minWords || words > LIMITS.maxWords) {
      errors.push(`${story}/${name}: ${words} words; an article needs ${LIMITS.minWords}–${LIMITS.maxWords}`);
    }
    articles.set(name, { text, words });
  }
  return articles;
}

/** Validates one passage list; returns the resolved passages ({ file, start, end }) that could be placed. */
function checkPassages(where, passages, articles, errors) {
  const placed = [];
  if (!Array.isArray(passages) || passages.length === 0) {
    errors.push(`${where}: "passages" must be a non-empty array`);
    return placed;
  }
  const seen = new Set();
  passages.forEach((p, i) => {
    const at = `${where} passage ${i + 1}`;
    if (typeof p !== 'object' || p === null || typeof p.file !== 'string' || typeof p.text !== 'string') {
      errors.push(`${at}: needs a string "file" and a string "text"`);
      return;
    }
    const extra = Object.keys(p).filter((k) => k !== 'file' && k !== 'text');
    if (extra.length) errors.push(`${at}: unknown keys ${extra.join(', ')}`);
    if (p.text.trim() === '') {
      errors.push(`${at}: empty text`);
      return;
    }
    const key = `${p.file}\u0000${p.text}`;
    if (seen.has(key)) errors.push(`${at}: the same passage twice`);
    seen.add(key);
    const article = articles.get(p.file);
    if (!article) {
      errors.push(`${at}: no article ${p.file} in this story`);
      return;
    }
    const hits = occurrences(article.text, p.text);
    if (hits.length === 0) {
      errors.push(`${at}: text not found in ${p.file}: ${JSON.stringify(p.text)}`);
      return;
    }
    if (hits.length > 1) {
      errors.push(`${at}: text occurs ${hits.length} times in ${p.file}; lengthen it so it names one place: ${JSON.stringify(p.text)}`);
    }
    placed.push({ file: p.file, start: hits[0], end: hits[0] + p.text.length });
  });
  return placed;
}

function checkItem(story, item, kind, ids, articles, errors) {
  const where = `${story} ${kind} ${typeof item?.id === 'string' ? item.id : '?'}`;
  if (typeof item !== 'object' || item === null) {
    errors.push(`${story}: a ${kind} must be an object`);
    return { id: '?', passages: [] };
  }
  const allowed = kind === 'disagreement' ? ['about', 'check', 'id', 'passages'] : ['about', 'id', 'passages'];
  const extra = Object.keys(item).filter((k) => !allowed.includes(k));
  if (extra.length) errors.push(`${where}: unknown keys ${extra.join(', ')}`);
  if (typeof item.id !== 'string' || item.id === '') errors.push(`${where}: needs a string "id"`);
  else if (ids.has(item.id)) errors.push(`${where}: duplicate id`);
  else ids.add(item.id);
  if (typeof item.about !== 'string' || item.about.trim() === '') errors.push(`${where}: needs an "about"`);
  if (kind === 'disagreement' && !CHECKS.includes(item.check)) {
    errors.push(`${where}: unknown check ${JSON.stringify(item.check)} (one of ${CHECKS.join(', ')})`);
  }
  const passages = checkPassages(where, item.passages, articles, errors);
  const files = new Set(passages.map((p) => p.file));
  const need = kind === 'disagreement' && SINGLE_FILE_CHECKS.includes(item.check) ? 1 : 2;
  if (Array.isArray(item.passages) && files.size < need) {
    errors.push(`${where}: passages in ${files.size} file(s); needs at least ${need} different files`);
  }
  return { id: item.id, check: item.check, passages };
}

/** Files in which some passage of `a` overlaps some passage of `b`. */
function overlapFiles(a, b) {
  const files = new Set();
  for (const p of a.passages) {
    for (const q of b.passages) {
      if (p.file === q.file && p.start < q.end && q.start < p.end) files.add(p.file);
    }
  }
  return files;
}

/** Validates one story folder; returns its summary (counts) and pushes problems onto `errors`. */
export function checkStory(dir, errors) {
  const story = basename(dir);
  const articles = checkArticles(dir, story, errors);
  const summary = { story, kind: '', articles: articles.size, words: [...articles.values()].map((a) => a.words), byCheck: {}, disagreements: 0, lookalikes: 0 };
  const goldText = readUtf8(join(dir, 'gold.json'), errors, `${story}/gold.json`);
  if (goldText === undefined) return summary;
  let gold;
  try {
    gold = JSON.parse(goldText);
  } catch (e) {
    errors.push(`${story}/gold.json: not valid JSON (${e.message})`);
    return summary;
  }
  if (typeof gold !== 'object' || gold === null || Array.isArray(gold)) {
    errors.push(`${story}/gold.json: must be an object`);
    return summary;
  }
  const keys = Object.keys(gold).sort();
  if (keys.join() !== GOLD_KEYS.join()) errors.push(`${story}/gold.json: keys must be exactly ${GOLD_KEYS.join(', ')} (has ${keys.join(', ')})`);
  if (gold.story !== story) errors.push(`${story}/gold.json: "story" is ${JSON.stringify(gold.story)}, not the folder name`);
  if (typeof gold.kind !== 'string' || gold.kind.trim() === '') errors.push(`${story}/gold.json: needs a "kind"`);
  else summary.kind = gold.kind;
  const ids = new Set();
  const list = (name) => (Array.isArray(gold[name]) ? gold[name] : (errors.push(`${story}/gold.json: "${name}" must be an array`), []));
  const disagreements = list('disagreements').map((d) => checkItem(story, d, 'disagreement', ids, articles, errors));
  const lookalikes = list('lookalikes').map((l) => checkItem(story, l, 'look-alike', ids, articles, errors));
  for (const l of lookalikes) {
    for (const d of disagreements) {
      const shared = overlapFiles(l, d);
      if (shared.size >= 2) {
        errors.push(`${story}: look-alike ${l.id} overlaps disagreement ${d.id} in ${[...shared].join(', ')}; a correct finding for ${d.id} would flag it`);
      }
    }
  }
  summary.disagreements = disagreements.length;
  summary.lookalikes = lookalikes.length;
  for (const d of disagreements) {
    if (typeof d.check === 'string') summary.byCheck[d.check] = (summary.byCheck[d.check] ?? 0) + 1;
  }
  return summary;
}

/** The README row that documents one story's counts. */
export function readmeRow(s) {
  return `| \`${s.story}\` | ${s.kind} | ${s.articles} | ${s.disagreements} | ${s.lookalikes} |`;
}

/** Validates every story folder under `root`; returns { stories, errors } and never throws on bad data. */
export function checkStories(root) {
  const errors = [];
  const stories = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { stories, errors: [`${root}: not a folder`] };
  }
  const dirs = readdirSync(root)
    .map((n) => join(root, n))
    .filter((p) => statSync(p).isDirectory())
    .sort();
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'gold.json'))) {
      errors.push(`${basename(dir)}: no gold.json`);
      continue;
    }
    stories.push(checkStory(dir, errors));
  }
  if (stories.length === 0) errors.push(`${root}: no story folders`);
  const readme = join(root, 'README.md');
  if (existsSync(readme)) {
    const lines = new Set(readFileSync(readme, 'utf8').split(/\r?\n/).map((l) => l.trim()));
    for (const s of stories) {
      if (!lines.has(readmeRow(s))) errors.push(`README.md: missing or outdated row for ${s.story}: ${readmeRow(s)}`);
    }
  }
  return { stories, errors };
}

function printSummary(stories) {
  const totals = {};
  console.log('| story | kind | articles | disagreements | look-alikes |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const s of stories) console.log(readmeRow(s));
  console.log('');
  for (const s of stories) {
    const parts = CHECKS.filter((c) => s.byCheck[c]).map((c) => `${c} ${s.byCheck[c]}`);
    console.log(`${s.story}: words ${Math.min(...s.words)}–${Math.max(...s.words)}; ${parts.join(', ')}`);
    for (const [c, n] of Object.entries(s.byCheck)) totals[c] = (totals[c] ?? 0) + n;
  }
  const all = CHECKS.map((c) => `${c} ${totals[c] ?? 0}`).join(', ');
  const sum = (k) => stories.reduce((a, s) => a + s[k], 0);
  console.log(`all: ${stories.length} stories, ${sum('articles')} articles, ${sum('disagreements')} disagreements (${all}), ${sum('lookalikes')} look-alikes`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join('test', 'fixtures', 'eval-stories'));
  const { stories, errors } = checkStories(root);
  printSummary(stories);
  if (errors.length) {
    console.error(`\n${errors.length} problem(s):`);
    for (const e of errors) console.error(`  ${e}`);
    process.exit(1);
  }
  console.log('gold OK');
}
