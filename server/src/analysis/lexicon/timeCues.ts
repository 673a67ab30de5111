// Time cues: the words around a date or weekday that say how it relates to what the text reports.

import { wordSet } from './wordSet';

/** A preposition right before a weekday that makes the weekday date what comes before it ("… on Sunday"). */
export const DATING_WORD_BEFORE = /\b(?:on|since|last|by|until)\s+$/i;

/**
 * Between a figure and a later weekday, words that put the day on another, later event: "replaced six
 * ministers ahead of a confidence vote on Thursday" (the vote is on Thursday, not the replacing).
 */
/**
 * Before a weekday, a cue that a running total stood at its value by then: "by Wednesday evening", "as of
 * Tuesday", "by late Monday". The weekday says how far the count had got, not when its event happened.
 */
export const STANDING_BEFORE = /\b(?:by|as\s+of|as\s+at)\s+(?:late\s+|early\s+)?$/i;

export const LATER_EVENT_BETWEEN = /\b(?:ahead\s+of|in\s+the\s+run-up\s+to|prior\s+to)\b/i;

/** "the first … in" right before a duration: it is a wait since the last time ("the first title in 31 years"). */
export const SINCE_LAST_BEFORE = /\bfirst\s(?:[\p{L}'’-]+\s){0,4}in\s+$/iu;

/** Words that look ahead from the time of writing, never from a past one ("will", "is due"; not "would", "was expected"). */
export const AHEAD_NOW_MARKERS = /\b(?:will|shall|(?:is|are)\s+(?:due|scheduled|expected|set|planned|to\s+be)|(?:plans|aims|intends)\s+to|expects|forecasts|predicts|projects|(?:does|do)(?:\s+not|n['’]t)?\s+(?:expect|forecast|predict|see))\b/i;

/** A part of a year written before it ("the first quarter of", "the second half of", "the end of"): when in that year. */
export const YEAR_PART_BEFORE = /\b(?:the\s+)?(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|start|beginning|middle|end)\s+of\s+$/i;

/** Prepositions before a year that make it the time of the verb before them ("will reopen in 2027", "by 2027", "not until 2027"). */
export const YEAR_OF_VERB_BEFORE = /\b(?:in|by|until|till|before)\s+$/i;

/**
 * Words before a date that make it the end of a term ("runs until 31 May 2028", "binding until", "expires
 * on"): a date after the story's own is what the term's end is, never a slip of the story's year.
 */
export const TERM_END_BEFORE = /\b(?:until|till|through|to|expires?(?:\s+on|\s+in)?|expiring(?:\s+on|\s+in)?|ends?\s+on)\s+$/i;

/** Words in a verb phrase that put what it dates in the future ("will meet", "is due", "aims"), not in what a report has seen. */
export const FUTURE_MARKERS = /\b(?:will|would|shall|due|scheduled|expected|expects?|plans?|planned|aims?|intends?|set to|to be|upcoming|deadline)\b/i;

/**
 * Verbs that ask someone to do something by a time ("has asked inspectors to report by", "was told to
 * leave by", "ordered the firm to pay by"): with an infinitive after them and "by" or "before" right
 * before a date, the date is a deadline the request looks ahead to.
 */
export const REQUEST_VERBS: ReadonlySet<string> = new Set([
  'ask', 'asks', 'asked', 'tell', 'tells', 'told', 'order', 'orders', 'ordered', 'instruct', 'instructs', 'instructed',
  'require', 'requires', 'required', 'urge', 'urges', 'urged', 'invite', 'invites', 'invited', 'direct', 'directs', 'directed',
  'give', 'gives', 'given', 'gave', 'allow', 'allows', 'allowed', 'oblige', 'obliges', 'obliged',
  'summon', 'summons', 'summoned', 'call', 'calls', 'called', 'request', 'requests', 'requested', 'press', 'pressed', 'mandate', 'mandated',
]);

/** Words right before a date that make it a deadline ("by 30 June", "before 1 May", "no later than"). */
export const DEADLINE_BEFORE = /\b(?:by|before|no\s+later\s+than)\s+$/i;

/**
 * States that last and are said to run "from" the day they begin ("three days of mourning from Friday", "a
 * 48-hour strike from Monday", "a curfew from Saturday"): the noun right before "from" and a date.
 */
export const PERIOD_NOUNS: ReadonlySet<string> = new Set([
  'mourning', 'strike', 'walkout', 'curfew', 'ceasefire', 'truce', 'lockdown', 'blockade', 'boycott', 'embargo',
  'moratorium', 'quarantine', 'ban', 'freeze', 'shutdown', 'closure', 'stoppage', 'suspension', 'restrictions',
  'sanctions', 'rationing', 'emergency', 'alert', 'holiday', 'amnesty', 'occupation', 'siege', 'tariffs', 'tariff',
]);

/** Words right after a date that make "from" open a range, not a start ("from Monday to Friday"). */
export const RANGE_AFTER = /^\s*(?:to|until|till|through|and|[-–—])(?=\s|\d|$)/i;

/**
 * Things that are built and then opened, whose year written before their noun ("the 1968 bridge", "the
 * crumbling 1991 stadium") is the year they opened: structures, not events ("the 2019 final") or documents.
 */
export const BUILT_THINGS: ReadonlySet<string> = new Set([
  'bridge', 'dam', 'tunnel', 'stadium', 'arena', 'spaceport', 'airport', 'station', 'terminal', 'building', 'tower',
  'refinery', 'port', 'harbour', 'harbor', 'hospital', 'church', 'cathedral', 'mosque', 'temple', 'museum', 'theatre',
  'theater', 'pier', 'canal', 'motorway', 'highway', 'railway', 'pipeline', 'reactor', 'lighthouse', 'prison', 'jail',
  'palace', 'castle', 'library', 'barrage', 'levee', 'embankment', 'reservoir', 'viaduct', 'overpass', 'flyover', 'crossing',
]);

/** Prepositions between an event noun and its date ("his resignation on Tuesday", "her appointment in June"). */
export const DATING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at']);

/** Prepositions between an act noun and the day it is set for ("called a strike for 5 May", "a vote on Tuesday"). */
export const ACT_DATING_PREPOSITIONS: ReadonlySet<string> = new Set([...DATING_PREPOSITIONS, 'for']);

/**
 * A plan told in the past ("had been due to be signed on Tuesday", "was scheduled to open on Monday",
 * "was to have met on Friday", "was not expected to open before 2016"): the date is when the act was meant
 * to happen, not when it did.
 */
export const PAST_PLAN = /\b(?:(?:had\s+been|was|were)(?:\s+not)?\s+(?:due|scheduled|expected|set|planned|supposed|meant|slated)\s+to|(?:was|were)\s+to\s+(?:be|have))\b/i;

/** A verb that looks ahead from a past day ("it would have been", "would open"): the future of then, not of now. */
export const PAST_PERSPECTIVE = /\bwould\b/i;

/** First words of a verb phrase that put its act before the time of writing ("was appointed", "had met", "has signed"). */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'has', 'have', 'did']);

/** First words of a verb phrase that put its act after the time of writing ("will meet", "shall vote"). */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'shall']);

/** Words inside a date that place it relative to the time of writing on their own ("last June", "next May"). */
export const RELATIVE_DATE_WORDS = /\b(?:last|next|this|ago|coming|past)\b/i;

/** Words that present what a sentence reports as recent (group 1: the cue). */
/** "the second day of the trial", "day three of the summit", "the opening day of": one day of an event that spans several. */
export const DAY_OF_EVENT = /\b(?:(first|second|third|fourth|fifth|sixth|seventh|final|last|opening|closing)\s+day|day\s+(one|two|three|four|five|six|seven|\d{1,2}))\s+(?:of|at|in)\b/i;

/**
 * Events that run over several days: "results at the tournament on Saturday" or "beat Red Star in the
 * tournament on Wednesday" date one day of it, so two such dates are two days, not one event dated twice;
 * a session or a round is one of several of a summit or talks ("Monday's session", "Tuesday's session").
 */
export const MULTI_DAY_EVENTS: ReadonlySet<string> = new Set([
  'tournament', 'championship', 'championships', 'festival', 'conference', 'congress', 'summit', 'games', 'olympics',
  'series', 'session', 'sessions', 'round', 'season', 'campaign', 'trial', 'hearings', 'talks', 'negotiations', 'fair', 'exhibition', 'tour', 'war', 'crisis',
]);

/**
 * Endings of nouns that name one action (an evacuation, an appointment, a resignation): the subject of a
 * dated verb that ends so names the event it dates, as "the strike" or "the final" do.
 */
export const ACTION_NOUN_ENDING = /(?:ation|ition|ution|sion|ment)$/;

export const RECENCY_CUES = /\b(recently|lately|this week|last week|this month|last month|in recent (?:days|weeks)|days ago|earlier this (?:week|month))\b/i;


/** Words that say a clock time is before or after midday ("a.m.", "pm"), lower-case without the final dot. */
export const MERIDIEMS: ReadonlyMap<string, 'am' | 'pm'> = new Map([
  ['a.m', 'am'], ['am', 'am'], ['p.m', 'pm'], ['pm', 'pm'],
]);

/** Time zones written after a clock time; a time without one is local time. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'msk', 'ist', 'jst', 'aest',
]);

/** Words before "noon" or "midnight" that make it a time of day ("at noon"), not a noun. */
export const CLOCK_WORD_BEFORE: ReadonlySet<string> = new Set(['at', 'by', 'before', 'after', 'around', 'about', 'until', 'till']);

/** Clock words that are a time of day by themselves. */
export const CLOCK_WORDS: ReadonlyMap<string, number> = new Map([['noon', 12 * 3600], ['midday', 12 * 3600], ['midnight', 0]]);

/**
 * Hedges before a time of day and the interval (minutes before, minutes after) they give it: "about
 * 4:50" may be a quarter of an hour either way, "shortly before 5" up to half an hour before.
 */
export const TIME_HEDGES: ReadonlyArray<readonly [readonly string[], string, number, number]> = [
  [['shortly', 'before'], 'shortly before', -30, 0],
  [['just', 'before'], 'shortly before', -30, 0],
  [['soon', 'before'], 'shortly before', -30, 0],
  [['shortly', 'after'], 'shortly after', 0, 30],
  [['just', 'after'], 'shortly after', 0, 30],
  [['soon', 'after'], 'shortly after', 0, 30],
  [['about'], 'about', -15, 15],
  [['around'], 'about', -15, 15],
  [['approximately'], 'about', -15, 15],
  [['roughly'], 'about', -15, 15],
  [['some'], 'about', -15, 15],
  [['before'], 'before', -24 * 60, 0],
  [['by'], 'before', -24 * 60, 0],
  [['after'], 'after', 0, 24 * 60],
];

/**
 * Acts that happen once to one thing (a thing, not a person: schools, ferries, the campaign, the storm):
 * it begins, ends, is suspended, reopens, resumes, comes ashore once in a story, so two reports' days of
 * one such act of the same thing are one event told two ways ("schools will reopen on Monday", "schools
 * would reopen on Wednesday").
 */
export const ONCE_ACTS: ReadonlySet<string> = wordSet('begin, end, resume, reopen, suspend, lift, landfall');

/**
 * Things that start and stop again and again (a trading day, play, a session, a search), or whose level
 * moves every day: the days their acts are told on are different days, never one act dated twice.
 */
export const RECURRING_THINGS: ReadonlySet<string> = wordSet(`
  share, stock, market, index, bourse, exchange, currency, bond, price, trading, play, match, game, race,
  session, talks, talk, search, hearing, trial, shift, day, week, round, stage`);
