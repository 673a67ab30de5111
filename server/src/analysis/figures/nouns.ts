// What a figure counts: the noun after it ("40 ferries" -> "ferry", "six hours of talks" -> "talks"),
// found with compromise's tags from the shared token stream.

import { MONTHS, WEEKDAYS } from '../lexicon/calendar';
import { NOT_COUNTED, OF_DETERMINERS } from '../lexicon/counting';
import { DURATION_UNITS } from '../lexicon/units';
import { singular } from '../numbers';
import { tagsOf, type Scan } from './scan';
import { isCap, tight, type Word } from './words';

/** compromise tags of words that are never nouns. */
const NOT_NOUN_TAGS = ['Pronoun', 'Value', 'Determiner', 'Preposition', 'Conjunction'] as const;
/** compromise tags of words that are never adjectives. */
const NOT_ADJECTIVE_TAGS = ['Value', 'Preposition', 'Adverb', 'Determiner', 'Conjunction'] as const;
/** compromise tags of words that cannot be a noun compromise mistook for a verb. */
const NOT_LOOSE_NOUN_TAGS = [
  'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Value', 'Modal', 'Copula', 'PastTense', 'Auxiliary',
] as const;

function hasAny(tags: ReadonlySet<string>, names: readonly string[]): boolean {
  return names.some((n) => tags.has(n));
}

/** A word compromise tagged as a noun (a plural it read as a verb is looseNoun's case). */
export function isNoun(sc: Scan, w: Word): boolean {
  if (!/^\p{L}[\p{L}'’-]*$/u.test(w.s)) return false;
  const t = tagsOf(sc, w);
  return !!t && !hasAny(t, NOT_NOUN_TAGS) && t.has('Noun');
}

/** An adjective, or a capitalised nationality word ("Ukrainian", "Danish", "Chinese", "Israeli"). */
export function isAdjective(sc: Scan, w: Word): boolean {
  const t = tagsOf(sc, w);
  if (!t || hasAny(t, NOT_ADJECTIVE_TAGS)) return false;
  return t.has('Adjective') || (isCap(w) && /(?:an|ish|ese|i)$/.test(w.key));
}

/** A lower-case word right after a number or compound that compromise tagged as a verb ("46 volunteers", "a six-hour meeting"). */
function looseNoun(sc: Scan, w: Word): boolean {
  if (!/^[a-z][a-z'-]*$/.test(w.s) || NOT_COUNTED.has(w.key)) return false;
  const t = tagsOf(sc, w);
  return !!t && !hasAny(t, NOT_LOOSE_NOUN_TAGS);
}

/** "three stolen paintings": a past participle right before a plural noun describes what is counted. */
function participleBeforeNoun(sc: Scan, ws: Word[], k: number): boolean {
  const w = ws[k]!;
  const t = tagsOf(sc, w);
  const nx = ws[k + 1];
  if (!t || isCap(w) || !tight(ws, k) || nx === undefined || !(t.has('Participle') || (t.has('PastTense') && /ed$/.test(w.key)))) return false;
  return !!tagsOf(sc, nx)?.has('Plural') || (/^[a-z]{3,}s$/.test(nx.s) && looseNoun(sc, nx));
}

export type NounMode = 'direct' | 'of' | 'loose';

/** Where the noun run after word j starts: the next word, or the word after "of (the)". */
function runStart(ws: Word[], j: number, mode: NounMode): { k: number; viaOf: boolean } | undefined {
  if (!tight(ws, j)) return undefined;
  let k = j + 1;
  const w = ws[k];
  if (!w) return undefined;
  if (w.key !== 'of') return mode === 'of' ? undefined : { k, viaOf: false };
  if (!tight(ws, k)) return undefined;
  k++;
  const det = ws[k];
  if (det && OF_DETERMINERS.has(det.key) && tight(ws, k)) k++;
  return ws[k] ? { k, viaOf: true } : undefined;
}

/** Words that end the noun run before they are taken: a unit after a noun, a date word, "other", "per". */
function endsRun(w: Word, haveNoun: boolean): boolean {
  if (DURATION_UNITS.has(w.key) && haveNoun) return true;
  return NOT_COUNTED.has(w.key) || (MONTHS.has(w.key) && isCap(w)) || WEEKDAYS.has(w.key);
}

/** "four students home": a plural noun ends the run unless another plural follows ("police officers"). */
function pluralEndsRun(sc: Scan, ws: Word[], k: number): boolean {
  if (!tagsOf(sc, ws[k]!)?.has('Plural')) return false;
  const nx = ws[k + 1];
  return !(nx && tight(ws, k) && tagsOf(sc, nx)?.has('Plural') && isNoun(sc, nx));
}

/**
 * The noun a figure counts: the last noun of a short noun run after word j (adjectives allowed
 * before it), or the noun after "of (the)". mode 'of' only looks through "of" ("six hours of
 * talks", "40 millimetres of rain"); 'loose' also takes a following word compromise read as a verb.
 */
export function nounAfter(sc: Scan, ws: Word[], j: number, mode: NounMode): string | undefined {
  const from = runStart(ws, j, mode);
  if (!from) return undefined;
  let k = from.k;
  let w = ws[k];
  let last: Word | undefined;
  for (let n = 0; n < 4 && w; n++) {
    if (endsRun(w, last !== undefined)) break;
    // compromise reads some nouns straight after a number as verbs ("six miners", "six trapped miners"):
    // the first noun may be taken loosely, right after the number or after one adjective or participle.
    const loose = !last && !from.viaOf && ((n === 0 && mode === 'loose') || (n <= 1 && /s$/.test(w.key))) && looseNoun(sc, w);
    if (!isCap(w) && (isNoun(sc, w) || loose)) {
      last = w;
      // "1,700 of the plant's jobs": a possessive before a noun only says whose; the noun after it is counted.
      const owned = w.possessive && tight(ws, k) && ws[k + 1] !== undefined && !isCap(ws[k + 1]!) && isNoun(sc, ws[k + 1]!);
      if ((w.possessive && !owned) || (!w.possessive && pluralEndsRun(sc, ws, k))) break;
    } else if (last || !(isAdjective(sc, w) || participleBeforeNoun(sc, ws, k))) {
      // An adjective or a participle before the noun ("130 new ferries", "first full day", "three stolen
      // paintings") is skipped; anything else ends the run.
      break;
    }
    if (!tight(ws, k)) break;
    k++;
    w = ws[k];
  }
  return last ? singular(last.key) : undefined;
}
