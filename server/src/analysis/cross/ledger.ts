// Severity overrides and the user's ledger (ignored findings, canonical values), as pure functions.
// The server reads and writes .newslens/ledger.json; everything here only transforms data.
//
// Finding.values[0] is always the value the finding's own article carries; a canonical entry
// { key: <Finding.fact>, value } drops the findings of articles that carry the canonical value and
// adds "canonical value is X" to the others.

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
  const canonical = new Map((ledger?.canonical ?? []).map((c) => [c.key, c.value]));
  const out: Finding[] = [];
  for (const f of findings) {
    const s = sev[f.check];
    if (s === 'off') continue;
    if (ignored.has(f.key)) continue;
    let g = s ? { ...f, severity: s } : f;
    const canon = f.fact !== undefined ? canonical.get(f.fact) : undefined;
    if (canon !== undefined && f.values && f.values.length > 0) {
      if (sameValue(f.values[0]!, canon)) continue;
      g = { ...g, message: `${g.message} The canonical value (ledger) is “${canon}”.` };
    }
    out.push(g);
  }
  return out;
}

/** The ledger with one more ignored finding key (no duplicates). */
export function ignoreFinding(ledger: Ledger, key: string, note?: string): Ledger {
  if (ledger.ignored.some((i) => i.key === key)) return ledger;
  return { ...ledger, ignored: [...ledger.ignored, note ? { key, note } : { key }] };
}

/** The ledger with `value` accepted as canonical for the fact (replacing an earlier choice). */
export function acceptCanonical(ledger: Ledger, factKey: string, value: string): Ledger {
  return { ...ledger, canonical: [...ledger.canonical.filter((c) => c.key !== factKey), { key: factKey, value }] };
}

/** Reads an untrusted JSON value as a Ledger; anything malformed is dropped, never thrown. */
export function parseLedger(data: unknown): Ledger {
  const out = emptyLedger();
  if (!data || typeof data !== 'object') return out;
  const d = data as { ignored?: unknown; canonical?: unknown };
  if (Array.isArray(d.ignored))
    for (const i of d.ignored)
      if (i && typeof i === 'object' && typeof (i as { key?: unknown }).key === 'string') {
        const note = (i as { note?: unknown }).note;
        out.ignored.push(typeof note === 'string' ? { key: (i as { key: string }).key, note } : { key: (i as { key: string }).key });
      }
  if (Array.isArray(d.canonical))
    for (const c of d.canonical)
      if (c && typeof c === 'object' && typeof (c as { key?: unknown }).key === 'string' && typeof (c as { value?: unknown }).value === 'string')
        out.canonical.push({ key: (c as { key: string }).key, value: (c as { value: string }).value });
  return out;
}

/** Stable, diff-friendly JSON for the ledger file (sorted entries, two-space indent, final newline). */
export function serializeLedger(ledger: Ledger): string {
  const sorted: Ledger = {
    version: 1,
    ignored: [...ledger.ignored].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    canonical: [...ledger.canonical].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
