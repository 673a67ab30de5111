// Name spellings folded so that variants compare equal: the one folding the article's own name linking,
// attribution and cross-source resolution share. foldWord is exact up to case, accents, apostrophes,
// known exonyms and transliteration endings; transliterationKey is the looser skeleton transliterations
// of one name share, for callers that guard its use (long names only, first names kept apart).

import { KNOWN_VARIANTS, LETTER_FOLDS, TRANSLITERATION_ENDINGS, TRANSLITERATION_FOLDS, TRANSLITERATION_VOWELS } from '../lexicon/spellings';
import { memoised } from './memo';
import { editDistance } from './sequence';

// Results are remembered: the same few thousand names are folded again for every story and check.
/** Folds a single name word so that spelling variants compare equal. */
export const foldWord = memoised(foldWordNow);
/** transliterationKey's remembered results, one table per minimum length. */
const skeletons = new Map<number, (folded: string) => string | null>();

/** The letters of LETTER_FOLDS, found in one pass. */
const UNDECOMPOSED = new RegExp(`[${LETTER_FOLDS.map(([from]) => from).join('')}]`, 'g');
const LETTER_FOLD = new Map(LETTER_FOLDS);

function foldWordNow(word: string): string {
  let w = word
    .toLowerCase()
    // Letters with no decomposition (ø, æ, ł) would otherwise be dropped below: "Søren" must meet "Soren".
    .replace(UNDECOMPOSED, (c) => LETTER_FOLD.get(c) ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/'s$/, '')
    .replace(/'$/, '')
    .replace(/[^a-z0-9'-]/g, '');
  const known = KNOWN_VARIANTS.get(w);
  if (known) return known;
  // Transliteration endings: -yy / -iy / -ii / -ij / -yi → -y; a final -i after a consonant → -y
  // (Yuri / Yury, Dmitri / Dmitry).
  w = w.replace(/(?:yy|iy|ii|ij|yi)$/, 'y');
  if (w.length > 3) w = w.replace(/([bcdfghj-np-tvwxz])i$/, '$1y');
  // "ph" and "f" spell the same sound (Josef / Joseph). Doubled letters are not folded here: that and
  // the other letter correspondences of transliteration are transliterationKey's, used with guards.
  return w.replace(/ph/g, 'f');
}

/**
 * The skeleton transliterations of one name share: letter clusters folded (dh → d, kh → h, q → k, …),
 * doubled letters single, a final "h" dropped (Sara / Sarah), vowels dropped, with a mark for a leading
 * and a trailing vowel, a final "a" marked on its own (Alexander / Alexandra, Zelensky / Zelenska stay apart). Gaddafi, Gadhafi, Kadhafi and Qaddafi all give "kdf_";
 * Volodymyr and Vladimir give "vldmr". Returns null for a word too short to compare this loosely.
 */
export function transliterationKey(folded: string, minLetters: number): string | null {
  let skeleton = skeletons.get(minLetters);
  if (!skeleton) skeletons.set(minLetters, (skeleton = memoised((w) => skeletonNow(w, minLetters))));
  return skeleton(folded);
}

function skeletonNow(folded: string, minLetters: number): string | null {
  let w = folded.replace(/[^a-z]/g, '');
  if (w.length < minLetters) return null;
  for (const [from, to] of TRANSLITERATION_ENDINGS) if (w.endsWith(from)) w = w.slice(0, -from.length) + to;
  for (const [from, to] of TRANSLITERATION_FOLDS) w = w.split(from).join(to);
  w = w.replace(/(.)\1+/g, '$1').replace(/h$/, '');
  const vowel = (c: string | undefined) => !!c && TRANSLITERATION_VOWELS.includes(c);
  const skeleton = [...w].filter((c) => !vowel(c)).join('');
  if (skeleton.length < 3) return null;
  // A final "a" is marked apart from the other vowels: it makes Slavic surnames feminine (Zelenska /
  // Zelensky, Kowalska / Kowalski: a wife is not her husband), and names of one sex (Maria / Marie).
  const last = w[w.length - 1];
  return `${vowel(w[0]) ? '_' : ''}${skeleton}${last === 'a' ? '_a' : vowel(last) ? '_' : ''}`;
}

/** Folds every word of a name (foldWord). */
export function foldName(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map(foldWord)
    .join(' ');
}

/**
 * Two spellings one edit apart (a letter dropped, added or changed: Kowalczyk / Kowalcyk, Brennmark /
 * Brenmark), the mark of a misspelling. Callers guard it: long words only, and context that says the
 * names are one referent.
 */
export function withinOneEdit(a: string, b: string): boolean {
  return editDistance(a, b, 1) <= 1;
}
