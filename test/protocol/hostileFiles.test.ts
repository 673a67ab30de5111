// Hostile files and paths through the real server: a FIFO named like an article and a FIFO in place of
// the ledger are skipped with a line in the output channel (nothing blocks), a link to /dev/zero is
// never read, and a request for a URI with 50,000 path segments is answered at once.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol/node';
import { LspClient, tempWorkspace } from './lspClient';

describe('hostile files in the workspace', { skip: process.platform === 'win32' }, () => {
  it('skips FIFOs and devices with a line, indexes the rest, and answers an absurd URI at once', { timeout: 90_000 }, async () => {
    const ws = tempWorkspace(['port-strike-gulf-wire.txt', 'port-strike-coastwatch-digest.txt']);
    execFileSync('mkfifo', [join(ws.dir, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(ws.dir, 'zero.news'));
    mkdirSync(join(ws.dir, '.newslens'));
    execFileSync('mkfifo', [join(ws.dir, '.newslens', 'ledger.json')]);
    const client = await LspClient.start({ folders: [ws.dir] });
    try {
      await client.waitFor(() => client.logs.find((l) => /indexed 2 articles/.test(l)), 'the index of the two regular articles', 60_000);
      assert.ok(client.logs.some((l) => /skipped pipe\.txt: is a FIFO \(named pipe\), not a regular file/.test(l)), client.logs.join('\n'));
      assert.ok(client.logs.some((l) => /ledger\.json is a FIFO \(named pipe\), not a regular file; ignoring it/.test(l)), client.logs.join('\n'));
      const deep = `${ws.uri('')}${Array.from({ length: 50_000 }, () => 'a').join('/')}/story.txt`;
      const started = Date.now();
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: deep }, position: { line: 0, character: 0 } }, 10_000);
      assert.equal(h, null);
      assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
      // The server still answers for the real articles: the mediator named on the third line.
      const line = 'The deal, brokered by state mediator Edda Kjellin';
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: ws.uri('port-strike-gulf-wire.txt') },
        position: { line: 2, character: line.indexOf('Kjellin') + 2 },
      });
      assert.match(JSON.stringify(hover?.contents ?? null), /Edda Kjellin/);
    } finally {
      await client.dispose();
      ws.dispose();
    }
  });
});
