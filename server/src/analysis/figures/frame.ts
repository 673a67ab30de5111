// Where a figure sits in its sentence: the verb it belongs to, that verb's subject, the noun that names
// what is measured and the words that narrow it, read from compromise's tags on the shared token stream.
// The cross-source alignment compares these frames to decide which figures of two articles measure the
// same thing ("12 people were killed" and "the toll rose to 27" do; "41 killed" and "195 on board" do not).
//
// A sentence is cut into segments at commas, semicolons, colons, dashes, brackets and quotation marks;
// a figure's clause is the part of its segment after the last clause opener ("which", "when", …). In its
// clause the figure is the subject of the verb after it ("41 people died") or the object or complement
// of the verb before it ("lasted 14 hours", "rose to 27"); that verb's subject is looked for before the
// verb, in an earlier segment when the clause starts with the verb ("Kick-off, scheduled for 7.45pm, was
// delayed by 25 minutes"), and through a relative pronoun to its antecedent ("the search, which lasted").
// An appositive or a parenthesis between a subject and its verb is stepped over both ways ("About 900
// miners, members of the union (HMU), walked out": the figure's verb is "walked out", its subject the miners).

import { CAPACITY_WORDS, CLAUSE_OPENERS, DEPRIVING_VERBS, EVENT_NOUNS, NOUN_PHRASE_PREPOSITIONS, PLACE_COORDINATORS, PLACE_PREPOSITIONS, EMPTY_MEASURES, EVENT_CLASSES, LENGTH_PREPOSITIONS, LEVEL_VERBS, PART_PRONOUNS, PREDICATE_COORDINATORS, PROVISIONAL_CUES, RATE_ADJECTIVES, RATE_AFTER_FIGURE, RISING_VERBS } from '../lexicon/events';
import { REVISION_VERBS } from '../lexicon/deals';
import { OF_DETERMINERS } from '../lexicon/counting';
import { SPEECH_VERBS } from '../lexicon/speech';
import { singular } from '../numbers';
import type { Token, Tokenized } from '../tokens';
import type { Figure, FigureFrame } from '../types';
import { firstStartingAtOrAfter } from '../util/search';
import { readForcesAndScales } from './frameForces';
import { verbPhrase } from './verbPhrase';
import { verbLemma } from './wordForms';
import { has, isCopula, isHead, isNoun, isPossessive, isVerb, MAX_PHRASE, nominalGerund, nounBetween, objectPhrase, phraseAt, segmentIndex, sentOf, valueAhead, word, type Sent } from './frameWords';
import { subjectOf, type Actor } from './frameSubject';

export { nounPlural, verbForms, verbLemma } from './wordForms';

/** How many words after a figure its counted noun, and after the noun its state, may be. */
const NOUN_REACH = 4;


/** What a frame keeps of its verb's subject: its head, words and span (not the reader's token index, which a cached frame could not keep). */
function spanOfActor(a: Actor): NonNullable<FigureFrame['actor']> {
  return { head: a.head, text: a.text, start: a.start, end: a.end };
}

/** The frame of one figure (`cache`: the sentences read so far in this article). */
export function frameOf(tk: Tokenized, f: Figure, cache: Map<number, Sent>): FigureFrame | undefined {
  if (tk.tokens.length === 0) return undefined;
  let a = firstStartingAtOrAfter(tk.tokens, f.start);
  if (a > 0 && tk.tokens[a - 1]!.end > f.start) a--;
  if (a >= tk.tokens.length) return undefined;
  const s = sentOf(tk, a, cache);
  let b = a;
  while (b + 1 < s.hi && s.toks[b + 1]!.start < f.end) b++;
  const si = segmentIndex(s, a);
  const seg = s.segs[si]!;
  const clauseStart = (f.kind === 'duration' ? adjunctClauseStart(s, si, a) : undefined) ?? clauseStartBefore(s, a, seg[0], f.kind);
  const frame: FigureFrame = { clause: { start: s.toks[clauseStart]!.start, end: s.toks[seg[1] - 1]!.end } };
  const noun = countedNoun(s, b, seg[1], f.counts);
  readNounPhrase(s, a, b, noun, seg[1], frame);
  const amountNoun = readAmountNoun(s, a, b, seg[1], f, noun, frame);
  readOwner(s, a, clauseStart, frame);
  readBefore(s, a, clauseStart, frame);
  const left = dayOfMainVerb(s, f, leftVerb(s, a, clauseStart), clauseStart);
  const right = figureRightVerb(s, a, left, noun ?? amountNoun ?? b, seg[1]);
  dropOwnVerbRegion(s, frame, right, (noun ?? b) + 1, verbBefore(s, a, clauseStart));
  if (frame.partitive) {
    // "41 of the 195 people aboard": the verb belongs to the 41; the 195 keep only their own words.
  } else if (right >= 0 && fronted(s, f, a, b, right)) {
    // "On Wednesday her two new ministers took the oath": a date opening its clause dates the verb whose subject follows it.
    frame.verb = verbOf(s, right);
    const actor = subjectOf(s, right, b + 1);
    if (actor) frame.actor = spanOfActor(actor);
  } else if (right >= 0) {
    frame.verb = verbOf(s, right);
    frame.asSubject = true;
    // The verb may stand after an appositive, in a later segment: its predicate ends with that segment.
    if (frame.verb.lemma === 'be') readPredicate(s, right, Math.max(seg[1], s.segs[segmentIndex(s, right)]![1]), frame);
  } else if (left >= 0) readVerbBefore(s, a, left, clauseStart, frame);
  const cue = provisionalCue(s, clauseStart, seg[1]);
  if (cue) frame.provisional ??= cue;
  readForcesAndScales(frame, f);
  return frame;
}


