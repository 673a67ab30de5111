// An article's story-grouping features as plain data, so the worker that analysed the article works
// them out too and the persistent cache keeps them: a warm start then reads them instead of stemming
// every article's words on the main thread (about a quarter of a warm start's work before this).
// storyFeatures() is a function of the text and the analysis only, so the worker's result is the one the
// main thread would compute.
//
// Decoding never trusts its input: anything not shaped as the encoder writes it gives undefined, and the
// engine computes the features again.

import type { ArticleTime, StoryFeatures } from './storyFeatures';

/** The wire's layout; a change of it makes older wires undecodable (and so ignored). */
const WIRE_VERSION = 1;

export interface FeaturesWire {
  v: number;
  counts: Array<[string, number]>;
  labels: Array<[string, string]>;
  salience: Array<[string, number]>;
  time?: ArticleTime;
  routine: number;
}

export function featuresToWire(f: StoryFeatures): FeaturesWire {
  const wire: FeaturesWire = { v: WIRE_VERSION, counts: [...f.counts], labels: [...f.labels], salience: [...f.salience], routine: f.routine };
  if (f.time) wire.time = f.time;
  return wire;
}

/** The features a wire holds, or undefined when it is not one this build writes. */
export function featuresFromWire(plain: unknown): StoryFeatures | undefined {
  if (typeof plain !== 'object' || plain === null) return undefined;
  const w = plain as Partial<FeaturesWire>;
  if (w.v !== WIRE_VERSION || !isFiniteNumber(w.routine)) return undefined;
  const counts = pairs(w.counts, isFiniteNumber);
  const labels = pairs(w.labels, (x): x is string => typeof x === 'string');
  const salience = pairs(w.salience, isFiniteNumber);
  if (!counts || !labels || !salience) return undefined;
  const time = w.time === undefined ? undefined : articleTime(w.time);
  if (time === null) return undefined;
  return { counts, labels, salience, time, routine: w.routine };
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function pairs<V>(xs: unknown, isValue: (x: unknown) => x is V): Map<string, V> | undefined {
  if (!Array.isArray(xs)) return undefined;
  const out = new Map<string, V>();
  for (const p of xs) {
    if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'string' || !isValue(p[1])) return undefined;
    out.set(p[0], p[1]);
  }
  return out;
}

/** The article time of a wire, or null when it is not shaped as one. */
function articleTime(t: unknown): ArticleTime | null {
  if (typeof t !== 'object' || t === null) return null;
  const x = t as Partial<ArticleTime>;
  if (!isFiniteNumber(x.spread) || typeof x.strong !== 'boolean') return null;
  if (x.day !== undefined && !isFiniteNumber(x.day)) return null;
  if (x.monthDay !== undefined && typeof x.monthDay !== 'string') return null;
  const out: ArticleTime = { spread: x.spread, strong: x.strong };
  if (x.day !== undefined) out.day = x.day;
  if (x.monthDay !== undefined) out.monthDay = x.monthDay;
  return out;
}
