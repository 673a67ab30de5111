// The subject of a figure's verb (figures/frame.ts): the noun phrase before the verb, through a relative
// pronoun to its antecedent, past prepositional phrases and appositives, or the sentence's subject in an
// earlier segment when the clause starts with its verb.

import { CLAUSE_OPENERS, EMPTY_MEASURES, OCCURRENCE_BEFORE, RAISING_VERBS, SUBJECT_RELATIVES } from '../lexicon/events';
import { VAGUE_GROUPS, VAGUE_PLURALS } from '../lexicon/units';
import { INTERPOSED_ADVERBS } from '../lexicon/counting';
import { SPEECH_VERBS } from '../lexicon/speech';
import { POSITION_PREPOSITIONS } from '../lexicon/spans';
import { singular } from '../numbers';
import type { Token } from '../tokens';
import { verbLemma } from './wordForms';
import { has, isCopula, isNoun, isNounAt, isPossessive, isVerb, perfectAuxiliary, segmentIndex, word, type Sent } from './frameWords';

export interface Actor {
  head: string;
  text: string;
  start: number;
  end: number;
  /** Token index of the head. */
  k: number;
  /** The head with a noun before it ("death toll"), for a measured quantity. */
  measure: string;
}

/** The subject of the verb at v: the noun phrase before it, through a relative pronoun or from an earlier segment. */
export function subjectOf(s: Sent, v: number, clauseStart: number): Actor | undefined {
  let j = v - 1;
  while (j >= clauseStart && (verbGroupWord(s.toks[j]) || OCCURRENCE_BEFORE.has(word(s.toks[j])) || interposed(s, j, clauseStart) || perfectAuxiliary(s, j))) j--;
  const object = infinitiveSubject(s, j, clauseStart);
  if (object) return object;
  j = beforeReporting(s, j, clauseStart);
  if (j >= clauseStart && !CLAUSE_OPENERS.has(word(s.toks[j]))) {
    const before = subjectBefore(s, clauseStart, j);
    // "The ban, which …, is expected to last twelve weeks": a clause of verbs only hangs on the sentence's subject (below).
    if (before || !verbGroupOnly(s, clauseStart, v)) return before;
  }
  // The clause starts with the verb or a relative pronoun: the subject is the noun phrase the clause hangs on.
  const si = segmentIndex(s, v);
  const opener = j >= clauseStart ? j : clauseStart - 1;
  // "after a count that lasted 16 hours": a relative pronoun right after its antecedent hangs on that
  // noun, not on the phrase a preposition before it hangs on ("emerged … after a count"); only "of" joins
  // a noun to the one it completes ("the capsizing of the ferry that").
  if (opener >= s.lo && opener > s.segs[si]![0] && SUBJECT_RELATIVES.has(word(s.toks[opener]))) return subjectBefore(s, s.segs[si]![0], opener - 1, true);
  const relative = opener >= s.lo && opener === s.segs[si]![0] && SUBJECT_RELATIVES.has(word(s.toks[opener]));
  // ", which lasted": the phrase right before the comma.
  if (relative && si > 0) return subjectBefore(s, s.segs[si - 1]![0], s.segs[si - 1]![1] - 1);
  // ", valued at €800,000", ", estimated at 4,000": a past participle opening its clause before "at" or
  // "by" is a reduced passive relative, about the phrase right before the comma, as ", which was valued at".
  if (si > 0 && j < clauseStart && reducedPassive(s, v)) return subjectBefore(s, s.segs[si - 1]![0], s.segs[si - 1]![1] - 1);
  return sentenceSubject(s, si);
}

/**
 * "a plan the ministry says will save 420 million", "which the council says will cost": a reporting clause (a
 * subject and a speech verb) between a noun phrase or a relative pronoun and the verb is a parenthesis. The
 * index of the word before it (j itself when there is none).
 */
function beforeReporting(s: Sent, j: number, clauseStart: number): number {
  if (j - 1 < clauseStart || !SPEECH_VERBS.has(word(s.toks[j])) || !isNounAt(s, j - 1) || /[,;:]/.test(s.toks[j - 1]!.post)) return j;
  const reporter = subjectBefore(s, clauseStart, j - 1);
  if (!reporter) return j;
  let p = j - 1;
  while (p > clauseStart && s.toks[p - 1]!.start >= reporter.start) p--;
  const b = p - 1;
  if (b < clauseStart - 1 || b < s.lo || /[,;:]/.test(s.toks[b]!.post)) return j;
  return isNounAt(s, b) || SUBJECT_RELATIVES.has(word(s.toks[b])) ? b : j;
}

