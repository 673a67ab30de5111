// The parts of a vote's tally as distinct measured things: the votes for ("by 198 votes to 176", "197
// deputies voted in favour"), against ("… to 176", "176 against") and the abstentions ("with 12
// abstentions", "Twelve deputies abstained"). A count of voters that is no part of a tally ("171
// deputies voted to bring it down", "seven coalition deputies voted against") keeps the identity its
// clause gives. Read by identity.ts; it knows no other article.

import { ABSTAIN_WORDS, VOTE_ROUND } from '../lexicon/events';
import { OF_DETERMINERS } from '../lexicon/counting';
import { NUMBER_WORDS } from '../lexicon/units';
import type { Figure } from '../types';
import type { FactIdentity } from './factTypes';

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
