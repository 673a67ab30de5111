// Hover: what the analysis knows about the entity, figure or quotation under the cursor, as compact
// Markdown. A name or figure inside a quotation shows its own hover with a line about the quotation.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { ArticleAnalysis, Entity, Figure, Quote, Span } from './analysis/types';
import type { ArticleSnapshot } from './documents';
import {
  escapeMarkdown as md,
  excerpt,
  formatAmount,
  formatDate,
  formatDuration,
  formatInterval,
  formatNumber,
  weekdayOf,
} from './format';

/** How many of an entity's quotes the hover lists, and how long each excerpt may be. */
const MAX_QUOTES = 3;
const QUOTE_EXCERPT = 70;

export function hover(snapshot: ArticleSnapshot | null, position: Position): Hover | null {
  if (!snapshot) return null;
  const { analysis, lines } = snapshot;
  const offset = lines.offsetAt(position);
  const at = (s: Span): boolean => lines.isValid(s) && s.start <= offset && offset < s.end;

  const quote = innermost(analysis.quotes.filter(at));
  const figure = innermost(analysis.figures.filter(at));
  let mention: { entity: Entity; span: Span } | undefined;
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      if (at(m) && (!mention || m.end - m.start < mention.span.end - mention.span.start)) mention = { entity: e, span: m };
    }
  }

  // The narrower of a mention and a figure wins; a quotation only when neither is under the cursor.
  let body: string;
  let span: Span;
  if (mention && (!figure || mention.span.end - mention.span.start <= figure.end - figure.start)) {
    body = entityHover(mention.entity, analysis);
    span = mention.span;
  } else if (figure) {
    body = figureHover(figure);
    span = figure;
  } else if (quote) {
    return { contents: { kind: MarkupKind.Markdown, value: quoteHover(quote, snapshot) }, range: lines.rangeOf(quote) };
  } else {
    return null;
  }
  if (quote) body += `\n\n---\n\n${quoteLine(quote)}`;
  return { contents: { kind: MarkupKind.Markdown, value: body }, range: lines.rangeOf(span) };
}

function innermost<T extends Span>(items: T[]): T | undefined {
  let best: T | undefined;
  for (const i of items) if (!best || i.end - i.start < best.end - best.start) best = i;
  return best;
}

const ENTITY_LABEL: Record<string, string> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  other: 'other name',
};

function entityHover(e: Entity, analysis: ArticleAnalysis): string {
  const label = ENTITY_LABEL[e.type] ?? e.type;
  const head = `**${md(e.name)}** · ${label}${e.subtype ? ` (${md(e.subtype)})` : ''}`;
  const facts: string[] = [];

  const spellingCounts = countBy(e.mentions.map((m) => m.text));
  const spellings = e.spellings.length ? e.spellings : [...spellingCounts.keys()];
  if (spellings.length > 1 || (spellings[0] !== undefined && spellings[0] !== e.name)) {
    facts.push(`Spelled: ${spellings.map((s) => withCount(md(s), spellingCounts.get(s))).join(', ')}`);
  }

  // Roles are grouped by their normalised form and shown as first written.
  const roles = new Map<string, { text: string; count: number }>();
  for (const r of e.roles) {
    const key = r.normalized || r.text.toLowerCase();
    const seen = roles.get(key);
    if (seen) seen.count++;
    else roles.set(key, { text: r.text, count: 1 });
  }
  if (roles.size) facts.push(`Roles: ${[...roles.values()].map((r) => withCount(md(r.text), r.count)).join(', ')}`);

  const quotes = analysis.quotes.filter((q) => q.speakerId === e.id);
  const n = e.mentions.length;
  facts.push(`${n} mention${n === 1 ? '' : 's'}${quotes.length ? ` · ${quotes.length} quote${quotes.length === 1 ? '' : 's'}` : ''}`);

  let out = `${head}\n\n${facts.join('  \n')}`;
  if (quotes.length) {
    const listed = quotes.slice(0, MAX_QUOTES).map((q) => `- “${md(excerpt(q.text, QUOTE_EXCERPT))}”`);
    if (quotes.length > MAX_QUOTES) listed.push(`- _and ${quotes.length - MAX_QUOTES} more_`);
    out += `\n\n${listed.join('\n')}`;
  }
  return out;
}

function withCount(text: string, count: number | undefined): string {
  return count && count > 1 ? `${text} (${count})` : text;
}

function countBy(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}

const FIGURE_LABEL: Record<Figure['kind'], string> = {
  count: 'Count',
  money: 'Money',
  percent: 'Percentage',
  date: 'Date',
  duration: 'Duration',
  ordinal: 'Ordinal',
  year: 'Year',
};

