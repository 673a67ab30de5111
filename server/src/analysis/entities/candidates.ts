// Where names begin and end: runs of capitalised words in each sentence (with particles such as "of" or
// "de" inside, and "and" inside an organisation's name), cut at punctuation and possessives, then split
// into names by entities/split.ts.

import { CALENDAR_WORDS } from '../lexicon/calendar';
import { dictionaryWord } from '../lexicon/dictionary';
import { FUNCTION_WORDS, NAME_CONNECTORS, NEVER_NAMES, NUMBERED_HEADS, ORG_CONNECTORS } from '../lexicon/names';
import { ORG_HEADS, ORG_STARTS, PLACE_HEADS, US_CAPITALS } from '../lexicon/organisations';
import { SPEECH_VERBS } from '../lexicon/speech';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import { NUMBER_WORDS } from '../lexicon/units';
import type { Token, Tokenized } from '../tokens';
import { atClauseStart, type Evidence, type SentenceInfo } from './evidence';
import { knownName } from './known';
import { splitRun } from './split';
import type { NameCandidate } from './types';
import {
  breaksAfter,
  breaksBefore,
  isInitial,
  isPossessive,
  lexiconName,
  lexiconNamesPhrase,
  lexiconSaysCommon,
  givenName,
  isDemonym,
  nameKey,
  ordinaryCapitalised,
  ordinaryWord,
  startsUpper,
  surnameLike,
  unknownWord,
} from './words';

/** A number or a code after a numbered head: "5", "2231", "17b", "NA171" (a flight), "5-like" (cut later). */
const NUMBER_OR_CODE = /^(?:\d+[a-z]?|\p{Lu}{1,3}\d{1,5}[A-Z]?)(?:-|$)/iu;

