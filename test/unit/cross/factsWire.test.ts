// The facts a worker extracts travel as plain data (and sit in the analysis cache): what the engine
// decodes must be exactly what it would have extracted, and anything damaged must be ignored, not trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { extractArticleFacts } from '../../../server/src/analysis/cross/extract';
import { factsFromWire, factsToWire, type FactsWire } from '../../../server/src/analysis/cross/factsWire';
import { featuresFromWire, featuresToWire } from '../../../server/src/analysis/cross/featuresWire';
import { storyFeatures } from '../../../server/src/analysis/cross/storyFeatures';
import type { SourceArticle } from '../../../server/src/analysis/cross/types';
import { AnalysisCache } from '../../../server/src/analysisCache';
import { article, readDir, samplesDir } from './util';

const samples = readDir(samplesDir(), (n) => n.endsWith('.txt'));
/** Invented: coordinated counts make a whole whose parts are other items; "more than" an open interval. */
const crash = article(
  'crash.txt',
  'The plane carried 230 passengers and 12 crew when it came down on Sunday, the airline said. More than 40 people ' +
    'were injured. "We are devastated," said Ana Example, the airline\'s chief executive. Talks lasted about two hours.',
);
const all = [...samples, crash];

test('facts decoded from the wire are the facts extraction gives, objects and all', () => {
  let wholes = 0;
  for (const a of all) {
    const facts = extractArticleFacts(a);
    // The worker extracts without knowing the article's id; decoding puts it back.
    const fromWorker = extractArticleFacts({ ...a, id: '', name: '' });
    const wire = structuredClone(factsToWire(fromWorker));
    const back = factsFromWire(a, wire);
    assert.ok(back, a.name);
    assert.deepEqual(back.figures, facts.figures, a.name);
    assert.deepEqual(back.dates, facts.dates, a.name);
    assert.deepEqual(back.quotes, facts.quotes, a.name);
    for (const f of back.figures) {
      assert.equal(f.figure, a.analysis.figures[f.index], 'a figure item points at the analysis its article has');
      for (const p of f.parts ?? []) assert.ok(back.figures.includes(p), 'a part is one of the article\'s own items');
      wholes += f.parts ? 1 : 0;
    }
    for (const d of back.dates) assert.ok(a.analysis.figures.includes(d.figure));
    for (const q of back.quotes) assert.ok(a.analysis.quotes.includes(q.quote));
  }
  assert.ok(wholes > 0, 'the test includes a whole made of parts');
});

test('facts and grouping features kept in the analysis cache read back the same (open intervals included)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-facts-'));
  try {
    const cache = new AnalysisCache(dir);
    const key = cache.key(crash.text, { maxChars: 500_000 });
    const features = storyFeatures(crash);
    await cache.set(key, crash.analysis, factsToWire(extractArticleFacts(crash)), featuresToWire(features));
    const hit = await cache.get(key, crash.text.length);
    assert.equal(typeof hit?.facts, 'function', 'the facts are parsed only when asked for');
    assert.deepEqual(featuresFromWire(hit!.features), features, 'the grouping features read back as they were worked out');
    const back = factsFromWire({ ...crash, analysis: hit!.analysis }, (hit!.facts as () => unknown)());
    assert.ok(back);
    assert.ok(back.figures.some((f) => f.interval?.hi === Infinity), '"more than 40" keeps its open end');
    assert.deepEqual(back.figures, extractArticleFacts({ ...crash, analysis: hit!.analysis }).figures);
    // Facts text damaged inside an intact entry: nothing is decoded, and the engine extracts instead.
    const file = path.join(dir, key.slice(0, 2), `${key}.json`);
    // (the same length, so the entry's header still holds: only the facts text after the analysis text is broken)
    const raw = readFileSync(file, 'utf8');
    const eol = raw.indexOf('\n');
    const factsAt = eol + 1 + (JSON.parse(raw.slice(0, eol)) as { analysisChars: number }).analysisChars;
    assert.equal(raw[factsAt], '{');
    writeFileSync(file, `${raw.slice(0, factsAt)}x${raw.slice(factsAt + 1)}`);
    const damaged = await cache.get(key, crash.text.length);
    assert.ok(damaged, 'the analysis itself is still good');
    assert.equal((damaged.facts as () => unknown)(), undefined);
    const viaDamage = analyzeCorpus([{ ...crash, analysis: damaged.analysis, facts: damaged.facts }]);
    assert.deepEqual(viaDamage.findings, analyzeCorpus([crash]).findings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged wire is ignored and the engine extracts the facts itself: same findings', () => {
  const good = factsToWire(extractArticleFacts(crash));
  const damaged: unknown[] = [
    null,
    'facts',
    { ...good, v: 99 },
    { ...good, figures: 'x' },
    { ...good, figures: good.figures.map((f) => ({ ...(f as object), figure: { $figure: 9999 } })) },
    { ...good, figures: good.figures.map((f) => ({ ...(f as object), context: ['not', 'a', 'set'] })) },
    { ...good, quotes: [{ words: [] }] },
    { ...good, dates: [{ figure: { $set: 5 } }] },
  ];
  for (const w of damaged) assert.equal(factsFromWire(crash, w), undefined, String(JSON.stringify(w)).slice(0, 80));

  const plain = analyzeCorpus(samples);
  const wire = (a: SourceArticle, w: unknown): SourceArticle => ({ ...a, facts: w });
  const viaWire = analyzeCorpus(samples.map((a) => wire(a, factsToWire(extractArticleFacts({ ...a, id: '' })))));
  const viaDamage = analyzeCorpus(samples.map((a, i) => wire(a, damaged[i % damaged.length] as FactsWire)));
  assert.ok(plain.findings.length > 0);
  assert.deepEqual(viaWire.findings, plain.findings);
  assert.deepEqual(viaDamage.findings, plain.findings);
});
