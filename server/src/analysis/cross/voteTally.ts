// The parts of a vote's tally as distinct measured things: the votes for ("by 198 votes to 176", "197
// deputies voted in favour"), against ("… to 176", "176 against") and the abstentions ("with 12
// abstentions", "Twelve deputies abstained"). A count of voters that is no part of a tally ("171
// deputies voted to bring it down", "seven coalition deputies voted against") keeps the identity its
// clause gives. Read by identity.ts; it knows no other article.

import { ABSTAIN_WORDS, VOTE_ROUND } from '../lexicon/events';
import { ELECTION_WORDS, SEAT_NOUNS, UNWON_VERBS, VOTE_SHARE_OF } from '../lexicon/elections';
import { singular } from '../numbers';
import { OF_DETERMINERS } from '../lexicon/counting';
import { NUMBER_WORDS } from '../lexicon/units';
import type { Entity, Figure } from '../types';
import type { FactIdentity } from './factTypes';
import type { SourceArticle } from './types';

export type TallySide = 'for' | 'against' | 'abstain';

/** A number as a tally writes it: digits or a number word ("198", "ninety-one"). */
const NUMBER = String.raw`(?:\d[\d,]*|(?:${[...NUMBER_WORDS].join('|')})(?:-[a-z]+)?)`;

/** A whole word that is a number as a tally writes it. */
const NUMBER_ONLY = new RegExp(`^${NUMBER}$`);

/** "by 198 votes to 176": the first number of a tally (its votes for). "by 40 to 50" without "votes" may be any change. */
const FIRST_OF_PAIR = new RegExp(String.raw`^\s+votes?\s+to\s+${NUMBER}\b`, 'i');
/** "197 in favour", "197 deputies voted in favour", "197 votes in favor". */
const IN_FAVOUR_AFTER = /^\s+(?:[a-z]+\s+){0,2}in\s+favou?r\b/i;
/** "176 against" (a count right before "against", no verb between: a part of a tally, not a group's votes). */
const AGAINST_AFTER = /^\s+against\b/i;

/** "by 198 votes to …", "198 votes to …" right before a figure: the second number of a tally (its votes against). */
function secondOfPair(before: string): boolean {
  const ws = before.toLowerCase().trim().split(/\s+/).slice(-3);
  return ws.length === 3 && ws[2] === 'to' && (ws[1] === 'votes' || ws[1] === 'vote') && NUMBER_ONLY.test(ws[0]!);
}

