// The real-editor harness: NewsLens packaged as a .vsix, installed into the cached code-server (VS Code
// 1.100.3's workbench and Node extension host), served on 127.0.0.1 on a free port, opened in Debian's
// Chromium through playwright-core. Used by the end-to-end tests (test/e2e/) and by `npm start`.
//
// Every process it starts is stopped by it: code-server runs under scripts/e2e/guard.mjs, which leads a
// process group of its own (code-server, its extension host, pty host and our language server) and
// kills that group when asked, when code-server exits, or when this Node process dies in any way; an
// exit handler here kills the groups too. Chromium belongs to playwright, which closes it on exit.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CODE_SERVER_BIN, CONFIG_FILE, ROOT, codeServerEnv, setup } from './setup.mjs';
import { packageVsix } from '../package.mjs';

export { ROOT };
const GUARD = join(dirname(fileURLToPath(import.meta.url)), 'guard.mjs');
export const SAMPLES = join(ROOT, 'samples');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

const defaultLog = (msg) => console.log(`[e2e] ${msg}`);

/** Process groups (guard pids) that are still running; killed on exit whatever happens. */
const liveGroups = new Set();
process.on('exit', () => {
  for (const pgid of liveGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // That group has already ended.
    }
  }
});

/** A TCP port on 127.0.0.1 that nothing listens on right now (preferred first, when given and free). */
export function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((res) => {
      const srv = createServer();
      srv.once('error', () => res(undefined));
      srv.listen(port, '127.0.0.1', () => {
        const p = srv.address().port;
        srv.close(() => res(p));
      });
    });
  return (async () => {
    if (preferred) {
      const p = await tryPort(preferred);
      if (p) return p;
    }
    const p = await tryPort(0);
    if (!p) throw new Error('no free port on 127.0.0.1');
    return p;
  })();
}

function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/**
 * Packages the extension into `out` and returns packageVsix()'s result.
 * build: 'production' runs `npm run build -- --production` first (what `npm run package` does; note that
 * it also wipes out/, so the tests, which run from out/, use 'none': the bundles `npm test` just built).
 */
