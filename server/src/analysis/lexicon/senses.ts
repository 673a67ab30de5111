// The one way the fact identity asks what act a word names: the hand tables of events.ts first (they
// are the authority: a word listed there never changes class), then the word-sense table generated from
// WordNet (generated/senses.ts, `npm run lexicon:senses`) for the words they lack. The generated tables
// are parsed once, on first use, into maps; a look-up is a map get.

import { ACT_NOUN_VERBS, EVENT_CLASSES, LEVEL_VERBS, PHRASAL_PARTICLES } from './events';
import { SENSE_CLASSES, SENSE_GROUPS, SENSE_NOUN_VERBS, SENSE_PHRASAL } from './generated/senses';

/** A `key>value|key>value` table as a map. */
function unpack(packed: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const pair of packed.split('|')) {
    const at = pair.indexOf('>');
    if (at > 0) out.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return out;
}

let tables: { classes: ReadonlyMap<string, string>; groups: ReadonlyMap<string, string>; nounVerbs: ReadonlyMap<string, string>; phrasal: ReadonlySet<string> } | undefined;

function senses(): NonNullable<typeof tables> {
  tables ??= { classes: unpack(SENSE_CLASSES), groups: unpack(SENSE_GROUPS), nounVerbs: unpack(SENSE_NOUN_VERBS), phrasal: new Set(SENSE_PHRASAL.split('|')) };
  return tables;
}

/**
 * The event class of a word or lemma ("killed" → kill, "succumb" → kill through the sense it shares with
 * "die" and "perish"), or undefined: the hand class, else the class WordNet gives its first sense.
 */
export function classOfWord(w: string): string | undefined {
  return EVENT_CLASSES.get(w) ?? senses().classes.get(w);
}

/**
 * What act a verb lemma names, as two reports' verbs are compared: its class, else the verb its first
 * sense shares with other verbs ("earmark", "set aside" → "allocate"; "impound" → "confiscate"), else the
 * lemma itself.
 */
export function actOfVerb(lemma: string): string {
  return classOfWord(lemma) ?? senses().groups.get(lemma) ?? lemma;
}

/** The verb an act noun is made from ("appearance" → "appear", "shutdown" → "shut down"), or undefined. */
export function verbOfActNoun(noun: string): string | undefined {
  return ACT_NOUN_VERBS.get(noun) ?? senses().nounVerbs.get(noun);
}

/**
 * A verb and a particle that make one verb in the word-sense table ("called off", "set aside", "sealed
 * off"), where the hand tables know neither the verb nor the phrase ("paid out" stays "pay"; "came to £4
 * million" is the level verb "come"): WordNet fills only what they lack.
 */
export function isPhrasalVerb(verb: string, particle: string): boolean {
  const key = `${verb} ${particle}`;
  return PHRASAL_PARTICLES.has(particle) && !EVENT_CLASSES.has(verb) && !EVENT_CLASSES.has(key) && !LEVEL_VERBS.has(verb) && senses().phrasal.has(key);
}
