// The persistent analysis cache: an article's analysis on disk, keyed by a hash of its text, the
// analyser's version and the options that change an analysis, so reopening a workspace (or re-running
// `check --cache DIR`) analyses only what changed. The language server keeps it in the extension's
// storage folder; the CLI where --cache says.
//
// Nothing read from it is trusted: an entry that does not parse, has another key, or whose analysis is
// not the text its digest says is ignored (and rewritten after the article is analysed again). The
// analysis itself is kept as JSON text after the entry's header line and parsed (and its shape checked)
// only when something reads more than its problems: a reopened workspace shows the last session's
// findings and never needs the analyses of the articles nobody opens. Reading an entry parses only its
// header (key, problems, grouping features, the lengths of the texts after it), not the analysis and
// facts texts, which are most of its bytes.
// Writes are atomic (a uniquely named temporary file, then rename), so a crash or a second process never
// leaves half an entry under a real name. The folder is bounded: past its size, the entries used least
// recently go first.

import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { FactsWire } from './analysis/cross/factsWire';
import type { FeaturesWire } from './analysis/cross/featuresWire';
import { ANALYSER_VERSION } from './analysis/limits';
import type { ArticleAnalysis, Problem } from './analysis/types';
import { isAnalysis, isProblem } from './analysisShape';
import { readRegularFile } from './articleFile';

/** The layout of one entry; a change of it makes every old entry a miss. */
const FORMAT = 5;
/** Default bound of the cache folder. */
export const DEFAULT_CACHE_BYTES = 200 * 1024 * 1024;
/** After this many writes the folder's size is checked again. */
const SWEEP_EVERY_WRITES = 500;
/** A hit on an entry older than this refreshes its time, so entries in use are not evicted. */
const TOUCH_AFTER_MS = 24 * 3600 * 1000;
/** Temporary files older than this are leftovers of a crash. */
const STALE_TMP_MS = 3600 * 1000;

declare const __NEWSLENS_ANALYSIS_HASH__: string | undefined;
/** A hash of the analysis sources, put in by the build, so a changed analyser never reads old entries. */
export const BUILD_HASH = typeof __NEWSLENS_ANALYSIS_HASH__ === 'string' ? __NEWSLENS_ANALYSIS_HASH__ : 'dev';

/** The options of an analysis that change its result (they are part of the key). */
export interface CacheKeyOptions {
  maxChars: number;
  /** The reference date the analysis was given, if any (the core never reads the clock: no date, no default). */
  referenceDate?: string;
}

/** The article's cross-source facts as plain data, or a function that reads them when first needed. */
export type FactsSource = FactsWire | (() => FactsWire | undefined);

/**
 * What the cache gives back: the analysis, and the article's cross-source facts when the analysis was
 * made for `check` or the language server. The facts are kept as JSON text inside the entry and parsed
 * only when the engine takes them, so reading a workspace's entries (and showing the last session's
 * findings) does not wait on them; the engine checks what they decode to.
 */
export interface CachedAnalysis {
  analysis: ArticleAnalysis;
  facts?: FactsSource;
  /** The article's story-grouping features (featuresWire.ts; the engine checks what they decode to). */
  features?: FeaturesWire;
}

/**
 * An entry on disk is its header as one line of JSON, then the analysis text, then the facts text (their
 * lengths are in the header), so reading an entry parses the header only.
 */
interface Header {
  format: number;
  key: string;
  /** The analysed text's length, and its problems (every reader of an analysis looks at them). */
  length: number;
  problems: Problem[];
  /** The names of the analysis's parts (optional parts are there only when the analysis has them). */
  parts: string[];
  /** The length of the analysis text after the header line... */
  analysisChars: number;
  /** ...and of the facts text after it (0: none). */
  factsChars: number;
  /** SHA-1 of the analysis text: a damaged entry is found when it is read, not when its analysis is first used. */
  digest: string;
  features?: FeaturesWire;
}

interface Entry extends Header {
  /** The rest of the analysis as JSON (written with encodeValue), parsed when first read. */
  analysis: string;
  /** FactsWire as JSON (written with encodeValue). */
  facts?: string;
}

export class AnalysisCache {
  /** Entries written by this process. */
  writes = 0;
  private readonly made = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private sweeping: Promise<void> | null = null;
  hits = 0;
  misses = 0;

