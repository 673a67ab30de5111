// Whose act a count is, when the actors are the two sides of armed violence ("guerrillas killed two",
// "soldiers killed nine guerrillas"): the counts are of different acts, however alike the rest.

import { ARMED_GROUPS, STATE_FORCES } from '../lexicon/armedSides';
import type { FactIdentity } from './factTypes';

type Side = 'state' | 'armed group';

/** The side an actor noun stands for ("troops", "security forces": the state's; "rebels", "gunmen": an armed group's). */
export function armedSide(actor: string | undefined): Side | undefined {
  if (!actor) return undefined;
  const a = actor.toLowerCase().trim();
  const head = a.split(/\s+/).pop()!;
  for (const w of [a, head]) {
    if (STATE_FORCES.has(w)) return 'state';
    if (ARMED_GROUPS.has(w)) return 'armed group';
  }
  return undefined;
}

/** Two identities whose actors are opposite sides of armed violence: one side's act is not the other's. */
export function oppositeSides(x: FactIdentity, y: FactIdentity): boolean {
  const sx = armedSide(x.actor);
  const sy = armedSide(y.actor);
  return sx !== undefined && sy !== undefined && sx !== sy;
}
