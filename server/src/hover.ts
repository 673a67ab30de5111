// Hover: what the analysis knows about the entity, figure or quotation under the cursor, as compact
// Markdown. A name or figure inside a quotation shows its own hover with a line about the quotation.
// With the corpus at hand, the hover adds the cross-source view of the story: for an entity, how many
// sources mention it and every spelling and role with where it occurs; for a figure or date, what the
// other sources say about the same quantity (agree / differ); for a quote, which sources carry it
// verbatim or as a variant. All article text is escaped.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { ArticleAnalysis, Entity, Figure, Quote, Span } from './analysis/types';
import type { CorpusIndex } from './corpus';
import type { ArticleSnapshot } from './documents';
import { escapeMarkdown as md, displayNumber, distinctRoles, excerpt, formatAmount, formatDate, formatInterval, hedgeAsWritten, humanDuration } from './format';
import { crossEntitySection, crossFactSection, type CrossContext } from './hoverStory';
import { weekdayDisplay, weekdayOfIso } from './analysis/util/calendar';

export function hover(snapshot: ArticleSnapshot | null, position: Position, corpus?: CorpusIndex): Hover | null {
  if (!snapshot) return null;
  const cross = corpus && crossContext(snapshot, corpus);
  const { analysis, lines } = snapshot;
  const offset = lines.offsetAt(position);
  const at = (s: Span): boolean => lines.isValid(s) && s.start <= offset && offset < s.end;
  const quote = innermost(analysis.quotes.filter(at));
  const figure = innermost(analysis.figures.filter(at));
  const mention = mentionAt(analysis, at);

  // The narrower of a mention and a figure wins; a quotation only when neither is under the cursor.
  let body: string;
  let span: Span;
  if (mention && (!figure || mention.span.end - mention.span.start <= figure.end - figure.start)) {
    body = entityHover(mention.entity, analysis);
    if (cross) body += crossEntitySection(cross, mention.entity.id);
    span = mention.span;
  } else if (figure) {
    body = figureHover(figure);
    if (cross) body += crossFactSection(cross, figure, ['figure', 'date'], 'figure');
    span = figure;
  } else if (quote) {
    let value = quoteHover(quote, snapshot);
    if (cross) value += crossFactSection(cross, quote, ['quote'], 'quote');
    return { contents: { kind: MarkupKind.Markdown, value }, range: lines.rangeOf(quote) };
  } else {
    return null;
  }
  if (quote) body += `\n\n---\n\n${quoteLine(quote)}`;
  return { contents: { kind: MarkupKind.Markdown, value: body }, range: lines.rangeOf(span) };
}

/**
 * The story around the article, when it has other sources and the corpus holds this very text (the
 * findings' spans are this text's spans).
 */
function crossContext(snapshot: ArticleSnapshot, corpus: CorpusIndex): CrossContext | undefined {
  const uri = snapshot.uri;
  const story = corpus.snapshot(uri) === snapshot ? corpus.storyOf(uri) : undefined;
  return story && story.story.articles.length > 1 ? { corpus, story, uri } : undefined;
}

/** The narrowest entity mention for which `at` holds. */
function mentionAt(analysis: ArticleAnalysis, at: (s: Span) => boolean): { entity: Entity; span: Span } | undefined {
  let mention: { entity: Entity; span: Span } | undefined;
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      if (at(m) && (!mention || m.end - m.start < mention.span.end - mention.span.start)) mention = { entity: e, span: m };
    }
  }
  return mention;
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

/**
 * "**Volodymyr Zelenskyy** · person · Ukrainian President", then how often this article names and quotes
 * them and any other way it writes the name.
 */
