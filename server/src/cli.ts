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

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`newslens: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
