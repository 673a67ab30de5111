// Diagnostics: each article's own problems (unbalanced quotes, unattributed speech, ...) plus the
// cross-source findings of its story, pushed with textDocument/publishDiagnostics for every article of
// the corpus, open or not (`newslens.diagnostics.scope`: 'workspace', the default, or 'openFiles').
// Republished only for the articles the corpus reports as changed, and only when the list differs;
// cleared for articles that leave the corpus, fall out of scope or are fixed.
// `source` is always "NewsLens", `code` the check id with a codeDescription link to its documentation,
// relatedInformation points at the exact spans in the other articles; `data` carries the finding's
// ledger key for the code actions. Severity: `newslens.severity.<check-id>` per resource ('off' drops it).

import { DiagnosticSeverity, type Connection, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { CHECK_INFO } from './analysis/cross/checks/index';
import type { Finding } from './analysis/cross/types';
import type { Problem } from './analysis/types';
import { editorDocUrl } from './checkDocs';
import { EDIT_DEBOUNCE_MS, type CorpusIndex, type CorpusUpdate } from './corpus';
import { errorText, type ArticleSnapshot, type ArticleStore } from './documents';
import type { SeverityName, SeveritySetting } from './settings';

export const DIAGNOSTIC_SOURCE = 'NewsLens';
/** Articles published before the event loop gets a turn (hovers wait for no more than this). */
const PUBLISH_BATCH = 50;

const CHECK_IDS: ReadonlySet<string> = new Set(CHECK_INFO.map((c) => c.id));

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a NewsLens diagnostic carries in `data`, for code actions. */
export interface FindingData {
  key: string;
  check: string;
  fact?: string;
  values?: string[];
  /** The finding's and its fact's identity without the fact's label (recorded with a decision; see ledger.ts). */
  fingerprint?: string;
  factFingerprint?: string;
}

export function severityFor(setting: SeveritySetting | undefined, fallback: SeverityName): SeverityName | undefined {
  if (setting === 'off') return undefined;
  return setting ?? fallback;
}

/** The diagnostics of one article: its own problems, then the findings about it. */
export function toDiagnostics(snapshot: ArticleSnapshot, findings: readonly Finding[] = [], corpus?: CorpusIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // For an article the engine checked, problems that are registered checks come from the engine
  // (which may judge them in the story's context, exactly as the CLI does); the others (binary,
  // too-large, invalid UTF-8, ...) from the analysis.
  const checked = corpus?.snapshot(snapshot.uri) === snapshot;
  for (const p of snapshot.analysis.problems) {
    if (checked && CHECK_IDS.has(p.code)) continue;
    const severity = severityFor(snapshot.settings.severity[p.code], p.severity);
    if (severity) out.push(problemDiagnostic(snapshot, p, severity));
  }
  for (const f of findings) {
    const severity = severityFor(snapshot.settings.severity[f.check], f.severity);
    if (severity) out.push(findingDiagnostic(snapshot, f, severity, corpus));
  }
  return out;
}

function problemDiagnostic(snapshot: ArticleSnapshot, p: Problem, severity: SeverityName): Diagnostic {
  return {
    range: snapshot.lines.rangeOf(p),
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: p.code,
    codeDescription: { href: editorDocUrl(p.code) },
    message: p.message,
  };
}

function findingDiagnostic(snapshot: ArticleSnapshot, f: Finding, severity: SeverityName, corpus?: CorpusIndex): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of f.related) {
    const lines = r.location.article === snapshot.uri ? snapshot.lines : corpus?.lines(r.location.article);
    if (!lines) continue;
    related.push({ location: { uri: r.location.article, range: lines.rangeOf(r.location.span) }, message: r.message });
  }
  const data: FindingData = { key: f.key, check: f.check };
  if (f.fact !== undefined) data.fact = f.fact;
  if (f.values?.length) data.values = f.values;
  if (f.fingerprint) data.fingerprint = f.fingerprint;
  if (f.factFingerprint) data.factFingerprint = f.factFingerprint;
  const d: Diagnostic = {
    range: snapshot.lines.rangeOf(f.location.span),
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.check,
    codeDescription: { href: editorDocUrl(f.check) },
    message: f.message,
    data,
  };
  if (related.length) d.relatedInformation = related;
  return d;
}

/** Publishes and clears diagnostics as the corpus reports changes. */
export class DiagnosticsPublisher {
  /** URI → the JSON of what was last published, so unchanged lists are not resent. */
  private readonly published = new Map<string, string>();
  private chain: Promise<void> = Promise.resolve();
  private readonly early = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly store: ArticleStore,
    private readonly corpus: CorpusIndex,
  ) {
    corpus.onDidUpdate((u: CorpusUpdate) => void this.refresh(u.articles));
    // While the workspace is indexed (minutes for a large one), open articles get their own problems
    // straight away; the story's findings follow when the index is ready.
    store.onDidChange((uri, reason) => {
      if (!corpus.scanning || reason === 'settings' || !store.documents.get(uri)) return;
      const old = this.early.get(uri);
      if (old) clearTimeout(old);
      this.early.set(
        uri,
        setTimeout(() => {
          this.early.delete(uri);
          if (corpus.scanning) void this.refresh([uri], true);
        }, reason === 'edited' ? EDIT_DEBOUNCE_MS : 0),
      );
    });
  }

  /** Republishes everything (settings changed). */
  refreshAll(): Promise<void> {
    return this.refresh([...this.published.keys(), ...this.corpus.allArticles.keys(), ...this.store.documents.keys()]);
  }

  refresh(uris: Iterable<string>, fromStore = false): Promise<void> {
    const list = [...new Set(uris)];
    this.chain = this.chain.then(async () => {
      for (let i = 0; i < list.length; i++) {
        const uri = list[i]!;
        try {
          await this.publish(uri, fromStore);
        } catch (err) {
          this.connection.console.error(`NewsLens: diagnostics for ${uri} failed: ${errorText(err)}`);
        }
        // Thousands of articles are published after an index: let requests in between.
        if (i % PUBLISH_BATCH === PUBLISH_BATCH - 1) await new Promise((r) => setImmediate(r));
      }
    });
    return this.chain;
  }

  private async publish(uri: string, fromStore: boolean): Promise<void> {
    const doc = this.store.documents.get(uri);
    let snapshot: ArticleSnapshot | null | undefined = fromStore ? undefined : this.corpus.snapshot(uri);
    if (!snapshot && doc) snapshot = await this.store.get(uri);
    if (!snapshot || (!doc && snapshot.settings.diagnostics.scope === 'openFiles')) {
      this.clear(uri);
      return;
    }
    // The editor moved on since this text was analysed: the debounced update will publish again.
    if (doc && snapshot.source === 'editor' && snapshot.version !== doc.version) return;
    // Findings only with the text they were computed on.
    const findings = this.corpus.snapshot(uri) === snapshot ? this.corpus.findingsOf(uri) : [];
    const diagnostics = toDiagnostics(snapshot, findings, this.corpus);
    const json = JSON.stringify(diagnostics);
    // An empty list is published once too: it tells the client the article was checked and is clean.
    if (this.published.get(uri) === json) return;
    this.published.set(uri, json);
    const params: { uri: string; diagnostics: Diagnostic[]; version?: number } = { uri, diagnostics };
    if (doc && snapshot.source === 'editor' && snapshot.version !== undefined) params.version = snapshot.version;
    void this.connection.sendDiagnostics(params);
  }

  private clear(uri: string): void {
    if (!this.published.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
