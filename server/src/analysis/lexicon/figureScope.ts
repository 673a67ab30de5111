// Scope cues of a figure: the words around it that say over which span it was counted ("in their last
// 12 games"), in which part of a trading day it was read ("at the close", "in early trading"), that it
// is the value compared against ("compared with 1.47 on Monday"), or that it is a forecast ("expected
// to arrive at about 4 a.m."). General news English only; every pattern is linear (no nested repetition).

import { wordSet as words } from './wordSet';

/** Words right before a number that make it a window of reference, not a count of what happened: "their last 12 games". */
export const WINDOW_BEFORE = /\b(?:last|past|previous|preceding|first|opening)\s+$/i;

/** "to last", "will last", "could not last": "last" as a verb before a length ("expected to last twelve weeks"), not a window. */
export const LAST_AS_VERB = /\b(?:to|will|would|could|can|may|might|must|should|shall|not|did|does|do|'ll|’ll)\s+last\s+$/i;

/** "for the second time in six games", "a span of six starts": a count that is the span a tally is taken over. */
export const WINDOW_BEFORE_COUNT =
  /\b(?:(?:times?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+in|span\s+of|stretch\s+of|spell\s+of)\s+(?:(?:the|their|his|her|its|our|my|your)\s+)?$/i;

/** Counted nouns that are spans of play, competition or time, over which a tally can be taken ("last 12 games"). */
export const WINDOW_NOUNS: ReadonlySet<string> = words(`
  game, match, start, outing, appearance, race, season, tournament, contest, fixture, round, inning, innings,
  over, lap, event, session, quarter, half, election, year, month, week, day, hour, minute, term, meeting, trading day
`);

/** Words right after a count that make it a gap in a standings table, not a tally: "three games behind", "two points clear". */
export const MARGIN_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:behind|ahead|clear|adrift|off\s+the\s+(?:lead|pace))\b/iu;

/** Parts of a trading day a price or a change was read at: two values of different parts are different facts. */
export const SESSION_CUES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:clos(?:ed|ing|es)|close(?!\s+(?:to|on)\b)|ended|finished|settled|end\s+of\s+(?:trading|the\s+(?:day|session)))\b/i, 'close'],
  [/\b(?:open(?:ed|ing|s)?|early\s+(?:trading|trade|deals|business|session|exchanges))\b/i, 'open'],
  [/\b(?:midday|noon|lunchtime|mid-?(?:morning|session|afternoon)|(?:morning|afternoon)\s+(?:trading|trade|deals))\b/i, 'midday'],
  [/\blate\s+(?:trading|trade|deals|session|exchanges)\b/i, 'late'],
  [/\b(?:as\s+(?:much|high|low|far)\s+as|at\s+one\s+(?:point|stage)|intraday|session\s+(?:high|low))\b/i, 'extreme'],
];

/** Words before a figure that make it the base of a comparison ("compared with 1.47 on Monday", "up from 12%"). */
export const COMPARISON_BASE_BEFORE =
  /\b(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?|(?:up|down|rising|falling|rose|fell|climbed|dropped|increased|decreased|declined|slipped|jumped|eased)\s+from)\b/i;

/** "against" right before a figure: "profit of 46 against 48": the figure compared against. */
export const AGAINST_BEFORE = /\bagainst\s+$/i;

/** Words in a figure's clause before it that make what it reports a forecast, not what happened ("expected to arrive at 4 a.m."). */
export const FORECAST_BEFORE = /\b(?:expected|scheduled|slated|forecast|projected|poised|planned)\s+to\b/i;

/**
 * Words before a figure (and its noun) that make it an earlier value of something since revised: "an
 * earlier proposal of 760p", "its previous forecast of 3%", "the original price of". Not "first", which
 * also names parts of a year ("first-half sales").
 */
export const PREVIOUS_BEFORE = /\b(?:earlier|previous|prior|initial|original|former|old|rejected)\s+(?:[\p{L}-]+\s+){0,2}(?:of\s+)?$/iu;

/** A sum that includes a company's debt is another measure than the price of its shares: "including debt", "enterprise value". */
export const INCLUDING_DEBT = /\b(?:includ(?:ing|es)|plus|with)\s+(?:[\p{L}'’]+\s+){0,3}debts?\b|\benterprise\s+value\b/iu;

/**
 * Words near a figure that place it in a time before the story's ("last year", "four years ago", "a year
 * earlier", "last June", "at its peak", "the previous election"): it is another period's value, never
 * compared with the story's own. Not "last week" or "last night", which are still the story's days.
 */
export const EARLIER_TIME =
  /\b(?:last|previous|preceding)\s+(?:year|season|election|decade|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|decades?)\s+(?:ago|earlier|before)\b|\bat\s+(?:its|their|the)\s+peak\b/i;

/** "by" (or "by a margin of") right before a count after a verb of winning: the count is the margin ("won by 3,900 votes"). */
export const BY_BEFORE = /\bby\s+(?:a\s+(?:margin|majority)\s+of\s+)?$/i;

/** Verbs of keeping a seat or a title: "held the seat by 2,140 votes" gives the margin as a win does. */
export const KEEP_VERBS: ReadonlySet<string> = words('hold, keep, retain, defend');

/** Verbs that make the sum or share they take a forecast, not a result: "expects a profit of $120m", "forecast growth of 2%". */
export const FORECAST_VERBS: ReadonlySet<string> = words('expect, forecast, predict, project, target, anticipate, estimate, budget, guide');

/**
 * The part of a financial year a figure is for, in its clause: two figures for different parts ("first-half
 * profit", "in the third quarter", "for the full year") are different facts. Group 1 names the part.
 */
export const PERIOD_CUES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:first[\s-]half|half[\s-]year|interim|h1|first\s+six\s+months)\b/i, 'h1'],
  [/\b(?:second[\s-]half|h2)\b/i, 'h2'],
  [/\b(?:first[\s-]quarter|q1|first\s+three\s+months)\b/i, 'q1'],
  [/\b(?:second[\s-]quarter|q2)\b/i, 'q2'],
  [/\b(?:third[\s-]quarter|q3)\b/i, 'q3'],
  [/\b(?:fourth[\s-]quarter|q4)\b/i, 'q4'],
  [/\bnine\s+months\b/i, '9m'],
  [/\b(?:full[\s-]year|annual|for\s+the\s+year|yearly)\b/i, 'year'],
];

/**
 * An adverb right before a figure's verb (or the figure) that makes it a value since revised: "the board
 * initially showed 197", "originally put at 40", "at first reported as 12". Compared as a base is.
 */
export const REVISED_ADVERB_BEFORE = /\b(?:initially|originally|at\s+first)\s+(?:\p{L}+\s+){0,2}(?:at\s+|as\s+)?$/iu;

/**
 * A sentence that says the figures just given may still change: "The figures are provisional until the
 * official record is published", "These results are preliminary", "The count is unofficial".
 */
export const PROVISIONAL_NOTE = /^\W*(?:the|these|those|all|both)\s+(?:\p{L}+\s+){0,2}(?:figures?|results?|counts?|tall(?:y|ies)|numbers?|totals?|tolls?)\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+|only\s+)?(?:provisional|preliminary|unofficial|unconfirmed)\b/iu;