/** The figure's verb stands before it ("rose to 27", "raised its rate to 4.5%"): the verb, its subject, the noun between. */
function readVerbBefore(s: Sent, a: number, left: number, clauseStart: number, frame: FigureFrame): void {
  frame.verb = verbOf(s, left);
  if (isCapacity(s, left)) frame.capacity = true;
  const actor = subjectOf(s, left, clauseStart);
  if (actor) frame.actor = spanOfActor(actor);
  const about = deprivedOf(s, a, clauseStart) ? undefined : nounBetween(s, left, a);
  // "Policymakers increased the deposit rate by 0.5 points to 4.5%": a level verb with an object measures the object, not its subject.
  const object = about !== undefined && left + 1 < a && (has(s.toks[left + 1], 'Determiner') || isPossessive(s.toks[left + 1]));
  if (LEVEL_VERBS.has(frame.verb.lemma) && actor && !has(s.toks[actor.k], 'Pronoun') && !object) readLevel(s, actor, frame);
  if (about) frame.about ??= about;
  if (word(s.toks[a - 1]) === 'to') readRisenTo(s, left, frame);
}

/**
 * "500 workers gathered in Kelsby": the word before the place is the figure's own verb; the place says
 * where it happened, not which part. After a verb ("is recalling 1.4 million heaters sold in Europe")
 * the participle only narrows the object, and the place says which part is counted.
 */
function dropOwnVerbRegion(s: Sent, frame: FigureFrame, right: number, afterPhrase: number, objectOfVerb: boolean): void {
  if (frame.region && right >= 0 && right === afterPhrase && !(objectOfVerb && has(s.toks[right], 'PastTense'))) delete frame.region;
}

/** Whether a verb form (however the frame reads it) stands before the figure in its clause: the figure is then its object. */
function verbBefore(s: Sent, a: number, clauseStart: number): boolean {
  for (let k = a - 1; k >= clauseStart; k--) {
    const t = s.toks[k];
    if (has(t, 'Verb') && !has(t, 'Auxiliary') && !has(t, 'Copula') && !has(t, 'Modal')) return true;
  }
  return false;
}

/** The figure follows "to" after its verb: what a count rose to ("the toll rose to 27"), or what someone revised a value to ("raised its offer to 820p"). */
function readRisenTo(s: Sent, left: number, frame: FigureFrame): void {
  const lemma = frame.verb!.lemma;
  if (RISING_VERBS.has(lemma)) {
    frame.provisional ??= `${s.toks[left]!.text} to`;
    frame.rising = true;
  }
  const revised = REVISION_VERBS.get(lemma);
  if (revised) {
    frame.provisional ??= `${s.toks[left]!.text} to`;
    frame.revised = revised;
  }
}

/**
 * Where the figure's clause starts: after the last clause opener before it in its segment, or at the
 * figure when a coordinating word puts it at the head of a clause of its own ("… and 11 others had been
 * diverted").
 */
