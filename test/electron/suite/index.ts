// Entry point @vscode/test-electron loads inside the Extension Development Host (scripts/test-electron.mjs).
// A small sequential runner: no test framework is installed for the extension host, and the checks are
// few and ordered (the article must be open before its hover is asked for).
import { checks } from './newslens';

export async function run(): Promise<void> {
  const failures: string[] = [];
  const started = Date.now();
  for (const [name, body] of checks) {
    const t = Date.now();
    try {
      await withTimeout(body(), 60_000, name);
      console.log(`  ✔ ${name} (${Date.now() - t} ms)`);
    } catch (err) {
      const msg = err instanceof Error ? (err.stack ?? err.message) : String(err);
      console.log(`  ✖ ${name} (${Date.now() - t} ms)\n${msg.replace(/^/gm, '      ')}`);
      failures.push(name);
    }
  }
  console.log(`\n${checks.length - failures.length}/${checks.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length) throw new Error(`${failures.length} check(s) failed: ${failures.join('; ')}`);
}

function withTimeout<T>(p: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
