// The last session's findings on disk: read back only under the key they were written with, and never
// when the file is damaged or not shaped like findings.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Finding } from '../../server/src/analysis/cross/types';
import { FindingsSnapshot, snapshotKey } from '../../server/src/findingsSnapshot';

const finding: Finding = {
  check: 'figure-conflict',
  severity: 'warning',
  location: { article: 'file:///w/a.txt', span: { start: 10, end: 15 } },
  message: 'Sources differ on the number of dockworkers on strike: 2,400 here; 4,200 in b.txt.',
  related: [{ location: { article: 'file:///w/b.txt', span: { start: 3, end: 8 } }, message: '4,200 dockworkers' }],
  key: 'figure-conflict:dockworker:2400|4200',
};

test('the key changes with any text, URI or option, and not with the order articles are listed in', () => {
  const a = { uri: 'file:///w/a.txt', text: 'About 2,400 dockworkers walked out.' };
  const b = { uri: 'file:///w/b.txt', text: 'Some 4,200 dockworkers struck.' };
  const key = snapshotKey({ options: { storyThreshold: null }, articles: [a, b] });
  assert.equal(snapshotKey({ options: { storyThreshold: null }, articles: [b, a] }), key);
  assert.notEqual(snapshotKey({ options: { storyThreshold: null }, articles: [a, { ...b, text: `${b.text} ` }] }), key);
  assert.notEqual(snapshotKey({ options: { storyThreshold: null }, articles: [a, { ...b, uri: 'file:///w/c.txt' }] }), key);
  assert.notEqual(snapshotKey({ options: { storyThreshold: 0.3 }, articles: [a, b] }), key);
  assert.notEqual(snapshotKey({ options: { storyThreshold: null }, articles: [a] }), key);
});

test('findings come back under their key only; a damaged or odd file is ignored', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-snapshot-'));
  try {
    const snapshots = new FindingsSnapshot(dir, () => undefined);
    assert.equal(await snapshots.load('k1'), undefined);
    const articles = ['file:///w/a.txt', 'file:///w/b.txt'];
    const story = { id: 'story-1', label: 'Vallmora · DWU', articles, links: [{ a: articles[0]!, b: articles[1]!, score: 0.4, shared: ['n:vallmora'], labels: ['Vallmora'] }] };
    const stored = { findings: [finding], stories: [{ articles, findings: [finding], story }] };
    await snapshots.save('k1', stored);
    assert.deepEqual(await snapshots.load('k1'), stored);
    assert.equal(await snapshots.load('k2'), undefined);
    const path = join(dir, 'findings-snapshot.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.length / 2));
    assert.equal(await snapshots.load('k1'), undefined);
    writeFileSync(path, text.replace('"start":10', '"start":"ten"'));
    assert.equal(await snapshots.load('k1'), undefined);
    writeFileSync(path, text.replace('"warning"', '"loud"'));
    assert.equal(await snapshots.load('k1'), undefined);
    // A story whose articles are not a list of URIs: the whole snapshot is ignored.
    writeFileSync(path, text.replace('"articles":["file:///w/a.txt"', '"articles":[7'));
    assert.equal(await snapshots.load('k1'), undefined);
    // A story grouped as it was, with a link that is not one: ignored too.
    writeFileSync(path, text.replace('"score":0.4', '"score":"high"'));
    assert.equal(await snapshots.load('k1'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
