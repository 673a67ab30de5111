import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusEngine, analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { acceptCanonical, ignoreFinding, emptyLedger, parseLedger, serializeLedger } from '../../../server/src/analysis/cross/ledger';
import { resolveEntities } from '../../../server/src/analysis/cross/resolve';
import { article, of } from './util';

const port = (n: string, role: string) =>
  article(`port-${n}.txt`, `Vallmora dockworkers struck at the port. ${role} Ilka Brandvold spoke for the DWU. Mediator Edda Kjellin chaired the Harbour House talks with the GTOA.`);
const cave = (n: string) =>
  article(`cave-${n}.txt`, `Four cavers trapped in Owlhole Cave near Dunmere were rescued by the Tarrow Cave Rescue Team. Gwen Aldous led the operation in the Tarrow Hills.`);

test('engine: API shape, upsert/remove/storyOf', () => {
  const e = new CorpusEngine();
  e.upsert(port('a', 'DWU president'));
  e.upsert(port('b', 'Union spokeswoman'));
  const r = e.result();
  assert.equal(r.stories.length, 1);
  assert.ok(e.storyOf('mem:/port-a.txt'));
  assert.equal(of(r.findings, 'role-conflict').length, 2);
  e.remove('mem:/port-a.txt');
  assert.equal(e.storyOf('mem:/port-a.txt'), undefined);
  assert.deepEqual(of(e.result().findings, 'role-conflict'), []);
  assert.deepEqual(analyzeCorpus([]).findings, []);
});

test('engine: an edit re-checks only its story; untouched stories are reused', () => {
  const e = new CorpusEngine();
  for (const x of [port('a', 'DWU president'), port('b', 'DWU president'), cave('a'), cave('b')]) e.upsert(x);
  const r1 = e.result();
  assert.equal(r1.stories.length, 2);
  const caveBefore = e.storyOf('mem:/cave-a.txt')!;
  e.upsert(port('b', 'Union spokeswoman'));
  const r2 = e.result();
  const caveAfter = r2.stories.find((s) => s.story.articles.includes('mem:/cave-a.txt'))!;
  assert.equal(caveAfter.entities, caveBefore.entities, 'cave story recomputed although untouched');
  assert.equal(of(r2.findings, 'role-conflict').length, 2);
  // The edit that removes the disagreement makes the findings vanish.
  e.upsert(port('b', 'DWU president'));
  assert.deepEqual(of(e.result().findings, 'role-conflict'), []);
});

test('engine: stories never compared; threshold setting regroups', () => {
  // The two reports differ in one role only: a threshold just below 1 keeps even them apart.
  const e = new CorpusEngine({ storyThreshold: 0.999 });
  e.upsert(port('a', 'DWU president'));
  e.upsert(port('b', 'Union spokeswoman'));
  assert.equal(e.result().stories.length, 2);
  assert.deepEqual(of(e.result().findings, 'role-conflict'), []);
  e.setOptions({});
  assert.equal(e.result().stories.length, 1);
});

test('engine: severity overrides, off, ledger ignored and canonical', () => {
  const arts = [port('a', 'DWU president'), port('b', 'DWU president'), port('c', 'Union spokeswoman')];
  const r = analyzeCorpus(arts);
  const roles = of(r.findings, 'role-conflict');
  // Two sources say president: the one that says spokeswoman gets the finding.
  assert.equal(roles.length, 1);
  assert.equal(roles[0]!.location.article, 'mem:/port-c.txt');
  assert.ok(roles.every((f) => f.severity === 'warning'));
  assert.ok(of(analyzeCorpus(arts, { severity: { 'role-conflict': 'error' } }).findings, 'role-conflict').every((f) => f.severity === 'error'));
  assert.deepEqual(of(analyzeCorpus(arts, { severity: { 'role-conflict': 'off' } }).findings, 'role-conflict'), []);
  // Keys never hold offsets: the same after an unrelated edit.
  const edited = [article('port-a.txt', `Breaking. ${arts[0]!.text}`), arts[1]!, arts[2]!];
  assert.deepEqual(of(analyzeCorpus(edited).findings, 'role-conflict').map((f) => f.key), roles.map((f) => f.key));
  const ignored = ignoreFinding(emptyLedger(), roles[0]!.key, 'checked with the union');
  assert.deepEqual(of(analyzeCorpus(arts, { ledger: ignored }).findings, 'role-conflict'), []);
  const canon = acceptCanonical(emptyLedger(), roles[0]!.fact!, 'dwu president');
  const kept = of(analyzeCorpus(arts, { ledger: canon }).findings, 'role-conflict');
  assert.equal(kept.length, 1);
  assert.equal(kept[0]!.location.article, 'mem:/port-c.txt');
  assert.match(kept[0]!.message, /canonical value .* “dwu president”/);
  assert.deepEqual(parseLedger(JSON.parse(serializeLedger(canon))), canon);
  assert.deepEqual(parseLedger({ ignored: [1, { key: 3 }], canonical: 'x' }), emptyLedger());
});

