// Starts the NewsLens language server and gives the rest of the client typed access to its custom
// requests (server/src/protocol.ts). The server decides which documents are articles (the
// newslens.files.include/exclude settings); the client offers it every `news` and plain-text file.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  FactSheetsMethod,
  StatusMethod,
  StoriesChangedNotification,
  StoryArticlesMethod,
  StoryReportMethod,
  type FactSheetsParams,
  type FactSheetsResult,
  type StatusParams,
  type StatusResult,
  type StoryArticlesParams,
  type StoryArticlesResult,
  type StoryReportParams,
  type StoryReportResult,
} from '../../server/src/protocol';

export const ARTICLE_SELECTOR: Array<{ scheme: string; language: string }> = [
  { scheme: 'file', language: 'news' },
  { scheme: 'file', language: 'plaintext' },
];

export class NewsLensConnection implements vscode.Disposable {
  readonly client: LanguageClient;
  private readonly started: Promise<void>;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the server says stories or findings changed (and once when it is ready). */
  readonly onDidChangeStories = this.changed.event;

  constructor(
    context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
  ) {
    const module = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: ARTICLE_SELECTOR,
      // The server keeps its analysis cache here: per workspace when there is one, else per user.
      initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
      outputChannel: output,
      diagnosticCollectionName: 'newslens',
      synchronize: {
        configurationSection: 'newslens',
        fileEvents: [
          vscode.workspace.createFileSystemWatcher('**/*.{txt,news,article}'),
          vscode.workspace.createFileSystemWatcher('**/.newslens/ledger.json'),
        ],
      },
    };
    this.client = new LanguageClient('newslens', 'NewsLens', serverOptions, clientOptions);
    this.started = this.client.start().then(
      () => {
        this.client.onNotification(StoriesChangedNotification, () => this.changed.fire());
        this.changed.fire();
      },
      (err: unknown) => {
        output.appendLine(`NewsLens: the language server did not start: ${errorText(err)}`);
        throw err;
      },
    );
    // Keep a rejected start from being reported as unhandled; request() reports it to the user.
    this.started.catch(() => undefined);
  }

  private async request<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    await this.started;
    return this.client.sendRequest<R>(method, params, token);
  }

  storyArticles(params: StoryArticlesParams): Promise<StoryArticlesResult> {
    return this.request(StoryArticlesMethod, params);
  }
  factSheets(params: FactSheetsParams): Promise<FactSheetsResult> {
    return this.request(FactSheetsMethod, params);
  }
  storyReport(params: StoryReportParams): Promise<StoryReportResult> {
    return this.request(StoryReportMethod, params);
  }
  status(params: StatusParams, token?: vscode.CancellationToken): Promise<StatusResult> {
    return this.request(StatusMethod, params, token);
  }

  /** Logs a failed request to the output channel; shows it to the user unless `quiet`. */
  report(what: string, err: unknown, quiet = false): void {
    const text = `NewsLens: ${what} failed: ${errorText(err)}`;
    this.output.appendLine(text);
    if (!quiet) {
      void vscode.window.showErrorMessage(text, 'Show Output').then((choice) => {
        if (choice) this.output.show(true);
      });
    }
  }

  async stop(): Promise<void> {
    try {
      await this.started;
    } catch {
      return;
    }
    await this.client.stop();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'object' && err && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/** Converts a protocol location into the editor's. */
export function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The article a command applies to: the explicit argument, else the active editor's document. */
export function articleUri(arg?: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && isArticleCandidate(doc)) return doc.uri;
  return undefined;
}

/** A document the server may treat as an article (the server has the final word). */
export function isArticleCandidate(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme !== 'file') return false;
  return doc.languageId === 'news' || doc.languageId === 'plaintext';
}

/** Opens `location` in an editor with its range selected and revealed. */
export async function revealLocation(location: { uri: string; range: Parameters<typeof toRange>[0] }, column?: vscode.ViewColumn): Promise<void> {
  const range = toRange(location.range);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri, true));
  await vscode.window.showTextDocument(doc, {
    selection: range,
    preview: false,
    ...(column !== undefined ? { viewColumn: column } : {}),
  });
}
