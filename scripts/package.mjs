// Packages the extension as newslens-<version>.vsix with @vscode/vsce, from the bundles already in dist/.
// Usage: npm run package                      (production build first, then this script)
//        node scripts/package.mjs [--out FILE] (this step alone, on whatever dist/ holds)
// The bundles are self-contained, so vsce runs without dependencies (no `npm list`, no node_modules);
// .vscodeignore decides what ships. The end-to-end tests import packageVsix() to package into a temp dir.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Names of the entries in a .zip file, read from its central directory. */
export function zipEntries(file) {
  const buf = readFileSync(file);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/**
 * Packages ROOT into a .vsix (default: ROOT/newslens-<version>.vsix) and returns its path, size and entries.
 * Throws when dist/ has not been built.
 */
export async function packageVsix({ out } = {}) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/analysisWorker.js']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
  const packagePath = resolve(out ?? join(ROOT, `${manifest.name}-${manifest.version}.vsix`));
  const vsce = require('@vscode/vsce');
  // rewriteRelativeLinks: false: the manifest's repository is not a GitHub/GitLab one, so vsce cannot turn
  // the README's relative links (samples/, the screenshot) into absolute URLs and would refuse to package.
  await vsce.createVSIX({ cwd: ROOT, packagePath, dependencies: false, rewriteRelativeLinks: false });
  return { path: packagePath, size: statSync(packagePath).size, files: zipEntries(packagePath) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  try {
    const r = await packageVsix({ out: i > 0 ? process.argv[i + 1] : undefined });
    console.log(`\n${r.path}: ${(r.size / 1024).toFixed(1)} KiB, ${r.files.length} entries`);
    for (const f of r.files) console.log(`  ${f}`);
  } catch (err) {
    console.error(`package: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
