// The status bar item for articles: the story's label, how many sources report it and how many
// findings there are; a click opens the story report. Also keeps the `newslens.isArticle` context key
// (used by `when` clauses) in step with what the server says about the active document.

import * as vscode from 'vscode';
import { isArticleCandidate, type NewsLensConnection } from './connection';
import { statusText } from './statusText';

export class StoryStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private cancel: vscode.CancellationTokenSource | undefined;

  constructor(private readonly server: NewsLensConnection) {
    this.item = vscode.window.createStatusBarItem('newslens.story', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'NewsLens Story';
    this.item.command = 'newslens.showStoryReport';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(800);
      }),
      server.onDidChangeStories(() => this.schedule(100)),
    );
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    this.cancel?.cancel();
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isArticleCandidate(doc)) {
      this.hide();
      return;
    }
    const cancel = (this.cancel = new vscode.CancellationTokenSource());
    try {
      const status = await this.server.status({ uri: doc.uri.toString() }, cancel.token);
      if (cancel.token.isCancellationRequested) return;
      if (!status.article) {
        this.hide();
        return;
      }
      void vscode.commands.executeCommand('setContext', 'newslens.isArticle', true);
      const words = statusText(status);
      this.item.text = `$(library) ${words.text}`;
      if (status.story) {
        const tip = new vscode.MarkdownString();
        tip.appendText(`${words.tooltip}\n\n`);
        tip.appendMarkdown('Click to open the story report.');
        this.item.tooltip = tip;
      } else {
        this.item.tooltip = words.tooltip;
      }
      this.item.backgroundColor = undefined;
      this.item.accessibilityInformation = { label: `NewsLens: ${this.item.text.replace(/\$\([\w~-]*\)\s*/g, '')}` };
      this.item.show();
    } catch (err) {
      if (cancel.token.isCancellationRequested) return;
      this.server.report('Reading the story status', err, true);
      this.hide();
    } finally {
      cancel.dispose();
      if (this.cancel === cancel) this.cancel = undefined;
    }
  }

  private hide(): void {
    this.item.hide();
    void vscode.commands.executeCommand('setContext', 'newslens.isArticle', false);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.cancel?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}
