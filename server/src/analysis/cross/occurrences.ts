// A count of occasions: "had been moved at least nine times", "was arrested three times", "the
// hostages were moved five times". What is counted is how often the verb's act happened, so two such
// counts of one act are one fact, and counts of different acts ("moved", "visited") are not. Read by
// identity.ts; "three times the amount" and "three times a day" are a multiple and a rate, no count.

import { MULTIPLE_AFTER_TIMES } from '../lexicon/counting';
import type { Figure } from '../types';

/** The thing a count of occasions measures. */
export const OCCURRENCES = 'occurrence';

/** The figure counts how often its clause's verb happened ("moved nine times"). */
export function occurrenceCount(text: string, f: Figure): boolean {
  if (f.kind !== 'count' || f.counts || f.unit || !f.frame?.verb) return false;
  const m = /^\s+times\b(?:\s+([a-z]+))?/i.exec(text.slice(f.end, f.end + 30));
  if (!m) return false;
  const next = m[1]?.toLowerCase();
  return next === undefined || !(MULTIPLE_AFTER_TIMES.has(next) || /[a-z]{2}er$/.test(next));
}
