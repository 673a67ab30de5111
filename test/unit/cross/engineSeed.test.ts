// Reopening an unchanged workspace: the engine takes the findings the last session's checks gave for
// the stories that group exactly as they did, instead of checking them again; the stories' entities and
// facts are then worked out when first read, and equal what a fresh check works out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusEngine } from '../../../server/src/analysis/cross/engine';
import type { SourceArticle } from '../../../server/src/analysis/cross/types';
import { featuresToWire } from '../../../server/src/analysis/cross/featuresWire';
import { storyFeatures } from '../../../server/src/analysis/cross/storyFeatures';
import { article } from './util';

const ferry = (n: string, count: string): SourceArticle =>
  article(
    `ferry-${n}.txt`,
    `Ferry crews in Lindhaven walked out on Tuesday, union leader Oskar Varga said. About ${count} sailings were cancelled, the Lindhaven Ferry Company said.`,
  );
const alone = article('mill.txt', 'The Brenmoor paper mill will close in June, owner Hedda Lund told staff. About 90 jobs will go.');

function engineWith(articles: SourceArticle[]): CorpusEngine {
  const e = new CorpusEngine();
  for (const a of articles) e.upsert(a);
  return e;
}

test('seeded stories give the findings they were given, and the same entities and facts as a fresh check', () => {
  const articles = [ferry('a', '300'), ferry('b', '300'), ferry('c', '500'), alone];
  const fresh = engineWith(articles).result();
  assert.ok(fresh.findings.some((f) => f.check === 'figure-conflict'), 'the ferry story disagrees on the sailings');
  const checked = engineWith(articles);
  checked.result();
  const stories = checked.checkedStories();
  assert.equal(stories.length, fresh.stories.length);

  // A marker finding shows the seeded findings are the ones used (a fresh check could not produce it).
  const ferryStory = stories.find((s) => s.articles.length === 3)!;
  const marker = { ...ferryStory.findings[0]!, message: 'as the last session found it' };
  const seeded = engineWith(articles);
  const given = stories.map((s) => (s === ferryStory ? { ...s, findings: [marker] } : s));
  assert.equal(seeded.seed(given), stories.length);
  const result = seeded.result();
  assert.deepEqual(
    result.findings.map((f) => f.message),
    ['as the last session found it'],
  );
  for (const s of result.stories) {
    const f = fresh.stories.find((x) => x.story.id === s.story.id)!;
    assert.equal(JSON.stringify(s.entities), JSON.stringify(f.entities));
    assert.equal(JSON.stringify(s.facts), JSON.stringify(f.facts));
  }
});

test('a story that groups differently now is checked again, not seeded', () => {
  const articles = [ferry('a', '300'), ferry('b', '300'), ferry('c', '500')];
  const checked = engineWith(articles);
  checked.result();
  // The last session saw only two of the three reports.
  const two = engineWith(articles.slice(0, 2));
  two.result();
  const seeded = engineWith(articles);
  assert.equal(seeded.seed(two.checkedStories()), 0);
  assert.deepEqual(
    seeded.result().findings.map((f) => f.message),
    checked.result().findings.map((f) => f.message),
  );
});

test('an edit after seeding checks the edited story again', () => {
  const articles = [ferry('a', '300'), ferry('b', '300'), ferry('c', '300')];
  const checked = engineWith(articles);
  assert.deepEqual(checked.result().findings, []);
  const seeded = engineWith(articles);
  seeded.seed(checked.checkedStories());
  assert.deepEqual(seeded.result().findings, []);
  seeded.upsert(ferry('c', '500'));
  assert.ok(seeded.result().findings.some((f) => f.check === 'figure-conflict'));
});

const plainStories = (r: ReturnType<CorpusEngine['result']>) => JSON.stringify(r.stories.map((s) => s.story));

test('the grouping itself is taken as the last session made it, and an edit after it groups as a fresh engine does', () => {
  const articles = [ferry('a', '300'), ferry('b', '300'), ferry('c', '500'), alone];
  const checked = engineWith(articles);
  checked.result();
  // A marker label shows the grouping was taken, not worked out again.
  const stories = checked.checkedStories().map((s) => (s.articles.length === 3 ? { ...s, story: { ...s.story!, label: 'as grouped last session' } } : s));
  // With the pair scores worked out in a quiet moment after seeding (prepare), and without.
  for (const prepared of [false, true]) {
    const seeded = engineWith(articles);
    assert.equal(seeded.seed(stories), stories.length);
    if (prepared) seeded.prepare();
    assert.ok(seeded.result().stories.some((s) => s.story.label === 'as grouped last session'));
    // An edit that changes what groups the stories (the mill's owner is now the ferry union's leader).
    const edited = article('mill.txt', 'Ferry crews in Lindhaven will strike again, union leader Oskar Varga told the Lindhaven Ferry Company.');
    seeded.upsert(edited);
    const fresh = engineWith([...articles.slice(0, 3), edited]).result();
    assert.ok(!seeded.result().stories.some((s) => s.story.label === 'as grouped last session'), 'grouped again');
    assert.equal(plainStories(seeded.result()), plainStories(fresh));
    assert.deepEqual(seeded.result().findings, fresh.findings);
  }
});

test('a grouping that does not cover exactly the articles now open is not taken', () => {
  const articles = [ferry('a', '300'), ferry('b', '300'), alone];
  const checked = engineWith(articles);
  checked.result();
  const stories = checked.checkedStories().map((s) => ({ ...s, story: { ...s.story!, label: 'as grouped last session' } }));
  // One more article now: the stories are grouped again (and the ferry story, grouped as before, is seeded).
  const now = [...articles, ferry('c', '300')];
  const seeded = engineWith(now);
  seeded.seed(stories);
  assert.ok(!seeded.result().stories.some((s) => s.story.label === 'as grouped last session'));
  assert.equal(plainStories(seeded.result()), plainStories(engineWith(now).result()));
});

test("grouping features handed over as plain data group as the engine's own; a wire that is not one is worked out again", () => {
  const articles = [ferry('a', '300'), ferry('b', '300'), ferry('c', '500'), alone];
  const fresh = engineWith(articles).result();
  const wired = engineWith(articles.map((a) => ({ ...a, features: featuresToWire(storyFeatures(a)) })));
  assert.equal(plainStories(wired.result()), plainStories(fresh));
  assert.deepEqual(wired.result().findings, fresh.findings);
  // Wires a cache could hold after a crash or from another build: each is ignored, none throws.
  const broken: unknown[] = [{ v: 1, counts: 'x' }, { v: 99, counts: [], labels: [], salience: [], routine: 0 }, null, { ...featuresToWire(storyFeatures(alone)), time: { spread: 'x' } }];
  for (const features of broken) {
    const e = engineWith(articles.map((a, i) => (i === 0 ? { ...a, features } : a)));
    assert.equal(plainStories(e.result()), plainStories(fresh));
  }
});
