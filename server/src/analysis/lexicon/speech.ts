// Speech and quotation: reporting verbs, the pronouns that stand for a speaker, quotation marks, and
// the words around a quotation that say whether it is speech or a term.

import { wordSet } from './wordSet';

/** Reporting verbs that attribute speech, in the inflected forms news text uses (matched as written). */
export const SPEECH_VERBS = wordSet(`
  say, said, says, saying, tell, told, tells, add, added, adds, adding, state, stated, states, note, noted, notes,
  remark, remarked, warn, warned, warns, write, wrote, writes, written, explain, explained, argue, argued,
  insist, insisted, claim, claimed, claims, ask, asked, asks, reply, replied, continue, continued, emphasize,
  emphasized, emphasise, emphasised, stress, stressed, declare, declared, announce, announced, comment,
  commented, observe, observed, tweet, tweeted, post, posted, acknowledge, acknowledged, concede, conceded,
  caution, cautioned, urge, urged, recall, recalled, suggest, suggested, predict, predicted, promise,
  promised, vow, vowed, pledge, pledged, admit, admitted, assert, asserted, maintain, maintained, contend,
  contended, respond, responded, answer, answered, confirm, confirmed, deny, denied, describe, described,
  call, called, calls, labelled, labeled, dubbed, highlight, highlighted, point, pointed, mention, mentioned,
  indicate, indicated, reiterate, reiterated, repeat, repeated, quip, quipped, joke, joked, shout, shouted,
  cry, cried, exclaim, exclaimed, whisper, whispered, murmur, murmured, testify, testified, report,
  reported, announce, complain, complained, lament, lamented, demand, demanded, believe, believes, believed,
  think, thinks, thought, conclude, concluded, agree, agreed, counter, countered, retort, retorted,
  accuse, accused, charge, charged, allege, alleged, boast, boasted, proclaim, proclaimed, signal, signaled,
  signalled, hint, hinted, express, expressed, put, puts, summarise, summarised, summarize, summarized
`);

/** Pronouns that can stand for a speaker, with the gender they imply (null: any). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', null],
]);

/** Curly and angled marks that open a double quotation. */
export const QUOTE_OPENERS: ReadonlySet<string> = new Set(['“', '„', '«']);

/** Curly and angled marks that close a double quotation. */
export const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['”', '»']);

/**
 * An attribution inside a quotation whose closing mark is missing: ", Anna Varga said", ", he added",
 * ", the mayor told". Where it starts is where the quotation was meant to end.
 */
export const ATTRIBUTION_INSIDE =
  /,\s+((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}|(?:he|she|they|it)\s+|(?:the|a|an|its|his|her|their)\s+(?:[\p{L}’'-]+\s+){1,3})(?:said|says|added|told|wrote|noted|stated|explained|warned|insisted|continued|argued)\b/u;

/** Words that end a speaker's description after a reporting verb ("said a port official in ..."). */
export const DESCRIPTION_STOPS = wordSet(`and, or, but, that, which, who, in, on, at, with, to, of`);

/** Words right before a short quotation that make it a term rather than speech ("the so-called “...”"). */
export const TERM_INTRODUCERS = wordSet(`
  a, an, the, so-called, called, dubbed, term, termed, labelled, labeled, named, as,
  of, its, their, his, her, our, word, words, phrase, slogan, concept, idea, notion,
  known, this, that, these, those, describes, described, calls, call
`);