function clauseStartBefore(s: Sent, a: number, segStart: number, kind: Figure['kind']): number {
  const before = word(s.toks[a - 1]);
  // "reached them after 38 hours", "freed after about 12 days": a length right after "after" is its object,
  // no clause of its own; the verb before it is the duration's.
  const lengthAfter = (k: number): boolean => kind === 'duration' && LENGTH_PREPOSITIONS.has(word(s.toks[k])) && valueAhead(s, k);
  if (a - 1 >= segStart && (before === 'and' || before === 'but' || before === 'while') && !has(s.toks[a - 2], 'Value')) return a;
  for (let k = a - 1; k >= segStart; k--) {
    const w = word(s.toks[k]);
    // "figures showed that 421,600 votes": after a verb, "that" opens its clause even where it was tagged a determiner.
    const thatAfterVerb = w === 'that' && k > segStart && isVerb(s, k - 1);
    if (CLAUSE_OPENERS.has(w) && !lengthAfter(k) && (!has(s.toks[k], 'Determiner') || thatAfterVerb) && !(w === 'that' && !isVerb(s, k - 1) && k > segStart)) {
      // A relative pronoun is the clause's subject: keep it in the clause.
      return has(s.toks[k], 'QuestionWord') || w === 'who' || w === 'which' || w === 'that' ? k : k + 1;
    }
  }
  return segStart;
}

/** How many segments back a length set off by commas ("…, after 28 hours, …") looks for the clause it belongs to. */
const ADJUNCT_REACH = 2;

/**
 * "The last survivors were reached on Wednesday, 11 March, after 28 hours, by teams …": a length of time
 * after "after" that is a segment of its own, set off by commas, belongs to the clause before it: the start
 * of that clause, or undefined for any other figure.
 */
function adjunctClauseStart(s: Sent, si: number, a: number): number | undefined {
  const [start] = s.segs[si]!;
  if (a === start || !LENGTH_PREPOSITIONS.has(word(s.toks[start])) || !valueAhead(s, start)) return undefined;
  for (let k = si - 1; k >= Math.max(0, si - ADJUNCT_REACH); k--) {
    const [from, to] = s.segs[k]!;
    if (!/,/.test(s.toks[to - 1]!.post)) return undefined;
    for (let j = to - 1; j >= from; j--) if (isVerb(s, j)) return clauseStartBefore(s, j + 1, from, 'duration');
  }
  return undefined;
}

/** The token of the noun a figure counts: within a few words after it. */
function countedNoun(s: Sent, b: number, end: number, counts: string | undefined): number | undefined {
  if (!counts) return undefined;
  for (let k = b + 1; k < Math.min(end, b + 1 + NOUN_REACH); k++) if (singular(word(s.toks[k])) === counts || word(s.toks[k]) === counts) return k;
  return undefined;
}

/** A noun between the figure and its noun ("12 crew members"), or the noun after "of" ("members of his family"). */
function readModifier(s: Sent, b: number, noun: number, frame: FigureFrame): void {
  // A possessive only says whose ("1,700 of the plant's jobs"); it does not narrow what is counted.
  for (let k = b + 1; k < noun; k++) if (isNoun(s.toks[k]) && !has(s.toks[k], 'Adjective') && !isPossessive(s.toks[k])) frame.modifier = singular(word(s.toks[k]));
  if (word(s.toks[noun + 1]) !== 'of') return;
  const d = s.toks[noun + 2];
  const k = has(d, 'Determiner') || has(d, 'Possessive') || has(d, 'Pronoun') ? noun + 3 : noun + 2;
  if (isNoun(s.toks[k]) && !has(s.toks[k], 'ProperNoun')) frame.modifier ??= singular(word(s.toks[k]));
}

/** "six of them in a critical condition", "six of whom were critical": the words after "of them"/"of whom" (and a copula) say the part's state. */
function partOfGroup(s: Sent, k: number, end: number): number {
  if (word(s.toks[k]) !== 'of' || !PART_PRONOUNS.has(word(s.toks[k + 1]))) return k;
  let j = k + 2;
  while (j < end && (isCopula(s.toks[j]) || has(s.toks[j], 'Auxiliary'))) j++;
  // "in a critical condition": the condition is the state.
  if (word(s.toks[j]) === 'in') j += has(s.toks[j + 1], 'Determiner') ? 2 : 1;
  return j;
}

