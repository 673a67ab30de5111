// The cross-source engine: articles in, stories, resolved entities, aligned facts and findings out.
// Pure (no editor or file-system imports). Incremental: each article's signature and extracted facts are
// cached per article; an upsert or remove re-runs the checks only of the stories whose membership or
// members changed, and reuses the results of every other story. resultAsync gives the caller's event loop
// a turn between stories.

import { alignFacts, extractArticleFacts, type ArticleFacts } from './align';
import { runChecks } from './checks/index';
import { factsFromWire } from './factsWire';
import { applyFindingPolicy } from './ledger';
import { resolveEntities } from './resolve';
import { sameData } from './sameData';
import { StoryGrouper, type Grouping } from './stories';
import { storyFeatures, type StoryFeatures } from './storyFeatures';
import { StoryIndex } from './storyIndex';
import type { CorpusOptions, CorpusResult, Finding, SourceArticle, StoryResult } from './types';

/** How similar (0–1) two articles must be, on average over a story's members, to be reports of one story. */
export const DEFAULT_STORY_THRESHOLD = 0.2;
/** resultAsync gives way after this much work in one go. */
const PAUSE_AFTER_MS = 8;

interface ArticleEntry {
  article: SourceArticle;
  /** Bumped on every upsert; story caches compare it. */
  version: number;
  facts: ArticleFacts;
  /** What the article says about which story it is (the grouping input). */
  features: StoryFeatures;
}

interface StoryEntry {
  /** member id → version the result was computed from. */
  versions: Map<string, number>;
  /** Result before severity overrides and the ledger are applied. */
  raw: StoryResult;
}

export class CorpusEngine {
  private options: CorpusOptions;
  private readonly entries = new Map<string, ArticleEntry>();
  /** Every article's grouping features, with document frequencies and postings (kept current per article). */
  private readonly index = new StoryIndex();
  private version = 0;
  private grouping: Grouping | null = null;
  private readonly grouper = new StoryGrouper();
  private readonly storyCache = new Map<string, StoryEntry>();
  private finalCache: { result: CorpusResult; stamp: string } | null = null;
  private stamp = 0;

  constructor(options: CorpusOptions = {}) {
    this.options = { ...options };
  }

  setOptions(o: CorpusOptions): void {
    const before = this.threshold();
    this.options = { ...o };
    if (this.threshold() !== before) this.grouping = null;
    this.finalCache = null;
  }

  upsert(given: SourceArticle): void {
    // The plain-data facts are decoded once; the entry keeps the article without them.
    const { facts: wire, ...a } = given;
    const prev = this.entries.get(a.id);
    if (prev && prev.article.text === a.text && prev.article.name === a.name && prev.article.analysis === a.analysis) return;
    const features = storyFeatures(a);
    const plain: unknown = typeof wire === 'function' ? (wire as () => unknown)() : wire;
    const facts = (plain !== undefined ? factsFromWire(a, plain) : undefined) ?? extractArticleFacts(a);
    const entry: ArticleEntry = { article: a, version: ++this.version, facts, features };
    this.entries.set(a.id, entry);
    this.finalCache = null;
    // An edit that leaves the grouping input as it was (a figure or a quote changed, not the names and
    // words that make the story) keeps the grouping: only the article's story is checked again.
    if (prev && sameData(prev.features, features)) return;
    this.index.set(a.id, features);
    this.grouping = null;
  }

  remove(id: string): void {
    if (!this.entries.delete(id)) return;
    this.index.remove(id);
    this.grouping = null;
    this.finalCache = null;
  }

  /** Every story with its findings, severity overrides and the ledger applied. */
  result(): CorpusResult {
    if (this.finalCache) return this.finalCache.result;
    const stories: StoryResult[] = [];
    for (const raw of this.rawStories()) stories.push(this.finish(raw));
    const findings = sortFindings(stories.flatMap((s) => s.findings));
    const result = { stories, findings };
    this.finalCache = { result, stamp: String(++this.stamp) };
    return result;
  }

  /**
   * result(), computed a story at a time with `pause()` awaited between stories whenever the work since
   * the last pause took a few milliseconds, so a language server keeps answering while a large corpus is
   * checked. The engine must not be changed while this runs (the server's updates run one at a time).
   */
  async resultAsync(pause: () => Promise<void>): Promise<CorpusResult> {
    if (this.finalCache) return this.finalCache.result;
    const g = this.group();
    await pause();
    let since = performance.now();
    const live = new Set<string>();
    const stories: StoryResult[] = [];
    for (const story of g.stories) {
      live.add(story.id);
      stories.push(this.finish(this.computeStory(story)));
      if (performance.now() - since > PAUSE_AFTER_MS) {
        await pause();
        since = performance.now();
      }
    }
    for (const id of this.storyCache.keys()) if (!live.has(id)) this.storyCache.delete(id);
    const result = { stories, findings: sortFindings(stories.flatMap((s) => s.findings)) };
    this.finalCache = { result, stamp: String(++this.stamp) };
    return result;
  }

  /** The story the article belongs to (computing only that story when nothing is cached). */
  storyOf(articleId: string): StoryResult | undefined {
    if (!this.entries.has(articleId)) return undefined;
    const g = this.group();
    const members = g.stories.find((s) => s.articles.includes(articleId));
    if (!members) return undefined;
    return this.finish(this.computeStory(members));
  }

  private threshold(): number {
    return this.options.storyThreshold ?? DEFAULT_STORY_THRESHOLD;
  }

  private group(): Grouping {
    if (!this.grouping) this.grouping = this.grouper.group(this.index, this.threshold());
    return this.grouping;
  }

  private rawStories(): StoryResult[] {
    const g = this.group();
    const live = new Set<string>();
    const out: StoryResult[] = [];
    for (const story of g.stories) {
      live.add(story.id);
      out.push(this.computeStory(story));
    }
    for (const id of this.storyCache.keys()) if (!live.has(id)) this.storyCache.delete(id);
    return out;
  }

  private computeStory(story: Grouping['stories'][number]): StoryResult {
    const cached = this.storyCache.get(story.id);
    if (cached && [...cached.versions].every(([id, v]) => this.entries.get(id)?.version === v)) {
      // Membership is the same (the id derives from it); links may have changed scores only slightly.
      cached.raw.story = story;
      return cached.raw;
    }
    const members = story.articles.map((id) => this.entries.get(id)!).filter(Boolean);
    const articles = members.map((m) => m.article);
    const entities = resolveEntities(articles);
    const aligned = alignFacts(
      members.map((m) => m.facts),
      entities,
    );
    const findings = runChecks({ story, articles, entities, aligned }, this.options);
    const raw: StoryResult = { story, entities, facts: aligned.facts, findings };
    this.storyCache.set(story.id, { versions: new Map(members.map((m) => [m.article.id, m.version])), raw });
    return raw;
  }

  private finish(raw: StoryResult): StoryResult {
    const findings = sortFindings(applyFindingPolicy(raw.findings, this.options));
    return { ...raw, findings };
  }
}

/** One-shot: the whole corpus at once. */
export function analyzeCorpus(articles: SourceArticle[], options: CorpusOptions = {}): CorpusResult {
  const engine = new CorpusEngine(options);
  for (const a of articles) engine.upsert(a);
  return engine.result();
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (x, y) =>
      cmp(x.location.article, y.location.article) ||
      x.location.span.start - y.location.span.start ||
      x.location.span.end - y.location.span.end ||
      cmp(x.check, y.check) ||
      cmp(x.key, y.key),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
