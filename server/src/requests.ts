// The custom requests of protocol.ts, answered from the corpus index: the other articles of a story
// ranked by overlap, two articles' aligned fact sheets (or sentence-aligned texts), the story report
// and the status-bar summary. An article that is not part of any story gets an empty answer. The
// analysis behind them (sentence alignment, each source's agreement) is the core's (analysis/cross/);
// this file only maps it to protocol lines and locations.

import { corroboration, sourceAgreement } from './analysis/cross/agreement';
import { alignSentences, type SentenceText } from './analysis/cross/sentences';
import type { CrossEntity, Fact, Finding, StoryResult } from './analysis/cross/types';
import type { Span } from './analysis/types';
import type { CorpusIndex } from './corpus';
import { displayName } from './corpus';
import type { ArticleSnapshot } from './documents';
import { excerpt, oneLine } from './format';
import type {
  FactSheet,
  FactSheetLine,
  FactSheetsParams,
  FactSheetsResult,
  Location,
  ReportFact,
  ReportFinding,
  StatusResult,
  StoryArticle,
  StoryArticlesResult,
  StoryReportResult,
} from './protocol';
import type { SeveritySetting } from './settings';

type StoryRef = { id: string; label: string };

function storyRef(s: StoryResult | undefined): StoryRef | null {
  return s ? { id: s.story.id, label: s.story.label || displayName(s.story.articles[0] ?? '') } : null;
}

/** The headline, or the first non-empty line. */
export function articleTitle(snap: ArticleSnapshot | undefined): string {
  if (!snap) return '';
  const h = snap.analysis.headline;
  if (h && snap.lines.isValid(h)) return oneLine(snap.text.slice(h.start, h.end));
  const first = snap.text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '');
  return first ? excerpt(first, 120) : '';
}

function loc(corpus: CorpusIndex, uri: string, span: Span): Location | undefined {
  const lines = corpus.lines(uri);
  if (!lines) return undefined;
  return { uri, range: lines.rangeOf(span) };
}

// ---- newslens/storyArticles ----------------------------------------------------------------------

export function storyArticles(corpus: CorpusIndex, uri: string): StoryArticlesResult {
  const story = corpus.storyOf(uri);
  if (!story) return { story: null, articles: [] };
  const articles: StoryArticle[] = story.story.articles
    .filter((a) => a !== uri)
    .map((a) => ({ uri: a, name: displayName(a), title: articleTitle(corpus.allArticles.get(a)), overlap: overlap(story, uri, a) }))
    .sort((x, y) => y.overlap - x.overlap || (x.name < y.name ? -1 : 1));
  return { story: storyRef(story), articles };
}

/** Share of `other`'s facts and entities that `self` carries too (0..1, 3 decimals). */
export function overlap(story: StoryResult, self: string, other: string): number {
  let theirs = 0;
  let shared = 0;
  const count = (articles: Set<string>): void => {
    if (!articles.has(other)) return;
    theirs++;
    if (articles.has(self)) shared++;
  };
  for (const f of story.facts) count(new Set(f.values.map((v) => v.article)));
  for (const e of story.entities) count(new Set(e.members.map((m) => m.article)));
  if (theirs === 0) {
    const link = story.story.links.find((l) => (l.a === self && l.b === other) || (l.a === other && l.b === self));
    return link ? Math.round(link.score * 1000) / 1000 : 0;
  }
  return Math.round((shared / theirs) * 1000) / 1000;
}

// ---- newslens/factSheets -------------------------------------------------------------------------

interface Row {
  section: number;
  sort: string;
  left?: FactSheetLine;
  right?: FactSheetLine;
}

const SECTIONS = ['People', 'Organisations', 'Places', 'Other names', 'Roles', 'Figures', 'Dates', 'Quotes', 'Other facts'];
const ENTITY_SECTION: Record<string, number> = { person: 0, organization: 1, place: 2, other: 3 };
const FACT_SECTION: Record<string, number> = { role: 4, figure: 5, date: 6, quote: 7 };

