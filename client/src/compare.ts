// "Compare with Another Source…": pick another article of the story, then VS Code's diff editor on
// the two articles' fact sheets (or their sentence-aligned texts). The sheets are read-only virtual
// documents of the newslens-facts: scheme, laid out by the server so that a line diff marks only what
// differs (see FactSheetsResult); F12 or Ctrl+click on a line goes to where the fact stands.

import * as vscode from 'vscode';
import type { FactSheet, FactSheetsResult, Location, StoryArticle, StoryArticlesResult } from '../../server/src/protocol';
import { articleUri, toRange, type NewsLensConnection } from './connection';
import {
  FACTS_SCHEME,
  baseName,
  factSheetUri,
  pairKey,
  parseFactSheetQuery,
  type CompareMode,
  type FactSheetAddress,
} from './factSheetUri';

export class FactSheetProvider implements vscode.TextDocumentContentProvider, vscode.DefinitionProvider, vscode.HoverProvider, vscode.Disposable {
  private readonly cache = new Map<string, Promise<FactSheetsResult>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: NewsLensConnection) {}

  private sheets(address: FactSheetAddress): Promise<FactSheetsResult> {
    const key = pairKey(address);
    let p = this.cache.get(key);
    if (!p) {
      p = this.server.factSheets({ left: address.left, right: address.right, mode: address.mode });
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
    }
    return p;
  }

  private async sheet(uri: vscode.Uri): Promise<FactSheet | undefined> {
    const address = parseFactSheetQuery(uri.query);
    if (!address) return undefined;
    const result = await this.sheets(address);
    return address.side === 'left' ? result.left : result.right;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    try {
      const sheet = await this.sheet(uri);
      if (!sheet) return 'NewsLens: this fact-sheet address is not valid.\n';
      return sheet.lines.map((l) => oneLine(l.text)).join('\n') + '\n';
    } catch (err) {
      this.server.report('Reading the fact sheets', err, true);
      return `NewsLens could not build the fact sheet: ${String(err instanceof Error ? err.message : err)}\n`;
    }
  }

  /**
   * Ctrl+click or F12 on a sheet line goes to the passage it comes from: the name under the cursor for
   * a list of names, else the line's fact. A definition rather than a document link, so the sheets are
   * not underlined from top to bottom.
   */
  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[]> {
    const target = await this.targetAt(document, position);
    if (!target) return [];
    return [
      {
        originSelectionRange: target.origin,
        targetUri: vscode.Uri.parse(target.location.uri, true),
        targetRange: toRange(target.location.range),
      },
    ];
  }

  /** Where a sheet line (or the name under the cursor) comes from, in a word. */
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const target = await this.targetAt(document, position);
    if (!target) return undefined;
    const { uri, range } = target.location;
    const text = new vscode.MarkdownString();
    text.appendText(`${baseName(uri)}, line ${range.start.line + 1}`);
    text.appendMarkdown(' · _F12 or Ctrl+click to go there_');
    return new vscode.Hover(text, target.origin);
  }

  private async targetAt(document: vscode.TextDocument, position: vscode.Position): Promise<{ location: Location; origin: vscode.Range } | undefined> {
    let sheet: FactSheet | undefined;
    try {
      sheet = await this.sheet(document.uri);
    } catch {
      return undefined;
    }
    const line = sheet?.lines[position.line];
    if (!line || position.line >= document.lineCount) return undefined;
    const link = line.links?.find((l) => l.start <= position.character && position.character < l.end);
    if (link) return { location: link.location, origin: new vscode.Range(position.line, link.start, position.line, link.end) };
    if (!line.location) return undefined;
    const text = document.lineAt(position.line);
    return { location: line.location, origin: new vscode.Range(position.line, text.firstNonWhitespaceCharacterIndex, position.line, text.text.length) };
  }

  /** The server's stories changed: forget every answer and refresh the open sheets. */
  refresh(): void {
    this.cache.clear();
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.scheme === FACTS_SCHEME) this.changed.fire(doc.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Fact-sheet lines are single lines: a line break inside would shift every fact below it. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

interface ArticlePick extends vscode.QuickPickItem {
  article: StoryArticle;
}

export async function compareWithSource(server: NewsLensConnection, mode: CompareMode, arg?: unknown, selected?: unknown): Promise<void> {
  const uri = articleUri(arg);
  if (!uri) {
    void vscode.window.showInformationMessage('NewsLens: open an article (or pick one in the Explorer) to compare it with another source.');
    return;
  }
  // Two articles selected in the Explorer: compare them directly.
  const others = Array.isArray(selected) ? selected.filter((u): u is vscode.Uri => u instanceof vscode.Uri && u.toString() !== uri.toString()) : [];
  let other: vscode.Uri;
  let otherName: string;
  if (others.length === 1 && Array.isArray(selected) && selected.length === 2) {
    other = others[0]!;
    otherName = baseName(other.toString());
  } else {
    let story;
    try {
      story = await storyWhenRead(server, uri);
    } catch (err) {
      server.report('Finding the other sources', err);
      return;
    }
    const name = baseName(uri.toString());
    if (!story.story || story.articles.length === 0) {
      void vscode.window.showInformationMessage(`NewsLens: ${name} is not part of a story with other sources in this workspace.`);
      return;
    }
    const items: ArticlePick[] = story.articles.map((a) => ({
      label: a.name,
      description: `${Math.round(a.overlap * 100)}% shared facts`,
      detail: a.title,
      article: a,
    }));
    const pick = await vscode.window.showQuickPick(items, {
      title: mode === 'sentences' ? `Compare the text of ${name} with…` : `Compare ${name} with…`,
      placeHolder: `Other sources of “${story.story.label}”, most shared facts first`,
      matchOnDescription: false,
      matchOnDetail: true,
    });
    if (!pick) return;
    other = vscode.Uri.parse(pick.article.uri, true);
    otherName = pick.article.name;
  }
  await openDiff(uri, baseName(uri.toString()), other, otherName, mode);
}

/** How long a command waits for the server to finish reading the workspace before it answers. */
const INDEX_WAIT_MS = 30_000;

/**
 * The other articles of the story of `uri`. While the server is still reading the workspace, an article
 * may not have its story yet: then wait (with a progress note) until the reading is done, so that the
 * answer is not "no other sources" for a story that is merely not read yet.
 */
export async function storyWhenRead(server: NewsLensConnection, uri: vscode.Uri): Promise<StoryArticlesResult> {
  const ask = (): Promise<StoryArticlesResult> => server.storyArticles({ uri: uri.toString() });
  const first = await ask();
  if (first.articles.length > 0 || !(await server.status({ uri: uri.toString() })).indexing) return first;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'NewsLens: reading the articles of the workspace…' }, async () => {
    const deadline = Date.now() + INDEX_WAIT_MS;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      if (!(await server.status({ uri: uri.toString() })).indexing) break;
    }
    return ask();
  });
}

async function openDiff(left: vscode.Uri, leftName: string, right: vscode.Uri, rightName: string, mode: CompareMode): Promise<void> {
  const address = { left: left.toString(), right: right.toString(), mode };
  const leftUri = vscode.Uri.parse(factSheetUri({ ...address, side: 'left' }, leftName), true);
  const rightUri = vscode.Uri.parse(factSheetUri({ ...address, side: 'right' }, rightName), true);
  // The sheets read best as `news` documents: the grammar colours quotes and figures, and the
  // language's default word wrap keeps long quotes and sentences on screen.
  for (const u of [leftUri, rightUri]) {
    try {
      const doc = await vscode.workspace.openTextDocument(u);
      if (doc.languageId !== 'news') await vscode.languages.setTextDocumentLanguage(doc, 'news');
    } catch {
      // Not essential: the diff still opens as plain text.
    }
  }
  const what = mode === 'sentences' ? 'text, sentence by sentence' : 'facts';
  await vscode.commands.executeCommand('vscode.diff', leftUri, rightUri, `${leftName} ↔ ${rightName} (${what})`, { preview: false });
}
