// The cross-source part of a hover: what the other sources of the story say about the name, figure or
// quote under the cursor. Short by design: counts per source, then the three references most worth
// opening (the sources that spell, title or give it differently come first) and how many more there
// are. Whether a source agrees is the core's verdict (analysis/cross/agreement.ts), never recounted here.

import { sourceAgreement } from './analysis/cross/agreement';
import type { CrossEntity, Fact, FactValue, StoryResult } from './analysis/cross/types';
import type { Span } from './analysis/types';
import type { CorpusIndex } from './corpus';
import { displayName } from './corpus';
import { escapeMarkdown as md, distinctRoles, excerpt, oneLine, roleKey } from './format';

/** How many references a hover lists before "and N more". */
export const MAX_REFERENCES = 3;
/** How many roles or spellings a hover names before "and N more". */
const MAX_NAMED = 3;
const QUOTE_EXCERPT = 60;

export interface CrossContext {
  corpus: CorpusIndex;
  story: StoryResult;
  uri: string;
}

interface Reference {
  article: string;
  span: Span;
  /** What is there, already escaped ("“Zelensky”", "_differs_ “about two hours”"). */
  note: string;
}

/** "gulf-wire.txt:6" for a span in an article of the corpus. */
function where(c: CrossContext, article: string, span: Span): string {
  const lines = c.corpus.lines(article);
  const line = lines ? `:${lines.positionAt(span.start).line + 1}` : '';
  return `${md(displayName(article))}${line}`;
}

