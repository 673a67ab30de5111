// Forces that strike: natural disasters and weapons, the subjects that make "struck" or "hit" mean that
// something came down on a place ("the earthquake struck on Thursday") rather than a walkout or a level
// reached. General news English; lemmas (singular nouns, verb infinitives).

import { wordSet as words } from './wordSet';

/** Verbs of impact: with a force as their subject they say the force came. */
export const IMPACT_VERBS: ReadonlySet<string> = words('strike, hit, rock, jolt, shake, lash, batter, pound, slam');

/** Natural disasters and weapons, as the subject of a verb of impact. */
export const STRIKING_FORCES: ReadonlySet<string> = words(`
  earthquake, quake, tremor, aftershock, storm, typhoon, hurricane, cyclone, tornado, twister, gale,
  blizzard, lightning, tsunami, wave, flood, flash flood, landslide, mudslide, avalanche, drought,
  heatwave, heat wave, wildfire, fire, blaze, eruption, volcano, meteor, asteroid,
  missile, rocket, bomb, shell, drone, airstrike, air strike, blast, explosion, shockwave,
  epidemic, pandemic, outbreak, virus, disease, recession, crisis
`);
