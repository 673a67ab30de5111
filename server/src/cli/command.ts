// The pieces every subcommand of the newslens command line shares: the command shape, usage errors,
// and where output goes. A subcommand is one object in the list in main.ts; adding `check` means
// writing one more file like annotate.ts and adding it to that list.

import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes. Lines are written whole; stdout and stderr are never mixed up. */
export interface CliIO {
  /** Writes text to stdout (the caller adds newlines); resolves once the stream can take more. */
  out(text: string): Promise<void>;
  /** Writes one line to stderr. */
  err(line: string): void;
  /** True when stdout is a terminal (a command may pick a friendlier default). */
  readonly isTTY: boolean;
}

export interface Command {
  name: string;
  /** One line for the list of commands in `newslens --help`. */
  summary: string;
  /** The full help text for `newslens NAME --help`. */
  help: string;
  /** Runs with the arguments after the command's name; returns the exit code. */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Exit codes shared by all commands. */
export const EXIT_OK = 0;
/** Some input was not processed (skipped file) or the command's findings call for failure. */
export const EXIT_PARTIAL = 1;
/** Wrong usage: unknown command or option, missing argument, bad option value. */
export const EXIT_USAGE = 2;

/** Thrown for wrong usage; main.ts prints the message and the command's usage and exits with 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
export type ArgValue = string | boolean | Array<string | boolean> | undefined;

/**
 * node:util parseArgs with errors turned into UsageErrors (strict: unknown options are errors).
 * `--help`/`-h` is always accepted and reported as `help: true`.
 */
export function parseCommandArgs(
  command: Command,
  argv: string[],
  options: Options,
): { values: Record<string, ArgValue>; positionals: string[]; help: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    const help = values.help === true;
    delete (values as Record<string, unknown>).help;
    return { values: values as Record<string, ArgValue>, positionals, help };
  } catch (err) {
    throw new UsageError(cleanParseError(err), command);
  }
}

/** parseArgs messages mention "To specify a positional argument starting with a '-'...": keep the first sentence. */
function cleanParseError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const first = msg.split(/\. (?=To specify)/)[0]!;
  return first.replace(/\.$/, '');
}

/** The last value of an option given once or several times (later wins, as in most tools). */
export function lastValue(v: ArgValue): string | undefined {
  if (Array.isArray(v)) return v.length ? String(v[v.length - 1]) : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** Parses a byte count: "2000000", "512KB", "10MB", "1.5MiB" (K/M/G are powers of 1024). */
export function parseByteSize(text: string): number | undefined {
  // trim() drops exactly the white space \s matches; leading and trailing \s* in the pattern would
  // let the engine backtrack between them.
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) return undefined;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * mult);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** The --max-size option: a byte count, or the default when absent; a bad value is a usage error. */
export function maxSizeOption(v: ArgValue, fallback: number, command: Command): number {
  const text = lastValue(v);
  if (text === undefined) return fallback;
  const n = parseByteSize(text);
  if (n === undefined) throw new UsageError(`--max-size needs a positive number of bytes, not '${text}'`, command);
  return n;
}
