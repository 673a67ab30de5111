// The ledger on disk never loses a decision and never leaves the workspace folder: concurrent writes
// through the per-folder queue all land, a hand edit made meanwhile is kept, a `.newslens` or
// ledger.json that links out of the folder is refused, a byte-order mark and a 400,000-entry ledger
// load, and a FIFO in the ledger's place is refused at once instead of blocking.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeLedgers, parseLedgerText, serializeLedger } from '../../server/src/analysis/cross/ledger';
import type { Ledger } from '../../server/src/analysis/cross/types';
import { LedgerFiles, ledgerPath, readLedger } from '../../server/src/ledgerFile';
import { runCli, tempDir } from '../helpers';

const POSIX = process.platform !== 'win32';

function ledgerOnDisk(folder: string): Ledger {
  const parsed = parseLedgerText(readFileSync(ledgerPath(folder), 'utf8'));
  assert.ok(parsed.ok, 'valid JSON');
  return parsed.ledger;
}

test('100 concurrent decisions through the queue are all written, with no temporary file left', async () => {
  const dir = tempDir();
  try {
    const files = new LedgerFiles();
    const keys = Array.from({ length: 100 }, (_, i) => `figure-conflict:workers:${i}`);
    const paths = await Promise.all(keys.map((key) => files.update(dir.path, (l) => void l.ignored.push({ key }))));
    assert.ok(paths.every((p) => p === ledgerPath(dir.path)));
    assert.deepEqual(ledgerOnDisk(dir.path).ignored.map((i) => i.key).sort(), [...keys].sort());
    assert.deepEqual(readdirSync(join(dir.path, '.newslens')), ['ledger.json']);
    assert.equal(files.merged([dir.path]).ignored.length, 100);
  } finally {
    dir.dispose();
  }
});

test('a decision made while the file was edited by hand keeps the hand edit', async () => {
  const dir = tempDir();
  try {
    const files = new LedgerFiles();
    await files.update(dir.path, (l) => void l.ignored.push({ key: 'from-the-editor' }));
    // Someone adds an entry by hand (and a canonical value), without telling the server.
    const byHand = ledgerOnDisk(dir.path);
    byHand.ignored.push({ key: 'typed-by-hand', note: 'checked with the desk' });
    byHand.canonical.push({ key: 'fact:1', value: '4,200' });
    writeFileSync(ledgerPath(dir.path), serializeLedger(byHand));
    await files.update(dir.path, (l) => void l.ignored.push({ key: 'second-from-the-editor' }));
    const after = ledgerOnDisk(dir.path);
    assert.deepEqual(after.ignored.map((i) => i.key), ['from-the-editor', 'second-from-the-editor', 'typed-by-hand']);
    assert.deepEqual(after.canonical, [{ key: 'fact:1', value: '4,200' }]);
    assert.equal(after.ignored.find((i) => i.key === 'typed-by-hand')?.note, 'checked with the desk');
  } finally {
    dir.dispose();
  }
});

test('a malformed ledger is refused, not overwritten', async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir.path, '.newslens'));
    writeFileSync(ledgerPath(dir.path), '{"ignored": [ {"key": "half-typed"');
    const files = new LedgerFiles();
    await assert.rejects(
      files.update(dir.path, (l) => void l.ignored.push({ key: 'x' })),
      /ledger\.json: not a NewsLens ledger: not valid JSON.*fix or delete it first/,
    );
    assert.equal(readFileSync(ledgerPath(dir.path), 'utf8'), '{"ignored": [ {"key": "half-typed"');
    // A failed job does not block the queue: once fixed, the next decision is written.
    writeFileSync(ledgerPath(dir.path), '{"ignored": [{"key": "half-typed"}]}');
    await files.update(dir.path, (l) => void l.ignored.push({ key: 'x' }));
    assert.deepEqual(ledgerOnDisk(dir.path).ignored.map((i) => i.key), ['half-typed', 'x']);
  } finally {
    dir.dispose();
  }
});

test('a .newslens folder or ledger that links out of the workspace folder is refused, and nothing is written there', { skip: !POSIX }, async () => {
  const outside = tempDir();
  const dir = tempDir();
  try {
    const files = new LedgerFiles();
    symlinkSync(outside.path, join(dir.path, '.newslens'));
    await assert.rejects(files.update(dir.path, (l) => void l.ignored.push({ key: 'x' })), /\.newslens is a symbolic link to .*outside the workspace folder/);
    assert.deepEqual(readdirSync(outside.path), []);
    const read = await readLedger(dir.path);
    assert.ok(!read.ok && !read.missing && /outside the workspace folder/.test(read.message));

    // ledger.json itself linking out: refused too, the target untouched.
    const dir2 = tempDir();
    try {
      writeFileSync(join(outside.path, 'victim.json'), '{"ignored": []}');
      mkdirSync(join(dir2.path, '.newslens'));
      symlinkSync(join(outside.path, 'victim.json'), ledgerPath(dir2.path));
      await assert.rejects(files.update(dir2.path, (l) => void l.ignored.push({ key: 'x' })), /ledger\.json is a symbolic link to .*outside/);
      assert.equal(readFileSync(join(outside.path, 'victim.json'), 'utf8'), '{"ignored": []}');
    } finally {
      dir2.dispose();
    }
  } finally {
    dir.dispose();
    outside.dispose();
  }
});

