// Time cues: the words around a date or weekday that say how it relates to what the text reports.

/** A preposition right before a weekday that makes the weekday date what comes before it ("… on Sunday"). */
export const DATING_WORD_BEFORE = /\b(?:on|since|last|by|until)\s+$/i;

/** Words that present a date as recent or upcoming rather than as background (group 1: the cue). */
export const RECENT_OR_UPCOMING = /\b(recently|this week|last week|next week|this month|last month|upcoming|scheduled|set for|aims?|aiming|deadline|by|will|expected|plans?|due)\b/i;
