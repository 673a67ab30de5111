// The analysis store: the one place features ask for "the analysis of this URI". It knows where an
// article's text comes from (the open editor's text wins over the file on disk), whether a document is
// an article at all (settings + include/exclude globs), has the text analysed (analyser.ts: the persistent
// cache, else a worker of the pool; an open article before the corpus; an analysis that fails costs that
// article's highlighting, not the server), and caches one analysis per URI, keyed by the
// editor version or, for files on disk, until the file is reported changed (and the settings that
// apply to it, by content). A workspace-wide corpus
// index can call get() for files that are not open and listen to onDidChange to stay current.

import type { Connection, Disposable, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Problem } from './analysis/types';
import type { Analyser } from './analyser';
import type { FeaturesWire } from './analysis/cross/featuresWire';
import type { FactsSource } from './analysisCache';
import { formatBytes, looksBinary, readArticle } from './articleFile';
import { isArticle, uriToPath, type WorkspaceFolders } from './fileFilter';
import { LineIndex, lineIndexForDocument } from './positions';
import type { NewsLensSettings, SettingsStore } from './settings';

/** One article's text and its analysis, consistent with each other. */
export interface ArticleSnapshot {
  uri: string;
  /** Where the text came from: an open editor, or the file on disk. */
  source: 'editor' | 'disk';
  /** The editor's document version, for text from an editor. */
  version?: number;
  text: string;
  lines: LineIndex;
  analysis: ArticleAnalysis;
  /**
   * The article's cross-source facts as plain data (or a function reading them from the analysis cache),
   * extracted by the worker that analysed it: handed to the cross-source engine once (which then drops
   * them from here).
   */
  facts?: FactsSource;
  /** Its story-grouping features as plain data, from the same worker; handed over and dropped like the facts. */
  features?: FeaturesWire;
  settings: NewsLensSettings;
}

export type ChangeReason = 'opened' | 'edited' | 'closed' | 'file-changed' | 'settings';

interface CacheEntry {
  key: string;
  /** All of the settings the snapshot carries. */
  settingsKey: string;
  snapshot: Promise<ArticleSnapshot | null>;
  /**
   * For an editor's text: the snapshot as soon as its analysis is made, before its cross-source facts
   * (for highlights); it resolves with `snapshot` when that comes first.
   */
  early?: Promise<ArticleSnapshot | null>;
}

/** How many characters of an editor's text are checked for binary content. */
const BINARY_PROBE_CHARS = 8192;

export class ArticleStore {
  private readonly cache = new Map<string, CacheEntry>();
  /** The file's snapshot of each article when it was opened, until its first analysis as a document. */
  private readonly onDisk = new Map<string, CacheEntry>();
  /** Per open file: the disk file's UTF-8 warning, read only when the editor text shows U+FFFD. */
  private readonly encodingChecks = new Map<string, Promise<string | undefined>>();
  private readonly listeners = new Set<(uri: string, reason: ChangeReason) => void>();
  /** Texts analysed on the pool and texts read back from the analysis cache, since the start. */
  readonly analysisCounts: { readonly analysed: number; readonly cached: number };

