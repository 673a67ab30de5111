// A small LSP client for protocol tests: spawns the real bundled server (`node dist/server.js --stdio`)
// and talks JSON-RPC over its stdin/stdout. Every wait has a timeout and close() always kills the
// process, so a broken server fails a test instead of hanging the suite.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const REPO = process.cwd();
export const SERVER = resolve(REPO, 'dist', 'server.js');
export const SAMPLES = resolve(REPO, 'samples');
export const DEFAULT_TIMEOUT = 15000;

export interface StartOptions {
  /** Workspace folder paths. */
  folders?: string[];
  /** The `newslens` settings section the client answers with (workspace/configuration or pushed). */
  settings?: Record<string, unknown>;
  /** Answer workspace/configuration (pull) instead of pushing settings. */
  pullConfiguration?: boolean;
  capabilities?: ClientCapabilities;
  /** initializationOptions of the initialize request (e.g. the client's storagePath). */
  initializationOptions?: unknown;
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Copies the sample articles (or the given files) to a fresh temporary folder. */
export function tempWorkspace(files?: string[]): { dir: string; uri: (name: string) => string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-proto-'));
  for (const name of files ?? readdirSync(SAMPLES)) cpSync(join(SAMPLES, name), join(dir, name));
  return {
    dir,
    uri: (name: string) => fileUri(join(dir, name)),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}

export const FULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    semanticTokens: {
      requests: { full: true, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
      multilineTokenSupport: false,
    },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
  },
  workspace: {
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
  },
};

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly logs: string[] = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  stderr = '';
  initializeResult!: InitializeResult;
  private readonly waiters = new Set<() => void>();
  private versions = new Map<string, number>();
  private exited = false;

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    private readonly options: StartOptions,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: REPO, stdio: 'pipe', env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new LspClient(proc, connection, options);
    proc.stderr.on('data', (d: Buffer) => (client.stderr += d.toString()));
    proc.on('exit', () => {
      client.exited = true;
      client.wake();
    });
    client.wire();
    connection.listen();
    try {
      const folders = options.folders ?? [];
      const capabilities: ClientCapabilities = options.capabilities ?? FULL_CAPABILITIES;
      const caps: ClientCapabilities = options.pullConfiguration
        ? { ...capabilities, workspace: { ...capabilities.workspace, configuration: true } }
        : capabilities;
      client.initializeResult = await withTimeout(
        connection.sendRequest('initialize', {
          processId: process.pid,
          rootUri: folders[0] ? fileUri(folders[0]) : null,
          workspaceFolders: folders.length ? folders.map((f) => ({ uri: fileUri(f), name: f })) : null,
          capabilities: caps,
          initializationOptions: options.initializationOptions,
        }) as Promise<InitializeResult>,
        DEFAULT_TIMEOUT,
        'initialize',
      );
      await connection.sendNotification('initialized', {});
      if (!options.pullConfiguration) {
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { newslens: options.settings ?? {} } });
      }
    } catch (err) {
      client.kill();
      throw err;
    }
    return client;
  }

  private wire(): void {
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.wake();
    });
    c.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.wake();
    });
    for (const method of ['newslens/storiesChanged', '$/progress', 'telemetry/event']) {
      c.onNotification(method, (params: unknown) => {
        this.notifications.push({ method, params });
        this.wake();
      });
    }
    c.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map(() => this.options.settings ?? {}),
    );
    c.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('workspace/semanticTokens/refresh', () => null);
    c.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.logs.push(`showMessage: ${p.message}`);
      this.wake();
      return null;
    });
    c.onNotification('window/showMessage', (p: { message: string }) => this.logs.push(`showMessage: ${p.message}`));
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Resolves with the first truthy value of `probe`, re-evaluated on every message from the server. */
  waitFor<T>(probe: () => T | undefined | null | false, what: string, ms = DEFAULT_TIMEOUT): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      const check = (): boolean => {
        let v: T | undefined | null | false;
        try {
          v = probe();
        } catch (err) {
          done();
          reject(err as Error);
          return true;
        }
        if (v) {
          done();
          resolvePromise(v);
          return true;
        }
        if (this.exited) {
          done();
          reject(new Error(`server exited while waiting for ${what}\n${this.stderr}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${ms} ms waiting for ${what}\nlogs:\n${this.logs.join('\n')}`));
      }, ms);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter = (): void => void check();
      if (!check()) this.waiters.add(waiter);
    });
  }

  /** Waits until the diagnostics published for `uri` satisfy `pred`. */
  waitForDiagnostics(uri: string, pred: (d: Diagnostic[]) => boolean, what: string, ms = DEFAULT_TIMEOUT): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      const d = this.diagnostics.get(uri);
      return d && pred(d) ? d : undefined;
    }, `${what} (${uri})`, ms);
  }

  request<R>(method: string, params: unknown, ms = DEFAULT_TIMEOUT): Promise<R> {
    return withTimeout(this.connection.sendRequest(method, params) as Promise<R>, ms, method);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<void> {
    this.versions.set(uri, 1);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a content change without a range). */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Shuts the server down politely, and kills it whatever happens. */
  async dispose(): Promise<void> {
    try {
      if (!this.exited) {
        await withTimeout(this.connection.sendRequest('shutdown'), 3000, 'shutdown');
        await this.connection.sendNotification('exit');
        await this.waitFor(() => this.exited, 'exit', 3000);
      }
    } catch {
      // killed below
    } finally {
      this.kill();
    }
  }

  kill(): void {
    try {
      this.connection.dispose();
    } catch {
      // already gone
    }
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}

/** Disposes a client that may never have been created: a failed `before` leaves it unassigned. */
export async function disposeClient(client: LspClient | undefined): Promise<void> {
  await client?.dispose();
}

/** The diagnostic's documentation link opens the shipped README at the check's own section. */
export function assertDocLink(href: string | undefined, id: string): void {
  const m = /^(file:[^#]+)#L(\d+)$/.exec(href ?? '');
  if (!m) throw new Error(`not a link to a line of the README: ${href}`);
  const lines = readFileSync(fileURLToPath(m[1]!), 'utf8').split(/\r?\n/);
  const heading = lines[Number(m[2]) - 1] ?? '';
  if (!heading.startsWith('#') || !heading.includes(`\`${id}\``)) throw new Error(`line ${m[2]} of the README is not the ${id} section: ${heading}`);
}
