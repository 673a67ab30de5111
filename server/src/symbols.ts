// Document symbols (the Outline view), in the order a reader looks for them: People, Quotes grouped by
// speaker, Organisations, Places, Other names; each entity at its first mention. VS Code's outline
// names a symbol's kind in its tooltip ("Berlin (field)") and has no kind called person or place, so
// the kinds are chosen for their icons and least misleading names, and each symbol's detail says in
// plain words what it is ("person · Ukrainian President · 10 mentions"). Clients without hierarchical
// symbol support get a flat list with the group as container name.

import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver';
import type { Entity, EntityType, Quote } from './analysis/types';
import type { ArticleSnapshot } from './documents';
import { distinctRoles, excerpt, oneLine } from './format';

/** Entity groups: the group's name, the kind of its members and the word the detail uses for one. */
const GROUPS: Record<EntityType, { name: string; kind: SymbolKind; noun: string; plural: string }> = {
  person: { name: 'People', kind: SymbolKind.Key, noun: 'person', plural: 'people' },
  organization: { name: 'Organisations', kind: SymbolKind.Struct, noun: 'organisation', plural: 'organisations' },
  place: { name: 'Places', kind: SymbolKind.Field, noun: 'place', plural: 'places' },
  other: { name: 'Other names', kind: SymbolKind.Event, noun: 'name', plural: 'names' },
};
/** The kind of a group of symbols, of a speaker (the group of their quotes) and of a quote. */
const GROUP_KIND = SymbolKind.Namespace;
const SPEAKER_KIND = SymbolKind.Key;
const QUOTE_KIND = SymbolKind.String;
/** What a quote is, in words. */
const QUOTE_DETAIL: Record<Quote['kind'], string> = { speech: 'quote', partial: 'partial quote', term: 'quoted term' };

const QUOTE_NAME_CHARS = 60;
const UNATTRIBUTED = '(no speaker)';

export function documentSymbols(snapshot: ArticleSnapshot | null, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  if (!snapshot) return [];
  const tree = symbolTree(snapshot);
  return hierarchical ? tree : flatten(tree, snapshot.uri);
}

function symbolTree(snapshot: ArticleSnapshot): DocumentSymbol[] {
  const groups = [
    entityGroup(snapshot, 'person'),
    quoteGroup(snapshot),
    entityGroup(snapshot, 'organization'),
    entityGroup(snapshot, 'place'),
    entityGroup(snapshot, 'other'),
  ].filter((g): g is DocumentSymbol => g !== undefined);
  // VS Code's outline sorts symbols by where their ranges start, then end, then by name. Each group
  // stands for the whole article: all start at its beginning, and each ends one character after the
  // one before (past the end of the text, which editors clamp), so the outline keeps this order.
  const whole = snapshot.lines.rangeOf({ start: 0, end: snapshot.text.length });
  groups.forEach((g, i) => {
    g.range = { start: { line: 0, character: 0 }, end: { line: whole.end.line, character: whole.end.character + i } };
  });
  return groups;
}

function entityGroup(snapshot: ArticleSnapshot, type: EntityType): DocumentSymbol | undefined {
  const { analysis, lines } = snapshot;
  const g = GROUPS[type];
  const children: DocumentSymbol[] = [];
  for (const e of analysis.entities) {
    if (e.type !== type) continue;
    const first = e.mentions.find((m) => lines.isValid(m));
    if (!first) continue;
    const range = lines.rangeOf(first);
    children.push({ name: symbolName(e.name), detail: entityDetail(e, g.noun), kind: g.kind, range, selectionRange: range });
  }
  return children.length ? group(g.name, GROUP_KIND, children, count(children.length, g.noun, g.plural)) : undefined;
}

/** Quotes under their speaker, speakers in order of their first quote, unattributed quotes last. */
function quoteGroup(snapshot: ArticleSnapshot): DocumentSymbol | undefined {
  const { analysis, lines } = snapshot;
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of analysis.quotes) {
    if (!lines.isValid(q)) continue;
    const key = q.speaker ? oneLine(q.speaker) : UNATTRIBUTED;
    const list = bySpeaker.get(key) ?? [];
    list.push(q);
    bySpeaker.set(key, list);
  }
  const speakers: DocumentSymbol[] = [];
  let total = 0;
  for (const [speaker, quotes] of [...bySpeaker].sort(([a], [b]) => Number(a === UNATTRIBUTED) - Number(b === UNATTRIBUTED))) {
    const children = quotes.map((q): DocumentSymbol => {
      const range = lines.rangeOf(q);
      return { name: symbolName(`“${excerpt(q.text, QUOTE_NAME_CHARS)}”`), detail: QUOTE_DETAIL[q.kind], kind: QUOTE_KIND, range, selectionRange: range };
    });
    total += quotes.length;
    speakers.push(group(symbolName(speaker), SPEAKER_KIND, children, count(quotes.length, 'quote')));
  }
  return speakers.length ? group('Quotes', GROUP_KIND, speakers, count(total, 'quote')) : undefined;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "person · Ukrainian President · 10 mentions". */
function entityDetail(e: Entity, noun: string): string {
  const role = distinctRoles(e.roles.map((r) => r.text))[0];
  return [noun, ...(role ? [role] : []), count(e.mentions.length, 'mention')].join(' · ');
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
