// No regular expression of NewsLens can take super-linear time on hostile text: one capitalised word of
// 30 letters once froze the server for minutes (a nested quantifier). Two nets catch such patterns:
//  - the lint (eslint-plugin-regexp, run by `npm test`) sees every regex literal in the sources; the first
//    test here lints the known hang through the project's own ESLint configuration, so turning the rules
//    off (or down to warnings that nothing runs) fails;
//  - recheck, a ReDoS checker, sees what the lint cannot: the TextMate grammar and the word pattern of
//    the language configuration (they run in the editor), patterns built at run time with
//    `new RegExp(...)` from word lists, and, again, every literal.

import './regexRecorder'; // first: it must see the patterns that modules build while they load
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { analyzeCorpus } from '../../server/src/analysis/cross/engine';
import { REPO } from '../helpers';
import { recordedRegExps } from './regexRecorder';

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

/**
 * The patterns recheck does not judge safe; 'unknown' counts too, so a pattern too hard to judge is
 * rewritten. recheck's fuzzing limits are counted in steps, not time (its time limits are switched off)
 * and its seed is fixed, so a verdict does not change with the machine's load: with the default time
 * limits a busy machine made it report a linear grammar pattern as quadratic.
 */
async function unsafe(patterns: Pattern[]): Promise<string[]> {
  const bad: string[] = [];
  for (const p of patterns) {
    let d: Diagnostics;
    try {
      d = await check(p.source, p.flags, { timeout: 300_000, incubationTimeout: null, attackTimeout: null, seedingTimeout: null, randomSeed: 0 });
    } catch (err) {
      bad.push(`${p.where}: /${p.source}/${p.flags}: recheck failed (${String(err)})`);
      continue;
    }
    if (d.status === 'safe') continue;
    const why = d.status === 'vulnerable' ? `${d.complexity.summary}, attack ${d.attack.pattern}` : `${d.status}: ${d.error.kind}`;
    bad.push(`${p.where}: /${p.source}/${p.flags}: ${why}`);
  }
  return bad;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every regex literal in the shipped sources (server and client), found by the TypeScript parser. */
function regexLiterals(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of [...sourceFiles(join(REPO, 'server', 'src')), ...sourceFiles(join(REPO, 'client', 'src'))]) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(REPO, file)}:${line}` });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return unique(out);
}

/**
 * The grammar's patterns (match, begin, end, while) as JavaScript patterns. They are Oniguruma
 * patterns; the few differences that matter here are translated: \A (start of the text) is ^, and
 * \p{L} needs the u flag.
 */
function grammarPatterns(): Pattern[] {
  const grammar = JSON.parse(readFileSync(join(REPO, 'syntaxes', 'news.tmLanguage.json'), 'utf8')) as unknown;
  const out: Pattern[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((x, i) => visit(x, `${path}/${i}`));
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') {
          out.push({ source: v.replace(/\\A/g, '^'), flags: 'u', where: `news.tmLanguage.json${path}/${k}` });
        } else visit(v, `${path}/${k}`);
      }
    }
  };
  visit(grammar, '');
  return out;
}

function unique(patterns: Pattern[]): Pattern[] {
  const seen = new Map<string, Pattern>();
  for (const p of patterns) if (!seen.has(`${p.flags}/${p.source}`)) seen.set(`${p.flags}/${p.source}`, p);
  return [...seen.values()];
}

test('the lint reports the nested quantifier that once hung the server, as an error that npm test runs', async () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  assert.match(pkg.scripts['lint'] ?? '', /eslint .*--max-warnings 0/);
  assert.match(pkg.scripts['test'] ?? '', /npm run lint/);
  // The text is linted in memory under the name of a real core file (typed linting needs a file the
  // project knows); the file on disk is not read or changed.
  const fixture = [
    'export const HYPHENATED = /^((?:\\p{Lu}[\\p{L}.]*)+)-\\p{Ll}/u;',
    'export const TRAILING = (s: string): string => s.replace(/\\s+$/, "");',
    '',
  ].join('\n');
  const eslint = new ESLint({ cwd: REPO });
  const [result] = await eslint.lintText(fixture, { filePath: join(REPO, 'server', 'src', 'analysis', 'analyze.ts') });
  assert.ok(result);
  const found = result.messages.map((m) => `${m.line}:${m.ruleId ?? 'parse'}:${m.severity}`);
  assert.ok(found.includes('1:regexp/no-super-linear-backtracking:2'), `nested quantifier reported as an error: ${found.join(', ')}`);
  assert.ok(found.includes('2:regexp/no-super-linear-move:2'), `quadratic trailing trim reported as an error: ${found.join(', ')}`);
});

test('recheck finds the known hang (the checker works)', async () => {
  const bad = await unsafe([{ source: '^((?:\\p{Lu}[\\p{L}.]*)+)-\\p{Ll}', flags: 'u', where: 'fixture' }]);
  assert.equal(bad.length, 1);
  assert.match(bad[0]!, /exponential/);
});

test('every pattern of the TextMate grammar and the language configuration is linear', async () => {
  const patterns = grammarPatterns();
  assert.ok(patterns.length >= 15, `found the grammar's patterns (${patterns.length})`);
  // The editor runs the word pattern on every word it looks up (hover, double-click, highlights).
  const config = JSON.parse(readFileSync(join(REPO, 'language-configuration.json'), 'utf8')) as { wordPattern?: string };
  assert.ok(config.wordPattern);
  patterns.push({ source: config.wordPattern, flags: 'u', where: 'language-configuration.json wordPattern' });
  assert.deepEqual(await unsafe(patterns), []);
});

test('every regex literal of the server and client is linear', async () => {
  const patterns = regexLiterals();
  assert.ok(patterns.length > 100, `found the literals (${patterns.length})`);
  assert.deepEqual(await unsafe(patterns), []);
});

test('every pattern the core builds at run time is linear', async (t) => {
  // Analysing articles runs the code that builds patterns lazily; module-level ones were built on load.
  const text = [
    'Port strike ends after 90-minute talks',
    'VALLMORA, March 9 (GWS) - Union leader Anna Kovacs, the mother-in-law of the mayor, said on Monday, March 9, 2026, that about 1,200 dockworkers would return.',
    '“It is a fair deal,” Ms Kovacs told reporters. The port authority’s spokesmen said costs rose 5-10% to $1.2 billion.',
  ].join('\n\n');
  const a = analyzeArticle(text);
  const b = analyzeArticle(text.replace('1,200', '1,400').replace('Monday', 'Tuesday'));
  analyzeCorpus([
    { id: 'a', name: 'a.txt', text, analysis: a },
    { id: 'b', name: 'b.txt', text, analysis: b },
  ]);
  const patterns = recordedRegExps().map((r) => ({ ...r, where: 'new RegExp' }));
  assert.ok(patterns.length >= 3, `recorded the patterns built from word lists (${patterns.length})`);
  t.diagnostic(`${patterns.length} patterns built at run time: ${patterns.map((p) => `/${p.source.slice(0, 40)}…/${p.flags}`).join(' ')}`);
  assert.deepEqual(await unsafe(patterns), []);
});
