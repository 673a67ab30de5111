// The language server's main thread answers `initialize` without loading compromise (about half a
// second and 35 MB): importing the modules it runs must not load it. A module that loads compromise at
// import (a top-level call of nlp()) would make every start of the server that much slower. Nor does
// the main thread load it to work out a story's findings from what the analysis workers sent (a warm
// start spends most of its second doing so otherwise).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CorpusEngine } from '../../server/src/analysis/cross/engine';
import { factsFromWire } from '../../server/src/analysis/cross/factsWire';
import { nlpLoaded } from '../../server/src/analysis/nlp';
import { CorpusIndex } from '../../server/src/corpus';
import { hover } from '../../server/src/hover';
import { AnalysisPool } from '../../server/src/pool/analysisPool';
import { REPO } from '../helpers';

test('importing the cross-source engine and the server glue does not load compromise', () => {
  // Referenced so the bundler keeps the modules (and runs their top-level code) in this test.
  assert.equal(typeof CorpusEngine, 'function');
  assert.equal(typeof factsFromWire, 'function');
  assert.equal(typeof CorpusIndex, 'function');
  assert.equal(typeof hover, 'function');
  assert.equal(nlpLoaded(), false);
});

const REPORTS = [
  ['wire.txt', 'Bus crash kills 12 near Orvik\n\nORVIK, May 4 - A bus plunged into a ravine near Orvik on Sunday, killing 12 people, police said.'],
  ['daily.txt', 'Bus plunges into ravine\n\nORVIK - Fourteen people were killed when a bus plunged into a ravine near Orvik on Sunday, police said.'],
  ['radio.news', 'Police say 12 people have been killed after a bus plunged into a ravine near Orvik this morning.'],
] as const;

test("a story's findings from the workers' facts are worked out without loading compromise", async () => {
  const pool = new AnalysisPool({ workerFile: join(REPO, 'dist', 'analysisWorker.js'), size: 1 });
  try {
    const engine = new CorpusEngine({ storyThreshold: 0 });
    for (const [name, text] of REPORTS) {
      const out = await pool.analyze({ text, facts: true });
      assert.equal(out.kind, 'done');
      engine.upsert({ id: `mem:/${name}`, name, text, analysis: out.analysis, facts: out.facts, features: out.features });
    }
    const result = engine.result();
    // The toll is what the reports disagree on: the story was worked out, labels and all.
    assert.ok(result.findings.some((f) => f.check === 'figure-conflict' && /people killed/.test(f.message)), result.findings.map((f) => f.message).join('\n'));
    assert.equal(nlpLoaded(), false);
  } finally {
    await pool.dispose();
  }
});
