// The integration checks, through the VS Code API, on the sample story (a temp copy is the workspace).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const ARTICLE = 'port-strike-radio-sarn.news';
const PERSON = 'Edda Kjellin';

type Check = [name: string, body: () => Promise<void>];
/** What the outline command answers: DocumentSymbols, or SymbolInformation (no children) from some providers. */
type OutlineSymbol = { name: string; children?: OutlineSymbol[] };

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

let doc: vscode.TextDocument;

export const checks: Check[] = [
  [
    'the extension activates',
    async () => {
      const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'newslens');
      assert.ok(ext, 'NewsLens is not loaded');
      await ext.activate();
      assert.ok(ext.isActive);
    },
  ],
  [
    'a .news article opens in the news language, wrapped',
    async () => {
      doc = await vscode.workspace.openTextDocument(workspaceFile(ARTICLE));
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'news');
      const wrap = vscode.workspace.getConfiguration('editor', doc).get<string>('wordWrap');
      assert.equal(wrap, 'on');
    },
  ],
  [
    'hovering a person gives their details in Markdown',
    async () => {
      const offset = doc.getText().indexOf(PERSON);
      assert.ok(offset >= 0);
      const position = doc.positionAt(offset + 2);
      const text = await until(async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[] | undefined>('vscode.executeHoverProvider', doc.uri, position);
        const t = hoverText(hovers ?? []);
        return t.includes(PERSON) ? t : undefined;
      }, `a hover for ${PERSON}`);
      assert.match(text, /\*\*/, 'the hover is not Markdown');
      assert.match(text, /person/i);
    },
  ],
  [
    'the outline lists the people, with the person among them',
    async () => {
      const symbols = await until(async () => {
        const s = await vscode.commands.executeCommand<OutlineSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
        return s && s.length ? s : undefined;
      }, 'document symbols');
      const names: string[] = [];
      const walk = (list: OutlineSymbol[]) => {
        for (const s of list) {
          names.push(s.name);
          walk(s.children ?? []);
        }
      };
      walk(symbols);
      assert.ok(names.some((n) => n.includes(PERSON)), `symbols: ${names.join(', ')}`);
    },
  ],
  [
    'semantic tokens use the NewsLens token types',
    async () => {
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
      assert.ok(legend, 'no semantic tokens legend');
      for (const t of ['person', 'organization', 'place', 'figure', 'quote']) assert.ok(legend.tokenTypes.includes(t), `missing token type ${t}`);
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
      assert.ok(tokens && tokens.data.length > 0, 'no semantic tokens');
    },
  ],
  [
    'cross-source findings are in the diagnostics, naming another source',
    async () => {
      const found = await until(() => {
        const all = vscode.languages.getDiagnostics().flatMap(([uri, list]) => list.map((d) => ({ uri, d })));
        const cross = all.filter(
          ({ d }) => d.source === 'NewsLens' && (d.relatedInformation ?? []).some((r) => r.location.uri.toString() !== doc.uri.toString()),
        );
        return cross.length ? cross : undefined;
      }, 'cross-source diagnostics');
      assert.ok(found.length > 0);
    },
  ],
  [
    'the commands are registered',
    async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const c of ['newslens.compareWithSource', 'newslens.showStoryReport']) assert.ok(commands.includes(c), `${c} is not registered`);
    },
  ],
  [
    'Show Story Report opens a view',
    async () => {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('newslens.showStoryReport');
      await until(() => {
        const input = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview);
        return input ? true : undefined;
      }, 'the story report webview');
    },
  ],
  [
    'Compare with Another Source opens a diff of two fact sheets',
    async () => {
      await vscode.window.showTextDocument(doc);
      const running = vscode.commands.executeCommand('newslens.compareWithSource');
      // The command asks which source to compare with: accept the first (best overlap) suggestion.
      await new Promise((r) => setTimeout(r, 1500));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await running;
      const tab = await until(() => {
        const t = vscode.window.tabGroups.activeTabGroup.activeTab;
        return t && t.input instanceof vscode.TabInputTextDiff ? t.input : undefined;
      }, 'a diff editor');
      const [left, right] = await Promise.all([vscode.workspace.openTextDocument(tab.original), vscode.workspace.openTextDocument(tab.modified)]);
      assert.ok(left.getText().length > 0 && right.getText().length > 0, 'a fact sheet is empty');
      assert.equal(left.lineCount, right.lineCount, 'fact sheets are not aligned line by line');
    },
  ],
];
