// Finds the people, organisations, places and other named things in an article, and links the mentions
// of each within the article ("Brel" -> "Tomas Brel", "NU" -> "Nordic Union").
//
// compromise tags the words; this module decides where names begin and end and what they are, because
// compromise's own people()/places()/organizations() cut names in half on news text ("President Anna")
// and glue punctuation and possessives to them. The approach, in order:
//   1. runs of capitalised words in each sentence (with particles such as "of" or "de" inside), cut at
//      punctuation and possessives; capitals that are only there because a sentence or headline starts
//      are accepted only when the name is confirmed elsewhere in the article or by compromise's lexicon
//      (entities/evidence.ts, entities/candidates.ts);
//   2. titles split off ("Interior Minister" | "Tomas Brel"), nationality adjectives split off;
//   3. each name classified from its own words (a "Ministry" is an organisation, a "Peninsula" a place),
//      the words around it ("the Varnak region", "said Brel") and compromise's lexicon tags
//      (entities/classification.ts);
//   4. one vote per spelling across the article, so a name gets one type everywhere;
//   5. mentions linked into entities (entities/linking.ts).

import type { Tokenized } from './tokens';
import { findCandidates } from './entities/candidates';
import { classify, coordinate, harmonise, noise } from './entities/classification';
import { documentEvidence, sentenceInfo } from './entities/evidence';
import { link } from './entities/linking';
import { readSportsNames } from './entities/sports';
import type { EntityResult } from './entities/types';

export type { EntityResult, NameCandidate } from './entities/types';
export { nameKey } from './entities/words';

export function extractEntities(tk: Tokenized): EntityResult {
  const infos = tk.sentenceTokens.map((_, s) => sentenceInfo(tk, s));
  const evidence = documentEvidence(tk, infos);
  const candidates = findCandidates(tk, infos, evidence);
  for (const c of candidates) classify(tk, c, evidence, infos);
  harmonise(candidates);
  coordinate(tk, candidates);
  harmonise(candidates);
  if (evidence.sports) readSportsNames(tk, candidates, evidence.dateline);
  const kept = candidates.filter((c) => !noise({ ...c, before: tk.text.slice(Math.max(0, c.start - 5), c.start) }, evidence));
  return link(kept, tk.text);
}
