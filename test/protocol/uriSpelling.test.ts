// One file, two spellings of its URI. Editors encode URIs their own way: VS Code writes "(" as %28
// and a Windows drive's ":" as %3A, where Node's pathToFileURL (and so the server's workspace walk)
// does not. The server must treat both spellings as the one article: the document opened under the
// editor's spelling gets the story's hover, its edits reach the story's findings, its custom requests
// answer for it, and the file's diagnostics are published under one URI only.

import assert from 'node:assert/strict';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import type { StatusResult, StoryArticlesResult } from '../../server/src/protocol';
import { disposeClient, LspClient, tempWorkspace } from './lspClient';

const ORIGINAL = 'port-strike-gulf-wire.txt';
const RENAMED = 'port-strike-gulf-wire (early).txt';

function positionOf(text: string, needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in the text`);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length + 1 };
}

describe('a file whose URI the editor spells differently from the server', () => {
  const ws = tempWorkspace();
  renameSync(join(ws.dir, ORIGINAL), join(ws.dir, RENAMED));
  const path = join(ws.dir, RENAMED);
  const text = readFileSync(path, 'utf8');
  // The server's own spelling (pathToFileURL) and the one VS Code would send for the same file.
  const serverUri = ws.uri(RENAMED);
  const editorUri = serverUri.replace('(', '%28').replace(')', '%29');
  let client: LspClient;

  /** Every URI the server published diagnostics under for this file, whatever its spelling. */
  const spellings = (): string[] => [...client.diagnostics.keys()].filter((u) => fileURLToPath(u) === path);
  const diagnostics = (): Diagnostic[] => spellings().flatMap((u) => client.diagnostics.get(u) ?? []);
  const mentions = (figure: string): boolean => diagnostics().some((d) => d.code === 'figure-conflict' && d.message.includes(figure));

  before(async () => {
    client = await LspClient.start({ folders: [ws.dir], pullConfiguration: true, settings: {} });
    // The workspace is indexed: the file's findings are published before it is ever opened.
    await client.waitFor(() => diagnostics().some((d) => (d.relatedInformation ?? []).length > 0), 'cross-source findings for the file');
    await client.open(editorUri, text);
  });
  after(async () => {
    await disposeClient(client);
    ws.dispose();
  });

  it('the two spellings name the same file', () => {
    assert.notEqual(editorUri, serverUri);
    assert.equal(fileURLToPath(editorUri), fileURLToPath(serverUri));
  });

  it('hovers on the open document show the cross-source view', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: editorUri }, position: positionOf(text, 'Rudnitsky') });
    const value = (h?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /Across the story/);
    assert.match(value, /mentioned in 5 of 5 sources/);
  });

  it('answers the custom requests for it', async () => {
    const status = await client.request<StatusResult>('newslens/status', { uri: editorUri });
    assert.equal(status.article, true);
    assert.equal(status.sources, 5);
    const others = await client.request<StoryArticlesResult>('newslens/storyArticles', { uri: editorUri });
    assert.equal(others.articles.length, 4);
    assert.ok(others.articles.every((a) => fileURLToPath(a.uri) !== path), 'the file is not its own other source');
  });

  it('an edit under the editor spelling reaches the findings, and closing goes back to the disk', async () => {
    assert.ok(!mentions('9,900'));
    await client.change(editorUri, text.replace('About 2,400 dockworkers', 'About 9,900 dockworkers'));
    await client.waitFor(() => mentions('9,900'), 'a figure conflict about the edited figure');
    await client.close(editorUri);
    await client.waitFor(() => !mentions('9,900'), 'the figure as on disk again');
  });

  it('publishes the file under one URI only', () => {
    assert.equal(spellings().length, 1, spellings().join(', '));
  });
});
