// Where names begin and end: runs of capitalised words in each sentence (with particles such as "of" or
// "de" inside), cut at punctuation and possessives, then split into names with titles, leading
// nationality words and hyphenated prefixes taken off.

import { CALENDAR_WORDS } from '../lexicon/calendar';
import { FUNCTION_WORDS, HYPHEN_PREFIXES, NAME_CONNECTORS, NEVER_NAMES, NUMBERED_HEADS, ORG_CONNECTORS } from '../lexicon/names';
import { COMPANY_SUFFIXES, ORG_HEADS, ORG_STARTS, PLACE_HEADS, US_CAPITALS } from '../lexicon/organisations';
import { SPEECH_VERBS } from '../lexicon/speech';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import type { Tokenized } from '../tokens';
import { atClauseStart, type Evidence, type SentenceInfo } from './evidence';
import { knownName } from './known';
import type { NameCandidate } from './types';
import {
  breaksAfter,
  breaksBefore,
  isDemonym,
  isInitial,
  isPossessive,
  lexiconName,
  lexiconNamesPhrase,
  lexiconSaysCommon,
  nameKey,
  ordinaryWord,
  orgLike,
  placeLike,
  possessiveCut,
  startsUpper,
  unknownWord,
} from './words';

/** Every name candidate of the article, unclassified, in text order. */
export function findCandidates(tk: Tokenized, infos: SentenceInfo[], evidence: Evidence): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  tk.sentenceTokens.forEach(([a, b], s) => {
    for (const run of nameRuns(tk, a, b, infos[s]!, evidence)) {
      // compromise ends a sentence after an initial ("J. Halloran 4-17"): take the initials back.
      while (run[0] === tk.sentenceTokens[tk.tokens[run[0]]!.sentence]![0] && run[0] > 0 && isInitial(tk, run[0] - 1)) run[0]--;
      for (const c of splitRun(tk, run[0], run[1])) candidates.push(c);
    }
  });
  return candidates;
}

/** Is the word part of a multi-word name compromise's lexicon knows ("Hong Kong", "HONG KONG")? */
function inLexiconPhrase(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  const key = nameKey(t.text);
  const prev = tk.tokens[i - 1];
  const next = tk.tokens[i + 1];
  if (next && next.sentence === t.sentence && !breaksAfter(t) && startsUpper(next.text) && lexiconNamesPhrase(`${key} ${nameKey(next.text)}`)) return true;
  if (prev && prev.sentence === t.sentence && !breaksAfter(prev) && startsUpper(prev.text) && lexiconNamesPhrase(`${nameKey(prev.text)} ${key}`)) return true;
  return false;
}

