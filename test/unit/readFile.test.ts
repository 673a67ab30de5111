// Reading an article file: whether the read is made on the thread (quick on a local disk) or through the
// asynchronous API (after slow reads), a file gives the same text or the same reason it is skipped.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../server/src/articleFile';
import { AnalysisCache } from '../../server/src/analysisCache';
import { setReadsInline } from '../../server/src/inlineReads';
import { tempDir } from '../helpers';

const POSIX = process.platform !== 'win32';
const ARTICLE = 'Divers reached the wreck of the Marisol on Tuesday, the coastguard said.\n';

async function readAll(dir: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of ['plain.txt', 'bom.txt', 'latin1.txt', 'empty.txt', 'long.txt', 'folder.txt', 'missing.txt', 'binary.txt', 'pipe.txt', 'zero.txt']) {
    out[name] = await readArticle(join(dir, name), 4096);
  }
  return out;
}

test('inline and asynchronous reads give the same result for every kind of file', { timeout: 20_000 }, async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir.path, 'plain.txt'), ARTICLE);
    writeFileSync(join(dir.path, 'bom.txt'), `\uFEFF${ARTICLE}`);
    writeFileSync(join(dir.path, 'latin1.txt'), Buffer.from('Caf\xe9 owners met on Monday.\n', 'latin1'));
    writeFileSync(join(dir.path, 'empty.txt'), '');
    writeFileSync(join(dir.path, 'long.txt'), ARTICLE.repeat(100));
    writeFileSync(join(dir.path, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    mkdirSync(join(dir.path, 'folder.txt'));
    if (POSIX) {
      execFileSync('mkfifo', [join(dir.path, 'pipe.txt')]);
      symlinkSync('/dev/zero', join(dir.path, 'zero.txt'));
    }
    setReadsInline(true);
    const inline = await readAll(dir.path);
    setReadsInline(false);
    const awaited = await readAll(dir.path);
    setReadsInline(true);
    assert.deepEqual(inline, awaited);
    assert.deepEqual(inline['plain.txt'], { ok: true, text: ARTICLE, bytes: ARTICLE.length });
    assert.equal((inline['bom.txt'] as { text: string }).text, ARTICLE);
    assert.match((inline['latin1.txt'] as { warning: string }).warning, /not valid UTF-8/);
    assert.match((inline['long.txt'] as { message: string }).message, /over the 4\.0 KB limit/);
    assert.equal((inline['missing.txt'] as { reason: string }).reason, 'missing');
    assert.equal((inline['folder.txt'] as { reason: string }).reason, 'directory');
    assert.equal((inline['binary.txt'] as { reason: string }).reason, 'binary');
    if (POSIX) {
      assert.match((inline['pipe.txt'] as { message: string }).message, /FIFO/);
      assert.match((inline['zero.txt'] as { message: string }).message, /character device/);
    }
  } finally {
    setReadsInline(true);
    dir.dispose();
  }
});

test('the analysis cache reads its entries the same way inline or not, and a FIFO in its folder never blocks', { timeout: 20_000, skip: !POSIX }, async () => {
  const dir = tempDir();
  try {
    const cache = new AnalysisCache(dir.path);
    const analysis = { length: ARTICLE.length, paragraphs: [], sentences: [], entities: [], figures: [], quotes: [], problems: [] };
    const key = cache.key(ARTICLE, { maxChars: 1000 });
    await cache.set(key, analysis);
    for (const inline of [true, false]) {
      setReadsInline(inline);
      assert.deepEqual((await cache.get(key, ARTICLE.length))?.analysis, analysis);
    }
    // A FIFO under another entry's name is a miss at once.
    const other = cache.key(`${ARTICLE} `, { maxChars: 1000 });
    mkdirSync(join(dir.path, other.slice(0, 2)), { recursive: true });
    execFileSync('mkfifo', [join(dir.path, other.slice(0, 2), `${other}.json`)]);
    for (const inline of [true, false]) {
      setReadsInline(inline);
      assert.equal(await cache.get(other, ARTICLE.length + 1), undefined);
    }
  } finally {
    setReadsInline(true);
    dir.dispose();
  }
});
