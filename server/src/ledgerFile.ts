// The user's decisions about findings, one file per workspace folder: `<folder>/.newslens/ledger.json`.
// Human-readable and diff-able: pretty-printed, entries sorted by key, one key per entry, so two people
// ignoring different findings produce a clean merge. Keys are Finding.key (check + what the fact is
// about + the values), never offsets, so editing unrelated text keeps an ignored finding ignored.
// The server reads every folder's ledger at start and whenever one changes on disk, and writes one only
// when the user runs "Ignore this finding" or "Accept … as canonical". Articles are never modified.
//
// No decision is ever lost: every read and every read–modify–write of one folder's ledger runs in that
// folder's queue, one after the other; a write reads the file fresh (so what someone typed into it by
// hand is kept), writes a temporary file with a unique name, flushes it to disk, renames it over the
// ledger and flushes the directory, and only then does the command that asked for it answer. A
// `.newslens` folder or a ledger that is a symbolic link leading out of the workspace folder is refused.
// The JSON itself (parsing, merging, serialising) is the pure cross/ledger.ts.

import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { emptyLedger, mergeLedgers, normalizeLedger, parseLedgerText, serializeLedger } from './analysis/cross/ledger';
import type { Ledger } from './analysis/cross/types';
import { readRegularFile } from './articleFile';

export { emptyLedger, mergeLedgers };

export const LEDGER_DIR = '.newslens';
export const LEDGER_FILE = 'ledger.json';
/** The glob the server asks the client to watch. */
export const LEDGER_GLOB = `**/${LEDGER_DIR}/${LEDGER_FILE}`;
/** A larger ledger is refused with a message (400,000 decisions take about 50 MB). */
export const MAX_LEDGER_BYTES = 256 * 1024 * 1024;

export function ledgerPath(folderPath: string): string {
  return join(folderPath, LEDGER_DIR, LEDGER_FILE);
}

export function isLedgerPath(path: string): boolean {
  return path.replace(/\\/g, '/').endsWith(`/${LEDGER_DIR}/${LEDGER_FILE}`);
}

export type LedgerRead = { ok: true; ledger: Ledger } | { ok: false; missing: boolean; message: string };

type Target = { ok: true; path: string } | { ok: false; message: string };

/**
 * Where the folder's ledger really is. `.newslens` or `ledger.json` may be symbolic links as long as
 * they stay inside the workspace folder (then the link's target is read and written, and the link
 * kept); one that leads out of it, or nowhere, is refused with a message.
 */
export async function ledgerTarget(folderPath: string): Promise<Target> {
  const root = await fs.realpath(folderPath).catch(() => folderPath);
  const shown = join(folderPath, LEDGER_DIR);
  const dir = await resolveLink(shown, root);
  if (!dir.ok) return dir;
  return resolveLink(join(dir.path, LEDGER_FILE), root, ledgerPath(folderPath));
}

/** The path with a symbolic link at its end resolved, when it stays inside `root`. */
async function resolveLink(path: string, root: string, shown = path): Promise<Target> {
  let isLink: boolean;
  try {
    isLink = (await fs.lstat(path)).isSymbolicLink();
  } catch {
    return { ok: true, path }; // not there yet: it will be created as a plain folder or file
  }
  if (!isLink) return { ok: true, path };
  let real: string;
  try {
    real = await fs.realpath(path);
  } catch {
    return { ok: false, message: `${shown} is a symbolic link that leads nowhere; NewsLens does not follow it` };
  }
  const rel = relative(root, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return { ok: false, message: `${shown} is a symbolic link to ${real}, outside the workspace folder; NewsLens does not read or write a ledger there` };
  }
  return { ok: true, path: real };
}

/** Reads and checks a folder's ledger. A missing file is an empty ledger; anything else wrong is reported. */
export async function readLedger(folderPath: string): Promise<LedgerRead> {
  const target = await ledgerTarget(folderPath);
  if (!target.ok) return { ok: false, missing: false, message: target.message };
  return readLedgerAt(target.path);
}

async function readLedgerAt(path: string): Promise<LedgerRead> {
  const read = await readRegularFile(path, MAX_LEDGER_BYTES, 'a ledger');
  if (!read.ok) {
    const missing = read.reason === 'missing';
    return { ok: false, missing, message: missing ? 'no ledger' : `${path} ${read.message}` };
  }
  const parsed = parseLedgerText(read.bytes.toString('utf8'));
  return parsed.ok ? parsed : { ok: false, missing: false, message: `${path}: ${parsed.message}` };
}

/**
 * Writes `text` to `path` so that it survives a crash once this resolves: a temporary file with a
 * unique name (concurrent writers never share one) is written and flushed, renamed over the ledger
 * (readers see the old or the new file, never half of one), and the folder is flushed so the rename
 * itself is on disk.
 */
export async function writeDurably(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  const made = await fs.mkdir(dir, { recursive: true });
  if (made !== undefined) await syncDirectory(dirname(dir));
  const tmp = join(dir, `${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    const file = await fs.open(tmp, 'wx');
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDirectory(dir);
}

/** Flushes a folder's entries to disk where the system allows it (Windows cannot open a folder for it). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here (EISDIR, EPERM on Windows): the file itself was flushed before the rename.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The ledgers of the workspace folders, each read and written through its own queue. What it holds in
 * memory for a folder is what the last job of that folder's queue read or wrote, so a reload that
 * started before a write cannot bring back the state before the write.
 */
export class LedgerFiles {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly known = new Map<string, Ledger>();

  /** Runs `job` after every earlier job on the same folder's ledger, whether they failed or not. */
  private enqueue<T>(folderPath: string, job: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(folderPath) ?? Promise.resolve()).then(job, job);
    const tail = run.catch(() => undefined);
    this.queues.set(folderPath, tail);
    void tail.then(() => {
      if (this.queues.get(folderPath) === tail) this.queues.delete(folderPath);
    });
    return run;
  }

  /** Reads a folder's ledger from disk (in its queue) and remembers it; a ledger that cannot be used is forgotten. */
  load(folderPath: string): Promise<LedgerRead> {
    return this.enqueue(folderPath, async () => {
      const r = await readLedger(folderPath);
      if (r.ok) this.known.set(folderPath, r.ledger);
      else this.known.delete(folderPath);
      return r;
    });
  }

  /**
   * Records a decision: reads the ledger fresh, applies `edit`, writes it durably. Resolves with the
   * path written once the decision is on disk; rejects, writing nothing, when the ledger cannot be
   * read (malformed: it would lose what it holds) or lies behind a link out of the folder.
   */
  update(folderPath: string, edit: (l: Ledger) => void): Promise<string> {
    return this.enqueue(folderPath, async () => {
      const target = await ledgerTarget(folderPath);
      if (!target.ok) throw new Error(target.message);
      const r = await readLedgerAt(target.path);
      if (!r.ok && !r.missing) throw new Error(`${r.message}; fix or delete it first`);
      const ledger = r.ok ? r.ledger : emptyLedger();
      edit(ledger);
      await writeDurably(target.path, serializeLedger(ledger));
      this.known.set(folderPath, normalizeLedger(ledger));
      return target.path;
    });
  }

  /** The ledgers of the given folders as one. */
  merged(folderPaths: Iterable<string>): Ledger {
    const list: Ledger[] = [];
    for (const f of folderPaths) {
      const l = this.known.get(f);
      if (l) list.push(l);
    }
    return mergeLedgers(list);
  }
}