function figureHover(f: Figure): string {
  const head = `**${FIGURE_LABEL[f.kind] ?? 'Figure'}** · “${md(f.text)}”`;
  const facts: string[] = [];
  const value = figureValue(f);
  if (value) facts.push(`Value: ${value}`);
  if (f.interval) {
    const range = formatInterval(f, f.interval);
    if (range) facts.push(`Range: ${md(range)}`);
  }
  if (f.hedge) facts.push(`Hedged: “${md(f.hedge)}”`);
  if (f.unit && f.kind !== 'duration' && f.kind !== 'percent') facts.push(`Unit: ${md(f.unit)}`);
  if (f.counts) facts.push(`Counts: ${md(f.counts)}`);
  if (f.kind === 'date' || f.kind === 'year') {
    if (f.precision) facts.push(`Precision: ${f.precision}`);
    if (f.resolved) facts.push('_Completed from the article’s other dates_');
    if (f.weekday && typeof f.value === 'string') {
      const actual = weekdayOf(f.value);
      if (actual && actual.toLowerCase() !== f.weekday.toLowerCase()) {
        facts.push(`⚠ Written as ${md(f.weekday)}, but ${md(f.value)} is a ${actual}`);
      }
    }
  }
  return facts.length ? `${head}\n\n${facts.join('  \n')}` : head;
}

/** The normalised value for humans: "2025-12-15 (Monday)", "18,000 s = 5 h", "80%", "$20 billion". */
function figureValue(f: Figure): string | undefined {
  const v = f.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return md(f.kind === 'date' ? formatDate(v) : v);
  if (f.kind === 'date' || f.kind === 'year') return md(String(v));
  if (f.kind === 'duration') return md(formatDuration(v));
  if (f.kind === 'count' || f.kind === 'money') {
    const exact = formatNumber(v);
    const shown = formatAmount(f, v);
    return md(shown.includes(exact) ? shown : `${shown} (${exact})`);
  }
  return md(formatAmount(f, v));
}

const QUOTE_KIND: Record<Quote['kind'], string> = {
  speech: 'Speech quote',
  partial: 'Partial quote',
  term: 'Quoted term',
};

function speakerText(q: Quote): string | undefined {
  if (!q.speaker) return undefined;
  return q.speakerId ? `**${md(q.speaker)}**` : `_${md(q.speaker)}_`;
}

/** The one-line summary used under a name or figure inside a quotation. */
function quoteLine(q: Quote): string {
  const who = speakerText(q);
  const kind = QUOTE_KIND[q.kind] ?? 'Quote';
  return who ? `Inside a ${kind.toLowerCase()} by ${who}` : `Inside a ${kind.toLowerCase()}${q.kind === 'speech' ? ' with no speaker found' : ''}`;
}

function quoteHover(q: Quote, snapshot: ArticleSnapshot): string {
  const who = speakerText(q);
  const head = `**${QUOTE_KIND[q.kind] ?? 'Quote'}**${who ? ` · by ${who}` : ''}`;
  const facts: string[] = [];
  if (q.attribution) {
    const a = q.attribution;
    const phrase = snapshot.lines.isValid(a.span) ? `‘${md(excerpt(snapshot.text.slice(a.span.start, a.span.end), 60))}’` : undefined;
    facts.push(attributionText(a.method, phrase));
    if (a.verb) facts.push(`Verb: ${md(a.verb)}`);
  } else if (q.kind === 'speech') {
    facts.push('⚠ No speaker found');
  }
  const words = q.text.trim() ? q.text.trim().split(/\s+/).length : 0;
  facts.push(`${words} word${words === 1 ? '' : 's'}`);
  if (q.broken) facts.push('⚠ Unbalanced quotation marks: the extent is a guess');
  return `${head}\n\n${facts.join('  \n')}`;
}

function attributionText(method: NonNullable<Quote['attribution']>['method'], phrase: string | undefined): string {
  const by = phrase ? `by ${phrase}` : '';
  switch (method) {
    case 'verb-after':
      return `Attributed ${by} after the quote`.replace(/\s+/g, ' ');
    case 'verb-before':
      return `Attributed ${by} before the quote`.replace(/\s+/g, ' ');
    case 'according-to':
      return `Attributed ${by}`.trim();
    case 'subject':
      return `Attributed to the subject of the sentence${phrase ? `, ${phrase}` : ''}`;
    case 'pronoun':
      return `Attributed ${by}, a pronoun resolved to the nearest fitting person`.replace(/\s+/g, ' ');
    case 'continuation':
      return `Continues an earlier quote by the same speaker${phrase ? ` (${phrase})` : ''}`;
    default:
      return `Attributed ${by}`.trim();
  }
}