export async function packageExtension({ out, build = 'none', log = defaultLog } = {}) {
  const started = Date.now();
  if (build === 'production') {
    log('building the production bundles (npm run build -- --production)');
    const r = spawnSync('npm', ['run', '--silent', 'build', '--', '--production'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`npm run build -- --production failed (exit ${r.status})`);
  }
  const result = await packageVsix({ out });
  log(`packaged ${result.path} (${(result.size / 1024).toFixed(1)} KiB, ${result.files.length} entries) in ${seconds(started)} s`);
  return result;
}

/** Installs a .vsix into extensionsDir with code-server's own installer; throws with its output on failure. */
export function installExtension({ vsix, extensionsDir, userDataDir, log = defaultLog }) {
  const started = Date.now();
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(userDataDir, { recursive: true });
  const r = spawnSync(
    process.execPath,
    [CODE_SERVER_BIN, '--config', CONFIG_FILE, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--force', '--install-extension', vsix],
    { encoding: 'utf8', env: codeServerEnv(), timeout: 120_000 },
  );
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error || r.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsix} into code-server failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${output}`);
  }
  log(`installed the extension into ${extensionsDir} in ${seconds(started)} s`);
}

/** The user settings of a clean, quiet workbench: no welcome page, telemetry, trust prompt or update checks. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.empty.hint': 'hidden',
  'workbench.editor.enablePreview': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 150,
};

export function writeUserSettings(userDataDir, settings = {}) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2) + '\n');
}

function httpOk(url) {
  return new Promise((res) => {
    const req = get(url, (r) => {
      r.resume();
      res(r.statusCode !== undefined && r.statusCode < 400);
    });
    req.setTimeout(2000, () => req.destroy());
    req.on('error', () => res(false));
  });
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts code-server on 127.0.0.1:port (a free one unless given) serving `folder`, and waits until it
 * answers HTTP. Its output goes to logFile. Returns { url, port, pid, logFile, stop() }. cleanupDir is
 * removed by the guard if this process dies without closing (a temp folder).
 */
export async function startCodeServer({ folder, userDataDir, extensionsDir, logFile, port, preferredPort, cleanupDir, timeoutMs = 60_000, log = defaultLog }) {
  const started = Date.now();
  port ??= await freePort(preferredPort);
  mkdirSync(dirname(logFile), { recursive: true });
  const fd = openSync(logFile, 'a');
  const args = [
    GUARD,
    String(process.pid),
    ...(cleanupDir ? ['--cleanup', cleanupDir] : []),
    process.execPath,
    CODE_SERVER_BIN,
    '--config', CONFIG_FILE,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    folder,
  ];
  // PORT would override --bind-addr; the guard leads a new process group (detached).
  const env = codeServerEnv({ ...process.env, PORT: undefined });
  delete env.PORT;
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', fd, fd], env });
  closeSync(fd);
  const pid = child.pid;
  if (!pid) throw new Error('code-server did not start (no pid)');
  liveGroups.add(pid);
  let exited = null;
  const exitPromise = new Promise((res) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      liveGroups.delete(pid);
      res(exited);
    }),
  );

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // The group has already ended; waiting for the exit below is still right.
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // It ended after all.
      }
    }, 5000);
    await exitPromise;
    clearTimeout(timer);
    // The guard is gone; make sure nothing of its group survived it.
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Nothing of the group survived: the usual case.
    }
  };

  while (!(await httpOk(`${url}/healthz`))) {
    if (exited) throw new Error(`code-server exited (code ${exited.code}, signal ${exited.signal}) before answering:\n${tail(logFile)}`);
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`code-server answers on ${url} (pid ${pid}) after ${seconds(started)} s`);
  return { url, port, pid, logFile, stop, exited: () => exited };
}

/** Launches Debian's Chromium headless through playwright-core. */
export async function launchBrowser({ headless = true } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run node scripts/e2e/setup.mjs (as root) first`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The workbench URL that opens `folder` (slashes left readable, everything else encoded). */
export function workbenchUrl(base, folder) {
  return `${base}/?folder=${encodeURIComponent(folder).replace(/%2F/gi, '/')}`;
}

/**
 * Everything a test needs: a temp copy of the workspace (samples/ by default), the .vsix built from the
 * current dist/ and installed, code-server on a free port, Chromium with the workbench loaded.
 * Returns { page, browser, server, workspace, tmp, timings, close() }; close() stops everything and
 * removes the temp folder (kept, with the logs, when NEWSLENS_E2E_KEEP=1 or close({ keep: true })).
 */
export async function startSession({ workspaceSource = SAMPLES, settings = {}, viewport = { width: 1280, height: 800 }, log = defaultLog } = {}) {
  const t0 = Date.now();
  const timings = {};
  setup();
  timings.setup = Date.now() - t0;

  const tmp = mkdtempSync(join(tmpdir(), 'newslens-e2e-'));
  const workspace = join(tmp, 'workspace');
  const userDataDir = join(tmp, 'user-data');
  const extensionsDir = join(tmp, 'extensions');
  cpSync(workspaceSource, workspace, { recursive: true });
  writeUserSettings(userDataDir, settings);

  let server;
  let browser;
  const close = async ({ keep = process.env.NEWSLENS_E2E_KEEP === '1' } = {}) => {
    try {
      await browser?.close();
    } catch {
      // A browser that crashed or was closed already: the server is stopped next either way.
    }
    await server?.stop();
    if (keep) log(`kept ${tmp} (logs: ${join(tmp, 'code-server.log')}, ${join(userDataDir, 'logs')})`);
    else rmSync(tmp, { recursive: true, force: true });
  };
  try {
    let t = Date.now();
    const vsix = await packageExtension({ out: join(tmp, 'newslens.vsix'), log });
    installExtension({ vsix: vsix.path, extensionsDir, userDataDir, log });
    timings.install = Date.now() - t;

    t = Date.now();
    server = await startCodeServer({ folder: workspace, userDataDir, extensionsDir, logFile: join(tmp, 'code-server.log'), cleanupDir: tmp, log });
    timings.server = Date.now() - t;

    t = Date.now();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(workbenchUrl(server.url, workspace), { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The explorer lists the workspace once the remote file system is connected.
    await page.getByRole('treeitem').first().waitFor({ timeout: 60_000 });
    timings.workbench = Date.now() - t;
    timings.total = Date.now() - t0;
    log(`workbench ready in ${seconds(t0)} s (${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')})`);
    return { page, context, browser, server, workspace, tmp, userDataDir, extensionsDir, vsix, timings, close };
  } catch (err) {
    if (server) log(`code-server log (last lines):\n${tail(server.logFile)}`);
    await close();
    throw err;
  }
}

/**
 * Saves a small screenshot of the page as test-results/screenshots/<name>.jpg (JPEG, quality 50), or
 * .png when NEWSLENS_SCREENSHOT_FORMAT=png (for README images); returns its path.
 */
export async function screenshot(page, name, options = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const png = process.env.NEWSLENS_SCREENSHOT_FORMAT === 'png';
  const path = resolve(SCREENSHOTS, `${name}.${png ? 'png' : 'jpg'}`);
  await page.screenshot({ path, ...(png ? { type: 'png' } : { type: 'jpeg', quality: 50 }), ...options });
  return path;
}
