// Acceptance on five real articles about the December 2025 Berlin talks (read from ../shared, never
// copied into the repository).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { inArticle, of, readDir, sharedDir, textAt } from './util';

const dir = path.join(sharedDir(), 'corpus', 'berlin-talks');
const present = existsSync(dir);

test('berlin-talks: the findings a careful fact-checker makes, and none of the look-alikes', (t) => {
  if (!present) {
    t.skip(`no corpus at ${dir}`);
    return;
  }
  const articles = readDir(dir, (n) => n.endsWith('.txt'));
  const r = analyzeCorpus(articles);
  assert.equal(r.stories.length, 1);
  const fs = r.findings;

  // Name variants: Zelensky (003) against Zelenskyy (the other four): one finding, on 003, pointing to the
  // four; Yuri (002) against Yury (004) Ushakov: split, one finding on each side.
  const names = of(fs, 'name-variant');
  const zel = names.filter((f) => f.values?.includes('Zelensky'));
  assert.deepEqual(zel.map((f) => path.basename(f.location.article).slice(0, 3)), ['003']);
  assert.match(zel[0]!.message, /most sources \(4 of 5\).*Zelenskyy/);
  assert.equal(zel[0]!.related.length, 4);
  const ush = names.filter((f) => f.values?.includes('Yuri'));
  assert.equal(ush.length, 2);
  assert.deepEqual(ush.map((f) => textAt(articles, f)).sort(), ['Yuri', 'Yury']);
  assert.equal(names.length, 3);
  for (const f of fs) for (const r of f.related) assert.doesNotMatch(r.message, /\.txt/, 'no file name inside a related message');

  // Role: 001 makes Merz "the German Chancellor's spokesperson"; 000 and 002 call him the chancellor: the
  // warning sits on 001 only, its words quoted as written.
  const roles = of(fs, 'role-conflict');
  assert.equal(roles.length, 1);
  assert.match(textAt(articles, inArticle(roles, '001')[0]!), /Chancellor.s spokesperson/);
  assert.match(roles[0]!.message, /“German Chancellor’s spokesperson” is someone who works for the chancellor/);
  assert.equal(roles[0]!.related.length, 2);
  assert.ok(roles.every((f) => f.key.includes('merz')));

  // Out-of-place dates in 003: "recently" cancelled talks set for March 16, 2024; a target of December 25, 2023.
  const oop = of(fs, 'out-of-place-date');
  assert.deepEqual(oop.map((f) => textAt(articles, f)).sort(), ['December 25, 2023', 'March 16, 2024']);
  assert.ok(oop.every((f) => f.location.article.includes('003_')));

  // The Article-5 quote, worded differently in 002 and 004.
  const qv = of(fs, 'quote-variant');
  assert.equal(qv.length, 2);
  assert.deepEqual(qv.map((f) => path.basename(f.location.article).slice(0, 3)).sort(), ['002', '004']);
  assert.ok(qv.every((f) => /Article 5/.test(textAt(articles, f))));
  // The words that differ, as an inline diff: "… the US [− namely] Article 5-like guarantees …".
  assert.match(inArticle(qv, '002')[0]!.message, /\[− namely\] Article 5-like guarantees/);

  // Look-alikes: none of these produce a figure/date/role finding.
  assert.deepEqual(of(fs, 'figure-conflict').map((f) => f.message), []); // one-fifth vs 80%, 20 vs 28 points, 90 min vs 5 h, 153/133/130 drones
  assert.deepEqual(of(fs, 'date-conflict').map((f) => f.message), []); // the talks ran on Sunday and Monday
  assert.deepEqual(of(fs, 'figure-update').map((f) => f.message), []);
  assert.ok(fs.length <= 10, `${fs.length} findings`);
  assert.deepEqual(of(fs, 'quote-attribution').map((f) => f.message), []);
  for (const f of roles) assert.doesNotMatch(f.message, /Kushner|Umerov|Ushakov|Witkoff/); // envoy/son-in-law, chief/lead, adviser/advisor
});
