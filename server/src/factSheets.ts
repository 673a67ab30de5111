// newslens/factSheets in facts mode: two articles of one story as two sheets a line diff can compare.
// A reader scans them top down: what the two sources give differently, what only one of them gives,
// then what they agree on. Every line is keyed by the fact's identity from the alignment (or the
// entity's), never by its label's wording, and the text of a line holds nothing that differs between
// the sides when the facts agree (no line numbers, no file names), so the diff marks only differences.
// Sentence mode lives in sentenceSheets.ts.

import type { CrossEntity, Fact, StoryResult } from './analysis/cross/types';
import type { Span } from './analysis/types';
import type { CorpusIndex } from './corpus';
import { displayName } from './corpus';
import { distinctRoles, oneLine } from './format';
import type { FactSheet, FactSheetLine, FactSheetLink, FactSheetsParams, FactSheetsResult, Location } from './protocol';
import { sentenceSheets } from './sentenceSheets';

/** Where a fact stands between the two sides. */
type Section = 'differ' | 'left' | 'right' | 'both';
const SECTIONS: readonly Section[] = ['differ', 'left', 'right', 'both'];

/** The order of kinds inside a section: people first, names of other things last. */
const KIND_ORDER: Record<string, number> = { person: 0, figure: 1, date: 2, quote: 3, role: 4, organization: 5, place: 6, other: 7 };
const ENTITY_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'other']);
/** Names of things other than people are listed one line per kind, with these labels. */
const LIST_LABEL: Record<string, { one: string; many: string }> = {
  organization: { one: 'Organisation', many: 'Organisations' },
  place: { one: 'Place', many: 'Places' },
  other: { one: 'Other name', many: 'Other names' },
};

interface Row {
  section: Section;
  kind: string;
  sort: string;
  /** How many facts the row holds (a list line holds several names). */
  count: number;
  left?: FactSheetLine;
  right?: FactSheetLine;
}

/** A name of a list line on one side: its text and where it leads. */
interface ListName {
  key: string;
  text: string;
  location?: Location;
}

export { sentenceSheets };

export function factSheets(corpus: CorpusIndex, params: FactSheetsParams): FactSheetsResult {
  const { left, right } = params;
  if (params.mode === 'sentences') return sentenceSheets(corpus, left, right);
  const empty = (u: string): FactSheet => ({ uri: u, name: displayName(u), lines: [] });
  const story = corpus.storyOf(left);
  if (!story || left === right || !story.story.articles.includes(right)) return { left: empty(left), right: empty(right) };
  const sides = { corpus, left, right };
  const rows: Row[] = [];
  const lists = new Map<string, { left: ListName[]; right: ListName[] }>();
  for (const e of story.entities) {
    if (e.type === 'person' || entityDiffers(e, left, right)) {
      const row = entityRow(sides, story, e);
      if (row) rows.push(row);
      continue;
    }
    // Organisations, places and other names both sides spell alike (or only one side names) are listed.
    const section = sectionOf(e.members.some((m) => m.article === left), e.members.some((m) => m.article === right), false);
    if (!section) continue;
    const key = `${section}\u0000${e.type}`;
    const list = lists.get(key) ?? { left: [], right: [] };
    for (const side of ['left', 'right'] as const) {
      const name = listName(sides, e, sides[side]);
      if (name) list[side].push(name);
    }
    lists.set(key, list);
  }
  for (const f of story.facts) {
    if (ENTITY_KINDS.has(f.kind)) continue;
    // A person's role is on that person's line.
    if (f.kind === 'role' && f.entity && story.entities.some((e) => e.id === f.entity)) continue;
    const row = factRow(sides, f);
    if (row) rows.push(row);
  }
  for (const [key, list] of lists) rows.push(listRow(key, list));
  return layout(left, right, rows);
}

interface Sides {
  corpus: CorpusIndex;
  left: string;
  right: string;
}

function sectionOf(inLeft: boolean, inRight: boolean, differ: boolean): Section | undefined {
  if (inLeft && inRight) return differ ? 'differ' : 'both';
  if (inLeft) return 'left';
  return inRight ? 'right' : undefined;
}

function loc(corpus: CorpusIndex, uri: string, span: Span | undefined): Location | undefined {
  const lines = corpus.lines(uri);
  return span && lines && lines.isValid(span) ? { uri, range: lines.rangeOf(span) } : undefined;
}

function line(text: string, key: string, location: Location | undefined, links?: FactSheetLink[]): FactSheetLine {
  const l: FactSheetLine = { text: oneLine(text), key };
  if (location) l.location = location;
  if (links?.length) l.links = links;
  return l;
}

