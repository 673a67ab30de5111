// Builds the extension's two bundles (client, server), the command-line entry, and the compiled tests.
// One esbuild call per target; everything lands in dist/ (shipped) or out/ (tests, never shipped).
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');

function walk(dir, pred, acc = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, pred, acc);
    else if (pred(p)) acc.push(p);
  }
  return acc;
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// Outputs are overwritten in place rather than wiped first, so a build never leaves a moment with no
// bundle for a test (or a second build) running at the same time; stale test outputs are pruned below.
const testEntries = walk('test', (p) => p.endsWith('.ts') && !p.endsWith('.d.ts'));

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  // Tests keep their node_modules imports external so they load the same packages the bundles embed.
  esbuild.build({
    ...common,
    entryPoints: testEntries,
    outdir: 'out',
    outbase: '.',
    packages: 'external',
    sourcemap: true,
    minify: false,
  }),
]);

// Compiled tests whose source is gone must not keep running.
const expected = new Set(testEntries.map((p) => join('out', p.replace(/\.ts$/, '.js'))));
if (existsSync('out')) {
  for (const p of walk('out', (f) => f.endsWith('.js'))) {
    if (!expected.has(p)) rmSync(p, { force: true });
  }
}
