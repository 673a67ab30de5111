// What a single word (token) tells the name finder: its shape (capitals, possessive, punctuation around
// it) and what compromise's lexicon knows about it, without guesses from its context.

import { nlp } from '../nlp';
import { EXTRA_DEMONYMS, GIVEN_NAMES_ALSO_WORDS, NAME_KIND_TAGS, NAME_TAGS, NON_NAME_WORD_CLASSES, ORDINARY_ENDINGS } from '../lexicon/names';
import { dictionaryWord } from '../lexicon/dictionary';
import { EXTRA_COUNTRIES } from '../lexicon/gazetteer';
import { ORG_HEADS, ORG_STARTS, PLACE_ACRONYMS, PLACE_HEADS } from '../lexicon/organisations';
import type { Token, Tokenized } from '../tokens';
import { knownName } from './known';

type Lexicon = Record<string, string | string[]>;
let lexiconCache: Lexicon | null = null;

/** compromise's own lexicon (lower-case word or phrase → tags), read once. */
function lexicon(): Lexicon {
  if (!lexiconCache) lexiconCache = (nlp().model() as unknown as { one: { lexicon: Lexicon } }).one.lexicon;
  return lexiconCache;
}

/** The tags compromise's lexicon gives a lower-case word or phrase, without its guesses from context. */
export function lexiconTags(lower: string): string[] {
  const tag = lexicon()[lower];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/** True when compromise's lexicon knows the lower-case word or phrase at all. */
export function inLexicon(lower: string): boolean {
  return lexicon()[lower] !== undefined;
}

/**
 * A capitalised word that is an ordinary English word by the dictionary or compromise's lexicon, and
 * neither a name compromise knows nor a well-known name: "Security", "Farm", but not "Kelsbridge", "Texas".
 */
export function ordinaryCapitalised(t: Token): boolean {
  const key = nameKey(t.text);
  if (lexiconName(t) || knownName(key) !== undefined) return false;
  return lexiconSaysCommon(key) || dictionaryWord(key);
}

/** True when compromise's lexicon knows the lower-case word as an ordinary word (not a name). */
export function lexiconSaysCommon(lower: string): boolean {
  const tag = lexicon()[lower];
  if (tag === undefined) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return !tags.some((t) => NAME_TAGS.has(t));
}

/** True when compromise's lexicon knows the lower-case phrase as a name, or the gazetteer does. */
export function lexiconNamesPhrase(phrase: string): boolean {
  const tag = lexicon()[phrase];
  if (tag === undefined) return knownName(phrase) !== undefined;
  const tags = Array.isArray(tag) ? tag : [tag];
  return tags.some((x) => NAME_TAGS.has(x));
}

/** Words compromise's lexicon tags as kinds of names (not guesses from capitalisation). */
export function lexiconName(t: Token): boolean {
  const tag = lexicon()[t.normal.replace(/'s$/, '')];
  if (tag === undefined) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return tags.some((x) => NAME_KIND_TAGS.has(x));
}

const APOSTROPHES = /[’‘`´]/g;

/** Lower-case, apostrophes straightened, possessive and dots dropped: the key that links equal spellings. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/'s$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A nationality or group adjective: "German", "Ukrainians", "Western". */
export function isDemonym(t: Token): boolean {
  if (t.tags.has('Demonym')) return true;
  const key = nameKey(t.text);
  if (EXTRA_DEMONYMS.has(key)) return true;
  const tag = lexicon()[key] ?? lexicon()[key.replace(/s$/, '')];
  return tag === 'Demonym' || (Array.isArray(tag) && tag.includes('Demonym'));
}

export function isPossessive(t: Token): boolean {
  return /['’]s$/i.test(t.text) || (/s['’]$/.test(t.text) && t.tags.has('Possessive'));
}

export function startsUpper(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

export function isAllUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Punctuation after a token that ends a name. */
export function breaksAfter(t: Token): boolean {
  const post = t.post.replace(/\s+/g, '');
  if (post === '') return false;
  if (post === '.' && t.tags.has('Abbreviation')) return false;
  // An initial: "M. Halloran", "J. R. Halloran".
  if (post === '.' && /^\p{Lu}$/u.test(t.text)) return false;
  // A hyphen joins words ("Kel-Vardo"); with spaces around it, it is a dash ("SAILING - KELSBRIDGE").
  if ((post === '-' || post === '‐') && !/\s/.test(t.post)) return false;
  return true;
}

/** Punctuation before a token that starts a new name (an opening quote or bracket). */
export function breaksBefore(t: Token): boolean {
  return t.pre.replace(/\s+/g, '') !== '';
}

/** The length of a trailing possessive on a token's text: 2 for ’s, 1 for s’, else 0. */
export function possessiveCut(t: Token): number {
  const m = /(?:['’]s|s['’])$/i.exec(t.text);
  if (!m) return 0;
  return m[0].startsWith('s') ? 1 : 2;
}

/** A single capital letter and a dot, directly before a capitalised word of the same paragraph. */
export function isInitial(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  const next = tk.tokens[i + 1];
  return /^\p{Lu}$/u.test(t.text) && /^\.\s*$/.test(t.post) && !!next && next.paragraph === t.paragraph && startsUpper(next.text);
}

/** An ordinary English word by compromise's lexicon or tagging, inflections included. */
export function ordinaryWord(t: Token): boolean {
  const key = nameKey(t.text);
  if (lexiconSaysCommon(key)) return true;
  for (const stem of stems(key)) if (lexiconSaysCommon(stem)) return true;
  if (t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('Acronym')) return false;
  // A dictionary word that is no name compromise or the gazetteer knows: "SQUAD", "Disputes".
  if (dictionaryWord(key) && !lexiconName(t) && knownName(key) === undefined) return true;
  // compromise calls any unknown capitalised word a ProperNoun; English derivational endings and plural
  // endings still give ordinary words away ("Negotiations", "Territorial", "Shifting", "Disputes").
  if (ORDINARY_ENDINGS.test(key) || (t.tags.has('Plural') && !t.tags.has('Possessive'))) return true;
  if (t.tags.has('ProperNoun')) return false;
  return t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Adverb');
}

/** A capitalised noun compromise chose not to call a ProperNoun: it read the line as title case. */
export function titleCaseNoun(t: Token): boolean {
  return t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Person') && !t.tags.has('Place') && startsUpper(t.text) && !isAllUpper(t.text);
}

// A capital, then letters, apostrophes and hyphens with at least one lower-case letter among them. The
// part before the first lower-case letter excludes lower-case letters, so the match is linear.
const MIXED_CASE_WORD = /^\p{Lu}[\p{Lu}\p{Lt}\p{Lm}\p{Lo}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/** A capitalised word that is neither in compromise's lexicon nor looks like an ordinary English word. */
export function unknownWord(t: Token): boolean {
  if (inLexicon(t.normal) || inLexicon(nameKey(t.text)) || ordinaryWord(t)) return false;
  if (!MIXED_CASE_WORD.test(t.text.replace(/['’]s$/, ''))) return false;
  return !NON_NAME_WORD_CLASSES.some((tag) => t.tags.has(tag));
}

/** Candidate base forms of an inflected lower-case word: plural, past and -ing endings taken off. */
function stems(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  return out;
}

/** Tokens [first, last] read as an organisation: an organisation head last, or "Ministry of ...". */
export function orgLike(tk: Tokenized, first: number, last: number): boolean {
  const lastKey = nameKey(tk.tokens[last]!.text);
  if (ORG_HEADS.has(lastKey)) return true;
  for (let i = first; i < last; i++) {
    if (ORG_STARTS.has(nameKey(tk.tokens[i]!.text)) && tk.tokens[i + 1]!.normal === 'of') return true;
  }
  return false;
}

/** Tokens [first, last] (two or more) read as a place: a place head last ("Ostra Sea"). */
export function placeLike(tk: Tokenized, first: number, last: number): boolean {
  return last > first && PLACE_HEADS.has(nameKey(tk.tokens[last]!.text));
}

/** Whether the key names a country (or a home nation, which fields its own national sides). */
export function isCountry(key: string): boolean {
  const bare = key.replace(/^the /, '');
  return EXTRA_COUNTRIES.has(bare) || PLACE_ACRONYMS.has(bare) || lexiconTags(bare).includes('Country');
}

/** compromise's lexicon tags of given names. */
const GIVEN_NAME_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName'];

/**
 * A given name: one compromise's lexicon or tagger knows, or one that is also an ordinary word or a month
 * ("Frank", "Jan"); hyphenated given names count when every part is one ("Jean-Paul").
 */
export function givenName(t: Token): boolean {
  if (t.tags.has('FirstName') && !t.tags.has('Place')) return true;
  const parts = nameKey(t.text).split('-');
  return parts.every((p) => GIVEN_NAMES_ALSO_WORDS.has(p) || lexiconTags(p).some((x) => GIVEN_NAME_TAGS.includes(x)));
}

/** A capitalised word that can only be a name: in no dictionary, compromise's lexicon or the gazetteer ("Asselman"). */
export function surnameLike(t: Token): boolean {
  const key = nameKey(t.text);
  return /^\p{Lu}\p{Ll}/u.test(t.text) && !dictionaryWord(key) && !inLexicon(key) && knownName(key) === undefined;
}
