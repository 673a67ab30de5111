// Hover: what the analysis knows about the entity, figure or quotation under the cursor, as compact
// Markdown. A name or figure inside a quotation shows its own hover with a line about the quotation.
// With the corpus at hand, the hover adds the cross-source view of the story: for an entity, how many
// sources mention it and every spelling and role with where it occurs; for a figure or date, what the
// other sources say about the same quantity (agree / differ); for a quote, which sources carry it
// verbatim or as a variant. All article text is escaped.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { ArticleAnalysis, Entity, Figure, Quote, Span } from './analysis/types';
import type { CrossEntity, Fact, FactValue, StoryResult } from './analysis/cross/types';
import type { CorpusIndex } from './corpus';
import { displayName } from './corpus';
import type { ArticleSnapshot } from './documents';
import {
  escapeMarkdown as md,
  excerpt,
  oneLine,
  formatAmount,
  formatDate,
  formatDuration,
  formatInterval,
  displayNumber,
} from './format';
import { weekdayDisplay, weekdayOfIso } from './analysis/util/calendar';

/** How many of an entity's quotes the hover lists, and how long each excerpt may be. */
const MAX_QUOTES = 3;
const QUOTE_EXCERPT = 70;

/** How many spellings, roles and other sources' values the cross-source part lists. */
const MAX_CROSS_ITEMS = 8;

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
  if (f.hedge) facts.push(`Hedged: “${md(f.hedge)}”`);
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

/** The normalised value for humans: "2025-12-15 (Monday)", "18,000 s = 5 h", "80%", "$20 billion". */
function figureValue(f: Figure): string | undefined {
  const v = f.value;
  if (v === null) return undefined;
  if (typeof v === 'string') return md(f.kind === 'date' ? formatDate(v) : v);
  if (f.kind === 'date' || f.kind === 'year') return md(String(v));
  if (f.kind === 'duration') return md(formatDuration(v));
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

// ---- the cross-source view ------------------------------------------------------------------------

interface CrossContext {
  corpus: CorpusIndex;
  story: StoryResult;
  uri: string;
}

/** "gulf-wire.txt:6" for a span in an article of the corpus. */
function where(c: CrossContext, article: string, span: Span): string {
  const lines = c.corpus.lines(article);
  const line = lines ? `:${lines.positionAt(span.start).line + 1}` : '';
  return `${md(displayName(article))}${line}`;
}

function crossEntitySection(c: CrossContext, entityId: string): string {
  const e: CrossEntity | undefined = c.story.entities.find((x) => x.members.some((m) => m.article === c.uri && m.entityId === entityId));
  if (!e) return '';
  const total = c.story.story.articles.length;
  const sources = new Set(e.members.map((m) => m.article));
  const out = [`**Across the story:** mentioned in ${sources.size} of ${total} sources`];
  const firstMention = (article: string, text: string): Span | undefined => {
    const snap = c.corpus.allArticles.get(article);
    const spans = e.members.filter((m) => m.article === article).flatMap((m) => m.mentions);
    return snap ? spans.filter((s) => snap.text.slice(s.start, s.end) === text).sort((a, b) => a.start - b.start)[0] : undefined;
  };
  if (e.spellings.length) {
    out.push('', 'Spellings:');
    for (const s of e.spellings.slice(0, MAX_CROSS_ITEMS)) {
      const places = s.articles.map((a) => {
        const span = firstMention(a, s.text);
        return span ? where(c, a, span) : md(displayName(a));
      });
      out.push(`- “${md(s.text)}” — ${places.join(', ')}`);
    }
    if (e.spellings.length > MAX_CROSS_ITEMS) out.push(`- _and ${e.spellings.length - MAX_CROSS_ITEMS} more_`);
  }
  if (e.roles.length) {
    const byRole = new Map<string, { text: string; places: string[] }>();
    for (const r of e.roles) {
      const key = r.normalized || r.text.toLowerCase();
      const entry = byRole.get(key) ?? { text: r.text, places: [] };
      entry.places.push(where(c, r.location.article, r.location.span));
      byRole.set(key, entry);
    }
    out.push('', 'Roles:');
    const roles = [...byRole.values()];
    for (const r of roles.slice(0, MAX_CROSS_ITEMS)) out.push(`- ${md(r.text)} — ${[...new Set(r.places)].join(', ')}`);
    if (roles.length > MAX_CROSS_ITEMS) out.push(`- _and ${roles.length - MAX_CROSS_ITEMS} more_`);
  }
  return `\n\n---\n\n${out.join('\n')}`;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function normalizeWords(t: string): string {
  return t
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function crossFactSection(c: CrossContext, span: Span, kinds: string[], what: 'figure' | 'quote'): string {
  const facts: Fact[] = c.story.facts.filter(
    (f) => kinds.includes(f.kind) && f.values.some((v) => v.article === c.uri && overlaps(v.span, span)),
  );
  const fact = facts[0];
  if (!fact) return '';
  const mine = fact.values.find((v) => v.article === c.uri && overlaps(v.span, span))!;
  const others = fact.values.filter((v) => v.article !== c.uri);
  const head = `**Across the story:** ${md(oneLine(fact.label))}`;
  // The same words credited to someone else elsewhere are another fact (another speaker): say so.
  const credited =
    what === 'quote'
      ? c.story.findings.filter((f) => f.check === 'quote-attribution' && f.location.article === c.uri && overlaps(f.location.span, span))
      : [];
  const creditNote = credited.length ? `  \n⚠ ${md(oneLine(credited[0]!.message))}` : '';
  if (!others.length) return `\n\n---\n\n${head}  \nOnly this source ${what === 'quote' ? 'carries this quote with this speaker' : 'gives this figure'}.${creditNote}`;
  const lines = [head, ''];
  const verdict = (v: FactValue): string => {
    if (what === 'quote') return normalizeWords(v.text) === normalizeWords(mine.text) ? 'verbatim' : 'variant';
    if (fact.status === 'agree') return 'agrees';
    return (v.display || v.text) === (mine.display || mine.text) ? 'agrees' : 'differs';
  };
  for (const v of others.slice(0, MAX_CROSS_ITEMS)) {
    const shown = what === 'quote' ? `“${md(excerpt(v.text, QUOTE_EXCERPT))}”` : `“${md(v.text)}”${v.display && v.display !== v.text ? ` (${md(v.display)})` : ''}`;
    lines.push(`- ${where(c, v.article, v.span)} — ${shown} · _${verdict(v)}_`);
  }
  if (others.length > MAX_CROSS_ITEMS) lines.push(`- _and ${others.length - MAX_CROSS_ITEMS} more_`);
  const carrying = new Set(fact.values.map((v) => v.article)).size;
  lines.push('', `${carrying} of ${c.story.story.articles.length} sources carry this ${what === 'quote' ? 'quote' : 'fact'}.`);
  return `\n\n---\n\n${lines.join('\n')}`;
}
