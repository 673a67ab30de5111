// Seeded generators of hostile article text, and the invariants every analysis must keep. Used by
// fuzz.test.ts (a run of about a minute in the suite) and scripts/fuzz.mjs (long runs, `npm run fuzz`).
// Input `index` of seed `seed` is always the same text, so a failure is reproduced from two numbers.
// The generators aim at what broke before: long capitalised runs (an exponential regex), storms of
// quotation marks, numbers and titles (slow paths), scripts and code units the tokenizer rarely sees.
// All sentences are invented, about invented people and places.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import type { ArticleAnalysis, Span } from '../../server/src/analysis/types';
import type { ArticleSnapshot } from '../../server/src/documents';
import { LineIndex } from '../../server/src/positions';
import { articleTokens, encodeTokens, lineTokens } from '../../server/src/semanticTokens';

/** A small fast PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** One seed per input, so input i can be generated without generating the ones before it. */
function inputSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const SENTENCES = [
  'Harbour master Ilse Varnholt said on Tuesday that 1,240 containers were still waiting at the Port of Dunmere.',
  '“We will not sign anything before Friday,” union leader Tomas Quillan told reporters in Ostrava Nova.',
  'The Ministry of Coastal Affairs put the cost at about €3.5 million, up 12% from last year.',
  'According to the Brennick Institute, more than 40 people were evacuated from the valley overnight.',
  'Mr. Quillan, the union’s chief negotiator, called the offer “a first step” but said talks would resume on March 14, 2026.',
  'Temperatures fell to -12 degrees and nearly 3,000 homes lost power, the regional council said.',
  "Ms Varnholt's deputy, Dr. Aro Fenwick, said: 'The ferries run again from 6 a.m.'",
  'Between 5 and 10 vessels were diverted to Kestrel Bay, a spokesperson for the Harbour Authority (HA) said.',
  'NEW DUNMERE, Oct. 3 (Coastline Wire) - Lawmakers approved the $2bn plan by 54 votes to 41.',
  'The strike, which began on Monday, 2 March, is the longest since 1998.',
];

const CAPITAL_WORDS = ['Varnholt', 'Quillan', 'Dunmere', 'Ostrava', 'Kestrel', 'NATO', 'UN', 'EU', 'Harbour', 'Authority', 'Institute', 'Brennick'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Rep.', 'Gen.', 'Col.', 'Prof.', 'Gov.', 'Lt.', 'Sgt.', 'President', 'Minister', 'Chancellor', 'Judge', 'St.'];
const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚', '``', "''", '「', '」'];
const HEDGES = ['about', 'nearly', 'more than', 'less than', 'at least', 'up to', 'almost', 'roughly', 'some', 'over', 'under', 'fewer than'];
const CURRENCIES = ['$', '€', '£', '¥', 'US$', '₹', 'C$', 'EUR ', 'USD '];
const UNITS = ['%', ' percent', ' per cent', ' million', ' billion', 'bn', 'm', 'k', ' people', ' km', ' hours', ' degrees', ' tonnes', ''];
const SCRIPTS = [
  'Москва заявила, что переговоры продолжатся.',
  'قال المتحدث إن المحادثات ستستأنف',
  '北京表示，谈判将在周一继续。',
  '東京で３０人が避難した。',
  'नई दिल्ली में बैठक हुई।',
  'Ελληνικά νέα από την Αθήνα.',
  'שלום עולם, אמר הדובר',
  'e\u0301\u0301\u0301 cafe\u0301 n\u0303 a\u0308\u0308',
  '\u202Eevil\u202C \u2066isolate\u2069 \u200F\u200E \u061C',
  '👩‍👩‍👧‍👦 🇺🇦 🏳️‍🌈 ✊🏿',
  'Zürich Łódź İstanbul Đà Nẵng Þórshöfn',
  '\u00A0\u2009\u202F\u3000\u200B\uFEFF',
];

type Generator = (r: Rng, size: number) => string;

/** Repeats `piece()` until `size` characters. */
function fill(size: number, piece: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const p = piece();
    parts.push(p);
    n += p.length || 1;
  }
  return parts.join('');
}

function capitalWord(r: Rng, length: number, hyphens: boolean, dots: boolean): string {
  let w = '';
  for (let i = 0; i < length; i++) {
    const upper = i === 0 || r.chance(0.7);
    const c = String.fromCharCode((upper ? 65 : 97) + r.int(26));
    w += c;
    if (hyphens && i > 0 && i < length - 1 && r.chance(0.15)) w += '-';
    if (dots && r.chance(0.2)) w += '.';
  }
  return w;
}

