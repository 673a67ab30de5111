// Severity overrides and the user's ledger (ignored findings, canonical values), as pure functions:
// applying it to findings, and reading, merging and writing its JSON. The server (ledgerFile.ts) and
// the CLI read and write .newslens/ledger.json with these; everything here only transforms data.
//
// Finding.values[0] is always the value the finding's own article carries; a canonical entry
// { key: <Finding.fact>, value } drops the findings of articles that carry the canonical value and
// adds "canonical value is X" to the others.
//
// A fact's key holds its label ("figure:people killed in the crash"), which a later version of the
// analyser may word anew. So an entry also records a fingerprint without the label (Finding.fingerprint
// for an ignored finding: the check, its values and the files that give them; Finding.factFingerprint for
// a canonical value: the fact's kind and its values), and an entry whose key no longer matches anything
// still matches by it. A decision is then lost only when the values or the files themselves change.

import type { CorpusOptions, Finding, Ledger } from './types';

export function emptyLedger(): Ledger {
  return { version: 1, ignored: [], canonical: [] };
}

/** Compares values as the user sees them: case, spacing, quote marks and apostrophes do not matter. */
export function sameValue(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/[“”"]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** Applies per-check severity overrides ('off' drops) and the ledger to a list of findings. */
export function applyFindingPolicy(findings: Finding[], options: CorpusOptions): Finding[] {
  const sev = options.severity ?? {};
  const ledger = options.ledger;
  const ignored = new Set((ledger?.ignored ?? []).map((i) => i.key));
  const ignoredPrints = new Set((ledger?.ignored ?? []).flatMap((i) => (i.fingerprint ? [i.fingerprint] : [])));
  const canonical = new Map((ledger?.canonical ?? []).map((c) => [c.key, c.value]));
  const canonicalPrints = new Map((ledger?.canonical ?? []).flatMap((c) => (c.fingerprint ? [[c.fingerprint, c.value] as const] : [])));
  const out: Finding[] = [];
  for (const f of findings) {
    const s = sev[f.check];
    if (s === 'off') continue;
    if (ignored.has(f.key) || (f.fingerprint !== undefined && ignoredPrints.has(f.fingerprint))) continue;
    let g = s ? { ...f, severity: s } : f;
    const canon = (f.fact !== undefined ? canonical.get(f.fact) : undefined) ?? (f.factFingerprint !== undefined ? canonicalPrints.get(f.factFingerprint) : undefined);
    if (canon !== undefined && f.values && f.values.length > 0) {
      if (sameValue(f.values[0]!, canon)) continue;
      g = { ...g, message: `${g.message} The canonical value (ledger) is “${canon}”.` };
    }
    out.push(g);
  }
  return out;
}

/** The ledger with one more ignored finding (no duplicates); `fingerprint` is the finding's, when it has one. */
export function ignoreFinding(ledger: Ledger, key: string, note?: string, fingerprint?: string): Ledger {
  if (ledger.ignored.some((i) => i.key === key)) return ledger;
  return { ...ledger, ignored: [...ledger.ignored, { key, ...(note ? { note } : {}), ...(fingerprint ? { fingerprint } : {}) }] };
}

/** The ledger with `value` accepted as canonical for the fact (replacing an earlier choice); `fingerprint` is the fact's. */
export function acceptCanonical(ledger: Ledger, factKey: string, value: string, fingerprint?: string): Ledger {
  return { ...ledger, canonical: [...ledger.canonical.filter((c) => c.key !== factKey), { key: factKey, value, ...(fingerprint ? { fingerprint } : {}) }] };
}

/** Reads an untrusted JSON value as a Ledger; anything malformed is dropped, never thrown. */
export function parseLedger(data: unknown): Ledger {
  const out = emptyLedger();
  if (!isRecord(data)) return out;
  const { ignored, canonical } = data;
  if (Array.isArray(ignored)) {
    for (const i of ignored as unknown[]) {
      if (!isRecord(i) || typeof i['key'] !== 'string' || !i['key']) continue;
      const { note, fingerprint } = i;
      out.ignored.push({ key: i['key'], ...(typeof note === 'string' && note ? { note } : {}), ...(typeof fingerprint === 'string' && fingerprint ? { fingerprint } : {}) });
    }
  }
  if (Array.isArray(canonical)) {
    for (const c of canonical as unknown[]) {
      if (!isRecord(c) || typeof c['key'] !== 'string' || !c['key'] || typeof c['value'] !== 'string') continue;
      const fingerprint = c['fingerprint'];
      out.canonical.push({ key: c['key'], value: c['value'], ...(typeof fingerprint === 'string' && fingerprint ? { fingerprint } : {}) });
    }
  }
  return normalizeLedger(out);
}

export type LedgerText = { ok: true; ledger: Ledger } | { ok: false; message: string };

/**
 * Reads the text of a ledger file. A UTF-8 byte-order mark (which some editors write) is skipped; text
 * that is not JSON, or JSON not shaped like a ledger, is refused with a message rather than read as an
 * empty ledger, whose ignored findings would silently come back.
 */
export function parseLedgerText(text: string): LedgerText {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, message: `not a NewsLens ledger: not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!isRecord(raw) || (raw['ignored'] !== undefined && !Array.isArray(raw['ignored'])) || (raw['canonical'] !== undefined && !Array.isArray(raw['canonical']))) {
    return { ok: false, message: 'not a NewsLens ledger (expected {"version": 1, "ignored": [...], "canonical": [...]})' };
  }
  return { ok: true, ledger: parseLedger(raw) };
}

/** Sorted by key, one entry per key (the last one wins). */
export function normalizeLedger(l: Ledger): Ledger {
  return { version: 1, ignored: sortedByKey(l.ignored), canonical: sortedByKey(l.canonical) };
}

/**
 * One entry per key, sorted. A ledger read from disk is sorted already, and checking that is much
 * cheaper than sorting 400,000 keys again.
 */
function sortedByKey<T extends { key: string }>(list: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const e of list) byKey.set(e.key, e);
  const out = [...byKey.values()];
  for (let k = 1; k < out.length; k++) {
    if (compareKeys(out[k - 1]!.key, out[k]!.key) > 0) return out.sort((a, b) => compareKeys(a.key, b.key));
  }
  return out;
}

/**
 * The ledgers of several workspace folders as one (the engine takes one). Entries are appended one by
 * one: spreading a list of hundreds of thousands of entries into push() overflows the stack.
 */
export function mergeLedgers(ledgers: Iterable<Ledger>): Ledger {
  const all = emptyLedger();
  for (const l of ledgers) {
    for (const i of l.ignored) all.ignored.push(i);
    for (const c of l.canonical) all.canonical.push(c);
  }
  return normalizeLedger(all);
}

/** True when two normalised ledgers hold the same entries (cheaper than comparing their JSON). */
export function sameLedger(a: Ledger, b: Ledger): boolean {
  if (a.ignored.length !== b.ignored.length || a.canonical.length !== b.canonical.length) return false;
  for (let k = 0; k < a.ignored.length; k++) {
    const x = a.ignored[k]!;
    const y = b.ignored[k]!;
    if (x.key !== y.key || x.note !== y.note || x.fingerprint !== y.fingerprint) return false;
  }
  for (let k = 0; k < a.canonical.length; k++) {
    const x = a.canonical[k]!;
    const y = b.canonical[k]!;
    if (x.key !== y.key || x.value !== y.value || x.fingerprint !== y.fingerprint) return false;
  }
  return true;
}

/** Stable, diff-friendly JSON for the ledger file: sorted entries, fixed property order, two-space indent, final newline. */
export function serializeLedger(ledger: Ledger): string {
  const n = normalizeLedger(ledger);
  const data = {
    version: 1,
    ignored: n.ignored.map((i) => ({ key: i.key, ...(i.note ? { note: i.note } : {}), ...(i.fingerprint ? { fingerprint: i.fingerprint } : {}) })),
    canonical: n.canonical.map((c) => ({ key: c.key, value: c.value, ...(c.fingerprint ? { fingerprint: c.fingerprint } : {}) })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
