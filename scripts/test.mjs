// Runs the test suites on the compiled output in out/ (npm run build puts it there).
// Usage: node scripts/test.mjs [unit|protocol|e2e ...]   (no argument: all suites, in that order)
// Each suite is a folder under test/; its *.test.js files run under `node --test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ALL = ['unit', 'protocol', 'e2e'];
const suites = process.argv.slice(2).length ? process.argv.slice(2) : ALL;

function files(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

let failed = false;
for (const suite of suites) {
  const list = files(join('out', 'test', suite));
  if (list.length === 0) {
    console.log(`# ${suite}: no tests`);
    continue;
  }
  console.log(`\n# ${suite} tests (${list.length} files)`);
  const started = Date.now();
  // e2e files share one code-server cache and one browser: run them one at a time.
  const concurrency = suite === 'e2e' ? ['--test-concurrency=1'] : [];
  const r = spawnSync(process.execPath, ['--test', ...concurrency, '--test-reporter=spec', ...list], {
    stdio: 'inherit',
    env: { ...process.env, NEWSLENS_TEST_SUITE: suite },
  });
  console.log(`# ${suite}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
