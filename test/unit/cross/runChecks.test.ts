// Checks are pure and loud: a check that throws is reported through CorpusOptions.onCheckError while
// the other checks' findings are kept, and no check changes the aligned facts it is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignFacts, extractArticleFacts } from '../../../server/src/analysis/cross/align';
import type { Check, CheckContext } from '../../../server/src/analysis/cross/checks/check';
import { runChecks } from '../../../server/src/analysis/cross/checks/index';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { resolveEntities } from '../../../server/src/analysis/cross/resolve';
import type { CheckFailure, SourceArticle } from '../../../server/src/analysis/cross/types';
import { article, of } from './util';

const ferry = (n: string, role: string): SourceArticle =>
  article(
    `ferry-${n}.txt`,
    `Ferry crews in Lindhaven walked out on Tuesday. ${role} Oskar Varga spoke for the crews. About 300 sailings were cancelled, the Lindhaven Ferry Company said.`,
  );

function contextOf(articles: SourceArticle[]): CheckContext {
  const entities = resolveEntities(articles);
  const facts = articles.map(extractArticleFacts);
  const aligned = alignFacts(facts, entities);
  const story = { id: 'story:test', label: 'test', articles: articles.map((a) => a.id), links: [] };
  return { story, articles, facts, entities, aligned };
}

const broken: Check = {
  id: 'always-throws',
  description: 'A check with a bug.',
  defaultSeverity: 'warning',
  scope: 'story',
  run() {
    throw new Error('index out of range');
  },
};

const oneFinding: Check = {
  id: 'one-finding',
  description: 'Reports the story once.',
  defaultSeverity: 'information',
  scope: 'article',
  run(ctx) {
    const first = ctx.articles[0]!;
    return [{ check: this.id, severity: this.defaultSeverity, location: { article: first.id, span: { start: 0, end: 5 } }, message: 'here', related: [], key: 'one' }];
  },
};

test('runChecks: a check that throws is reported through onCheckError; the other checks still report', () => {
  const ctx = contextOf([ferry('a', 'Union leader'), ferry('b', 'Union leader')]);
  const failures: CheckFailure[] = [];
  const findings = runChecks(ctx, { onCheckError: (f) => failures.push(f) }, [broken, oneFinding]);
  assert.deepEqual(failures, [{ check: 'always-throws', story: 'story:test', message: 'index out of range' }]);
  assert.deepEqual(
    findings.map((f) => f.check),
    ['one-finding'],
  );
  // Without a listener the failure is still contained.
  assert.deepEqual(
    runChecks(ctx, {}, [broken, oneFinding]).map((f) => f.check),
    ['one-finding'],
  );
});

test('runChecks: the checks leave the aligned facts as they were given', () => {
  const ctx = contextOf([ferry('a', 'Union president'), ferry('b', 'Union spokeswoman')]);
  const before = JSON.stringify(ctx.aligned.facts);
  const findings = runChecks(ctx);
  assert.equal(of(findings, 'role-conflict').length, 2);
  assert.equal(JSON.stringify(ctx.aligned.facts), before);
  // The role fact differs already after alignment, before any check has run.
  assert.equal(ctx.aligned.roles.find((r) => r.person.name === 'Oskar Varga')?.status, 'differ');
});

test('engine: onCheckError is not called when every check succeeds', () => {
  const failures: CheckFailure[] = [];
  const r = analyzeCorpus([ferry('a', 'Union president'), ferry('b', 'Union spokeswoman')], { onCheckError: (f) => failures.push(f) });
  assert.equal(of(r.findings, 'role-conflict').length, 2);
  assert.deepEqual(failures, []);
});

test('runChecks: on a story of one article only the checks that look at one article run', () => {
  const ctx = contextOf([ferry('a', 'Union leader')]);
  const failures: CheckFailure[] = [];
  // The broken check compares sources: with one source it is not run, so it cannot fail.
  assert.deepEqual(
    runChecks(ctx, { onCheckError: (f) => failures.push(f) }, [broken, oneFinding]).map((f) => f.check),
    ['one-finding'],
  );
  assert.deepEqual(failures, []);
});

test('engine: an article alone in its story gets its own findings, and its entities and facts when asked', () => {
  // A weekday that does not fit its date is a finding of the article on its own.
  const alone = article('alone.txt', 'The Varnholm dock opened on Friday, March 3, 2026, said harbour master Ilse Brandt. About 40 ships were waiting.');
  const r = analyzeCorpus([alone]);
  assert.equal(r.stories.length, 1);
  assert.deepEqual(
    r.findings.map((f) => f.check),
    ['weekday-mismatch'],
  );
  const story = r.stories[0]!;
  const entities = resolveEntities([alone]);
  const aligned = alignFacts([extractArticleFacts(alone)], entities);
  assert.equal(JSON.stringify(story.entities), JSON.stringify(entities));
  assert.equal(JSON.stringify(story.facts), JSON.stringify(aligned.facts));
  assert.ok(story.entities.some((e) => e.name === 'Ilse Brandt'));
  assert.ok(story.facts.some((f) => f.kind === 'figure'));
});
