// Entry point of the NewsLens language server. Wiring only: it creates the connection, announces the
// capabilities, and hands each request to the file that implements it. Every handler is guarded, so
// no article, however malformed, can take the server down. Document URIs from the client are made
// canonical here, where they enter (uris.ts); the files behind it see canonical URIs only. Workspace
// folder URIs stay as the client spells them: the client names folders to remove by those strings.

import {
  createConnection,
  CodeActionKind,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyser } from './analyser';
import { NO_SUPPORT, readClientSupport, type ClientSupport } from './clientCapabilities';
import { codeActions, executeCommand, SERVER_COMMANDS } from './codeActions';
import { CorpusIndex } from './corpus';
import { DiagnosticsPublisher } from './diagnostics';
import { ArticleStore, errorText, type ArticleSnapshot } from './documents';
import { WorkspaceFolders } from './fileFilter';
import { guard } from './guard';
import { hover } from './hover';
import {
  AnnotationsMethod,
  FactSheetsMethod,
  StatusMethod,
  StoriesChangedNotification,
  StoryArticlesMethod,
  StoryReportMethod,
  type AnnotationsParams,
  type FactSheetsParams,
  type FactSheetsResult,
  type StatusParams,
  type StatusResult,
  type StoriesChangedParams,
  type StoryArticlesParams,
  type StoryArticlesResult,
  type StoryReportParams,
  type StoryReportResult,
} from './protocol';
import { annotations, factSheets, status, storyArticles, storyReport } from './requests';
import { definition, documentHighlights, references, workspaceSymbols } from './navigation';
import { legend, semanticTokensFull, semanticTokensRange } from './semanticTokens';
import { SettingsStore } from './settings';
import { stdioTransport } from './transport';
import { documentSymbols } from './symbols';
import { canonicalDocumentEvents, canonicalUri, documentUri } from './uris';
import { WatchedFiles } from './watchedFiles';

// Over stdio the server sets the channel up itself, so a framing error ends it with a reason (transport.ts).
const stdio = stdioTransport();
const connection = stdio ? createConnection(ProposedFeatures.all, stdio.reader, stdio.writer) : createConnection(ProposedFeatures.all);
stdio?.attach(connection);
const documents = new TextDocuments(TextDocument);
let client: ClientSupport = NO_SUPPORT;

const folders = new WorkspaceFolders();
const settings = new SettingsStore(connection, () => client.configuration, (uri) => folders.folderOf(uri));
const analyser = new Analyser((message) => connection.console.log(message));
const store = new ArticleStore(documents, settings, folders, connection, analyser);
const corpus = new CorpusIndex(connection, store, settings, folders);
const watched = new WatchedFiles(connection, settings, folders, store, (uri) => corpus.fileChanged(uri));
const diagnostics = new DiagnosticsPublisher(connection, store, corpus);

process.on('uncaughtException', (err) => connection.console.error(`NewsLens: uncaught: ${errorText(err)}`));
process.on('unhandledRejection', (err) => connection.console.error(`NewsLens: unhandled rejection: ${errorText(err)}`));

connection.onInitialize((params): InitializeResult => {
  client = readClientSupport(params.capabilities);
  const initial = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders.set(initial);
  analyser.useCacheIn(storagePath(params.initializationOptions));
  corpus.useSnapshotsIn(storagePath(params.initializationOptions));
  // The first worker loads at once, so the first opened article need not wait for it — unless the last
  // session left its findings: the workspace is then most likely read from the analysis cache, and the
  // worker's loading (a second of processor time) would only slow reading it. It then starts once the
  // last session's findings are shown (the user reads and edits next), when an article needs it, or
  // when the index is done, whichever comes first.
  if (!corpus.hasSnapshot()) analyser.prewarm();
  const started = corpus.onDidUpdate(() => {
    started.dispose();
    analyser.prewarm();
  });
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      semanticTokensProvider: { legend, full: true, range: true },
      hoverProvider: true,
      documentSymbolProvider: { label: 'NewsLens' },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: SERVER_COMMANDS },
      referencesProvider: true,
      definitionProvider: true,
      documentHighlightProvider: true,
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'NewsLens', version: '0.1.0' },
  };
});

