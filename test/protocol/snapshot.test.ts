// Reopening a workspace: when no article changed since the last session, the Problems panel shows that
// session's findings as soon as the articles are read, before the stories are checked again, and the
// check that follows ends with the same diagnostics. When one article changed, nothing old is shown.

import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { disposeClient, LspClient, tempWorkspace } from './lspClient';

const COAST = 'port-strike-coastwatch-digest.txt';
const RESTORED = /NewsLens: showing the findings of the last session for \d+ unchanged articles/;
const INDEXED = /NewsLens: indexed \d+ articles/;

describe('the findings of the last session', () => {
  const ws = tempWorkspace();
  const storage = mkdtempSync(join(tmpdir(), 'newslens-storage-'));
  let client: LspClient | undefined;
  after(async () => {
    await disposeClient(client);
    ws.dispose();
    rmSync(storage, { recursive: true, force: true });
  });

  /** Starts the server on the workspace and waits until it has indexed and published for COAST. */
  async function session(): Promise<LspClient> {
    await disposeClient(client);
    client = await LspClient.start({ folders: [ws.dir], initializationOptions: { storagePath: storage } });
    const c = client;
    await c.waitFor(() => c.logs.find((l) => INDEXED.test(l)), 'the index', 60_000);
    await c.waitForDiagnostics(ws.uri(COAST), (ds) => ds.some((d) => d.code === 'figure-conflict'), 'the finding in a never-opened article', 60_000);
    return c;
  }

  let first = new Map<string, Diagnostic[]>();

  it('are not there on the first start', { timeout: 120_000 }, async () => {
    const c = await session();
    assert.equal(c.logs.find((l) => RESTORED.test(l)), undefined);
    first = new Map(c.diagnostics);
  });

  it('are shown before the stories are checked again when nothing changed, and the check agrees', { timeout: 120_000 }, async () => {
    const c = await session();
    const restored = c.logs.findIndex((l) => RESTORED.test(l));
    assert.ok(restored >= 0, `no restore line in:\n${c.logs.join('\n')}`);
    assert.ok(restored < c.logs.findIndex((l) => INDEXED.test(l)), 'restored after the index');
    for (const [uri, ds] of first) {
      await c.waitForDiagnostics(uri, (now) => JSON.stringify(now) === JSON.stringify(ds), `the same diagnostics for ${uri}`);
    }
  });

  it('are not shown when an article changed since', { timeout: 120_000 }, async () => {
    appendFileSync(join(ws.dir, COAST), '\n\nThe harbour authority said it would publish its own figures on Friday.\n');
    const c = await session();
    assert.equal(c.logs.find((l) => RESTORED.test(l)), undefined);
  });
});
