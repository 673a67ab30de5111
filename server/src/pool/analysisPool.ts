// A pool of analysis workers (node:worker_threads), shared by the language server and the CLI.
//
// - Sized to the cores; workers start on first use, and all but one stop after a while without work, or
//   at once when the caller says a burst of work is over (releaseIdle).
// - Two queues: articles the user has open (priority) are taken before any article of the corpus, so an
//   opened or edited article waits at most for the articles already being analysed, never for the corpus.
// - An article goes back to the worker that analysed it last when that worker is free: its paragraph
//   cache then makes re-analysing an edit cost only the changed paragraphs.
// - A time budget per article, by its size: past it the worker is ended (terminate) and replaced, and the
//   article's outcome is 'stopped'; the other articles go on. A worker that crashes is replaced the same way.
// - Workers keep the process alive until dispose() (the CLI and the server both end the pool). They are
//   never unref'd while idle: with every worker unref'd between a reply and the next task, Node may end a
//   process whose work is not done (the CLI once exited 0 with no output).
//
// node:worker_threads directly rather than a pool library: the pool needs priorities, worker affinity and
// ending the one worker that overran, and the worker must be an entry of our own esbuild bundles.

import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { FactsWire } from '../analysis/cross/factsWire';
import type { FeaturesWire } from '../analysis/cross/featuresWire';
import type { ArticleAnalysis } from '../analysis/types';
import type { WorkerAnalyzeOptions, WorkerReply, WorkerRequest } from './messages';

/** How long an article may take: 2 s per 100,000 characters... */
export const DEFAULT_BUDGET_MS_PER_100K = 2000;
/** ...and never less than 5 s, so a short article on a busy machine is not stopped by accident. */
export const DEFAULT_MIN_BUDGET_MS = 5000;
/** Workers beyond the first stop after this long without work (memory goes back to the system). */
const IDLE_STOP_MS = 20_000;
/**
 * Each worker's heap limits. Left to itself, V8 lets a busy worker's heap grow to several times what it
 * keeps alive (about 30 MB: compromise's lexicon and rules, the paragraph cache) before collecting; a
 * bound makes it collect sooner, for the same CPU. 128 MB leaves room for the longest article analysed
 * (half a million characters needs about 65 MB); the young generation of 8 MB (V8's default is 32-48)
 * costs no measurable time on news text. Over 2,000 articles this halves each worker's peak memory.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };
/**
 * V8's optimising compiler, told not to inline. Each worker compiles the analyser's hot functions for
 * itself, on V8's background threads, and with inlining those compile jobs are large: on 2 cores, with
 * two workers indexing about 1,000 articles, they took about 16 s of the 45 s of processor time, competing
 * with the workers for the cores. Without inlining the same index takes about a fifth less processor time
 * and the analysis runs no slower per article (README, Measurements). The flag is the process's (V8 has no
 * flags per isolate), so it is set once, before the first worker starts; `NEWSLENS_V8_INLINING=1` leaves
 * V8's default.
 */
let compilerTuned = false;
function tuneCompiler(): void {
  if (compilerTuned) return;
  compilerTuned = true;
  if (process.env.NEWSLENS_V8_INLINING !== '1') setFlagsFromString('--no-turbo-inlining');
}
/** A worker that fails this many times in a row while starting is not started again. */
const MAX_START_FAILURES = 3;
/**
 * While the article the user opened is analysed on the only ready worker, the next worker starts at most
 * this long later: starting one takes most of a second of processor time, and on a small machine it would
 * slow the first highlights. When the opened article is done, the next worker starts at once.
 */
const HEAD_START_MS = 800;

export type AnalysisOutcome =
  | { kind: 'done'; analysis: ArticleAnalysis; facts?: FactsWire; features?: FeaturesWire }
  | { kind: 'stopped'; budgetMs: number }
  | { kind: 'failed'; message: string };

export interface AnalysisRequest {
  text: string;
  options?: WorkerAnalyzeOptions;
  /** An article the user has open: analysed before any queued corpus article. */
  priority?: boolean;
  /** Identifies the article (its URI or path), so its next version goes to the worker that has its paragraphs. */
  affinity?: string;
  /** Keep its tagged paragraphs for its next version (default: when `priority`, an article open in the editor). */
  keep?: boolean;
  /** Also extract the article's cross-source facts and grouping features on the worker (for `check` and the language server). */
  facts?: boolean;
  /**
   * Called with the analysis as soon as the worker has it, before the facts (with `facts`): the editor's
   * highlights of an opened or edited article need only the analysis.
   */
  onAnalysis?: (analysis: ArticleAnalysis) => void;
}

