// Sports reports: whether an article is one, the sides of a result or a table ("Kelsbridge 3 Ardent 1"),
// and the clubs named after their town ("Kelsbridge beat Ardent"). A club is an organisation; a country
// stays a place even when it names a national side, as news style (and CoNLL-2003) has it.

import { VERSUS } from '../lexicon/names';
import { PLACE_CUES_AFTER } from '../lexicon/organisations';
import { WORLD_REGIONS } from '../lexicon/gazetteer';
import {
  LOCATIVE_PREPOSITIONS,
  RESULT_NOUNS,
  RESULT_VERBS,
  SPORT_NAMES,
  SPORTS_WORDS,
  TEAM_ROLE_NOUNS,
  TEAM_WORDS_BEFORE,
  TRAVEL_BEFORE_TO,
} from '../lexicon/sports';
import type { Token, Tokenized } from '../tokens';
import type { EntityType } from '../types';
import type { NameCandidate } from './types';
import { givenName, isCountry, nameKey } from './words';

/** A score or a table's figure: "3", "2-1", "4:38", "429-7". */
const SCORE = /^\d+(?:[-–:./]\d+){0,2}$/;

/** Years are not scores. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * Whether the article is a sports report: its first line names a sport before a dash or a colon
 * ("SOCCER - ...", "Tennis: ..."), or sports words are frequent in it.
 */
export function isSportsReport(tk: Tokenized): boolean {
  const firstPara = tk.tokens[0]?.paragraph;
  let words = 0;
  let sporty = 0;
  for (const t of tk.tokens) {
    if (t.paragraph === firstPara && /[-–—:]/.test(t.post) && sportNamed(tk, t)) return true;
    if (!/\p{L}/u.test(t.text)) continue;
    words++;
    if (SPORTS_WORDS.has(t.normal)) sporty++;
  }
  return sporty >= 4 && sporty / words >= 0.02;
}

/** The token, alone or with the word before it, names a sport ("SOCCER", "MOTOR RACING"). */
function sportNamed(tk: Tokenized, t: Token): boolean {
  const key = nameKey(t.text);
  if (SPORT_NAMES.has(key)) return true;
  const prev = tk.tokens[t.index - 1];
  return !!prev && prev.paragraph === t.paragraph && SPORT_NAMES.has(`${nameKey(prev.text)} ${key}`);
}

/**
 * A side in a sports result or table: "Kelsbridge 3 2 1 0 5 2 7", "Ardent 1 Ostra 0",
 * "Nordland 195, Lorland 429-7", "Kelsbridge Rovers v Ardent", "Ardent (Nordland) 2 Ostra 1".
 * Countries stay places; clubs named after towns, counties and states are organisations. People named
 * in full ("Piet Oduya 68 70") are left alone. Returns the type, or null when the name is not a side.
 */
export function sportsSide(tk: Tokenized, c: NameCandidate): EntityType | null {
  if (!isSportsSide(tk, c)) return null;
  const tokens = tk.tokens.slice(c.first, c.last + 1);
  if (tokens.some((t) => t.tags.has('Country')) || nationalSide(c.key)) return 'place';
  if (tokens.length >= 2 && givenName(tokens[0]!) && !tokens[0]!.tags.has('Place')) return null;
  if (/^\p{Lu}\.?$/u.test(tokens[0]!.text)) return null;
  return 'organization';
}

/** A country or a world region ("Europe" in a Ryder Cup table): a side that stays a place. */
function nationalSide(key: string): boolean {
  return isCountry(key) || WORLD_REGIONS.has(key);
}

/** The name stands before a score (opening the line or after another side's score) or next to "v". */
function isSportsSide(tk: Tokenized, c: NameCandidate): boolean {
  const lastTok = tk.tokens[c.last]!;
  const firstTok = tk.tokens[c.first]!;
  // compromise leaves empty tokens inside ranges ("4-38" -> "4-38", "", ""): look past them.
  let p = c.first - 1;
  while (p >= 0 && tk.tokens[p]!.text === '') p--;
  const prev = p >= 0 ? tk.tokens[p] : undefined;
  const sameSentence = (t: Token | undefined) => !!t && t.sentence === firstTok.sentence;
  const isScore = (t: Token | undefined) => sameSentence(t) && SCORE.test(t!.text) && !YEAR.test(t!.text) && !t!.tags.has('Month');
  const versus = (t: Token | undefined) => sameSentence(t) && VERSUS.has(t!.text.toLowerCase());
  const endsClean = !c.possessive && /^\s*$/.test(lastTok.post);
  // "Ardent (Nordland) 2": the side's country in brackets between the name and its score.
  let next = tk.tokens[c.last + 1];
  let clean = endsClean;
  if (/^\s*\(\s*$/.test(lastTok.post) && next && /^\)\s*$/.test(next.post) && isCountry(nameKey(next.text))) {
    next = tk.tokens[c.last + 2];
    clean = true;
  }
  // The name opens the line, or follows another side's score (and its scorers in brackets).
  const afterSide = isScore(prev) || (!!prev && (/^\)/.test(prev.post) || /\)$/.test(prev.text)));
  if (clean && isScore(next) && (!sameSentence(prev) || afterSide)) return true;
  return versus(prev) || (endsClean && versus(next));
}

