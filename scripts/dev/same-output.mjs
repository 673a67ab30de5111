// Records, or compares against a recording, what the built CLI prints for a set of folders: `check` as
// JSON and `annotate` as JSON. A refactor that must not change behaviour runs it before (`--save`) and
// after (`--compare`); any difference is printed and the exit status is 1.
//
// Usage: node scripts/dev/same-output.mjs --save|--compare [--dir D] [FOLDER...]
//   FOLDER defaults to samples/ and, when they exist, ../shared/corpus/berlin-talks and
//   ../shared/corpus/reuters-1996 (NEWSLENS_SHARED overrides ../shared). The recording goes to D
//   (default .cache/same-output/, ignored by git): it holds article text, so it never goes into git.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const mode = args.includes('--save') ? 'save' : args.includes('--compare') ? 'compare' : null;
if (!mode) {
  console.error('usage: same-output.mjs --save|--compare [--dir D] [FOLDER...]');
  process.exit(2);
}
const dirAt = args.indexOf('--dir');
const outDir = resolve(dirAt >= 0 ? args[dirAt + 1] : '.cache/same-output');
const shared = process.env.NEWSLENS_SHARED ?? resolve('..', 'shared');
let folders = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--dir');
if (folders.length === 0) {
  folders = ['samples', join(shared, 'corpus', 'berlin-talks'), join(shared, 'corpus', 'reuters-1996')].filter((f) => existsSync(f));
}

const cli = resolve('dist', 'cli.js');

/** Runs the CLI inside the folder, on relative names, so the output does not depend on where the repo is. */
function run(folder, cliArgs) {
  const r = spawnSync(process.execPath, [cli, ...cliArgs], { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 30 });
  return r.stdout;
}

function articles(folder) {
  return readdirSync(folder)
    .filter((f) => /\.(?:txt|news|article)$/.test(f) && f !== 'README.txt')
    .filter((f) => statSync(join(folder, f)).isFile())
    .sort();
}

mkdirSync(outDir, { recursive: true });
let differences = 0;
for (const folder of folders) {
  const name = basename(resolve(folder));
  const outputs = {
    [`${name}.check.json`]: run(folder, ['check', '--no-ledger', '--format', 'json', '--fail-on', 'none', '.']),
    // annotate on at most 60 files per folder keeps the run short while covering every extractor.
    [`${name}.annotate.json`]: run(folder, ['annotate', '--format', 'json', ...articles(folder).slice(0, 60)]),
  };
  for (const [file, text] of Object.entries(outputs)) {
    const path = join(outDir, file);
    if (mode === 'save') {
      writeFileSync(path, text);
      console.log(`saved ${path} (${text.length} chars)`);
    } else if (!existsSync(path)) {
      console.log(`no recording ${path}: run with --save first`);
      differences++;
    } else {
      const before = readFileSync(path, 'utf8');
      if (before === text) console.log(`same: ${file}`);
      else {
        differences++;
        const a = before.split('\n');
        const b = text.split('\n');
        let i = 0;
        while (i < a.length && i < b.length && a[i] === b[i]) i++;
        console.log(`DIFFERENT: ${file} (first difference at line ${i + 1})\n  before: ${a[i]?.slice(0, 300)}\n  after:  ${b[i]?.slice(0, 300)}`);
      }
    }
  }
}
process.exit(differences ? 1 : 0);
