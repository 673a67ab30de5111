// Entry point of the VS Code extension: starts the language server and wires up the commands, the
// fact-sheet documents used by the compare views, the story report and the status bar item.
// Everything that does real work lives in the files next to this one.

import * as vscode from 'vscode';
import { compareWithSource, FactSheetProvider } from './compare';
import { NewsLensConnection } from './connection';
import { exportAnnotations } from './exportAnnotations';
import { FACTS_SCHEME } from './factSheetUri';
import { StoryStatusBar } from './statusBar';
import { exportReport, StoryReportView } from './storyReport';

let connection: NewsLensConnection | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('NewsLens');
  const server = new NewsLensConnection(context, output);
  connection = server;

  const facts = new FactSheetProvider(server);
  const report = new StoryReportView(context, server);
  const status = new StoryStatusBar(server);

  context.subscriptions.push(
    output,
    server,
    facts,
    report,
    status,
    vscode.workspace.registerTextDocumentContentProvider(FACTS_SCHEME, facts),
    vscode.languages.registerDefinitionProvider({ scheme: FACTS_SCHEME }, facts),
    vscode.languages.registerHoverProvider({ scheme: FACTS_SCHEME }, facts),
    server.onDidChangeStories(() => facts.refresh()),
    vscode.commands.registerCommand('newslens.compareWithSource', (uri?: unknown, selected?: unknown) =>
      compareWithSource(server, 'facts', uri, selected),
    ),
    vscode.commands.registerCommand('newslens.compareTextWithSource', (uri?: unknown, selected?: unknown) =>
      compareWithSource(server, 'sentences', uri, selected),
    ),
    vscode.commands.registerCommand('newslens.showStoryReport', (uri?: unknown) => report.show(uri)),
    vscode.commands.registerCommand('newslens.exportStoryReportMarkdown', (uri?: unknown) => exportReport(server, 'markdown', uri)),
    vscode.commands.registerCommand('newslens.exportStoryReportJson', (uri?: unknown) => exportReport(server, 'json', uri)),
    vscode.commands.registerCommand('newslens.exportAnnotationsW3C', (uri?: unknown) => exportAnnotations(server, uri)),
    vscode.commands.registerCommand('newslens.showOutput', () => output.show(true)),
  );
}

export async function deactivate(): Promise<void> {
  const c = connection;
  connection = undefined;
  await c?.stop();
}