function readNounPhrase(s: Sent, a: number, b: number, noun: number | undefined, end: number, frame: FigureFrame): void {
  if (noun !== undefined) readModifier(s, b, noun, frame);
  if (noun === undefined && has(s.toks[b], 'Possessive') && (isNoun(s.toks[b + 1]) || has(s.toks[b + 1], 'Adjective'))) frame.about = singular(word(s.toks[b + 1]));
  // What the counted things are or did, after adverbs ("31 people still missing", "25 minutes late").
  // After a participle ("a coach carrying 48 passengers overturned") a verb in the past is the verb of
  // the participle's subject, not a state of what the figure counts.
  const participleObject = has(s.toks[a - 1], 'Gerund') && !nominalGerund(s, a - 1);
  for (let k = partOfGroup(s, (noun ?? b) + 1, end); k < end; k++) {
    const st = phraseAt(s, k, end);
    if (st && participleObject && has(s.toks[k], 'PastTense')) break;
    if (st && !isNoun(s.toks[k])) {
      // "41 people lost their lives": the verb with its object names the event ("lose life"), not the verb alone.
      frame.state = (isVerb(s, k) ? objectPhrase(s, k, verbLemma(word(s.toks[k])))?.lemma : undefined) ?? st.key;
      break;
    }
    if (!has(s.toks[k], 'Adverb') && !has(s.toks[k], 'Negative')) break;
  }
  const p1 = word(s.toks[a - 1]);
  const p2 = word(s.toks[a - 2]);
  if ((p1 === 'of' && has(s.toks[a - 2], 'Value')) || ((OF_DETERMINERS.has(p1) || isPossessive(s.toks[a - 1])) && p2 === 'of' && has(s.toks[a - 3], 'Value'))) frame.partitive = true;
  // "five of the train's eight carriages": a determiner and a possessive before the whole.
  if (isPossessive(s.toks[a - 1]) && OF_DETERMINERS.has(p2) && word(s.toks[a - 3]) === 'of' && has(s.toks[a - 4], 'Value')) frame.partitive = true;
  readPlace(s, (noun ?? b) + 1, end, frame);
}

/**
 * "a £40 million restructuring charge", "a 20 percent stake": the noun an amount stands before (the last of a run) names it;
 * a change noun says its direction and the phrase after it what changed, as written ("a 5.9 percent increase in fares").
 */
function readAmountNoun(s: Sent, a: number, b: number, end: number, f: Figure, noun: number | undefined, frame: FigureFrame): number | undefined {
  if ((f.kind !== 'money' && f.kind !== 'percent') || noun !== undefined) return undefined;
  // "820 pence a share", "$5 a barrel": a rate, not the noun the amount names.
  if (RATE_AFTER_FIGURE.test(` ${s.toks.slice(b + 1, Math.min(end, b + 5)).map((x) => x.text).join(' ')}`)) return undefined;
  // "£85 million of yearly savings": the noun after "of" names the amount as the noun after it would.
  const ofNoun = word(s.toks[b + 1]) === 'of';
  const from = ofNoun ? b + 2 : b + 1;
  const head = nounRunHead(s, from, Math.min(end, from + 3)) >= 0 ? nounRunHead(s, from, Math.min(end, from + 3)) : articledNoun(s, a, b, end);
  if (head < 0 || (head + 1 < end && isNoun(s.toks[head + 1]))) return undefined;
  readPer(s, from, head, frame);
  const w = singular(word(s.toks[head]));
  const cls = EVENT_CLASSES.get(w);
  const change = cls === 'rise' || cls === 'fall';
  if (change) frame.direction ??= cls;
  const after = change && (word(s.toks[head + 1]) === 'in' || word(s.toks[head + 1]) === 'of') ? nounRunHead(s, head + 2, Math.min(end, head + 6)) : -1;
  frame.about ??= after >= 0 ? word(s.toks[after]) : change ? undefined : w;
  return head;
}

/**
 * "has promised a £450 million programme over five years": after "a" and an amount, a plain word the
 * tagger read as a verb, followed by a preposition, "to" or the clause's end, is the noun the article
 * "a" opened. -1 otherwise.
 */
function articledNoun(s: Sent, a: number, b: number, end: number): number {
  const art = word(s.toks[a - 1]);
  const k = b + 1;
  const t = s.toks[k];
  if ((art !== 'a' && art !== 'an') || k >= end || !t || !/^[a-z]+$/.test(t.text) || has(t, 'Gerund') || has(t, 'PastTense') || /[,;:]/.test(s.toks[b]!.post)) return -1;
  const n = s.toks[k + 1];
  return k + 1 >= end || has(n, 'Preposition') || NOUN_PHRASE_PREPOSITIONS.has(word(n)) ? k : -1;
}

/** The last noun of the noun phrase starting at k (determiners, adjectives and gerunds before it), or -1. */
function nounRunHead(s: Sent, k: number, to: number): number {
  let head = -1;
  for (let j = k; j < to && (isNoun(s.toks[j]) || has(s.toks[j], 'Gerund') || has(s.toks[j], 'Adjective') || (j === k && has(s.toks[j], 'Determiner'))); j++) {
    if (has(s.toks[j], 'ProperNoun') || has(s.toks[j], 'Pronoun')) return -1;
    if (isNoun(s.toks[j])) head = j;
  }
  return head;
}

/**
 * Where the counted things are, written after them: "24 people on the ground", "12 in the north". Not
 * a state ("on board", "in hospital") and not the event they died in ("in the crash").
 */