export interface PoolOptions {
  /** The worker script (dist/analysisWorker.js). */
  workerFile: string;
  /** Number of workers (default: the machine's available parallelism, at most 8). */
  size?: number;
  /** The time budget for 100,000 characters, in ms (default 2000). */
  budgetMsPer100k?: number;
  /** The least budget of any article, in ms (default 5000). */
  minBudgetMs?: number;
}

interface Task {
  id: number;
  request: AnalysisRequest;
  resolve(outcome: AnalysisOutcome): void;
  /** The analysis of an early reply, waiting for its facts. */
  first?: ArticleAnalysis;
}

/** The outcome a final reply gives (with the analysis of the task's early reply, if it had one). */
function outcomeOf(reply: WorkerReply, task: Task): AnalysisOutcome {
  if (!reply.ok) return { kind: 'failed', message: reply.message };
  if ('rest' in reply) return task.first ? { kind: 'done', analysis: task.first, ...reply.rest } : { kind: 'failed', message: 'the analysis worker sent facts without their analysis' };
  if ('first' in reply) return { kind: 'done', analysis: reply.first };
  return { kind: 'done', analysis: reply.analysis, facts: reply.facts, features: reply.features };
}

interface Slot {
  index: number;
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
}

export class AnalysisPool {
  private readonly size: number;
  private readonly budgetPer100k: number;
  private readonly minBudget: number;
  private readonly slots: Array<Slot | null>;
  private readonly urgent: Task[] = [];
  private readonly normal: Task[] = [];
  private readonly lastSlot = new Map<string, number>();
  private nextId = 1;
  private startFailures = 0;
  private disposed = false;
  /** Until when a priority task keeps the processor to itself (see HEAD_START_MS), and the timer that ends it. */
  private headStartUntil = 0;
  private headStartTimer: NodeJS.Timeout | null = null;
  /** Articles stopped for running past their budget, and workers replaced, since the pool started. */
  stoppedCount = 0;
  replacedCount = 0;

  constructor(private readonly options: PoolOptions) {
    this.size = Math.max(1, Math.floor(options.size ?? Math.min(8, availableParallelism())));
    this.budgetPer100k = Math.max(1, options.budgetMsPer100k ?? DEFAULT_BUDGET_MS_PER_100K);
    this.minBudget = Math.max(1, options.minBudgetMs ?? DEFAULT_MIN_BUDGET_MS);
    this.slots = new Array<Slot | null>(this.size).fill(null);
  }

  /** The time budget of an article of `chars` characters. */
  budgetFor(chars: number): number {
    return Math.ceil(Math.max(this.minBudget, (this.budgetPer100k * chars) / 100_000));
  }

  /** Analyses one text on a worker. Never rejects: a stopped or failed analysis is an outcome. */
  analyze(request: AnalysisRequest): Promise<AnalysisOutcome> {
    if (this.disposed) return Promise.resolve({ kind: 'failed', message: 'the analysis pool was shut down' });
    if (this.startFailures >= MAX_START_FAILURES) {
      return Promise.resolve({ kind: 'failed', message: `the analysis workers could not start (${this.options.workerFile})` });
    }
    return new Promise((resolve) => {
      const task: Task = { id: this.nextId++, request, resolve };
      (request.priority === true ? this.urgent : this.normal).push(task);
      this.dispatch();
    });
  }

  /** Starts the first worker now (it takes a moment to load), so the first article does not wait for it. */
  prewarm(): void {
    if (this.disposed || this.slots[0] !== null) return;
    this.slots[0] = this.spawn(0);
  }

  /**
   * Stops every idle worker but the first now, rather than after IDLE_STOP_MS: the caller knows a burst of
   * work is over (the server's index, whose cross-source checks come next and need the memory). A worker
   * still running a task, and the first, are left.
   */
  releaseIdle(): void {
    if (this.disposed || this.queued > 0) return;
    for (const slot of this.slots) {
      if (!slot || slot.index === 0 || slot.task !== null) continue;
      this.clearTimers(slot);
      this.slots[slot.index] = null;
      void slot.worker.terminate();
    }
  }

