// The channel to the editor over stdin/stdout (`--stdio`), set up here rather than by the library so
// that a broken channel ends the server instead of leaving it running and silent. When the framing
// of the editor's messages is wrong (a header without Content-Length or with a value that is not a
// number, a Content-Length that cuts a message or runs into the next one, a message that never
// completes), nothing more can be read reliably: the server writes the reason on stderr (the editor
// shows it in the server's output) and exits with status 1, and the editor restarts it. The other
// transports (--node-ipc, which VS Code uses, --socket, --pipe) are left to the library.

import { inspect } from 'node:util';
import { StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';

/** How long a message may stay incomplete before the channel counts as broken (a wrong Content-Length). */
export const PARTIAL_MESSAGE_LIMIT_MS = 60_000;
/** How often the reader reports a message that is still incomplete. */
const PARTIAL_MESSAGE_CHECK_MS = 10_000;

export interface StdioTransport {
  reader: StreamMessageReader;
  writer: StreamMessageWriter;
  /** Called once the connection exists: console output goes to it, and its shutdown sets the exit status. */
  attach(connection: Connection): void;
}

/** The stdio channel when the server was started with --stdio; undefined for the other transports. */
export function stdioTransport(argv: readonly string[] = process.argv): StdioTransport | undefined {
  if (!argv.includes('--stdio')) return undefined;
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  reader.partialMessageTimeout = PARTIAL_MESSAGE_CHECK_MS;
  let shutdown = false;

  reader.onError((err) => fail(`cannot read the editor's messages: ${oneLine(err.message)}`));
  writer.onError(([err]) => fail(`cannot write to the editor: ${oneLine(err.message)}`));
  let waitingFor: number | undefined;
  let waited = 0;
  reader.onPartialMessage((info) => {
    if (info.messageToken !== waitingFor) {
      waitingFor = info.messageToken;
      waited = 0;
    }
    waited += info.waitingTime;
    if (waited >= PARTIAL_MESSAGE_LIMIT_MS) {
      fail(`a message from the editor has stayed incomplete for ${Math.round(waited / 1000)} s (wrong Content-Length?)`);
    }
  });
  // The editor closed the channel: as the library does, exit 0 after a shutdown request, else 1.
  reader.onClose(() => process.exit(shutdown ? 0 : 1));

  return {
    reader,
    writer,
    attach(connection: Connection): void {
      connection.onShutdown(() => {
        shutdown = true;
      });
      redirectConsole(connection);
    },
  };
}

function fail(reason: string): never {
  process.stderr.write(`NewsLens language server: ${reason}. Exiting, so that the editor restarts the server.\n`);
  process.exit(1);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * stdout carries the protocol, so nothing else may print there: console output (of any library) goes
 * to the editor's output channel instead, as vscode-languageserver does for its own --stdio setup.
 */
function redirectConsole(connection: Connection): void {
  const text = (args: unknown[]): string => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = console.trace = (...args: unknown[]) => connection.console.error(text(args));
}
