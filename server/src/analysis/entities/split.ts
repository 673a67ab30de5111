// How a run of capitalised words splits into names: a title or an office comes off the person after it
// ("Interior Minister" | "Anna Varga", "Secretary of the Nordic Security Council" | "Tomas Brel"), an
// organisation ends where a person's name begins ("Harbour Council" | "Tomas Brel"), leading nationality
// words and hyphenated prefixes come off, and the edges of each name are trimmed.

import { dictionaryWord } from '../lexicon/dictionary';
import { HYPHEN_PREFIXES, NAME_CONNECTORS } from '../lexicon/names';
import { COMPANY_SUFFIXES, ORG_HEADS, PLACE_HEADS } from '../lexicon/organisations';
import { ROLE_NOUNS, TITLE_COMPOUNDS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import type { Tokenized } from '../tokens';
import { knownName } from './known';
import type { NameCandidate } from './types';
import {
  givenName,
  inLexicon,
  isDemonym,
  isInitial,
  isPossessive,
  lexiconNamesPhrase,
  lexiconSaysCommon,
  lexiconTags,
  nameKey,
  ordinaryCapitalised,
  orgLike,
  placeLike,
  possessiveCut,
  startsUpper,
  surnameLike,
} from './words';

/** A title's tokens [first, last], inclusive. */
interface Span {
  first: number;
  last: number;
}

/** Leading words of a run that are not part of its name: "The", a hyphenated prefix, a company suffix. */
function skipLeading(tk: Tokenized, first: number, last: number): number {
  while (first <= last) {
    const t = tk.tokens[first]!;
    const k = nameKey(t.text);
    // "Vardenic, Inc. Used with permission": a company suffix belongs to the name before the comma.
    if (k === 'the' || prefixOff(tk, first, last) || (COMPANY_SUFFIXES.has(k) && first < last) || describingWord(tk, first, last)) first++;
    else break;
  }
  return first;
}

/**
 * A hyphenated prefix before a name that is not part of it: the hyphenated word modifies a noun after it
 * ("Pro-Varnak rally", "Anti-Brel protesters") or the prefix is a title's ("Ex-President Brel"). A name
 * standing alone keeps it: "the pipeline company Trans-Karst said" is Trans-Karst.
 */
function prefixOff(tk: Tokenized, first: number, last: number): boolean {
  const t = tk.tokens[first]!;
  if (!HYPHEN_PREFIXES.has(nameKey(t.text)) || !t.post.startsWith('-')) return false;
  if (first === last || TITLE_HEADS.has(nameKey(tk.tokens[first + 1]!.text))) return true;
  const end = tk.tokens[last]!;
  const next = tk.tokens[last + 1];
  if (!next || next.sentence !== end.sentence || /\S/.test(end.post)) return false;
  return /^\p{Ll}/u.test(next.text) && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun');
}

/**
 * A sentence's first word that describes the person whose full name follows ("Billionaire Harald
 * Vinter said"): an ordinary word, not a given name, before a given name and a surname. Capitalised
 * only because it opens the sentence, it is no part of the name.
 */
function describingWord(tk: Tokenized, first: number, last: number): boolean {
  const t = tk.tokens[first]!;
  if (last - first < 2 || !atSentenceStart(tk, first) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const next = tk.tokens[first + 1]!;
  const k = nameKey(t.text);
  return (ordinaryCapitalised(t) || ROLE_NOUNS.has(k)) && !givenName(t) && (givenName(next) || surnameLike(next)) && !TITLE_HEADS.has(k);
}

/** Whether a token opens its sentence. */
function atSentenceStart(tk: Tokenized, i: number): boolean {
  const prev = tk.tokens[i - 1];
  return !prev || prev.sentence !== tk.tokens[i]!.sentence;
}

function keyAt(tk: Tokenized, i: number): string {
  return nameKey(tk.tokens[i]!.text);
}

function isTitleHead(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  return TITLE_HEADS.has(nameKey(t.text)) || TITLE_HEADS.has(t.text.toLowerCase().replace(/\.$/, '') + '.');
}

/**
 * A word that may stand in a person's name: capitalised (or an initial), and neither the head of an
 * organisation, place or title, nor a nationality, nor an ordinary English word, nor a known place or body.
 */
function personWord(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  const key = nameKey(t.text);
  if (isInitial(tk, i)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  if (ORG_HEADS.has(key) || PLACE_HEADS.has(key) || TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key) || isDemonym(t)) return false;
  if (knownName(key) || lexiconTags(key).some((x) => x === 'Place' || x === 'Country' || x === 'City' || x === 'Region')) return false;
  return !lexiconSaysCommon(key);
}

/** A first name by compromise's lexicon, or a word that is no ordinary word ("Rustem"). */
function givenNameLike(tk: Tokenized, i: number): boolean {
  const key = keyAt(tk, i);
  if (isInitial(tk, i) || lexiconTags(key).some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName')) return true;
  return !inLexicon(key) && !dictionaryWord(key);
}

/**
 * Where a person's name of two or three words ends the run after token `after`: "Harbour Council Tomas
 * Brel" -> the index of "Tomas". -1 when the run does not end in one.
 */
export function personTail(tk: Tokenized, after: number, last: number): number {
  for (const len of [3, 2]) {
    const k = last - len + 1;
    if (k <= after) continue;
    let all = true;
    for (let j = k; j <= last && all; j++) all = personWord(tk, j);
    if (all && givenNameLike(tk, k)) return k;
  }
  return -1;
}

/**
 * A capitalised ordinary word that belongs to the office before a title rather than to a name: "Farm" in
 * "EU Farm Commissioner", "Interior" in "Interior Minister". Never part of a known name ("White House").
 */
function officeWord(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  const key = nameKey(t.text);
  if (isPossessive(t) || ORG_HEADS.has(key) || PLACE_HEADS.has(key) || isDemonym(t)) return false;
  const prev = tk.tokens[i - 1];
  if (prev && startsUpper(prev.text) && lexiconNamesPhrase(`${nameKey(prev.text)} ${key}`)) return false;
  if (TITLE_MODIFIERS.has(key)) return true;
  return /^\p{Lu}\p{Ll}/u.test(t.text) && ordinaryCapitalised(t);
}

/** The first word of the office that ends with the title word at `head`: "Deputy Prime", "Trade and Industry". */
function officeStart(tk: Tokenized, first: number, head: number): number {
  let m = head - 1;
  // "White House Press Secretary": a two-word title whose first word heads organisations elsewhere.
  if (m >= first && TITLE_COMPOUNDS.has(`${keyAt(tk, m)} ${keyAt(tk, head)}`)) m--;
  while (m >= first) {
    if (officeWord(tk, m)) m--;
    else if (tk.tokens[m]!.normal === 'and' && m - 1 >= first && officeWord(tk, m - 1)) m -= 2;
    else break;
  }
  return m + 1;
}

/**
 * The end of a title's "of" phrase: "Secretary of State", "Chief of the General Staff", "Chief Minister of
 * Gujarat", "Secretary of the Harbour Council" reach up to the person's name after them, if any. The
 * phrase ends before a full name, else after the last organisation or place head in it, else after its
 * first word. The title word itself when no "of" follows it.
 */
function ofPhraseEnd(tk: Tokenized, i: number, last: number): number {
  if (tk.tokens[i + 1]?.normal !== 'of') return i;
  let j = i + 2;
  if (tk.tokens[j]?.normal === 'the') j++;
  if (j > last || !startsUpper(tk.tokens[j]!.text)) return i;
  const tail = personTail(tk, j, last);
  if (tail > j) return tail - 1;
  for (let h = last; h > j; h--) {
    const key = keyAt(tk, h);
    if (ORG_HEADS.has(key) || PLACE_HEADS.has(key)) return h;
  }
  return j;
}

/**
 * The title inside a run, as tokens [first, last]: the first title word followed by a name word, with
 * the office words before it ("Interior Minister", "EU Farm Commissioner" from "Farm") and the title words
 * after it ("Deputy Prime Minister"). Titles with "of" count whole ("Chief of the General Staff").
 * A title word that heads an organisation ("General Staff", "General Motors") is no title. Null when none.
 */
function findTitle(tk: Tokenized, first: number, last: number): Span | null {
  for (let i = first; i < last; i++) {
    // "Journalist Piet Oduya", "Chief Accountant Anna Varga": a role noun before a full name is a title too.
    if (!isTitleHead(tk, i) && !(ROLE_NOUNS.has(keyAt(tk, i)) && personTail(tk, i, last) === i + 1)) continue;
    const nextKey = keyAt(tk, i + 1);
    if (ORG_HEADS.has(nextKey) || PLACE_HEADS.has(nextKey)) continue;
    let titleLast = i;
    // Keep scanning: "Deputy Prime Minister", "Chief Accountant" end at the last title word before the name.
    const roleBeforeName = (j: number) => ROLE_NOUNS.has(keyAt(tk, j)) && personTail(tk, j, last) === j + 1;
    for (let j = i + 1; j < last && (isTitleHead(tk, j) || TITLE_MODIFIERS.has(keyAt(tk, j)) || roleBeforeName(j)); j++) {
      if (isTitleHead(tk, j) || roleBeforeName(j)) titleLast = j;
    }
    return { first: officeStart(tk, first, i), last: ofPhraseEnd(tk, titleLast, last) };
  }
  return null;
}

/** "Harbour Council Tomas Brel": the organisation's head after which a person's name ends the run; -1 when none. */
function officeBeforePerson(tk: Tokenized, first: number, last: number): number {
  for (let h = last - 2; h >= first; h--) {
    if (ORG_HEADS.has(keyAt(tk, h)) && startsUpper(tk.tokens[h]!.text) && personTail(tk, h, last) === h + 1) return h;
  }
  return -1;
}

/**
 * Splits a run of capitalised words into names: titles and leading nationality words come off, an
 * organisation ends where a person's name begins, a hyphenated prefix ("Pro-Varnak") comes off, and a
 * run of titles alone yields nothing.
 */
export function splitRun(tk: Tokenized, runFirst: number, last: number): NameCandidate[] {
  let first = skipLeading(tk, runFirst, last);
  // A name never opens with a particle: what is left of "Minister of Defence and Aviation Prince Sultan".
  while (first <= last && NAME_CONNECTORS.has(tk.tokens[first]!.normal)) first++;
  if (first > last) return [];
  const title = findTitle(tk, first, last);
  // "Kelsbridge General Hospital": what follows the "title" is an organisation's or a place's head. A
  // title that ends the run ("Chief Minister of Gujarat") names no person, only what its "of" phrase names.
  if (title && (title.last === last || (!orgLike(tk, title.last + 1, last) && !PLACE_HEADS.has(keyAt(tk, last))))) {
    return titledName(tk, first, last, title);
  }
  // A run ending in a title word ("Nordic Chancellor’s spokesperson"): the words before it may still be
  // names ("Nordic"), the title alone is not.
  const lastKey = keyAt(tk, last);
  if (TITLE_HEADS.has(lastKey) && !ORG_HEADS.has(lastKey)) {
    let m = last - 1;
    while (m >= first && TITLE_MODIFIERS.has(keyAt(tk, m))) m--;
    return m >= first ? splitRun(tk, first, m) : [];
  }
  const office = officeBeforePerson(tk, first, last);
  if (office >= 0) return [...splitRun(tk, first, office), ...splitRun(tk, office + 1, last)];
  // A nationality adjective before a name that is not an organisation: "Nordic Anna Varga" is two
  // names, but "Nordic Defence Ministry" keeps its adjective.
  if (first < last && isDemonym(tk.tokens[first]!) && !orgLike(tk, first, last) && !placeLike(tk, first, last)) {
    return [candidate(tk, first, first), candidate(tk, first + 1, last)].filter((c): c is NameCandidate => c !== null);
  }
  const c = candidate(tk, first, last);
  return c ? [c] : [];
}

/**
 * The name after a title, carrying it. The words before the title ("White House", "German") split on
 * their own, and so does a name inside the title's "of" phrase ("Chief of the General Staff").
 */
function titledName(tk: Tokenized, first: number, last: number, title: Span): NameCandidate[] {
  const out: NameCandidate[] = [];
  if (title.first > first) out.push(...splitRun(tk, first, title.first - 1));
  out.push(...namesInsideTitle(tk, title));
  const named = splitRun(tk, title.last + 1, last);
  if (named[0]) named[0].title = { first: title.first, last: title.last, text: textOf(tk, title.first, title.last) };
  out.push(...named);
  return out;
}

/** The organisation or place named in a title's "of" phrase, when it is a name by itself ("General Staff", "Texas"). */
function namesInsideTitle(tk: Tokenized, title: Span): NameCandidate[] {
  let i = title.first;
  while (i < title.last && tk.tokens[i]!.normal !== 'of') i++;
  if (i >= title.last) return [];
  let j = i + 1;
  if (tk.tokens[j]!.normal === 'the') j++;
  if (j > title.last) return [];
  const named = j < title.last || !ordinaryCapitalised(tk.tokens[j]!);
  return named ? splitRun(tk, j, title.last) : [];
}

function textOf(tk: Tokenized, first: number, last: number): string {
  return tk.text.slice(tk.tokens[first]!.start, tk.tokens[last]!.end);
}

/** Trailing spaces and punctuation of a name (the lookbehind starts the match at the run's start: linear). */
const TRAILING_PUNCTUATION = /(?<![\s.,;:!?])[\s.,;:!?]+$/;

/** The name written by tokens [first, last], its edges trimmed, or null when no letter is left. */
function candidate(tk: Tokenized, first: number, last: number): NameCandidate | null {
  if (first > last) return null;
  const start = tk.tokens[first]!.start;
  const lastTok = tk.tokens[last]!;
  let text = tk.text.slice(start, nameEnd(tk, first, last));
  // Hyphenated single tokens such as "U.S.-brokered": keep the capitalised part only.
  const hy = /^(\p{Lu}[\p{L}.]*)-\p{Ll}/u.exec(text);
  if (hy && first === last) text = hy[1]!;
  // An abbreviation keeps its full stop ("St.", "Co."); other trailing punctuation goes.
  text = text.replace(TRAILING_PUNCTUATION, (m) => (m.startsWith('.') && /\b\p{Lu}\p{L}{0,3}\.$/u.test(text) ? '.' : ''));
  if (!/\p{L}/u.test(text)) return null;
  return {
    first,
    last,
    start,
    end: start + text.length,
    text,
    key: nameKey(text),
    type: 'other',
    confidence: 0,
    possessive: possessiveCut(lastTok) > 0,
  };
}

/** Where the name of tokens [first, last] ends: possessive off, an abbreviation's dot on, a number's suffix off. */
function nameEnd(tk: Tokenized, first: number, last: number): number {
  const lastTok = tk.tokens[last]!;
  let end = lastTok.end - possessiveCut(lastTok);
  // Abbreviations keep their dot ("Vardenic Co.", "St. Ardent"); compromise puts it in `post`.
  if (lastTok.tags.has('Abbreviation') && lastTok.post.startsWith('.') && !lastTok.text.endsWith('.')) {
    if (!/^\p{Lu}+$/u.test(lastTok.text) || lastTok.text.length <= 3) end = lastTok.end + 1;
  }
  // Dotted abbreviations whose last dot compromise put in `post`: "U.S" + ".)".
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(lastTok.text) && lastTok.post.startsWith('.')) end = lastTok.end + 1;
  // "Article 5-like": the number is part of the name, the suffix is not.
  const numbered = /^(\d+[A-Za-z]?)-\p{L}/u.exec(lastTok.text);
  if (numbered && last > first) end = lastTok.start + numbered[1]!.length;
  return end;
}
