// Document symbols (the Outline view): People, Organizations, Places and Other names, each entity at
// its first mention; then Quotes grouped by speaker. Clients without hierarchical symbol support get
// a flat list with the group as container name.

import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver';
import type { Entity, EntityType, Quote } from './analysis/types';
import type { ArticleSnapshot } from './documents';
import { excerpt, oneLine } from './format';

const GROUPS: Array<{ type: EntityType; name: string; kind: SymbolKind }> = [
  { type: 'person', name: 'People', kind: SymbolKind.Object },
  { type: 'organization', name: 'Organizations', kind: SymbolKind.Class },
  { type: 'place', name: 'Places', kind: SymbolKind.Module },
  { type: 'other', name: 'Other names', kind: SymbolKind.Event },
];

const QUOTE_NAME_CHARS = 60;
const UNATTRIBUTED = '(no speaker)';

export function documentSymbols(snapshot: ArticleSnapshot | null, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  if (!snapshot) return [];
  const tree = symbolTree(snapshot);
  return hierarchical ? tree : flatten(tree, snapshot.uri);
}

function symbolTree(snapshot: ArticleSnapshot): DocumentSymbol[] {
  const { analysis, lines } = snapshot;
  const groups: DocumentSymbol[] = [];

  for (const g of GROUPS) {
    const children: DocumentSymbol[] = [];
    for (const e of analysis.entities) {
      if (e.type !== g.type) continue;
      const first = e.mentions.find((m) => lines.isValid(m));
      if (!first) continue;
      const range = lines.rangeOf(first);
      children.push({ name: symbolName(e.name), detail: entityDetail(e), kind: g.kind, range, selectionRange: range });
    }
    if (children.length) groups.push(group(g.name, g.kind, children));
  }

  // Quotes under their speaker, speakers in order of their first quote, unattributed quotes last.
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of analysis.quotes) {
    if (!lines.isValid(q)) continue;
    const key = q.speaker ? oneLine(q.speaker) : UNATTRIBUTED;
    const list = bySpeaker.get(key) ?? [];
    list.push(q);
    bySpeaker.set(key, list);
  }
  const speakers: DocumentSymbol[] = [];
  for (const [speaker, quotes] of [...bySpeaker].sort(([a], [b]) => Number(a === UNATTRIBUTED) - Number(b === UNATTRIBUTED))) {
    const children = quotes.map((q): DocumentSymbol => {
      const range = lines.rangeOf(q);
      return {
        name: symbolName(`“${excerpt(q.text, QUOTE_NAME_CHARS)}”`),
        detail: q.kind,
        kind: SymbolKind.String,
        range,
        selectionRange: range,
      };
    });
    speakers.push(group(symbolName(speaker), SymbolKind.Object, children, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`));
  }
  if (speakers.length) groups.push(group('Quotes', SymbolKind.Namespace, speakers));
  return groups;
}

function entityDetail(e: Entity): string {
  const n = e.mentions.length;
  const role = e.roles[0]?.text;
  return `${role ? `${oneLine(role)} · ` : ''}${n} mention${n === 1 ? '' : 's'}`;
}

/** A group spanning its children; its selection range is its first child's. */
function group(name: string, kind: SymbolKind, children: DocumentSymbol[], detail?: string): DocumentSymbol {
  const range = cover(children.map((c) => c.range));
  const symbol: DocumentSymbol = { name, kind, range, selectionRange: children[0]!.selectionRange, children };
  if (detail !== undefined) symbol.detail = detail;
  return symbol;
}

function cover(ranges: Range[]): Range {
  let { start, end } = ranges[0]!;
  for (const r of ranges) {
    if (before(r.start, start)) start = r.start;
    if (before(end, r.end)) end = r.end;
  }
  return { start, end };
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Symbol names must not be empty (VS Code rejects them) and read best on one line. */
function symbolName(text: string): string {
  const t = oneLine(text);
  return t === '' ? '(empty)' : t;
}

function flatten(symbols: DocumentSymbol[], uri: string, container?: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const s of symbols) {
    const info: SymbolInformation = { name: s.name, kind: s.kind, location: { uri, range: s.selectionRange } };
    if (container !== undefined) info.containerName = container;
    out.push(info);
    if (s.children) out.push(...flatten(s.children, uri, s.name));
  }
  return out;
}
