// Offices and ranks: which role titles name the same office, which speak or work for someone else,
// and which one person cannot hold at once. Used to tell conflicting roles from compatible ones.

/** Role heads written differently for the same office ("spokeswoman" and "spokesman" are a spokesperson). */
export const HEAD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['advisor', 'adviser'], ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'],
  ['ceo', 'chief executive'], ['prime', 'prime minister'], ['cfo', 'chief financial officer'], ['coo', 'chief operating officer'],
  ['chief executive officer', 'chief executive'], ['skipper', 'captain'], ['head coach', 'manager'],
  ['defense attorney', 'defence lawyer'], ['defence attorney', 'defence lawyer'], ['defence counsel', 'defence lawyer'],
]);

/** Offices named by two or three words, whose last word alone would be another head ("prime minister"). */
export const TWO_WORD_HEADS: ReadonlySet<string> = new Set([
  'prime minister', 'chief executive', 'chief executive officer', 'chief financial officer', 'chief operating officer',
  'chief technology officer', 'chief engineer', 'first officer', 'head coach', 'defence lawyer', 'defense attorney',
  'defence attorney', 'defence counsel',
]);

/**
 * Positions of which one person holds at most one at a time in one story: the parties of a trial, a
 * company's chief officers, the officers of a ship's crew.
 */
export const EXCLUSIVE_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['judge', 'prosecutor', 'defence lawyer', 'defendant', 'juror']),
  new Set(['chief executive', 'chief financial officer', 'chief operating officer', 'chief technology officer']),
  new Set(['captain', 'chief engineer', 'first officer']),
];

/** Roles that speak or work for someone else. */
export const SUBORDINATE: ReadonlySet<string> = new Set(['spokesperson', 'aide', 'adviser', 'assistant', 'deputy', 'secretary', 'staffer', 'intern']);

/** Offices a person holds in their own right. */
export const PRINCIPAL: ReadonlySet<string> = new Set([
  'president', 'chancellor', 'minister', 'prime minister', 'premier', 'mayor', 'governor', 'chair', 'chief executive', 'king',
  'queen', 'commissioner', 'senator', 'director', 'leader', 'head', 'chief', 'ambassador', 'general', 'judge', 'mediator',
]);

/** Offices that one person cannot hold together. */
export const EXCLUSIVE: ReadonlySet<string> = new Set(['president', 'chancellor', 'prime minister', 'premier', 'mayor', 'governor', 'king', 'queen']);

/** A rank word among a role's modifiers (group 1): a deputy or former president is not the president. */
export const RANK_WORD = /\b(deputy|vice|assistant|acting|former|ex|interim|associate|junior)\b/;

/**
 * The preposition that starts what a role is of or for ("minister of finance", "adviser to the
 * mayor"): the role's own words are the part before it. Matches start where the whitespace does.
 */
export const ROLE_OBJECT_SPLIT = /(?<!\s)\s+(?:of|for|at|with|to|in)\s+/;
