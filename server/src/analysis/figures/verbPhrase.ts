// The words of a figure's verb that name its act: an event phrase of the lexicon ("go on strike", "lose
// life", "walk off", "lost their lives"). (A reporting verb's act, "known to have died", is read by
// cross/reportedAct.ts.)

import { EVENT_CLASSES, LEVEL_VERBS } from '../lexicon/events';
import { has, objectPhrase, word, type Sent } from './frameWords';
import { isPhrasalVerb } from '../lexicon/senses';

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
    } else if (next && senseParticle(s, k, lemma)) {
      lemma = `${lemma} ${word(next)}`;
      end = next.end;
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

/**
 * The verb at k and its particle make a phrasal verb of the word-sense table ("called off 40 matches",
 * "was sealed off.", "set aside €4m"), the particle followed by no noun phrase it would govern as a
 * preposition ("held in Norvania", "came off the rails").
 */
export function senseParticle(s: Sent, k: number, lemma: string): boolean {
  if (k + 1 >= s.hi || !isPhrasalVerb(lemma, word(s.toks[k + 1]))) return false;
  const after = k + 2 < s.hi ? s.toks[k + 2] : undefined;
  return !after || has(after, 'Value') || /^[\p{Sc}\d]/u.test(after.text) || !(has(after, 'Determiner') || has(after, 'Noun') || has(after, 'Adjective') || has(after, 'Possessive') || has(after, 'Pronoun'));
}