  /** The workspace's articles are read: the analysis workers beyond the first stop now (see Analyser). */
  releaseIdleWorkers(): void {
    this.analyser.releaseIdleWorkers();
  }

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly folders: WorkspaceFolders,
    private readonly connection: Connection,
    private readonly analyser: Analyser,
  ) {
    this.analysisCounts = analyser.counts;
    // TextDocuments fires onDidChangeContent right after onDidOpen for the same document; only
    // real edits should count as 'edited' (diagnostics are debounced for edits, not for opening).
    const opening = new Set<string>();
    documents.onDidOpen((e) => {
      opening.add(e.document.uri);
      this.documentEvent(e.document.uri, 'opened');
    });
    documents.onDidChangeContent((e) => {
      if (!opening.delete(e.document.uri)) this.documentEvent(e.document.uri, 'edited');
    });
    documents.onDidClose((e) => {
      opening.delete(e.document.uri);
      this.documentEvent(e.document.uri, 'closed');
    });
    documents.onDidSave((e) => this.fileChanged(e.document.uri));
  }

  /**
   * The analysis of the article at `uri`: the open document's current text if it is open, the file
   * on disk otherwise. Null when the document is not an article (disabled, excluded by the globs,
   * not a file) or the file is gone. Never rejects.
   */
  async get(uri: string): Promise<ArticleSnapshot | null> {
    return (await this.entry(uri)).snapshot;
  }

  /**
   * get() for what reads only the text and its analysis (semantic tokens): an editor's new text is
   * answered as soon as its analysis is made, without waiting for its cross-source facts.
   */
  async getAnalysed(uri: string): Promise<ArticleSnapshot | null> {
    const e = await this.entry(uri);
    return e.early ?? e.snapshot;
  }

  private async entry(uri: string): Promise<CacheEntry> {
    // Keyed on the settings' content, not on when they were last read: re-reading unchanged settings
    // (every workspace/didChangeConfiguration) must not re-analyse the whole corpus.
    // Only the settings that decide what is analysed are in the key; a change of the others (severity,
    // story threshold, diagnostics scope) gives the same analysis with the new settings attached.
    const settings = await this.settings.get(uri);
    const { analysisKey, fullKey } = keysOf(settings);
    const doc = this.documents.get(uri);
    // The workspace folders decide which globs match (paths are relative to them).
    const where = this.folders.uris.join('\n');
    const key = doc ? `editor:${doc.version}:${analysisKey}:${where}` : `disk:${analysisKey}:${where}`;
    const cached = this.cache.get(uri);
    if (cached && cached.key === key) {
      if (cached.settingsKey === fullKey) return cached;
      const snapshot = cached.snapshot.then((s) => (s ? { ...s, settings } : s));
      const entry = { key, settingsKey: fullKey, snapshot };
      this.cache.set(uri, entry);
      return entry;
    }
    let analysed: (s: ArticleSnapshot | null) => void = () => undefined;
    const early = doc ? new Promise<ArticleSnapshot | null>((resolve) => (analysed = resolve)) : undefined;
    const snapshot = (doc ? this.fromEditor(doc, analysed) : this.fromDisk(uri)).catch((err: unknown) => {
      this.connection.console.error(`NewsLens: analysing ${uri} failed: ${errorText(err)}`);
      return null;
    });
    void snapshot.then(analysed);
    const entry: CacheEntry = { key, settingsKey: fullKey, snapshot };
    if (early) entry.early = early;
    this.cache.set(uri, entry);
    return entry;
  }

  /** Whether the document is an article, without analysing it. */
  async isArticle(uri: string): Promise<boolean> {
    const settings = await this.settings.get(uri);
    return isArticle(uri, this.documents.get(uri)?.languageId, settings, this.folders);
  }

  /** Listens for anything that may change the analysis of a URI. */
  onDidChange(listener: (uri: string, reason: ChangeReason) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The editor opened, edited or closed a document. */
  private documentEvent(uri: string, reason: 'opened' | 'edited' | 'closed'): void {
    if (reason === 'opened') {
      // The file's analysis serves the opened document while their texts are the same (see fromEditor).
      const disk = this.cache.get(uri);
      if (disk?.key.startsWith('disk:')) this.onDisk.set(uri, disk);
    } else if (reason === 'closed') {
      this.onDisk.delete(uri); // opened and closed before its first analysis as a document
    }
    if (reason !== 'edited') {
      this.cache.delete(uri);
      this.encodingChecks.delete(uri);
    }
    if (reason === 'closed') this.settings.forget(uri);
    this.fire(uri, reason);
  }

  /** The file at `uri` changed, appeared or vanished on disk (workspace/didChangeWatchedFiles). */
  fileChanged(uri: string): void {
    this.encodingChecks.delete(uri);
    if (!this.documents.get(uri)) this.cache.delete(uri);
    this.fire(uri, 'file-changed');
  }

  /** Settings changed: every cached analysis may be stale (the keys include the settings that matter). */
  settingsChanged(): void {
    const uris = new Set([...this.cache.keys(), ...this.documents.keys()]);
    for (const uri of uris) this.fire(uri, 'settings');
  }

  private fire(uri: string, reason: ChangeReason): void {
    for (const l of this.listeners) {
      try {
        l(uri, reason);
      } catch (err) {
        this.connection.console.error(`NewsLens: change listener failed: ${errorText(err)}`);
      }
    }
  }

  private async fromEditor(doc: TextDocument, analysed: (s: ArticleSnapshot) => void): Promise<ArticleSnapshot | null> {
    const settings = await this.settings.get(doc.uri);
    if (!isArticle(doc.uri, doc.languageId, settings, this.folders)) return null;
    // Read the document only after the await, so the text and version belong together.
    const version = doc.version;
    const text = doc.getText();
    const lines = lineIndexForDocument(doc);
    const base = { uri: doc.uri, source: 'editor' as const, version, text, lines, settings };

    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > settings.maxFileSize) {
      return { ...base, analysis: unanalysed(text, 'too-large', tooLargeMessage(bytes, settings.maxFileSize)) };
    }
    if (looksBinary(Buffer.from(text.slice(0, BINARY_PROBE_CHARS), 'utf8'))) {
      return { ...base, analysis: unanalysed(text, 'binary', 'binary content, not an article: not analysed') };
    }
    const same = await this.sameOnDisk(doc.uri, text, keysOf(settings).analysisKey);
    if (same) {
      // Opening an article leaves its analysis as it was (so its story is not checked again); its worker
      // still tags its paragraphs in the background, for the first edit.
      this.analyser.prepareEdits(text, doc.uri);
      return withWires({ ...base, analysis: same.analysis }, same);
    }
    const result = await this.analyser.analyse(text, { uri: doc.uri, open: true, onAnalysis: (a) => analysed({ ...base, analysis: a }) });
    const analysis = result.analysis;
    // VS Code shows undecodable bytes as U+FFFD; only then is the file on disk worth a look.
    const replacement = text.indexOf('\uFFFD');
    if (replacement >= 0) {
      const warning = await this.encodingWarning(doc.uri, settings.maxFileSize);
      if (warning) analysis.problems.push(fileProblem('invalid-utf8', `The file is ${warning}`, replacement, replacement + 1));
    }
    return withWires({ ...base, analysis }, result);
  }

  /**
   * The file's snapshot of an article just opened, when the document's text is the file's, with the same
   * analysis settings and no problem of the file's own bytes; each is used once.
   */
  private async sameOnDisk(uri: string, text: string, analysisKey: string): Promise<ArticleSnapshot | undefined> {
    const disk = this.onDisk.get(uri);
    this.onDisk.delete(uri);
    if (!disk?.key.startsWith(`disk:${analysisKey}:`)) return undefined;
    const snap = await disk.snapshot;
    if (!snap || snap.text !== text || snap.analysis.problems.some((p) => p.code === 'invalid-utf8' || p.code === 'analysis-stopped')) return undefined;
    return snap;
  }

  private async fromDisk(uri: string): Promise<ArticleSnapshot | null> {
    const settings = await this.settings.get(uri);
    if (!isArticle(uri, undefined, settings, this.folders)) return null;
    const path = uriToPath(uri);
    if (path === undefined) return null;
    const read = await readArticle(path, settings.maxFileSize);
    const base = { uri, source: 'disk' as const, settings };
    if (!read.ok) {
      if (read.reason !== 'binary' && read.reason !== 'too-large') return null;
      return { ...base, text: '', lines: LineIndex.fromText(''), analysis: unanalysed('', read.reason, read.message) };
    }
    const analysed = await this.analyser.analyse(read.text, { uri, open: false });
    const analysis = analysed.analysis;
    if (read.warning) {
      const at = Math.max(0, read.text.indexOf('\uFFFD'));
      analysis.problems.push(fileProblem('invalid-utf8', `The file is ${read.warning}`, at, Math.min(at + 1, read.text.length)));
    }
    return withWires({ ...base, text: read.text, lines: LineIndex.fromText(read.text), analysis }, analysed);
  }

  private encodingWarning(uri: string, maxBytes: number): Promise<string | undefined> {
    let p = this.encodingChecks.get(uri);
    if (!p) {
      const path = uriToPath(uri);
      p = path === undefined ? Promise.resolve(undefined) : readArticle(path, maxBytes).then((r) => (r.ok ? r.warning : undefined));
      this.encodingChecks.set(uri, p);
    }
    return p;
  }
}

