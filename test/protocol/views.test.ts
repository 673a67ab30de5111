// What a reader sees in the hovers and the outline, over the real server, on a small invented story:
// three reports of a ferry strike, two giving one figure and the third another. Hovers are short (a
// few references and "N more"), speak in human units and the article's own words, and tell an
// agreeing article which sources differ; the outline lists people and quotes first.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol/node';
import { disposeClient, LspClient, tempWorkspace } from './lspClient';

const A = 'ferry-harbour-times.txt';
const B = 'ferry-coast-radio.txt';
const C = 'ferry-island-post.txt';
const ARTICLES: Record<string, string> = {
  [A]: [
    'Ferry crews walk out in Lindhaven',
    '',
    'About 1,200 ferry crew members walked out in Lindhaven on Tuesday, the Lindhaven Ferry Union said. The talks with the operators on Monday lasted roughly 90 minutes before they broke down.',
    '“We have waited long enough,” said Marta Olsen, the union’s general secretary. Harbour master Tomas Brekke said 300 sailings were cancelled.',
    'Norland - Transport Minister Olek Marenko said the government would not step in. “This is for the union and the operators,” Marenko said.',
  ].join('\n'),
  [B]: [
    'Lindhaven ferries halted as crews strike',
    '',
    'About 1,200 ferry crew members stopped work on Tuesday in Lindhaven, according to the Lindhaven Ferry Union. Monday’s talks with the operators lasted roughly 90 minutes.',
    '“We have waited long enough,” union general secretary Marta Olsen told reporters. Some 300 sailings were cancelled, harbour master Tomas Brekke said.',
    'Transport Minister Olek Marenko said the government would not step in.',
  ].join('\n'),
  [C]: [
    'Strike stops Lindhaven ferries',
    '',
    'Some 1,800 ferry crew members walked out in Lindhaven on Tuesday, the Lindhaven Ferry Union said. The talks on Monday lasted about two hours.',
    '“We waited long enough,” said union leader Marta Olsen. Harbour master Tomas Brekke said 300 sailings were cancelled.',
    'Transport Minister Olek Marenko said the government would not step in.',
  ].join('\n'),
};

function positionOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in the text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length + delta };
}

describe('hovers and outline as a reader sees them', () => {
  const ws = tempWorkspace([]);
  let client: LspClient;
  const hoverText = async (name: string, needle: string): Promise<string> => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri(name) }, position: positionOf(ARTICLES[name]!, needle) });
    return (h?.contents as { value: string } | undefined)?.value ?? '';
  };

  before(async () => {
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(ws.dir, name), text);
    client = await LspClient.start({ folders: [ws.dir], pullConfiguration: true, settings: {} });
    await client.waitFor(() => Object.keys(ARTICLES).every((n) => client.diagnostics.has(ws.uri(n))), 'diagnostics for the three articles', 30_000);
    await client.open(ws.uri(A), ARTICLES[A]!);
  });
  after(async () => {
    await disposeClient(client);
    ws.dispose();
  });

  it('a figure this source shares with most says which source gives another value, and lists it first', async () => {
    const value = await hoverText(A, 'About 1,200');
    assert.match(value, /1 source gives another value; 1 agrees/);
    const bullets = value.split('\n').filter((l) => l.startsWith('- '));
    assert.match(bullets[0] ?? '', /ferry\\-island\\-post\\\.txt:\d+ “Some 1,800”.*_differs_/, value);
    assert.match(bullets[1] ?? '', /ferry\\-coast\\-radio\\\.txt:\d+ “About 1,200”.*_agrees_/, value);
  });

  it('a duration in hours and minutes, and the hedge as the article writes it', async () => {
    const value = await hoverText(A, 'roughly 90 minutes');
    assert.match(value, /Value: 1 h 30 min/);
    assert.match(value, /Hedged: “roughly”/);
    assert.doesNotMatch(value, /\d s\b|5,400/, 'no seconds');
  });

  it('a person: the role phrase only, counts per source and at most three references', async () => {
    const value = await hoverText(A, 'Olek Marenko');
    assert.match(value, /\*\*Olek Marenko\*\* · person · Transport Minister/);
    assert.doesNotMatch(value, /Norland \\?-/, 'a stray word before the role');
    assert.match(value, /mentioned in 3 of 3 sources/);
    assert.match(value, /Roles: Transport Minister \(3 sources\)/);
    const olsen = await hoverText(A, 'Marta Olsen');
    // "union's general secretary" and "union general secretary" are one role, given by two sources.
    assert.match(olsen, /Roles: union(?:’s)? general secretary \(2 sources\), union leader \(1\)/);
    const bullets = olsen.split('\n').filter((l) => l.startsWith('- '));
    assert.ok(bullets.length <= 4, olsen);
    assert.match(bullets[0] ?? '', /ferry\\-island\\-post\\\.txt:\d+ union leader/, 'the source that differs comes first');
    assert.ok(value.split('\n').length <= 14, `a short hover:\n${value}`);
  });

  it('the outline: people, quotes by speaker, then organisations and places, with kinds and details in words', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: ws.uri(A) } });
    const groups = symbols.map((s) => s.name);
    assert.deepEqual(
      groups.filter((g) => ['People', 'Quotes', 'Organisations', 'Places', 'Other names'].includes(g)),
      groups,
      groups.join(', '),
    );
    assert.deepEqual(groups.slice(0, 2), ['People', 'Quotes']);
    const order = ['People', 'Quotes', 'Organisations', 'Places', 'Other names'];
    assert.deepEqual([...groups].sort((a, b) => order.indexOf(a) - order.indexOf(b)), groups);
    const people = symbols[0]!.children ?? [];
    const olsen = people.find((p) => p.name === 'Marta Olsen');
    assert.match(olsen?.detail ?? '', /^person · union’s general secretary · 1 mention$/);
    const quotes = symbols[1]!.children ?? [];
    assert.ok(quotes.some((q) => q.name === 'Olek Marenko' && q.detail === '1 quote'), quotes.map((q) => `${q.name} (${q.detail})`).join(', '));
    // VS Code's outline sorts by where a symbol's range starts, then ends: every group starts at the
    // article's start, and their ends keep the order above.
    for (const g of symbols) assert.deepEqual(g.range.start, { line: 0, character: 0 }, g.name);
    const ends = symbols.map((g) => [g.range.end.line, g.range.end.character] as const);
    assert.ok(ends.every((e, i) => i === 0 || e[0] > ends[i - 1]![0] || (e[0] === ends[i - 1]![0] && e[1] > ends[i - 1]![1])), JSON.stringify(ends));
    // VS Code names the kind in the outline's tooltip ("name (kind)"): never "class" for a name.
    const kinds = new Set(symbols.flatMap((g) => [g.kind, ...(g.children ?? []).map((c) => c.kind)]));
    assert.ok(!kinds.has(5), 'no symbol is a class');
  });
});