connection.onInitialized(
  guard(connection, 'initialized', undefined, async () => {
    if (client.configurationRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' });
    }
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guard(connection, 'workspace folders', undefined, async (e) => {
          folders.change(
            e.added.map((f) => f.uri),
            e.removed.map((f) => f.uri),
          );
          settingsMayHaveChanged();
          if (client.watchedFilesRegistration) await watched.update();
        }),
      );
    }
    if (client.watchedFilesRegistration) await watched.update();
    appliedSettings = settings.key(settingsScopes());
    await corpus.rescan();
    analyser.prewarm();
  }),
);

connection.onDidChangeConfiguration(
  guard(connection, 'configuration change', undefined, async (params) => {
    const pushed: unknown = params.settings;
    settings.changed(isRecord(pushed) ? pushed['newslens'] : undefined);
    // One notification at a time, each comparing the settings as they then are with those of the last
    // index. Before the first scan has read them, it reads these; a notification that leaves every setting
    // as it was (VS Code sends one at start) needs no second index of the whole workspace.
    const handle = async (): Promise<void> => {
      if (appliedSettings === undefined) return;
      const now = settings.key(settingsScopes());
      if ((await now) === (await appliedSettings)) return;
      settingsMayHaveChanged(now);
      if (client.watchedFilesRegistration) await watched.update();
    };
    configurations = configurations.then(handle, handle);
    await configurations;
  }),
);

/** Configuration notifications being handled, in order. */
let configurations: Promise<void> = Promise.resolve();

/** The settings the last index was made with (see SettingsStore.key); undefined until the first scan. */
let appliedSettings: Promise<string> | undefined;

/** The scopes settings are read for: the workspace folders and open documents outside them. */
function settingsScopes(): string[] {
  return [...folders.uris, ...documents.keys().filter((uri) => folders.folderOf(uri) === undefined)];
}

/** Settings (`key`: as they now are) or the workspace folders changed: index again with them. */
function settingsMayHaveChanged(key?: Promise<string>): void {
  if (!key) settings.invalidate();
  appliedSettings = key ?? settings.key(settingsScopes());
  store.settingsChanged();
  void corpus.settingsChanged().then(() => diagnostics.refreshAll());
  if (client.semanticTokensRefresh) void connection.languages.semanticTokens.refresh();
}

/** The client's storage folder for the analysis cache (initializationOptions.storagePath), if any. */
function storagePath(options: unknown): string | undefined {
  const path = isRecord(options) ? options['storagePath'] : undefined;
  return typeof path === 'string' && path !== '' ? path : undefined;
}

connection.onShutdown(async () => {
  await corpus.flush();
  await analyser.dispose();
});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

connection.onDidChangeWatchedFiles(
  guard(connection, 'watched files', undefined, (params) =>
    watched.changed({ changes: params.changes.map((c) => ({ ...c, uri: canonicalUri(c.uri) })) }),
  ),
);

connection.languages.semanticTokens.on(
  guard(connection, 'semantic tokens', { data: [] }, async (params) =>
    semanticTokensFull(await store.getAnalysed(documentUri(params)), client.multilineTokens),
  ),
);

connection.languages.semanticTokens.onRange(
  guard(connection, 'semantic tokens (range)', { data: [] }, async (params) =>
    semanticTokensRange(await store.getAnalysed(documentUri(params)), params.range, client.multilineTokens),
  ),
);

connection.onHover(guard(connection, 'hover', null, async (params) => hover(await articleFor(documentUri(params)), params.position, corpus)));

connection.onDocumentSymbol(
  guard(connection, 'document symbols', [], async (params) => documentSymbols(await store.get(documentUri(params)), client.hierarchicalSymbols)),
);

/**
 * The article as the corpus holds it (current: pending edits are applied first), or the store's.
 * `uri` is canonical.
 */
