// The ledger through the real server over stdio, as quick fixes reach it: commands sent all at once
// each keep their decision, a server killed with SIGKILL in the middle of a series leaves valid JSON
// holding every decision it acknowledged, and a `.newslens` that links out of the folder is refused.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseLedgerText } from '../../server/src/analysis/cross/ledger';
import type { Ledger } from '../../server/src/analysis/cross/types';
import { LspClient, tempWorkspace } from './lspClient';

const ARTICLE = 'port-strike-gulf-wire.txt';

function ledgerIn(dir: string): Ledger {
  const parsed = parseLedgerText(readFileSync(join(dir, '.newslens', 'ledger.json'), 'utf8'));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
  return parsed.ledger;
}

function ignore(client: LspClient, uri: string, key: string, ms?: number): Promise<string | null> {
  return client.request<string | null>('workspace/executeCommand', { command: 'newslens.ignoreFinding', arguments: [{ uri, key, note: `checked ${key}` }] }, ms);
}

describe('the ledger under concurrent commands', () => {
  it('keeps all of 100 ignore commands sent at once', { timeout: 120_000 }, async () => {
    const ws = tempWorkspace();
    const client = await LspClient.start({ folders: [ws.dir] });
    try {
      const keys = Array.from({ length: 100 }, (_, i) => `figure-conflict:concurrent:${i}`);
      const answers = await Promise.all(keys.map((k) => ignore(client, ws.uri(ARTICLE), k, 90_000)));
      assert.ok(answers.every((a) => typeof a === 'string' && a.startsWith('Recorded in')), JSON.stringify(answers.filter((a) => !a?.startsWith('Recorded'))));
      assert.deepEqual(ledgerIn(ws.dir).ignored.map((i) => i.key).sort(), [...keys].sort());
      assert.deepEqual(readdirSync(join(ws.dir, '.newslens')), ['ledger.json'], 'no temporary file left behind');
      assert.ok(!client.logs.some((l) => /failed/.test(l)), client.logs.join('\n'));
    } finally {
      await client.dispose();
      ws.dispose();
    }
  });

  it('keeps every acknowledged decision when the server is killed (SIGKILL) in the middle of a series', { timeout: 120_000 }, async () => {
    const ws = tempWorkspace();
    const client = await LspClient.start({ folders: [ws.dir] });
    try {
      const acknowledged: string[] = [];
      const KILL_AFTER = 12;
      // Requests still open when the process dies are never answered: they end with it.
      const died = new Promise<never>((_, reject) => client.proc.once('exit', () => reject(new Error('server killed'))));
      died.catch(() => undefined);
      const keys = Array.from({ length: 60 }, (_, i) => `quote-variant:series:${String(i).padStart(2, '0')}`);
      // All sent at once; the moment the twelfth answer arrives the process is killed, with writes in flight.
      await Promise.allSettled(
        keys.map(async (k) => {
          const answer = await Promise.race([ignore(client, ws.uri(ARTICLE), k, 90_000), died]);
          if (typeof answer === 'string' && answer.startsWith('Recorded in')) {
            acknowledged.push(k);
            if (acknowledged.length === KILL_AFTER) client.proc.kill('SIGKILL');
          }
        }),
      );
      assert.ok(acknowledged.length >= KILL_AFTER, `${acknowledged.length} acknowledged`);
      assert.ok(acknowledged.length < keys.length, 'killed before the series ended');
      const onDisk = new Set(ledgerIn(ws.dir).ignored.map((i) => i.key));
      const lost = acknowledged.filter((k) => !onDisk.has(k));
      assert.deepEqual(lost, [], 'acknowledged decisions missing from the ledger');
    } finally {
      client.kill();
      ws.dispose();
    }
  });

  it('refuses to write through a .newslens link out of the workspace folder, and says so', { skip: process.platform === 'win32', timeout: 60_000 }, async () => {
    const ws = tempWorkspace();
    const outside = mkdtempSync(join(tmpdir(), 'newslens-outside-'));
    symlinkSync(outside, join(ws.dir, '.newslens'));
    const client = await LspClient.start({ folders: [ws.dir] });
    try {
      const answer = await ignore(client, ws.uri(ARTICLE), 'figure-conflict:outside');
      assert.equal(answer, null);
      await client.waitFor(() => client.logs.find((l) => /^showMessage: .*\.newslens is a symbolic link to .*outside the workspace folder/.test(l)), 'an error message');
      assert.deepEqual(readdirSync(outside), [], 'nothing written outside the folder');
    } finally {
      await client.dispose();
      ws.dispose();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