const settingsKeys = new WeakMap<NewsLensSettings, { analysisKey: string; fullKey: string }>();

function keysOf(settings: NewsLensSettings): { analysisKey: string; fullKey: string } {
  let k = settingsKeys.get(settings);
  if (k === undefined) {
    k = {
      analysisKey: JSON.stringify([settings.enable, settings.files, settings.maxFileSize]),
      fullKey: JSON.stringify(settings),
    };
    settingsKeys.set(settings, k);
  }
  return k;
}

function unanalysed(text: string, code: Problem['code'], message: string): ArticleAnalysis {
  return {
    length: text.length,
    paragraphs: [],
    sentences: [],
    entities: [],
    figures: [],
    quotes: [],
    problems: [fileProblem(code, message, 0, 0)],
  };
}

function fileProblem(code: Problem['code'], message: string, start: number, end: number): Problem {
  return { code, severity: code === 'binary' ? 'information' : 'warning', message, start, end };
}

function tooLargeMessage(bytes: number, max: number): string {
  return `${formatBytes(bytes)} is over the ${formatBytes(max)} limit for an article (newslens.maxFileSize): not analysed`;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/** The snapshot with the facts and features the analysis came with (a snapshot never holds `undefined` for them). */
function withWires(snap: ArticleSnapshot, from: { facts?: FactsSource; features?: FeaturesWire }): ArticleSnapshot {
  if (from.facts !== undefined) snap.facts = from.facts;
  if (from.features !== undefined) snap.features = from.features;
  return snap;
}
