// A running count of people (a toll, the injured, the rescued) told without a noun — "the death toll rose
// to five", "the number of injured stands at 19" — counts people of whatever kind the story is about, so it
// is the same count as another source's "five miners killed" or "19 passengers injured". A count that
// names its people ("five miners", "three soldiers") stays apart from one that names other people.

import { GENERIC_PEOPLE, RESCUE_COMPLEMENTS } from '../lexicon/counting';
import { HUMAN_NOUNS, RUNNING_CLASSES } from '../lexicon/events';
import type { Figure } from '../types';
import type { FactIdentity, FigureItem } from './factTypes';
import { eventClass } from './identity';

/**
 * The count is the level of a measure ("the death toll", "the toll of five dead") that names no people: its
 * thing is the generic person its event implies. A bare count ("23 of them were trapped") is a part of
 * whoever the sentence is about, not the story's toll.
 */
function unnamedPeople(x: FigureItem): boolean {
  return x.fact.thing === 'person' && x.figure.counts === undefined && !x.counts && x.figure.frame?.measure !== undefined;
}

/** One side is a running count of people that names none, the other counts people of one kind under the same event. */
export function tollOfAnyone(a: FigureItem, b: FigureItem): boolean {
  if (a.figure.kind !== 'count' || b.figure.kind !== 'count' || a.fact.event === undefined || a.fact.event !== b.fact.event) return false;
  if (!RUNNING_CLASSES.has(a.fact.event)) return false;
  const human = (x: FigureItem): boolean => x.fact.thing !== undefined && HUMAN_NOUNS.has(x.fact.thing);
  const generic = (x: FigureItem): boolean => x.fact.thing !== undefined && GENERIC_PEOPLE.has(x.fact.thing);
  // "nine men" and "16 miners": people of any kind and people of one kind; never "men" and "women", nor
  // "men" and "people" (a bare "23 of them" is whoever the sentence counts).
  const ofOneKind = (x: FigureItem): boolean => human(x) && !generic(x) && x.fact.thing !== 'person';
  const oneGeneric = (generic(a) && ofOneKind(b)) || (generic(b) && ofOneKind(a));
  return (unnamedPeople(a) && human(b)) || (unnamedPeople(b) && human(a)) || oneGeneric;
}

/**
 * The act of a count of people that came out living: "rescuers brought 16 miners out alive", "nine men have
 * so far been brought to the surface alive", "were airlifted to safety". The verb alone (bring, pull, lift,
 * carry) names no class; the complement after it makes the act a rescue. A verb of another class keeps its
 * act ("killed … alive" does not occur; "found dead" is a death).
 */
export function rescuedAlive(text: string, f: Figure, fact: FactIdentity): boolean {
  if (f.kind !== 'count' || !f.frame?.verb) return false;
  if (fact.event !== undefined && eventClass(fact.event) !== undefined && fact.event !== 'rescue') return false;
  return RESCUE_COMPLEMENTS.test(text.slice(f.start, Math.max(f.end, f.frame.clause.end)));
}
