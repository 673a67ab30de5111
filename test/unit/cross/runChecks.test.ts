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
  const aligned = alignFacts(articles.map(extractArticleFacts), entities);
  const story = { id: 'story:test', label: 'test', articles: articles.map((a) => a.id), links: [] };
  return { story, articles, entities, aligned };
}

const broken: Check = {
  id: 'always-throws',
  description: 'A check with a bug.',
  defaultSeverity: 'warning',
  run() {
    throw new Error('index out of range');
  },
};

const oneFinding: Check = {
  id: 'one-finding',
  description: 'Reports the story once.',
  defaultSeverity: 'information',
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
