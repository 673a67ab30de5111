// The newslens command line: global options, the list of subcommands, and dispatch.
// To add a subcommand (e.g. `check`), write a Command (see command.ts, annotate.ts) and add it to
// COMMANDS below; help, usage errors and exit codes come for free.

import pkg from '../../../package.json';
import { annotateCommand } from './annotate';
import { checkCommand } from './check';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO, type Command } from './command';

export const COMMANDS: Command[] = [annotateCommand, checkCommand];

export const VERSION: string = (pkg as { version?: string }).version ?? '0.0.0';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: newslens COMMAND [options] ARGS...

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help      show this help (newslens COMMAND --help for a command's options)
  -V, --version   print the version

Exit status: 0 success, 1 some input skipped or findings over the threshold, 2 usage error.`;
}

function usageLine(command?: Command): string {
  if (command) {
    const first = command.help.split('\n')[0] ?? '';
    return `${first}\nTry 'newslens ${command.name} --help' for more.`;
  }
  return `Usage: newslens COMMAND [options] ARGS...   (commands: ${COMMANDS.map((c) => c.name).join(', ')})\nTry 'newslens --help' for more.`;
}

/** Runs the command line with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) throw new UsageError('no command given');
    if (first === '-h' || first === '--help' || first === 'help') {
      const topic = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      await io.out((topic ? topic.help : mainHelp()) + '\n');
      return EXIT_OK;
    }
    if (first === '-V' || first === '--version' || first === 'version') {
      await io.out(`newslens ${VERSION}\n`);
      return EXIT_OK;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (options go after the command)`);
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) throw new UsageError(`unknown command '${first}'`);
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`newslens: ${err.message}`);
      io.err(usageLine(err.command));
      return EXIT_USAGE;
    }
    throw err;
  }
}
