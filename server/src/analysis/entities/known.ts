// What the gazetteer (lexicon/gazetteer.ts) and the short list of well-known names (KNOWN_TYPES) say a
// name is, looked up by its key.

import {
  AIRLINES,
  CITIES,
  CLUBS,
  COMPANIES,
  EXTRA_COUNTRIES,
  FINANCIAL_INSTITUTIONS,
  INTERNATIONAL_BODIES,
  NEWS_OUTLETS,
  PARTIES,
  SPORTS_BODIES,
  WORLD_REGIONS,
} from '../lexicon/gazetteer';
import { KNOWN_TYPES } from '../lexicon/organisations';
import type { EntityType } from '../types';

/** A gazetteer answer: the type and, where the list says more, a subtype ("outlet", "airline", "team"). */
export interface Known {
  type: EntityType;
  subtype?: string;
}

/** The gazetteer's tables in the order they are consulted, with what each makes a name. */
const TABLES: ReadonlyArray<[ReadonlySet<string>, Known]> = [
  [NEWS_OUTLETS, { type: 'organization', subtype: 'outlet' }],
  [AIRLINES, { type: 'organization', subtype: 'airline' }],
  [CLUBS, { type: 'organization', subtype: 'team' }],
  [INTERNATIONAL_BODIES, { type: 'organization' }],
  [SPORTS_BODIES, { type: 'organization' }],
  [PARTIES, { type: 'organization' }],
  [FINANCIAL_INSTITUTIONS, { type: 'organization' }],
  [COMPANIES, { type: 'organization' }],
  [EXTRA_COUNTRIES, { type: 'place', subtype: 'country' }],
  [WORLD_REGIONS, { type: 'place' }],
  [CITIES, { type: 'place' }],
];

/** What a well-known name is, from its key (lower case, dots dropped) or its lower-case text; undefined when unknown. */
export function knownName(key: string, lowerText = key): Known | undefined {
  const short = KNOWN_TYPES.get(key) ?? KNOWN_TYPES.get(lowerText);
  if (short) return { type: short };
  const bare = key.replace(/^the /, '');
  for (const [table, known] of TABLES) {
    if (table.has(bare) || table.has(lowerText)) return known;
  }
  return undefined;
}
