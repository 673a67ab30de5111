// The server at work as a user sees it: the Problems panel fills for articles nobody opened, an article
// whose analysis overruns its time budget gets an "analysis stopped" problem while the rest of the
// workspace is analysed and checked, and a second start reads the analyses from the storage folder the
// client gave (same diagnostics, cache entries on disk). Budgets are tiny on purpose and the slow article
// is large: nothing here depends on how fast the machine is.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { disposeClient, LspClient, tempWorkspace } from './lspClient';

const GULF = 'port-strike-gulf-wire.txt';

/** About `chars` characters of invented news in paragraphs. */
function longArticle(chars: number): string {
  const lines: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const line = `Harbour master Ole Brandt${i % 7} said in Kelsport on Tuesday that ${i + 12} ships, worth about $${i + 3} million, were held. “We need ${i % 9} more days,” said Ada Moss${i % 5}.`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join('\n');
}

describe('a workspace indexed on the worker pool', () => {
  const ws = tempWorkspace();
  const storage = mkdtempSync(join(tmpdir(), 'newslens-storage-'));
  let client: LspClient | undefined;
  after(async () => {
    await disposeClient(client);
    ws.dispose();
    rmSync(storage, { recursive: true, force: true });
  });

  it('stops an article past its time budget with a clear problem; the others get their findings', { timeout: 120_000 }, async () => {
    writeFileSync(join(ws.dir, 'huge-wire.txt'), longArticle(1_000_000));
    client = await LspClient.start({
      folders: [ws.dir],
      initializationOptions: { storagePath: storage },
      env: { NEWSLENS_ANALYSIS_BUDGET_MS: '2000', NEWSLENS_ANALYSIS_BUDGET_MS_PER_100K: '1' },
      settings: { maxFileSize: 4_000_000 },
    });
    const c = client;
    const stopped = await c.waitFor(
      () => (c.diagnostics.get(ws.uri('huge-wire.txt')) ?? []).find((d) => d.code === 'analysis-stopped'),
      'the stopped article’s problem',
      60_000,
    );
    assert.match(stopped.message, /^Analysis stopped after 2\.0 s/);
    assert.equal(stopped.source, 'NewsLens');
    const findings = await c.waitForDiagnostics(ws.uri(GULF), (ds) => ds.some((d) => d.code === 'figure-conflict'), 'findings in a never-opened article', 60_000);
    assert.ok(findings.length > 0);
  });

  it('reads the analyses back from the storage folder on the next start', { timeout: 120_000 }, async () => {
    const entries = readdirSync(join(storage, 'analysis-cache')).flatMap((s) => readdirSync(join(storage, 'analysis-cache', s)));
    // Every sample article was analysed and kept; the stopped one was not.
    assert.equal(entries.length, readdirSync(ws.dir).filter((f) => /\.(?:txt|news)$/.test(f) && f !== 'huge-wire.txt').length);
    const before = new Map<string, Diagnostic[]>(client!.diagnostics);
    await disposeClient(client);
    rmSync(join(ws.dir, 'huge-wire.txt'));
    client = await LspClient.start({ folders: [ws.dir], initializationOptions: { storagePath: storage } });
    const c = client;
    await c.waitFor(() => c.logs.find((l) => /NewsLens: indexed \d+ articles/.test(l)), 'the index');
    await c.waitForDiagnostics(ws.uri(GULF), (ds) => ds.some((d) => d.code === 'figure-conflict'), 'findings from cached analyses');
    for (const [uri, ds] of before) {
      if (uri.endsWith('huge-wire.txt')) continue;
      await c.waitForDiagnostics(uri, (now) => JSON.stringify(now) === JSON.stringify(ds), `the same diagnostics for ${uri}`);
    }
  });
});