const GENERATORS: Record<string, Generator> = {
  /** Long capitalised words and runs of capitalised words, with and without hyphens and dots. */
  caps: (r, size) =>
    fill(size, () => {
      const hyphens = r.chance(0.4);
      const dots = r.chance(0.3);
      const word = r.chance(0.5) ? capitalWord(r, r.range(20, 200), hyphens, dots) : r.pick(CAPITAL_WORDS);
      const tail = r.pick(['', 'x', '-based', '’s', "'s", '-led', ',', '.', ' and', ' of the']);
      return `${word}${tail}${r.pick([' ', ' ', ' ', '\n', '-', ''])}`;
    }),
  /** Quotation marks of every kind, balanced or not, dense or between words. */
  quotes: (r, size) =>
    fill(size, () => {
      const open = r.pick(QUOTE_MARKS);
      const inner = r.chance(0.3) ? '' : r.pick(['We will', 'no', 'a first step', 'Dunmere', '40', 'said', r.pick(SENTENCES).slice(0, r.int(60))]);
      const close = r.chance(0.5) ? r.pick(QUOTE_MARKS) : '';
      return `${open}${inner}${close}${r.pick([' ', '', ', he said. ', ' said Varnholt. ', '\n'])}`;
    }),
  /** Numbers with separators, ranges, currencies, percentages, hedges and signs. */
  numbers: (r, size) =>
    fill(size, () => {
      const digits = (): string => (r.chance(0.3) ? r.int(1_000_000).toLocaleString('en-US') : String(r.int(10_000)));
      let n = digits();
      if (r.chance(0.2)) n += `.${r.int(100)}`;
      if (r.chance(0.2)) n = `${r.pick(['-', '−', '+', 'minus '])}${n}`;
      if (r.chance(0.25)) n += `${r.pick(['-', '–', ' to ', '—', ' and '])}${r.chance(0.2) ? '-' : ''}${digits()}`;
      if (r.chance(0.25)) n = `${r.pick(CURRENCIES)}${n}`;
      if (r.chance(0.3)) n = `${r.pick(HEDGES)} ${n}`;
      return `${n}${r.pick(UNITS)}${r.pick([' ', ', ', ' of ', ' or so ', '. ', ' '])}`;
    }),
  /** Other scripts, combining marks, bidirectional overrides, emoji and odd spaces among English words. */
  scripts: (r, size) => fill(size, () => `${r.pick(SCRIPTS)}${r.pick([' ', ' ', '\n', ''])}${r.chance(0.3) ? r.pick(SENTENCES) + ' ' : ''}`),
  /** Lone surrogate halves and split pairs inside words. */
  surrogates: (r, size) =>
    fill(size, () => {
      const half = String.fromCharCode(r.chance(0.5) ? 0xd800 + r.int(0x400) : 0xdc00 + r.int(0x400));
      const word = r.pick(CAPITAL_WORDS);
      const at = r.int(word.length + 1);
      return `${word.slice(0, at)}${half}${word.slice(at)}${r.pick([' ', '', '.', '\n', ' 40 '])}`;
    }),
  /** Runs of titles and abbreviations ("Mr. Sen. Dr."), with and without names after them. */
  titles: (r, size) => fill(size, () => `${r.pick(TITLES)}${r.chance(0.2) ? ' ' + r.pick(CAPITAL_WORDS) : ''}${r.pick([' ', ' ', ', ', '\n'])}`),
  /** One very long line of ordinary sentences (no paragraph breaks). */
  'long-line': (r, size) => fill(size, () => `${r.pick(SENTENCES)} `),
  /** Real-looking sentences, mutated: characters dropped, doubled, swapped, case flipped, marks inserted. */
  mutation: (r, size) => fill(size, () => mutate(r, r.pick(SENTENCES)) + r.pick([' ', '\n\n', '\n', '\r\n'])),
};

const NOISE = ['"', '“', '”', '’', "'", '.', ',', '-', '–', '(', ')', '$', '%', '\n', '\t', '\u0000', '\uFFFD', '\u00AD', '0', '9', 'A', 'Z', ' '];

function mutate(r: Rng, sentence: string): string {
  const chars = Array.from(sentence);
  const edits = r.range(1, 6);
  for (let k = 0; k < edits && chars.length > 0; k++) {
    const at = r.int(chars.length);
    switch (r.int(6)) {
      case 0:
        chars.splice(at, 1);
        break;
      case 1:
        chars.splice(at, 0, r.pick(NOISE));
        break;
      case 2:
        chars.splice(at, 0, ...chars.slice(at, at + r.range(1, 20)));
        break;
      case 3: {
        const b = r.int(chars.length);
        [chars[at], chars[b]] = [chars[b]!, chars[at]!];
        break;
      }
      case 4:
        chars[at] = r.chance(0.5) ? chars[at]!.toUpperCase() : chars[at]!.toLowerCase();
        break;
      default:
        chars.splice(at, 0, ...Array.from(r.pick(SENTENCES)).slice(0, r.range(1, 30)));
    }
  }
  return chars.join('');
}

