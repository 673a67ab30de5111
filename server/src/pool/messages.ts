// The messages between the analysis pool (main thread) and its workers: plain data, structured-cloned.

import type { FactsWire } from '../analysis/cross/factsWire';
import type { FeaturesWire } from '../analysis/cross/featuresWire';
import type { ArticleAnalysis } from '../analysis/types';

/** What the worker passes to analyzeArticle besides the text. */
export interface WorkerAnalyzeOptions {
  maxChars?: number;
  referenceDate?: string;
}

export interface WorkerRequest {
  id: number;
  text: string;
  options: WorkerAnalyzeOptions;
  /** Keep the text's tagged paragraphs for its next version (an article open in the editor). */
  keep: boolean;
  /** Also extract the cross-source facts and the story-grouping features (the engine's per-article input), as plain data. */
  facts: boolean;
  /** Send the analysis as soon as it is made, before the facts and features (a 'first' reply, then a 'rest'). */
  early?: boolean;
}

export type WorkerReply =
  | { id: number; ok: true; analysis: ArticleAnalysis; facts?: FactsWire; features?: FeaturesWire }
  /** The analysis of an `early` request; its facts and features follow in a `rest` reply. */
  | { id: number; ok: true; first: ArticleAnalysis }
  | { id: number; ok: true; rest: { facts: FactsWire; features: FeaturesWire } }
  | { id: number; ok: false; message: string };

/** The first message a worker sends, once the core is loaded. */
export interface WorkerReady {
  ready: true;
}