function readPlace(s: Sent, k: number, end: number, frame: FigureFrame): void {
  if (frame.state || k >= end) return;
  // "heaters sold in Europe", "staff based in Britain": one word (a participle, or the counted noun the
  // tagger took for a verb) may stand between the figure's phrase and a named place.
  const p = PLACE_PREPOSITIONS.has(word(s.toks[k])) ? k : oneWordBefore(s.toks[k]) && PLACE_PREPOSITIONS.has(word(s.toks[k + 1])) && k + 1 < end ? k + 1 : -1;
  if (p < 0) return;
  let j = p + 1;
  // Determiners, possessives ("at its Ardwick works") and adjectives open the phrase.
  while (j < end && (has(s.toks[j], 'Determiner') || isPossessive(s.toks[j]) || OF_DETERMINERS.has(word(s.toks[j])) || has(s.toks[j], 'Adjective'))) j++;
  const t = s.toks[j];
  // Only "in" a named place ("5,600 staff in Britain"): "at its Ardwick works" names the site the story is about.
  if (j < end && word(s.toks[p]) === 'in' && j === p + 1 + (has(s.toks[p + 1], 'Determiner') ? 1 : 0) && has(t, 'ProperNoun') && !isPossessive(t) && !has(t, 'Person')) {
    frame.region = namedPlace(s, j, end);
    return;
  }
  if (p !== k || !t || !isNoun(t) || has(t, 'ProperNoun') || has(t, 'Pronoun')) return;
  // A noun before an event noun makes a compound that names the event: "in a cabinet reshuffle" is no place.
  if (j + 1 < end && isNoun(s.toks[j + 1]) && !/[,;:]/.test(t.post) && eventNoun(s.toks[j + 1]!)) return;
  if (!eventNoun(t)) frame.place = singular(word(t));
}

/** A noun naming an event ("crash", "reshuffle") or an event class: never a place. */
function eventNoun(t: Token): boolean {
  const n = singular(word(t));
  return EVENT_NOUNS.has(n) || EVENT_CLASSES.has(n);
}

/** A word that may stand between a counted phrase and its named place: a participle ("heaters sold"), or a noun or plain verb form. */
function oneWordBefore(t: Token | undefined): boolean {
  return !!t && /^\p{L}+$/u.test(t.text) && !has(t, 'Preposition') && !has(t, 'Determiner') && !has(t, 'Conjunction') && !has(t, 'Copula') && !has(t, 'Auxiliary') && !/[,;:]/.test(t.post);
}

/**
 * The words of the name starting at j ("United States"), lower-case, with the places coordinated with it:
 * "sold in Europe and North America" names a larger whole than Europe alone, so it is kept whole.
 */
function namedPlace(s: Sent, j: number, end: number): string {
  let k = j;
  for (;;) {
    if (k + 1 < end && has(s.toks[k + 1], 'ProperNoun') && !/[,;:]/.test(s.toks[k]!.post)) k++;
    else if (k + 2 < end && PLACE_COORDINATORS.has(word(s.toks[k + 1])) && has(s.toks[k + 2], 'ProperNoun') && !has(s.toks[k + 2], 'Person')) k += 2;
    else if (k + 1 < end && s.toks[k]!.post.trim() === ',' && has(s.toks[k + 1], 'ProperNoun') && !has(s.toks[k + 1], 'Person') && listGoesOn(s, k + 1, end)) k++;
    else break;
  }
  return s.toks
    .slice(j, k + 1)
    .map(word)
    .join(' ');
}

/** Whether the comma-separated place at j is followed, in its list, by "and" or "or" and another place. */
function listGoesOn(s: Sent, j: number, end: number): boolean {
  for (let k = j; k + 1 < end && k < j + 4; k++) {
    if (PLACE_COORDINATORS.has(word(s.toks[k + 1]))) return has(s.toks[k + 2], 'ProperNoun');
    if (!has(s.toks[k + 1], 'ProperNoun')) return false;
  }
  return false;
}