/** Is this token a word that may be part of a name in this position? */
function nameToken(tk: Tokenized, i: number, sentStart: number, info: SentenceInfo, evidence: Evidence): boolean {
  const t = tk.tokens[i]!;
  const text = t.text;
  if (!/^[\p{Lu}\p{Lt}]/u.test(text) && !/^\p{Lu}/u.test(text.replace(/^['’]/, ''))) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (isInitial(tk, i)) return tk.tokens[i + 1]!.sentence === t.sentence && !info.allCaps;
  const key = nameKey(text);
  const settled = settledByTheWord(tk, i, key, info, evidence);
  if (settled !== undefined) return settled;
  if (info.unreliable) return confirmedName(tk, i, key, info, evidence);
  if (atClauseStart(tk, i, sentStart)) return info.table ? nameInTableRow(tk, i, key) : nameAtClauseStart(tk, i, key, evidence);
  return true;
}

/**
 * What the word itself settles wherever it stands: never a name (a pronoun, a month, a function word),
 * or always one (the US, a dateline's place, part of a name the lexicon knows). Undefined: not settled.
 */
function settledByTheWord(tk: Tokenized, i: number, key: string, info: SentenceInfo, evidence: Evidence): boolean | undefined {
  const t = tk.tokens[i]!;
  if (NEVER_NAMES.has(key) || NEVER_NAMES.has(t.normal)) return false;
  // "In", "For", "And" capitalised after a dash or in a heading are not names ("The" is dropped later).
  if (FUNCTION_WORDS.has(key) && key !== 'the' && key !== 'of' && key !== 'and') return false;
  if (CALENDAR_WORDS.has(key) || t.tags.has('Month') || t.tags.has('WeekDay')) return false;
  // "US"/"U.S." are tagged as the pronoun "us"; written in capitals outside a capitals line they are the country.
  const countryUs = US_CAPITALS.has(t.text) && !info.allCaps;
  if ((t.tags.has('Pronoun') && !countryUs) || (t.tags.has('Value') && !/\p{L}{2}/u.test(t.text))) return false;
  if (countryUs) return true;
  if (evidence.dateline.has(i) || evidence.agency.has(i)) return true;
  if (inLexiconPhrase(tk, i)) return true;
  // A well-known name is a name wherever it stands ("Reuters said", "BERLIN TALKS"), unless it is also an
  // ordinary English word, whose capital may only mark a sentence's start.
  if (knownName(key, t.text.toLowerCase()) && !lexiconSaysCommon(key)) return true;
  return undefined;
}

/** Headlines and all-caps lines: only words the article or the lexicon confirms as names. */
function confirmedName(tk: Tokenized, i: number, key: string, info: SentenceInfo, evidence: Evidence): boolean {
  const t = tk.tokens[i]!;
  if (evidence.capitalised.has(key)) return true;
  if (info.allCaps && evidence.lower.has(key)) return false;
  if (lexiconSaysCommon(key)) return false;
  if (lexiconName(t)) return true;
  if (info.allCaps) return !evidence.lower.has(key) && !FUNCTION_WORDS.has(key) && !ordinaryWord(t);
  return false;
}

/** A capitalised word where any word is capitalised (a sentence's or a quotation's first word). */
function nameAtClauseStart(tk: Tokenized, i: number, key: string, evidence: Evidence): boolean {
  const t = tk.tokens[i]!;
  if (evidence.capitalised.has(key)) return true;
  // A title opening the sentence before a name: "President Anna Varga said".
  const after1 = tk.tokens[i + 1];
  const titleNext = !!after1 && (TITLE_HEADS.has(nameKey(after1.text)) || TITLE_MODIFIERS.has(nameKey(after1.text)));
  if ((TITLE_HEADS.has(key) || (TITLE_MODIFIERS.has(key) && titleNext)) && after1 && after1.sentence === t.sentence && !breaksAfter(t) && startsUpper(after1.text)) {
    return true;
  }
  if (lexiconSaysCommon(key) || evidence.lower.has(key)) return false;
  if (lexiconName(t)) return true;
  // An unknown capitalised first word is a name when another capitalised word follows it
  // ("Tomas Brel noted") or a reporting verb does ("Brel warned").
  const next = tk.tokens[i + 1];
  if (next && next.sentence === t.sentence && !breaksAfter(t) && (startsUpper(next.text) || SPEECH_VERBS.has(next.normal))) {
    return true;
  }
  // A word compromise does not know as an ordinary word, never written in lower case in the article,
  // is a name wherever it stands: "Kelsbridge 3 1 1", "Vardenic, the tyre maker, said".
  return unknownWord(t);
}

/**
 * The first word of a table's row or cell: a name unless it is a function word or an ordinary word
 * that no figure, bracket or name follows ("Ardent 3", "Lens 4 4 0", "OSTRA 62 62").
 */
function nameInTableRow(tk: Tokenized, i: number, key: string): boolean {
  const t = tk.tokens[i]!;
  if (FUNCTION_WORDS.has(key) || !/\p{L}{2}/u.test(t.text)) return false;
  if (!lexiconSaysCommon(key)) return true;
  const next = tk.tokens[i + 1];
  if (!next || next.sentence !== t.sentence) return false;
  if (/\(\s*$/.test(t.post)) return true;
  return !breaksAfter(t) && (/^\d/.test(next.text) || startsUpper(next.text));
}

/** Runs of name tokens in one sentence, as inclusive token ranges, cut at punctuation and possessives. */
function nameRuns(tk: Tokenized, a: number, b: number, info: SentenceInfo, evidence: Evidence): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  let i = a;
  const close = (end: number) => {
    if (start >= 0) runs.push([start, end]);
    start = -1;
  };
  while (i < b) {
    const t = tk.tokens[i]!;
    const isName = nameToken(tk, i, a, info, evidence);
    if (isName) {
      if (start >= 0 && breaksBefore(t)) close(i - 1);
      if (start < 0) start = i;
      if ((breaksAfter(t) || isPossessive(t)) && !possessiveInsideName(tk, i, b)) {
        close(i);
      } else if (NUMBERED_HEADS.has(t.normal) && i + 1 < b && /^\d+[a-z]?(?:-|$)/i.test(tk.tokens[i + 1]!.text)) {
        // "Article 5", "Resolution 2231", "Flight 17": the number is part of the name.
        i++;
        if (breaksAfter(tk.tokens[i]!)) close(i);
      }
      i++;
      continue;
    }
    // A lower-case particle inside a name: "Bank of Lorland", "Marie de Vasse", "al-Sarraf".
    if (start >= 0 && NAME_CONNECTORS.has(t.normal) && !breaksBefore(t) && !breaksAfter(t) && i + 1 < b) {
      const next = tk.tokens[i + 1]!;
      if (!breaksBefore(next) && nameToken(tk, i + 1, a, info, evidence) && connectorFits(tk, start, i)) {
        i++;
        continue;
      }
    }
    // A particle that starts a name: "al-Sarraf", "de Vasse" after a first name is handled above;
    // "bin Sarraf" alone is rare and left alone.
    close(i - 1);
    i++;
  }
  close(b - 1);
  return runs;
}

/**
 * A plural possessive inside an organisation's name: "Dockworkers’ Union", "Gulf Terminal Operators'
 * Association", "People's Party", "Women's Institute". The possessor is a plural common noun and the
 * next word an organisation head; "Nordland's Foreign Ministry" (a singular name's possessive) is two names.
 */
function possessiveInsideName(tk: Tokenized, i: number, b: number): boolean {
  const t = tk.tokens[i]!;
  const next = tk.tokens[i + 1];
  if (!next || i + 1 >= b || breaksBefore(next) || !startsUpper(next.text) || !ORG_HEADS.has(next.normal)) return false;
  const post = t.post.replace(/\s+/g, '');
  const pluralApostrophe = /s$/i.test(t.text) && /^['’]$/.test(post) && /\s$/.test(t.post);
  const pluralGenitive = post === '' && /['’]s$/i.test(t.text) && t.tags.has('Plural');
  return (pluralApostrophe || pluralGenitive) && !t.tags.has('Place') && !t.tags.has('Person');
}

/**
 * Whether a particle may join the run before it to the name after it. "of", "for", "and" only join
 * organisation- and place-like names ("Bank of Lorland"), never a list ("Ardent, Lorland and Nordland").
 */
function connectorFits(tk: Tokenized, runStart: number, at: number): boolean {
  const word = tk.tokens[at]!.normal;
  if (!ORG_CONNECTORS.has(word)) return true;
  const head = tk.tokens[at - 1]!;
  const headKey = nameKey(head.text);
  if (word === 'and' || word === '&') {
    // Only inside company-style names written with "&" or "and" between surnames: rare, so only "&".
    return tk.tokens[at]!.text === '&';
  }
  if (ORG_STARTS.has(headKey) || ORG_HEADS.has(headKey) || PLACE_HEADS.has(headKey)) return true;
  // "Secretary of State", "Minister of Defence": a title followed by "of".
  if (TITLE_HEADS.has(headKey)) return true;
  return at - 1 === runStart && ORG_STARTS.has(headKey);
}

/** Leading words of a run that are not part of its name: "The", a hyphenated prefix, a company suffix. */
function skipLeading(tk: Tokenized, first: number, last: number): number {
  while (first <= last) {
    const t = tk.tokens[first]!;
    const k = nameKey(t.text);
    // "Vardenic, Inc. Used with permission": a company suffix belongs to the name before the comma.
    if (k === 'the' || (HYPHEN_PREFIXES.has(k) && t.post.startsWith('-')) || (COMPANY_SUFFIXES.has(k) && first < last)) first++;
    else break;
  }
  return first;
}

/**
 * The title inside a run, as tokens [first, last]: the first title word followed by a name word, with
 * the modifiers before it ("Interior Minister") and the title words after it ("Deputy Prime Minister").
 * Multi-word titles with "of" count whole ("Secretary of State"). Null when the run has none.
 */
function findTitle(tk: Tokenized, first: number, last: number): { first: number; last: number } | null {
  const heads = (j: number) => TITLE_HEADS.has(nameKey(tk.tokens[j]!.text));
  for (let i = first; i < last; i++) {
    const kk = tk.tokens[i]!.text.toLowerCase().replace(/\.$/, '') + '.';
    if (!heads(i) && !TITLE_HEADS.has(kk)) continue;
    let titleLast = i + 2 < last && tk.tokens[i + 1]!.normal === 'of' && startsUpper(tk.tokens[i + 2]!.text) ? i + 2 : i;
    let m = i - 1;
    while (m >= first && TITLE_MODIFIERS.has(nameKey(tk.tokens[m]!.text)) && !isPossessive(tk.tokens[m]!)) m--;
    // Keep scanning: "Deputy Prime Minister" ends at the last title word before the name.
    for (let j = titleLast + 1; j < last && (heads(j) || TITLE_MODIFIERS.has(nameKey(tk.tokens[j]!.text))); j++) {
      if (heads(j)) titleLast = j;
    }
    return { first: m + 1, last: titleLast };
  }
  return null;
}

/**
 * Splits a run of capitalised words into names: titles and leading nationality words come off, a
 * hyphenated prefix ("Pro-Varnak") comes off, and a run of titles alone yields nothing.
 */
function splitRun(tk: Tokenized, runFirst: number, last: number): NameCandidate[] {
  const first = skipLeading(tk, runFirst, last);
  if (first > last) return [];
  const title = findTitle(tk, first, last);
  // "Kelsbridge General Hospital": what follows the "title" is an organisation's or a place's head.
  // (A title found always ends before the run's last word, so a name follows it.)
  if (title && !orgLike(tk, title.last + 1, last) && !PLACE_HEADS.has(nameKey(tk.tokens[last]!.text))) {
    return titledName(tk, first, last, title);
  }
  // A run ending in a title word ("Nordic Chancellor’s spokesperson"): the words before it may still be
  // names ("Nordic"), the title alone is not.
  const lastKey = nameKey(tk.tokens[last]!.text);
  if (TITLE_HEADS.has(lastKey) && !ORG_HEADS.has(lastKey)) {
    let m = last - 1;
    while (m >= first && TITLE_MODIFIERS.has(nameKey(tk.tokens[m]!.text))) m--;
    return m >= first ? splitRun(tk, first, m) : [];
  }
  // A nationality adjective before a name that is not an organisation: "Nordic Anna Varga" is two
  // names, but "Nordic Defence Ministry" keeps its adjective.
  if (first < last && isDemonym(tk.tokens[first]!) && !orgLike(tk, first, last) && !placeLike(tk, first, last)) {
    return [candidate(tk, first, first), candidate(tk, first + 1, last)].filter((c): c is NameCandidate => c !== null);
  }
  const c = candidate(tk, first, last);
  return c ? [c] : [];
}

/** The name after a title, carrying it; the words before the title ("White House", "German") split on their own. */
function titledName(tk: Tokenized, first: number, last: number, title: { first: number; last: number }): NameCandidate[] {
  const out: NameCandidate[] = [];
  if (title.first > first) out.push(...splitRun(tk, first, title.first - 1));
  const c = candidate(tk, title.last + 1, last);
  if (c) {
    c.title = { first: title.first, last: title.last, text: textOf(tk, title.first, title.last) };
    out.push(c);
  }
  return out;
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
