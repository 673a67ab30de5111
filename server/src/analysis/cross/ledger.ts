// Severity overrides and the user's ledger (ignored findings, canonical values), as pure functions.

import type { CorpusOptions, Finding, Ledger } from './types';

export function emptyLedger(): Ledger {
  return { version: 1, ignored: [], canonical: [] };
}

export function applyFindingPolicy(findings: Finding[], options: CorpusOptions): Finding[] {
  const sev = options.severity ?? {};
  const out: Finding[] = [];
  const ignored = new Set((options.ledger?.ignored ?? []).map((i) => i.key));
  for (const f of findings) {
    const s = sev[f.check];
    if (s === 'off') continue;
    if (ignored.has(f.key)) continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out;
}
