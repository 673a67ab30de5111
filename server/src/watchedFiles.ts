// Asks the client to watch the files that may be articles (the include globs of every workspace
// folder, plus every folder's .newslens/ledger.json) and passes changes on to the analysis store and
// the corpus index, so analyses of files that are not open stay current and ledger edits take effect.
// Re-registered whenever settings or workspace folders change.

import {
  DidChangeWatchedFilesNotification,
  type Connection,
  type DidChangeWatchedFilesParams,
  type Disposable,
} from 'vscode-languageserver';
import type { ArticleStore } from './documents';
import { errorText } from './documents';
import type { WorkspaceFolders } from './fileFilter';
import { LEDGER_GLOB } from './ledgerFile';
import { DEFAULT_INCLUDE, type SettingsStore } from './settings';

export class WatchedFiles {
  private registration: Promise<Disposable | undefined> = Promise.resolve(undefined);
  private registeredKey = '';

  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsStore,
    private readonly folders: WorkspaceFolders,
    private readonly store: ArticleStore,
    private readonly also: (uri: string) => void = () => undefined,
  ) {}

  /** Registers a watcher per include glob (union over folders); does nothing if they are unchanged. */
  async update(): Promise<void> {
    const globs = new Set<string>();
    const scopes = this.folders.uris;
    if (scopes.length === 0) DEFAULT_INCLUDE.forEach((g) => globs.add(g));
    for (const uri of scopes) {
      const s = await this.settings.get(uri);
      if (s.enable) s.files.include.forEach((g) => globs.add(g));
    }
    if (scopes.length > 0) globs.add(LEDGER_GLOB);
    const key = [...globs].sort().join('\n');
    if (key === this.registeredKey) return;
    this.registeredKey = key;
    const previous = this.registration;
    this.registration = previous.then(async (old) => {
      old?.dispose();
      if (globs.size === 0) return undefined;
      try {
        return await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [...globs].map((globPattern) => ({ globPattern })),
        });
      } catch (err) {
        this.connection.console.warn(`NewsLens: could not watch article files: ${errorText(err)}`);
        return undefined;
      }
    });
    await this.registration;
  }

  changed(params: DidChangeWatchedFilesParams): void {
    for (const change of params.changes) {
      this.store.fileChanged(change.uri);
      this.also(change.uri);
    }
  }
}