test('a ledger linked to a file inside the folder is written through the link, which stays', { skip: !POSIX }, async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir.path, 'shared'));
    writeFileSync(join(dir.path, 'shared', 'decisions.json'), '{"ignored": [{"key": "kept"}]}');
    mkdirSync(join(dir.path, '.newslens'));
    symlinkSync(join('..', 'shared', 'decisions.json'), ledgerPath(dir.path));
    const files = new LedgerFiles();
    await files.update(dir.path, (l) => void l.ignored.push({ key: 'added' }));
    const target = parseLedgerText(readFileSync(join(dir.path, 'shared', 'decisions.json'), 'utf8'));
    assert.ok(target.ok);
    assert.deepEqual(target.ledger.ignored.map((i) => i.key), ['added', 'kept']);
    assert.equal(execFileSync('readlink', [ledgerPath(dir.path)], { encoding: 'utf8' }).trim(), join('..', 'shared', 'decisions.json'));
  } finally {
    dir.dispose();
  }
});

test('a FIFO in place of the ledger is refused at once, by the server and the CLI', { skip: !POSIX, timeout: 20_000 }, async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir.path, '.newslens'));
    execFileSync('mkfifo', [ledgerPath(dir.path)]);
    const read = await readLedger(dir.path);
    assert.ok(!read.ok && !read.missing && /FIFO/.test(read.message), JSON.stringify(read));
    writeFileSync(join(dir.path, 'a.txt'), 'Officials said 40 people were rescued on Monday.\n');
    const run = await runCli(['check', dir.path], { timeoutMs: 15_000 });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /ledger\.json: cannot read the ledger: is a FIFO \(named pipe\), not a regular file/);
  } finally {
    dir.dispose();
  }
});

test('a ledger with a UTF-8 byte-order mark is read by the server and the CLI', async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir.path, '.newslens'));
    writeFileSync(ledgerPath(dir.path), '\uFEFF{"version": 1, "ignored": [{"key": "with-bom"}], "canonical": []}\n');
    const read = await readLedger(dir.path);
    assert.ok(read.ok, JSON.stringify(read));
    assert.deepEqual(read.ledger.ignored, [{ key: 'with-bom' }]);
    writeFileSync(join(dir.path, 'a.txt'), 'Officials said 40 people were rescued on Monday.\n');
    const run = await runCli(['check', '--format', 'json', dir.path]);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /ledger/);
    // And a decision added to it keeps its entries (the mark itself is not written back).
    await new LedgerFiles().update(dir.path, (l) => void l.ignored.push({ key: 'after' }));
    const raw = readFileSync(ledgerPath(dir.path), 'utf8');
    assert.ok(!raw.startsWith('\uFEFF'));
    assert.deepEqual(ledgerOnDisk(dir.path).ignored.map((i) => i.key), ['after', 'with-bom']);
  } finally {
    dir.dispose();
  }
});

test('a 400,000-entry ledger (about 47 MB) loads, merges and takes one more decision', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  try {
    const big: Ledger = { version: 1, ignored: [], canonical: [] };
    for (let i = 0; i < 400_000; i++) {
      big.ignored.push({ key: `figure-conflict:story-${i % 997}:fact-${i}:values-${(i * 7919) % 100_000}`, note: `figure-conflict: checked, entry ${i}` });
    }
    mkdirSync(join(dir.path, '.newslens'));
    const text = serializeLedger(big);
    writeFileSync(ledgerPath(dir.path), text);
    assert.ok(text.length > 45_000_000, `${text.length} bytes`);
    const files = new LedgerFiles();
    const read = await files.load(dir.path);
    assert.ok(read.ok, read.ok ? '' : read.message);
    assert.equal(read.ledger.ignored.length, 400_000);
    // Merging two folders' ledgers once overflowed the stack (push(...400,000 entries)).
    assert.equal(mergeLedgers([read.ledger, { version: 1, ignored: [{ key: 'other-folder' }], canonical: [] }]).ignored.length, 400_001);
    await files.update(dir.path, (l) => void l.ignored.push({ key: 'one-more' }));
    assert.equal(files.merged([dir.path]).ignored.length, 400_001);
    assert.ok(existsSync(ledgerPath(dir.path)));
  } finally {
    dir.dispose();
  }
});
