// The engine re-checks only what an edit touches: a changed figure keeps the story grouping and the
// other stories' results, yet the findings are exactly those of a fresh run on the edited corpus; the
// server's stepwise result (resultAsync, which gives way between stories) equals the one-go result.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { analyzeCorpus, CorpusEngine } from '../../../server/src/analysis/cross/engine';
import { sameData } from '../../../server/src/analysis/cross/sameData';
import { REPO } from '../../helpers';
import { readDir } from './util';

const samples = readDir(join(REPO, 'samples'), (n) => /\.(?:txt|news)$/.test(n));
const yieldTurn = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('CorpusEngine after an edit', () => {
  it('re-checks only the edited article’s story and finds what a fresh run finds', async () => {
    const engine = new CorpusEngine();
    for (const a of samples) engine.upsert(a);
    const before = await engine.resultAsync(yieldTurn);
    const target = samples.find((a) => /\d{2,}/.test(a.text) && a.name.startsWith('port-strike'))!;
    const text = target.text.replace(/\d{2,}/, (d) => String(Number(d) + 3));
    const edited = { ...target, text, analysis: analyzeArticle(text) };
    engine.upsert(edited);
    const after = await engine.resultAsync(yieldTurn);

    const fresh = analyzeCorpus(samples.map((a) => (a.id === target.id ? edited : a)));
    assert.deepEqual(after.findings, fresh.findings);
    assert.deepEqual(
      after.stories.map((s) => s.story.articles),
      fresh.stories.map((s) => s.story.articles),
    );
    // The other story's facts are the very objects computed before: it was not checked again.
    const other = (r: typeof before) => r.stories.find((s) => !s.story.articles.includes(target.id) && s.story.articles.length > 1)!;
    assert.equal(other(after).facts, other(before).facts);
    const own = (r: typeof before) => r.stories.find((s) => s.story.articles.includes(target.id))!;
    assert.notEqual(own(after).facts, own(before).facts);
  });

  it('gives the same result stepwise as in one go', async () => {
    const engine = new CorpusEngine();
    for (const a of samples) engine.upsert(a);
    let turns = 0;
    const stepwise = await engine.resultAsync(() => {
      turns++;
      return yieldTurn();
    });
    assert.ok(turns >= 1);
    assert.deepEqual(stepwise, analyzeCorpus(samples));
  });
});

describe('sameData', () => {
  it('compares maps, sets, arrays and objects by content', () => {
    assert.ok(sameData(new Map([['a', [1, { b: 2 }]]]), new Map([['a', [1, { b: 2 }]]])));
    assert.ok(!sameData(new Map([['a', 1]]), new Map([['a', 2]])));
    assert.ok(!sameData(new Set([1]), new Set([2])));
    assert.ok(!sameData({ a: 1 }, { a: 1, b: undefined }));
    assert.ok(!sameData([1, 2], { 0: 1, 1: 2 }));
    assert.ok(sameData(NaN, NaN));
  });
});
