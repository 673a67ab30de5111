// Finds the people, organisations, places and other named things in an article, and links the mentions
// of each within the article ("Putin" -> "Vladimir Putin", "EU" -> "European Union").
//
// compromise tags the words; this module decides where names begin and end and what they are, because
// compromise's own people()/places()/organizations() cut names in half on news text ("President Donald")
// and glue punctuation and possessives to them. The approach, in order:
//   1. runs of capitalised words in each sentence (with particles such as "of" or "de" inside), cut at
//      punctuation and possessives; capitals that are only there because a sentence or headline starts
//      are accepted only when the name is confirmed elsewhere in the article or by compromise's lexicon;
//   2. titles split off ("Interior Minister" | "Ihor Klymenko"), nationality adjectives split off;
//   3. each name classified from its own words (a "Ministry" is an organisation, a "Peninsula" a place),
//      the words around it ("the Donetsk region", "said Witkoff") and compromise's lexicon tags;
//   4. one vote per spelling across the article, so a name gets one type everywhere;
//   5. mentions linked into entities.

import nlp from 'compromise';
import {
  CALENDAR_WORDS,
  EXTRA_DEMONYMS,
  KNOWN_TYPES,
  NAME_CONNECTORS,
  NEVER_NAMES,
  ORG_CONNECTORS,
  ORG_HEADS,
  ORG_STARTS,
  PLACE_ACRONYMS,
  PLACE_CUES_AFTER,
  PLACE_HEADS,
  PLACE_STARTS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon';
import type { Token, Tokenized } from './tokens';
import type { Entity, EntityType, Mention } from './types';

/** A name found in the text, before linking. Token indices are inclusive. */
export interface NameCandidate {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Lower-case, apostrophes straightened, dots dropped: the key that links equal spellings. */
  key: string;
  type: EntityType;
  /** How sure the classification is: 3 = the name's own words say so, 1 = a guess. */
  confidence: number;
  subtype?: string;
  /** The title written before the name, if any, as tokens [first, last] inclusive. */
  title?: { first: number; last: number; text: string };
  /** True when the last token carries a possessive ’s. */
  possessive: boolean;
}

export interface EntityResult {
  entities: Entity[];
  /** Every mention, sorted by start, with the token range it covers. */
  mentions: Array<Mention & { first: number; last: number; type: EntityType }>;
}

type Lexicon = Record<string, string | string[]>;
let lexiconCache: Lexicon | null = null;
function lexicon(): Lexicon {
  if (!lexiconCache) lexiconCache = (nlp.model() as unknown as { one: { lexicon: Lexicon } }).one.lexicon;
  return lexiconCache;
}

const NAME_TAGS = new Set([
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'ProperNoun',
  'Demonym',
  'Honorific',
  'Acronym',
]);

/** The tags compromise's lexicon gives a lower-case word or phrase, without its guesses from context. */
function lexiconTags(lower: string): string[] {
  const tag = lexicon()[lower];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/** True when compromise's lexicon knows the lower-case word as an ordinary word (not a name). */
function lexiconSaysCommon(lower: string): boolean {
  const tag = lexicon()[lower];
  if (tag === undefined) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return !tags.some((t) => NAME_TAGS.has(t) || t === 'MaleName' || t === 'FemaleName');
}

const APOSTROPHES = /[’‘`´]/g;

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
function isDemonym(t: Token): boolean {
  if (t.tags.has('Demonym')) return true;
  const key = nameKey(t.text);
  if (EXTRA_DEMONYMS.has(key)) return true;
  const tag = lexicon()[key] ?? lexicon()[key.replace(/s$/, '')];
  return tag === 'Demonym' || (Array.isArray(tag) && tag.includes('Demonym'));
}

function isPossessive(t: Token): boolean {
  return /['’]s$/i.test(t.text) || (/s['’]$/.test(t.text) && t.tags.has('Possessive'));
}

function startsUpper(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

function isAllUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Punctuation after a token that ends a name. */
function breaksAfter(t: Token): boolean {
  const post = t.post.replace(/\s+/g, '');
  if (post === '') return false;
  if (post === '.' && t.tags.has('Abbreviation')) return false;
  // An initial: "M. Maynard", "J. R. Smith".
  if (post === '.' && /^\p{Lu}$/u.test(t.text)) return false;
  // A hyphen joins words ("Jed-Forest"); with spaces around it, it is a dash ("CRICKET - ESSEX").
  if ((post === '-' || post === '‐') && !/\s/.test(t.post)) return false;
  return true;
}

/** Punctuation before a token that starts a new name (an opening quote or bracket). */
function breaksBefore(t: Token): boolean {
  return t.pre.replace(/\s+/g, '') !== '';
}

/** The text of a token without a trailing possessive, and the length that drops. */
function possessiveCut(t: Token): number {
  const m = /(['’]s|s['’])$/i.exec(t.text);
  if (!m) return 0;
  return m[0].startsWith('s') ? 1 : 2;
}

interface SentenceInfo {
  /** Capital letters carry no information here: an all-caps line or a title-case headline. */
  unreliable: boolean;
  allCaps: boolean;
}

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'as', 'is',
  'are', 'was', 'were', 'be', 'into', 'over', 'after', 'before', 'about', 'against', 'amid', 'its', 'their',
]);

function sentenceInfo(tk: Tokenized, s: number): SentenceInfo {
  const [a, b] = tk.sentenceTokens[s]!;
  let alpha = 0;
  let upper = 0;
  let capital = 0;
  let content = 0;
  for (let i = a; i < b; i++) {
    const t = tk.tokens[i]!;
    if (!/\p{L}/u.test(t.text)) continue;
    if (t.text.length >= 2) {
      alpha++;
      if (isAllUpper(t.text)) upper++;
    }
    if (!FUNCTION_WORDS.has(t.normal)) {
      content++;
      if (startsUpper(t.text)) capital++;
    }
  }
  const allCaps = alpha >= 2 && upper / alpha >= 0.7;
  if (allCaps) return { unreliable: true, allCaps };
  // A headline: a whole paragraph, no sentence-ending punctuation, most content words capitalised.
  const sent = tk.sentences[s]!;
  const para = tk.paragraphs[sent.paragraph]!;
  const whole = sent.start <= para.start + 1 && sent.end >= para.end - 1;
  const last = tk.tokens[b - 1];
  const ends = last ? /[.!?"”]\s*$/.test(last.post) : false;
  const headline = whole && !ends && b - a <= 25 && content >= 3 && capital / content >= 0.6;
  return { unreliable: headline && capitalsOnCommonWords(tk, a, b), allCaps };
}

/**
 * A title-case headline capitalises ordinary words ("Talks Stall Over Territory"); a line of names
 * ("Tanya Dubnicoff (Canada) 36.307", "Mike Hulbert, Brian Henninger") capitalises names only, and
 * its capitals are as informative as in running text. True when enough of the capitalised words after
 * the first are ordinary English words.
 */
function capitalsOnCommonWords(tk: Tokenized, a: number, b: number): boolean {
  let capital = 0;
  let common = 0;
  for (let i = a + 1; i < b; i++) {
    const t = tk.tokens[i]!;
    // Acronyms and codes ("MG", "U.S.") say nothing about the line's capitals.
    if (!startsUpper(t.text) || FUNCTION_WORDS.has(t.normal) || !/\p{L}{2}/u.test(t.text) || isAllUpper(t.text)) continue;
    capital++;
    if (ordinaryWord(t)) common++;
    // compromise's title-case reading of the line is weaker evidence: half a vote.
    else if (titleCaseNoun(t)) common += 0.5;
  }
  return capital === 0 || common / capital >= 0.34;
}

/** An ordinary English word by compromise's lexicon or tagging, inflections included. */
function ordinaryWord(t: Token): boolean {
  const key = nameKey(t.text);
  if (lexiconSaysCommon(key)) return true;
  for (const stem of stems(key)) if (lexiconSaysCommon(stem)) return true;
  if (t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('Acronym')) return false;
  // compromise calls any unknown capitalised word a ProperNoun; English derivational endings and plural
  // endings still give ordinary words away ("Negotiations", "Territorial", "Shifting", "Disputes").
  if (ORDINARY_ENDINGS.test(key) || (t.tags.has('Plural') && !t.tags.has('Possessive'))) return true;
  if (t.tags.has('ProperNoun')) return false;
  return t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Adverb');
}

/** A capitalised noun compromise chose not to call a ProperNoun: it read the line as title case. */
function titleCaseNoun(t: Token): boolean {
  return t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Person') && !t.tags.has('Place') && startsUpper(t.text) && !isAllUpper(t.text);
}

const ORDINARY_ENDINGS =
  /\p{L}{3}(?:tions?|sions?|ments?|ness|ities|ity|isms?|ists?|ive|ous|ful|less|able|ible|ial|ings?|ship|ances?|ences?|scapes?|ures?|ized|ised|ated|ling|ering|[^aeiouyhm\s]ed)$/u;

/** A capitalised word that is neither in compromise's lexicon nor looks like an ordinary English word. */
function unknownWord(t: Token): boolean {
  if (lexicon()[t.normal] !== undefined || lexicon()[nameKey(t.text)] !== undefined || ordinaryWord(t)) return false;
  if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(t.text.replace(/['’]s$/, ''))) return false;
  for (const tag of ['Verb', 'Adjective', 'Adverb', 'Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'QuestionWord']) {
    if (t.tags.has(tag)) return false;
  }
  return true;
}

function stems(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  return out;
}

/** Is the token at this index in a position where any word is capitalised (sentence or quote start)? */
function atClauseStart(tk: Tokenized, i: number, sentStart: number): boolean {
  if (i === sentStart) return true;
  const t = tk.tokens[i]!;
  if (/[“"‘'(\[«—–-]\s*$/.test(t.pre)) return true;
  const prev = tk.tokens[i - 1]!;
  return /[:;—–]\s*$/.test(prev.post) || /\s-+\s*$/.test(prev.post) || /[“"]\s*$/.test(prev.post.trimEnd());
}

/**
 * Collects words seen capitalised in the middle of well-formed sentences and words seen in lower case,
 * so the capital of a sentence's first word or a headline's words can be judged against the article.
 */
interface Evidence {
  /** Words seen capitalised inside well-formed sentences. */
  capitalised: Set<string>;
  /** Words seen in lower case anywhere. */
  lower: Set<string>;
  /** Token indices of datelines' place names ("BERLIN, Dec 15 (Reuters) -"). */
  dateline: Set<number>;
  /** Token indices of the news agency named in brackets in a dateline ("(Reuters)", "(AP)"). */
  agency: Set<number>;
}

function documentEvidence(tk: Tokenized, infos: SentenceInfo[]): Evidence {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  tk.sentenceTokens.forEach(([a, b], s) => {
    const info = infos[s]!;
    for (let i = a; i < b; i++) {
      const t = tk.tokens[i]!;
      const norm = nameKey(t.text);
      if (!/\p{L}/u.test(t.text)) continue;
      if (/^\p{Ll}/u.test(t.text)) lower.add(norm);
      else if (!info.unreliable && startsUpper(t.text) && !atClauseStart(tk, i, a)) capitalised.add(norm);
    }
  });
  return { capitalised, lower, ...datelines(tk) };
}

/**
 * News datelines: a paragraph opening with a place in capitals, then a comma and a region, a date, an
 * agency in brackets or a dash, and text that is not in capitals: "KYIV, Ukraine —", "BERLIN (AP) -",
 * "LONDON 1996-08-30". The capitalised words are a place whatever they mean as ordinary words ("NICE").
 */
function datelines(tk: Tokenized): { dateline: Set<number>; agency: Set<number> } {
  const out = new Set<number>();
  const agency = new Set<number>();
  let prevPara = -1;
  tk.sentenceTokens.forEach(([a, b]) => {
    const first = tk.tokens[a];
    if (!first || first.paragraph === prevPara) return;
    prevPara = first.paragraph;
    // k: the last word of the run of capitals that opens the paragraph (at most four words).
    const capsWord = (t: Token) => /\p{L}{2}/u.test(t.text) && isAllUpper(t.text);
    if (!capsWord(first)) return;
    let k = a;
    while (k + 1 < b && k - a < 3 && !breaksAfter(tk.tokens[k]!) && capsWord(tk.tokens[k + 1]!)) k++;
    const last = tk.tokens[k]!;
    const next = tk.tokens[k + 1];
    if (!next || next.paragraph !== last.paragraph) return;
    const post = last.post;
    const cue =
      (/^,\s*$/.test(post) && startsUpper(next.text)) ||
      /^\s*[—–]|\s[-—–]+\s*$/.test(post) ||
      /\(\s*$/.test(next.pre) ||
      /^\d{4}-\d\d-\d\d$/.test(next.text) ||
      next.tags.has('Month') ||
      next.tags.has('Date');
    if (!cue) return;
    // The rest of the line is ordinary text (or just a date), not a headline in capitals.
    const end = tk.paragraphs[last.paragraph]!.end;
    for (let i = k + 1; i < tk.tokens.length && tk.tokens[i]!.start < end; i++) {
      const t = tk.tokens[i]!.text;
      if (/\p{L}{2}/u.test(t) && isAllUpper(t) && t.length > 3 && !/^\(/.test(tk.tokens[i]!.pre)) return;
    }
    for (let i = a; i <= k; i++) out.add(i);
    // "(Reuters)", "(AP)", "(Meridian)" within the next few words: the agency that filed the story.
    for (let i = k + 1; i < Math.min(b, k + 6); i++) {
      const t = tk.tokens[i]!;
      if (/\(\s*$/.test(t.pre) && startsUpper(t.text)) {
        let j = i;
        while (j < b - 1 && j - i < 3 && !/\)/.test(tk.tokens[j]!.post)) j++;
        if (/^\)/.test(tk.tokens[j]!.post)) for (let x = i; x <= j; x++) agency.add(x);
        break;
      }
    }
  });
  return { dateline: out, agency };
}

/** Is the word part of a multi-word name compromise's lexicon knows ("NEW YORK", "Hong Kong")? */
function inLexiconPhrase(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  const key = nameKey(t.text);
  const prev = tk.tokens[i - 1];
  const next = tk.tokens[i + 1];
  const named = (phrase: string) => {
    const tag = lexicon()[phrase];
    if (tag === undefined) return KNOWN_TYPES.has(phrase);
    const tags = Array.isArray(tag) ? tag : [tag];
    return tags.some((x) => NAME_TAGS.has(x));
  };
  if (next && next.sentence === t.sentence && !breaksAfter(t) && startsUpper(next.text) && named(`${key} ${nameKey(next.text)}`)) return true;
  if (prev && prev.sentence === t.sentence && !breaksAfter(prev) && startsUpper(prev.text) && named(`${nameKey(prev.text)} ${key}`)) return true;
  return false;
}

/** Words compromise's lexicon tags as kinds of names (not guesses from capitalisation). */
function lexiconName(t: Token): boolean {
  const tag = lexicon()[t.normal.replace(/'s$/, '')];
  if (tag === undefined) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return tags.some((x) =>
    ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization'].includes(x),
  );
}

export function extractEntities(tk: Tokenized): EntityResult {
  const infos = tk.sentenceTokens.map((_, s) => sentenceInfo(tk, s));
  const evidence = documentEvidence(tk, infos);
  const candidates: NameCandidate[] = [];
  tk.sentenceTokens.forEach(([a, b], s) => {
    for (const run of nameRuns(tk, a, b, infos[s]!, evidence)) {
      // compromise ends a sentence after an initial ("J. Benjamin 4-17"): take the initials back.
      while (run[0] === tk.sentenceTokens[tk.tokens[run[0]]!.sentence]![0] && run[0] > 0 && isInitial(tk, run[0] - 1)) run[0]--;
      for (const c of splitRun(tk, run[0], run[1])) candidates.push(c);
    }
  });
  for (const c of candidates) classify(tk, c, evidence);
  harmonise(candidates);
  coordinate(tk, candidates);
  harmonise(candidates);
  const kept = candidates.filter((c) => !noise({ ...c, before: tk.text.slice(Math.max(0, c.start - 5), c.start) }, evidence));
  return link(tk, kept);
}

/** A single capital letter and a dot, directly before a capitalised word of the same paragraph. */
function isInitial(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  const next = tk.tokens[i + 1];
  return /^\p{Lu}$/u.test(t.text) && /^\.\s*$/.test(t.post) && !!next && next.paragraph === t.paragraph && startsUpper(next.text);
}

/** Is this token a word that may be part of a name in this position? */
function nameToken(
  tk: Tokenized,
  i: number,
  sentStart: number,
  info: SentenceInfo,
  evidence: Evidence,
): boolean {
  const t = tk.tokens[i]!;
  const text = t.text;
  if (!/^[\p{Lu}\p{Lt}]/u.test(text) && !/^\p{Lu}/u.test(text.replace(/^['’]/, ''))) return false;
  if (!/\p{L}/u.test(text)) return false;
  const key = nameKey(text);
  if (isInitial(tk, i)) return tk.tokens[i + 1]!.sentence === t.sentence && !info.allCaps;
  if (NEVER_NAMES.has(key) || NEVER_NAMES.has(t.normal)) return false;
  // "In", "For", "And" capitalised after a dash or in a heading are not names ("The" is dropped later).
  if (FUNCTION_WORDS.has(key) && key !== 'the' && key !== 'of' && key !== 'and') return false;
  if (CALENDAR_WORDS.has(key) || t.tags.has('Month') || t.tags.has('WeekDay')) return false;
  // "US"/"U.S." are tagged as the pronoun "us"; written in capitals outside a capitals line they are the country.
  const countryUs = /^(US|U\.S)$/.test(text) && !info.allCaps;
  if ((t.tags.has('Pronoun') && !countryUs) || (t.tags.has('Value') && !/\p{L}{2}/u.test(text))) return false;
  if (countryUs) return true;
  if (evidence.dateline.has(i) || evidence.agency.has(i)) return true;
  if (inLexiconPhrase(tk, i)) return true;
  if (info.unreliable) {
    // Headlines and all-caps lines: only words the article or the lexicon confirms as names.
    if (evidence.capitalised.has(key)) return true;
    if (info.allCaps && evidence.lower.has(key)) return false;
    if (lexiconSaysCommon(key)) return false;
    if (lexiconName(t)) return true;
    if (info.allCaps) return !evidence.lower.has(key) && !FUNCTION_WORDS.has(key) && !ordinaryWord(t);
    return false;
  }
  if (atClauseStart(tk, i, sentStart)) {
    if (evidence.capitalised.has(key)) return true;
    // A title opening the sentence before a name: "President Donald Trump said".
    const after1 = tk.tokens[i + 1];
    const titleNext = !!after1 && (TITLE_HEADS.has(nameKey(after1.text)) || TITLE_MODIFIERS.has(nameKey(after1.text)));
    if ((TITLE_HEADS.has(key) || (TITLE_MODIFIERS.has(key) && titleNext)) && after1 && after1.sentence === t.sentence && !breaksAfter(t) && startsUpper(after1.text)) {
      return true;
    }
    if (lexiconSaysCommon(key) || evidence.lower.has(key)) return false;
    if (lexiconName(t)) return true;
    // An unknown capitalised first word is a name when another capitalised word follows it
    // ("Rustem Umerov noted") or a reporting verb does ("Ushakov warned").
    const next = tk.tokens[i + 1];
    if (next && next.sentence === t.sentence && !breaksAfter(t) && (startsUpper(next.text) || SPEECH_VERBS.has(next.normal))) {
      return true;
    }
    // A word compromise does not know as an ordinary word, never written in lower case in the article,
    // is a name wherever it stands: "Peterborough 3 1 1", "Pirelli, the tyre maker, said".
    return unknownWord(t);
  }
  return true;
}

/** Runs of name tokens in one sentence, as inclusive token ranges, cut at punctuation and possessives. */
function nameRuns(
  tk: Tokenized,
  a: number,
  b: number,
  info: SentenceInfo,
  evidence: Evidence,
): Array<[number, number]> {
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
      } else if (NUMBERED_HEADS.has(t.normal) && i + 1 < b && /^\d+[A-Za-z]?(-|$)/.test(tk.tokens[i + 1]!.text)) {
        // "Article 5", "Resolution 2231", "Flight 17": the number is part of the name.
        i++;
        if (breaksAfter(tk.tokens[i]!)) close(i);
      }
      i++;
      continue;
    }
    // A lower-case particle inside a name: "Bank of England", "Charles de Gaulle", "al-Assad".
    if (start >= 0 && NAME_CONNECTORS.has(t.normal) && !breaksBefore(t) && !breaksAfter(t) && i + 1 < b) {
      const next = tk.tokens[i + 1]!;
      if (!breaksBefore(next) && nameToken(tk, i + 1, a, info, evidence) && connectorFits(tk, start, i)) {
        i++;
        continue;
      }
    }
    // A particle that starts a name: "al-Assad", "de Gaulle" after a first name is handled above;
    // "bin Salman" alone is rare and left alone.
    close(i - 1);
    i++;
  }
  close(b - 1);
  return runs;
}

/**
 * A plural possessive inside an organisation's name: "Dockworkers’ Union", "Gulf Terminal Operators'
 * Association", "People's Party", "Women's Institute". The possessor is a plural common noun and the
 * next word an organisation head; "Russia's Foreign Ministry" (a singular name's possessive) is two names.
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
 * organisation- and place-like names ("Bank of England"), never a list ("Britain, France and Germany").
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

/** Capitalised nouns that take a number as part of a name. */
const NUMBERED_HEADS = new Set([
  'article', 'section', 'chapter', 'clause', 'resolution', 'flight', 'route', 'highway', 'amendment', 'phase',
  'terminal', 'gate', 'platform', 'pier', 'berth', 'dock', 'unit', 'block', 'building', 'apollo', 'proposition',
]);

/** Company-form suffixes that are not names on their own. */
const SUFFIX_ONLY = new Set(['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'sa', 'ag', 'gmbh', 'nv', 'bv']);

const HYPHEN_PREFIXES = new Set(['pro', 'anti', 'non', 'ex', 'post', 'pre', 'neo', 'pan', 'mid', 'self', 'trans', 'inter']);

/**
 * Splits a run of capitalised words into names: titles and leading nationality words come off, a
 * hyphenated prefix ("Pro-Kremlin") comes off, and a run of titles alone yields nothing.
 */
function splitRun(tk: Tokenized, first: number, last: number): NameCandidate[] {
  const out: NameCandidate[] = [];
  // Drop leading determiners and hyphenated prefixes written with a capital.
  while (first <= last) {
    const t = tk.tokens[first]!;
    const k = nameKey(t.text);
    // "RFE/RL, Inc. Used with permission": a company suffix belongs to the name before the comma.
    if (k === 'the' || (HYPHEN_PREFIXES.has(k) && /^-/.test(t.post)) || (SUFFIX_ONLY.has(k) && first < last)) first++;
    else break;
  }
  if (first > last) return out;

  // Find a title inside the run: the last title word followed by a name word.
  let titleFirst = -1;
  let titleLast = -1;
  for (let i = first; i < last; i++) {
    const k = nameKey(tk.tokens[i]!.text);
    const kk = tk.tokens[i]!.text.toLowerCase().replace(/\.$/, '') + '.';
    if (TITLE_HEADS.has(k) || TITLE_HEADS.has(kk)) {
      // Multi-word titles: "Prime Minister", "Secretary of State", "Crown Prince".
      if (i + 2 <= last && tk.tokens[i + 1]!.normal === 'of' && startsUpper(tk.tokens[i + 2]!.text) && i + 2 < last) {
        titleLast = i + 2;
      } else {
        titleLast = i;
      }
      if (titleFirst < 0 || titleFirst > i) titleFirst = i;
      // Modifiers before the title word belong to the title: "Interior Minister", "Vice President".
      let m = i - 1;
      while (m >= first && TITLE_MODIFIERS.has(nameKey(tk.tokens[m]!.text)) && !isPossessive(tk.tokens[m]!)) m--;
      titleFirst = m + 1;
      // Keep scanning: "Deputy Prime Minister" ends at the last title word before the name.
      let j = titleLast + 1;
      while (j < last && (TITLE_HEADS.has(nameKey(tk.tokens[j]!.text)) || TITLE_MODIFIERS.has(nameKey(tk.tokens[j]!.text)))) {
        if (TITLE_HEADS.has(nameKey(tk.tokens[j]!.text))) titleLast = j;
        j++;
      }
      break;
    }
  }
  // "Kelsbridge General Hospital": what follows the "title" is an organisation's or a place's head.
  if (titleFirst >= 0 && (orgLike(tk, titleLast + 1, last) || PLACE_HEADS.has(nameKey(tk.tokens[last]!.text)))) titleFirst = -1;
  if (titleFirst >= 0 && titleLast < last) {
    // Before the title: organisation or nationality words ("White House", "German", "Kremlin").
    if (titleFirst > first) out.push(...splitRun(tk, first, titleFirst - 1));
    const c = candidate(tk, titleLast + 1, last);
    if (c) {
      c.title = { first: titleFirst, last: titleLast, text: textOf(tk, titleFirst, titleLast) };
      out.push(c);
    }
    return out;
  }
  // A run ending in a title word ("German Chancellor’s spokesperson"): the words before it may still be
  // names ("German"), the title alone is not.
  const lastKey = nameKey(tk.tokens[last]!.text);
  if (TITLE_HEADS.has(lastKey) && !ORG_HEADS.has(lastKey)) {
    let m = last - 1;
    while (m >= first && TITLE_MODIFIERS.has(nameKey(tk.tokens[m]!.text))) m--;
    if (m >= first) out.push(...splitRun(tk, first, m));
    return out;
  }
  // A nationality adjective before a name that is not an organisation: "Russian Vladimir" does not
  // occur, but "Russian Defense Ministry" keeps its adjective and "Ukrainian Zelenskyy" would lose it.
  if (first < last && isDemonym(tk.tokens[first]!) && !orgLike(tk, first, last) && !placeLike(tk, first, last)) {
    const nat = candidate(tk, first, first);
    if (nat) out.push(nat);
    const rest = candidate(tk, first + 1, last);
    if (rest) out.push(rest);
    return out;
  }
  const c = candidate(tk, first, last);
  if (c) out.push(c);
  return out;
}

function textOf(tk: Tokenized, first: number, last: number): string {
  return tk.text.slice(tk.tokens[first]!.start, tk.tokens[last]!.end);
}

function candidate(tk: Tokenized, first: number, last: number): NameCandidate | null {
  if (first > last) return null;
  const start = tk.tokens[first]!.start;
  const lastTok = tk.tokens[last]!;
  let end = lastTok.end - possessiveCut(lastTok);
  // Abbreviations keep their dot ("Walt Disney Co.", "St. Louis"); compromise puts it in `post`.
  if (lastTok.tags.has('Abbreviation') && lastTok.post.startsWith('.') && !/[.]$/.test(lastTok.text)) {
    if (!/^\p{Lu}+$/u.test(lastTok.text) || lastTok.text.length <= 3) end = lastTok.end + 1;
  }
  // Dotted abbreviations whose last dot compromise put in `post`: "U.S" + ".)".
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(lastTok.text) && lastTok.post.startsWith('.')) end = lastTok.end + 1;
  // "Article 5-like": the number is part of the name, the suffix is not.
  const numbered = /^(\d+[A-Za-z]?)-\p{L}/u.exec(lastTok.text);
  if (numbered && last > first) end = lastTok.start + numbered[1]!.length;
  // Hyphenated single tokens such as "U.S.-brokered": keep the capitalised part only.
  let text = tk.text.slice(start, end);
  const hy = /^(\p{Lu}[\p{L}.]*)-\p{Ll}/u.exec(text);
  if (hy && first === last) {
    end = start + hy[1]!.length;
    text = hy[1]!;
  }
  text = text.replace(/[\s.,;:!?]+$/, (m) => (m.startsWith('.') && /\b\p{Lu}[\p{L}]{0,3}\.$/u.test(text) ? '.' : ''));
  end = start + text.length;
  if (!/\p{L}/u.test(text)) return null;
  return {
    first,
    last,
    start,
    end,
    text,
    key: nameKey(text),
    type: 'other',
    confidence: 0,
    possessive: possessiveCut(lastTok) > 0,
  };
}

function orgLike(tk: Tokenized, first: number, last: number): boolean {
  const lastKey = nameKey(tk.tokens[last]!.text);
  if (ORG_HEADS.has(lastKey)) return true;
  for (let i = first; i < last; i++) {
    if (ORG_STARTS.has(nameKey(tk.tokens[i]!.text)) && tk.tokens[i + 1]!.normal === 'of') return true;
  }
  return false;
}

function placeLike(tk: Tokenized, first: number, last: number): boolean {
  return last > first && PLACE_HEADS.has(nameKey(tk.tokens[last]!.text));
}

function hasTag(tk: Tokenized, c: NameCandidate, tag: string, which: 'all' | 'any' | 'last' | 'first'): boolean {
  const toks = tk.tokens.slice(c.first, c.last + 1).filter((t) => !NAME_CONNECTORS.has(t.normal));
  if (which === 'last') return toks[toks.length - 1]?.tags.has(tag) ?? false;
  if (which === 'first') return toks[0]?.tags.has(tag) ?? false;
  return which === 'all' ? toks.every((t) => t.tags.has(tag)) : toks.some((t) => t.tags.has(tag));
}

/** Words after the candidate, skipping nothing: used for "the Donetsk region", "Witkoff said". */
function after(tk: Tokenized, c: NameCandidate, n = 0): Token | undefined {
  const t = tk.tokens[c.last + 1 + n];
  return t && t.sentence === tk.tokens[c.last]!.sentence ? t : undefined;
}

function before(tk: Tokenized, c: NameCandidate): Token | undefined {
  const first = c.title ? c.title.first : c.first;
  const t = tk.tokens[first - 1];
  return t && t.sentence === tk.tokens[c.first]!.sentence ? t : undefined;
}

function classify(tk: Tokenized, c: NameCandidate, evidence: Evidence): void {
  const set = (type: EntityType, confidence: number, subtype?: string) => {
    c.type = type;
    c.confidence = confidence;
    if (subtype) c.subtype = subtype;
  };
  const tokens = tk.tokens.slice(c.first, c.last + 1);
  const n = tokens.length;
  const lastKey = nameKey(tokens[n - 1]!.text);
  const firstKey = nameKey(tokens[0]!.text);
  const lastTokAfter = tk.tokens[c.last]!;
  const next = breaksAfter(lastTokAfter) || c.possessive ? undefined : after(tk, c);
  const prev = before(tk, c);

  const known = KNOWN_TYPES.get(c.key) ?? KNOWN_TYPES.get(c.text.toLowerCase());
  if (known) return set(known, 4);
  if (c.title) return set('person', 4);
  if (evidence.dateline.has(c.first)) return set('place', 3, 'dateline');
  if (evidence.agency.has(c.first)) return set('organization', 3, 'agency');
  const team = sportsSide(tk, c);
  if (team) return set(team, 3, team === 'organization' ? 'team' : undefined);

  const upper = /^[\p{Lu}.&/-]+$/u.test(c.text) && c.text.replace(/[.&/-]/g, '').length >= 2;
  const sentenceUpper = isAllUpperSentence(tk, c);
  if (upper && !sentenceUpper && n === 1) {
    if (PLACE_ACRONYMS.has(c.key) || PLACE_ACRONYMS.has(c.text.toLowerCase())) return set('place', 3, 'acronym');
    if (tokens[0]!.tags.has('Place') || tokens[0]!.tags.has('Country')) return set('place', 2, 'acronym');
    if (c.text.length <= 6) return set('organization', 2, 'acronym');
  }
  if (orgLike(tk, c.first, c.last) && (n > 1 || ['congress', 'parliament', 'senate', 'cabinet', 'government'].includes(lastKey))) {
    return set('organization', 3);
  }
  if (n > 1 && hasTag(tk, c, 'Organization', 'last') && !tokens[n - 1]!.tags.has('Demonym')) {
    return set('organization', 2);
  }
  if (n === 1 && isDemonym(tokens[0]!)) return set('other', 3, 'nationality');
  if (n >= 2 && /^\d/.test(tokens[n - 1]!.text)) return set('other', 2, 'numbered');
  // A whole quotation that is a name is a coined term: “Pax Americana”.
  if (/[“"‘]\s*$/.test(tokens[0]!.pre) && /^[”"’]/.test(tokens[n - 1]!.post)) return set('other', 1, 'term');
  if (placeLike(tk, c.first, c.last)) return set('place', 3);
  // A broadcaster: "Radio Sarn", "Television Nordvik".
  if (n >= 2 && (firstKey === 'radio' || firstKey === 'television')) return set('organization', 3);
  // "Port Ardent", "Mount Kenya", "Lake Geneva", "Cape Town": a place word first.
  if (n >= 2 && PLACE_STARTS.has(firstKey) && !orgLike(tk, c.first, c.last)) return set('place', 3);
  if (next && PLACE_CUES_AFTER.has(next.normal) && !/^\p{Lu}/u.test(next.text)) return set('place', 3);
  // "Donetsk and Luhansk regions": the first of two names before a plural place word.
  if (next && (next.normal === 'and' || next.normal === 'or')) {
    const after2 = tk.tokens[c.last + 3];
    if (after2 && after2.sentence === next.sentence && /^(regions|provinces|oblasts|districts|cities|states|counties)$/.test(after2.normal)) {
      return set('place', 3);
    }
  }
  if (tokens.every(isDemonym)) return set('other', 2, 'nationality');
  if (hasTag(tk, c, 'Honorific', 'first')) return set('person', 3);
  // An initial before a surname: "M. Maynard", "J. R. Ewing".
  if (n >= 2 && /^\p{Lu}$/u.test(tokens[0]!.text) && /^\.\s*$/.test(tokens[0]!.post) && !orgLike(tk, c.first, c.last)) return set('person', 3);
  const firstName = hasTag(tk, c, 'FirstName', 'first') && !tokens[0]!.tags.has('Place');
  if (firstName && n >= 2 && n <= 4 && !hasTag(tk, c, 'Place', 'last')) return set('person', 3);
  const placeTagged = tokens.every((t) => t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region') || NAME_CONNECTORS.has(t.normal));
  if (placeTagged) return set('place', 2);
  if (hasTag(tk, c, 'LastName', 'last') && n <= 3) return set('person', 2);
  // Context: a reporting verb right after ("Umerov noted"), or "according to X".
  if (next && SPEECH_VERBS.has(next.normal) && n <= 3) return set('person', 2);
  if (prev && PLACE_PREPOSITIONS.has(prev.normal) && n <= 2 && !firstName) return set('place', 1);
  const own = n === 1 ? lexiconTags(firstKey) : [];
  if (own.some((x) => x === 'Country' || x === 'City' || x === 'Region' || x === 'Place')) return set('place', 2);
  if (hasTag(tk, c, 'Organization', 'any') && !hasTag(tk, c, 'Person', 'any')) return set('organization', 1);
  if (firstName) return set('person', 2);
  if (n >= 2 && n <= 3 && tokens.every((t) => !lexiconSaysCommon(nameKey(t.text)))) return set('person', 1);
  if (n >= 4) return set('organization', 1);
  if (firstKey === lastKey && /\d/.test(c.text)) return set('other', 0);
  return set('other', 0);
}

const SCORE = /^\d+(?:[-–:.\/]\d+){0,2}$/;

/**
 * A side in a sports result or table: "Bolton 3 2 1 0 5 2 7", "Luton 1 Rotherham 0",
 * "Warwickshire 195, Surrey 429-7", "Queens Park Rangers v Bolton". Countries stay places (national
 * sides are reported by country); clubs named after towns, counties and states are organisations.
 * People named in full ("Nick Faldo 68 70") are left alone. Returns the type, or null when not a side.
 */
function sportsSide(tk: Tokenized, c: NameCandidate): EntityType | null {
  const lastTok = tk.tokens[c.last]!;
  const firstTok = tk.tokens[c.first]!;
  const next = tk.tokens[c.last + 1];
  // compromise leaves empty tokens inside ranges ("4-38" -> "4-38", "", ""): look past them.
  let p = c.first - 1;
  while (p >= 0 && tk.tokens[p]!.text === '') p--;
  const prev = p >= 0 ? tk.tokens[p] : undefined;
  const sameSentence = (t: Token | undefined) => !!t && t.sentence === firstTok.sentence;
  const isScore = (t: Token | undefined) => sameSentence(t) && SCORE.test(t!.text) && !/^(1[89]|20)\d\d$/.test(t!.text) && !t!.tags.has('Month');
  const versus = (t: Token | undefined) => sameSentence(t) && /^(v|vs|v\.|vs\.)$/i.test(t!.text);
  let side = false;
  if (!c.possessive && /^\s*$/.test(lastTok.post) && isScore(next)) {
    // The name opens the line, or follows another side's score.
    side = !sameSentence(prev) || isScore(prev);
  }
  if (!side && (versus(prev) || (!c.possessive && /^\s*$/.test(lastTok.post) && versus(next)))) side = true;
  if (!side) return null;
  const tokens = tk.tokens.slice(c.first, c.last + 1);
  if (tokens.some((t) => t.tags.has('Country')) || PLACE_ACRONYMS.has(c.key) || KNOWN_TYPES.get(c.key) === 'place') return 'place';
  if (tokens.length >= 2 && tokens[0]!.tags.has('FirstName') && !tokens[0]!.tags.has('Place')) return null;
  if (/^\p{Lu}\.$/u.test(tokens[0]!.text) || /^\p{Lu}\.$/u.test(tokens[0]!.text + '.')) return null;
  return 'organization';
}

function isAllUpperSentence(tk: Tokenized, c: NameCandidate): boolean {
  const s = tk.tokens[c.first]!.sentence;
  const [a, b] = tk.sentenceTokens[s]!;
  let alpha = 0;
  let upper = 0;
  for (let i = a; i < b; i++) {
    const t = tk.tokens[i]!.text;
    if (t.length < 2 || !/\p{L}/u.test(t)) continue;
    alpha++;
    if (isAllUpper(t)) upper++;
  }
  return alpha >= 3 && upper / alpha >= 0.7;
}

/**
 * Names listed together are usually of one kind: "Donetsk and Luhansk", "Britain, France and Germany".
 * A guess (confidence <= 1) next to a sure name in a list takes the sure name's type.
 */
function coordinate(tk: Tokenized, cands: NameCandidate[]): void {
  const sorted = [...cands].sort((x, y) => x.first - y.first);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const x = sorted[k]!;
    const y = sorted[k + 1]!;
    const gap = tk.tokens.slice(x.last + 1, y.first);
    const lastX = tk.tokens[x.last]!;
    const conj = gap.length === 1 && (gap[0]!.normal === 'and' || gap[0]!.normal === 'or');
    // A comma alone joins a list only when the list goes on to "and"/"or": "Britain, France and
    // Germany". Otherwise it is as likely an apposition: "Rustem Umerov, Ukraine’s chief negotiator".
    const z = sorted[k + 2];
    const yPost = tk.tokens[y.last]!.post.trim();
    const zGap = z ? tk.tokens.slice(y.last + 1, z.first) : [];
    const listGoesOn =
      !!z && (yPost === '' || yPost === ',') && zGap.length === 1 && (zGap[0]!.normal === 'and' || zGap[0]!.normal === 'or');
    const listed =
      (conj && (!breaksAfter(lastX) || /^,\s*$/.test(lastX.post))) ||
      (gap.length === 0 && /^,\s*$/.test(lastX.post) && listGoesOn);
    if (!listed || x.type === y.type) continue;
    if (x.confidence <= 1 && y.confidence >= 2 && y.type !== 'person') {
      x.type = y.type;
      x.confidence = 1;
    } else if (y.confidence <= 1 && x.confidence >= 2 && x.type !== 'person') {
      y.type = x.type;
      y.confidence = 1;
    }
  }
}

/** Candidates that are not worth showing: a lone company suffix, an ordinary word of unknown kind. */
function noise(c: NameCandidate & { before: string }, evidence: { lower: Set<string> }): boolean {
  if (SUFFIX_ONLY.has(c.key)) return true;
  // A lone letter ("N / A") is not a name, except the platform in "a post on X".
  if (c.text.replace(/[^\p{L}]/gu, '').length < 2 && !/\b(?:on|via)\s+$/i.test(c.before)) return true;
  if (c.type === 'other' && c.confidence === 0 && !c.key.includes(' ')) {
    return lexiconSaysCommon(c.key) || evidence.lower.has(c.key);
  }
  return false;
}

/**
 * One type per spelling across the article: the best-supported reading wins. A one-word name that is
 * the last word of a person's full name is that person ("Merz" after "Friedrich Merz").
 */
function harmonise(cands: NameCandidate[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const c of cands) {
    let v = votes.get(c.key);
    if (!v) votes.set(c.key, (v = new Map()));
    v.set(c.type, (v.get(c.type) ?? 0) + (c.confidence + 0.5) ** 2);
  }
  const maxConf = new Map<string, number>();
  for (const c of cands) {
    const k = `${c.key}:${c.type}`;
    maxConf.set(k, Math.max(maxConf.get(k) ?? 0, c.confidence));
  }
  // Surnames of people named in full.
  const surnames = new Set<string>();
  for (const c of cands) {
    if (c.type === 'person' && c.confidence >= 2) {
      const parts = c.key.split(' ');
      if (parts.length >= 2) surnames.add(parts[parts.length - 1]!);
    }
  }
  for (const c of cands) {
    const v = votes.get(c.key)!;
    let best: EntityType = c.type;
    let bestScore = -1;
    for (const [t, score] of v) {
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    if (c.confidence < 4) {
      // Every spelling takes the winning type, with the confidence of its best-supported mention.
      c.type = best;
      c.confidence = Math.min(3, maxConf.get(`${c.key}:${best}`) ?? c.confidence);
    }
    if (!c.key.includes(' ') && surnames.has(c.key) && c.confidence < 4 && c.type !== 'person') {
      c.type = 'person';
      c.confidence = 2;
    }
  }
}

/** Groups mentions into entities and gives each its fullest name. */
function link(tk: Tokenized, cands: NameCandidate[]): EntityResult {
  cands.sort((x, y) => x.start - y.start);
  interface Group {
    type: EntityType;
    subtype?: string;
    members: NameCandidate[];
    keys: Set<string>;
    /** For people: the lower-case words of the fullest name. */
    words: string[];
  }
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();

  const personGroups = () => groups.filter((g) => g.type === 'person');
  // People with full names first, so a surname mentioned before the full name still links to it.
  const order = [...cands].sort((x, y) => {
    const fx = x.type === 'person' && x.key.includes(' ') ? 0 : 1;
    const fy = y.type === 'person' && y.key.includes(' ') ? 0 : 1;
    return fx - fy || x.start - y.start;
  });
  for (const c of order) {
    const existing = byKey.get(`${c.type}:${c.key}`);
    if (existing) {
      existing.members.push(c);
      continue;
    }
    let target: Group | undefined;
    if (c.type === 'person') {
      const words = c.key.split(' ');
      // A shorter form of a full name already seen: "Putin" for "Vladimir Putin", "Zelenskyy" for
      // "Volodymyr Zelenskyy". With several candidates, the one mentioned most recently before wins.
      const matches = personGroups().filter((g) => g.words.length > words.length && endsWithWords(g.words, words));
      if (matches.length === 1) target = matches[0];
      else if (matches.length > 1) target = nearestBefore(matches, c.start) ?? matches[0];
    } else if (c.type !== 'place' && !c.key.includes(' ') && c.confidence < 3 && !/^[\p{Lu}.]+$/u.test(c.text)) {
      // A lone word whose type was only guessed and which is the surname of exactly one person of the
      // article: "appointed Kjellin on Saturday" after "Edda Kjellin".
      const matches = personGroups().filter((g) => g.words.length > 1 && endsWithWords(g.words, [c.key]));
      if (matches.length === 1) {
        target = matches[0];
        c.type = 'person';
      }
    }
    if (!target && c.type === 'organization' && /^[A-Z]{2,6}$/.test(c.text.replace(/\./g, ''))) {
      const acronym = c.text.replace(/\./g, '');
      target = groups.find((g) => g.type === 'organization' && g.members.some((m) => initials(m.text) === acronym));
    }
    if (!target) {
      target = { type: c.type, members: [], keys: new Set(), words: c.key.split(' ') };
      if (c.subtype) target.subtype = c.subtype;
      groups.push(target);
    }
    target.members.push(c);
    target.keys.add(c.key);
    byKey.set(`${c.type}:${c.key}`, target);
  }
  // A multi-word org's acronym may come first ("EU ... European Union"): merge acronym-only groups.
  for (const g of groups) {
    if (g.type !== 'organization' || g.members.length === 0) continue;
    const acr = g.members[0]!.text.replace(/\./g, '');
    if (!/^[A-Z]{2,6}$/.test(acr)) continue;
    const full = groups.find((h) => h !== g && h.type === 'organization' && h.members.some((m) => initials(m.text) === acr));
    if (full) {
      full.members.push(...g.members);
      g.members = [];
    }
  }

  const live = groups.filter((g) => g.members.length > 0);
  for (const g of live) g.members.sort((x, y) => x.start - y.start);
  live.sort((x, y) => x.members[0]!.start - y.members[0]!.start);

  const entities: Entity[] = [];
  const mentions: EntityResult['mentions'] = [];
  live.forEach((g, idx) => {
    const id = `e${idx}`;
    const counts = new Map<string, number>();
    for (const m of g.members) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const spellings = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([s]) => s);
    // The fullest name: most words, then most frequent, then first seen.
    const name = [...g.members]
      .sort((x, y) => wordCount(y.text) - wordCount(x.text) || (counts.get(y.text)! - counts.get(x.text)!))[0]!.text;
    const ms: Mention[] = g.members.map((m) => {
      const mention: Mention & { first: number; last: number; type: EntityType } = {
        start: m.start,
        end: m.end,
        text: m.text,
        entityId: id,
        first: m.first,
        last: m.last,
        type: g.type,
      };
      if (m.title) mention.title = m.title.text;
      mentions.push(mention);
      return { start: m.start, end: m.end, text: m.text, entityId: id, ...(m.title ? { title: m.title.text } : {}) };
    });
    const entity: Entity = { id, type: g.type, name: name.replace(/\.$/, (d) => (/\b\p{Lu}{1,3}\.$/u.test(name) ? d : '')), spellings, mentions: ms, roles: [] };
    const sub = g.subtype ?? g.members.find((m) => m.subtype)?.subtype;
    if (sub) entity.subtype = sub;
    entities.push(entity);
  });
  mentions.sort((x, y) => x.start - y.start);
  void tk;
  return { entities, mentions };
}

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}

function endsWithWords(full: string[], part: string[]): boolean {
  if (part.length === 1) return full[full.length - 1] === part[0] || (full.length >= 2 && full[0] === part[0] && false);
  for (let i = 1; i <= part.length; i++) if (full[full.length - i] !== part[part.length - i]) return false;
  return true;
}

function nearestBefore<G extends { members: NameCandidate[] }>(groups: G[], offset: number): G | undefined {
  let best: G | undefined;
  let bestStart = -1;
  for (const g of groups) {
    for (const m of g.members) {
      if (m.start < offset && m.start > bestStart) {
        best = g;
        bestStart = m.start;
      }
    }
  }
  return best;
}

/** Initials of a multi-word name, skipping particles: "European Union" -> "EU". */
function initials(text: string): string {
  const words = text.split(/[\s-]+/).filter((w) => w && !NAME_CONNECTORS.has(w.toLowerCase()) && w.toLowerCase() !== 'the');
  if (words.length < 2) return '';
  return words.map((w) => w[0]!.toUpperCase()).join('');
}
