// The language server's way to analyse a text: the persistent cache first (when the client gave a
// storage folder), else the worker pool, with the open article ahead of the corpus. The main thread
// never runs the core itself, so it stays free to answer the editor while thousands of articles index.

import { join } from 'node:path';
import { DEFAULT_MAX_CHARS } from './analysis/limits';
import type { ArticleAnalysis } from './analysis/types';
import { AnalysisCache, type CachedAnalysis } from './analysisCache';
import { AnalysisPool, budgetFromEnv, stoppedAnalysis, stoppedMessage } from './pool/analysisPool';

/** The cache folder's size is checked this long after the server starts. */
const SWEEP_DELAY_MS = 5 * 60_000;

export interface AnalyseRequest {
  /** The article's URI: its next version goes to the worker that has its paragraphs. */
  uri: string;
  /** True for an article open in the editor: it is analysed before the corpus. */
  open: boolean;
  /** Called with the analysis as soon as the worker has it, before its facts (see AnalysisRequest). */
  onAnalysis?: (analysis: ArticleAnalysis) => void;
}

export class Analyser {
  private readonly pool: AnalysisPool;
  private cache: AnalysisCache | undefined;
  /** Texts analysed on the pool, and texts whose analysis came from the persistent cache, since the start. */
  readonly counts = { analysed: 0, cached: 0 };

  constructor(private readonly log: (message: string) => void) {
    this.pool = new AnalysisPool({ workerFile: join(__dirname, 'analysisWorker.js'), ...budgetFromEnv() });
  }

  /** Keeps analyses in `dir` from now on (the client's storage folder), or nowhere when undefined. */
  useCacheIn(dir: string | undefined): void {
    this.cache = dir !== undefined ? new AnalysisCache(join(dir, 'analysis-cache'), undefined, this.log) : undefined;
    // The size check walks the whole folder: once, well after the first index, not in its way.
    const cache = this.cache;
    if (cache) setTimeout(() => void cache.sweep(), SWEEP_DELAY_MS).unref();
  }

  /** Loads the first worker ahead of the first article (the one the user opens, usually). */
  prewarm(): void {
    this.pool.prewarm();
  }

  /** A burst of analyses is over: the workers beyond the first stop now (they start again when needed). */
  releaseIdleWorkers(): void {
    this.pool.releaseIdle();
  }

  /** An article opened with the analysis it had: its worker tags its paragraphs now, for the first edit. */
  prepareEdits(text: string, uri: string): void {
    void this.pool.analyze({ text, affinity: uri, keep: true });
  }

  /**
   * The analysis of `text`, with the article's cross-source facts extracted on the worker (or kept in the
   * cache) so the main thread does not extract them. An analysis that runs past its time budget comes
   * back with an 'analysis-stopped' problem and nothing else; one that fails rejects (the store logs it).
   */
  async analyse(text: string, request: AnalyseRequest): Promise<CachedAnalysis> {
    const cache = this.cache;
    const key = cache?.key(text, { maxChars: DEFAULT_MAX_CHARS });
    if (cache && key !== undefined) {
      const cached = await cache.get(key, text.length);
      if (cached) {
        this.counts.cached++;
        // An open article is the one about to be edited: its paragraphs are tagged in the background, so
        // the first edit re-tags only the paragraph it changed (and finds a worker that has run before).
        if (request.open) void this.pool.analyze({ text, affinity: request.uri, keep: true });
        return cached;
      }
    }
    // The open article's facts come from the worker too: they add a few milliseconds to its analysis,
    // where extracting them on the main thread would hold every request up (the first time, for the
    // language model's word forms, about half a second).
    const outcome = await this.pool.analyze({ text, priority: request.open, affinity: request.uri, facts: true, onAnalysis: request.onAnalysis });
    this.counts.analysed++;
    if (outcome.kind === 'failed') throw new Error(outcome.message);
    if (outcome.kind === 'stopped') {
      const message = stoppedMessage(outcome.budgetMs, text.length);
      this.log(`NewsLens: ${request.uri}: ${message}`);
      return { analysis: stoppedAnalysis(text.length, message) };
    }
    // Serialised before the caller adds its own problems (an encoding warning) to the result.
    if (cache && key !== undefined) void cache.set(key, outcome.analysis, outcome.facts, outcome.features);
    const out: CachedAnalysis = { analysis: outcome.analysis };
    if (outcome.facts !== undefined) out.facts = outcome.facts;
    if (outcome.features !== undefined) out.features = outcome.features;
    return out;
  }

  dispose(): Promise<void> {
    return this.pool.dispose();
  }
}