  /** Workers started and not stopped (loading, busy or idle). */
  get workers(): number {
    return this.slots.filter((s) => s !== null).length;
  }

  /** Tasks waiting for a worker. */
  get queued(): number {
    return this.urgent.length + this.normal.length;
  }

  /** Ends every worker; queued and running analyses resolve as failed. */
  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.headStartTimer) clearTimeout(this.headStartTimer);
    const pending = [...this.urgent.splice(0), ...this.normal.splice(0)];
    for (const t of pending) t.resolve({ kind: 'failed', message: 'the analysis pool was shut down' });
    await Promise.all(
      this.slots.map(async (slot, i) => {
        if (!slot) return;
        this.slots[i] = null;
        this.clearTimers(slot);
        slot.task?.resolve({ kind: 'failed', message: 'the analysis pool was shut down' });
        await slot.worker.terminate();
      }),
    );
  }

  // ---- scheduling ------------------------------------------------------------------------------

  private dispatch(): void {
    if (this.disposed) return;
    while (this.urgent.length + this.normal.length > 0) {
      const task = this.urgent[0] ?? this.normal[0]!;
      const slot = this.freeSlotFor(task);
      if (!slot) {
        this.startWorkers();
        return;
      }
      (this.urgent[0] === task ? this.urgent : this.normal).shift();
      this.run(slot, task);
    }
  }

  /** A ready, idle worker for the task: the one that analysed the article last when it is free. */
  private freeSlotFor(task: Task): Slot | undefined {
    const free = this.slots.filter((s): s is Slot => s !== null && s.ready && s.task === null);
    if (free.length === 0) return undefined;
    const preferred = task.request.affinity !== undefined ? this.lastSlot.get(task.request.affinity) : undefined;
    return free.find((s) => s.index === preferred) ?? free[0];
  }

  /**
   * Starts a worker when tasks wait and none is starting. One at a time: a starting worker spends most of
   * a second loading compromise, and two loading at once on a small machine make the first one ready late,
   * so the article the user opened would wait for both. The next starts when this one is ready.
   */
  private startWorkers(): void {
    if (this.slots.some((s) => s !== null && !s.ready)) return;
    const wait = this.headStartUntil - Date.now();
    if (wait > 0 && this.slots.some((s) => s?.task?.request.priority === true)) {
      if (!this.headStartTimer) {
        this.headStartTimer = setTimeout(() => {
          this.headStartTimer = null;
          this.dispatch();
        }, wait);
        this.headStartTimer.unref();
      }
      return;
    }
    const free = this.slots.findIndex((s) => s === null);
    if (free >= 0) this.slots[free] = this.spawn(free);
  }

  private run(slot: Slot, task: Task): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.task = task;
    if (task.request.affinity !== undefined) this.lastSlot.set(task.request.affinity, slot.index);
    if (task.request.priority === true && !this.slots.some((s) => s !== null && s !== slot && s.ready)) this.headStartUntil = Date.now() + HEAD_START_MS;
    const budget = this.budgetFor(task.request.text.length);
    // When the timer fires, the worker's answer may already be waiting behind it in the event loop:
    // setImmediate lets it in first, so a busy main thread never stops an article that had finished.
    slot.timer = setTimeout(() => setImmediate(() => this.overran(slot, task, budget)), budget);
    const message: WorkerRequest = { id: task.id, text: task.request.text, options: task.request.options ?? {}, keep: task.request.keep ?? task.request.priority === true, facts: task.request.facts === true };
    if (task.request.onAnalysis && message.facts) message.early = true;
    slot.worker.postMessage(message);
  }

  // ---- workers ---------------------------------------------------------------------------------

  private spawn(index: number): Slot {
    tuneCompiler();
    const worker = new Worker(this.options.workerFile, { resourceLimits: WORKER_LIMITS });
    const slot: Slot = { index, worker, ready: false, task: null, timer: null, idleTimer: null };
    worker.on('message', (msg: WorkerReply | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        this.startFailures = 0;
        this.idle(slot);
        return;
      }
      this.finished(slot, msg);
    });
    worker.on('error', (err) => this.lost(slot, `the analysis worker failed: ${err.message}`));
    worker.on('exit', (code) => this.lost(slot, `the analysis worker exited (code ${code})`));
    return slot;
  }

  private finished(slot: Slot, reply: WorkerReply): void {
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    if (reply.ok && 'first' in reply) {
      // The analysis, its facts to follow: the worker is still busy with this task.
      task.first = reply.first;
      try {
        task.request.onAnalysis?.(reply.first);
      } catch {
        // The caller's listener is its own affair; the task goes on.
      }
      return;
    }
    this.clearTimers(slot);
    slot.task = null;
    task.resolve(outcomeOf(reply, task));
    this.idle(slot);
  }

  /** The worker is free: give it the next task, or let it stop later if it is not the first. */
  private idle(slot: Slot): void {
    this.dispatch();
    if (slot.task !== null || slot.index === 0 || this.disposed) return;
    slot.idleTimer = setTimeout(() => {
      if (slot.task !== null || this.slots[slot.index] !== slot) return;
      this.slots[slot.index] = null;
      void slot.worker.terminate();
    }, IDLE_STOP_MS);
    slot.idleTimer.unref();
  }

  /** The running article took longer than its budget: end the worker, report, and replace it. */
  private overran(slot: Slot, task: Task, budget: number): void {
    if (slot.task !== task || this.slots[slot.index] !== slot) return;
    this.stoppedCount++;
    this.retire(slot);
    task.resolve({ kind: 'stopped', budgetMs: budget });
    void slot.worker.terminate();
    this.dispatch();
  }

  /** The worker died (crash, out of memory, or our own terminate): fail its task and replace it. */
  private lost(slot: Slot, message: string): void {
    if (this.slots[slot.index] !== slot) return;
    if (!slot.ready) this.startFailures++;
    const task = slot.task;
    this.retire(slot);
    task?.resolve({ kind: 'failed', message });
    if (this.startFailures >= MAX_START_FAILURES) {
      for (const t of [...this.urgent.splice(0), ...this.normal.splice(0)]) t.resolve({ kind: 'failed', message });
      return;
    }
    this.dispatch();
  }

  private retire(slot: Slot): void {
    this.clearTimers(slot);
    slot.task = null;
    this.slots[slot.index] = null;
    this.replacedCount++;
    for (const [k, v] of this.lastSlot) if (v === slot.index) this.lastSlot.delete(k);
  }

  private clearTimers(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.timer = null;
    slot.idleTimer = null;
  }
}

