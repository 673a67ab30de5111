// The held-out evaluation stories (test/fixtures/eval-stories/) stay usable: every gold passage is found in
// its article, ids are unique, checks are known, the README counts match, and the validator that guards
// them (scripts/eval/eval-stories-check.mjs, loaded with import() so esbuild leaves it out) catches each
// kind of broken gold. The tests read the gold files; they never look at what NewsLens reports.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { REPO, tempDir } from '../helpers';

type Checker = typeof import('../../scripts/eval/eval-stories-check.mjs', { with: { 'resolution-mode': 'import' } });
const loadChecker = (): Promise<Checker> =>
  import(pathToFileURL(join(REPO, 'scripts', 'eval', 'eval-stories-check.mjs')).href) as Promise<Checker>;

const ROOT = join(REPO, 'test', 'fixtures', 'eval-stories');

interface Passage {
  file: string;
  text: string;
}
interface Item {
  id: string;
  check?: string;
  about: string;
  passages: Passage[];
}
interface Gold {
  story: string;
  kind: string;
  disagreements: Item[];
  lookalikes: Item[];
}

test('the evaluation stories and their gold files are valid', async () => {
  const { checkStories } = await loadChecker();
  const { stories, errors } = checkStories(ROOT);
  assert.deepEqual(errors, []);
  assert.ok(stories.length >= 4, `${stories.length} stories`);
  const kinds = new Set(stories.map((s) => s.kind));
  for (const kind of ['disaster with rising toll', 'business', 'sports', 'court']) assert.ok(kinds.has(kind), `no ${kind} story`);
  for (const s of stories) {
    assert.ok(s.articles >= 5 && s.articles <= 8, `${s.story}: ${s.articles} outlets`);
    assert.ok(s.disagreements >= 6 && s.disagreements <= 12, `${s.story}: ${s.disagreements} disagreements`);
    assert.ok(s.lookalikes >= 8 && s.lookalikes <= 15, `${s.story}: ${s.lookalikes} look-alikes`);
  }
});

test('together the stories exercise every cross-source check', async () => {
  const { checkStories, CHECKS } = await loadChecker();
  const { stories } = checkStories(ROOT);
  const seen = new Set(stories.flatMap((s) => Object.keys(s.byCheck)));
  for (const check of CHECKS) assert.ok(seen.has(check), `no disagreement of kind ${check}`);
});

/** A scratch copy of one real story, its gold changed by `edit`; returns the validator's errors. */
async function errorsAfter(edit: (gold: Gold, dir: string) => void): Promise<string[]> {
  const { checkStories } = await loadChecker();
  const tmp = tempDir('newslens-evalstories-');
  try {
    const dir = join(tmp.path, 'ferry-capsize');
    cpSync(join(ROOT, 'ferry-capsize'), dir, { recursive: true });
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
    edit(gold, dir);
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold, null, 2));
    return checkStories(tmp.path).errors;
  } finally {
    tmp.dispose();
  }
}

const first = <T>(xs: T[]): T => {
  assert.ok(xs.length > 0);
  return xs[0]!;
};

test('an untouched copy of a story passes, so the failures below come from the edits', async () => {
  assert.deepEqual(await errorsAfter(() => undefined), []);
});

test('a passage whose text is not in its article is reported with the file and the text', async () => {
  const errors = await errorsAfter((g) => {
    first(first(g.disagreements).passages).text = 'At least 41 people have died so far';
  });
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /text not found in south-asia-newswire\.txt: "At least 41 people/);
});

test('duplicate ids, unknown checks and passages in unknown files are reported', async () => {
  const errors = await errorsAfter((g) => {
    first(g.lookalikes).id = first(g.disagreements).id;
    first(g.disagreements).check = 'figure-clash';
    first(first(g.lookalikes).passages).file = 'no-such-outlet.txt';
  });
  assert.ok(errors.some((e) => /duplicate id/.test(e)), errors.join('\n'));
  assert.ok(errors.some((e) => /unknown check "figure-clash"/.test(e)), errors.join('\n'));
  assert.ok(errors.some((e) => /no article no-such-outlet\.txt/.test(e)), errors.join('\n'));
});