// ---- entities ------------------------------------------------------------------------------------

/** The spellings one side uses for an entity. */
function spellingsIn(e: CrossEntity, uri: string): string[] {
  return e.spellings.filter((s) => s.articles.includes(uri)).map((s) => oneLine(s.text));
}

/** The side's fullest spelling (most words, then longest). */
function fullestName(e: CrossEntity, uri: string): string {
  const own = spellingsIn(e, uri);
  return [...own].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0] ?? e.name;
}

/**
 * Two sides spell an entity differently when, for some number of words, both use spellings of that
 * length and none is shared ("Zelensky" and "Zelenskyy"); "Putin" against "Vladimir Putin" is not a
 * difference.
 */
export function spelledDifferently(leftSpellings: readonly string[], rightSpellings: readonly string[]): boolean {
  const byWords = (list: readonly string[]): Map<number, Set<string>> => {
    const m = new Map<number, Set<string>>();
    for (const s of list) {
      const n = s.split(/\s+/).length;
      // Typography is not spelling: curly and straight apostrophes are one.
      m.set(n, (m.get(n) ?? new Set()).add(s.toLowerCase().replace(/[’‘`´]/g, "'")));
    }
    return m;
  };
  const l = byWords(leftSpellings);
  const r = byWords(rightSpellings);
  for (const [n, set] of l) {
    const other = r.get(n);
    if (other && ![...set].some((s) => other.has(s))) return true;
  }
  return false;
}

function entityDiffers(e: CrossEntity, left: string, right: string): boolean {
  return spelledDifferently(spellingsIn(e, left), spellingsIn(e, right));
}

function firstMention(e: CrossEntity, uri: string): Span | undefined {
  return e.members
    .filter((m) => m.article === uri)
    .flatMap((m) => m.mentions)
    .sort((a, b) => a.start - b.start)[0];
}

/** A person (or a name spelled differently) on one side: "Steve Witkoff — special envoy". */
function entityLine(sides: Sides, e: CrossEntity, uri: string): FactSheetLine | undefined {
  const first = firstMention(e, uri);
  if (!first) return undefined;
  const name = fullestName(e, uri);
  let text = name;
  if (e.type === 'person') {
    const roles = distinctRoles(e.roles.filter((r) => r.location.article === uri).map((r) => r.text));
    if (roles.length) text += ` — ${roles.join('; ')}`;
  } else {
    text = `${LIST_LABEL[e.type]?.one ?? 'Name'}: ${name}`;
  }
  return line(text, e.id, loc(sides.corpus, uri, first));
}

function entityRow(sides: Sides, story: StoryResult, e: CrossEntity): Row | undefined {
  const l = entityLine(sides, e, sides.left);
  const r = entityLine(sides, e, sides.right);
  const roleConflict = story.facts.some((f) => f.kind === 'role' && f.entity === e.id && pairDiffers(f, sides.left, sides.right));
  const section = sectionOf(!!l, !!r, roleConflict || entityDiffers(e, sides.left, sides.right));
  if (!section) return undefined;
  const row: Row = { section, kind: e.type, sort: e.name.toLowerCase(), count: 1 };
  if (l) row.left = l;
  if (r) row.right = r;
  return row;
}

function listName(sides: Sides, e: CrossEntity, uri: string): ListName | undefined {
  const first = firstMention(e, uri);
  if (!first) return undefined;
  const name: ListName = { key: e.id, text: fullestName(e, uri) };
  const l = loc(sides.corpus, uri, first);
  if (l) name.location = l;
  return name;
}

/** "Places: Berlin, Kyiv, Moscow", each name a link to its first mention on that side. */
function listLine(type: string, names: ListName[]): FactSheetLine | undefined {
  if (!names.length) return undefined;
  const sorted = [...names].sort((a, b) => a.text.localeCompare(b.text));
  let text = `${LIST_LABEL[type]?.many ?? 'Names'}: `;
  const links: FactSheetLink[] = [];
  sorted.forEach((n, i) => {
    if (i > 0) text += ', ';
    if (n.location) links.push({ start: text.length, end: text.length + n.text.length, location: n.location });
    text += n.text;
  });
  return line(text, `list:${type}`, sorted[0]?.location, links);
}

function listRow(key: string, list: { left: ListName[]; right: ListName[] }): Row {
  const [section, type] = key.split('\u0000') as [Section, string];
  const row: Row = { section, kind: type, sort: '', count: Math.max(list.left.length, list.right.length) };
  const l = listLine(type, list.left);
  const r = listLine(type, list.right);
  if (l) row.left = l;
  if (r) row.right = r;
  return row;
}

// ---- facts ---------------------------------------------------------------------------------------

/** The values one side gives a fact, in text order, each shown once. */
function sideValues(f: Fact, uri: string): { shown: string[]; first?: Span } {
  const values = f.values.filter((v) => v.article === uri).sort((a, b) => a.span.start - b.span.start);
  const first = values[0]?.span;
  const shown = [...new Set(values.map((v) => oneLine(v.display || v.text)))];
  return first ? { shown, first } : { shown };
}

/**
 * Whether the two sides give a fact differently: only when the engine found the sources at odds and
 * the two sides' values are not the same set (the odd one out may be a third source).
 */
export function pairDiffers(f: Fact, left: string, right: string): boolean {
  if (f.status !== 'differ') return false;
  const l = new Set(sideValues(f, left).shown);
  const r = new Set(sideValues(f, right).shown);
  return l.size !== r.size || [...l].some((v) => !r.has(v));
}

/** "length of the talks: about 90 minutes", or a quote as "Speaker: “words”". */
function factText(f: Fact, shown: string[]): string {
  if (f.kind === 'quote') {
    const speaker = oneLine(f.label.split(' — ')[0] ?? f.label);
    return `${speaker}: ${shown.map((w) => `“${w}”`).join(' / ')}`;
  }
  return `${oneLine(f.label)}: ${shown.join(' / ')}`;
}

function factRow(sides: Sides, f: Fact): Row | undefined {
  const lv = sideValues(f, sides.left);
  const rv = sideValues(f, sides.right);
  const section = sectionOf(lv.shown.length > 0, rv.shown.length > 0, pairDiffers(f, sides.left, sides.right));
  if (!section) return undefined;
  const row: Row = { section, kind: f.kind, sort: `${f.label.toLowerCase()}\u0000${f.id}`, count: 1 };
  if (lv.shown.length) row.left = line(factText(f, lv.shown), f.id, loc(sides.corpus, sides.left, lv.first));
  if (rv.shown.length) row.right = line(factText(f, rv.shown), f.id, loc(sides.corpus, sides.right, rv.first));
  return row;
}

// ---- layout --------------------------------------------------------------------------------------

function heading(section: Section, count: number, leftName: string, rightName: string): string {
  const n = count === 0 ? 'none' : String(count);
  switch (section) {
    case 'differ':
      return `## Differ: ${n}`;
    case 'left':
      return `## Only in ${leftName}: ${n}`;
    case 'right':
      return `## Only in ${rightName}: ${n}`;
    default:
      return `## Both: ${n}`;
  }
}

/** The rows in sections, each side only with its own lines; the headings alike on both sides. */
/**
 * A line only the left gives and a line only the right gives that read the same (the alignment kept two
 * facts apart that a reader sees as one) are one line of the "both" section: a diff must not show them as
 * a removal and an addition, and they would pull the sections' headings out of line.
 */
function mergeSameText(rows: Row[]): Row[] {
  const rightOnly = new Map<string, Row[]>();
  for (const r of rows) if (r.section === 'right' && r.right) rightOnly.set(r.right.text, [...(rightOnly.get(r.right.text) ?? []), r]);
  const merged = new Set<Row>();
  const out: Row[] = [];
  for (const r of rows) {
    const twin = r.section === 'left' && r.left ? rightOnly.get(r.left.text)?.find((x) => !merged.has(x) && x.kind === r.kind) : undefined;
    if (!twin) continue;
    merged.add(r).add(twin);
    // One row: the same key on both sides, as for any fact both give.
    out.push({ ...r, section: 'both', right: { ...twin.right!, key: r.left!.key } });
  }
  return [...rows.filter((r) => !merged.has(r)), ...out];
}

function layout(left: string, right: string, all: Row[]): FactSheetsResult {
  const rows = mergeSameText(all);
  const leftName = displayName(left);
  const rightName = displayName(right);
  const L: FactSheetLine[] = [];
  const R: FactSheetLine[] = [];
  for (const section of SECTIONS) {
    const own = rows
      .filter((r) => r.section === section)
      .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
    if (L.length) {
      L.push({ text: '' });
      R.push({ text: '' });
    }
    const count = own.reduce((n, r) => n + r.count, 0);
    const h = heading(section, count, leftName, rightName);
    L.push({ text: h });
    R.push({ text: h });
    for (const r of own) {
      if (r.left) L.push(r.left);
      if (r.right) R.push(r.right);
    }
  }
  return { left: { uri: left, name: leftName, lines: L }, right: { uri: right, name: rightName, lines: R } };
}