/** Up to MAX_REFERENCES references, the first one of each source, then "and N more" (with a hint where to see all). */
function referenceList(c: CrossContext, refs: readonly Reference[], more: string): string[] {
  const seen = new Set<string>();
  const unique = refs.filter((r) => {
    const key = r.article;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const out = unique.slice(0, MAX_REFERENCES).map((r) => `- ${where(c, r.article, r.span)}${r.note ? ` ${r.note}` : ''}`);
  const rest = unique.length - MAX_REFERENCES;
  if (rest > 0) out.push(`- _and ${rest} more${more}_`);
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "“A” (4 sources), “B” (1)": items with how many sources give each, most first, at most MAX_NAMED. */
function countedList(counts: Map<string, Set<string>>, quote: boolean): string {
  const ranked = [...counts].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
  const shown = ranked.slice(0, MAX_NAMED).map(([text, sources], i) => {
    const t = quote ? `“${md(text)}”` : md(text);
    return `${t} (${i === 0 ? plural(sources.size, 'source') : sources.size})`;
  });
  if (ranked.length > MAX_NAMED) shown.push(`and ${ranked.length - MAX_NAMED} more`);
  return shown.join(', ');
}

// ---- names ---------------------------------------------------------------------------------------

function firstMentionOf(e: CrossEntity, article: string): Span | undefined {
  return e.members
    .filter((m) => m.article === article)
    .flatMap((m) => m.mentions)
    .sort((a, b) => a.start - b.start)[0];
}

/** Each source's fullest spelling of the entity, with the sources that write it so. */
function fullestSpellings(e: CrossEntity): Map<string, Set<string>> {
  const bySource = new Map<string, string>();
  for (const s of e.spellings) {
    for (const a of s.articles) {
      const had = bySource.get(a);
      const text = oneLine(s.text);
      if (!had || text.split(' ').length > had.split(' ').length || (text.split(' ').length === had.split(' ').length && text.length > had.length)) bySource.set(a, text);
    }
  }
  const out = new Map<string, Set<string>>();
  for (const [a, text] of bySource) out.set(text, (out.get(text) ?? new Set()).add(a));
  return out;
}

/** Each role (as a role phrase) with the sources that give it. */
function rolesBySource(e: CrossEntity): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const articles = new Set(e.roles.map((r) => r.location.article));
  for (const a of articles) {
    for (const role of distinctRoles(e.roles.filter((r) => r.location.article === a).map((r) => r.text))) {
      const key = [...out.keys()].find((k) => roleKey(k) === roleKey(role)) ?? role;
      out.set(key, (out.get(key) ?? new Set()).add(a));
    }
  }
  return out;
}

export function crossEntitySection(c: CrossContext, entityId: string): string {
  const e = c.story.entities.find((x) => x.members.some((m) => m.article === c.uri && m.entityId === entityId));
  if (!e) return '';
  const total = c.story.story.articles.length;
  const sources = new Set(e.members.map((m) => m.article));
  const lines = [`**Across the story:** mentioned in ${sources.size} of ${total} sources`];
  const facts: string[] = [];
  const spellings = fullestSpellings(e);
  if (spellings.size > 1) facts.push(`Written ${countedList(spellings, true)}`);
  const roles = rolesBySource(e);
  if (roles.size) facts.push(`Roles: ${countedList(roles, false)}`);
  if (facts.length) lines.push('', facts.join('  \n'));

  // The references most worth opening: spellings and roles few sources use, then each source's first mention.
  const refs: Reference[] = [];
  const rare = <T>(m: Map<string, Set<T>>): Array<[string, Set<T>]> => [...m].sort((a, b) => a[1].size - b[1].size).slice(0, m.size - 1);
  for (const [text, arts] of rare(spellings)) {
    for (const a of arts) {
      const text0 = c.corpus.allArticles.get(a)?.text ?? '';
      const mentions = e.members.filter((m) => m.article === a).flatMap((m) => m.mentions).sort((x, y) => x.start - y.start);
      const span = mentions.find((m) => oneLine(text0.slice(m.start, m.end)) === text) ?? mentions[0];
      if (a !== c.uri && span) refs.push({ article: a, span, note: `“${md(text)}”` });
    }
  }
  for (const [text] of rare(roles)) {
    for (const r of e.roles) {
      if (r.location.article !== c.uri && roleKey(distinctRoles([r.text])[0] ?? '') === roleKey(text)) refs.push({ article: r.location.article, span: r.location.span, note: md(text) });
    }
  }
  for (const a of c.story.story.articles) {
    const span = a === c.uri ? undefined : firstMentionOf(e, a);
    if (span) refs.push({ article: a, span, note: '' });
  }
  const list = referenceList(c, refs, ' (Shift+F12 lists every mention)');
  if (list.length) lines.push('', ...list);
  return `\n\n---\n\n${lines.join('\n')}`;
}

// ---- figures, dates and quotes --------------------------------------------------------------------

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

/** For each other source: whether it gives this article's value or another one (from the core's agreement). */
function verdicts(fact: Fact, mine: FactValue): Map<string, 'agrees' | 'differs'> {
  const values = fact.values.map((v) => ({ source: v.article, display: v.display || v.text }));
  const states = new Map(sourceAgreement(fact.status, values, [...new Set(values.map((v) => v.source))]).map((s) => [s.source, s.state]));
  const myDisplay = mine.display || mine.text;
  const iAgree = states.get(mine.article) !== 'differ';
  const out = new Map<string, 'agrees' | 'differs'>();
  for (const v of fact.values) {
    if (v.article === mine.article || out.get(v.article) === 'agrees') continue;
    const same = (v.display || v.text) === myDisplay || (iAgree && states.get(v.article) === 'agree');
    out.set(v.article, same ? 'agrees' : 'differs');
  }
  return out;
}

/** A summary line and the references of a figure's or a quote's cross-source section. */
interface FactSummary {
  summary: string;
  list: string[];
}

function figureSection(c: CrossContext, fact: Fact, mine: FactValue): FactSummary {
  const others = fact.values.filter((v) => v.article !== c.uri);
  const verdict = verdicts(fact, mine);
  const differ = [...verdict.values()].filter((v) => v === 'differs').length;
  const agree = verdict.size - differ;
  const summary = differ
    ? `⚠ ${plural(differ, 'source')} ${differ === 1 ? 'gives' : 'give'} another value${agree ? `; ${agree} ${agree === 1 ? 'agrees' : 'agree'}` : ''}`
    : `${plural(agree, 'other source')} ${agree === 1 ? 'agrees' : 'agree'}`;
  const refs: Reference[] = [...others]
    .sort((a, b) => Number(verdict.get(b.article) === 'differs') - Number(verdict.get(a.article) === 'differs'))
    .map((v) => {
      const shown = `“${md(oneLine(v.text))}”${v.display && v.display !== v.text ? ` (${md(oneLine(v.display))})` : ''}`;
      return { article: v.article, span: v.span, note: `${shown} · _${verdict.get(v.article) ?? 'agrees'}_` };
    });
  return { summary, list: referenceList(c, refs, '') };
}

function quoteSection(c: CrossContext, fact: Fact, mine: FactValue): FactSummary {
  const others = fact.values.filter((v) => v.article !== c.uri);
  const verbatim = (v: FactValue): boolean => normalizeWords(v.text) === normalizeWords(mine.text);
  const same = new Set(others.filter(verbatim).map((v) => v.article)).size;
  const worded = new Set(others.filter((v) => !verbatim(v)).map((v) => v.article)).size;
  const parts = [same ? `${plural(same, 'other source')} word for word` : '', worded ? `${plural(worded, 'source')} worded differently` : ''].filter(Boolean);
  const refs: Reference[] = [...others]
    .sort((a, b) => Number(verbatim(a)) - Number(verbatim(b)))
    .map((v) => ({ article: v.article, span: v.span, note: `“${md(excerpt(v.text, QUOTE_EXCERPT))}” · _${verbatim(v) ? 'verbatim' : 'variant'}_` }));
  return { summary: parts.join('; '), list: referenceList(c, refs, '') };
}

export function crossFactSection(c: CrossContext, span: Span, kinds: readonly string[], what: 'figure' | 'quote'): string {
  const fact = c.story.facts.find((f) => kinds.includes(f.kind) && f.values.some((v) => v.article === c.uri && overlaps(v.span, span)));
  if (!fact) return '';
  const mine = fact.values.find((v) => v.article === c.uri && overlaps(v.span, span))!;
  const carrying = new Set(fact.values.map((v) => v.article)).size;
  const total = c.story.story.articles.length;
  const head = `**Across the story:** ${md(oneLine(fact.label))} · ${carrying} of ${total} sources`;
  // The same words credited to someone else elsewhere are another fact (another speaker): say so.
  const credited =
    what === 'quote'
      ? c.story.findings.find((f) => f.check === 'quote-attribution' && f.location.article === c.uri && overlaps(f.location.span, span))
      : undefined;
  const creditNote = credited ? [`⚠ ${md(oneLine(credited.message))}`] : [];
  if (carrying < 2) {
    const only = `Only this source ${what === 'quote' ? 'carries this quote with this speaker' : 'gives this figure'}.`;
    return `\n\n---\n\n${[head, only, ...creditNote].join('  \n')}`;
  }
  const { summary, list } = what === 'quote' ? quoteSection(c, fact, mine) : figureSection(c, fact, mine);
  const top = [head, ...creditNote, summary].filter(Boolean).join('  \n');
  return `\n\n---\n\n${top}${list.length ? `\n\n${list.join('\n')}` : ''}`;
}
