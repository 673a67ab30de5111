// Settings: the manifest declares every setting the server reads (per-check severities in step with
// the check registry), and the server honours them over the protocol: the diagnostics scope, per-check
// severity, a ledger edited by hand, and skipped binary files.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { CHECK_INFO } from '../../server/src/analysis/cross/checks/index';
import { DEFAULT_STORY_THRESHOLD } from '../../server/src/analysis/cross/engine';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/settings';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { disposeClient, LspClient, REPO, tempWorkspace } from './lspClient';

interface ManifestProperty {
  type?: string;
  default?: unknown;
  enum?: string[];
  scope?: string;
}

const manifest = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as {
  contributes?: { configuration?: { properties?: Record<string, ManifestProperty> } | Array<{ properties?: Record<string, ManifestProperty> }> };
};

function properties(): Record<string, ManifestProperty> {
  const c = manifest.contributes?.configuration;
  const list = Array.isArray(c) ? c : c ? [c] : [];
  return Object.assign({}, ...list.map((x) => x.properties ?? {})) as Record<string, ManifestProperty>;
}

describe('settings: manifest, registry and server agree', () => {
  const props = properties();

  it('declares a resource-scoped severity setting for every registered check, with its default', () => {
    assert.ok(CHECK_INFO.length > 0, 'the registry has checks');
    for (const c of CHECK_INFO) {
      const p = props[`newslens.severity.${c.id}`];
      assert.ok(p, `newslens.severity.${c.id} in package.json`);
      assert.equal(p.default, c.defaultSeverity, `default of newslens.severity.${c.id}`);
      assert.deepEqual([...(p.enum ?? [])].sort(), ['error', 'hint', 'information', 'off', 'warning']);
      assert.equal(p.scope, 'resource');
    }
    const ids = new Set(CHECK_INFO.map((c) => c.id));
    for (const key of Object.keys(props)) {
      if (key.startsWith('newslens.severity.')) assert.ok(ids.has(key.slice('newslens.severity.'.length)), `${key} names a registered check`);
    }
  });

  it('declares every other setting the server reads, resource-scoped, with the server’s defaults', () => {
    const expected: Record<string, unknown> = {
      'newslens.enable': DEFAULT_SETTINGS.enable,
      'newslens.files.include': DEFAULT_SETTINGS.files.include,
      'newslens.files.exclude': DEFAULT_SETTINGS.files.exclude,
      'newslens.maxFileSize': DEFAULT_SETTINGS.maxFileSize,
      'newslens.stories.threshold': DEFAULT_STORY_THRESHOLD,
      'newslens.diagnostics.scope': DEFAULT_SETTINGS.diagnostics.scope,
    };
    for (const [key, value] of Object.entries(expected)) {
      const p = props[key];
      assert.ok(p, `${key} in package.json`);
      assert.deepEqual(p.default, value, `default of ${key}`);
      assert.equal(p.scope, 'resource', `${key} is resource-scoped`);
    }
    assert.deepEqual([...(props['newslens.diagnostics.scope']?.enum ?? [])].sort(), ['openFiles', 'workspace']);
  });

  it('reads the settings as VS Code sends them (dotted names nested)', () => {
    const s = normalizeSettings({
      severity: { 'figure-conflict': 'error', 'name-variant': 'off', bogus: 'loud' },
      stories: { threshold: 0.4 },
      diagnostics: { scope: 'openFiles' },
    });
    assert.deepEqual(s.severity, { 'figure-conflict': 'error', 'name-variant': 'off' });
    assert.equal(s.stories.threshold, 0.4);
    assert.equal(s.diagnostics.scope, 'openFiles');
    assert.equal(normalizeSettings({}).stories.threshold, undefined);
  });
});

