// Acceptance on the project's two invented stories: every planted disagreement once per article
// involved, with related locations; nothing for the agreeing story; nothing across the stories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { inArticle, of, readDir, samplesDir, textAt } from './util';

const articles = readDir(samplesDir(), (n) => /^(?:port-strike|cave-rescue)-.*\.(?:txt|news)$/.test(n));
const result = analyzeCorpus(articles);
const CROSS = ['figure-conflict', 'figure-update', 'date-conflict', 'out-of-place-date', 'weekday-mismatch', 'quote-variant', 'quote-attribution', 'role-conflict', 'name-variant'];
const port = result.stories.find((s) => s.story.articles.some((a) => a.includes('port-strike')))!;
const cave = result.stories.find((s) => s.story.articles.some((a) => a.includes('cave-rescue')))!;
const articleNames = (fs: typeof result.findings): string[] => fs.map((f) => articles.find((a) => a.id === f.location.article)!.name).sort();

test('samples: two stories, never mixed', () => {
  assert.equal(result.stories.length, 2);
  assert.equal(port.story.articles.length, 5);
  assert.equal(cave.story.articles.length, 3);
  assert.ok(port.story.articles.every((a) => a.includes('port-strike')));
  assert.ok(cave.story.articles.every((a) => a.includes('cave-rescue')));
  for (const f of result.findings) {
    const story = f.location.article.includes('port-strike') ? 'port-strike' : 'cave-rescue';
    for (const r of f.related) assert.ok(r.location.article.includes(story), `${f.check} relates across stories`);
  }
});

test('samples: the agreeing cave-rescue story yields no cross-source finding', () => {
  const cross = cave.findings.filter((f) => CROSS.includes(f.check));
  assert.deepEqual(cross.map((f) => f.message), []);
});

test('samples: strikers 4,200 (Coastwatch) against 2,400 (the others): the finding sits on Coastwatch', () => {
  const fs = of(port.findings, 'figure-conflict');
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  const coast = inArticle(fs, 'port-strike-coastwatch')[0]!;
  assert.match(textAt(articles, coast), /4,200/);
  assert.match(coast.message, /dockworkers .*“Some 4,200” here, but 3 of 4 sources give about 2,400 dockworkers/);
  assert.equal(coast.related.length, 3);
  for (const r of coast.related) assert.match(r.message, /2,400/);
});

test('samples: strike start Thursday 5 March vs Wednesday, March 4', () => {
  const fs = of(port.findings, 'date-conflict');
  assert.deepEqual(articleNames(fs), ['port-strike-sarn-shipping-ledger.txt']);
  const ledger = inArticle(fs, 'port-strike-sarn')[0]!;
  assert.match(ledger.message, /the day the strike began differently: “Wednesday, March 4” .* here, but 2 of 3 sources give Thursday 5 March/);
  assert.equal(textAt(articles, ledger), 'Wednesday, March 4');
  assert.equal(ledger.related.length, 2);
});

test('samples: 9 March 2025 out of place; Tuesday, March 9, 2026 weekday mismatch', () => {
  const oop = of(port.findings, 'out-of-place-date');
  assert.equal(oop.length, 1);
  assert.equal(textAt(articles, oop[0]!), '9 March 2025');
  assert.match(oop[0]!.message, /2026/);
  const wd = of(port.findings, 'weekday-mismatch');
  assert.equal(wd.length, 1);
  assert.match(textAt(articles, wd[0]!), /Tuesday, March 9, 2026/);
});

test('samples: Brandvold spokeswoman vs president; Rudnitsky vs Rudnitskiy', () => {
  const roles = of(port.findings, 'role-conflict');
  assert.equal(roles.length, 1);
  assert.match(inArticle(roles, 'port-strike-coastwatch')[0]!.message, /spokeswoman.*DWU president/s);
  const names = of(port.findings, 'name-variant');
  assert.equal(names.length, 1);
  const radio = inArticle(names, 'port-strike-radio-sarn')[0]!;
  assert.match(radio.message, /Rudnitskiy.*most sources \(4 of 5\).*Rudnitsky/s);
  assert.equal(radio.related.length, 4);
});

test('samples: Brandvold quote worded differently; cranes quote credited to Quint and Solberg', () => {
  const qv = of(port.findings, 'quote-variant');
  assert.deepEqual(articleNames(qv), ['port-strike-gulf-wire.txt', 'port-strike-vallmora-courier.txt']);
  assert.match(qv[0]!.message, /far|way/);
  assert.match(qv[0]!.message, /members|families/);
  const qa = of(port.findings, 'quote-attribution');
  assert.deepEqual(articleNames(qa), ['port-strike-coastwatch-digest.txt', 'port-strike-gulf-wire.txt']);
  assert.match(inArticle(qa, 'port-strike-coastwatch')[0]!.message, /Quint.*Solberg/s);
  for (const f of [...qv, ...qa]) assert.equal(f.related.length, 1);
});

test('samples: look-alikes are not reported (90 minutes ~ an hour and a half, six hours ~ more than six, 12- vs 20-point)', () => {
  const fig = of(port.findings, 'figure-conflict');
  for (const f of fig) assert.doesNotMatch(`${f.message} ${textAt(articles, f)}`, /minute|hour|point|six-day|fifth|78/);
  assert.equal(fig.length, 1);
  // Nothing else beyond the planted ones and the per-article problems.
  const checks = new Set(port.findings.map((f) => f.check));
  for (const c of checks) assert.ok([...CROSS, 'unattributed-speech', 'unbalanced-quote'].includes(c), c);
});