/** The words right before a figure: "a crowd of", "in front of", "down", "the first time in". */
function readBefore(s: Sent, a: number, clauseStart: number, frame: FigureFrame): void {
  const p1 = word(s.toks[a - 1]);
  const p2 = s.toks[a - 2];
  if (has(s.toks[a - 1], 'Preposition') && p1 !== 'of' && a - 2 >= clauseStart && isHead(s, a - 2) && !has(p2, 'Pronoun') && !has(p2, 'ProperNoun')) {
    frame.about = singular(word(p2));
  }
  if (p1 === 'of' && a - 2 >= clauseStart) {
    let k = a - 2;
    while (k >= clauseStart && (has(s.toks[k], 'Determiner') || has(s.toks[k], 'Possessive'))) k--;
    if (isNoun(s.toks[k]) && !has(s.toks[k], 'Pronoun')) {
      readOwner(s, k, clauseStart, frame);
      readPer(s, Math.max(clauseStart, k - 3), k, frame);
      const head = singular(word(s.toks[k]));
      const mod = isNoun(s.toks[k - 1]) && !has(s.toks[k - 1], 'ProperNoun') && !has(s.toks[k - 1], 'Pronoun') ? `${singular(word(s.toks[k - 1]))} ` : '';
      if (!EMPTY_MEASURES.has(head) && !deprivedOf(s, a, clauseStart)) frame.measure = `${mod}${head}`;
    }
  }
  // "a deal worth £2.1 billion", "a contract worth $40m": the noun before "worth" is what the sum is the value of.
  if (p1 === 'worth' && a - 2 >= clauseStart && isNoun(p2) && !has(p2, 'Pronoun') && !has(p2, 'ProperNoun')) frame.about = singular(word(p2));
  readPhraseBefore(s, a, clauseStart, frame);
}

/**
 * "defrauding the port authority of €14.6 million", "robbed the bank of £2m": a figure after "of" and a
 * noun phrase that is the object of a depriving verb; the noun names who lost the sum, not what it measures.
 */
function deprivedOf(s: Sent, a: number, clauseStart: number): boolean {
  if (word(s.toks[a - 1]) !== 'of') return false;
  let j = a - 2;
  while (j >= clauseStart && (isNoun(s.toks[j]) || has(s.toks[j], 'Determiner') || isPossessive(s.toks[j]) || has(s.toks[j], 'Adjective')) && !has(s.toks[j], 'Verb')) j--;
  if (j < clauseStart || j === a - 2) return false;
  const w = word(s.toks[j]);
  return DEPRIVING_VERBS.has(verbLemma(w)) || DEPRIVING_VERBS.has(w.replace(/(?:ing|ed)$/, ''));
}

/**
 * "Halbrook's offer of 790p", "Nessmoor's £2.3 billion offer", "Halbrook's rival bid": a name in the
 * possessive opening the phrase of the measured noun (k: its first word after the possessive, or the
 * figure) owns the figure.
 */
