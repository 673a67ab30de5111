// The findings of the last session, kept in the extension's storage folder so that reopening an
// unchanged workspace fills the Problems panel as soon as its articles are read. Each story's findings
// before severity settings and the ledger are kept too: the engine takes them for the stories that group
// as they did, instead of checking them again (their entities and facts are worked out when a hover or a
// fact sheet asks).
//
// The snapshot is used only when everything the findings depend on is as it was: the analyser and
// checks (the build's hash of their sources), the options (story threshold, the ledger), and every
// article's URI and exact text. One byte of difference and it is ignored. Written atomically after each
// full index; a snapshot that does not parse or has another shape is ignored, never trusted. The stories
// are kept as they were grouped (labels and links), so an unchanged workspace need not be grouped again
// before its findings are shown.

import { createHash, randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { CheckedStory } from './analysis/cross/engine';
import type { Finding, Story, StoryLink } from './analysis/cross/types';
import { BUILD_HASH } from './analysisCache';

const FILE = 'findings-snapshot.json';
/** The layout of the file; a change of it makes every old snapshot a miss. */
const FORMAT = 3;

export interface SnapshotInput {
  /** What the engine was told (threshold, ledger), as JSON: functions left out. */
  options: unknown;
  /** Every article in the engine, with its text. */
  articles: Iterable<{ uri: string; text: string }>;
}

/** The key of a corpus state: the build, the options, and every article's URI and text, in URI order. */
export function snapshotKey(input: SnapshotInput): string {
  const h = createHash('sha256').update(`${FORMAT}\u0000${BUILD_HASH}\u0000${JSON.stringify(input.options)}\u0000`);
  const articles = [...input.articles].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  for (const a of articles) h.update(a.uri).update('\u0000').update(a.text).update('\u0001');
  return h.digest('hex');
}

export interface Snapshot {
  /** Every finding as shown (severity settings and the ledger applied). */
  findings: Finding[];
  /** Each story's articles and findings before severity settings and the ledger. */
  stories: CheckedStory[];
}

export class FindingsSnapshot {
  constructor(
    private readonly dir: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Whether a snapshot file is there (whatever its key). */
  exists(): boolean {
    return existsSync(join(this.dir, FILE));
  }

  /** What was stored under `key`, or undefined (none, another key, or not valid). */
  async load(key: string): Promise<Snapshot | undefined> {
    let raw: string;
    try {
      raw = await fs.readFile(join(this.dir, FILE), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const value = JSON.parse(raw) as { format?: unknown; key?: unknown; findings?: unknown; stories?: unknown };
      if (value.format !== FORMAT || value.key !== key || !Array.isArray(value.findings) || !Array.isArray(value.stories)) return undefined;
      if (!value.findings.every(isFinding) || !value.stories.every(isCheckedStory)) return undefined;
      return { findings: value.findings, stories: value.stories };
    } catch {
      return undefined;
    }
  }

  /** Stores the findings of a full index; failures are logged, never thrown. */
  async save(key: string, snapshot: Snapshot): Promise<void> {
    const path = join(this.dir, FILE);
    const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await fs.mkdir(this.dir, { recursive: true });
      await fs.writeFile(tmp, JSON.stringify({ format: FORMAT, key, findings: snapshot.findings, stories: snapshot.stories }), 'utf8');
      await fs.rename(tmp, path);
    } catch (err) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      this.log(`NewsLens: cannot keep the findings for the next session in ${this.dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
  }
}

function isSpan(v: unknown): boolean {
  const s = v as { start?: unknown; end?: unknown } | null;
  return typeof s === 'object' && s !== null && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) <= (s.end as number);
}

function isLocation(v: unknown): boolean {
  const l = v as { article?: unknown; span?: unknown } | null;
  return typeof l === 'object' && l !== null && typeof l.article === 'string' && isSpan(l.span);
}

function isFinding(v: unknown): v is Finding {
  const f = v as Partial<Record<keyof Finding, unknown>> | null;
  if (typeof f !== 'object' || f === null) return false;
  if (typeof f.check !== 'string' || typeof f.message !== 'string' || typeof f.key !== 'string') return false;
  if (f.severity !== 'error' && f.severity !== 'warning' && f.severity !== 'information' && f.severity !== 'hint') return false;
  if (!isLocation(f.location) || !Array.isArray(f.related)) return false;
  return f.related.every((r: unknown) => isLocation((r as { location?: unknown } | null)?.location) && typeof (r as { message?: unknown }).message === 'string');
}

function isCheckedStory(v: unknown): v is CheckedStory {
  const s = v as { articles?: unknown; findings?: unknown; story?: unknown } | null;
  if (typeof s !== 'object' || s === null || !Array.isArray(s.articles) || !Array.isArray(s.findings)) return false;
  return isStrings(s.articles) && s.findings.every(isFinding) && (s.story === undefined || isStory(s.story));
}

function isStrings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((a) => typeof a === 'string');
}

function isStory(v: unknown): boolean {
  const s = v as Partial<Record<keyof Story, unknown>> | null;
  if (typeof s !== 'object' || s === null || typeof s.id !== 'string' || typeof s.label !== 'string') return false;
  return isStrings(s.articles) && Array.isArray(s.links) && s.links.every(isLink);
}

function isLink(v: unknown): boolean {
  const l = v as Partial<Record<keyof StoryLink, unknown>> | null;
  if (typeof l !== 'object' || l === null || typeof l.a !== 'string' || typeof l.b !== 'string' || typeof l.score !== 'number') return false;
  return (l.shared === undefined || isStrings(l.shared)) && (l.labels === undefined || isStrings(l.labels));
}