export function factSheets(corpus: CorpusIndex, params: FactSheetsParams): FactSheetsResult {
  const { left, right } = params;
  const empty = (u: string): FactSheet => ({ uri: u, name: displayName(u), lines: [] });
  if (params.mode === 'sentences') return sentenceSheets(corpus, left, right);
  const story = corpus.storyOf(left);
  if (!story || !story.story.articles.includes(right)) return { left: empty(left), right: empty(right) };

  const rows: Row[] = [];
  for (const e of story.entities) {
    const l = entityLine(corpus, e, left);
    const r = entityLine(corpus, e, right);
    if (!l && !r) continue;
    rows.push({ section: ENTITY_SECTION[e.type] ?? 3, sort: e.name.toLowerCase(), ...(l ? { left: l } : {}), ...(r ? { right: r } : {}) });
  }
  for (const f of story.facts) {
    // People, organisations and places come from the entities, and so do people's roles (each
    // person's line lists the roles that source gives).
    if (f.kind in ENTITY_SECTION || (f.kind === 'role' && f.entity && story.entities.some((e) => e.id === f.entity))) continue;
    const l = factLine(corpus, f, left);
    const r = factLine(corpus, f, right);
    if (!l && !r) continue;
    rows.push({ section: FACT_SECTION[f.kind] ?? 8, sort: `${f.label.toLowerCase()}\u0000${f.id}`, ...(l ? { left: l } : {}), ...(r ? { right: r } : {}) });
  }
  rows.sort((a, b) => a.section - b.section || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));

  const L: FactSheetLine[] = [];
  const R: FactSheetLine[] = [];
  let section = -1;
  for (const row of rows) {
    if (row.section !== section) {
      if (section !== -1) {
        L.push({ text: '' });
        R.push({ text: '' });
      }
      section = row.section;
      L.push({ text: `## ${SECTIONS[section]}` });
      R.push({ text: `## ${SECTIONS[section]}` });
    }
    L.push(row.left ?? { text: '' });
    R.push(row.right ?? { text: '' });
  }
  return { left: { uri: left, name: displayName(left), lines: L }, right: { uri: right, name: displayName(right), lines: R } };
}

/** "Ilka Brandvold — DWU president; spelled Ilka Brandvold, Brandvold" for one article. */
function entityLine(corpus: CorpusIndex, e: CrossEntity, uri: string): FactSheetLine | undefined {
  const members = e.members.filter((m) => m.article === uri);
  if (!members.length) return undefined;
  const snap = corpus.allArticles.get(uri);
  const spellings = e.spellings.filter((s) => s.articles.includes(uri)).map((s) => oneLine(s.text));
  const name = [...spellings].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0] ?? e.name;
  const roles = unique(e.roles.filter((r) => r.location.article === uri).map((r) => oneLine(r.text)));
  let text = name;
  if (roles.length) text += ` — ${roles.join('; ')}`;
  if (spellings.length > 1) text += ` (spelled ${spellings.join(', ')})`;
  const first = members.flatMap((m) => m.mentions).sort((a, b) => a.start - b.start)[0];
  const line: FactSheetLine = { text };
  const l = first && snap ? loc(corpus, uri, first) : undefined;
  if (l) line.location = l;
  return line;
}

