// The corpus index: every article of the workspace, analysed once per version and fed to the
// cross-source engine, which groups them into stories and checks each story.
//
// Sources of truth: the workspace folders are walked at start (and again when folders or settings
// change) for files the include/exclude settings accept; the ArticleStore supplies each article's text
// (an open editor's unsaved text wins over the disk) and analysis. Afterwards only what changes is
// redone: an edit (debounced), an open or close, or a watched-file event re-analyses that one article
// and upserts it; the engine then re-checks only the stories whose members changed. Renames arrive as
// delete + create. Updates run one at a time; after each, listeners learn which articles changed and
// whether the story grouping changed, and diagnostics are republished only where something differs.
//
// Every URI here is canonical (uris.ts): server.ts canonicalises what the client sends, and the walk
// builds URIs with pathToFileURL, which is the canonical spelling. One file, one URI.

import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { CorpusEngine } from './analysis/cross/engine';
import { notRegularMessage } from './articleFile';
import { sameLedger } from './analysis/cross/ledger';
import type { CheckFailure, CorpusOptions, CorpusResult, Finding, Ledger, SourceArticle, StoryResult } from './analysis/cross/types';
import { errorText, type ArticleSnapshot, type ArticleStore, type ChangeReason } from './documents';
import { isArticle, uriToPath, type WorkspaceFolders } from './fileFilter';
import { FindingsSnapshot, snapshotKey, type Snapshot } from './findingsSnapshot';
import { checkFailureText } from './format';
import { emptyLedger, isLedgerPath, LedgerFiles } from './ledgerFile';
import type { LineIndex } from './positions';
import type { NewsLensSettings, SettingsStore } from './settings';

/** Quiet period after the last keystroke before an edited article is re-analysed and re-checked. */
export const EDIT_DEBOUNCE_MS = 200;
/** A walk stops after this many candidate files (a mis-opened home folder must not sink the server). */
const MAX_FILES = 20000;
/** Articles read and analysed at once (on the worker pool) while the workspace is indexed. */
const SCAN_WINDOW = 16;
/** The output channel lists at most this many stories, and link scores only for small stories. */
const LOG_STORIES = 40;
const LOG_LINKS_UP_TO = 6;

export interface CorpusUpdate {
  /** Articles whose text/analysis or findings may have changed (including removed ones). */
  articles: Set<string>;
  /** Articles that left the corpus. */
  removed: Set<string>;
  /** True when the story grouping changed. */
  storiesChanged: boolean;
  /** True when any finding changed. */
  findingsChanged: boolean;
}

