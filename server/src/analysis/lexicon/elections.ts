// Election words of the cross-source fact alignment: what makes an article a report of a vote, what a share of
// a vote is "of", what a party's seats are counted in, and verbs of seats or shares not won (cross/voteTally.ts).
import { wordSet as words } from './wordSet';

/** Words that make an article a report of a vote (an election, a referendum, a ballot): a candidate's percentage there is a share of the vote. */
export const ELECTION_WORDS = /\b(?:elections?|electoral|votes?|voted|voters?|ballots?|polls?|polling|candidates?|run-?offs?|referendum|turnout|constituency|electorate|re-?elected|elected)\b/gi;

/** What a percentage "of" is when it is a share of a vote: "41.8 per cent of the vote", "of votes cast", "of the ballots". */
export const VOTE_SHARE_OF = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:votes?|ballots|poll)\b/iu;

/** The nouns a party's result in seats is counted in ("21 seats", "eight mandates"). */
export const SEAT_NOUNS: ReadonlySet<string> = words('seat, mandate');

/** Verbs of seats or votes not (yet) won: "will need 26 seats for a majority", "hopes to win 30", "is projected to take 40 per cent". */
export const UNWON_VERBS: ReadonlySet<string> = words('need, require, want, hope, aim, target, seek, expect, forecast, predict, project, lack, fall short');
