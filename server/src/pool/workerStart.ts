// Starting an analysis worker, and starting the language server's first one as the process starts.
//
// The first article the user opens waits for a worker to load compromise (most of a second). The server's
// entry starts that worker before anything else is loaded or the client has said hello (startFirstWorker):
// the worker loads while the server's own bundle and the initialize handshake run on the main thread. The
// pool takes it over when it wants its first worker (takeFirstWorker), with whatever the worker said in
// the meantime (ready, or that it failed). Until then it does not keep the process alive.

import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

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

/** A new analysis worker running `file`, with the pool's heap limits and compiler settings. */
export function newWorker(file: string): Worker {
  tuneCompiler();
  return new Worker(file, { resourceLimits: WORKER_LIMITS });
}

/** What a worker said before the pool took it over, in order. */
export type EarlyEvent = { kind: 'message'; message: unknown } | { kind: 'error'; error: Error } | { kind: 'exit'; code: number };

interface Early {
  file: string;
  worker: Worker;
  said: EarlyEvent[];
  stopListening(): void;
}

let early: Early | undefined;

/** Starts the first worker now, ahead of the pool (a second call before the pool took the first does nothing). */
export function startFirstWorker(file: string): void {
  if (early !== undefined && early.stopListening !== noop) return;
  const worker = newWorker(file);
  const said: EarlyEvent[] = [];
  const onMessage = (message: unknown): void => void said.push({ kind: 'message', message });
  const onError = (error: Error): void => void said.push({ kind: 'error', error });
  const onExit = (code: number): void => void said.push({ kind: 'exit', code });
  worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  // A server that never gets to analyse anything (no client, a failed handshake) still ends.
  worker.unref();
  const stopListening = (): void => void worker.off('message', onMessage).off('error', onError).off('exit', onExit);
  early = { file, worker, said, stopListening };
}

/** The worker started early for `file`, with what it said so far, for the pool to take over (once). */
export function takeFirstWorker(file: string): { worker: Worker; said: EarlyEvent[] } | undefined {
  const e = early;
  if (e === undefined || e.file !== file || e.stopListening === noop) return undefined;
  e.stopListening();
  e.stopListening = noop;
  e.worker.ref();
  return { worker: e.worker, said: e.said };
}

function noop(): void {}
