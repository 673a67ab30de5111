// The shapes the name finder passes between its stages: a candidate name before linking, and the result.

import type { Entity, EntityType, Mention } from '../types';

/** A name found in the text, before linking. Token indices are inclusive. */
export interface NameCandidate {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Lower-case, apostrophes straightened, dots dropped: the key that links equal spellings. */
  key: string;
  type: EntityType;
  /** How sure the classification is: 3 = the name's own words say so, 1 = a guess. */
  confidence: number;
  subtype?: string;
  /** The title written before the name, if any, as tokens [first, last] inclusive. */
  title?: { first: number; last: number; text: string };
  /** True when the last token carries a possessive ’s. */
  possessive: boolean;
}

export interface EntityResult {
  entities: Entity[];
  /** Every mention, sorted by start, with the token range it covers. */
  mentions: Array<Mention & { first: number; last: number; type: EntityType }>;
}