function readOwner(s: Sent, k: number, clauseStart: number, frame: FigureFrame): void {
  let j = k - 1;
  while (j >= clauseStart && j > k - 3 && has(s.toks[j], 'Adjective') && !isPossessive(s.toks[j])) j--;
  const t = s.toks[j];
  // A capitalised possessive (a name at the start of a sentence is not tagged as one); identity.ts keeps only names.
  if (j < clauseStart || !t || !isPossessive(t) || !/^\p{Lu}/u.test(t.text) || has(t, 'Pronoun')) return;
  frame.owner = { text: t.text.replace(/[’']s$/, ''), start: t.start, end: t.end };
}

/** "annual cost savings", "£85m of yearly savings": a rate adjective in the measured noun's phrase, [from, to). */
function readPer(s: Sent, from: number, to: number, frame: FigureFrame): void {
  for (let j = from; j < to; j++) {
    const per = RATE_ADJECTIVES.get(word(s.toks[j]));
    if (per !== undefined) frame.per ??= per;
  }
}

/** "down 12%", "in front of 61,000", "in charge for eight years": an event phrase just before the figure. */
function readPhraseBefore(s: Sent, a: number, clauseStart: number, frame: FigureFrame): void {
  for (let n = MAX_PHRASE; n >= 1; n--) {
    const from = a - n;
    if (from < clauseStart) continue;
    const ph = phraseAt(s, from, a);
    if (ph && ph.length === n) {
      const cls = EVENT_CLASSES.get(ph.key);
      if (cls === 'rise' || cls === 'fall') frame.direction = cls;
      else if (n > 1) frame.state ??= ph.key;
      break;
    }
  }
  // A phrase a little before the figure: "in charge for eight years", "on board for six hours".
  for (let k = a - 2; k >= Math.max(clauseStart, a - 4) && !frame.state; k--) {
    const ph = phraseAt(s, k, a);
    if (ph && ph.length > 1 && k + ph.length <= a) frame.state = ph.key;
  }
}

/** "licensed to carry", "designed to hold", "can seat": the verb says what could be, not what was. */
function isCapacity(s: Sent, v: number): boolean {
  const p1 = s.toks[v - 1];
  const p2 = s.toks[v - 2];
  if (has(p1, 'Modal') && /^(?:can|could)$/.test(word(p1))) return true;
  return word(p1) === 'to' && !!p2 && CAPACITY_WORDS.has(verbLemma(word(p2)));
}

/** "were missing", "had been aboard": the state after a copula. */
function readPredicate(s: Sent, v: number, end: number, frame: FigureFrame): void {
  let k = v + 1;
  while (k < end && (has(s.toks[k], 'Adverb') || has(s.toks[k], 'Auxiliary') || has(s.toks[k], 'Copula'))) k++;
  const st = k < end ? phraseAt(s, k, end) : undefined;
  if (st) frame.state ??= st.key;
}

/** The subject of a level verb names the quantity ("the death toll rose to 27"); through "the number of people killed" to its people. */
function readLevel(s: Sent, actor: Actor, frame: FigureFrame): void {
  if (!EMPTY_MEASURES.has(actor.head)) {
    frame.measure ??= actor.measure;
    return;
  }
  if (word(s.toks[actor.k + 1]) !== 'of') return;
  let k = actor.k + 2;
  while (k < s.hi && (has(s.toks[k], 'Determiner') || has(s.toks[k], 'Adjective'))) k++;
  if (!isNoun(s.toks[k])) return;
  frame.measure ??= singular(word(s.toks[k]));
  const st = k + 1 < s.hi ? phraseAt(s, k + 1, Math.min(s.hi, k + 1 + MAX_PHRASE)) : undefined;
  if (st) frame.state ??= st.key;
}

/** The nearest meaningful verb before the figure in its clause, or -1. */
function leftVerb(s: Sent, a: number, clauseStart: number): number {
  for (let k = a - 1; k >= clauseStart; k--) if (isVerb(s, k) || (isCopula(s.toks[k]) && !isVerb(s, k + 1))) return k;
  return -1;
}

/**
 * "signed the agreement to merge their shipyards yesterday": an infinitive after a noun is not yet done,
 * so a day in the past — a day, a weekday — dates the finite verb in the past tense before it. A month
 * or a year may date the infinitive's future act ("announced a plan to close the plant in September").
 */
function dayOfMainVerb(s: Sent, f: Figure, left: number, clauseStart: number): number {
  if (left < 0 || f.kind !== 'date' || (f.precision !== 'day' && f.precision !== 'weekday')) return left;
  const reduced = reducedRelative(s, left, clauseStart);
  if (reduced >= 0) return reduced;
  if (word(s.toks[left - 1]) !== 'to' || !isNoun(s.toks[left - 2]) || has(s.toks[left - 2], 'Pronoun')) return left;
  for (let k = left - 3; k >= clauseStart; k--) {
    if (!isVerb(s, k)) continue;
    return has(s.toks[k], 'PastTense') && word(s.toks[k - 1]) !== 'to' ? k : left;
  }
  return left;
}

/**
 * "Rescuers reached the last miners trapped in the mine on Wednesday": a past participle right after the
 * object of a finite past verb describes that object (a reduced relative clause); the day dates the finite
 * verb. Only when nothing but the object's own words stands between them, and never after a speech verb,
 * whose complement is a clause of its own ("police said two men arrested ..."). The finite verb, or -1.
 */
function reducedRelative(s: Sent, left: number, clauseStart: number): number {
  const p = s.toks[left]!;
  if (!has(p, 'PastTense') && !has(p, 'Participle')) return -1;
  const before = s.toks[left - 1];
  if (!isNoun(before) || has(before, 'Pronoun') || /[,;:]/.test(before!.post)) return -1;
  for (let k = left - 2; k >= clauseStart; k--) {
    const t = s.toks[k]!;
    if (/[,;:]/.test(t.post)) return -1;
    if (isVerb(s, k)) return has(t, 'PastTense') && !SPEECH_VERBS.has(word(t)) && word(s.toks[k - 1]) !== 'to' ? k : -1;
    if (!isNoun(t) && !has(t, 'Determiner') && !has(t, 'Adjective') && !has(t, 'Value') && !has(t, 'Possessive')) return -1;
  }
  return -1;
}

/** The verb after the figure whose subject the figure is, or -1: with no verb before it, or in a speech verb's complement. */
function figureRightVerb(s: Sent, a: number, left: number, phraseEnd: number, segEnd: number): number {
  let right = left < 0 || complementClause(s, left, phraseEnd, segEnd) ? rightVerb(s, phraseEnd, segEnd) : -1;
  // "Police said 31 people, among them the driver, were taken to hospital": after a speech verb as with
  // none, the verb after an appositive is the figure's.
  if (right < 0 && (left < 0 || SPEECH_VERBS.has(word(s.toks[left])))) right = verbAfterAppositive(s, segmentIndex(s, a));
  return right >= 0 && coordinatedPredicate(s, right, phraseEnd) ? -1 : right;
}

/** A date after a preposition with the verb's subject between it and the verb: a date is nobody's subject. */
function fronted(s: Sent, f: Figure, a: number, b: number, right: number): boolean {
  return f.kind === 'date' && has(s.toks[a - 1], 'Preposition') && right > b + 1 && (isNoun(s.toks[right - 1]) || has(s.toks[right - 1], 'Auxiliary'));
}

/**
 * "He had been finance minister since January 2023 and was widely expected to stay": a verb after "and"
 * or "but" (and its auxiliaries) continues the earlier subject's predicate; the figure before it is not its subject.
 */
function coordinatedPredicate(s: Sent, right: number, phraseEnd: number): boolean {
  let k = right - 1;
  while (k > phraseEnd && (has(s.toks[k], 'Auxiliary') || has(s.toks[k], 'Copula') || has(s.toks[k], 'Adverb') || has(s.toks[k], 'Modal') || has(s.toks[k], 'Negative'))) k--;
  return k > phraseEnd && PREDICATE_COORDINATORS.has(word(s.toks[k])) && !/[,;]/.test(s.toks[k - 1]!.post);
}

/** A speech verb whose complement holds the figure as a subject ("officials said 40 people were killed"). */
function complementClause(s: Sent, v: number, from: number, end: number): boolean {
  if (!SPEECH_VERBS.has(word(s.toks[v]))) return false;
  return rightVerb(s, from, end) >= 0;
}

/** The first meaningful verb after the figure's noun phrase in its segment, or -1. */
function rightVerb(s: Sent, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const t = s.toks[k]!;
    if (isVerb(s, k)) return k;
    if (isCopula(t) && !s.toks.slice(k + 1, end).some((_, j) => isVerb(s, k + 1 + j))) return k;
    const w = word(t);
    if (CLAUSE_OPENERS.has(w) && w !== 'who' && w !== 'that' && w !== 'which') return -1;
  }
  return -1;
}

/**
 * "About 900 dockworkers, members of the union (DWU), walked out": the figure's noun phrase ends its
 * segment with no verb, one or two segments with no verb of their own follow (an appositive, a
 * parenthesis), and the next segment starts with the verb: that verb is the figure's. -1 otherwise.
 */
function verbAfterAppositive(s: Sent, si: number): number {
  for (let k = si + 1; k < Math.min(s.segs.length, si + 4); k++) {
    const [from, to] = s.segs[k]!;
    let j = from;
    while (j < to && (has(s.toks[j], 'Adverb') || has(s.toks[j], 'Auxiliary') || has(s.toks[j], 'Negative') || has(s.toks[j], 'Modal'))) j++;
    if (k > si + 1 && j < to && (isVerb(s, j) || isCopula(s.toks[j]))) return j;
    // A segment with a verb that does not start it is a clause of its own: the figure has no verb here.
    for (let m = from; m < to; m++) if (isVerb(s, m) || isCopula(s.toks[m])) return -1;
  }
  return -1;
}



/** The verb at k with its particle ("roll over", "walk off") and whether it is passive. */
function verbOf(s: Sent, k: number): { lemma: string; text: string; passive: boolean; sure?: boolean } {
  const t = s.toks[k]!;
  const { lemma, end } = verbPhrase(s, k, isCopula(t) ? 'be' : verbLemma(word(t)));
  let start = t.start;
  let passive = false;
  for (let j = k - 1; j >= Math.max(s.lo, k - 3); j--) {
    const p = s.toks[j]!;
    if (!(has(p, 'Auxiliary') || has(p, 'Copula') || has(p, 'Adverb') || has(p, 'Negative') || has(p, 'Modal'))) break;
    if (has(p, 'Copula') || /^(?:get|got|gets|been|being)$/.test(word(p))) passive = passive || has(t, 'PastTense') || has(t, 'Participle') || has(t, 'Passive');
    start = p.start;
  }
  const text = s.toks
    .slice(s.lo, s.hi)
    .filter((x) => x.start >= start && x.end <= end)
    .map((x) => x.text)
    .join(' ');
  // compromise tagged it a verb (not read as one from the lexicon where compromise saw a noun).
  return has(t, 'Verb') || isCopula(t) ? { lemma, text, passive, sure: true } : { lemma, text, passive };
}


/** A provisional cue in the clause ("so far", "at least", "preliminary"), as written. */
function provisionalCue(s: Sent, from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) {
    for (let n = MAX_PHRASE; n >= 1; n--) {
      if (k + n > to) continue;
      const key = s.toks.slice(k, k + n).map(word).join(' ');
      if (PROVISIONAL_CUES.has(key)) return s.toks.slice(k, k + n).map((t) => t.text).join(' ');
    }
  }
  return undefined;
}