/** The words right after a figure, lower-case, up to the clause's punctuation. */
function wordsAfter(text: string, f: Figure): string[] {
  return (/^[^.,;:!?()"“”]*/.exec(text.slice(f.end, f.end + 40))?.[0] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Which part of a vote's tally a count is, or undefined when it is none. */
export function tallySide(text: string, f: Figure): TallySide | undefined {
  if (f.kind !== 'count' || f.unit || f.hedge) return undefined;
  const after = text.slice(f.end, f.end + 40);
  const before = text.slice(Math.max(0, f.start - 30), f.start);
  // "12 abstentions", "Twelve deputies abstained", "nine of them abstaining".
  const ws = wordsAfter(text, f);
  const abstains = ws.slice(0, 3).findIndex((w) => ABSTAIN_WORDS.test(w));
  if (abstains === 0 || (abstains > 0 && !ws.slice(0, abstains).some((w) => OF_DETERMINERS.has(w) && w !== 'of'))) return 'abstain';
  if (/\bby\s+$/i.test(before) && FIRST_OF_PAIR.test(after)) return 'for';
  if (secondOfPair(before)) return 'against';
  if (IN_FAVOUR_AFTER.test(after)) return 'for';
  if (AGAINST_AFTER.test(after)) return 'against';
  return undefined;
}

/**
 * The round a tally belongs to: the round its own sentence names, else the one round the article names
 * before it ("In the third vote Meri won 52 … with 11 abstentions"). After several rounds, a sentence that
 * names none may be about any of them: its round is unknown, and it is compared with no named round.
 */
function roundOf(text: string, f: Figure): string | undefined {
  const end = /^[^.!?]*/.exec(text.slice(f.end))![0].length + f.end;
  const start = Math.max(text.lastIndexOf('.', f.start), text.lastIndexOf('\n', f.start)) + 1;
  const rounds = (from: number): string[] => [...text.slice(from, end).matchAll(VOTE_ROUND)].map((m) => m[1]!.toLowerCase());
  const own = rounds(start);
  if (own.length) return own[own.length - 1];
  const before = new Set(rounds(0));
  return before.size > 1 ? 'unknown' : [...before][0];
}

/** The identity of a part of a tally: the votes of that side in its round, whatever the clause's verb. */
export function tallyIdentity(text: string, f: Figure, side: TallySide): FactIdentity {
  const id: FactIdentity = side === 'abstain' ? { thing: 'vote', thingText: 'abstention', event: 'abstain' } : { thing: 'vote', thingText: 'vote', event: `vote ${side}` };
  const round = roundOf(text, f);
  if (round) id.dayOfEvent = round;
  return id;
}

/** How many words of the article must be about a vote for a candidate's bare percentage to be a share of it. */
const ELECTION_STORY_WORDS = 2;

/** The article reports a vote: it names elections, ballots, candidates, turnout (at least twice). */
function electionStory(text: string): boolean {
  return (text.match(ELECTION_WORDS)?.length ?? 0) >= ELECTION_STORY_WORDS;
}

/** A person or organisation (a party) named at a span: the one who owns a share of a vote. */
function nameIn(article: SourceArticle, from: number, to: number): Entity | undefined {
  const inside = article.analysis.entities.filter((e) => (e.type === 'person' || e.type === 'organization') && e.mentions.some((m) => m.start >= from && m.end <= to));
  return inside.find((e) => e.type === 'person') ?? inside[inside.length - 1];
}

/** The mention of a name that starts at or after `from`, the first one. */
function firstMentionAfter(article: SourceArticle, from: number, reach: number): { e: Entity; start: number; end: number } | undefined {
  let best: { e: Entity; start: number; end: number } | undefined;
  for (const e of article.analysis.entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    for (const m of e.mentions) if (m.start >= from && m.start <= from + reach && (!best || m.start < best.start)) best = { e, start: m.start, end: m.end };
  }
  return best;
}

/** How far (characters) before a share restated with "or" its count may end: "58,412 votes, or 41.8%". */
const RESTATED_REACH = 24;

/** "36.2 per cent for the incumbent, Jonas Pellick", "with 14.5 per cent for Vasch": the name after "for". */
const FOR_OWNER = /^\s+for\s+(?:(?:the|a|an)\s+[\p{L}\s-]{0,30},\s*)?(?:the\s+)?$/u;
/** "Pellick's 36.2%": a possessive right before the figure (and a hedge the figure may not hold). */
const POSSESSIVE_BEFORE = /['’]s\s+(?:(?:about|around|nearly|almost|just\s+over|just\s+under|some|roughly|a\s+mere|a\s+stunning|an?\s+[\p{L}-]+)\s+)?$/u;
/** "by 12 per cent", "up 3 per cent", "a lead of 6 per cent": a change, a margin or a share a noun names, no candidate's share. */
const NOT_A_SHARE_BEFORE = /\b(?:by|up|down|of|from|than|to\s+within)\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$/i;

/** Who a percentage of a vote belongs to: the name after "for", a possessive, the subject (or the name in apposition to it). */
function shareOwner(article: SourceArticle, f: Figure, before: string): Entity | undefined {
  const { text } = article;
  const next = firstMentionAfter(article, f.end, 50);
  if (next && FOR_OWNER.test(text.slice(f.end, next.start))) return next.e;
  const poss = POSSESSIVE_BEFORE.exec(before);
  if (poss) {
    const at = f.start - poss[0].length;
    const owner = article.analysis.entities.find((e) => (e.type === 'person' || e.type === 'organization') && e.mentions.some((m) => m.end === at));
    if (owner) return owner;
  }
  // "Mirela Dastova won 58,412 votes, or 41.8%": the share restates the count, whose subject owns both.
  const restated = /,\s+or\s+$/.test(before) ? [...article.analysis.figures].reverse().find((g) => g.end <= f.start && g.end >= f.start - RESTATED_REACH) : undefined;
  const actor = (restated ?? f).frame?.actor;
  if (!actor) return undefined;
  // "The Green candidate, Teodor Vasch, came third": the name in apposition to a described subject.
  const apposed = /^\s*,/.test(text.slice(actor.end, actor.end + 2)) ? firstMentionAfter(article, actor.end, 3) : undefined;
  // The subject's head is the name ("Mirela Dastova", "Her Civic Alliance"); a name that only owns it ("Jonas Vell's
  // party", "the party of Jonas Vell") is read elsewhere (actors.ts), as the owner of the party.
  const inside = nameIn(article, actor.start, actor.end);
  if (inside && inside.name.toLowerCase().split(/\s+/).pop() === actor.head.toLowerCase()) return inside;
  return apposed?.e.type === 'person' ? apposed.e : undefined;
}

/** "won 21 of the 51 seats": the part of a partitive of seats counts seats. */
const OF_SEATS = /^\s+of\s+(?:the|its|their)\s+(?:\d+\s+|[a-z-]+\s+)?([a-z]+)\b/i;

/** What an election result counts: "vote share" for a percentage, "seat" for seats, or undefined. */
function resultThing(f: Figure, before: string, after: string): 'vote share' | 'seat' | undefined {
  if (f.kind === 'percent') return 'vote share';
  if (f.kind !== 'count' || f.unit || /\bof\s+(?:the\s+)?$/i.test(before)) return undefined;
  const counted = f.counts ?? OF_SEATS.exec(after)?.[1];
  return counted !== undefined && SEAT_NOUNS.has(singular(counted.toLowerCase())) ? 'seat' : undefined;
}

/**
 * A candidate's or a party's result in a vote, however the sentence words it: a share of the vote ("Dastova
 * took 41.8 per cent of the vote", "36.2 per cent for the incumbent, Jonas Pellick", "Pellick's 35.2%", "came
 * third with 14.5 per cent", "fell to 35.2 per cent") or the seats it won ("won 21 of the 51 seats", "rose to
 * 21 seats", "grabbed 23 seats on the council"). The owner is the measured thing's owner, the verb no part of
 * it: the result of one owner in one round is one quantity. A percentage of something else ("of the market",
 * "by 3 per cent", "up 2 per cent", "a 5 per cent stake") is none, nor are seats needed or hoped for; outside
 * a report of a vote only "of the vote" makes a share of one.
 */
export function voteShare(article: SourceArticle, f: Figure): FactIdentity | undefined {
  const { text } = article;
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const after = text.slice(f.end, f.end + 40);
  const thing = resultThing(f, before, after);
  if (!thing) return undefined;
  const ofVote = thing === 'vote share' && VOTE_SHARE_OF.test(after);
  // "a 5 per cent stake", "41 per cent of the market": a noun after the figure names what it is a share of.
  if (thing === 'vote share' && !ofVote && (f.counts !== undefined || /^\s+of\b/i.test(after))) return undefined;
  if (NOT_A_SHARE_BEFORE.test(before) || (!ofVote && !electionStory(text))) return undefined;
  if (f.frame?.verb && UNWON_VERBS.has(f.frame.verb.lemma)) return undefined;
  const owner = shareOwner(article, f, before);
  if (!owner) return undefined;
  const id: FactIdentity =
    thing === 'seat'
      ? { thing: 'seat', thingText: `seats won by ${owner.name}`, thingIsSubject: true, quantityNamed: true }
      : { thing: 'vote share', thingText: `the share of the vote of ${owner.name}`, thingIsSubject: true, quantityNamed: true };
  // Won, whatever the verb: seats or a share needed or hoped for is another quantity.
  Object.assign(id, { event: 'win', actor: owner.name.toLowerCase(), actorText: owner.name, actorEntity: owner.id, actorAgent: true });
  const round = roundOf(text, f);
  if (round) id.dayOfEvent = round;
  return id;
}