test('resolve: transliterations, dropped first names and possessives merge; different first names stay apart', () => {
  const a = article('a.txt', "Putin adviser Yury Ushakov spoke in Kyiv. Vladimir Putin's aide said Putin would wait. Donald Trump agreed.");
  const b = article('b.txt', "Yuri Ushakov, an aide, spoke in Kiev. Putin's view was clear. Melania Trump agreed.");
  const ents = resolveEntities([a, b]);
  const byName = (n: string) => ents.filter((e) => e.spellings.some((s) => s.text.includes(n)));
  assert.equal(byName('Ushakov').length, 1);
  assert.equal(byName('Ushakov')[0]!.members.length, 2);
  assert.equal(byName('Putin').length, 1);
  assert.equal(byName('Trump').length, 2);
  assert.equal(byName('Kyiv')[0], byName('Kiev')[0]);
});

test('engine: a decision recorded before an upgrade reworded the fact still holds; a relabelled key alone is not enough', () => {
  const flood = (n: string, dead: string, role: string) =>
    article(
      `flood-${n}.txt`,
      `Flash floods swept through the Orvane valley on Tuesday, killing ${dead} people, officials said. ${role} Tamsin Kerrow of the Orvane Relief Agency said crews were searching the riverbanks near Lisket.`,
    );
  const arts = [flood('a', '14', 'Agency director'), flood('b', '14', 'Agency director'), flood('c', '17', 'Agency spokeswoman')];
  const r = analyzeCorpus(arts);
  const figures = of(r.findings, 'figure-conflict');
  const roles = of(r.findings, 'role-conflict');
  assert.equal(figures.length, 1, JSON.stringify(r.findings.map((f) => f.message)));
  assert.equal(roles.length, 1);
  const f = figures[0]!;
  assert.ok(f.fact && f.fingerprint && f.factFingerprint);
  assert.ok(!f.fingerprint.includes(f.fact.slice('figure:'.length)), 'the fingerprint holds no label');
  // The ledger a user saved with an older version, whose label for the same fact was worded otherwise.
  const oldKey = f.key.replace(f.fact, 'figure:an older wording');
  const fromDisk = (entry: object) => parseLedger(JSON.parse(serializeLedger(parseLedger({ ignored: [entry], canonical: [] }))));
  const kept = (entry: object) => of(analyzeCorpus(arts, { ledger: fromDisk(entry) }).findings, 'figure-conflict').length;
  assert.equal(kept({ key: oldKey }), 1, 'without a fingerprint the relabelled key no longer matches');
  assert.equal(kept({ key: oldKey, fingerprint: f.fingerprint }), 0, 'the fingerprint matches the same disagreement');
  assert.equal(of(analyzeCorpus(arts, { ledger: fromDisk({ key: oldKey, fingerprint: f.fingerprint }) }).findings, 'role-conflict').length, 1, 'other findings stay');
  // The same values in other files are another disagreement.
  assert.equal(kept({ key: oldKey, fingerprint: f.fingerprint.replace('flood-c.txt', 'flood-d.txt') }), 1);
  // A value accepted as canonical under the old label: the source that gives it has no finding.
  const canon = parseLedger({ ignored: [], canonical: [{ key: 'figure:an older wording', value: f.values![0]!, fingerprint: f.factFingerprint }] });
  assert.deepEqual(of(analyzeCorpus(arts, { ledger: canon }).findings, 'figure-conflict'), []);
  const other = parseLedger({ ignored: [], canonical: [{ key: 'figure:an older wording', value: f.values![1]!, fingerprint: f.factFingerprint }] });
  const left = of(analyzeCorpus(arts, { ledger: other }).findings, 'figure-conflict');
  assert.equal(left.length, 1);
  assert.match(left[0]!.message, /canonical value \(ledger\)/);
});

test('engine: after each edit of a quotation, the story’s findings are those of checking it from scratch', () => {
  const said = (n: string, words: string, who: string) =>
    article(
      `dam-${n}.txt`,
      `Engineers at the Kessling dam on the Orvane river opened two spillways on Monday. “${words},” said ${who}, who leads the Orvane Water Board. Residents of Lisket were told to move to higher ground.`,
    );
  const line = 'We will not gamble with the lives of the people living below this dam';
  const e = new CorpusEngine();
  const arts = [said('a', line, 'Hedda Marsk'), said('b', line, 'Hedda Marsk'), said('c', line, 'Hedda Marsk'), said('d', line, 'Hedda Marsk')];
  for (const a of arts) e.upsert(a);
  const wordings = [
    'We will never gamble with the lives of the people who live below this dam',
    line,
    'We will not gamble with the lives of the people living below this dam',
    'We are not going to gamble with the lives of people living below the dam',
  ];
  const byCheck = (fs: Array<{ check: string; key: string; location: { article: string } }>) => fs.map((f) => `${f.check} ${f.location.article} ${f.key}`).sort();
  const seen = new Set<string>();
  for (const [k, words] of wordings.entries()) {
    for (const who of ['Hedda Marsk', 'Jon Brekke']) {
      const edited = said('b', words, who);
      e.upsert(edited);
      const now = [arts[0]!, edited, arts[2]!, arts[3]!];
      const findings = e.result().findings;
      assert.deepEqual(byCheck(findings), byCheck(analyzeCorpus(now).findings), `wording ${k}, credited to ${who}`);
      for (const f of findings) seen.add(f.check);
    }
  }
  // The edits did make quotation findings come and go (the comparison above is not of empty lists).
  assert.ok(seen.has('quote-attribution') && seen.has('quote-variant'), [...seen].join(', '));
});
