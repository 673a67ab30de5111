// The words of a figure's verb that name its act: an event phrase of the lexicon ("go on strike", "lose
// life", "walk off"), or the verb a verb of knowing or saying raises its subject to: "62 people are known
// to have died", "at least 40 are feared to have been killed" count who died or was killed, and that verb
// is the figure's.

import { EPISTEMIC_VERBS, EVENT_CLASSES, LEVEL_VERBS } from '../lexicon/events';
import { has, isVerb, objectPhrase, word, type Sent } from './frameWords';
import { verbLemma } from './wordForms';

/** The verb after "to (have) (been|be)" that an epistemic verb at k raises its subject to, with its end and voice. */
export function raisedVerb(s: Sent, k: number, lemma: string): { lemma: string; end: number; passive: boolean } | undefined {
  if (!EPISTEMIC_VERBS.has(lemma) || word(s.toks[k + 1]) !== 'to') return undefined;
  let j = k + 2;
  if (word(s.toks[j]) === 'have') j++;
  const passive = word(s.toks[j]) === 'been' || word(s.toks[j]) === 'be';
  if (passive) j++;
  const t = j < s.hi ? s.toks[j] : undefined;
  if (!t || !isVerb(s, j)) return undefined;
  return { lemma: verbLemma(word(t)), end: t.end, passive };
}

/** Raising verbs that leave the count open: "known to have died" so far, "feared to have been killed". */
const PROVISIONAL_RAISING = /\b(known|believed|feared|thought|reported|presumed|understood|suspected|estimated)\s+to\b/i;

/** The word that makes a raised count provisional ("known" in "are now known to have died"), if any. */
export function raisedCue(verb: { text: string } | undefined): string | undefined {
  return verb ? PROVISIONAL_RAISING.exec(verb.text)?.[1] : undefined;
}

/** The verb at k with the words of its event phrase ("go on strike", "lose life", "walk off"): its lemma and end. */
export function verbPhrase(s: Sent, k: number, verbLemmaAt: string): { lemma: string; end: number } {
  const t = s.toks[k]!;
  const next = s.toks[k + 1];
  const after = k + 2 < s.hi ? s.toks[k + 2] : undefined;
  let lemma = verbLemmaAt;
  let end = t.end;
  if (next && after && EVENT_CLASSES.has(`${lemma} ${word(next)} ${word(after)}`)) {
    // "go on strike", "make off with"
    lemma = `${lemma} ${word(next)} ${word(after)}`;
    end = after.end;
  } else if (next && twoWordPhrase(s, k, lemma)) {
    lemma = `${lemma} ${word(next)}`;
    end = next.end;
  } else if (next && after && (lemma === 'go' || lemma === 'be' || lemma === 'stay' || lemma === 'remain') && EVENT_CLASSES.has(`${word(next)} ${word(after)}`)) {
    // "went on strike", "stayed on strike", "were on board": the phrase after a verb of state names the event.
    lemma = `${word(next)} ${word(after)}`;
    end = after.end;
  } else {
    // "lost their lives", "came off the rails": a verb whose object (after a determiner, a particle before
    // it) completes an event phrase of the lexicon, in the singular ("lose life").
    const object = objectPhrase(s, k, lemma);
    if (object) {
      lemma = object.lemma;
      end = object.end;
    }
  }
  return { lemma, end };
}

/** The verb at k and the next word make an event phrase ("walk out", "went to the scene"); "came to £4 million" is a level reached. */
function twoWordPhrase(s: Sent, k: number, lemma: string): boolean {
  if (k + 1 >= s.hi || !EVENT_CLASSES.has(`${lemma} ${word(s.toks[k + 1])}`)) return false;
  const after = k + 2 < s.hi ? s.toks[k + 2] : undefined;
  return !(LEVEL_VERBS.has(lemma) && after !== undefined && (has(after, 'Value') || /^[\p{Sc}\d]/u.test(after.text)));
}