  constructor(
    readonly dir: string,
    private readonly maxBytes = DEFAULT_CACHE_BYTES,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** The key of a text analysed with these options. */
  key(text: string, options: CacheKeyOptions): string {
    const reference = options.referenceDate ?? '';
    return createHash('sha256')
      .update(`${FORMAT}\u0000${ANALYSER_VERSION}\u0000${BUILD_HASH}\u0000${options.maxChars}\u0000${reference}\u0000`)
      .update(text)
      .digest('hex');
  }

  /** The cached analysis of a text of `length` characters, or undefined (missing, unreadable or not valid). */
  async get(key: string, length: number): Promise<CachedAnalysis | undefined> {
    const path = this.pathOf(key);
    // The article reader's checks hold for entries too: whatever sits under an entry's name (a FIFO, a
    // link to a device), it is read without blocking, only if it is a regular file, and bounded.
    const read = await readRegularFile(path, this.maxBytes, 'a cache entry');
    if (!read.ok) {
      this.misses++;
      return undefined;
    }
    const raw = read.bytes.toString('utf8');
    const mtimeMs = read.mtimeMs;
    const entry = parseEntry(raw);
    if (!entry || entry.key !== key || !isSound(entry, length)) {
      this.misses++;
      // A broken entry goes; the article's fresh analysis takes its place.
      void fs.rm(path, { force: true }).catch(() => undefined);
      return undefined;
    }
    this.hits++;
    if (Date.now() - mtimeMs > TOUCH_AFTER_MS) void this.touch(path);
    const facts = entry.facts;
    const analysis = lazyAnalysis(entry, () => this.log(`NewsLens: the cached analysis ${key} could not be read (the article shows no highlights until it changes)`));
    const out: CachedAnalysis = typeof facts === 'string' ? { analysis, facts: () => parseFacts(facts) } : { analysis };
    if (entry.features !== undefined) out.features = entry.features;
    return out;
  }

  /** Stores an analysis (serialised now, written in the background); failures are logged, never thrown. */
  set(key: string, analysis: ArticleAnalysis, facts?: FactsWire, features?: FeaturesWire): Promise<void> {
    const rest: Partial<ArticleAnalysis> = { ...analysis };
    delete rest.length;
    delete rest.problems;
    const text = JSON.stringify(rest, encodeValue);
    const factsText = facts !== undefined ? JSON.stringify(facts, encodeValue) : '';
    const header: Header = {
      format: FORMAT,
      key,
      length: analysis.length,
      problems: analysis.problems,
      parts: Object.keys(rest),
      analysisChars: text.length,
      factsChars: factsText.length,
      digest: digestOf(text),
    };
    if (features !== undefined) header.features = features;
    // JSON.stringify escapes line breaks inside strings, so the header is one line.
    const done = this.write(this.pathOf(key), `${JSON.stringify(header, encodeValue)}\n${text}${factsText}`)
      .catch((err: unknown) => {
        this.log(`NewsLens: cannot write the analysis cache in ${this.dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      })
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
    return done;
  }

  /** Resolves when every write started so far is done. */
  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** Removes the oldest entries while the folder is over its bound (and leftovers of crashed writes). */
  sweep(): Promise<void> {
    this.sweeping ??= this.evict().finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  private async write(path: string, text: string): Promise<void> {
    const shard = join(path, '..');
    if (!this.made.has(shard)) {
      await fs.mkdir(shard, { recursive: true });
      this.made.add(shard);
    }
    const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await fs.writeFile(tmp, text, 'utf8');
      await fs.rename(tmp, path);
    } catch (err) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
    if (++this.writes % SWEEP_EVERY_WRITES === 0) void this.sweep();
  }

  private async touch(path: string): Promise<void> {
    try {
      const now = new Date();
      await fs.utimes(path, now, now);
    } catch {
      // Gone meanwhile (another process evicted it): nothing to refresh.
    }
  }

  private async evict(): Promise<void> {
    const files: Array<{ path: string; size: number; mtime: number }> = [];
    let shards: string[];
    try {
      shards = await fs.readdir(this.dir);
    } catch {
      return;
    }
    const now = Date.now();
    for (const shard of shards) {
      let names: string[];
      try {
        names = await fs.readdir(join(this.dir, shard));
      } catch {
        continue;
      }
      for (const name of names) {
        const path = join(this.dir, shard, name);
        const stat = await fs.stat(path).catch(() => undefined);
        if (!stat?.isFile()) continue;
        if (name.endsWith('.tmp')) {
          if (now - stat.mtimeMs > STALE_TMP_MS) await fs.rm(path, { force: true }).catch(() => undefined);
          continue;
        }
        files.push({ path, size: stat.size, mtime: stat.mtimeMs });
      }
    }
    let total = files.reduce((n, f) => n + f.size, 0);
    if (total <= this.maxBytes) return;
    // Down to 80% of the bound, so the next sweep is not due right away.
    files.sort((a, b) => a.mtime - b.mtime);
    for (const f of files) {
      if (total <= this.maxBytes * 0.8) break;
      await fs.rm(f.path, { force: true }).catch(() => undefined);
      total -= f.size;
    }
  }
}

function digestOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** An entry whose analysis text is the one its digest names, for a text of this length, with sound problems. */
function isSound(e: Entry, length: number): boolean {
  return (
    e.length === length &&
    typeof e.analysis === 'string' &&
    typeof e.digest === 'string' &&
    Array.isArray(e.problems) &&
    Array.isArray(e.parts) &&
    e.parts.every((k) => (LAZY_PARTS as readonly unknown[]).includes(k)) &&
    REQUIRED_PARTS.every((k) => e.parts.includes(k)) &&
    e.problems.every((p) => isProblem(p, length)) &&
    digestOf(e.analysis) === e.digest
  );
}

/** The analysis parts kept as text in an entry, parsed on first read. */
const LAZY_PARTS = ['headline', 'paragraphs', 'sentences', 'entities', 'figures', 'quotes', 'anchorDate', 'timeFrame'] as const;
const REQUIRED_PARTS = ['paragraphs', 'sentences', 'entities', 'figures', 'quotes'];

/**
 * An entry's analysis whose length and problems are at hand and whose other parts are parsed, and their
 * shape checked, when one of them is first read. The digest has vouched for the text, so it parses to what
 * was written; should it still not be an analysis (a bug, not damage), the article reads as one with nothing
 * found, and `unreadable` says so.
 */
function lazyAnalysis(entry: Entry, unreadable: () => void): ArticleAnalysis {
  const { length, problems } = entry;
  let text: string | null = entry.analysis;
  let parts: Partial<ArticleAnalysis> | null = null;
  const read = (): Partial<ArticleAnalysis> => {
    if (parts) return parts;
    let value: unknown;
    try {
      value = hasTag(text!) ? JSON.parse(text!, decodeValue) : JSON.parse(text!);
    } catch {
      value = undefined;
    }
    text = null;
    const whole = typeof value === 'object' && value !== null ? { ...(value as object), length, problems } : undefined;
    if (whole && isAnalysis(whole, length)) parts = whole;
    else {
      unreadable();
      parts = { paragraphs: [], sentences: [], entities: [], figures: [], quotes: [] };
    }
    return parts;
  };
  const out = { length, problems } as ArticleAnalysis;
  for (const k of entry.parts as Array<(typeof LAZY_PARTS)[number]>) {
    Object.defineProperty(out, k, {
      enumerable: true,
      configurable: true,
      get: () => read()[k],
      // Whoever sets a part (a test, a caller adding to an analysis) sets a plain value from then on.
      set: (v: unknown) => Object.defineProperty(out, k, { value: v, enumerable: true, configurable: true, writable: true }),
    });
  }
  return out;
}

/** The facts text of an entry, parsed; undefined when it does not parse (the engine then extracts them). */
function parseFacts(text: string): FactsWire | undefined {
  try {
    return (hasTag(text) ? JSON.parse(text, decodeValue) : JSON.parse(text)) as FactsWire;
  } catch {
    return undefined;
  }
}

/**
 * Whether JSON text holds a tagged value: a string starting with the escape "\u0000" right after its
 * opening quote. Without one, the (much slower) reviver has nothing to do.
 */
function hasTag(json: string): boolean {
  return json.includes('"\\u0000');
}

/** The entry a file holds: its header parsed, the texts after it cut out (not parsed); undefined when it is not one. */
function parseEntry(raw: string): Entry | undefined {
  const eol = raw.indexOf('\n');
  if (eol < 0) return undefined;
  const line = raw.slice(0, eol);
  let value: unknown;
  try {
    value = hasTag(line) ? JSON.parse(line, decodeValue) : JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const h = value as Partial<Header>;
  if (h.format !== FORMAT || typeof h.key !== 'string') return undefined;
  const { analysisChars: a, factsChars: f } = h;
  // A partial write or an edited file: the texts after the header are not as long as it says.
  if (!Number.isInteger(a) || !Number.isInteger(f) || a! < 0 || f! < 0 || eol + 1 + a! + f! !== raw.length) return undefined;
  const entry = { ...(h as Header), analysis: raw.slice(eol + 1, eol + 1 + a!) } as Entry;
  if (f! > 0) entry.facts = raw.slice(eol + 1 + a!);
  return entry;
}

// JSON has no infinities, and an interval's open end is one ("more than 40": [40, Infinity]). Non-finite
// numbers are written as tagged strings, and strings that could be mistaken for a tag are escaped, so an
// entry reads back exactly as it was written.
const TAG = '\u0000';

function encodeValue(_key: string, v: unknown): unknown {
  if (typeof v === 'number' && !Number.isFinite(v)) return `${TAG}n${String(v)}`;
  if (typeof v === 'string' && v.startsWith(TAG)) return `${TAG}s${v}`;
  return v;
}

function decodeValue(_key: string, v: unknown): unknown {
  if (typeof v !== 'string' || !v.startsWith(TAG)) return v;
  if (v.startsWith(`${TAG}n`)) return Number(v.slice(2));
  return v.slice(2);
}
