// The hand-labelled Reuters gold files (test/gold/) stay valid against the real articles in ../shared:
// runs scripts/eval/gold-check.mjs on them, and shows that the checker rejects a damaged copy.
// Skipped when ../shared (or NEWSLENS_SHARED) is not on this machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, sharedDir, tempDir } from '../helpers';

const CHECKER = join(REPO, 'scripts', 'eval', 'gold-check.mjs');
const STORIES = join(REPO, 'test', 'gold', 'reuters-stories.json');
const QUOTES = join(REPO, 'test', 'gold', 'reuters-quotes.json');

function reutersShared(): string | undefined {
  const shared = sharedDir();
  return shared && existsSync(join(shared, 'corpus', 'reuters-1996')) ? shared : undefined;
}

function check(shared: string, stories = STORIES, quotes = QUOTES): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [CHECKER, '--shared', shared, '--stories', stories, '--quotes', quotes], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

interface Quote {
  file: string;
  start: number;
  end: number;
  speaker: string | null;
  split: string;
}

test('the Reuters story and quote gold files pass the checker, with both splits populated', { timeout: 90_000 }, (t) => {
  const shared = reutersShared();
  if (!shared) return t.skip('../shared/corpus/reuters-1996 is not on this machine');
  const { status, out } = check(shared);
  assert.equal(status, 0, out);
  for (const part of ['stories tune', 'stories heldout', 'quotes tune', 'quotes heldout']) {
    assert.match(out, new RegExp(`^${part}: `, 'm'), `no counts for ${part}`);
  }
  assert.match(out, /gold files valid/);
});

test('the checker rejects shifted offsets, mixed splits and unknown held-out ids', { timeout: 90_000 }, (t) => {
  const shared = reutersShared();
  if (!shared) return t.skip('../shared/corpus/reuters-1996 is not on this machine');
  const tmp = tempDir('newslens-gold-');
  try {
    const quotes = JSON.parse(readFileSync(QUOTES, 'utf8')) as { quotes: Quote[] };
    const first = quotes.quotes[0]!;
    first.start += 1; // no longer starts at the opening mark
    const sibling = quotes.quotes.find((q, i) => i > 0 && q.file === first.file);
    assert.ok(sibling, 'the first quoted file has a second quote');
    sibling.split = first.split === 'tune' ? 'heldout' : 'tune';
    const stories = JSON.parse(readFileSync(STORIES, 'utf8')) as { heldout: string[] };
    stories.heldout.push('no-such-story');
    const qPath = join(tmp.path, 'quotes.json');
    const sPath = join(tmp.path, 'stories.json');
    writeFileSync(qPath, JSON.stringify(quotes));
    writeFileSync(sPath, JSON.stringify(stories));
    const { status, out } = check(shared, sPath, qPath);
    assert.equal(status, 1, out);
    assert.match(out, /does not start with a quotation mark/);
    assert.match(out, /has quotes in both splits/);
    assert.match(out, /held-out id "no-such-story" labels no article/);
  } finally {
    tmp.dispose();
  }
});