export class CorpusIndex {
  private readonly engine: CorpusEngine;
  /** The snapshot of each article as the engine holds it (so positions always match the findings). */
  private readonly articles = new Map<string, ArticleSnapshot>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly dirty = new Set<string>();
  private chain: Promise<void> = Promise.resolve();
  private scanned: Promise<void> = Promise.resolve();
  private scans = 0;
  /** Articles (re-)analysed, for the index log line. */
  private analysedCount = 0;
  private result: CorpusResult = { stories: [], findings: [] };
  private readonly findingsByArticle = new Map<string, Finding[]>();
  private readonly storyByArticle = new Map<string, StoryResult>();
  private groupingKey = '';
  private readonly listeners = new Set<(u: CorpusUpdate) => void>();
  private readonly skipped = new Map<string, string>();
  /** Every folder's ledger, read and written through one queue per folder. */
  private readonly ledgerFiles = new LedgerFiles();
  private ledger: Ledger = emptyLedger();
  private threshold: number | undefined;
  /** Where the findings of the last full index are kept for the next session (the client's storage folder). */
  private snapshots: FindingsSnapshot | undefined;
  /** How many stories the last scan took from the findings snapshot instead of checking them again. */
  private seeded = 0;
  /** The options the engine was last given, as the snapshot key sees them. */
  private optionsKey: unknown = null;
  /** The snapshot being written, if any (shutdown waits for it). */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly store: ArticleStore,
    private readonly settings: SettingsStore,
    private readonly folders: WorkspaceFolders,
  ) {
    this.engine = new CorpusEngine({ onCheckError: (f) => this.checkFailed(f) });
    store.onDidChange((uri, reason) => this.documentChanged(uri, reason));
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** True while the workspace is being walked and analysed (results are those of before the scan). */
  get scanning(): boolean {
    return this.scans > 0;
  }

  /**
   * Resolves when every scheduled update (for `uri`: flushed now) is done. While a scan runs it does
   * not wait for it (a cold index of a large workspace takes long): callers get the current state.
   */
  async ready(uri?: string): Promise<void> {
    if (this.scanning) return;
    if (uri !== undefined) {
      const t = this.timers.get(uri);
      if (t) {
        clearTimeout(t);
        this.timers.delete(uri);
        this.enqueue([uri]);
      }
    }
    await this.chain;
  }


  snapshot(uri: string): ArticleSnapshot | undefined {
    return this.articles.get(uri);
  }

  lines(uri: string): LineIndex | undefined {
    return this.articles.get(uri)?.lines;
  }

  get allArticles(): ReadonlyMap<string, ArticleSnapshot> {
    return this.articles;
  }

  get current(): CorpusResult {
    return this.result;
  }

  storyOf(uri: string): StoryResult | undefined {
    return this.storyByArticle.get(uri);
  }

  findingsOf(uri: string): Finding[] {
    return this.findingsByArticle.get(uri) ?? [];
  }

  onDidUpdate(listener: (u: CorpusUpdate) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Resolves when the findings snapshot being written (if any) is on disk. */
  flush(): Promise<void> {
    return this.saving;
  }

  /** Whether the last session left a findings snapshot (of this workspace or another state of it). */
  hasSnapshot(): boolean {
    return this.snapshots?.exists() ?? false;
  }

  /** Keeps the findings of each full index in `dir` for the next session (undefined: nowhere). */
  useSnapshotsIn(dir: string | undefined): void {
    this.snapshots = dir !== undefined ? new FindingsSnapshot(dir, (m) => this.connection.console.log(m)) : undefined;
  }

  // ---- events ----------------------------------------------------------------------------------

  /** (Re)walks every workspace folder: at start, and when folders or settings change. */
  rescan(): Promise<void> {
    this.scans++;
    const run = this.scanned.then(() => this.scan()).finally(() => this.scans--);
    this.scanned = run.catch((err: unknown) => this.connection.console.error(`NewsLens: scanning failed: ${errorText(err)}`));
    return this.scanned;
  }

  private documentChanged(uri: string, reason: ChangeReason): void {
    if (reason === 'settings') return; // rescan() handles settings changes as a whole
    if (isLedgerPath(uriToPath(uri) ?? '')) return;
    this.schedule(uri, reason === 'edited' ? EDIT_DEBOUNCE_MS : 0);
  }

  /** A watched file changed: an article (the store has already been told) or a ledger. */
  fileChanged(uri: string): void {
    const path = uriToPath(uri);
    if (path !== undefined && isLedgerPath(path)) void this.reloadLedgers();
  }

  private schedule(uri: string, delay: number): void {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.enqueue([uri]);
      }, delay),
    );
  }

  private enqueue(uris: Iterable<string>): Promise<void> {
    for (const u of uris) this.dirty.add(u);
    this.chain = this.chain
      .then(() => this.scanned)
      .then(() => this.process())
      .catch((err: unknown) => this.connection.console.error(`NewsLens: updating the corpus failed: ${errorText(err)}`));
    return this.chain;
  }

  // ---- work ------------------------------------------------------------------------------------

  private async scan(): Promise<void> {
    const started = Date.now();
    const analysedBefore = this.analysedCount;
    const counts = { ...this.store.analysisCounts };
    const candidates = new Set<string>();
    for (const folder of this.folders.entries) {
      const settings = await this.settings.get(folder.uri);
      if (!settings.enable) continue;
      await this.walk(folder.path, settings, candidates);
    }
    // Open documents are articles too, wherever they live.
    for (const uri of this.store.documents.keys()) candidates.add(uri);
    // Articles that are no longer candidates (excluded, folder removed, deleted) leave the corpus.
    const stale = [...this.articles.keys()].filter((u) => !candidates.has(u));
    await this.reloadLedgers(false);
    await this.applyOptions();
    this.dirty.clear();
    // Open documents first, so they are ready first.
    const open = [...candidates].filter((u) => this.store.documents.get(u));
    const closed = [...candidates].filter((u) => !this.store.documents.get(u));
    await this.update([...open, ...closed, ...stale], true);
    const stories = this.result.stories.filter((s) => s.story.articles.length > 1).length;
    const changed = this.analysedCount - analysedBefore;
    const cached = this.store.analysisCounts.cached - counts.cached;
    // "957 new or changed (12 analysed, 945 from the analysis cache)": what the index had to do.
    const how = cached > 0 ? ` (${Math.max(0, changed - cached)} analysed, ${cached} from the analysis cache)` : ` (${changed} analysed)`;
    const seeded = this.seeded > 0 ? `, ${this.seeded} as the last session checked them` : '';
    this.seeded = 0;
    this.connection.console.log(
      `NewsLens: indexed ${this.articles.size} article${this.articles.size === 1 ? '' : 's'}${how} in ${Date.now() - started} ms; ${stories} stor${stories === 1 ? 'y' : 'ies'} with several sources${seeded}`,
    );
    setImmediate(() => this.prepareStories());
  }

  /**
   * After an index, while nothing waits: works out the pair scores of a grouping taken from the last
   * session (the first edit's regrouping starts from them), and the entities and facts of the stories of the open
   * articles (the user hovers and edits there next), or of the largest story when none is open. Stories
   * taken from the last session have not been aligned in this process yet, and the first alignment also
   * compiles the code that does it: done now, the first hover or edit does not wait for it.
   */
  private prepareStories(): void {
    this.engine.prepare();
    const open = [...this.store.documents.keys()].map((u) => this.storyByArticle.get(u));
    const largest = [...this.storyByArticle.values()].reduce<StoryResult | undefined>((a, b) => (!a || b.story.articles.length > a.story.articles.length ? b : a), undefined);
    const stories = new Set(open.some(Boolean) ? open : [largest]);
    for (const s of stories) if (s && s.story.articles.length > 1) void s.facts;
  }

  private async walk(root: string, settings: NewsLensSettings, out: Set<string>): Promise<void> {
    const stack = [root];
    while (stack.length) {
      const dir = stack.pop()!;
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch (err) {
        this.connection.console.warn(`NewsLens: cannot list ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
        continue;
      }
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = `${dir}/${e.name}`;
        const uri = pathToFileURL(path).href;
        if (e.isDirectory()) {
          // A folder whose contents every exclude glob rules out is not entered at all.
          if (!isArticle(`${uri}/x.news`, 'news', settings, this.folders)) continue;
          stack.push(path);
        } else if (e.isFile()) {
          if (!isArticle(uri, undefined, settings, this.folders)) continue;
          if (out.size >= MAX_FILES) {
            this.connection.console.warn(`NewsLens: more than ${MAX_FILES} article files; the rest of ${root} is not indexed`);
            return;
          }
          out.add(uri);
        } else if (!e.isSymbolicLink() && isArticle(uri, undefined, settings, this.folders)) {
          // A FIFO, device or socket named like an article is never opened: it could block or never end.
          this.connection.console.log(`NewsLens: skipped ${displayPath(uri, this.folders)}: ${notRegularMessage(e)}`);
        }
      }
    }
  }

  private async process(): Promise<void> {
    if (this.dirty.size === 0) return;
    const uris = [...this.dirty];
    this.dirty.clear();
    await this.update(uris, false);
  }

  /**
   * Re-reads the given articles, upserts or removes them, re-checks, and tells the listeners. Several
   * articles are read and analysed at once (the pool's workers run in parallel); they enter the engine in
   * the order given, so the result does not depend on which analysis finished first.
   */
  private async update(uris: string[], scanning: boolean): Promise<void> {
    const changed = new Set<string>();
    const removed = new Set<string>();
    const inFlight: Array<Promise<ArticleSnapshot | null>> = [];
    // On the first scan, while every article so far comes from the analysis cache, articles enter the
    // engine only once all are read: if the workspace is as it was, the last session's findings are
    // shown before the stories are checked again. Once any article needs analysing, they enter as read.
    const snapshots = scanning && this.result.stories.length === 0 ? this.snapshots : undefined;
    const analysedBefore = this.store.analysisCounts.analysed;
    let deferred: string[] | undefined = snapshots ? [] : undefined;
    let next = 0;
    for (let i = 0; i < uris.length; i++) {
      while (next < uris.length && inFlight.length < SCAN_WINDOW) inFlight.push(this.read(uris[next++]!));
      const snap = await inFlight.shift()!;
      // Answers computed meanwhile (the opened article's highlights, waiting on the same analysis) are
      // written out before a batch of this work, which can hold the thread for a while.
      if (scanning && i % 8 === 0) await afterPendingWrites();
      if (deferred && this.store.analysisCounts.analysed !== analysedBefore) deferred = await this.enter(deferred);
      this.apply(uris[i]!, snap, changed, removed, deferred);
    }
    // A scan that analysed articles is over with them: the extra workers give their memory back before
    // the cross-source checks need memory of their own (they start again for the next burst).
    if (scanning && this.store.analysisCounts.analysed !== analysedBefore) this.store.releaseIdleWorkers();
    const key = snapshots ? this.snapshotKey() : undefined;
    const restored = snapshots && key && deferred ? await this.restore(snapshots, key) : undefined;
    if (deferred) await this.enter(deferred);
    // Stories that group as they did take their findings from the snapshot instead of being checked again.
    if (restored) this.seeded = this.engine.seed(restored.stories);
    await this.recompute(changed, removed);
    if (snapshots && key) this.saving = snapshots.save(key, { findings: this.result.findings, stories: this.engine.checkedStories() });
  }

  /** Puts articles read earlier into the engine, giving way to requests now and then. */
  private async enter(uris: string[]): Promise<undefined> {
    for (let i = 0; i < uris.length; i++) {
      const snap = this.articles.get(uris[i]!);
      if (snap) this.add(uris[i]!, snap);
      if (i % 16 === 15) await new Promise((r) => setImmediate(r));
    }
    return undefined;
  }

  /**
   * The key of the findings snapshot for the corpus as it stands, or undefined when an analysis was
   * stopped (its findings depend on how busy the machine was, not only on the texts).
   */
  private snapshotKey(): string | undefined {
    const all = [...this.articles];
    if (all.some(([, s]) => s.analysis.problems.some((p) => p.code === 'analysis-stopped'))) return undefined;
    return snapshotKey({ options: this.optionsKey, articles: all.map(([uri, s]) => ({ uri, text: s.text })) });
  }

  /** Shows the findings of the last session when the workspace is as it was then, and returns them. */
  private async restore(snapshots: FindingsSnapshot, key: string): Promise<Snapshot | undefined> {
    const snapshot = await snapshots.load(key);
    if (!snapshot) return undefined;
    for (const f of snapshot.findings) {
      const list = this.findingsByArticle.get(f.location.article);
      if (list) list.push(f);
      else this.findingsByArticle.set(f.location.article, [f]);
    }
    this.connection.console.log(`NewsLens: showing the findings of the last session for ${this.articles.size} unchanged articles`);
    this.notify({ articles: new Set(this.findingsByArticle.keys()), removed: new Set(), storiesChanged: false, findingsChanged: true });
    return snapshot;
  }

  /**
   * One article's new snapshot (or null: it is gone or not an article) into the engine; with `deferred`,
   * the engine is told later (the URI is added to it).
   */
  private apply(uri: string, snap: ArticleSnapshot | null, changed: Set<string>, removed: Set<string>, deferred?: string[]): void {
    const before = this.articles.get(uri);
    if (snap && analysable(snap)) {
      if (before === snap) return;
      if (before?.analysis !== snap.analysis) this.analysedCount++;
      if (deferred) {
        this.articles.set(uri, snap);
        this.skipped.delete(uri);
        deferred.push(uri);
      } else this.add(uri, snap);
      changed.add(uri);
      return;
    }
    if (snap) this.logSkip(uri, snap);
    if (before) {
      this.drop(uri);
      changed.add(uri);
      removed.add(uri);
    } else if (snap || this.store.documents.get(uri)) {
      changed.add(uri); // an open document that is not analysable still has its own problems
    }
  }

  private async read(uri: string): Promise<ArticleSnapshot | null> {
    const open = this.store.documents.get(uri) !== undefined;
    // A closed file outside every workspace folder is not part of the corpus.
    if (!open && (uri.startsWith('file:') ? this.folders.folderOf(uri) === undefined : true)) return null;
    return this.store.get(uri);
  }

  private add(uri: string, snap: ArticleSnapshot): void {
    this.articles.set(uri, snap);
    this.skipped.delete(uri);
    const article: SourceArticle = { id: uri, name: displayName(uri), text: snap.text, analysis: snap.analysis, facts: snap.facts, features: snap.features };
    this.engine.upsert(article);
    // The engine keeps the decoded facts and features; the plain-data copies would only double the memory.
    delete snap.facts;
    delete snap.features;
  }

  private drop(uri: string): void {
    this.engine.remove(uri);
    this.articles.delete(uri);
  }

  private logSkip(uri: string, snap: ArticleSnapshot): void {
    const p = snap.analysis.problems.find((x) => x.code === 'binary' || x.code === 'too-large');
    const message = p?.message ?? 'not analysed';
    if (this.skipped.get(uri) === message) return;
    this.skipped.set(uri, message);
    this.connection.console.log(`NewsLens: skipped ${displayPath(uri, this.folders)}: ${message}`);
  }

  /** Asks the engine for the new state and works out what changed. */
  private async recompute(changedArticles: Set<string>, removed: Set<string>): Promise<void> {
    // Stories are checked a few at a time, so hovers and highlights are answered in between.
    const result = await this.engine.resultAsync(() => new Promise((r) => setImmediate(r)));
    this.result = result;

    const byArticle = new Map<string, Finding[]>();
    for (const f of result.findings) {
      const list = byArticle.get(f.location.article);
      if (list) list.push(f);
      else byArticle.set(f.location.article, [f]);
    }
    let findingsChanged = false;
    const articles = new Set(changedArticles);
    for (const uri of new Set([...byArticle.keys(), ...this.findingsByArticle.keys()])) {
      const a = this.findingsByArticle.get(uri) ?? [];
      const b = byArticle.get(uri) ?? [];
      // The engine hands back the same Finding objects for stories it did not re-check.
      if (a.length !== b.length || a.some((f, i) => !sameFinding(f, b[i]!))) {
        articles.add(uri);
        findingsChanged = true;
      }
    }
    this.findingsByArticle.clear();
    for (const [k, v] of byArticle) this.findingsByArticle.set(k, v);

    this.storyByArticle.clear();
    for (const s of result.stories) for (const a of s.story.articles) this.storyByArticle.set(a, s);

    const groupingKey = result.stories
      .map((s) => s.story.articles.join('\n'))
      .sort()
      .join('\n\n');
    const storiesChanged = groupingKey !== this.groupingKey;
    if (storiesChanged) {
      this.groupingKey = groupingKey;
      this.logStories();
    }
    this.notify({ articles, removed, storiesChanged, findingsChanged });
  }

  private notify(update: CorpusUpdate): void {
    for (const l of this.listeners) {
      try {
        l(update);
      } catch (err) {
        this.connection.console.error(`NewsLens: corpus listener failed: ${errorText(err)}`);
      }
    }
  }

  private logStories(): void {
    const stories = this.result.stories;
    const lines = [`NewsLens: ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} in ${this.articles.size} articles:`];
    // Stories with several sources first, largest first; single articles only counted.
    const multi = stories.filter((s) => s.story.articles.length > 1).sort((a, b) => b.story.articles.length - a.story.articles.length);
    for (const s of multi.slice(0, LOG_STORIES)) {
      const names = s.story.articles.map((a) => displayPath(a, this.folders)).join(', ');
      const links =
        s.story.articles.length <= LOG_LINKS_UP_TO
          ? s.story.links.map((l) => `${displayName(l.a)}~${displayName(l.b)} ${l.score}${l.labels?.length ? ` (${l.labels.join(', ')})` : ''}`).join('; ')
          : '';
      lines.push(`  • ${s.story.label || s.story.id} (${s.story.articles.length}): ${names}${links ? ` [similarity and shared features: ${links}]` : ''}`);
    }
    if (multi.length > LOG_STORIES) lines.push(`  … and ${multi.length - LOG_STORIES} more stories with several sources`);
    const single = stories.length - multi.length;
    if (single) lines.push(`  ${single} article${single === 1 ? '' : 's'} with no other source`);
    this.connection.console.log(lines.join('\n'));
  }

  // ---- options and ledger ----------------------------------------------------------------------

  /** Story threshold from the (first) workspace folder's settings, and the merged ledger. */
  private async applyOptions(): Promise<void> {
    const first = this.folders.uris[0];
    const s = first !== undefined ? await this.settings.get(first) : undefined;
    this.threshold = s?.stories.threshold;
    const options: CorpusOptions = { ledger: this.ledger, onCheckError: (f) => this.checkFailed(f) };
    if (this.threshold !== undefined) options.storyThreshold = this.threshold;
    this.optionsKey = { ledger: this.ledger, storyThreshold: this.threshold ?? null };
    this.engine.setOptions(options);
  }

  /** A check threw on a story: its findings are missing, so the output channel says which and why. */
  private checkFailed(f: CheckFailure): void {
    this.connection.console.error(`NewsLens: ${checkFailureText(f)}`);
  }

  get currentLedger(): Ledger {
    return this.ledger;
  }

  /** Reads every folder's ledger; when `recheck`, re-checks and republishes if it changed. */
  async reloadLedgers(recheck = true): Promise<void> {
    const paths = this.folders.entries.map((f) => f.path);
    for (const path of paths) {
      const r = await this.ledgerFiles.load(path);
      if (!r.ok && !r.missing) this.connection.console.warn(`NewsLens: ${r.message}; ignoring it`);
    }
    const merged = this.ledgerFiles.merged(paths);
    if (sameLedger(merged, this.ledger)) return;
    this.ledger = merged;
    if (recheck) await this.recheckAll();
  }

  /** Records a decision in the ledger of the folder holding `uri` (or the first folder). */
  async editLedger(uri: string, edit: (l: Ledger) => void): Promise<string | undefined> {
    await this.ready();
    const folderUri = this.folders.folderOf(uri) ?? this.folders.uris[0];
    const folder = this.folders.entries.find((f) => f.uri === folderUri);
    if (!folder) return undefined;
    // Answers once the decision is on disk (the queue reads the file fresh, so hand edits are kept).
    const path = await this.ledgerFiles.update(folder.path, edit);
    this.ledger = this.ledgerFiles.merged(this.folders.entries.map((f) => f.path));
    await this.recheckAll();
    return path;
  }

  private recheckAll(): Promise<void> {
    const run = async (): Promise<void> => {
      await this.applyOptions();
      await this.recompute(new Set(), new Set());
    };
    this.chain = this.chain.then(run).catch((err: unknown) => this.connection.console.error(`NewsLens: re-checking failed: ${errorText(err)}`));
    return this.chain;
  }

  /** Settings changed: the threshold may differ and the include globs may take in other files. */
  settingsChanged(): Promise<void> {
    return this.rescan();
  }
}

/**
 * Resolves after the callbacks already queued with setImmediate have run, the protocol's writes among
 * them (vscode-jsonrpc writes through setImmediate): the second hop lands in the next turn of the loop.
 */
function afterPendingWrites(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

function analysable(s: ArticleSnapshot): boolean {
  return !s.analysis.problems.some((p) => (p.code === 'binary' || p.code === 'too-large') && p.start === 0 && p.end === 0);
}

function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  return (
    a.key === b.key &&
    a.check === b.check &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.location.article === b.location.article &&
    a.location.span.start === b.location.span.start &&
    a.location.span.end === b.location.span.end &&
    JSON.stringify(a.related) === JSON.stringify(b.related)
  );
}

/** The file name of a URI ("port-strike-gulf-wire.txt"), for messages and SourceArticle.name. */
export function displayName(uri: string): string {
  const path = uriToPath(uri);
  if (path !== undefined) return basename(path);
  const last = uri.split(/[/:]/).pop() ?? uri;
  try {
    return decodeURIComponent(last) || uri;
  } catch {
    return last || uri;
  }
}

/** A path relative to its workspace folder when it has one, for the output channel. */
export function displayPath(uri: string, folders: WorkspaceFolders): string {
  const path = uriToPath(uri);
  if (path === undefined) return uri;
  return folders.relative(path) ?? path;
}