/** A past participle right before "at" or "by" ("valued at", "estimated by"): a passive with no auxiliary. */
function reducedPassive(s: Sent, v: number): boolean {
  const t = s.toks[v]!;
  return (has(t, 'PastTense') || has(t, 'Participle')) && /(?:ed|en)$/.test(word(t)) && /^(?:at|by)$/.test(word(s.toks[v + 1]));
}

/**
 * "Southmere expects the ban to last eight weeks": after a verb of expecting or asking, the noun right
 * before "to" (at j) is who or what does it ("pared losses to close lower" is the shares' closing, not the losses').
 */
function infinitiveSubject(s: Sent, j: number, clauseStart: number): Actor | undefined {
  if (j - 1 < clauseStart || word(s.toks[j]) !== 'to' || !isNounAt(s, j - 1) || has(s.toks[j - 1], 'Pronoun')) return undefined;
  const np = subjectBefore(s, clauseStart, j - 1);
  if (!np) return undefined;
  let p = np.k;
  while (p > clauseStart && s.toks[p]!.start > np.start) p--;
  const verb = s.toks[p - 1];
  return verb && RAISING_VERBS.has(verbLemma(word(verb))) ? np : undefined;
}

/**
 * A clause starting with its verb: the sentence's subject, before any appositive or parenthesis
 * ("About 900 miners, members of the union (HMU), walked out": the miners). si: the clause's segment.
 */
function sentenceSubject(s: Sent, si: number): Actor | undefined {
  let subject: number | undefined;
  for (let k = si - 1; k >= 0; k--) {
    const [a, b] = s.segs[k]!;
    const first = s.toks[a]!;
    // "About 900 miners" is a noun phrase, "On Friday" is not.
    const adverbial = has(first, 'Preposition') && !has(s.toks[a + 1], 'Value');
    if (CLAUSE_OPENERS.has(word(first)) || has(first, 'Verb') || adverbial) {
      if (subject !== undefined) break;
      continue;
    }
    if (subject !== undefined && hasVerb(s, a, b)) break;
    subject = k;
    if (hasVerb(s, a, b)) break;
  }
  return subject === undefined ? undefined : firstNounPhrase(s, s.segs[subject]![0], s.segs[subject]![1]);
}

/** "had now been sealed": a word the tagger may misread between an auxiliary (before it) and the verb. */
function interposed(s: Sent, j: number, clauseStart: number): boolean {
  if (!INTERPOSED_ADVERBS.has(word(s.toks[j]))) return false;
  const p = j - 1 >= clauseStart && INTERPOSED_ADVERBS.has(word(s.toks[j - 1])) ? j - 2 : j - 1;
  return p >= clauseStart && (has(s.toks[p], 'Auxiliary') || has(s.toks[p], 'Modal') || has(s.toks[p], 'Copula') || perfectAuxiliary(s, p));
}

/** An auxiliary, a modal, an adverb or a negation: a word of the verb group before its verb. */
function verbGroupWord(t: Token | undefined): boolean {
  return has(t, 'Auxiliary') || has(t, 'Copula') || has(t, 'Modal') || has(t, 'Adverb') || has(t, 'Negative');
}

/**
 * Tokens [from, to) are a verb group only: auxiliaries, modals, adverbs, verbs, "to" ("is expected to")
 * and a word of which time the act is ("first published", "next appeared").
 */
function verbGroupOnly(s: Sent, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.toks[k];
    if (!(verbGroupWord(t) || has(t, 'Verb') || word(t) === 'to' || OCCURRENCE_BEFORE.has(word(t)))) return false;
  }
  return true;
}

export function hasVerb(s: Sent, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (isVerb(s, m) || isCopula(s.toks[m])) return true;
  return false;
}

/**
 * The subject that ends at token j: the noun phrase right before the verb, or, when that phrase hangs on
 * a preposition ("the toll from the capsizing of the ferry rose"), the phrase the prepositions hang on.
 */