/**
 * The budget from the environment, when set: NEWSLENS_ANALYSIS_BUDGET_MS (the least budget of any article)
 * and NEWSLENS_ANALYSIS_BUDGET_MS_PER_100K. Tests use small ones to see an article stopped; a slow machine
 * may need more.
 */
export function budgetFromEnv(): Pick<PoolOptions, 'budgetMsPer100k' | 'minBudgetMs'> {
  const out: Pick<PoolOptions, 'budgetMsPer100k' | 'minBudgetMs'> = {};
  const min = Number(process.env['NEWSLENS_ANALYSIS_BUDGET_MS']);
  const per100k = Number(process.env['NEWSLENS_ANALYSIS_BUDGET_MS_PER_100K']);
  if (Number.isFinite(min) && min > 0) out.minBudgetMs = min;
  if (Number.isFinite(per100k) && per100k > 0) out.budgetMsPer100k = per100k;
  return out;
}

/** The problem an article gets when its analysis was stopped. */
export function stoppedMessage(budgetMs: number, chars: number): string {
  const seconds = budgetMs >= 10_000 ? String(Math.round(budgetMs / 1000)) : (budgetMs / 1000).toFixed(budgetMs < 1000 ? 3 : 1);
  return `Analysis stopped after ${seconds} s: this article (${chars.toLocaleString('en-US')} characters) took longer than NewsLens allows, so it has no highlights or findings. The rest of the workspace is analysed as usual.`;
}

/** The analysis of an article that was stopped: nothing found, one problem saying why. */
export function stoppedAnalysis(length: number, message: string): ArticleAnalysis {
  return {
    length,
    paragraphs: [],
    sentences: [],
    entities: [],
    figures: [],
    quotes: [],
    problems: [{ code: 'analysis-stopped', severity: 'warning', message, start: 0, end: 0 }],
  };
}
