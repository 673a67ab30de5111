// Offices and ranks: which role titles name the same office, which speak or work for someone else,
// and which one person cannot hold at once. Used to tell conflicting roles from compatible ones.

/** Role heads written differently for the same office ("spokeswoman" and "spokesman" are a spokesperson). */
export const HEAD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['advisor', 'adviser'], ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'],
  ['ceo', 'chief executive'], ['prime', 'prime minister'],
]);

/** Offices named by two words, the second of which alone would be another head ("prime minister"). */
export const TWO_WORD_HEADS: ReadonlySet<string> = new Set(['prime minister', 'chief executive']);

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
