// `npm start [-- FOLDER] [--port N]`: try NewsLens in a real VS Code without owning one.
// Builds the production bundles, packages the .vsix, installs it into the local code-server (set up in
// .cache/code-server on first use, see scripts/e2e/setup.mjs), serves FOLDER (default: samples/) on
// 127.0.0.1 and prints the URL to open in a browser. Ctrl+C stops everything.
// code-server's settings and extensions for this live in .cache/newslens-start/ (kept between runs, so
// open editors and layout survive a restart; the extension is reinstalled every time).
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CODE_SERVER_VERSION, ensureCodeServer } from './e2e/setup.mjs';
import { ROOT, SAMPLES, installExtension, packageExtension, startCodeServer, workbenchUrl, writeUserSettings } from './e2e/harness.mjs';

const started = Date.now();
const argv = process.argv.slice(2);
let folder = SAMPLES;
let port;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--port') port = Number(argv[++i]);
  else if (a.startsWith('--port=')) port = Number(a.slice('--port='.length));
  else if (a === '-h' || a === '--help') {
    console.log('usage: npm start [-- FOLDER] [--port N]   (default folder: samples/, default port: 8080 or a free one)');
    process.exit(0);
  } else folder = resolve(process.env.INIT_CWD ?? process.cwd(), a);
}
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`npm start: ${folder} is not a folder`);
  process.exit(1);
}
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error('npm start: --port needs a port number');
  process.exit(1);
}

const log = (msg) => console.log(`[start] ${msg}`);
const STATE = join(ROOT, '.cache', 'newslens-start');
const userDataDir = join(STATE, 'user-data');
const extensionsDir = join(STATE, 'extensions');

let server;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (server) {
    log('stopping code-server…');
    await server.stop();
    log('stopped');
  }
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
process.on('SIGHUP', () => shutdown(0));

try {
  ensureCodeServer(); // installs it into .cache/code-server on first use; a no-op afterwards
} catch (err) {
  console.error(`npm start: setting up code-server failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

try {
  const vsix = await packageExtension({ build: 'production', log });
  installExtension({ vsix: vsix.path, extensionsDir, userDataDir, log });
  writeUserSettings(userDataDir, { 'editor.minimap.enabled': true, 'editor.hover.delay': 300 });
  server = await startCodeServer({
    folder,
    userDataDir,
    extensionsDir,
    logFile: join(STATE, 'code-server.log'),
    ...(port ? { port } : { preferredPort: 8080 }),
    log,
  });
} catch (err) {
  console.error(`npm start: ${err instanceof Error ? err.message : err}`);
  await shutdown(1);
}

const url = workbenchUrl(server.url, folder);
console.log('');
console.log(`  NewsLens is running in VS Code (code-server ${CODE_SERVER_VERSION}) at:`);
console.log('');
console.log(`      ${url}`);
console.log('');
console.log(`  Serving ${folder}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Log: ${server.logFile}`);
console.log('  Press Ctrl+C to stop.');

// code-server stopping by itself (a crash) ends this command too.
const poll = setInterval(() => {
  const e = server.exited();
  if (e && !stopping) {
    clearInterval(poll);
    console.error(`npm start: code-server exited (code ${e.code}, signal ${e.signal}); see ${server.logFile}`);
    shutdown(1);
  }
}, 1000);
