// The cross-source engine: articles in, stories, resolved entities, aligned facts and findings out.
// Pure (no editor or file-system imports). Incremental: each article's signature and extracted facts are
// cached per article; an upsert or remove re-runs the checks only of the stories whose membership or
// members changed, and reuses the results of every other story. resultAsync gives the caller's event loop
// a turn between stories.

import { alignFacts, extractArticleFacts, type ArticleFacts } from './align';
import { runChecks, type CheckContext } from './checks/index';
import type { Aligned } from './factTypes';
import { factsFromWire } from './factsWire';
import { applyFindingPolicy } from './ledger';
import { resolveEntities } from './resolve';
import { sameData } from './sameData';
import { StoryGrouper, type Grouping } from './stories';
import { featuresFromWire } from './featuresWire';
import { storyFeatures, type StoryFeatures } from './storyFeatures';
import { StoryIndex } from './storyIndex';
import type { CorpusOptions, CorpusResult, CrossEntity, Finding, SourceArticle, Story, StoryResult } from './types';

/** A story's articles and the findings its checks gave (before severity settings and the ledger). */
export interface CheckedStory {
  articles: string[];
  findings: Finding[];
  /** The story as it was grouped (label and links too); given for every story, the grouping is taken as it was. */
  story?: Story;
}

/** How similar (0–1) two articles must be, on average over a story's members, to be reports of one story. */
export const DEFAULT_STORY_THRESHOLD = 0.2;
/** resultAsync gives way after this much work in one go. */
const PAUSE_AFTER_MS = 8;

interface ArticleEntry {
  article: SourceArticle;
  /** Bumped on every upsert; story caches compare it. */
  version: number;
  /** Worked out on first read. */
  readonly facts: ArticleFacts;
  /** What the article says about which story it is (the grouping input); worked out on first read. */
  readonly features: StoryFeatures;
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
  /**
   * Articles upserted since the index last took them, in upsert order: their features are worked out and
   * indexed when a grouping is next needed (a burst of upserts, such as an index, does it once).
   */
  private readonly unindexed = new Set<string>();
  private version = 0;
  private grouping: Grouping | null = null;
  private readonly grouper = new StoryGrouper();
  private readonly storyCache = new Map<string, StoryEntry>();
  /** A grouping taken by seed() whose pair scores the grouper has not worked out yet (prepare()). */
  private adoptPending = false;
  /** Each raw story result with severity settings and the ledger applied, for the options in force. */
  private finished = new WeakMap<StoryResult, StoryResult>();
  private finalCache: { result: CorpusResult; stamp: string } | null = null;
  private stamp = 0;

  constructor(options: CorpusOptions = {}) {
    this.options = { ...options };
  }

  setOptions(o: CorpusOptions): void {
    const before = this.threshold();
    this.options = { ...o };
    this.finished = new WeakMap();
    if (this.threshold() !== before) this.grouping = null;
    this.finalCache = null;
  }

  upsert(given: SourceArticle): void {
    // The plain-data facts are decoded once, when first needed; the entry keeps the article without them.
    const { facts: wire, features: featuresWire, ...a } = given;
    const prev = this.entries.get(a.id);
    if (prev && prev.article.text === a.text && prev.article.name === a.name && prev.article.analysis === a.analysis) return;
    // The facts are decoded (or, without a wire, extracted) when a story first needs them: a story whose
    // findings were taken from the last session may never need them.
    let facts: ArticleFacts | undefined;
    let features: StoryFeatures | undefined;
    let source = wire;
    let featuresSource = featuresWire;
    const entry: ArticleEntry = {
      article: a,
      version: ++this.version,
      get features() {
        if (!features) {
          // The analysing worker's (or the cache's) features when they decode, else worked out here.
          features = (featuresSource !== undefined ? featuresFromWire(featuresSource) : undefined) ?? storyFeatures(a);
          featuresSource = undefined;
        }
        return features;
      },
      get facts() {
        if (!facts) {
          const plain: unknown = typeof source === 'function' ? (source as () => unknown)() : source;
          facts = (plain !== undefined ? factsFromWire(a, plain) : undefined) ?? extractArticleFacts(a);
          source = undefined; // decoded: the plain copy would only double the memory
        }
        return facts;
      },
    };
    this.entries.set(a.id, entry);
    this.finalCache = null;
    // An edit that leaves the grouping input as it was (a figure or a quote changed, not the names and
    // words that make the story) keeps the grouping: only the article's story is checked again.
    if (prev && sameData(prev.features, entry.features)) return;
    this.unindexed.add(a.id);
    this.grouping = null;
  }

