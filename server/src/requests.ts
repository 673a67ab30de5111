// The custom requests of protocol.ts, answered from the corpus index: the other articles of a story
// ranked by overlap, two articles' aligned fact sheets (or sentence-aligned texts), the story report
// and the status-bar summary. An article that is not part of any story gets an empty answer. The
// analysis behind them (sentence alignment, each source's agreement) is the core's (analysis/cross/);
// this file only maps it to protocol lines and locations.

import { corroboration, sourceAgreement } from './analysis/cross/agreement';
import { isPageNote } from './analysis/headline';
import type { CrossEntity, Fact, Finding, StoryResult } from './analysis/cross/types';
import type { Span } from './analysis/types';
import type { CorpusIndex } from './corpus';
import { displayName } from './corpus';
import type { ArticleSnapshot } from './documents';
import { excerpt, oneLine } from './format';
import { annotationCollection, type W3cArticle } from './w3c';
import type {
  AnnotationsResult,
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

/**
 * The article's headline (the core's rule: the first line that reads as one, after notes and bylines),
 * or, for an article without one, the start of its first sentence that is not such a note.
 */
export function articleHeading(snap: ArticleSnapshot | undefined): { title: string; headline: boolean } {
  if (!snap) return { title: '', headline: false };
  const h = snap.analysis.headline;
  if (h && snap.lines.isValid(h)) return { title: oneLine(snap.text.slice(h.start, h.end)), headline: true };
  const paragraphs = snap.analysis.paragraphs;
  const note = (start: number): boolean => {
    const p = paragraphs.find((x) => x.start <= start && start < x.end);
    return p !== undefined && isPageNote(snap.text.slice(p.start, p.end));
  };
  const first = snap.analysis.sentences.find((x) => snap.lines.isValid(x) && oneLine(snap.text.slice(x.start, x.end)) !== '' && !note(x.start));
  return { title: first ? excerpt(snap.text.slice(first.start, first.end), 120) : '', headline: false };
}

/** The headline, or the start of the first sentence. */
export function articleTitle(snap: ArticleSnapshot | undefined): string {
  return articleHeading(snap).title;
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

// ---- newslens/factSheets: factSheets.ts (facts) and sentenceSheets.ts (sentences) -----------------

export { factSheets } from './factSheets';

/** The kinds of fact that are names of people, organisations, places and other things. */
const ENTITY_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'other']);

// ---- newslens/storyReport ------------------------------------------------------------------------

export function storyReport(corpus: CorpusIndex, uri: string): StoryReportResult {
  const story = corpus.storyOf(uri);
  if (!story) return { story: null, sources: [], facts: [], findings: [] };
  const findings = story.findings.map((f) => ({ f, sev: effectiveSeverity(corpus, f) })).filter((x) => x.sev !== 'off');
  const sources = story.story.articles.map((a) => {
    const heading = articleHeading(corpus.allArticles.get(a));
    return { uri: a, name: displayName(a), title: heading.title, headline: heading.headline, findings: findings.filter((x) => x.f.location.article === a).length };
  });
  const facts: ReportFact[] = [];
  const order = story.story.articles;
  // People, organisations and places are facts too, unless the engine states them itself.
  if (!story.facts.some((f) => ENTITY_KINDS.has(f.kind))) for (const e of story.entities) facts.push(entityFact(corpus, e, order));
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

// ---- newslens/annotations ------------------------------------------------------------------------

/** The articles' analyses and their findings (as the settings show them) as W3C Web Annotations. */
export function annotations(corpus: CorpusIndex, uris: readonly string[]): AnnotationsResult {
  const articles: W3cArticle[] = [];
  const findings: Finding[] = [];
  for (const uri of new Set(uris)) {
    const snap = corpus.allArticles.get(uri);
    if (!snap) continue;
    articles.push({ id: uri, source: uri, text: snap.text, analysis: snap.analysis });
    findings.push(...corpus.findingsOf(uri).filter((f) => effectiveSeverity(corpus, f) !== 'off'));
  }
  return annotationCollection(articles, findings);
}
