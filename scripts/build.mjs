// Builds the extension's two bundles (client, server), the command-line entry, and the compiled tests.
// One esbuild call per target; everything lands in dist/ (shipped) or out/ (tests, never shipped).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
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

// The analysis cache keys entries by a hash of the analysis sources and of compromise's version, so a
// build with a changed analyser never reads what an older one wrote (server/src/analysisCache.ts).
const analysisHash = (() => {
  const h = createHash('sha256');
  for (const f of walk('server/src/analysis', (p) => p.endsWith('.ts')).sort()) h.update(f).update(readFileSync(f));
  h.update(JSON.parse(readFileSync('node_modules/compromise/package.json', 'utf8')).version);
  return h.digest('hex').slice(0, 16);
})();

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __NEWSLENS_ANALYSIS_HASH__: JSON.stringify(analysisHash) },
};

// Outputs are overwritten in place rather than wiped first, so a build never leaves a moment with no
// bundle for a test (or a second build) running at the same time; stale test outputs are pruned below.
const testEntries = walk('test', (p) => p.endsWith('.ts') && !p.endsWith('.d.ts'));

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // The analysis pool's worker: its own entry, next to the server and the CLI that start it.
  esbuild.build({ ...common, entryPoints: ['server/src/pool/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' }),
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
