// The server at work as a user sees it: the Problems panel fills for articles nobody opened, the
// analyses are kept in the storage folder the client gave, a second start reads them back (the same
// diagnostics), and an article whose analysis overruns its time budget gets an "analysis stopped"
// problem while the rest of the workspace is checked. The second start's budget is one no analysis can
// meet, and only the new article needs one: nothing here depends on how fast or busy the machine is.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { disposeClient, LspClient, tempWorkspace } from './lspClient';

const COAST = 'port-strike-coastwatch-digest.txt';

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
  const cacheEntries = (): string[] => {
    const root = join(storage, 'analysis-cache');
    try {
      return readdirSync(root).flatMap((s) => readdirSync(join(root, s)));
    } catch {
      return [];
    }
  };
  let client: LspClient | undefined;
  after(async () => {
    await disposeClient(client);
    ws.dispose();
    rmSync(storage, { recursive: true, force: true });
  });

  it('keeps the analyses in the storage folder the client gave', { timeout: 120_000 }, async () => {
    client = await LspClient.start({ folders: [ws.dir], initializationOptions: { storagePath: storage } });
    const c = client;
    await c.waitForDiagnostics(ws.uri(COAST), (ds) => ds.some((d) => d.code === 'figure-conflict'), 'findings in a never-opened article', 60_000);
    await c.waitFor(() => c.logs.find((l) => /NewsLens: indexed \d+ articles/.test(l)), 'the index');
    const articles = readdirSync(ws.dir).filter((f) => /\.(?:txt|news)$/.test(f));
    await c.waitFor(() => cacheEntries().length === articles.length || undefined, 'one cache entry per article');
  });

  it('on the next start, reads them back and stops only the article past its budget', { timeout: 120_000 }, async () => {
    const before = new Map<string, Diagnostic[]>(client!.diagnostics);
    await disposeClient(client);
    // A budget no analysis can meet: the sample articles come from the cache, only the new one is analysed.
    writeFileSync(join(ws.dir, 'huge-wire.txt'), longArticle(100_000));
    client = await LspClient.start({
      folders: [ws.dir],
      initializationOptions: { storagePath: storage },
      env: { NEWSLENS_ANALYSIS_BUDGET_MS: '1', NEWSLENS_ANALYSIS_BUDGET_MS_PER_100K: '1' },
    });
    const c = client;
    const stopped = await c.waitFor(
      () => (c.diagnostics.get(ws.uri('huge-wire.txt')) ?? []).find((d) => d.code === 'analysis-stopped'),
      'the stopped article’s problem',
      60_000,
    );
    assert.match(stopped.message, /^Analysis stopped after 0\.00\d s: this article \(100,\d{3} characters\)/);
    assert.equal(stopped.source, 'NewsLens');
    for (const [uri, ds] of before) {
      await c.waitForDiagnostics(uri, (now) => JSON.stringify(now) === JSON.stringify(ds), `the same diagnostics for ${uri}`);
    }
    // The output channel says what the index had to do: only the new article was analysed.
    const line = await c.waitFor(() => c.logs.find((l) => /NewsLens: indexed \d+ articles/.test(l)), 'the index');
    const articles = readdirSync(ws.dir).filter((f) => /\.(?:txt|news)$/.test(f)).length;
    assert.match(line, new RegExp(`indexed ${articles} articles \\(1 analysed, ${articles - 1} from the analysis cache\\)`));
  });
});
