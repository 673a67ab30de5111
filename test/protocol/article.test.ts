// Per-article features over the real server: capabilities, semantic tokens, hover, symbols and the
// article's own diagnostics, for a document opened outside any workspace folder.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover, SemanticTokens } from 'vscode-languageserver-protocol/node';
import { assertDocLink, disposeClient, FULL_CAPABILITIES, LspClient, tempWorkspace } from './lspClient';

const TEXT = [
  'Zoë Ångström named new head of Nordhavn Port Authority',
  'NORDHAVN, March 3 — The Nordhavn Port Authority said on Tuesday that Zoë Ångström would lead it.',
  '',
  '“We will reopen the northern quay within a month,” Ångström told reporters in Nordhavn.',
  '',
  'Piotr Wójcik, the authority’s outgoing chair, said the decision was “overdue and welcome.”',
  '',
  'The union’s spokesperson, Marta Ruiz, said: “We have waited for this',
  'for a very long time.” Ruiz added that 2,400 workers would benefit.',
  '',
].join('\n');

const BROKEN = 'Strike ends at Vallmora port\n\nThe union leader Ilka Brandvold said: “We will be back on Wednesday.\n\nOperators welcomed the deal.\n';

interface Token {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: number;
}

function decode(data: number[], types: string[]): Token[] {
  const out: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
    out.push({ line, character, length: data[i + 2]!, type: types[data[i + 3]!]!, modifiers: data[i + 4]! });
  }
  return out;
}

describe('per-article features', () => {
  const ws = tempWorkspace([]);
  const uri = ws.uri('nordhavn.news');
  const brokenUri = ws.uri('broken.txt');
  let client: LspClient;
  let multi: LspClient | undefined;

  before(async () => {
    client = await LspClient.start();
    await client.open(uri, TEXT, 'news');
  });
  after(async () => {
    await disposeClient(client);
    await multi?.dispose();
    ws.dispose();
  });

  it('announces its capabilities', () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.semanticTokensProvider);
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.codeActionProvider);
    assert.deepEqual([...(caps.executeCommandProvider?.commands ?? [])].sort(), ['newslens.acceptValue', 'newslens.ignoreFinding']);
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.documentHighlightProvider, true);
    assert.equal(caps.workspaceSymbolProvider, true);
    assert.equal(client.initializeResult.serverInfo?.name, 'NewsLens');
  });

  it('semantic tokens never overlap, use UTF-16 positions and stay on one line', async () => {
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    const res = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decode(res.data, legend.tokenTypes);
    assert.ok(tokens.length > 5, 'some tokens');
    const lines = TEXT.split('\n');
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1]!;
      const b = tokens[i]!;
      assert.ok(b.line > a.line || b.character >= a.character + a.length, `tokens ${i - 1} and ${i} overlap`);
    }
    for (const t of tokens) assert.ok(t.character + t.length <= lines[t.line]!.length, 'a token crosses a line end');
    const texts = tokens.map((t) => `${t.type}:${lines[t.line]!.slice(t.character, t.character + t.length)}`);
    assert.ok(texts.includes('person:Zoë Ångström'), texts.join(' | '));
    assert.ok(texts.includes('person:Piotr Wójcik'), texts.join(' | '));
    assert.ok(texts.some((t) => t.startsWith('quote:“We will reopen')), 'the curly-quoted quote is a token');
    // The quotation marks of lines 7–8 do not join across the line break: no token starts mid-quote
    // on line 8 without a token ending line 7 at its end.
    assert.ok(tokens.some((t) => t.type === 'quote' && t.line === 8 && t.character === 0));
    assert.ok(tokens.some((t) => t.type === 'quote' && t.line === 7 && t.character + t.length === lines[7]!.length));
  });

  it('answers clients with multi-line token support with valid tokens too', async () => {
    const caps = structuredClone(FULL_CAPABILITIES);
    caps.textDocument!.semanticTokens!.multilineTokenSupport = true;
    multi = await LspClient.start({ capabilities: caps });
    await multi.open(uri, TEXT, 'news');
    const legend = multi.initializeResult.capabilities.semanticTokensProvider!.legend;
    const res = await multi.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decode(res.data, legend.tokenTypes);
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1]!;
      const b = tokens[i]!;
      assert.ok(b.line > a.line || b.character >= a.character + a.length, `tokens ${i - 1} and ${i} overlap`);
    }
    // The core ends every span at a line break (a line is a paragraph), so both clients get the same.
    const single = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(res.data, single.data);
  });

  it('hovers with escaped Markdown', async () => {
    const line = TEXT.split('\n')[1]!;
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: line.indexOf('Zoë') + 1 },
    });
    assert.ok(h);
    const contents = h.contents as { kind: string; value: string };
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /\*\*Zoë Ångström\*\*/);
    assert.match(contents.value, /person/);
    assert.ok(h.range);
    assert.equal(h.range.start.line, 1);
    assert.equal(h.range.start.character, line.indexOf('Zoë'));
  });

  it('lists people, organisations, places and quotes as document symbols', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const groups = symbols.map((s) => s.name);
    assert.ok(groups.includes('People'), groups.join(', '));
    assert.ok(groups.includes('Quotes'), groups.join(', '));
    const people = symbols.find((s) => s.name === 'People')!.children!.map((c) => c.name);
    assert.ok(people.includes('Zoë Ångström'), people.join(', '));
  });

  it('publishes the article’s own problems with source and code', async () => {
    await client.open(brokenUri, BROKEN);
    const diags = await client.waitForDiagnostics(brokenUri, (d) => d.length > 0, 'unbalanced-quote diagnostic');
    const d = diags.find((x) => x.code === 'unbalanced-quote');
    assert.ok(d, JSON.stringify(diags));
    assert.equal(d.source, 'NewsLens');
    assertDocLink(d.codeDescription?.href, 'unbalanced-quote');
    assert.equal(d.range.start.line, 2);
    // Fixing the quote clears it.
    await client.change(brokenUri, BROKEN.replace('Wednesday.', 'Wednesday.”'));
    await client.waitForDiagnostics(brokenUri, (x) => !x.some((y) => y.code === 'unbalanced-quote'), 'cleared diagnostic');
  });
});