/**
 * What a sports report says about its names beyond their words: a town, county or state that is neither
 * a dateline nor after a locative preposition ("in London", "at Headingley") is a club ("Kelsbridge beat
 * Ardent", "Ardent striker Piet Oduya"); a name in brackets after a player's is his club ("Piet Oduya
 * (Kelsbridge)"); a name before a minute is a scorer ("Oduya 39th", "Oduya (39th)"). Countries and world
 * regions stay places.
 */
export function readSportsNames(tk: Tokenized, cands: NameCandidate[], dateline: ReadonlySet<number>): void {
  const byLast = new Map(cands.map((c) => [c.last, c]));
  for (const c of cands) {
    if (c.confidence >= 4 && c.type !== 'place') continue;
    if (scorer(tk, c) || (c.confidence <= 1 && c.type !== 'place' && athlete(tk, c))) {
      c.type = 'person';
      c.confidence = 3;
    } else if (c.type === 'place' ? townAsSide(tk, c, dateline) : playersClub(tk, c, byLast) || (c.confidence <= 1 && teamWords(tk, c))) {
      c.type = 'organization';
      c.subtype = 'team';
      c.confidence = 3;
    }
  }
}

/** A place that names a side: not a country, a dateline, or after "in", "at", "flew to". */
function townAsSide(tk: Tokenized, c: NameCandidate, dateline: ReadonlySet<number>): boolean {
  if (dateline.has(c.first) || nationalSide(c.key)) return false;
  const tokens = tk.tokens.slice(c.first, c.last + 1);
  if (tokens.some((t) => t.tags.has('Country'))) return false;
  const first = tk.tokens[c.first]!;
  const prev = tk.tokens[c.first - 1];
  if (prev && prev.sentence === first.sentence && locative(tk, prev)) return false;
  const next = tk.tokens[c.last + 1];
  return !(next && next.sentence === first.sentence && !c.possessive && PLACE_CUES_AFTER.has(next.normal));
}

/**
 * The words around a name that only a team has: a team's player or official after it ("Ardent
 * strikers", "Ostra coach"), a team word before it ("champions Ardent"), or a rider's team after his
 * country ("Piet Oduya (Nordland) Velotrax").
 */
function teamWords(tk: Tokenized, c: NameCandidate): boolean {
  const first = tk.tokens[c.first]!;
  const prev = tk.tokens[c.first - 1];
  const next = tk.tokens[c.last + 1];
  const same = (t: Token | undefined): t is Token => !!t && t.sentence === first.sentence;
  if (same(next) && TEAM_ROLE_NOUNS.has(next.normal) && /^\s*$/.test(tk.tokens[c.last]!.post) && next.pre === '') return true;
  if (c.first === c.last && same(next) && RESULT_VERBS.has(next.normal) && /^\s*$/.test(tk.tokens[c.last]!.post)) return true;
  if (!same(prev)) return false;
  if (TEAM_WORDS_BEFORE.has(prev.normal) && /^\s*$/.test(prev.post)) return true;
  // "Ardent beat Ostra", "a win over Ostra": a one-word side of a result (players are named in full).
  if (c.first === c.last && !athlete(tk, c) && RESULT_VERBS.has(prev.normal) || (prev.normal === 'over' && RESULT_NOUNS.has(tk.tokens[c.first - 2]?.normal ?? ''))) return true;
  // "(Nordland) Velotrax": the bracket after a rider's name holds his country.
  return /^\)\s*$/.test(prev.post) && /\(\s*$/.test(prev.pre) && nationalSide(nameKey(prev.text));
}

/** "(Kelsbridge)" right after a person's name: the player's club, unless it is a country. */
function playersClub(tk: Tokenized, c: NameCandidate, byLast: Map<number, NameCandidate>): boolean {
  const first = tk.tokens[c.first]!;
  const last = tk.tokens[c.last]!;
  if (!/\(\s*$/.test(first.pre) || !/^\)/.test(last.post) || nationalSide(c.key)) return false;
  const before = byLast.get(c.first - 1);
  return !!before && before.type === 'person' && before.key.includes(' ');
}

/** A name before the minute of a goal: "Oduya 39th", "Oduya (39th)", "Oduya 39th, 67th". */
function scorer(tk: Tokenized, c: NameCandidate): boolean {
  const next = tk.tokens[c.last + 1];
  if (!next || next.sentence !== tk.tokens[c.last]!.sentence || c.possessive || c.key.split(' ').length > 3) return false;
  return MINUTE.test(next.text) && (/^\s*$/.test(tk.tokens[c.last]!.post) || /^\s*\(\s*$/.test(tk.tokens[c.last]!.post));
}

/** "Hicham El Guerrouj (Morocco)": a name of up to four words that no score follows, before its country in brackets. */
function athlete(tk: Tokenized, c: NameCandidate): boolean {
  const last = tk.tokens[c.last]!;
  const country = tk.tokens[c.last + 1];
  if (!country || c.last - c.first > 3 || !/\(\s*$/.test(last.post) || !/^\)/.test(country.post)) return false;
  return country.sentence === last.sentence && nationalSide(nameKey(country.text));
}

/** An ordinal minute: "39th", "90th" (compromise may keep a closing bracket on it: "39th)"). */
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)\)?$/;

/** A preposition that places what follows: "in London", "between Gouda and Haarlem", "flew to Lisbon". */
function locative(tk: Tokenized, prep: Token): boolean {
  if (LOCATIVE_PREPOSITIONS.has(prep.normal)) return true;
  const before = tk.tokens[prep.index - 1];
  return prep.normal === 'to' && !!before && before.sentence === prep.sentence && TRAVEL_BEFORE_TO.has(before.normal);
}
