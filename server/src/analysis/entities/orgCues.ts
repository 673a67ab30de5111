// The words around a name that say it is an organisation even when its own words do not: a descriptor
// before or after it ("carrier Nordair", "the Ostra daily"), what it owns ("Nordair's shares"), what is
// held in it ("a stake in Vardenic"), and "which" rather than "who" after it.

import { ORG_DESCRIPTORS, ORG_HOLDINGS, ORG_POSSESSIONS } from '../lexicon/organisations';
import type { Token, Tokenized } from '../tokens';
import type { NameCandidate } from './types';

/** A lower-case descriptor noun: "carrier", "newspaper", and any "-maker" ("carmaker", "chipmaker"). */
function descriptor(t: Token | undefined): boolean {
  return !!t && /^\p{Ll}/u.test(t.text) && (ORG_DESCRIPTORS.has(t.normal) || /.maker$/.test(t.normal));
}

/** The token at index i when it is in the same sentence as token `of`. */
function near(tk: Tokenized, i: number, of: number): Token | undefined {
  const t = tk.tokens[i];
  return t && t.sentence === tk.tokens[of]!.sentence ? t : undefined;
}

/** Whether the words around the candidate say it is an organisation. */
export function organisationContext(tk: Tokenized, c: NameCandidate): boolean {
  const first = tk.tokens[c.first]!;
  const last = tk.tokens[c.last]!;
  const prev = near(tk, c.first - 1, c.first);
  const glued = (t: Token | undefined) => !!t && /^\s*$/.test(t.post);
  // "carrier Nordair", "the evening newspaper Resalat" (a bracket or a quotation mark may stand between).
  if (descriptor(prev) && glued(prev) && !/[(“"]/.test(first.pre)) return true;
  // "a stake in Vardenic", "shares of Nordair".
  const prev2 = near(tk, c.first - 2, c.first);
  if (prev && (prev.normal === 'of' || prev.normal === 'in') && prev2 && ORG_HOLDINGS.has(prev2.normal)) return true;
  let next = near(tk, c.last + 1, c.last);
  // "Nordair's shares", "Vardenic's subsidiary".
  if (c.possessive) return !!next && ORG_POSSESSIONS.has(next.normal);
  if (!next || !/^\s*$/.test(last.post)) return /^,\s*$/.test(last.post) && next?.normal === 'which';
  // "the Anatolian news agency", "the Ostra daily", "the Nordair group".
  if (next.normal === 'news') next = near(tk, c.last + 2, c.last);
  return descriptor(next);
}
