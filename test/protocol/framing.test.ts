// A broken channel ends the server with a reason instead of leaving it alive and silent: after a
// message whose header lacks Content-Length, or whose Content-Length is not a number or does not fit
// the message, the server over stdio exits with status 1 and says why on stderr, so the editor
// restarts it.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { SERVER, REPO } from './lspClient';

interface Exit {
  code: number | null;
  stderr: string;
  stdout: string;
}

/**
 * Starts the server, writes `chunks` to its stdin (and `afterAnswer` once it has answered something),
 * and resolves when it exits, or after `ms`, killing it.
 */
function feed(chunks: string[], afterAnswer: string[] = [], ms = 20_000): Promise<Exit & { timedOut: boolean }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: REPO, stdio: 'pipe' });
    let stderr = '';
    let stdout = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      for (const c of afterAnswer.splice(0)) proc.stdin.write(c);
    });
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      resolve({ code: null, stderr, stdout, timedOut: true });
    }, ms);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout, timedOut: false });
    });
    // stdin stays open: the server must not be waiting for it to close.
    proc.stdin.on('error', () => undefined);
    for (const c of chunks) proc.stdin.write(c);
  });
}

function message(body: object, length?: number | string): string {
  const json = JSON.stringify(body);
  return `Content-Length: ${length ?? Buffer.byteLength(json)}\r\n\r\n${json}`;
}

const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };
const HOVER = { jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.news' }, position: { line: 0, character: 0 } } };

function assertEndedWithReason(r: Exit & { timedOut: boolean }, reason: RegExp): void {
  assert.equal(r.timedOut, false, `the server kept running after the framing error; stderr: ${r.stderr}`);
  assert.equal(r.code, 1, `exit status; stderr: ${r.stderr}`);
  assert.match(r.stderr, /NewsLens language server: cannot read the editor's messages: /);
  assert.match(r.stderr, reason);
  assert.match(r.stderr, /Exiting, so that the editor restarts the server/);
}

describe('framing errors on stdio', () => {
  it('exits with the reason after a header without Content-Length', async () => {
    const json = JSON.stringify(INITIALIZE);
    const r = await feed([`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${json}`]);
    assertEndedWithReason(r, /Header must provide a Content-Length property/);
  });

  it('exits with the reason after a Content-Length that is not a number', async () => {
    const r = await feed([message(INITIALIZE, 'twelve')]);
    assertEndedWithReason(r, /Content-Length value must be a number/);
  });

  it('exits with the reason after a Content-Length that cuts the message short', async () => {
    const json = JSON.stringify(INITIALIZE);
    const r = await feed([message(INITIALIZE, Buffer.byteLength(json) - 10)]);
    assertEndedWithReason(r, /JSON|Unexpected|Unterminated|position/i);
  });

  it('exits with the reason when a too-large Content-Length runs into the next message, after answering a good one', async () => {
    // A well-framed initialize is answered first: the server works until the framing breaks.
    const good = message(INITIALIZE);
    const hover = JSON.stringify(HOVER);
    const r = await feed([good], [message(HOVER, Buffer.byteLength(hover) + 30), message(HOVER)]);
    assert.match(r.stdout, /"id":1,"result":\{"capabilities"/, 'the first message was answered');
    assertEndedWithReason(r, /JSON|Unexpected|position/i);
  });
});
