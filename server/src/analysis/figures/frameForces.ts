// Two readings of a figure's frame that depend on what its subject is: a force of nature or a weapon that
// "struck" came down on a place (it did not go on strike), and a reading on a scale ("magnitude 6.1")
// measures its subject.

import { IMPACT_VERBS, STRIKING_FORCES } from '../lexicon/forces';
import { SCALE_NAMES } from '../lexicon/units';
import { singular } from '../numbers';
import type { Figure, FigureFrame } from '../types';

/** Adjusts a finished frame for a striking force and for a reading on a scale. */
export function readForcesAndScales(frame: FigureFrame, f: Figure): void {
  impactOfForce(frame, f);
  // "An earthquake measuring 5.8 on the Richter scale": a reading on a scale measures the verb's subject.
  if (f.unit !== undefined && SCALE_NAMES.has(f.unit) && f.counts === undefined && frame.actor) frame.measure ??= singular(frame.actor.head.toLowerCase());
}

/**
 * "The earthquake struck on Thursday", "a storm hit the coast": a verb of impact whose subject is a force
 * of nature or a weapon says that the force came, not that workers struck or a level was reached. It is
 * read as "occurred" (the class of things happening), so it is not taken for a strike.
 */
function impactOfForce(frame: FigureFrame, f: Figure): void {
  const force = (w: string | undefined): boolean => w !== undefined && STRIKING_FORCES.has(singular(w.toLowerCase()));
  // What the counted things did ("a 6.1 quake struck"): the counted thing is the subject.
  if (frame.state !== undefined && IMPACT_VERBS.has(frame.state) && force(f.counts)) frame.state = 'occur';
  const v = frame.verb;
  if (v && IMPACT_VERBS.has(v.lemma) && force(frame.actor?.head ?? (frame.asSubject ? f.counts : undefined))) frame.verb = { ...v, lemma: 'occur' };
}