function entityHover(e: Entity, analysis: ArticleAnalysis): string {
  const label = ENTITY_LABEL[e.type] ?? e.type;
  const roles = distinctRoles(e.roles.map((r) => r.text));
  const head = `**${md(e.name)}** · ${label}${e.subtype ? ` (${md(e.subtype)})` : ''}${roles.length ? ` · ${roles.map(md).join('; ')}` : ''}`;
  const quotes = analysis.quotes.filter((q) => q.speakerId === e.id).length;
  const n = e.mentions.length;
  const facts = [`${n} mention${n === 1 ? '' : 's'}${quotes ? ` · ${quotes} quote${quotes === 1 ? '' : 's'}` : ''} in this article`];
  // Other ways of writing the name that are not just a part of it ("Zelensky" beside "Zelenskyy").
  const full = ` ${e.name.toLowerCase()} `;
  const others = [...new Set(e.mentions.map((m) => m.text))].filter((t) => !full.includes(` ${t.toLowerCase()} `));
  if (others.length) facts.push(`Also written: ${others.map(md).join(', ')}`);
  return `${head}\n\n${facts.join('  \n')}`;
}

const FIGURE_LABEL: Record<Figure['kind'], string> = {
  count: 'Count',
  money: 'Money',
  percent: 'Percentage',
  date: 'Date',
  duration: 'Duration',
  ordinal: 'Ordinal',
  year: 'Year',
  time: 'Time of day',
};

function figureHover(f: Figure): string {
  const head = `**${FIGURE_LABEL[f.kind]}** · “${md(f.text)}”`;
  const facts: string[] = [];
  const value = figureValue(f);
  if (value) facts.push(`Value: ${value}`);
  if (f.interval) {
    const range = formatInterval(f, f.interval);
    if (range) facts.push(`Range: ${md(range)}`);
  }
  const hedge = hedgeAsWritten(f);
  if (hedge) facts.push(`Hedged: “${md(hedge)}”`);
  if (f.unit && f.kind !== 'duration' && f.kind !== 'percent') facts.push(`Unit: ${md(f.unit)}`);
  if (f.counts) facts.push(`Counts: ${md(f.counts)}`);
  if (f.kind === 'date' || f.kind === 'year') {
    if (f.precision) facts.push(`Precision: ${f.precision}`);
    if (f.resolved) facts.push('_Completed from the article’s other dates_');
    if (f.weekday && typeof f.value === 'string') {
      const actual = weekdayOfIso(f.value);
      if (actual && actual !== f.weekday.toLowerCase()) {
        facts.push(`⚠ Written as ${md(f.weekday)}, but ${md(f.value)} is a ${weekdayDisplay(actual)}`);
      }
    }
  }
  return facts.length ? `${head}\n\n${facts.join('  \n')}` : head;
}

/** The normalised value for humans: "2025-12-15 (Monday)", "1 h 30 min", "80%", "$20 billion". */
function figureValue(f: Figure): string | undefined {
  const v = f.value;
  if (v === null) return undefined;
  if (typeof v === 'string') return md(f.kind === 'date' ? formatDate(v) : v);
  if (f.kind === 'date' || f.kind === 'year') return md(String(v));
  if (f.kind === 'duration') return md(humanDuration(v));
  if (f.kind === 'count' || f.kind === 'money') {
    const exact = displayNumber(v);
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
  // A speaker the article does not name shows as it is described, in italics: _a port official_.
  if (!q.speaker) return q.described ? `_${md(q.described)}_` : undefined;
  return q.speakerId ? `**${md(q.speaker)}**` : `_${md(q.speaker)}_`;
}

/** The one-line summary used under a name or figure inside a quotation. */
function quoteLine(q: Quote): string {
  const who = speakerText(q);
  const kind = QUOTE_KIND[q.kind];
  return who ? `Inside a ${kind.toLowerCase()} by ${who}` : `Inside a ${kind.toLowerCase()}${q.kind === 'speech' ? ' with no speaker found' : ''}`;
}

function quoteHover(q: Quote, snapshot: ArticleSnapshot): string {
  const who = speakerText(q);
  const head = `**${QUOTE_KIND[q.kind]}**${who ? ` · by ${who}` : ''}`;
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
    case 'repeated':
      return 'The article attributes the same words elsewhere (a headline or pull quote)';
    default:
      return `Attributed ${by}`.trim();
  }
}