describe('settings over the protocol', () => {
  const ws = tempWorkspace();
  let client: LspClient;
  const SARN = 'port-strike-radio-sarn.news';
  const GULF = 'port-strike-gulf-wire.txt';

  before(async () => {
    writeFileSync(join(ws.dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    client = await LspClient.start({
      folders: [ws.dir],
      settings: { diagnostics: { scope: 'openFiles' }, severity: { 'name-variant': 'error', 'role-conflict': 'off' } },
    });
  });
  after(async () => {
    await disposeClient(client);
    ws.dispose();
  });

  const diags = (name: string): Diagnostic[] => client.diagnostics.get(ws.uri(name)) ?? [];

  it("limits findings to open articles with scope 'openFiles', with per-check severities", async () => {
    await client.open(ws.uri(SARN), readFileSync(join(ws.dir, SARN), 'utf8'));
    const d = await client.waitForDiagnostics(ws.uri(SARN), (x) => x.some((y) => y.code === 'name-variant'), 'name-variant in the open article');
    assert.equal(d.find((y) => y.code === 'name-variant')!.severity, DiagnosticSeverity.Error);
    assert.ok(!d.some((y) => y.code === 'role-conflict'), "role-conflict is 'off'");
    assert.ok(d.some((y) => y.code === 'name-variant' && (y.relatedInformation ?? []).length > 0), 'related locations in closed articles');
    assert.equal(client.diagnostics.get(ws.uri(GULF)), undefined, 'nothing for articles that are not open');
  });

  it('logs skipped binary files once', async () => {
    await client.waitFor(() => client.logs.some((l) => /skipped photo\.txt: binary/.test(l)), 'the skip line');
    assert.equal(client.logs.filter((l) => /skipped photo\.txt/.test(l)).length, 1);
  });

  it('applies a ledger edited on disk once the watcher reports it', async () => {
    const nv = diags(SARN).find((y) => y.code === 'name-variant')!;
    const key = (nv.data as { key: string }).key;
    mkdirSync(join(ws.dir, '.newslens'), { recursive: true });
    const ledger = join(ws.dir, '.newslens', 'ledger.json');
    writeFileSync(ledger, JSON.stringify({ version: 1, ignored: [{ key }], canonical: [] }, null, 2) + '\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.newslens/ledger.json'), type: 1 }] });
    await client.waitForDiagnostics(ws.uri(SARN), (x) => !x.some((y) => (y.data as { key?: string } | undefined)?.key === key), 'the ignored finding gone');
    assert.ok(client.registrations.some((r) => JSON.stringify(r.registerOptions ?? {}).includes('.newslens/ledger.json')), 'the ledger is watched');
  });
});

describe('settings changes', () => {
  const ws = tempWorkspace(['port-strike-gulf-wire.txt', 'port-strike-radio-sarn.news', 'port-strike-coastwatch-digest.txt']);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ folders: [ws.dir], settings: {} });
  });
  after(async () => {
    await disposeClient(client);
    ws.dispose();
  });

  it('indexes once at start, and not again for a configuration notification that changes no setting', async () => {
    const uri = ws.uri('port-strike-radio-sarn.news');
    const coast = ws.uri('port-strike-coastwatch-digest.txt');
    const indexed = (): string[] => client.logs.filter((l) => /NewsLens: indexed \d+ article/.test(l));
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'name-variant'), 'name-variant');
    // The client pushed its (empty) settings right after start, as VS Code does; this one is the same again.
    await client.notify('workspace/didChangeConfiguration', { settings: { newslens: {} } });
    // An index of three articles takes milliseconds: one asked for would be in the log well within a second.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(indexed().length, 1, 'only the index at start: ' + indexed().join(' | '));
    // A real change still re-indexes.
    await client.notify('workspace/didChangeConfiguration', { settings: { newslens: { files: { exclude: ['**/*coastwatch*'] } } } });
    await client.waitForDiagnostics(coast, (d) => d.length === 0, 'excluded article cleared');
    await client.notify('workspace/didChangeConfiguration', { settings: { newslens: {} } });
    await client.waitForDiagnostics(coast, (d) => d.length > 0, 'article back');
    await client.waitFor(() => indexed().length >= 3, 'the index for taking the article back');
  });

  it('re-applies severities without re-indexing, and drops a check set to off', async () => {
    const uri = ws.uri('port-strike-radio-sarn.news');
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'name-variant'), 'name-variant');
    const indexed = client.logs.filter((l) => l.includes('indexed')).length;
    await client.notify('workspace/didChangeConfiguration', { settings: { newslens: { severity: { 'name-variant': 'off' } } } });
    await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'name-variant'), 'name-variant off');
    await client.notify('workspace/didChangeConfiguration', { settings: { newslens: { severity: { 'name-variant': 'hint' } } } });
    const d = await client.waitForDiagnostics(uri, (x) => x.some((y) => y.code === 'name-variant'), 'name-variant back');
    assert.equal(d.find((y) => y.code === 'name-variant')!.severity, DiagnosticSeverity.Hint);
    await client.waitFor(() => client.logs.filter((l) => l.includes('indexed')).length >= indexed + 2, 'the rescans');
    assert.ok(
      client.logs.filter((l) => l.includes('indexed')).slice(indexed).every((l) => /indexed 3 articles \(0 analysed\)/.test(l)),
      'no article analysed again: ' + client.logs.filter((l) => l.includes('indexed')).join(' | '),
    );
  });

  it('excludes files by glob and takes them back', async () => {
    const uri = ws.uri('port-strike-coastwatch-digest.txt');
    await client.notify('workspace/didChangeConfiguration', { settings: { newslens: { files: { exclude: ['**/*coastwatch*'] } } } });
    await client.waitForDiagnostics(uri, (d) => d.length === 0, 'excluded article cleared');
    await client.notify('workspace/didChangeConfiguration', { settings: { newslens: {} } });
    await client.waitForDiagnostics(uri, (d) => d.length > 0, 'article back');
  });
});
