// Speech and quotation: reporting verbs, the pronouns that stand for a speaker, the nouns that refer back
// to a named person or organisation, quotation marks, and the words around a quotation that say whether
// it is speech or a term.

import { wordSet } from './wordSet';

/**
 * Reporting verbs of English news, in their base form: the verbs that can introduce or follow a
 * quotation ("…,” she revealed), be inverted with their subject ("said the minister") or head a
 * participle ("adding: “…”"). Every inflection is derived from these (SPEECH_VERBS).
 */
export const SPEECH_LEMMAS = wordSet(`
  say, tell, add, state, note, remark, warn, write, explain, argue, insist, claim, ask, reply, continue,
  emphasize, emphasise, stress, declare, announce, comment, observe, tweet, post, acknowledge, concede,
  caution, urge, recall, suggest, predict, promise, vow, pledge, admit, assert, maintain, contend, respond,
  answer, confirm, deny, describe, call, label, dub, highlight, point, mention, indicate, reiterate, repeat,
  quip, joke, shout, cry, exclaim, whisper, murmur, mutter, testify, report, complain, lament, demand,
  believe, think, conclude, agree, counter, retort, accuse, charge, allege, boast, brag, proclaim, signal,
  hint, express, put, summarise, summarize, reveal, disclose, divulge, elaborate, underline, underscore,
  recount, muse, wonder, advise, assure, reassure, affirm, apologise, apologize, appeal, beg, chime,
  clarify, confide, confess, demur, echo, grumble, growl, hail, implore, inform, instruct, interject,
  interrupt, marvel, object, opine, plead, posit, pronounce, protest, reason, rebut, reckon, recommend,
  reflect, relate, remind, scoff, scream, sigh, snap, sneer, speculate, stammer, tease, theorise, theorize,
  threaten, tout, vent, venture, yell, text, message, email, blog, concur, shrug, swear, stipulate, voice,
  read, lecture, rage, fume, gush, enthuse, rave, thunder, bark, bellow, cheer, sob, weep, smile, laugh,
  grin, sniff, huff, chuckle, speak
`);

/** Past forms and participles no spelling rule derives from the base form. */
export const IRREGULAR_SPEECH_FORMS = wordSet(`
  said, told, wrote, written, thought, put, read, swore, sworn, spoke, spoken
`);

/** Particles after a reporting verb that make it an act, not speech: "were sworn in", "called off the strike". */
export const ACT_PARTICLES = wordSet(`in, off`);

/**
 * Reporting verbs that are an act of their own when they report nothing ("conceded on Sunday night",
 * "conceded defeat", "apologised on Monday"): no quotation, no "that" clause. Written forms.
 */
export const ACTS_WHEN_UNREPORTED = wordSet(`
  concede, concedes, conceded, conceding, apologise, apologises, apologised, apologising, apologize,
  apologizes, apologized, apologizing
`);

/** Every written form of the reporting verbs: said, says, saying, revealed, quipped, tweets, … */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...inflections(SPEECH_LEMMAS), ...IRREGULAR_SPEECH_FORMS]);

/**
 * The regular inflections of English verbs, generously: both "quipped" and "quiped" are produced, since
 * a recognition set only needs to contain the real form, and nobody writes the other.
 */
function inflections(lemmas: Iterable<string>): string[] {
  const out: string[] = [];
  for (const v of lemmas) {
    const stem = v.endsWith('e') ? v.slice(0, -1) : v;
    const doubled = v + v.slice(-1);
    const yStem = /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'i' : null;
    out.push(v, v + 's', v + 'es', stem + 'ed', stem + 'ing', v + 'ing', doubled + 'ed', doubled + 'ing');
    if (yStem) out.push(yStem + 'es', yStem + 'ed');
  }
  return out;
}

/** Pronouns that can stand for a speaker, with what they refer to: a man, a woman, an organisation, any. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'org' | 'plural'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['it', 'org'],
  ['they', 'plural'],
  ['we', 'plural'],
  ['i', 'plural'],
]);

/** Pronouns that, after a person is named, say the person is a man or a woman ("Varga said his …"). */
export const GENDERED_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
]);