  remove(id: string): void {
    if (!this.entries.delete(id)) return;
    this.unindexed.delete(id);
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

  /**
   * Takes the findings of stories checked earlier (before severity settings and the ledger) for the
   * stories that group exactly as they did then; the caller vouches that the articles, the build and the
   * options are the same (the server's findings snapshot is keyed by all three). Their entities and facts
   * are worked out when first read. Returns how many stories were taken.
   */
  seed(stories: readonly CheckedStory[]): number {
    // The grouping itself is taken when the stories cover exactly the articles now in the engine: it is a
    // function of the articles, the build and the options, which the caller vouches for. The pair scores
    // the next edit's regrouping starts from are worked out later, by prepare() (or by that regrouping).
    if (!this.grouping && coversExactly(stories, this.entries)) {
      this.grouping = { stories: stories.map((s) => s.story!) };
      this.adoptPending = true;
    }
    const byMembers = new Map(stories.map((s) => [s.articles.join('\u0000'), s.findings]));
    let taken = 0;
    for (const story of this.group().stories) {
      const findings = byMembers.get(story.articles.join('\u0000'));
      const members = story.articles.map((id) => this.entries.get(id));
      if (!findings || members.some((m) => m === undefined)) continue;
      this.remember(story, members as ArticleEntry[], findings);
      taken++;
    }
    if (taken) this.finalCache = null;
    return taken;
  }

  /**
   * Work for a quiet moment after seed(): the grouping index and the pair scores of a taken grouping, so
   * the first edit's regrouping only re-scores what the edit changed. Without it that regrouping scores
   * every pair (the same result, later).
   */
  prepare(): void {
    if (!this.adoptPending) return;
    this.adoptPending = false;
    if (!this.grouping) return;
    this.indexPending();
    this.grouper.adopt(this.index, this.threshold(), this.grouping);
  }

  /** Each story of the last result with its findings before severity settings and the ledger (for seed). */
  checkedStories(): CheckedStory[] {
    return [...this.storyCache.values()].map((e) => ({ articles: e.raw.story.articles, findings: e.raw.findings, story: e.raw.story }));
  }

  private threshold(): number {
    return this.options.storyThreshold ?? DEFAULT_STORY_THRESHOLD;
  }

  private group(): Grouping {
    if (!this.grouping) {
      this.adoptPending = false;
      this.indexPending();
      this.grouping = this.grouper.group(this.index, this.threshold());
    }
    return this.grouping;
  }

  /** Puts the articles upserted since the last grouping into the index, in upsert order. */
  private indexPending(): void {
    for (const id of this.unindexed) this.index.set(id, this.entries.get(id)!.features);
    this.unindexed.clear();
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
    return this.remember(story, members);
  }

  /**
   * The result of a story, kept for the next call: its findings (the given ones, else from the checks),
   * with its entities and aligned facts worked out when first read — at once by the checks of a story of
   * several articles; for an article alone in its story (most of a feed) or a story whose findings were
   * given, only when the user asks about it (a hover, a fact sheet).
   */
  private remember(story: Story, members: ArticleEntry[], given?: Finding[]): StoryResult {
    const articles = members.map((m) => m.article);
    let facts: ArticleFacts[] | undefined;
    const factsOf = (): ArticleFacts[] => (facts ??= members.map((m) => m.facts));
    let whole: { entities: CrossEntity[]; aligned: Aligned } | undefined;
    const work = (): { entities: CrossEntity[]; aligned: Aligned } => {
      if (!whole) {
        const entities = resolveEntities(articles);
        whole = { entities, aligned: alignFacts(factsOf(), entities) };
      }
      return whole;
    };
    const ctx: CheckContext = {
      story,
      articles,
      get facts() {
        return factsOf();
      },
      get entities() {
        return work().entities;
      },
      get aligned() {
        return work().aligned;
      },
    };
    const findings = given ?? runChecks(ctx, this.options);
    const raw: StoryResult = {
      story,
      get entities() {
        return work().entities;
      },
      get facts() {
        return work().aligned.facts;
      },
      findings,
    };
    this.storyCache.set(story.id, { versions: new Map(members.map((m) => [m.article.id, m.version])), raw });
    return raw;
  }

  private finish(raw: StoryResult): StoryResult {
    // A story not checked again keeps its finished result while the options (severities, ledger) stay.
    // A regrouping gives every story a new Story object (same members, links rescored): the finished
    // result takes it; its findings, which do not depend on it, are not filtered and sorted again.
    const known = this.finished.get(raw);
    if (known) {
      known.story = raw.story;
      return known;
    }
    const findings = sortFindings(applyFindingPolicy(raw.findings, this.options));
    // A copy of the descriptors, not a spread: a spread would read (and so work out) the lazy parts.
    const out = Object.defineProperties({}, Object.getOwnPropertyDescriptors(raw)) as StoryResult;
    out.findings = findings;
    this.finished.set(raw, out);
    return out;
  }
}

/** Whether every story comes with its grouping and the stories hold each article of `entries` exactly once. */
function coversExactly(stories: readonly CheckedStory[], entries: ReadonlyMap<string, unknown>): boolean {
  const seen = new Set<string>();
  for (const s of stories) {
    if (!s.story || s.story.articles.join('\u0000') !== s.articles.join('\u0000')) return false;
    for (const id of s.articles) {
      if (seen.has(id) || !entries.has(id)) return false;
      seen.add(id);
    }
  }
  return seen.size === entries.size;
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
