// Diagnostics: the analysis's problems for each open article, pushed with textDocument/publishDiagnostics.
// Published soon after a document opens, 150 ms after the last edit, again when settings or the file
// on disk change, and cleared when the document closes or stops being an article.
// `source` is always "NewsLens" and `code` the problem's code; the severity comes from the analysis
// unless the settings override it for that code ("off" drops the problem).

import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Problem } from './analysis/types';
import { errorText, type ArticleSnapshot, type ArticleStore } from './documents';
import type { SeverityName } from './settings';

export const DIAGNOSTIC_SOURCE = 'NewsLens';
export const EDIT_DELAY_MS = 150;

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostics for one article snapshot. */
export function toDiagnostics(snapshot: ArticleSnapshot): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of snapshot.analysis.problems) {
    const setting = snapshot.settings.problemSeverity[p.code];
    if (setting === 'off') continue;
    out.push(toDiagnostic(snapshot, p, setting ?? p.severity));
  }
  return out;
}

function toDiagnostic(snapshot: ArticleSnapshot, p: Problem, severity: SeverityName): Diagnostic {
  return {
    range: snapshot.lines.rangeOf(p),
    severity: SEVERITY[severity] ?? DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: p.code,
    message: p.message,
  };
}

/** Schedules, publishes and clears diagnostics for open documents as the store reports changes. */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** URIs that currently have diagnostics published, so closing or excluding clears them once. */
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly store: ArticleStore,
  ) {
    store.onDidChange((uri, reason) => {
      if (reason === 'closed') this.clear(uri);
      else if (store.documents.get(uri)) this.schedule(uri, reason === 'edited' ? EDIT_DELAY_MS : 0);
    });
  }

  schedule(uri: string, delay: number): void {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri).catch((err: unknown) =>
          this.connection.console.error(`NewsLens: diagnostics for ${uri} failed: ${errorText(err)}`),
        );
      }, delay),
    );
  }

  clear(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(uri: string): Promise<void> {
    const doc = this.store.documents.get(uri);
    if (!doc) return;
    const snapshot = await this.store.get(uri);
    const now = this.store.documents.get(uri);
    // The document was closed or edited while it was analysed: a later publish takes care of it.
    if (!now || now.version !== doc.version) return;
    if (!snapshot) {
      this.clear(uri);
      return;
    }
    // An empty list is published too: it tells the client the article was checked and is clean.
    this.published.add(uri);
    void this.connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics: toDiagnostics(snapshot) });
  }
}
