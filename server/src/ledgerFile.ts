// The user's decisions about findings, one file per workspace folder: `<folder>/.newslens/ledger.json`.
// Human-readable and diff-able: pretty-printed, entries sorted by key, one key per entry, so two people
// ignoring different findings produce a clean merge. Keys are Finding.key (check + what the fact is
// about + the values), never offsets, so editing unrelated text keeps an ignored finding ignored.
// The server reads every folder's ledger at start and whenever one changes on disk, and writes one only
// when the user runs "Ignore this finding" or "Accept … as canonical". Articles are never modified.

import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Ledger } from './analysis/cross/types';

export const LEDGER_DIR = '.newslens';
export const LEDGER_FILE = 'ledger.json';
/** The glob the server asks the client to watch. */
export const LEDGER_GLOB = `**/${LEDGER_DIR}/${LEDGER_FILE}`;

export function emptyLedger(): Ledger {
  return { version: 1, ignored: [], canonical: [] };
}

export function ledgerPath(folderPath: string): string {
  return join(folderPath, LEDGER_DIR, LEDGER_FILE);
}

export function isLedgerPath(path: string): boolean {
  return path.replace(/\\/g, '/').endsWith(`/${LEDGER_DIR}/${LEDGER_FILE}`);
}

export type LedgerRead = { ok: true; ledger: Ledger } | { ok: false; missing: boolean; message: string };

/** Reads and checks a ledger file. A missing file is an empty ledger; a malformed one is reported. */
export async function readLedger(path: string): Promise<LedgerRead> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true, message: 'no ledger' };
    return { ok: false, missing: false, message: `cannot be read (${code ?? String(err)})` };
  }
  try {
    return { ok: true, ledger: parseLedger(JSON.parse(text)) };
  } catch (err) {
    return { ok: false, missing: false, message: `is not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** Whatever JSON the file holds, as a valid ledger (unknown entries dropped, duplicates merged). */
export function parseLedger(raw: unknown): Ledger {
  const out = emptyLedger();
  if (typeof raw !== 'object' || raw === null) return out;
  const r = raw as Record<string, unknown>;
  if (Array.isArray(r['ignored'])) {
    for (const i of r['ignored']) {
      if (isRecord(i) && typeof i['key'] === 'string' && i['key']) {
        const entry: Ledger['ignored'][number] = { key: i['key'] };
        if (typeof i['note'] === 'string' && i['note']) entry.note = i['note'];
        out.ignored.push(entry);
      }
    }
  }
  if (Array.isArray(r['canonical'])) {
    for (const c of r['canonical']) {
      if (isRecord(c) && typeof c['key'] === 'string' && c['key'] && typeof c['value'] === 'string') {
        out.canonical.push({ key: c['key'], value: c['value'] });
      }
    }
  }
  return normalizeLedger(out);
}

/** Sorted by key, one entry per key (the last one wins). */
export function normalizeLedger(l: Ledger): Ledger {
  const ignored = new Map(l.ignored.map((i) => [i.key, i]));
  const canonical = new Map(l.canonical.map((c) => [c.key, c]));
  return {
    version: 1,
    ignored: [...ignored.values()].sort((a, b) => cmp(a.key, b.key)),
    canonical: [...canonical.values()].sort((a, b) => cmp(a.key, b.key)),
  };
}

/** The ledger of several workspace folders as one (the engine takes one). */
export function mergeLedgers(ledgers: Iterable<Ledger>): Ledger {
  const all = emptyLedger();
  for (const l of ledgers) {
    all.ignored.push(...l.ignored);
    all.canonical.push(...l.canonical);
  }
  return normalizeLedger(all);
}

export function serializeLedger(l: Ledger): string {
  const n = normalizeLedger(l);
  // Fixed property order, so the file diffs well whoever wrote it.
  const data = {
    version: 1,
    ignored: n.ignored.map((i) => (i.note ? { key: i.key, note: i.note } : { key: i.key })),
    canonical: n.canonical.map((c) => ({ key: c.key, value: c.value })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}

/** Writes atomically (temp file + rename), creating `.newslens/` when needed. */
export async function writeLedger(path: string, l: Ledger): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await fs.writeFile(tmp, serializeLedger(l), 'utf8');
  await fs.rename(tmp, path);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
