// The words of a figure's sentence as the frame reader sees them (figures/frame.ts): a sentence cut into
// segments at punctuation, and what each token is in it — a noun, a noun phrase's head, a verb that carries
// meaning, a possessive, part of a name — from compromise's tags with the lexicon's event and level verbs
// where compromise reads a verb form as a noun.

import { HEDGES_BEFORE } from '../lexicon/units';
import { isPhrasalVerb } from '../lexicon/senses';
import { CATENATIVE_VERBS, CLAUSE_OPENERS, DURATION_VERBS, EVENT_CLASSES, LEVEL_VERBS, PHRASAL_PARTICLES, UNMEASURED_NOUNS } from '../lexicon/events';
import { INTERPOSED_ADVERBS, OF_DETERMINERS } from '../lexicon/counting';
import { VALUE_VERBS } from '../lexicon/deals';
import { singular } from '../numbers';
import type { Token, Tokenized } from '../tokens';
import { verbLemma } from './wordForms';

/** Punctuation after a token (or before the next) that ends a segment. */
const BREAK_AFTER = /[,;:()[\]—–"“”]|\s-(?:\s|$)/;
const BREAK_BEFORE = /[([—–"“”]|^\s*-\s/;
/** The longest phrase looked up in the lexicon. */
export const MAX_PHRASE = 3;

/** The tokens of one sentence and the segments they are cut into. */
export interface Sent {
  toks: readonly Token[];
  /** Token indices [lo, hi) of the sentence. */
  lo: number;
  hi: number;
  /** Segments as token index ranges [start, end). */
  segs: Array<[number, number]>;
}

export function has(t: Token | undefined, tag: string): boolean {
  return !!t && t.tags.has(tag);
}

export function word(t: Token | undefined): string {
  if (!t) return '';
  let w = t.normal.replace(/[’']s$/, '');
  while (w.length > 0 && '.,;:!?'.includes(w.charAt(w.length - 1))) w = w.slice(0, -1);
  return w;
}

export function isNoun(t: Token | undefined): boolean {
  return !!t && (has(t, 'Noun') || has(t, 'Pronoun')) && !has(t, 'Value') && !has(t, 'Date') && !has(t, 'Determiner');
}

/** The token before k that has words (compromise leaves empty tokens for contractions: "Monday's" + "is"). */
export function before(s: Sent, k: number): Token | undefined {
  let j = k - 1;
  while (j >= s.lo && s.toks[j]!.text === '') j--;
  return j >= s.lo ? s.toks[j] : undefined;
}

/** A possessive as written ("Monday's", "the union’s"), whatever compromise made of its "'s". */
export function isPossessive(t: Token | undefined): boolean {
  return has(t, 'Possessive') || /['’]s$/.test(t?.text ?? '');
}

/** A gerund used as a noun: after a determiner, a possessive or an adjective ("Monday's meeting", "the capsizing"). */
export function nominalGerund(s: Sent, k: number): boolean {
  const p = before(s, k);
  if (!has(s.toks[k], 'Gerund')) return false;
  // After a determiner or a possessive, or opening a clause before its verb ("where polling runs").
  const next = s.toks[k + 1];
  if (has(p, 'Determiner') || isPossessive(p) || has(p, 'Adjective') || (CLAUSE_OPENERS.has(word(p)) && (has(next, 'Verb') || has(next, 'Plural')))) return true;
  // "raised borrowing costs": after a verb in the past that takes no gerund, a gerund before a plural noun modifies it.
  return !!p && has(p, 'PastTense') && !has(p, 'Auxiliary') && !has(p, 'Copula') && !CATENATIVE_VERBS.has(verbLemma(word(p))) && !!next && /s$/.test(word(next)) && (has(next, 'Plural') || has(next, 'PresentTense'));
}

/** A noun, or a plural compromise read as a verb after a name or adjective ("the Berlin talks"). */
export function isNounAt(s: Sent, k: number): boolean {
  const t = s.toks[k];
  if (isNoun(t) || nominalGerund(s, k)) return true;
  const p = s.toks[k - 1];
  if (!has(t, 'PresentTense') || !/s$/.test(word(t))) return false;
  // "the Berlin talks", "the picket lines": a plural at the end of a noun phrase, not a verb.
  // "the offer values Pellow at": after "the" and a noun, a word followed by its object is the verb.
  const n = s.toks[k + 1];
  // "Castellan shares rose 19 per cent": a plural before a known verb form and a figure is that verb's subject,
  // however compromise read the two ("rose" as the flower).
  if (k + 1 < s.hi && knownVerbForm(word(n)) && valueAhead(s, k + 1)) return true;
  const object = k + 1 < s.hi && (has(n, 'ProperNoun') || has(n, 'Determiner'));
  return has(p, 'ProperNoun') || has(p, 'Adjective') || has(p, 'Determiner') || (isNoun(p) && has(s.toks[k - 2], 'Determiner') && !object);
}

/** An inflected form of a verb of change, level or event ("rose", "fell", "jumped"): not the word itself. */
function knownVerbForm(w: string): boolean {
  const l = verbLemma(w);
  return l !== w && (LEVEL_VERBS.has(l) || EVENT_CLASSES.has(l));
}

/** The last word of a noun phrase: a noun, or an adjective used as one ("the Cup final on Saturday"). */
export function isHead(s: Sent, k: number): boolean {
  const t = s.toks[k];
  if (isNoun(t)) return true;
  const p = s.toks[k - 1];
  return has(t, 'Adjective') && !has(t, 'Comparable') && (isNoun(p) || has(p, 'Determiner') || has(p, 'ProperNoun')) && !isNoun(s.toks[k + 1]);
}

/** A verb that carries meaning: not an auxiliary or modal; a noun-tagged form of a level verb after a noun ("the toll rose to"). */
export function isVerb(s: Sent, k: number): boolean {
  const t = s.toks[k]!;
  if (inName(s, k) || comparativeOfFigure(s, k) || particleCompound(s, k) || perfectAuxiliary(s, k)) return false;
  if ((VALUE_VERBS.has(verbLemma(word(t))) && valuesAt(s, k)) || perfectParticiple(s, k)) return true;
  if (nominalGerund(s, k) || (has(t, 'PresentTense') && !isNoun(t) && isNounAt(s, k))) return false;
  // "raised borrowing costs": the noun a gerund modifies is no verb.
  if (isNoun(t) && k - 1 >= s.lo && nominalGerund(s, k - 1)) return false;
  if (has(t, 'Verb')) return !has(t, 'Auxiliary') && !has(t, 'Modal') && !has(t, 'Copula') && !has(t, 'Particle') && !(has(t, 'Gerund') && has(t, 'Noun'));
  // compromise reads some verb forms as nouns or adjectives ("the toll rose", "which left Kelsby",
  // "will close three bakeries and cut jobs"): a known event or level verb where a verb must be.
  const w = word(t);
  const l = verbLemma(w);
  // A verb before its particle is one too ("the council set aside £4m"): a phrasal verb of lexicon/senses.ts.
  const phrasal = phrasalAt(s, k, l);
  if (!(LEVEL_VERBS.has(l) || EVENT_CLASSES.has(l) || DURATION_VERBS.has(l) || phrasal) || has(t, 'Determiner')) return false;
  return (phrasal && phrasalBeforeFigure(s, k)) || lexiconVerbAt(s, k, l !== w);
}

/** The word at k (lemma l) and the next make a phrasal verb ("set aside", "called off"). */
function phrasalAt(s: Sent, k: number, l: string): boolean {
  return k + 1 < s.hi && isPhrasalVerb(l, word(s.toks[k + 1]));
}

/** "the city council set aside 6 million", "has set aside": a phrasal verb after a noun or "have", its figure after the particle. */
function phrasalBeforeFigure(s: Sent, k: number): boolean {
  const p = s.toks[k - 1];
  return (isNoun(p) || /^(?:has|have|had)$/.test(word(p))) && valueAhead(s, k + 1);
}

/**
 * "83 wells had now been sealed", "six centres have already opened": a form of "have" before a participle, with
 * adverbs between that the tagger may read as anything, makes a tense of it; the participle is the verb.
 */
export function perfectAuxiliary(s: Sent, k: number): boolean {
  if (!/^(?:have|has|had)$/.test(word(s.toks[k]))) return false;
  let j = k + 1;
  while (j < s.hi && j <= k + 3 && (has(s.toks[j], 'Adverb') || has(s.toks[j], 'Negative') || INTERPOSED_ADVERBS.has(word(s.toks[j]))) && !/[,;:]/.test(s.toks[j - 1]!.post)) j++;
  if (j === k + 1 || j >= s.hi || /[,;:]/.test(s.toks[j - 1]!.post)) return false;
  const t = s.toks[j]!;
  return word(t) === 'been' || ((has(t, 'PastTense') || has(t, 'Participle')) && has(t, 'Verb')) || participleAsAdjective(t);
}

/** A participle the tagger read as an adjective ("has now closed"): an -ed or -en form. */
function participleAsAdjective(t: Token): boolean {
  return has(t, 'Adjective') && !has(t, 'Noun') && /^\p{L}+(?:ed|en)$/u.test(t.text);
}

/** The participle at k after a perfect "have" and adverbs: "closed" in "has now closed 12 libraries". */
function perfectParticiple(s: Sent, k: number): boolean {
  if (!participleAsAdjective(s.toks[k]!)) return false;
  let j = k - 1;
  while (j > s.lo && j >= k - 3 && (has(s.toks[j], 'Adverb') || has(s.toks[j], 'Negative') || INTERPOSED_ADVERBS.has(word(s.toks[j])))) j--;
  return j >= s.lo && j < k - 1 && perfectAuxiliary(s, j);
}

/** A verb joined by a hyphen to a particle is a noun ("the line-up", "a shake-up", "the walk-out"). */
function particleCompound(s: Sent, k: number): boolean {
  return s.toks[k]!.post === '-' && k + 1 < s.hi && PHRASAL_PARTICLES.has(word(s.toks[k + 1]));
}

/** "which the museum values at €5.4 million", "values the group at £2.7bn": a value verb before its object and "at" an amount. */
function valuesAt(s: Sent, k: number): boolean {
  if (has(s.toks[k - 1], 'Determiner') || has(s.toks[k - 1], 'Preposition')) return false;
  for (let j = k + 1; j < Math.min(s.hi - 1, k + 6); j++) {
    if (/[,;:]/.test(s.toks[j - 1]!.post)) return false;
    if (word(s.toks[j]) === 'at') return /^[\p{Sc}\d]/u.test(s.toks[j + 1]!.text);
  }
  return false;
}

/** Where a verb form compromise read as a noun or adjective stands as the verb (`inflected`: its form is not its lemma). */
function lexiconVerbAt(s: Sent, k: number, inflected: boolean): boolean {
  const p = s.toks[k - 1];
  const n = s.toks[k + 1];
  const afterNoun = isNoun(p) && !has(p, 'Determiner');
  // "Talvik Energy shares rose": compromise reads the plural as the verb and the verb as a noun.
  if (inflected && (afterNoun || (has(p, 'PresentTense') && isNounAt(s, k - 1)) || CLAUSE_OPENERS.has(word(p)))) return true;
  // "the jobless rate hit 5.4 percent": a verb spelt as its noun ("hit", "cut"), between a noun and a figure.
  if (afterNoun && has(n, 'Value') && k + 1 < s.hi) return true;
  // "the coach overturned on Monday, killing eleven people": a participle of an event verb opening the
  // clause after a comma, before its object, even where the tagger read it as a noun after a day's name.
  // "…, killing at least 40 people": a hedge may stand between the participle and its figure.
  if (inflected && /ing$/.test(word(s.toks[k])) && /,/.test(p?.post ?? '') && valueAhead(s, k)) return true;
  const pw = word(p);
  // "and left about 240,000 without homes": a hedge word may stand between the verb and its figure.
  const hedged = (has(n, 'Preposition') || has(n, 'Adverb')) && has(s.toks[k + 2], 'Value');
  return (has(p, 'Modal') || pw === 'to' || pw === 'and' || pw === 'or') && (isNoun(n) || has(n, 'Determiner') || has(n, 'Value') || has(n, 'Possessive') || hedged);
}

/** Words of the hedges written before a figure ("at least", "more than"); not an article ("ending a 31-year wait" is no hedge). */
const HEDGE_WORDS: ReadonlySet<string> = new Set(HEDGES_BEFORE.flatMap(([ws]) => ws).filter((w) => w !== 'a' && w !== 'an'));

/** A figure right after word k, or after the words of a hedge ("at least", "about", "more than"). */
export function valueAhead(s: Sent, k: number): boolean {
  for (let d = 1; d <= 4 && k + d < s.hi; d++) {
    const t = s.toks[k + d];
    if (has(t, 'Value')) return true;
    if (!HEDGE_WORDS.has(word(t))) return false;
  }
  return false;
}

/** "2.1 percent lower", "12 points higher": a comparative right after a figure says its direction; it is no verb. */
export function comparativeOfFigure(s: Sent, k: number): boolean {
  const p = s.toks[k - 1];
  return /er$/.test(word(s.toks[k])) && (has(p, 'Value') || (isNoun(p) && has(s.toks[k - 2], 'Value')) || (has(p, 'Unit') && has(s.toks[k - 2], 'Value')));
}

/** A capitalised word next to another inside a sentence is part of a name ("Harbour Rovers"), never its verb. */
export function inName(s: Sent, k: number): boolean {
  const cap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
  return cap(s.toks[k]) && ((k - 1 >= s.lo && cap(s.toks[k - 1])) || (k + 1 < s.hi && cap(s.toks[k + 1])));
}

export function isCopula(t: Token | undefined): boolean {
  return has(t, 'Copula') && !has(t, 'Auxiliary');
}

export function sentOf(tk: Tokenized, k: number, cache: Map<number, Sent>): Sent {
  const si = tk.tokens[k]!.sentence;
  const got = cache.get(si);
  if (got) return got;
  const [lo, hi] = tk.sentenceTokens[si] ?? [k, k + 1];
  const segs: Array<[number, number]> = [];
  let start = lo;
  for (let j = lo; j < hi; j++) {
    const t = tk.tokens[j]!;
    const next = j + 1 < hi ? tk.tokens[j + 1] : undefined;
    if (!next || BREAK_AFTER.test(t.post) || BREAK_BEFORE.test(next.pre)) {
      segs.push([start, j + 1]);
      start = j + 1;
    }
  }
  const s: Sent = { toks: tk.tokens, lo, hi, segs };
  cache.set(si, s);
  return s;
}

export function segmentIndex(s: Sent, k: number): number {
  return Math.max(0, s.segs.findIndex(([a, b]) => k >= a && k < b));
}

/** The lexicon phrase (longest first) starting at token k, as its key. */
export function phraseAt(s: Sent, k: number, end: number): { key: string; length: number } | undefined {
  for (let n = Math.min(MAX_PHRASE, end - k); n >= 1; n--) {
    const ws = s.toks.slice(k, k + n).map(word);
    const key = ws.join(' ');
    if (EVENT_CLASSES.has(key)) return { key, length: n };
    if (n === 1) {
      const l = verbLemma(key);
      if (EVENT_CLASSES.has(l)) return { key: l, length: 1 };
      const sg = singular(key);
      if (EVENT_CLASSES.has(sg)) return { key: sg, length: 1 };
    }
  }
  return undefined;
}

/** The verb at k, a particle perhaps, a determiner and a noun that the lexicon's event phrases name together ("lose life", "come off rails"). */
export function objectPhrase(s: Sent, k: number, lemma: string): { lemma: string; end: number } | undefined {
  let j = k + 1;
  const particle = j < s.hi && PHRASAL_PARTICLES.has(word(s.toks[j])) ? word(s.toks[j++]) : undefined;
  if (j >= s.hi || !OF_DETERMINERS.has(word(s.toks[j]))) return undefined;
  const noun = j + 1 < s.hi ? s.toks[j + 1]! : undefined;
  if (!noun || !isNoun(noun)) return undefined;
  const key = [lemma, particle, singular(word(noun))].filter(Boolean).join(' ');
  return EVENT_CLASSES.has(key) ? { lemma: key, end: noun.end } : undefined;
}

/** Words of a step's size that compromise may not tag as a value ("half a percentage point"). */
const STEP_NUMBER_WORDS = /^(?:a|an|half|quarter|of|one)$/;

/** The head noun between a verb and the figure ("reported net profit down 12%"), when the figure follows a preposition. */
export function nounBetween(s: Sent, v: number, a: number): string | undefined {
  for (let k = a - 1; k > v; k--) {
    if (!isNoun(s.toks[k]) || has(s.toks[k], 'Pronoun') || has(s.toks[k], 'ProperNoun')) continue;
    // "raised its rate by 50 basis points to 6.25%": the step's unit ("points", "basis points") is not what the figure measures.
    const w = singular(word(s.toks[k]));
    if (!UNMEASURED_NOUNS.has(w)) return w;
    // Past the step only when "by" opens it ("by 50 basis points"); "yields rose 22 basis points to 7.05%" names nothing here.
    let j = k - 1;
    while (j > v && isNoun(s.toks[j]) && !has(s.toks[j], 'Value')) j--;
    const numberEnd = j;
    // "by 50 basis points", "by half a percentage point", "by a quarter of a point".
    while (j > v && (has(s.toks[j], 'Value') || STEP_NUMBER_WORDS.test(word(s.toks[j])))) j--;
    if (j === numberEnd || word(s.toks[j]) !== 'by') return undefined;
    k = j;
  }
  return undefined;
}
