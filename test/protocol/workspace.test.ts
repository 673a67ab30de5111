// The cross-source features over the real server, on a copy of samples/ (two stories side by side):
// diagnostics for articles never opened, their disappearance after an edit, the ignore code action and
// its ledger, hovers and navigation across files, the custom requests, and parity with the CLI.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  Diagnostic,
  DocumentHighlight,
  Hover,
  Location,
  SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { CHECK_INFO } from '../../server/src/analysis/cross/checks/index';
import type { AnnotationsResult, FactSheetLine, FactSheetsResult, StatusResult, StoryArticlesResult, StoryReportResult } from '../../server/src/protocol';
import { assertDocLink, disposeClient, LspClient, REPO, tempWorkspace } from './lspClient';

const GULF = 'port-strike-gulf-wire.txt';
const SARN = 'port-strike-radio-sarn.news';
const COAST = 'port-strike-coastwatch-digest.txt';
const PORT = [GULF, SARN, COAST, 'port-strike-sarn-shipping-ledger.txt', 'port-strike-vallmora-courier.txt'];
const CAVE = ['cave-rescue-fellside-radio.news', 'cave-rescue-meridian-newswire.txt', 'cave-rescue-tarrow-valley-gazette.txt'];
const CHECK_IDS = new Set(CHECK_INFO.map((c) => c.id));

function positionOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in the text`);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length + delta };
}

describe('cross-source features on the samples workspace', () => {
  const ws = tempWorkspace();
  const text = (name: string): string => readFileSync(join(ws.dir, name), 'utf8');
  let client: LspClient;
  const opened = new Set<string>();

  before(async () => {
    client = await LspClient.start({ folders: [ws.dir], pullConfiguration: true, settings: {} });
  });
  after(async () => {
    await disposeClient(client);
    ws.dispose();
  });

  const diags = (name: string): Diagnostic[] => client.diagnostics.get(ws.uri(name)) ?? [];
  const nameVariantIn = (name: string): Diagnostic | undefined => diags(name).find((d) => d.code === 'name-variant' && /Rudnitski?y/.test(d.message));

  it('publishes cross-source findings with related information for articles never opened', async () => {
    await client.waitFor(() => PORT.every((n) => client.diagnostics.has(ws.uri(n))), 'diagnostics for every port-strike article');
    const d = await client.waitFor(() => nameVariantIn(SARN), 'a name-variant finding in an article never opened');
    assert.ok(!opened.has(SARN));
    assert.equal(d.source, 'NewsLens');
    assertDocLink(d.codeDescription?.href, 'name-variant');
    assert.match(d.message, /Rudnitsky/, 'the message names the other spelling');
    const related = d.relatedInformation ?? [];
    assert.ok(related.length >= 1, 'related information');
    for (const r of related) {
      assert.notEqual(r.location.uri, ws.uri(SARN));
      const other = PORT.find((n) => ws.uri(n) === r.location.uri);
      assert.ok(other, `related location in another article of the story: ${r.location.uri}`);
      const lines = text(other).split(/\r\n|\r|\n/);
      const { start, end } = r.location.range;
      assert.equal(start.line, end.line);
      assert.equal(lines[start.line]!.slice(start.character, end.character), 'Rudnitsky', 'the exact span');
    }
    // The figure planted in Coastwatch, also never opened.
    const fig = diags(COAST).find((x) => x.code === 'figure-conflict' && x.message.includes('4,200'));
    assert.ok(fig, JSON.stringify(diags(COAST).map((x) => x.message)));
    assert.ok((fig.relatedInformation ?? []).some((r) => r.location.uri === ws.uri(GULF)));
  });

  it('never reports findings between the two unrelated stories', () => {
    const port = new Set(PORT.map((n) => ws.uri(n)));
    const cave = new Set(CAVE.map((n) => ws.uri(n)));
    for (const [group, others] of [
      [PORT, cave],
      [CAVE, port],
    ] as const) {
      for (const n of group) {
        for (const d of diags(n)) for (const r of d.relatedInformation ?? []) assert.ok(!others.has(r.location.uri), `${n}: ${d.message}`);
      }
    }
  });

  it('hovers show the cross-source view of an entity', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri(GULF) }, position: positionOf(text(GULF), 'Rudnitsky') });
    assert.ok(h);
    const value = (h.contents as { value: string }).value;
    assert.match(value, /Across the story/);
    assert.match(value, /mentioned in 5 of 5 sources/);
    assert.match(value, /Rudnitskiy/, 'every spelling');
    assert.match(value, /port\\-strike\\-radio\\-sarn\\\.news:\d+/, 'where it occurs (escaped)');
  });

  it('hovers show what other sources say about a figure and which carry a quote', async () => {
    const fig = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri(COAST) }, position: positionOf(text(COAST), 'Some 4,200', 2) });
    const figValue = (fig?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(figValue, /Across the story/);
    assert.match(figValue, /port\\-strike\\-gulf\\-wire\\\.txt:\d+ “About 2,400”.*_differs_/);
    const quote = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri(GULF) }, position: positionOf(text(GULF), 'We did not come', 2) });
    const quoteValue = (quote?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(quoteValue, /vallmora\\-courier\\\.txt:\d+ “We did not come all this way.*_variant_/);
    // The same words credited to someone else elsewhere: the hover says who and where.
    const cranes = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri(COAST) }, position: positionOf(text(COAST), 'Every day the cranes', 2) });
    const cranesValue = (cranes?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(cranesValue, /credited to Dario Quint here, but port\\-strike\\-gulf\\-wire\\\.txt credits it to Renata Solberg/);
  });

  it('finds references across the story, the definition and highlights', async () => {
    const position = positionOf(text(GULF), 'Rudnitsky');
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: ws.uri(GULF) },
      position,
      context: { includeDeclaration: true },
    });
    const files = new Set(refs.map((r) => r.uri));
    assert.equal(files.size, 5, `mentions in every source: ${[...files].join(', ')}`);
    for (const r of refs) {
      const name = PORT.find((n) => ws.uri(n) === r.uri)!;
      const line = text(name).split(/\r\n|\r|\n/)[r.range.start.line]!;
      assert.match(line.slice(r.range.start.character, r.range.end.character), /^(Pavel )?Rudnitski?y$/);
    }
    const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: ws.uri(GULF) }, position });
    assert.ok(defs.length >= 1);
    const hl = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: ws.uri(GULF) }, position });
    assert.ok(hl.length >= 1);
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'brandvold' });
    assert.ok(symbols.some((s) => s.name === 'Ilka Brandvold'), symbols.map((s) => s.name).join(', '));
  });

  it('ranks the other articles of the story', async () => {
    const r = await client.request<StoryArticlesResult>('newslens/storyArticles', { uri: ws.uri(GULF) });
    assert.ok(r.story);
    assert.deepEqual(r.articles.map((a) => a.name).sort(), PORT.filter((n) => n !== GULF).sort());
    for (let i = 1; i < r.articles.length; i++) assert.ok(r.articles[i - 1]!.overlap >= r.articles[i]!.overlap);
    const none = await client.request<StoryArticlesResult>('newslens/storyArticles', { uri: ws.uri('nothing-here.txt') });
    assert.deepEqual(none, { story: null, articles: [] });
  });

  it('lays two fact sheets out for a line diff: differences, each side’s own facts, then agreements', async () => {
    const r = await client.request<FactSheetsResult>('newslens/factSheets', { left: ws.uri(GULF), right: ws.uri(COAST) });
    const L = r.left.lines;
    const R = r.right.lines;
    const headings = (lines: FactSheetLine[]): string[] => lines.filter((l) => l.text.startsWith('## ')).map((l) => l.text.replace(/: .*$/, ''));
    assert.deepEqual(headings(L), ['## Differ', `## Only in ${GULF}`, `## Only in ${COAST}`, '## Both']);
    assert.deepEqual(headings(L), headings(R), 'the same headings on both sides');
    const section = (lines: FactSheetLine[], name: string): FactSheetLine[] => {
      const at = lines.findIndex((l) => l.text.startsWith(`## ${name}`));
      const end = lines.findIndex((l, i) => i > at && l.text.startsWith('## '));
      return lines.slice(at + 1, end < 0 ? undefined : end).filter((l) => l.text !== '');
    };
    // The walk-out figure, 2,400 against 4,200, is a difference, on a line of each side with the fact's key.
    const left = section(L, 'Differ').find((l) => l.text.includes('2,400'));
    const right = section(R, 'Differ').find((l) => l.text.includes('4,200'));
    assert.ok(left && right, `${section(L, 'Differ').map((l) => l.text).join(' | ')} / ${section(R, 'Differ').map((l) => l.text).join(' | ')}`);
    assert.equal(left.key, right.key);
    // Both sides list the facts they share in the same order, so a diff pairs them line by line.
    for (const name of ['Differ', 'Both']) {
      assert.deepEqual(section(L, name).map((l) => l.key), section(R, name).map((l) => l.key), name);
    }
    assert.ok(section(L, 'Both').some((l, i) => l.text === section(R, 'Both')[i]!.text), 'a fact both give alike is the same line on both sides');
    // What only one side gives has no line on the other side.
    assert.equal(section(R, `Only in ${GULF}`).length, 0);
    assert.equal(section(L, `Only in ${COAST}`).length, 0);
    assert.ok(section(L, `Only in ${GULF}`).length + section(R, `Only in ${COAST}`).length > 0);
    // A line that reads the same on both sides is not "only" on either (a diff would show it removed and added).
    const leftOnly = new Set(section(L, `Only in ${GULF}`).map((l) => l.text));
    assert.deepEqual(section(R, `Only in ${COAST}`).filter((l) => leftOnly.has(l.text)).map((l) => l.text), []);
    // No line carries anything that differs per side apart from the facts: no file names, no line numbers.
    for (const l of [...section(L, 'Both'), ...section(R, 'Both')]) assert.doesNotMatch(l.text, /\.txt\b|:\d+\b/, l.text);
    // Every fact line (and every name of a list) leads to its passage in its own article.
    for (const [sheet, uri] of [
      [L, ws.uri(GULF)],
      [R, ws.uri(COAST)],
    ] as const) {
      for (const l of sheet) {
        if (l.text === '' || l.text.startsWith('## ')) continue;
        assert.equal(l.location?.uri, uri, `a location for "${l.text}"`);
        for (const link of l.links ?? []) {
          assert.equal(link.location.uri, uri);
          assert.ok(link.start < link.end && link.end <= l.text.length);
        }
      }
    }
    assert.ok(L.some((l) => (l.links?.length ?? 0) > 1), 'a list of names links each name');
  });

  it('aligns the sentences of two texts, each row opened by the same separator on both sides', async () => {
    const s = await client.request<FactSheetsResult>('newslens/factSheets', { left: ws.uri(GULF), right: ws.uri(COAST), mode: 'sentences' });
    const separators = (lines: FactSheetLine[]): string[] => lines.filter((l) => l.text.startsWith('── ')).map((l) => l.text);
    assert.deepEqual(separators(s.left.lines), separators(s.right.lines));
    const rows = separators(s.left.lines).length;
    assert.ok(rows > 3);
    const keyed = (lines: FactSheetLine[]): Set<string> => new Set(lines.filter((l) => l.key).map((l) => l.key!));
    const both = [...keyed(s.left.lines)].filter((k) => keyed(s.right.lines).has(k));
    assert.ok(both.length > 0, 'some sentences face each other');
    // A row with a sentence on one side only says so in its separator.
    for (const [i, sep] of separators(s.left.lines).entries()) {
      const key = `row:${i + 1}`;
      const inLeft = keyed(s.left.lines).has(key);
      const inRight = keyed(s.right.lines).has(key);
      if (inLeft !== inRight) assert.match(sep, inLeft ? /left only/ : /right only/, sep);
      else assert.doesNotMatch(sep, /only/, sep);
    }
  });

  it('exports the story as W3C Web Annotations, findings targeting every passage involved', async () => {
    const uris = PORT.map((n) => ws.uri(n));
    const c = await client.request<AnnotationsResult>('newslens/annotations', { uris });
    assert.equal(c['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(c.type, 'AnnotationCollection');
    const items = (c.first?.items ?? []) as Array<{ motivation: string; target: { source: string } | Array<{ source: string }> }>;
    assert.equal(c.total, items.length);
    assert.ok(items.length > 50);
    const sources = new Set(items.flatMap((a) => (Array.isArray(a.target) ? a.target : [a.target]).map((t) => t.source)));
    assert.deepEqual([...sources].sort(), [...uris].sort());
    assert.ok(items.some((a) => a.motivation === 'assessing' && Array.isArray(a.target) && new Set(a.target.map((t) => t.source)).size > 1));
    const none = await client.request<AnnotationsResult>('newslens/annotations', { uris: [ws.uri('nothing-here.txt')] });
    assert.equal(none.total, 0);
  });

  it('reports the story: every source, fact and finding', async () => {
    const r = await client.request<StoryReportResult>('newslens/storyReport', { uri: ws.uri(SARN) });
    assert.ok(r.story);
    const sources = new Set(r.sources.map((s) => s.uri));
    assert.deepEqual([...sources].sort(), PORT.map((n) => ws.uri(n)).sort());
    assert.ok(r.facts.length > 10);
    for (const f of r.facts) {
      assert.ok(f.values.length >= 1);
      for (const v of f.values) assert.ok(sources.has(v.source) && v.location.uri === v.source);
      assert.ok(f.corroboration >= 1 && f.corroboration <= sources.size);
    }
    assert.ok(r.facts.some((f) => f.status === 'differ'));
    // Why the sources are one story: links between them with the features they share.
    const links = r.links ?? [];
    assert.ok(links.length > 0, 'the report says why the sources are one story');
    for (const l of links) assert.ok(sources.has(l.a) && sources.has(l.b) && l.shared.length > 0 && l.score > 0);
    assert.ok(links.some((l) => l.shared.some((x) => /Kjellin|Brandvold|Vallmora/.test(x))));
    const published = PORT.flatMap((n) => diags(n).filter((d) => CHECK_IDS.has(String(d.code))));
    assert.equal(r.findings.length, published.length, 'the report lists every finding the diagnostics show');
    for (const s of r.sources) assert.equal(s.findings, diags(PORT.find((n) => ws.uri(n) === s.uri)!).filter((d) => CHECK_IDS.has(String(d.code))).length);
    const st = await client.request<StatusResult>('newslens/status', { uri: ws.uri(SARN) });
    assert.equal(st.article, true);
    assert.equal(st.sources, 5);
    assert.equal(st.story?.id, r.story.id);
  });

  it('reports the same findings as `newslens check` for the same files', () => {
    const cli = resolve(REPO, 'dist', 'cli.js');
    const run = spawnSync(process.execPath, [cli, 'check', ws.dir, '--format', 'json'], { encoding: 'utf8', timeout: 60000 });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const json = JSON.parse(run.stdout) as {
      findings: Array<{ rule: string; file: string; range: { start: { line: number; column: number } }; message: string }>;
    };
    const fromCli = json.findings.map((f) => `${resolve(f.file)}:${f.range.start.line - 1}:${f.range.start.column - 1} ${f.rule} ${f.message}`).sort();
    const fromServer = [...PORT, ...CAVE]
      .flatMap((n) => diags(n).map((d) => `${join(ws.dir, n)}:${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message}`))
      .sort();
    assert.deepEqual(fromServer, fromCli);
  });

  it('ignores a finding through the code action: ledger written, finding gone', async () => {
    const fig = diags(COAST).find((x) => x.code === 'figure-conflict' && x.message.includes('4,200'))!;
    assert.ok(fig);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri(COAST) },
      range: fig.range,
      context: { diagnostics: [fig], only: ['quickfix'] },
    });
    const ignore = actions.find((a) => a.title.startsWith('Ignore this finding'));
    assert.ok(ignore?.command, JSON.stringify(actions));
    assert.equal(ignore.command.command, 'newslens.ignoreFinding');
    assert.ok(actions.some((a) => a.command?.command === 'newslens.acceptValue' && /^Accept '.+' as canonical for this story$/.test(a.title)));
    await client.request('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
    const ledgerFile = join(ws.dir, '.newslens', 'ledger.json');
    assert.ok(existsSync(ledgerFile));
    const raw = readFileSync(ledgerFile, 'utf8');
    const ledger = JSON.parse(raw) as { version: number; ignored: Array<{ key: string; fingerprint?: string }> };
    assert.equal(ledger.version, 1);
    const key = (fig.data as { key: string }).key;
    // The decision carries the finding's fingerprint (no fact label), so a relabelled fact keeps it.
    const fingerprint = (fig.data as { fingerprint?: string }).fingerprint;
    assert.ok(fingerprint?.startsWith('figure-conflict|') && fingerprint.includes(COAST), fingerprint);
    assert.ok(ledger.ignored.some((i) => i.key === key && i.fingerprint === fingerprint), raw);
    assert.equal(raw, JSON.stringify(JSON.parse(raw), null, 2) + '\n', 'pretty-printed');
    await client.waitForDiagnostics(ws.uri(COAST), (d) => !d.some((x) => (x.data as { key?: string } | undefined)?.key === key), 'the ignored finding gone');
    // Accepting a value records it as canonical for the fact, sorted and keyed, next to the ignore.
    const accept = actions.find((a) => a.command?.command === 'newslens.acceptValue')!;
    await client.request('workspace/executeCommand', { command: accept.command!.command, arguments: accept.command!.arguments });
    const after = JSON.parse(readFileSync(ledgerFile, 'utf8')) as { ignored: unknown[]; canonical: Array<{ key: string; value: string }> };
    const args = accept.command!.arguments![0] as { key: string; value: string; fingerprint?: string };
    assert.ok(args.fingerprint?.startsWith('figure|'), args.fingerprint);
    assert.deepEqual(after.canonical, [{ key: args.key, value: args.value, fingerprint: args.fingerprint }]);
    assert.equal(after.ignored.length, 1);
    // The articles themselves are untouched.
    assert.equal(text(COAST), readFileSync(join(REPO, 'samples', COAST), 'utf8'));
  });

  it('drops a finding once an edit removes the disagreement', async () => {
    assert.ok(nameVariantIn(SARN));
    const fixed = text(SARN).replace(/Rudnitskiy/g, 'Rudnitsky');
    await client.open(ws.uri(SARN), text(SARN));
    opened.add(SARN);
    await client.change(ws.uri(SARN), fixed);
    const before = client.notifications.length;
    await client.waitFor(() => PORT.every((n) => !nameVariantIn(n)), 'no name-variant finding left in any article');
    await client.waitFor(
      () => client.notifications.slice(before).some((n) => n.method === 'newslens/storiesChanged' && (n.params as { articles: string[] }).articles.includes(ws.uri(SARN))),
      'a storiesChanged notification naming the edited article',
    );
    // Editing it back brings the finding back, in the never-opened articles too.
    await client.change(ws.uri(SARN), text(SARN));
    await client.waitFor(() => nameVariantIn(SARN), 'the finding back');
  });

  it('follows a rename (delete + create)', async () => {
    const from = ws.uri(GULF);
    // Every article with a finding that points at the old name points at the new one afterwards.
    const pointing = PORT.filter((n) => n !== GULF && diags(n).some((d) => (d.relatedInformation ?? []).some((r) => r.location.uri === from)));
    assert.ok(pointing.length > 0);
    const to = ws.uri('renamed-gulf-wire.txt');
    renameSync(join(ws.dir, GULF), join(ws.dir, 'renamed-gulf-wire.txt'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: from, type: 3 }, { uri: to, type: 1 }] });
    await client.waitForDiagnostics(from, (d) => d.length === 0, 'the old name cleared');
    await client.waitForDiagnostics(to, (d) => d.some((x) => (x.relatedInformation ?? []).length > 0), 'findings under the new name');
    await client.waitFor(
      () => pointing.every((n) => diags(n).some((d) => (d.relatedInformation ?? []).some((r) => r.location.uri === to))),
      `${pointing.join(', ')} point at the new name`,
    );
  });

  it('clears the diagnostics of a deleted article', async () => {
    // The never-opened article other articles point at most: deleting it must clear both sides.
    const pointedAt = (n: string): number =>
      PORT.reduce((c, m) => c + diags(m).filter((d) => (d.relatedInformation ?? []).some((r) => r.location.uri === ws.uri(n))).length, 0);
    const name = PORT.filter((n) => n !== GULF && !opened.has(n) && diags(n).length > 0).sort((x, y) => pointedAt(y) - pointedAt(x))[0];
    assert.ok(name, `no never-opened article with findings: ${PORT.map((n) => `${n} ${diags(n).length}`).join(', ')}`);
    assert.ok(pointedAt(name) > 0, `no finding points at ${name}`);
    const gone = ws.uri(name);
    rmSync(join(ws.dir, name));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: gone, type: 3 }] });
    await client.waitForDiagnostics(gone, (d) => d.length === 0, 'cleared diagnostics');
    await client.waitFor(
      () => PORT.every((n) => diags(n).every((d) => (d.relatedInformation ?? []).every((r) => r.location.uri !== gone))),
      'no related information pointing at the deleted article',
    );
  });
});
