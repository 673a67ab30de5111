// Acceptance on a real feed (read from ../shared, never copied): the five berlin-talks articles mixed into
// the 946 Reuters articles of August 1996 form exactly their own story of five, and no story of the feed
// grows into a chain of look-alikes. Runs the command line as a user would; skipped without ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runCli, sharedDir } from '../../helpers';

test('berlin-talks mixed into the Reuters feed form exactly their own story of five', { timeout: 900_000 }, async (t) => {
  const shared = sharedDir();
  const reuters = shared && join(shared, 'corpus', 'reuters-1996');
  const berlin = shared && join(shared, 'corpus', 'berlin-talks');
  if (!reuters || !berlin || !existsSync(reuters) || !existsSync(berlin)) {
    t.skip('no ../shared/corpus (reuters-1996 and berlin-talks)');
    return;
  }
  const r = await runCli(['check', reuters, berlin, '--format', 'json', '--no-ledger', '--fail-on', 'none'], { timeoutMs: 880_000 });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as {
    files: string[];
    stories: Array<{ articles: string[]; links: Array<{ a: string; b: string; shared: string[] }> }>;
    findings: Array<{ file: string; related: Array<{ file: string }> }>;
  };
  assert.ok(report.files.length >= 950);
  const inBerlin = (f: string): boolean => resolve(dirname(f)) === resolve(berlin);
  const groups = report.stories.filter((s) => s.articles.some(inBerlin));
  assert.equal(groups.length, 1, 'the berlin articles are one story');
  assert.equal(groups[0]!.articles.length, 5);
  assert.ok(groups[0]!.articles.every(inBerlin), 'no 1996 article joins the 2025 story');
  assert.ok(groups[0]!.links.some((l) => l.shared.some((f) => f.startsWith('n:'))), 'its links name the shared names');
  // No finding relates a berlin article to a Reuters one.
  for (const f of report.findings) for (const rel of f.related) assert.equal(inBerlin(rel.file), inBerlin(f.file));
  // Look-alikes (results tables, market reports of different days) do not chain into big stories.
  const largest = Math.max(...report.stories.map((s) => s.articles.length));
  assert.ok(largest <= 8, `largest story has ${largest} articles`);
});
