// Sports reports: whether an article is one, the sides of a result or a table ("Kelsbridge 3 Ardent 1"),
// and the clubs named after their town ("Kelsbridge beat Ardent"). A club is an organisation; a country
// stays a place even when it names a national side, as news style (and CoNLL-2003) has it.

import { VERSUS } from '../lexicon/names';
import { PLACE_CUES_AFTER } from '../lexicon/organisations';
import { WORLD_REGIONS } from '../lexicon/gazetteer';
import { LOCATIVE_PREPOSITIONS, SPORT_NAMES, SPORTS_WORDS, TRAVEL_BEFORE_TO } from '../lexicon/sports';
import type { Token, Tokenized } from '../tokens';
import type { EntityType } from '../types';
import type { NameCandidate } from './types';
import { isCountry, nameKey } from './words';

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
  if (tokens.length >= 2 && tokens[0]!.tags.has('FirstName') && !tokens[0]!.tags.has('Place')) return null;
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
  // The name opens the line, or follows another side's score.
  if (clean && isScore(next) && (!sameSentence(prev) || isScore(prev))) return true;
  return versus(prev) || (endsClean && versus(next));
}

/**
 * In a sports report, a town, county or state that is neither a dateline nor after a locative
 * preposition ("in London", "at Headingley") is a club: "Kelsbridge beat Ardent", "Ardent striker
 * Piet Oduya", "Joren Daal (Kelsbridge)". Countries and world regions stay places.
 */
export function readClubs(tk: Tokenized, cands: NameCandidate[], dateline: ReadonlySet<number>): void {
  for (const c of cands) {
    if (c.type !== 'place' || dateline.has(c.first) || nationalSide(c.key)) continue;
    const tokens = tk.tokens.slice(c.first, c.last + 1);
    if (tokens.some((t) => t.tags.has('Country'))) continue;
    const first = tk.tokens[c.first]!;
    const prev = tk.tokens[c.first - 1];
    if (prev && prev.sentence === first.sentence && locative(tk, prev)) continue;
    const next = tk.tokens[c.last + 1];
    if (next && next.sentence === first.sentence && !c.possessive && PLACE_CUES_AFTER.has(next.normal)) continue;
    c.type = 'organization';
    c.subtype = 'team';
    c.confidence = 3;
  }
}

/** A preposition that places what follows: "in London", "between Gouda and Haarlem", "flew to Lisbon". */
function locative(tk: Tokenized, prep: Token): boolean {
  if (LOCATIVE_PREPOSITIONS.has(prep.normal)) return true;
  const before = tk.tokens[prep.index - 1];
  return prep.normal === 'to' && !!before && before.sentence === prep.sentence && TRAVEL_BEFORE_TO.has(before.normal);
}