/**
 * Nouns for a statement, which speaks for whoever issued it: "the ministry's statement said", "a
 * statement from the Harbour Board said", "his statement said". (A spokesperson with no name does not:
 * "a spokesman for the board said" names nobody.)
 */
export const STATEMENT_NOUNS = wordSet(`
  statement, statements, communique, communiqué, release, announcement, bulletin, declaration
`);

/** Possessive pronouns and the speaker pronoun each stands for ("his statement" → he). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);

/** Conjunctions that join a second verb to the subject of the first ("Varga lost but did say: …"). */
export const COORDINATORS = wordSet(`and, but, yet`);

/**
 * Nouns for a business that refer back to the organisation last named when no name holds the word:
 * "Vardenic … The company said" (the tyre maker is the company).
 */
export const COMPANY_REFERENCES = wordSet(`
  company, firm, group, corporation, conglomerate, concern, business, carrier, airline, bank, lender,
  insurer, broker, brokerage, maker, manufacturer, producer, retailer, operator, exporter, importer, miner,
  refiner, utility, giant, chain, developer, supplier, distributor
`);

/**
 * Nouns for an institution that refer back to an organisation whose name holds the word: "the ministry"
 * is the Foreign Ministry named before, "the court" the Supreme Court; never a guess beyond that.
 */
export const INSTITUTION_REFERENCES = wordSet(`
  agency, ministry, department, office, government, cabinet, administration, council, committee,
  commission, board, authority, regulator, court, tribunal, union, federation, association, party,
  movement, organisation, organization, alliance, coalition, club, team, newspaper, paper, daily,
  broadcaster, channel, network, station, army, military, police, navy, service, institute, foundation,
  fund, exchange, bourse, parliament, assembly, senate, congress, embassy, consulate, mission,
  secretariat, watchdog, university, school, hospital, bank, agency, church, league, federation
`);

/** Curly and angled marks that open a double quotation. */
export const QUOTE_OPENERS: ReadonlySet<string> = new Set(['“', '„', '«']);

/** Curly and angled marks that close a double quotation. */
export const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['”', '»']);

/**
 * An attribution inside a quotation whose closing mark is missing: ", Anna Varga said", ", he added",
 * ", the mayor told". Where it starts is where the quotation was meant to end.
 */
export const ATTRIBUTION_INSIDE =
  /,\s+((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}|(?:he|she|they|it)\s+|(?:the|a|an|its|his|her|their)\s+(?:[\p{L}’'-]+\s+){1,3})(?:said|says|added|told|wrote|noted|stated|explained|warned|insisted|continued|argued|revealed|stressed|posted|conceded)\b/u;

/** Words right before a short quotation that make it a term rather than speech ("the so-called “...”"). */
export const TERM_INTRODUCERS = wordSet(`
  a, an, the, so-called, called, dubbed, term, termed, labelled, labeled, named, as,
  of, its, their, his, her, our, word, words, phrase, slogan, concept, idea, notion,
  known, this, that, these, those, describes, described, calls, call
`);

/** Prepositions that tie a spokesperson or a statement to the organisation it speaks for. */
export const VOICE_PREPOSITIONS = wordSet(`for, of, from, by, at`);

/** Words that open a relative clause set off by commas ("Varga, who leads the union, said"). */
export const RELATIVE_WORDS = wordSet(`who, whom, whose, which, where`);

/** The finite past forms of "be": finite wherever they stand, never an adjective inside a phrase. */
export const FINITE_BE = wordSet(`was, were`);

/**
 * Verbs that report an act or a state rather than name one: "17 people are known to have died", "nine
 * are feared dead", "40 are believed to be trapped", "12 were reported killed". The act is the one after them.
 */
export const REPORTING_VERBS: ReadonlySet<string> = wordSet('know, believe, think, fear, report, say, confirm, presume, suspect, understand, estimate, declare, list');

/** Words that deny what a sentence says: two wordings of one line agree in them ("we will not close" is no rewording of "we will close"). */
export const NEGATION_WORDS = wordSet(`not, never, no, nothing, nobody, none, neither, nor, cannot, without, nowhere`);