async function articleFor(uri: string): Promise<ArticleSnapshot | null> {
  await corpus.ready(uri);
  const snapshot = corpus.snapshot(uri);
  // While indexing, an open document may be newer than the corpus's copy: the store's is current.
  const doc = documents.get(uri);
  if (snapshot && (!doc || snapshot.version === doc.version)) return snapshot;
  return store.get(uri);
}

connection.onReferences(
  guard(connection, 'references', [], async (params) => references(corpus, await articleFor(documentUri(params)), params.position)),
);

connection.onDefinition(
  guard(connection, 'definition', [], async (params) => definition(corpus, await articleFor(documentUri(params)), params.position)),
);

connection.onDocumentHighlight(
  guard(connection, 'document highlights', [], async (params) => documentHighlights(await store.get(documentUri(params)), params.position)),
);

connection.onWorkspaceSymbol(
  guard(connection, 'workspace symbols', [], async (params) => {
    await corpus.ready();
    return workspaceSymbols(corpus, params.query);
  }),
);

// ---- custom requests (protocol.ts) ----

const NO_STORY = { story: null };

connection.onRequest(
  StoryArticlesMethod,
  guard(connection, StoryArticlesMethod, { ...NO_STORY, articles: [] } as StoryArticlesResult, async (p: StoryArticlesParams) => {
    const uri = canonicalUri(p.uri);
    await corpus.ready(uri);
    return storyArticles(corpus, uri);
  }),
);

connection.onRequest(
  FactSheetsMethod,
  guard(
    connection,
    FactSheetsMethod,
    { left: { uri: '', name: '', lines: [] }, right: { uri: '', name: '', lines: [] } } as FactSheetsResult,
    async (p: FactSheetsParams) => {
      const params: FactSheetsParams = { ...p, left: canonicalUri(p.left), right: canonicalUri(p.right) };
      await corpus.ready(params.left);
      await corpus.ready(params.right);
      return factSheets(corpus, params);
    },
  ),
);

connection.onRequest(
  StoryReportMethod,
  guard(connection, StoryReportMethod, { ...NO_STORY, sources: [], facts: [], findings: [] } as StoryReportResult, async (p: StoryReportParams) => {
    const uri = canonicalUri(p.uri);
    await corpus.ready(uri);
    return storyReport(corpus, uri);
  }),
);

connection.onRequest(
  StatusMethod,
  guard(connection, StatusMethod, { article: false, ...NO_STORY, sources: 0, findings: 0 } as StatusResult, async (p: StatusParams) => {
    const uri = canonicalUri(p.uri);
    await corpus.ready(uri);
    const isArticle = corpus.snapshot(uri) !== undefined || (await store.get(uri)) !== null;
    return status(corpus, uri, isArticle);
  }),
);

connection.onRequest(
  AnnotationsMethod,
  guard(connection, AnnotationsMethod, annotations(corpus, []), async (p: AnnotationsParams) => {
    const uris = (Array.isArray(p.uris) ? p.uris : []).filter((u): u is string => typeof u === 'string').map(canonicalUri);
    for (const uri of uris) await corpus.ready(uri);
    return annotations(corpus, uris);
  }),
);

corpus.onDidUpdate((u) => {
  if (!u.storiesChanged && !u.findingsChanged && u.articles.size === 0) return;
  const params: StoriesChangedParams = { articles: [...u.articles], grouping: u.storiesChanged };
  void connection.sendNotification(StoriesChangedNotification, params);
});

connection.onCodeAction(guard(connection, 'code actions', [], (params) => codeActions({ ...params, textDocument: { uri: documentUri(params) } })));

connection.onExecuteCommand(
  guard(connection, 'command', null, async (params) => {
    try {
      return await executeCommand(params, corpus, connection);
    } catch (err) {
      // A malformed ledger or an unwritable folder: tell the user, not just the log.
      void connection.window.showErrorMessage(`NewsLens: ${err instanceof Error ? err.message : String(err)}`);
      throw err;
    }
  }),
);

documents.listen(canonicalDocumentEvents(connection));
connection.listen();
