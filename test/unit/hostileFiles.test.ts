// Hostile files and names on the command line: only regular files are read (a device, a FIFO or a
// link to one is skipped at once with a line saying what it is), reads are bounded by --max-size
// before they start, and a file name cannot forge an output line or display reordered.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../server/src/articleFile';
import { oneLine, safeName } from '../../server/src/cli/textFormat';
import { isArticle, WorkspaceFolders } from '../../server/src/fileFilter';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { REPO, runCli, tempDir } from '../helpers';

const POSIX = process.platform !== 'win32';
const GUARD = { timeout: 20_000 };
const ARTICLE = 'Rescuers brought 40 miners to the surface on Monday, officials said.\n';

test('annotate /dev/zero, or a link to it, stops at once with a message', { ...GUARD, skip: !existsSync('/dev/zero') }, async () => {
  const dir = tempDir();
  try {
    symlinkSync('/dev/zero', join(dir.path, 'zero.txt'));
    const r = await runCli(['annotate', '/dev/zero', join(dir.path, 'zero.txt')], { timeoutMs: 15_000 });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^newslens: \/dev\/zero: skipped: is a character device, not a regular file$/m);
    assert.match(r.stderr, /zero\.txt: skipped: is a character device, not a regular file$/m);
  } finally {
    dir.dispose();
  }
});

test('a FIFO as an article, named or found in a folder, is skipped without blocking', { ...GUARD, skip: !POSIX }, async () => {
  const dir = tempDir();
  try {
    execFileSync('mkfifo', [join(dir.path, 'pipe.txt')]);
    writeFileSync(join(dir.path, 'real.txt'), ARTICLE);
    const named = await runCli(['annotate', join(dir.path, 'pipe.txt')], { timeoutMs: 15_000 });
    assert.equal(named.code, 1);
    assert.match(named.stderr, /pipe\.txt: skipped: is a FIFO \(named pipe\), not a regular file$/m);
    const walked = await runCli(['check', '--no-ledger', '--format', 'json', dir.path], { timeoutMs: 15_000 });
    assert.equal(walked.code, 0, walked.stderr);
    assert.match(walked.stderr, /pipe\.txt: skipped: is a FIFO \(named pipe\), not a regular file$/m);
    assert.deepEqual((JSON.parse(walked.stdout) as { files: string[] }).files, [join(dir.path, 'real.txt')]);
    // The reader the server shares says the same, at once.
    const read = await readArticle(join(dir.path, 'pipe.txt'));
    assert.deepEqual(read, { ok: false, reason: 'not-regular', message: 'is a FIFO (named pipe), not a regular file' });
  } finally {
    dir.dispose();
  }
});

test('--max-size refuses a larger file before reading it', GUARD, async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir.path, 'long.txt'), ARTICLE.repeat(100));
    const r = await runCli(['annotate', '--max-size', '1KB', join(dir.path, 'long.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /long\.txt: skipped: [\d.]+ KB is over the 1\.0 KB limit for an article$/m);
  } finally {
    dir.dispose();
  }
});

test('a file name with a newline cannot forge a finding line, and bidirectional controls are escaped', GUARD, async () => {
  const dir = tempDir();
  try {
    // The port-strike sample story disagrees on figures: every finding line names a file.
    const story = ['port-strike-gulf-wire.txt', 'port-strike-coastwatch-digest.txt', 'port-strike-vallmora-courier.txt'];
    const forged = 'wire\nport-strike-gulf-wire.txt:4:1 warning figure-conflict forged.txt';
    const bidi = 'courier\u202Etxt.exe.txt';
    copyFileSync(join(REPO, 'samples', story[0]!), join(dir.path, forged));
    copyFileSync(join(REPO, 'samples', story[1]!), join(dir.path, story[1]!));
    copyFileSync(join(REPO, 'samples', story[2]!), join(dir.path, bidi));
    const r = await runCli(['check', '--no-ledger', '--fail-on', 'none', '.'], { cwd: dir.path });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 3, r.stdout);
    assert.ok(lines.some((l) => l.startsWith('"wire\\nport-strike-gulf-wire.txt:4:1 warning figure-conflict forged.txt":')), 'the escaped name');
    assert.ok(lines.some((l) => l.includes('"courier\\u202etxt.exe.txt":')), 'the bidi control escaped');
    assert.ok(!lines.some((l) => l.startsWith('port-strike-gulf-wire.txt:')), 'no forged line');
    assert.ok(!r.stdout.includes('\u202E'));
    // Every line is a finding (name:line:col), a related passage (indented) or the summary.
    for (const l of lines.slice(0, -1)) assert.match(l, /^(?: {4})?(?:"(?:[^"\\]|\\.)*"|[^\s"]+):\d+:\d+ /, l);
  } finally {
    dir.dispose();
  }
});

test('names are escaped only when they must be', () => {
  assert.equal(safeName('samples/port-strike-gulf-wire.txt'), 'samples/port-strike-gulf-wire.txt');
  assert.equal(safeName('a\nb.txt'), '"a\\nb.txt"');
  assert.equal(safeName('\u202Etxt.exe'), '"\\u202etxt.exe"');
  assert.equal(safeName('tab\there "quoted" \\ name\u0007.txt'), '"tab\\there \\"quoted\\" \\\\ name\\u0007.txt"');
  assert.equal(safeName('"starts with a quote.txt'), '"\\"starts with a quote.txt"');
  assert.equal(safeName('Zürich – 報道.txt'), 'Zürich – 報道.txt');
  assert.equal(oneLine('said:\r\nthe end\u2028'), 'said:\\r\\nthe end\\u2028');
});

test('an absurdly deep path is judged at once (not an article), a normal one as before', GUARD, () => {
  const folders = new WorkspaceFolders();
  folders.set(['file:///work/news']);
  const deep = `file:///work/news/${Array.from({ length: 50_000 }, () => 'a').join('/')}/story.txt`;
  const started = performance.now();
  assert.equal(isArticle(deep, undefined, DEFAULT_SETTINGS, folders), false);
  assert.equal(isArticle(deep, 'news', DEFAULT_SETTINGS, folders), false);
  const ms = performance.now() - started;
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  assert.equal(isArticle('file:///work/news/2026/03/story.txt', undefined, DEFAULT_SETTINGS, folders), true);
  assert.equal(isArticle('file:///work/news/node_modules/x/story.txt', undefined, DEFAULT_SETTINGS, folders), false);
});