export function subjectBefore(s: Sent, from: number, j: number, ofOnly = false): Actor | undefined {
  let end = j;
  for (let guard = 0; guard < 6 && end >= from; guard++) {
    let start = end;
    const inPhrase = (t: Token | undefined): boolean => isNoun(t) || has(t, 'Adjective') || has(t, 'Determiner') || has(t, 'Possessive') || has(t, 'Value');
    // A determiner opens the phrase: "At midday the index rose" is about the index.
    while (start - 1 >= from && inPhrase(s.toks[start - 1]) && !has(s.toks[start], 'Determiner')) start--;
    if (!isNounAt(s, end)) return firstNounPhrase(s, from, j + 1);
    const before = s.toks[start - 1];
    // "Hundreds of protesters marched": a word of vague amount before "of" says how many, the noun after it who.
    const vague = word(before) === 'of' && start - 2 >= from && (VAGUE_PLURALS.has(word(s.toks[start - 2])) || VAGUE_GROUPS.has(word(s.toks[start - 2])));
    // "The levee below the old tannery", "a dam above the town": a place word compromise may not tag a preposition.
    const preposition = has(before, 'Preposition') || POSITION_PREPOSITIONS.has(word(before));
    // "A levee protecting the lower town gave way": a participle phrase after the subject's noun modifies it.
    if (!ofOnly && start - 2 >= from && has(before, 'Gerund') && isNounAt(s, start - 2)) {
      end = start - 2;
      continue;
    }
    if (start - 1 >= from && preposition && start - 2 >= from && (!ofOnly || word(before) === 'of') && !vague) {
      end = start - 2;
      while (end >= from && !isNounAt(s, end)) end--;
      continue;
    }
    let head = end;
    // "the number of people killed": look through a noun that only says how many.
    if (EMPTY_MEASURES.has(singular(word(s.toks[head])))) return actorAt(s, start, head);
    while (head > start && has(s.toks[head], 'Possessive')) head--;
    return actorAt(s, start, head);
  }
  return firstNounPhrase(s, from, j + 1);
}

/** The head of the first noun phrase in [from, to): the last noun before a preposition or verb. */
export function firstNounPhrase(s: Sent, from: number, to: number): Actor | undefined {
  let head = -1;
  let start = -1;
  for (let k = from; k < to; k++) {
    const t = s.toks[k]!;
    if (t.text === '') continue;
    // "the Lorsk-bound jet": the parts of a hyphen compound modify the word after it, which is the head.
    const compound = /-$/.test(t.post) || /-$/.test(s.toks[k - 1]?.post ?? '');
    const afterCompound = k - 2 >= from && /-$/.test(s.toks[k - 2]!.post) && !/-$/.test(t.post);
    if (compound && !afterCompound) {
      if (start < 0) start = k;
    } else if (isNounAt(s, k) || (afterCompound && !has(t, 'Preposition') && !has(t, 'Determiner'))) {
      if (start < 0) start = k;
      head = k;
      if (has(t, 'Possessive') && !isNoun(s.toks[k + 1])) break;
    } else if (head >= 0 && !has(t, 'Adjective')) break;
    else if (start < 0 && (has(t, 'Determiner') || has(t, 'Adjective'))) start = k;
  }
  return head >= 0 ? actorAt(s, start, head) : undefined;
}

export function actorAt(s: Sent, from: number, head: number): Actor {
  const h = s.toks[head]!;
  // "the 12-point draft", "the packaged-food group": compromise splits a hyphen compound; all of it belongs to the phrase.
  let start = from;
  while (start - 1 >= s.lo && /-$/.test(s.toks[start - 1]!.post)) start--;
  if (start < from && has(s.toks[start - 1], 'Determiner')) start--;
  const headWord = has(h, 'ProperNoun') ? word(h) : singular(word(h));
  const prev = s.toks[head - 1];
  const measure = head - 1 >= start && isNoun(prev) && !has(prev, 'ProperNoun') && !isPossessive(prev) ? `${singular(word(prev))} ${headWord}` : headWord;
  const text = s.toks
    .slice(start, head + 1)
    .map((t, i) => (i === head - start ? t.text.replace(/[’']s$/, '') : t.text) + (/-$/.test(t.post) && i < head - start ? '-' : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return { head: headWord, text, start: s.toks[start]!.start, end: h.end, k: head, measure };
}
