// The human-readable output of `annotate --format text`: per file a header, then entities grouped
// by type, figures, quotes and problems. Positions are shown as LINE:COL, both 1-based, COL counted
// in UTF-16 code units like an editor's column (only this display needs lines; the JSON has offsets).

import { LineIndex } from '../positions';
import type { ArticleAnalysis, Entity, EntityType, Figure, Problem, Quote } from '../analysis/types';
import { formatNumber } from '../analysis/util/numberFormat';

/** 1-based LINE:COL for offsets in one text, through the one offset converter (positions.ts). */
export class LineCols {
  private readonly index: LineIndex;
  constructor(text: string) {
    this.index = LineIndex.fromText(text);
  }
  at(offset: number): string {
    const p = this.index.positionAt(offset);
    return `${p.line + 1}:${p.character + 1}`;
  }
}

/**
 * Characters that must never reach a terminal raw from a file name or an article: control characters
 * (a newline would start a forged line, ESC a terminal escape sequence), line and paragraph
 * separators, and the bidirectional controls that make text display in another order than it reads.
 */
const UNSAFE_CHAR = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const UNSAFE_CHARS = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  return SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A file name as the text outputs print it: as it is when it is plain, otherwise in double quotes with
 * JSON-style escapes (`"evil\n.txt"`, `"\u202etxt.exe"`), so no name can forge an output line or
 * display reordered. A plain name never starts with a double quote, so the two cannot be confused.
 */
export function safeName(name: string): string {
  if (!UNSAFE_CHAR.test(name) && !name.startsWith('"')) return name;
  return `"${name.replace(/["\\]/g, '\\$&').replace(UNSAFE_CHARS, escapeChar)}"`;
}

/** Text from an article or a message on one line: control and bidirectional characters escaped. */
export function oneLine(text: string): string {
  return UNSAFE_CHAR.test(text) ? text.replace(UNSAFE_CHARS, escapeChar) : text;
}

const TYPE_HEADINGS: Array<[EntityType, string]> = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
  ['other', 'Other names'],
];

/** Squeezes whitespace and cuts to about `max` characters (never inside a surrogate pair). */
export function excerpt(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A figure's value as this listing has always shown it: whole numbers from 1,000 up grouped by the
 * shared formatter, anything else exactly as JavaScript writes it (0.065, 2.5), infinities as ∞/-∞.
 */
function valueText(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  return Math.abs(n) >= 1000 && Number.isInteger(n) ? formatNumber(n) : String(n);
}

function entityLine(e: Entity, lc: LineCols): string {
  const parts = [`${e.name}  ×${e.mentions.length}`];
  const others = e.spellings.filter((s) => s !== e.name);
  if (others.length) parts.push(`also: ${others.join(', ')}`);
  const roles = [...new Set(e.roles.map((r) => r.text))];
  if (roles.length) parts.push(`roles: ${roles.join('; ')}`);
  if (e.subtype) parts.push(`(${e.subtype})`);
  const first = e.mentions[0];
  const where = first ? lc.at(first.start).padEnd(8) : ''.padEnd(8);
  return `    ${where}${parts.join('   ')}`;
}

function figureLine(f: Figure, lc: LineCols): string {
  let value = typeof f.value === 'number' ? valueText(f.value) : (f.value ?? '?');
  if (f.unit) value += ` ${f.unit}`;
  const extra: string[] = [];
  if (f.interval && (f.interval.lo !== f.interval.hi || typeof f.value !== 'number' || f.interval.lo !== f.value)) {
    extra.push(`range ${valueText(f.interval.lo)}…${valueText(f.interval.hi)}`);
  }
  if (f.hedge) extra.push(`hedge: ${f.hedge}`);
  if (f.counts) extra.push(`of: ${f.counts}`);
  if (f.precision) extra.push(`precision: ${f.precision}${f.resolved ? ', resolved' : ''}`);
  return `  ${lc.at(f.start).padEnd(8)}${f.kind.padEnd(9)}${excerpt(f.text, 40)}  →  ${value}${extra.length ? '   (' + extra.join(', ') + ')' : ''}`;
}

function quoteLine(q: Quote, lc: LineCols): string {
  const who = q.speaker ?? '(no speaker found)';
  const via = q.attribution ? `  [${q.attribution.method}${q.attribution.verb ? ': ' + q.attribution.verb : ''}]` : '';
  return `  ${lc.at(q.start).padEnd(8)}${q.kind.padEnd(8)}${who}: “${excerpt(q.text)}”${q.broken ? '  (unbalanced marks)' : ''}${via}`;
}

function problemLine(p: Problem, lc: LineCols): string {
  return `  ${lc.at(p.start).padEnd(8)}${p.severity.padEnd(12)}${p.message}  [${p.code}]`;
}

export function formatText(file: string, text: string, analysis: ArticleAnalysis, fileProblems: Problem[]): string {
  const lc = new LineCols(text);
  const out: string[] = [];
  const mentions = analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
  out.push(`== ${safeName(file)}`);
  const facts = [
    plural(analysis.length, 'character'),
    plural(analysis.paragraphs.length, 'paragraph'),
    plural(analysis.sentences.length, 'sentence'),
  ];
  out.push(`   ${facts.join(', ')}`);
  if (analysis.headline) out.push(`   headline: ${excerpt(text.slice(analysis.headline.start, analysis.headline.end))}`);

  out.push('', `Entities: ${plural(analysis.entities.length, 'entity', 'entities')}, ${plural(mentions, 'mention')}`);
  for (const [type, heading] of TYPE_HEADINGS) {
    const group = analysis.entities.filter((e) => e.type === type);
    if (!group.length) continue;
    group.sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
    out.push(`  ${heading} (${group.length})`);
    for (const e of group) out.push(entityLine(e, lc));
  }

  out.push('', `Figures: ${analysis.figures.length}`);
  for (const f of analysis.figures) out.push(figureLine(f, lc));

  out.push('', `Quotes: ${analysis.quotes.length}`);
  for (const q of analysis.quotes) out.push(quoteLine(q, lc));

  const problems = [...fileProblems, ...analysis.problems];
  out.push('', `Problems: ${problems.length}`);
  for (const p of problems) out.push(problemLine(p, lc));
  return out.join('\n') + '\n';
}
