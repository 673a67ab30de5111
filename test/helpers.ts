// Small helpers shared by the test suites: where the repo and ../shared are, running the built CLI,
// and temporary folders that are always removed.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Tests run from the repository root (npm test, scripts/test.mjs). */
export const REPO = process.cwd();

/** ../shared (the real articles and datasets), or NEWSLENS_SHARED; undefined when absent. */
export function sharedDir(): string | undefined {
  const dir = process.env['NEWSLENS_SHARED'] ?? resolve(REPO, '..', 'shared');
  return existsSync(dir) ? dir : undefined;
}

/** The berlin-talks corpus folder, or undefined when ../shared is not on this machine. */
export function berlinDir(): string | undefined {
  const shared = sharedDir();
  const dir = shared && join(shared, 'corpus', 'berlin-talks');
  return dir && existsSync(dir) ? dir : undefined;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command line (dist/cli.js) with a time limit; never throws for a failing exit. */
export function runCli(args: string[], options: { cwd?: string; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'dist', 'cli.js'), ...args], {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`newslens ${args.join(' ')} did not finish within ${options.timeoutMs ?? 60000} ms`));
    }, options.timeoutMs ?? 60000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** A fresh temporary folder, removed when the returned dispose() runs. */
export function tempDir(prefix = 'newslens-test-'): { path: string; dispose(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}
