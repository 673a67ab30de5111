import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { CorpusEngine, analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import type { SourceArticle } from '../../../server/src/analysis/cross/types';

function art(id: string, text: string): SourceArticle {
  return { id, name: id, text, analysis: analyzeArticle(text) };
}

test('engine: API shape, upsert/remove/storyOf', () => {
  const e = new CorpusEngine();
  e.upsert(art('a.txt', 'Jonas Brandvold said the strike at Vallmora would go on.'));
  e.upsert(art('b.txt', 'Brandvold told reporters the Vallmora strike goes on.'));
  const r = e.result();
  assert.ok(r.stories.length >= 1);
  assert.ok(e.storyOf('a.txt'));
  e.remove('a.txt');
  assert.equal(e.storyOf('a.txt'), undefined);
  assert.ok(Array.isArray(analyzeCorpus([]).findings));
});
