// Keeps the code's shape: the core stays pure, word lists live in the lexicon, nothing imports in a circle,
// and the source files stay small enough to review. These read the sources, not the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO } from '../helpers';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const SERVER = join(REPO, 'server', 'src');
const CLIENT = join(REPO, 'client', 'src');
const CORE = join(SERVER, 'analysis');
const LEXICON = join(CORE, 'lexicon');

/** Relative imports of a file, resolved to the .ts files they name. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^[ \t]*(?:import|export)\b[^'"]+?from\s*'(\.{1,2}\/[^']+)'/gm)) {
    const target = resolve(dirname(file), m[1]!);
    for (const candidate of [`${target}.ts`, join(target, 'index.ts')]) {
      try {
        if (statSync(candidate).isFile()) {
          out.push(candidate);
          break;
        }
      } catch {
        // not this candidate
      }
    }
  }
  return out;
}

test('the analysis core imports nothing of the editor, the protocol or the file system', () => {
  for (const file of sources(CORE)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/from\s*'([^']+)'/g)) {
      const spec = m[1]!;
      assert.ok(!/^vscode/.test(spec), `${relative(REPO, file)} imports ${spec}`);
      assert.ok(!/^(?:node:)?(?:fs|fs\/promises|child_process|net|http|worker_threads)$/.test(spec), `${relative(REPO, file)} imports ${spec}`);
    }
  }
});

test('word lists of the core live in analysis/lexicon/, not inside algorithms', () => {
  // A Set or Map built from string literals, or a whitespace/comma-separated word list, is lexicon data.
  const literalTable = /new (?:Set|Map)(?:<[^>]*>)?\(\s*\[\s*(?:\[\s*)?['"`]/;
  const offenders: string[] = [];
  for (const file of sources(CORE)) {
    if (file.startsWith(LEXICON + '/')) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (literalTable.test(line)) offenders.push(`${relative(REPO, file)}:${i + 1}: ${line.trim().slice(0, 80)}`);
    });
  }
  assert.deepEqual(offenders, [], 'move these tables to a module of analysis/lexicon/');
});

test('no circle of imports in the server, the core or the client', () => {
  const files = [...sources(SERVER), ...sources(CLIENT)];
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (f: string, path: string[]): void => {
    state.set(f, 'open');
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push([...path.slice(path.indexOf(g)), g].map((p) => relative(REPO, p)).join(' → '));
      else if (!state.has(g)) visit(g, [...path, g]);
    }
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f, [f]);
  assert.deepEqual(cycles, []);
});

test('source files stay under 600 lines', () => {
  const long = [...sources(SERVER), ...sources(CLIENT)]
    .map((f) => ({ f: relative(REPO, f), n: readFileSync(f, 'utf8').split('\n').length }))
    .filter((x) => x.n > 600);
  assert.deepEqual(long, []);
});
