// Function words: the words that say nothing about what a sentence is about, and the ones that open a
// sentence pointing back to the one before.

/**
 * Words left out of the content words of a sentence: articles, pronouns, auxiliaries, prepositions,
 * speech verbs, time and number words, hedges and courtesy titles.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but if of in on at to for from by with without as is are was were be been being has have had
  do does did this that these those it its it's he she they them their his her him we us our you your i me my
  who whom whose which what when where while than then there here so such not no nor also very more most less
  least about over under after before into onto out up down off again further once all any both each few other
  some own same too can will would should could may might must shall just only said says say told according
  per day days week weeks year years month months hour hours minute minutes time
  one two three four five six seven eight nine ten eleven twelve hundred thousand million billion
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning evening
  night afternoon last next since until late early around nearly roughly approximately almost some
  mr mrs ms dr`.split(/\s+/),
);

/** A sentence that opens with a demonstrative or "It" is about what the sentence before named. */
export const ANAPHORIC_OPENING = /^\s*(?:That|This|It|These|Those)\b/;
