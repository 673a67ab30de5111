// The cross-source engine: articles in, stories, resolved entities, aligned facts and findings out.
// Pure (no editor or file-system imports). Incremental: each article's signature and extracted facts are
// cached per article; an upsert or remove re-runs the checks only of the stories whose membership or
// members changed, and reuses the results of every other story. resultAsync gives the caller's event loop
// a turn between stories.

import { alignFacts, extractArticleFacts, type ArticleFacts } from './align';
import { runChecks } from './checks/index';
import { applyFindingPolicy } from './ledger';
import { resolveEntities } from './resolve';
import { sameData } from './sameData';
import { articleSignature, groupStories, similarity, type ArticleSignature, type Grouping } from './stories';
import type { CorpusOptions, CorpusResult, Finding, SourceArticle, StoryResult } from './types';

export const DEFAULT_STORY_THRESHOLD = 0.25;
/** resultAsync gives way after this much work in one go. */
const PAUSE_AFTER_MS = 8;

interface ArticleEntry {
  article: SourceArticle;
  /** Bumped on every upsert; story caches compare it. */
  version: number;
  signature: ArticleSignature;
  facts: ArticleFacts;
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
  /** Pairwise similarity, kept only for pairs above zero: "a\u0000b" with a < b. */
  private readonly scores = new Map<string, number>();
  private version = 0;
  private grouping: Grouping | null = null;
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

  upsert(a: SourceArticle): void {
    const prev = this.entries.get(a.id);
    if (prev && prev.article.text === a.text && prev.article.name === a.name && prev.article.analysis === a.analysis) return;
    const signature = articleSignature(a);
    const entry: ArticleEntry = { article: a, version: ++this.version, signature, facts: extractArticleFacts(a) };
    this.entries.set(a.id, entry);
    this.finalCache = null;
    // An edit that leaves the grouping input as it was (a figure or a quote changed, not the names and
    // words that make the story) keeps the grouping: only the article's story is checked again.
    if (prev && sameData(prev.signature, signature)) return;
    for (const [id, other] of this.entries) {
      if (id === a.id) continue;
      const s = similarity(signature, other.signature);
      const k = pairKey(a.id, id);
      if (s > 0) this.scores.set(k, s);
      else this.scores.delete(k);
    }
    this.grouping = null;
  }

  remove(id: string): void {
    if (!this.entries.delete(id)) return;
    for (const other of this.entries.keys()) this.scores.delete(pairKey(id, other));
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
    if (!this.grouping) {
      this.grouping = groupStories(
        [...this.entries.values()].map((e) => ({ id: e.article.id, signature: e.signature })),
        [...this.scores].map(([k, score]) => {
          const [a, b] = k.split('\u0000') as [string, string];
          return { a, b, score };
        }),
        this.threshold(),
      );
    }
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

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
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
