// Reads and analyses the CLI's article files on the analysis pool (and through the analysis cache when
// --cache is given), several at a time, and hands them back in the order given, so output does not
// depend on which worker finished first.

import { join } from 'node:path';
import type { ArticleAnalysis } from '../analysis/types';
import type { FeaturesWire } from '../analysis/cross/featuresWire';
import { AnalysisCache, type FactsSource } from '../analysisCache';
import { readArticle, type ReadResult } from '../articleFile';
import { AnalysisPool, budgetFromEnv, stoppedMessage } from '../pool/analysisPool';
import { UsageError, type ArgValue, type Command } from './command';

type Read = Extract<ReadResult, { ok: true }>;

/** One file: not read (with the reader's message), analysed, stopped past its budget, or failed. */
export type AnalysedFile =
  | { kind: 'unread'; path: string; message: string }
  | { kind: 'analysed'; path: string; read: Read; analysis: ArticleAnalysis; facts?: FactsSource; features?: FeaturesWire }
  | { kind: 'stopped'; path: string; read: Read; message: string }
  | { kind: 'failed'; path: string; read: Read; message: string };

export interface AnalyseOptions {
  maxBytes: number;
  maxChars: number;
  /** Folder of the persistent analysis cache (--cache), when given. */
  cacheDir?: string;
  /** Number of workers (--jobs); default: the machine's cores. */
  jobs?: number;
  /** Extract each article's cross-source facts on the workers too (`check`). */
  facts?: boolean;
}

/** The options every analysing command shares: `--cache DIR`, `--jobs N`. */
export const ANALYSE_ARGS = {
  cache: { type: 'string' },
  jobs: { type: 'string' },
} as const;

export const ANALYSE_HELP = `  --cache DIR          keep analyses in DIR and reuse them for unchanged files
                       (keyed by content and analyser version; safe to delete)
  --jobs N             analyse on N worker threads (default: one per core)`;

/** --cache and --jobs from parsed arguments. */
export function analyseArgs(values: Record<string, ArgValue>, command: Command): Pick<AnalyseOptions, 'cacheDir' | 'jobs'> {
  const out: Pick<AnalyseOptions, 'cacheDir' | 'jobs'> = {};
  const cache = values['cache'];
  if (typeof cache === 'string') out.cacheDir = cache;
  const jobs = values['jobs'];
  if (typeof jobs === 'string') {
    const n = Number(jobs);
    if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs needs a whole number from 1 to 64, not '${jobs}'`, command);
    out.jobs = n;
  }
  return out;
}

/** Analyses the files; `each` gets them one by one, in the order of `paths`. */
export async function analyseFiles(paths: string[], options: AnalyseOptions, each: (f: AnalysedFile) => Promise<void>): Promise<void> {
  const pool = new AnalysisPool({ workerFile: join(__dirname, 'analysisWorker.js'), size: options.jobs, ...budgetFromEnv() });
  const cache = options.cacheDir !== undefined ? new AnalysisCache(options.cacheDir) : undefined;
  const one = async (path: string): Promise<AnalysedFile> => {
    const read = await readArticle(path, options.maxBytes);
    if (!read.ok) return { kind: 'unread', path, message: read.message };
    const key = cache?.key(read.text, { maxChars: options.maxChars });
    const cached = key !== undefined ? await cache?.get(key, read.text.length) : undefined;
    if (cached) return { kind: 'analysed', path, read, ...cached };
    const outcome = await pool.analyze({ text: read.text, options: { maxChars: options.maxChars }, facts: options.facts === true });
    if (outcome.kind === 'stopped') return { kind: 'stopped', path, read, message: stoppedMessage(outcome.budgetMs, read.text.length) };
    if (outcome.kind === 'failed') return { kind: 'failed', path, read, message: outcome.message };
    if (key !== undefined) void cache?.set(key, outcome.analysis, outcome.facts, outcome.features);
    const file: AnalysedFile = { kind: 'analysed', path, read, analysis: outcome.analysis };
    if (outcome.facts !== undefined) file.facts = outcome.facts;
    if (outcome.features !== undefined) file.features = outcome.features;
    return file;
  };
  // A window of files in flight: enough to keep every worker busy, few enough to bound memory.
  const window = Math.max(4, (options.jobs ?? 4) * 3);
  const inFlight: Array<Promise<AnalysedFile>> = [];
  let next = 0;
  try {
    while (next < paths.length || inFlight.length > 0) {
      while (next < paths.length && inFlight.length < window) inFlight.push(one(paths[next++]!));
      await each(await inFlight.shift()!);
    }
  } finally {
    await pool.dispose();
    // Keep the folder within its bound when this run added to it.
    await cache?.flush();
    if (cache && cache.writes > 0) await cache.sweep();
  }
}