/** "containers stranded: 14,000 containers" for one article. */
function factLine(corpus: CorpusIndex, f: Fact, uri: string): FactSheetLine | undefined {
  const values = f.values.filter((v) => v.article === uri).sort((a, b) => a.span.start - b.span.start);
  if (!values.length) return undefined;
  const shown = unique(values.map((v) => oneLine(v.display || v.text)));
  // A quote: the speaker, then the wording as this source gives it, so the diff shows changed words.
  const text =
    f.kind === 'quote'
      ? `${oneLine(f.label.split(' — ')[0] ?? f.label)}: ${shown.map((w) => `“${w}”`).join(' / ')}`
      : `${oneLine(f.label)}: ${shown.join(' / ')}`;
  const line: FactSheetLine = { text };
  const l = loc(corpus, uri, values[0]!.span);
  if (l) line.location = l;
  return line;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** The two texts, sentence by sentence, aligned so that rewrites of one sentence face each other. */
function sentenceSheets(corpus: CorpusIndex, left: string, right: string): FactSheetsResult {
  const sentences = (s: ArticleSnapshot | undefined): SentenceText[] =>
    s
      ? s.analysis.sentences
          .filter((x) => s.lines.isValid(x))
          .map((x) => ({ text: oneLine(s.text.slice(x.start, x.end)), span: { start: x.start, end: x.end } }))
          .filter((x) => x.text !== '')
      : [];
  const lineOf = (uri: string, s: SentenceText | undefined): FactSheetLine => {
    if (!s) return { text: '' };
    const l = loc(corpus, uri, s.span);
    return l ? { text: s.text, location: l } : { text: s.text };
  };
  const pairs = alignSentences(sentences(corpus.allArticles.get(left)), sentences(corpus.allArticles.get(right)));
  return {
    left: { uri: left, name: displayName(left), lines: pairs.map((p) => lineOf(left, p.left)) },
    right: { uri: right, name: displayName(right), lines: pairs.map((p) => lineOf(right, p.right)) },
  };
}

// ---- newslens/storyReport ------------------------------------------------------------------------

export function storyReport(corpus: CorpusIndex, uri: string): StoryReportResult {
  const story = corpus.storyOf(uri);
  if (!story) return { story: null, sources: [], facts: [], findings: [] };
  const findings = story.findings.map((f) => ({ f, sev: effectiveSeverity(corpus, f) })).filter((x) => x.sev !== 'off');
  const sources = story.story.articles.map((a) => ({
    uri: a,
    name: displayName(a),
    title: articleTitle(corpus.allArticles.get(a)),
    findings: findings.filter((x) => x.f.location.article === a).length,
  }));
  const facts: ReportFact[] = [];
  const order = story.story.articles;
  // People, organisations and places are facts too, unless the engine states them itself.
  if (!story.facts.some((f) => f.kind in ENTITY_SECTION)) for (const e of story.entities) facts.push(entityFact(corpus, e, order));
  for (const f of story.facts) facts.push(reportFact(corpus, f, order));
  const reportFindings: ReportFinding[] = [];
  for (const { f, sev } of findings) {
    const location = loc(corpus, f.location.article, f.location.span);
    if (!location) continue;
    reportFindings.push({
      check: f.check,
      severity: sev as ReportFinding['severity'],
      message: f.message,
      location,
      related: f.related
        .map((r) => ({ location: loc(corpus, r.location.article, r.location.span), message: r.message }))
        .filter((r): r is { location: Location; message: string } => r.location !== undefined),
    });
  }
  const links = [...story.story.links]
    .sort((x, y) => y.score - x.score)
    .map((l) => ({ a: l.a, b: l.b, score: l.score, shared: l.labels ?? [] }));
  return { story: storyRef(story), sources, facts, findings: reportFindings, links };
}

/** The severity the finding's article's settings give it. */
export function effectiveSeverity(corpus: CorpusIndex, f: Finding): SeveritySetting {
  const setting = corpus.allArticles.get(f.location.article)?.settings.severity[f.check];
  return setting ?? f.severity;
}

/** A fact of the engine with each source's values, where they stand, and how each source stands on it. */
function reportFact(corpus: CorpusIndex, f: Fact, sources: readonly string[]): ReportFact {
  const values = f.values
    .map((v) => ({ source: v.article, text: v.text, display: v.display || v.text, location: loc(corpus, v.article, v.span) }))
    .filter((v): v is ReportFact['values'][number] => v.location !== undefined);
  return {
    id: f.id,
    kind: f.kind,
    label: f.label,
    status: f.status,
    corroboration: corroboration(values, f.positions),
    values,
    agreement: sourceAgreement(f.status, values, sources, f.positions),
  };
}

/** A person, organisation or place as a report fact: the name each source uses. */
function entityFact(corpus: CorpusIndex, e: CrossEntity, order: readonly string[]): ReportFact {
  const values: ReportFact['values'] = [];
  for (const m of e.members) {
    const snap = corpus.allArticles.get(m.article);
    const first = [...m.mentions].sort((a, b) => a.start - b.start)[0];
    if (!snap || !first) continue;
    const location = loc(corpus, m.article, first);
    if (!location) continue;
    const own = snap.analysis.entities.find((x) => x.id === m.entityId);
    const text = snap.text.slice(first.start, first.end);
    values.push({ source: m.article, text, display: own?.name ?? text, location });
  }
  const sources = new Set(values.map((v) => v.source));
  // Spellings differ when two sources write the name with the same number of words differently.
  const full = new Map<number, Set<string>>();
  for (const v of values) {
    const n = v.display.split(/\s+/).length;
    full.set(n, (full.get(n) ?? new Set()).add(v.display));
  }
  const differ = [...full.values()].some((s) => s.size > 1);
  const status: ReportFact['status'] = sources.size < 2 ? 'single' : differ ? 'differ' : 'agree';
  const perSource = new Map<string, string>();
  for (const v of values) if (!perSource.has(v.source)) perSource.set(v.source, v.display);
  return {
    id: e.id,
    kind: e.type,
    label: e.name,
    status,
    corroboration: corroboration([...perSource].map(([source, display]) => ({ source, display }))),
    values,
    agreement: sourceAgreement(status, values, order),
  };
}

// ---- newslens/status -----------------------------------------------------------------------------

export function status(corpus: CorpusIndex, uri: string, isArticle: boolean): StatusResult {
  const story = corpus.storyOf(uri);
  const findings = corpus.findingsOf(uri).filter((f) => effectiveSeverity(corpus, f) !== 'off').length;
  return {
    article: isArticle,
    story: storyRef(story),
    sources: story?.story.articles.length ?? 0,
    findings,
    indexing: corpus.scanning,
  };
}