test('a text found more than once must be lengthened until it names one place', async () => {
  const errors = await errorsAfter((g) => {
    first(first(g.lookalikes).passages).text = 'Ranipur';
  });
  assert.ok(errors.some((e) => /occurs \d+ times in .*lengthen it/.test(e)), errors.join('\n'));
});

test('a look-alike needs two files, and a single-file check may have one', async () => {
  const errors = await errorsAfter((g) => {
    const l = first(g.lookalikes);
    l.passages = [first(l.passages)];
    const weekday = g.disagreements.find((d) => d.check === 'weekday-mismatch');
    assert.ok(weekday);
    weekday.passages = [first(weekday.passages)];
  });
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, /look-alike l1: passages in 1 file\(s\); needs at least 2/);
});

test('a look-alike that a correct finding for a disagreement would flag is refused', async () => {
  const errors = await errorsAfter((g) => {
    const d = first(g.disagreements);
    g.lookalikes.push({ id: 'l99', about: 'two of the toll passages', passages: d.passages.slice(0, 2) });
  });
  assert.ok(errors.some((e) => /look-alike l99 overlaps disagreement d1 in .*would flag it/.test(e)), errors.join('\n'));
});

test('the folder README must carry each story\'s current counts', async () => {
  const { checkStories, readmeRow } = await loadChecker();
  const tmp = tempDir('newslens-evalstories-');
  try {
    cpSync(join(ROOT, 'tennis-final'), join(tmp.path, 'tennis-final'), { recursive: true });
    const summary = checkStories(tmp.path).stories[0]!;
    writeFileSync(join(tmp.path, 'README.md'), `${readmeRow(summary)}\n`);
    assert.deepEqual(checkStories(tmp.path).errors, []);
    writeFileSync(join(tmp.path, 'README.md'), `${readmeRow({ ...summary, lookalikes: summary.lookalikes + 1 })}\n`);
    assert.match(checkStories(tmp.path).errors.join('\n'), /missing or outdated row for tennis-final/);
  } finally {
    tmp.dispose();
  }
});

test('broken files are reported, never thrown: invalid JSON, invalid UTF-8, a missing gold file', async () => {
  const { checkStories } = await loadChecker();
  const tmp = tempDir('newslens-evalstories-');
  try {
    cpSync(join(ROOT, 'ferry-capsize'), join(tmp.path, 'a'), { recursive: true });
    writeFileSync(join(tmp.path, 'a', 'gold.json'), '{ "story": "a", ');
    cpSync(join(ROOT, 'ferry-capsize'), join(tmp.path, 'b'), { recursive: true });
    writeFileSync(join(tmp.path, 'b', 'morning-ledger.txt'), Buffer.from([0x41, 0xff, 0xfe, 0x42]));
    cpSync(join(ROOT, 'ferry-capsize'), join(tmp.path, 'c'), { recursive: true });
    writeFileSync(join(tmp.path, 'c', 'gold.json'), '');
    cpSync(join(ROOT, 'ferry-capsize'), join(tmp.path, 'd'), { recursive: true });
    rmSync(join(tmp.path, 'd', 'gold.json'));
    const errors = checkStories(tmp.path).errors.join('\n');
    assert.match(errors, /a\/gold\.json: not valid JSON/);
    assert.match(errors, /b\/morning-ledger\.txt: cannot be read as UTF-8/);
    assert.match(errors, /c\/gold\.json: not valid JSON/);
    assert.match(errors, /^d: no gold\.json$/m);
    assert.deepEqual(checkStories(join(tmp.path, 'nowhere')).errors, [`${join(tmp.path, 'nowhere')}: not a folder`]);
  } finally {
    tmp.dispose();
  }
});
