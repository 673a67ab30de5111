// The story report: a webview panel fed by newslens/storyReport, and its Markdown/JSON export.
// The page is built by reportHtml.ts (pure, unit tested); this file owns the panel's life, the
// messages from media/report.js and the export commands. The page is rendered once; later changes of
// the story replace its content in place, so a reader's scroll position survives opening a passage. The webview can only ask to open a link by
// its index into the table the HTML was rendered with: it never hands the extension a URL.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Location, StoryReportResult } from '../../server/src/protocol';
import { articleUri, revealLocation, type NewsLensConnection } from './connection';
import { pickExportTarget, slug, writeExport } from './exportLocation';
import { baseName } from './factSheetUri';
import { reportJson, reportMarkdown } from './reportExport';
import { renderReportHtml } from './reportHtml';

type FromWebview =
  | { type: 'open'; link: number }
  | { type: 'refresh' }
  | { type: 'export'; format: 'markdown' | 'json' };

function parseMessage(m: unknown): FromWebview | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const r = m as Record<string, unknown>;
  if (r['type'] === 'open' && typeof r['link'] === 'number' && Number.isInteger(r['link'])) return { type: 'open', link: r['link'] };
  if (r['type'] === 'refresh') return { type: 'refresh' };
  if (r['type'] === 'export' && (r['format'] === 'markdown' || r['format'] === 'json')) return { type: 'export', format: r['format'] };
  return undefined;
}

export class StoryReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private report: StoryReportResult | null = null;
  /** What the open page shows, to tell a real change from a refresh that brings the same report. */
  private shown: string | undefined;
  private links: Location[] = [];
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: NewsLensConnection,
  ) {
    this.disposables.push(server.onDidChangeStories(() => void this.refresh()));
  }

  /** Shows the report of the story `arg` (or the active article) belongs to. */
  async show(arg?: unknown): Promise<void> {
    const uri = articleUri(arg) ?? this.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('NewsLens: open an article to see the report of its story.');
      return;
    }
    this.uri = uri;
    if (!this.panel) this.panel = this.createPanel();
    else this.panel.reveal(undefined, false);
    await this.refresh();
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      'newslens.storyReport',
      'NewsLens: Story Report',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      // The page is kept while hidden (another editor in front of it), so it comes back where the reader left it.
      { enableScripts: true, enableCommandUris: false, enableForms: false, localResourceRoots: [media], retainContextWhenHidden: true },
    );
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'images', 'icon.png');
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.shown = undefined;
      this.links = [];
    });
    panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m));
    return panel;
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parseMessage(raw);
    if (!m) return;
    if (m.type === 'open') {
      const location = this.links[m.link];
      if (!location) return;
      const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
      try {
        await revealLocation(location, column);
      } catch (err) {
        this.server.report(`Opening ${baseName(location.uri)}`, err);
      }
    } else if (m.type === 'refresh') {
      await this.refresh();
    } else {
      await exportReport(this.server, m.format, this.uri, this.report);
    }
  }

  /** Fetches the report again and re-renders the panel (if it is open). */
  async refresh(): Promise<void> {
    const panel = this.panel;
    const uri = this.uri;
    if (!panel || !uri) return;
    const generation = ++this.generation;
    let report: StoryReportResult | null = null;
    let message: string | undefined;
    try {
      report = await this.server.storyReport({ uri: uri.toString() });
    } catch (err) {
      this.server.report('Building the story report', err, true);
      message = 'NewsLens could not build the report; see the NewsLens output for details.';
    }
    if (generation !== this.generation || panel !== this.panel) return; // a newer refresh is under way
    this.report = report;
    // Opening a passage makes the server re-read the story; when nothing changed, the page stays as it is.
    const key = JSON.stringify({ uri: uri.toString(), report, message });
    if (key === this.shown) return;
    const webview = panel.webview;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const rendered = renderReportHtml(
      report,
      {
        cspSource: webview.cspSource,
        nonce: randomBytes(18).toString('base64'),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css')).toString(),
      },
      { article: baseName(uri.toString()), ...(message ? { message } : {}) },
    );
    panel.title = report?.story ? `Story: ${truncate(report.story.label, 40)}` : 'NewsLens: Story Report';
    // A page already showing a report gets the new content in place (it keeps its scroll position);
    // a new page, or one whose update cannot be delivered, is rendered whole.
    const update = this.shown !== undefined;
    this.links = rendered.links;
    this.shown = key;
    const delivered = update && (await webview.postMessage({ type: 'update', body: rendered.body }));
    if (!delivered && generation === this.generation && panel === this.panel) webview.html = rendered.html;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** Saves the story report of `uri` (or the active article) as Markdown or JSON. */
export async function exportReport(
  server: NewsLensConnection,
  format: 'markdown' | 'json',
  uriArg?: unknown,
  known?: StoryReportResult | null,
): Promise<void> {
  const uri = articleUri(uriArg);
  let report = known ?? null;
  if (!report) {
    if (!uri) {
      void vscode.window.showInformationMessage('NewsLens: open an article to export the report of its story.');
      return;
    }
    try {
      report = await server.storyReport({ uri: uri.toString() });
    } catch (err) {
      server.report('Building the story report', err);
      return;
    }
  }
  if (!report.story) {
    void vscode.window.showInformationMessage('NewsLens: this article is not part of a story with other sources.');
    return;
  }
  const ext = format === 'markdown' ? 'md' : 'json';
  const target = await pickExportTarget(uri, `story-report-${slug(report.story.label)}.${ext}`, {
    title: `Export story report as ${format === 'markdown' ? 'Markdown' : 'JSON'}`,
    filters: format === 'markdown' ? { Markdown: ['md'] } : { JSON: ['json'] },
  });
  if (!target) return;
  const text = format === 'markdown' ? reportMarkdown(report) : reportJson(report);
  await writeExport(target, text, 'story report', (what, err) => server.report(what, err));
}
