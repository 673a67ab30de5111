// Entry point of the newslens command line (dist/cli.js, `newslens` when installed).
// Everything but process wiring lives in server/src/cli/.

import { main } from './cli/main';
import type { CliIO } from './cli/command';

const stdout = process.stdout;

// A closed pipe (`newslens annotate dir | head`) is not an error: stop quietly.
stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`newslens: cannot write output (${err.code ?? err.message})\n`);
  process.exit(1);
});

const io: CliIO = {
  isTTY: stdout.isTTY === true,
  out(text: string): Promise<void> {
    return new Promise((resolve) => {
      if (stdout.write(text)) resolve();
      else stdout.once('drain', () => resolve());
    });
  },
  err(line: string): void {
    process.stderr.write(line + '\n');
  },
};

let settled = false;
main(process.argv.slice(2), io).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (err: unknown) => {
    settled = true;
    process.stderr.write(`newslens: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);

// Node ends a process whose event loop has nothing left to wait for, even while a promise is pending. If
// that ever happens before the command finished, its output is missing: never let it pass as success.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write('newslens: internal error: the run stopped before it finished (nothing was left to wait for); its output is incomplete\n');
  process.exitCode = 1;
});