export const KINDS = Object.keys(GENERATORS);

export interface FuzzInput {
  seed: number;
  index: number;
  kind: string;
  text: string;
}

/**
 * How big inputs get: most are article-sized, some long, a few storms of 12,000–65,000 characters
 * (the size of the slow inputs the first probe found).
 */
function sizeOf(r: Rng): number {
  const roll = r.next();
  if (roll < 0.8) return r.range(20, 1500);
  if (roll < 0.97) return r.range(1500, 12_000);
  return r.range(12_000, 65_000);
}

/** Input `index` of `seed`: one generator, or several mixed, up to a drawn size. */
export function fuzzInput(seed: number, index: number): FuzzInput {
  const r = new Rng(inputSeed(seed, index));
  const size = sizeOf(r);
  if (r.chance(0.25)) {
    // A mixture: pieces of several kinds, each a fraction of the whole.
    const parts: string[] = [];
    let n = 0;
    while (n < size) {
      const piece = GENERATORS[r.pick(KINDS)]!(r, Math.min(size - n, r.range(10, 2000)));
      parts.push(piece);
      n += piece.length;
    }
    return { seed, index, kind: 'mixed', text: parts.join('') };
  }
  const kind = r.pick(KINDS);
  return { seed, index, kind, text: GENERATORS[kind]!(r, size) };
}

/** The hang guard: generous, proportional to the size (5 s per 100 KB, and never less than 5 s). */
export function hangLimitMs(length: number): number {
  return 5000 * Math.max(1, length / 100_000);
}

/** Every broken invariant of one analysis, as readable lines (empty when all hold). */
export function violations(text: string, a: ArticleAnalysis): string[] {
  const out: string[] = [];
  const span = (s: Span | undefined, what: string): void => {
    if (!s) return;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > text.length) {
      out.push(`${what}: [${s.start}, ${s.end}) not a span of 0..${text.length}`);
    }
  };
  const exact = (s: Span & { text: string }, what: string): void => {
    span(s, what);
    if (text.slice(s.start, s.end) !== s.text) out.push(`${what}: text ${JSON.stringify(s.text)} is not the slice ${JSON.stringify(text.slice(s.start, s.end))}`);
  };
  if (a.length !== text.length) out.push(`length ${a.length} is not the text's ${text.length}`);
  span(a.headline, 'headline');
  a.paragraphs.forEach((p, i) => span(p, `paragraph ${i}`));
  a.sentences.forEach((s, i) => span(s, `sentence ${i}`));
  for (const e of a.entities) {
    if (e.mentions.length === 0) out.push(`entity ${e.id} has no mention`);
    for (const m of e.mentions) exact(m, `mention of ${e.id}`);
    for (const r of e.roles) span(r, `role of ${e.id}`);
  }
  for (const f of a.figures) {
    exact(f, `figure ${f.kind}`);
    if (f.interval && !(f.interval.lo <= f.interval.hi)) out.push(`figure ${JSON.stringify(f.text)}: interval [${f.interval.lo}, ${f.interval.hi}]`);
  }
  for (const q of a.quotes) {
    span(q, 'quote');
    span(q.inner, 'quote inner');
    if (q.inner.start < q.start || q.inner.end > q.end) out.push(`quote inner [${q.inner.start}, ${q.inner.end}) outside [${q.start}, ${q.end})`);
    if (text.slice(q.inner.start, q.inner.end) !== q.text) out.push(`quote text ${JSON.stringify(q.text)} is not its inner slice`);
    if (q.attribution) span(q.attribution.span, 'attribution');
  }
  for (const p of a.problems) span(p, `problem ${p.code}`);
  out.push(...tokenViolations(text, a));
  return out;
}

/** The semantic tokens the server would send: sorted, not overlapping, not empty, inside the text. */
function tokenViolations(text: string, a: ArticleAnalysis): string[] {
  const out: string[] = [];
  const lines = LineIndex.fromText(text);
  const snapshot = { uri: 'untitled:fuzz', source: 'disk', text, lines, analysis: a } as unknown as ArticleSnapshot;
  const tokens = articleTokens(snapshot);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= t.end || t.start < 0 || t.end > text.length) out.push(`token ${t.type} [${t.start}, ${t.end}) empty or outside the text`);
    const prev = tokens[i - 1];
    if (prev && prev.end > t.start) out.push(`tokens overlap or are out of order: ${prev.type} [${prev.start}, ${prev.end}) and ${t.type} [${t.start}, ${t.end})`);
  }
  const data = encodeTokens(lineTokens(tokens, lines, false));
  for (let i = 0; i < data.length; i += 5) {
    if (data[i]! < 0 || (data[i] === 0 && i > 0 && data[i + 1]! < 0) || data[i + 2]! <= 0) out.push(`encoded token ${i / 5}: ${data.slice(i, i + 5).join(',')}`);
  }
  return out;
}

