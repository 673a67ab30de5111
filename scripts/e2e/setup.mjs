// Prepares this machine for the real-editor tests: Debian's Chromium and a cached code-server.
// Usage: node scripts/e2e/setup.mjs        (idempotent; a complete cache is reused in well under a second)
//
// code-server@4.100.3 (VS Code 1.100.3) is the newest release that runs on Node 20. Its own postinstall
// downloads ripgrep from GitHub and cannot work here, so, as shared/recipes/real-vscode.md records, it is
// installed with scripts off and its native parts are built by hand, all from the npm registry.
// The install lives in .cache/code-server/ (git-ignored) with a package.json of its own, so npm never
// touches the repo's package.json or node_modules. A marker file written last tells a complete install
// from one that was interrupted; anything without the marker is wiped and redone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = join(ROOT, '.cache', 'code-server');
export const CODE_SERVER_BIN = join(CACHE_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
/** Passed as --config to every code-server run, so none writes ~/.config/code-server/config.yaml. */
export const CONFIG_FILE = join(CACHE_DIR, 'config.yaml');
/**
 * The environment every code-server run gets: its default data and config folders (coder-logs,
 * config.yaml, certificates) move into the cache instead of the user's ~/.local and ~/.config.
 */
export function codeServerEnv(base = process.env) {
  return { ...base, XDG_DATA_HOME: join(CACHE_DIR, 'xdg', 'data'), XDG_CONFIG_HOME: join(CACHE_DIR, 'xdg', 'config') };
}
const MARKER = join(CACHE_DIR, '.newslens-installed');
const VSCODE_DIR = join(CACHE_DIR, 'node_modules', 'code-server', 'lib', 'vscode');

function log(msg) {
  console.log(`[e2e setup] ${msg}`);
}

/** Runs a command with inherited output; throws with the command line when it fails. */
function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`command failed (exit ${r.status}): ${cmd} ${args.join(' ')}`);
}

/** Makes sure /usr/bin/chromium exists, installing Debian's package when we are root; throws if it cannot. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `${CHROMIUM} is missing and cannot be installed from here (${isRoot ? 'no apt-get' : 'not root'}). ` +
        'Install Debian\'s Chromium as root: apt-get update && apt-get install -y chromium',
    );
  }
  log(`${CHROMIUM} is missing: installing Debian's chromium package with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get install chromium finished but ${CHROMIUM} is still missing`);
  return CHROMIUM;
}

function installedVersion() {
  try {
    return readFileSync(MARKER, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Installs code-server into .cache/code-server unless a complete install of the right version is there. */
export function ensureCodeServer() {
  if (installedVersion() === CODE_SERVER_VERSION && existsSync(CODE_SERVER_BIN)) {
    log(`code-server ${CODE_SERVER_VERSION} reused from ${CACHE_DIR}`);
    return CODE_SERVER_BIN;
  }
  const started = Date.now();
  if (existsSync(CACHE_DIR)) log(`incomplete or outdated install in ${CACHE_DIR}: removing it`);
  rmSync(CACHE_DIR, { recursive: true, force: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  // Its own package.json makes this folder npm's project root, so nothing here reaches the repo's.
  writeFileSync(
    join(CACHE_DIR, 'package.json'),
    JSON.stringify({ name: 'newslens-e2e-code-server', private: true, description: 'cache, not part of NewsLens' }, null, 2) + '\n',
  );
  // yes: node-pty's build runs `npx node-gyp`, which would otherwise stop to ask. (npm 11 no longer
  // knows unsafe_perm, and its install-scripts gate does not stop an explicit `npm rebuild NAME`.)
  const env = { ...process.env, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  const npm = (cwd, ...args) => run('npm', ['--prefix', cwd, ...args], { cwd, env });

  npm(CACHE_DIR, 'install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`);
  // VS Code's server-side dependencies, and the native modules the server and the terminal need.
  npm(VSCODE_DIR, 'install', '--omit=dev', '--ignore-scripts');
  npm(VSCODE_DIR, 'rebuild', 'node-pty', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid', '@parcel/watcher');
  // The server loads its modules from node_modules.asar, which only exists in packaged desktop builds.
  const asar = join(VSCODE_DIR, 'node_modules.asar');
  if (!existsSync(asar)) symlinkSync('node_modules', asar);
  // The built-in extensions (git, markdown, ...) have dependencies of their own.
  npm(join(VSCODE_DIR, 'extensions'), 'install', '--omit=dev', '--ignore-scripts');
  // Password hashing; unused with --auth none, but the server loads it at start.
  npm(CACHE_DIR, 'rebuild', 'argon2');
  // kerberos stays unbuilt (needs libkrb5-dev); the server starts without it.
  // Search across files needs ripgrep: use Debian's if the machine has it.
  const rg = join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (existsSync('/usr/bin/rg') && existsSync(dirname(dirname(rg)))) {
    mkdirSync(dirname(rg), { recursive: true });
    let present = false;
    try {
      lstatSync(rg);
      present = true;
    } catch {
      // No file at that path (lstat also sees a dangling link): the link is made below.
    }
    if (!present) symlinkSync('/usr/bin/rg', rg);
  }

  const v = spawnSync(process.execPath, [CODE_SERVER_BIN, '--config', CONFIG_FILE, '--version'], {
    encoding: 'utf8',
    env: codeServerEnv(),
  });
  const line = v.stdout.split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION));
  if (v.status !== 0 || !line) {
    throw new Error(`code-server was installed but does not run: ${v.stdout}${v.stderr}`);
  }
  log(`code-server --version: ${line}`);
  writeFileSync(MARKER, CODE_SERVER_VERSION + '\n');
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return CODE_SERVER_BIN;
}

/** Both steps; returns the paths the harness needs. */
export function setup() {
  const started = Date.now();
  const chromium = ensureChromium();
  const codeServer = ensureCodeServer();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (chromium: ${chromium}, code-server: ${codeServer})`);
  return { chromium, codeServer };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    setup();
  } catch (err) {
    console.error(`[e2e setup] FAILED: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