/** Every name candidate of the article, unclassified, in text order. */
export function findCandidates(tk: Tokenized, infos: SentenceInfo[], evidence: Evidence): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  tk.sentenceTokens.forEach(([a, b], s) => {
    for (const run of nameRuns(tk, a, b, infos[s]!, evidence)) {
      // compromise ends a sentence after an initial ("J. Halloran 4-17"): take the initials back.
      while (run[0] === tk.sentenceTokens[tk.tokens[run[0]]!.sentence]![0] && run[0] > 0 && isInitial(tk, run[0] - 1)) run[0]--;
      candidates.push(...splitRun(tk, run[0], run[1]));
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

/** The most letters of a syllable joined by a hyphen to a name word ("Jong-un", "Myung-bak"). */
const HYPHENED_SYLLABLE = /^\p{Ll}{1,4}$/u;

/**
 * A short lower-case syllable hyphened onto a capitalised word is the rest of that name word: romanised
 * Korean given names ("Kim Jong-un", "Kim Yo-jong", "Lee Myung-bak") would otherwise be cut at the
 * hyphen. An ordinary word after a hyphen ("Kong-based", "Merkel-era") is not.
 */
function hyphenedSyllable(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  const prev = tk.tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence || prev.post !== '-' || !startsUpper(prev.text)) return false;
  return HYPHENED_SYLLABLE.test(t.text) && !lexiconSaysCommon(t.text) && !dictionaryWord(t.text) && !FUNCTION_WORDS.has(t.text);
}

/** Is this token a word that may be part of a name in this position? */
function nameToken(tk: Tokenized, i: number, sentStart: number, info: SentenceInfo, evidence: Evidence): boolean {
  const t = tk.tokens[i]!;
  const text = t.text;
  if (hyphenedSyllable(tk, i)) return true;
  if (!/^[\p{Lu}\p{Lt}]/u.test(text) && !/^\p{Lu}/u.test(text.replace(/^['’]/, ''))) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (isInitial(tk, i)) return tk.tokens[i + 1]!.sentence === t.sentence && !info.allCaps;
  const key = nameKey(text);
  const settled = settledByTheWord(tk, i, key, info, evidence);
  if (settled !== undefined) return settled;
  if (info.unreliable) return confirmedName(tk, i, key, info, evidence);
  if (atClauseStart(tk, i, sentStart)) return info.table ? nameInTableRow(tk, i, key) : nameAtClauseStart(tk, i, key, info, evidence);
  return true;
}

/**
 * What the word itself settles wherever it stands: never a name (a pronoun, a month, a function word),
 * or always one (the US, a dateline's place, part of a name the lexicon knows). Undefined: not settled.
 */
function settledByTheWord(tk: Tokenized, i: number, key: string, info: SentenceInfo, evidence: Evidence): boolean | undefined {
  const t = tk.tokens[i]!;
  // A dotted abbreviation ("A.S.", "I.T.") is not the word its letters spell ("as", "it").
  const dotted = /^\p{Lu}\.\p{Lu}/u.test(t.text);
  if (!dotted && (NEVER_NAMES.has(key) || NEVER_NAMES.has(t.normal))) return false;
  // "In", "For", "And" capitalised after a dash or in a heading are not names ("The" is dropped later).
  if (!dotted && FUNCTION_WORDS.has(key) && key !== 'the' && key !== 'of' && key !== 'and') return false;
  // "where FIVE bridges were ripped away": a number word in capitals before a lower-case word is a
  // tabloid's number, no name ("FIVE NATIONS" in a capitals line stays one).
  if (NUMBER_WORDS.has(key) && t.text === t.text.toUpperCase() && /^\p{Ll}/u.test(tk.tokens[i + 1]?.text ?? '')) return false;
  if (CALENDAR_WORDS.has(key) || t.tags.has('Month') || t.tags.has('WeekDay')) return givenNameBeforeSurname(tk, i, info);
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

/** A given name that is also a word or a month, before a surname: "Frank Asselman", "Jan Siemerink". */
function givenNameBeforeSurname(tk: Tokenized, i: number, info: SentenceInfo): boolean {
  const t = tk.tokens[i]!;
  const next = tk.tokens[i + 1];
  if (info.allCaps || !next || next.sentence !== t.sentence || breaksAfter(t) || !givenName(t)) return false;
  return surnameLike(next);
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
function nameAtClauseStart(tk: Tokenized, i: number, key: string, info: SentenceInfo, evidence: Evidence): boolean {
  const t = tk.tokens[i]!;
  if (evidence.capitalised.has(key)) return true;
  // A title opening the sentence before a name: "President Anna Varga said", "Chief of the General Staff ...".
  if (titleOpening(tk, i, key)) return true;
  if (givenNameBeforeSurname(tk, i, info)) return true;
  if (lexiconSaysCommon(key) || evidence.lower.has(key)) return false;
  if (lexiconName(t)) return true;
  // An ordinary word ("Passengers told reporters") is capitalised here only because the clause starts; a
  // nationality ("French President ...") is capitalised anywhere.
  const next = tk.tokens[i + 1];
  const joined = next !== undefined && next.sentence === t.sentence && !breaksAfter(t);
  if (ordinaryWord(t)) {
    if (isDemonym(t)) return true;
    // An ending that only looks ordinary ("Vardenic", "Kessling") yields to a capitalised word after it,
    // unless the dictionary knows the word: "Vardenic Tyre Company posted", not "Passengers Told".
    return joined && startsUpper(next.text) && !dictionaryWord(key) && !knownStem(key);
  }
  // An unknown capitalised first word is a name when another capitalised word follows it
  // ("Tomas Brel noted") or a reporting verb does ("Brel warned").
  if (joined && (startsUpper(next.text) || SPEECH_VERBS.has(next.normal))) return true;
  // A word compromise does not know as an ordinary word, never written in lower case in the article,
  // is a name wherever it stands: "Kelsbridge 3 1 1", "Vardenic, the tyre maker, said".
  return unknownWord(t);
}

/** The dictionary knows the word once an inflection is taken off ("Negotiations", "Shifting"). */
function knownStem(key: string): boolean {
  for (const end of ['s', 'es', 'ed', 'ing', 'ly']) {
    if (key.endsWith(end) && dictionaryWord(key.slice(0, -end.length))) return true;
  }
  return false;
}

/**
 * The first word of a table's row or cell: a name unless it is a function word or an ordinary word
 * that no figure, bracket or name follows ("Ardent 3", "Lens 4 4 0", "OSTRA 62 62").
 */
function nameInTableRow(tk: Tokenized, i: number, key: string): boolean {
  const t = tk.tokens[i]!;
  const next = tk.tokens[i + 1];
  // "F.C. Kelsbridge 1", "A.S. Ostra 4 2 1 1": a club's dotted prefix before its name.
  if (/^(?:\p{Lu}\.?){2,3}$/u.test(t.text) && t.text.includes('.') && next && startsUpper(next.text)) return true;
  if (FUNCTION_WORDS.has(key) || !/\p{L}{2}/u.test(t.text)) return false;
  if (!lexiconSaysCommon(key)) return true;
  if (!next || next.sentence !== t.sentence) return false;
  if (/\(\s*$/.test(t.post)) return true;
  return !breaksAfter(t) && (/^\d/.test(next.text) || startsUpper(next.text));
}

/** A title word opening a clause before a name or an "of" phrase: "President Anna Varga", "Secretary of State". */
function titleOpening(tk: Tokenized, i: number, key: string): boolean {
  const t = tk.tokens[i]!;
  let after = tk.tokens[i + 1];
  if (!after || after.sentence !== t.sentence || breaksAfter(t)) return false;
  const titleNext = TITLE_HEADS.has(nameKey(after.text)) || TITLE_MODIFIERS.has(nameKey(after.text));
  if (!TITLE_HEADS.has(key) && !(TITLE_MODIFIERS.has(key) && titleNext)) return false;
  if (TITLE_HEADS.has(key) && after.normal === 'of') {
    after = tk.tokens[i + (tk.tokens[i + 2]?.normal === 'the' ? 3 : 2)];
    if (!after || after.sentence !== t.sentence) return false;
  }
  return startsUpper(after.text);
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
      } else if (NUMBERED_HEADS.has(t.normal) && i + 1 < b && NUMBER_OR_CODE.test(tk.tokens[i + 1]!.text)) {
        // "Article 5", "Resolution 2231", "Flight 17", "Flight NA171": the number is part of the name.
        i++;
        if (breaksAfter(tk.tokens[i]!)) close(i);
      }
      i++;
      continue;
    }
    // A lower-case particle inside a name: "Bank of Lorland", "Marie de Vasse", "Chief of the General Staff".
    const resume = start >= 0 ? afterParticle(tk, i, b, start) : -1;
    if (resume >= 0 && nameToken(tk, resume, a, info, evidence)) {
      i = resume;
      continue;
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
 * Where the name goes on after the particle at token i ("of", "de", "of the", "and"), or -1 when the
 * particle does not join the run that started at `runStart` to a name after it.
 */
function afterParticle(tk: Tokenized, i: number, b: number, runStart: number): number {
  const t = tk.tokens[i]!;
  if (!NAME_CONNECTORS.has(t.normal) || breaksBefore(t) || breaksAfter(t) || i + 1 >= b) return -1;
  let next = i + 1;
  // "of the" after a title or an organisation's first word: "Chief of the General Staff".
  if ((t.normal === 'of' || t.normal === 'for') && tk.tokens[next]!.normal === 'the' && !breaksAfter(tk.tokens[next]!)) next++;
  // "Piet van der Wolf", "Maria de la Vega": a second particle of a person's name.
  else if (!ORG_CONNECTORS.has(t.normal) && NAME_CONNECTORS.has(tk.tokens[next]!.normal) && !ORG_CONNECTORS.has(tk.tokens[next]!.normal)) {
    if (breaksAfter(tk.tokens[next]!)) return -1;
    next++;
  }
  if (next >= b || breaksBefore(tk.tokens[next]!) || !connectorFits(tk, runStart, i, b)) return -1;
  return next;
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
function connectorFits(tk: Tokenized, runStart: number, at: number, b: number): boolean {
  const word = tk.tokens[at]!.normal;
  if (!ORG_CONNECTORS.has(word)) return true;
  const head = tk.tokens[at - 1]!;
  const headKey = nameKey(head.text);
  if (word === '&' || tk.tokens[at]!.text === '&') return true;
  if (word === 'and') return andInsideName(tk, runStart, at, b);
  if (ORG_STARTS.has(headKey) || ORG_HEADS.has(headKey) || PLACE_HEADS.has(headKey)) return true;
  // "Secretary of State", "Minister of Defence": a title followed by "of".
  if (TITLE_HEADS.has(headKey)) return true;
  return at - 1 === runStart && ORG_STARTS.has(headKey);
}

/**
 * "and" between two ordinary capitalised words inside one organisation's or office's name: "National
 * Security and Defence Council", "Ministry of Trade and Industry", "Trade and Industry Minister". Never
 * between two names ("Lorland and Nordic Union") or after a complete one ("Harbour Board and ...").
 */
function andInsideName(tk: Tokenized, runStart: number, at: number, b: number): boolean {
  const ordinary = (t: Token | undefined) => !!t && startsUpper(t.text) && !breaksAfter(t) && ordinaryCapitalised(t);
  const beforeKey = nameKey(tk.tokens[at - 1]!.text);
  if (!ordinary(tk.tokens[at - 1]) || ORG_HEADS.has(beforeKey) || PLACE_HEADS.has(beforeKey)) return false;
  if (!ordinary(tk.tokens[at + 1])) return false;
  // "Ministry of Trade and Industry": the run is an organisation's "of" phrase.
  for (let j = runStart; j + 1 < at; j++) {
    if (ORG_STARTS.has(nameKey(tk.tokens[j]!.text)) && tk.tokens[j + 1]!.normal === 'of') return true;
  }
  // "... Security and Defence Council", "Trade and Industry Minister": an organisation's or a title's head follows.
  for (let j = at + 1; j < Math.min(b, at + 4); j++) {
    const t = tk.tokens[j]!;
    if (!startsUpper(t.text)) return false;
    const key = nameKey(t.text);
    if (ORG_HEADS.has(key) || TITLE_HEADS.has(key)) return true;
    if (breaksAfter(t)) return false;
  }
  return false;
}
