// The language server's main thread answers `initialize` without loading compromise (about half a
// second and 35 MB): importing the modules it runs must not load it. A module that loads compromise at
// import (a top-level call of nlp()) would make every start of the server that much slower.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusEngine } from '../../server/src/analysis/cross/engine';
import { factsFromWire } from '../../server/src/analysis/cross/factsWire';
import { nlpLoaded } from '../../server/src/analysis/nlp';
import { CorpusIndex } from '../../server/src/corpus';
import { hover } from '../../server/src/hover';

test('importing the cross-source engine and the server glue does not load compromise', () => {
  // Referenced so the bundler keeps the modules (and runs their top-level code) in this test.
  assert.equal(typeof CorpusEngine, 'function');
  assert.equal(typeof factsFromWire, 'function');
  assert.equal(typeof CorpusIndex, 'function');
  assert.equal(typeof hover, 'function');
  assert.equal(nlpLoaded(), false);
});