export interface FuzzResult {
  input: FuzzInput;
  /** Wall-clock time of the analysis. */
  ms: number;
  /**
   * CPU time of the process during the analysis: what the hang guard judges, because on a busy
   * machine the wall clock measures the neighbours too (on a quiet one the two agree).
   */
  cpuMs: number;
  problems: string[];
}

/** Analyses one input and checks it; an exception is a broken invariant too. */
export function runOne(input: FuzzInput): FuzzResult {
  const problems: string[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  let a: ArticleAnalysis | undefined;
  try {
    a = analyzeArticle(input.text);
  } catch (err) {
    problems.push(`threw: ${errorText(err)}`);
  }
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const ms = performance.now() - started;
  if (a) {
    try {
      problems.push(...violations(input.text, a));
    } catch (err) {
      problems.push(`checking threw: ${errorText(err)}`);
    }
  }
  const limit = hangLimitMs(input.text.length);
  if (cpuMs > limit) problems.push(`took ${cpuMs.toFixed(0)} ms of CPU, over the ${limit} ms hang guard`);
  return { input, ms, cpuMs, problems };
}

function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/** What a worker reports about one input (the text stays in the worker: fuzzInput(seed, index) makes it again). */
export interface WorkerResult {
  index: number;
  kind: string;
  length: number;
  ms: number;
  cpuMs: number;
  problems: string[];
}

export interface WorkerRun {
  seed: number;
  /** Input indices [from, to). */
  from: number;
  to: number;
  /** An input still running after this long is stopped (the worker is ended and replaced). */
  killAfterMs: number;
  onResult(r: WorkerResult): void;
  /** An input that was stopped, or crashed its worker. */
  onStopped(index: number, reason: string): void;
}

interface FuzzWorkerData {
  newslensFuzz: true;
  seed: number;
  from: number;
  to: number;
}

/**
 * Runs inputs [from, to) in a worker thread loading `workerFile` (the compiled fuzzing.js), watched by
 * a timer: an analysis is synchronous, so only ending its thread stops one that never finishes. The
 * run then goes on after that input in a new worker.
 */
export function fuzzInWorker(workerFile: string, run: WorkerRun): Promise<void> {
  return new Promise((done) => {
    const start = (from: number): void => {
      if (from >= run.to) {
        done();
        return;
      }
      const data: FuzzWorkerData = { newslensFuzz: true, seed: run.seed, from, to: run.to };
      const worker = new Worker(workerFile, { workerData: data });
      let current = from;
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;
      const stop = (reason: string): void => {
        if (stopped) return;
        stopped = true;
        clearTimeout(timer);
        run.onStopped(current, reason);
        void worker.terminate().then(() => start(current + 1));
      };
      worker.on('message', (m: { type: 'start'; index: number } | ({ type: 'done' } & WorkerResult)) => {
        clearTimeout(timer);
        if (m.type === 'start') {
          current = m.index;
          timer = setTimeout(() => stop(`did not finish within ${run.killAfterMs / 1000} s: stopped`), run.killAfterMs);
        } else {
          const { type: _type, ...result } = m;
          run.onResult(result);
        }
      });
      worker.on('error', (err) => stop(`the worker crashed: ${err.message}`));
      worker.on('exit', () => {
        clearTimeout(timer);
        if (!stopped) done();
      });
    };
    start(run.from);
  });
}

function isFuzzWorker(data: unknown): data is FuzzWorkerData {
  return typeof data === 'object' && data !== null && (data as { newslensFuzz?: unknown }).newslensFuzz === true;
}

// Inside a worker started by fuzzInWorker: run the inputs, saying when each starts and how it went.
if (!isMainThread && parentPort && isFuzzWorker(workerData)) {
  const { seed, from, to } = workerData;
  for (let i = from; i < to; i++) {
    parentPort.postMessage({ type: 'start', index: i });
    const r = runOne(fuzzInput(seed, i));
    const result: WorkerResult = { index: i, kind: r.input.kind, length: r.input.text.length, ms: r.ms, cpuMs: r.cpuMs, problems: r.problems };
    parentPort.postMessage({ type: 'done', ...result });
  }
}
