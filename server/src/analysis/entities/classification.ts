// What each name is (person, organisation, place, other): first from where it stands (a title before
// it, a dateline, a sports table), then from its own words (a "Ministry" is an organisation, a
// "Peninsula" a place), then from the words around it and compromise's tags. Then one type per
// spelling across the article, and a guess next to a sure name in a list takes the sure name's type.

import { EVENT_HEADS, GIVEN_NAMES_ALSO_WORDS, NAME_CONNECTORS, NUMBERED_HEADS, OTHER_ACRONYMS, PLACE_TAGS, PLATFORM_CUE_BEFORE, SURNAME_PARTICLES } from '../lexicon/names';
import {
  BROADCASTER_STARTS,
  COMPANY_SUFFIXES,
  PLACE_ACRONYMS,
  PLACE_CUES_AFTER,
  PLACE_PLURALS,
  PLACE_PREPOSITIONS,
  PLACE_STARTS,
  SELF_NAMED_ORG_HEADS,
} from '../lexicon/organisations';
import { SPEECH_VERBS } from '../lexicon/speech';
import { TERRITORIAL_TITLES } from '../lexicon/titles';
import type { Token, Tokenized } from '../tokens';
import type { EntityType } from '../types';
import type { Evidence, SentenceInfo } from './evidence';
import { knownName } from './known';
import { organisationContext } from './orgCues';
import { sportsSide } from './sports';
import type { NameCandidate } from './types';
import { breaksAfter, givenName, isCountry, isDemonym, lexiconSaysCommon, lexiconTags, nameKey, orgLike, placeLike, surnameLike } from './words';

/** A classification: the type, how sure it is (see NameCandidate.confidence) and an optional subtype. */
interface Verdict {
  type: EntityType;
  confidence: number;
  subtype?: string;
}

function verdict(type: EntityType, confidence: number, subtype?: string): Verdict {
  return subtype ? { type, confidence, subtype } : { type, confidence };
}

/** What the classification rules look at besides the candidate itself. */
interface Facts {
  tokens: Token[];
  n: number;
  firstKey: string;
  lastKey: string;
  /** The word after the name in its sentence, unless punctuation or a possessive ends the name. */
  next: Token | undefined;
  /** The word before the name (before its title) in its sentence. */
  prev: Token | undefined;
}

/** Classifies one candidate in place: sets its type, confidence and subtype. */
export function classify(tk: Tokenized, c: NameCandidate, evidence: Evidence, infos: SentenceInfo[]): void {
  const tokens = tk.tokens.slice(c.first, c.last + 1);
  const n = tokens.length;
  const lastTok = tk.tokens[c.last]!;
  const f: Facts = {
    tokens,
    n,
    firstKey: nameKey(tokens[0]!.text),
    lastKey: nameKey(tokens[n - 1]!.text),
    next: breaksAfter(lastTok) || c.possessive ? undefined : after(tk, c),
    prev: before(tk, c),
  };
  const v =
    byPosition(tk, c, evidence) ??
    byOwnWords(tk, c, f, infos[tk.tokens[c.first]!.sentence]!) ??
    byPlaceWordAfter(tk, c, f) ??
    byPersonShape(tk, c, f) ??
    byWeakCues(tk, c, f);
  c.type = v.type;
  c.confidence = v.confidence;
  if (v.subtype) c.subtype = v.subtype;
}

/** Where the name stands settles it: a known name, a title before it, a dateline, a sports table. */
function byPosition(tk: Tokenized, c: NameCandidate, evidence: Evidence): Verdict | null {
  const known = knownName(c.key, c.text.toLowerCase());
  if (known) return verdict(known.type, 4, known.subtype);
  if (isCountry(c.key)) return verdict('place', 4);
  if (c.title) return verdict('person', 4);
  if (evidence.dateline.has(c.first)) return verdict('place', 3, 'dateline');
  if (evidence.agency.has(c.first)) return verdict('organization', 3, 'agency');
  const team = sportsSide(tk, c);
  if (team) return verdict(team, 3, team === 'organization' ? 'team' : undefined);
  return null;
}

/** The name's own words: an acronym, an organisation or place head, a nationality, a number, a quotation. */
function byOwnWords(tk: Tokenized, c: NameCandidate, f: Facts, sentence: SentenceInfo): Verdict | null {
  const { tokens, n, firstKey, lastKey } = f;
  const acronym = n === 1 && !sentence.mostlyCapitals ? acronymType(c, tokens[0]!) : null;
  if (acronym) return acronym;
  // "Nordic Open", "Harbour Cup", "Kelsbridge Marathon": an event or a competition.
  if (n >= 2 && EVENT_HEADS.has(lastKey) && /^\p{Lu}/u.test(tokens[n - 1]!.text)) return verdict('other', 3, 'event');
  if (orgLike(tk, c.first, c.last) && (n > 1 || SELF_NAMED_ORG_HEADS.has(lastKey))) return verdict('organization', 3);
  if (n > 1 && hasTag(tk, c, 'Organization', 'last') && !tokens[n - 1]!.tags.has('Demonym')) return verdict('organization', 2);
  if (n === 1 && isDemonym(tokens[0]!)) return verdict('other', 3, 'nationality');
  if (n >= 2 && /^\d/.test(tokens[n - 1]!.text)) return verdict('other', 2, firstKey === 'flight' ? 'flight' : 'numbered');
  // "Flight NA171": a flight, named by its airline's code and number.
  if (n === 2 && NUMBERED_HEADS.has(firstKey) && /\d/.test(tokens[1]!.text)) return verdict('other', 3, firstKey === 'flight' ? 'flight' : 'numbered');
  // A whole quotation that is a name is a coined term: “Pax Ardentia”.
  if (/[“"‘]\s*$/.test(tokens[0]!.pre) && /^[”"’]/.test(tokens[n - 1]!.post)) return verdict('other', 1, 'term');
  if (placeLike(tk, c.first, c.last)) return verdict('place', 3);
  // A broadcaster: "Radio Sarn", "Television Nordvik".
  if (n >= 2 && BROADCASTER_STARTS.has(firstKey)) return verdict('organization', 3);
  // "Port Ardent", "Mount Kelvar", "Lake Ostra": a place word first.
  if (n >= 2 && PLACE_STARTS.has(firstKey) && !orgLike(tk, c.first, c.last)) return verdict('place', 3);
  return null;
}

/** A one-word name in capitals outside a capitals line: an acronym, of a place or an organisation. */
function acronymType(c: NameCandidate, token: Token): Verdict | null {
  const upper = /^[\p{Lu}.&/-]+$/u.test(c.text) && c.text.replace(/[.&/-]/g, '').length >= 2;
  if (!upper) return null;
  if (PLACE_ACRONYMS.has(c.key) || PLACE_ACRONYMS.has(c.text.toLowerCase())) return verdict('place', 3, 'acronym');
  if (OTHER_ACRONYMS.has(c.key)) return verdict('other', 3, 'acronym');
  if (token.tags.has('Place') || token.tags.has('Country')) return verdict('place', 2, 'acronym');
  if (c.text.length <= 6) return verdict('organization', 2, 'acronym');
  return null;
}

/** A place word after the name: "the Varnak region", "Varnak and Kelvar regions". */
function byPlaceWordAfter(tk: Tokenized, c: NameCandidate, f: Facts): Verdict | null {
  const { next } = f;
  if (!next) return null;
  if (PLACE_CUES_AFTER.has(next.normal) && !/^\p{Lu}/u.test(next.text)) return verdict('place', 3);
  // "Varnak and Kelvar regions": the first of two names before a plural place word.
  if (next.normal === 'and' || next.normal === 'or') {
    const after2 = tk.tokens[c.last + 3];
    if (after2 && after2.sentence === next.sentence && PLACE_PLURALS.has(after2.normal)) return verdict('place', 3);
  }
  return null;
}

/** Nationality words, honorifics, initials and first names. */
function byPersonShape(tk: Tokenized, c: NameCandidate, f: Facts): Verdict | null {
  const { tokens, n } = f;
  if (tokens.every(isDemonym)) return verdict('other', 2, 'nationality');
  if (hasTag(tk, c, 'Honorific', 'first')) return verdict('person', 3);
  // An initial before a surname: "M. Halloran", "J. R. Halloran".
  if (n >= 2 && /^\p{Lu}$/u.test(tokens[0]!.text) && /^\.\s*$/.test(tokens[0]!.post) && !orgLike(tk, c.first, c.last)) return verdict('person', 3);
  // "Piet van der Holm", "Anna ter Brugge": a surname's particles inside the name make it a person's,
  // however many words it has (they do not count as the words of an organisation's long name).
  if (surnameWithParticles(tokens)) return verdict('person', 3);
  // compromise's tags in context may call a surname a place ("Michael Marsh"); its lexicon is surer.
  if (firstNameFirst(tk, c, tokens) && n >= 2 && n <= 4 && !lexiconTags(f.lastKey).some((x) => PLACE_TAGS.includes(x))) return verdict('person', 3);
  const placeTagged = tokens.every((t) => PLACE_TAGS.some((tag) => t.tags.has(tag)) || NAME_CONNECTORS.has(t.normal));
  if (placeTagged) return verdict('place', 2);
  if (hasTag(tk, c, 'LastName', 'last') && n <= 3) return verdict('person', 2);
  return null;
}

/** Weaker cues, in order of trust; an unknown single word ends as "other" with no confidence. */
function byWeakCues(tk: Tokenized, c: NameCandidate, f: Facts): Verdict {
  const { tokens, n, firstKey, next, prev } = f;
  const firstName = firstNameFirst(tk, c, tokens);
  // "carrier Nordair", "Nordair's shares", "a stake in Vardenic": an organisation whatever its words.
  if (!firstName && n <= 4 && organisationContext(tk, c)) return verdict('organization', 3);
  // A reporting verb right after the name: "Brel noted".
  if (next && SPEECH_VERBS.has(next.normal) && n <= 3) return verdict('person', 2);
  if (prev && PLACE_PREPOSITIONS.has(prev.normal) && n <= 2 && !firstName) return verdict('place', 1);
  // "Chief Minister of Kelvar", "Governor of Kelvar": the territory of an office.
  const office = prev?.normal === 'of' ? tk.tokens[prev.index - 1] : undefined;
  if (office && TERRITORIAL_TITLES.has(office.normal) && n <= 2 && !firstName) return verdict('place', 2);
  const own = n === 1 ? lexiconTags(firstKey) : [];
  if (own.some((x) => PLACE_TAGS.includes(x))) return verdict('place', 2);
  if (hasTag(tk, c, 'Organization', 'any') && !hasTag(tk, c, 'Person', 'any')) return verdict('organization', 1);
  if (firstName) return verdict('person', 2);
  if (n >= 2 && n <= 3 && tokens.every((t) => !lexiconSaysCommon(nameKey(t.text)))) return verdict('person', 1);
  if (n >= 4) return verdict('organization', 1);
  return verdict('other', 0);
}

/** The name opens with a word compromise tags as a first name (and not as a place). */
function firstNameFirst(tk: Tokenized, c: NameCandidate, tokens: Token[]): boolean {
  if (hasTag(tk, c, 'FirstName', 'first') && !tokens[0]!.tags.has('Place')) return true;
  if (tokens.length < 2 || !givenName(tokens[0]!)) return false;
  // "Michael Marsh": a given name only, before any surname; "Frank Asselman": a given name that is also a
  // word, before a surname that is no word.
  const last = tokens[tokens.length - 1]!;
  return surnameLike(last) || (!GIVEN_NAMES_ALSO_WORDS.has(nameKey(tokens[0]!.text)) && knownName(nameKey(last.text)) === undefined);
}

function hasTag(tk: Tokenized, c: NameCandidate, tag: string, which: 'all' | 'any' | 'last' | 'first'): boolean {
  const toks = tk.tokens.slice(c.first, c.last + 1).filter((t) => !NAME_CONNECTORS.has(t.normal));
  if (which === 'last') return toks[toks.length - 1]?.tags.has(tag) ?? false;
  if (which === 'first') return toks[0]?.tags.has(tag) ?? false;
  return which === 'all' ? toks.every((t) => t.tags.has(tag)) : toks.some((t) => t.tags.has(tag));
}

/** The word right after the candidate in its sentence: "the Varnak region", "Brel said". */
function after(tk: Tokenized, c: NameCandidate): Token | undefined {
  const t = tk.tokens[c.last + 1];
  return t && t.sentence === tk.tokens[c.last]!.sentence ? t : undefined;
}

/** The word right before the candidate (before its title) in its sentence. */
function before(tk: Tokenized, c: NameCandidate): Token | undefined {
  const first = c.title ? c.title.first : c.first;
  const t = tk.tokens[first - 1];
  return t && t.sentence === tk.tokens[c.first]!.sentence ? t : undefined;
}

/**
 * Names listed together are usually of one kind: "Varnak and Kelvar", "Ardent, Lorland and Nordland".
 * A guess (confidence <= 1) next to a sure name in a list takes the sure name's type.
 */
export function coordinate(tk: Tokenized, cands: NameCandidate[]): void {
  const sorted = [...cands].sort((x, y) => x.first - y.first);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const x = sorted[k]!;
    const y = sorted[k + 1]!;
    if (!listed(tk, x, y, sorted[k + 2]) || x.type === y.type) continue;
    if (x.confidence <= 1 && y.confidence >= 2 && y.type !== 'person') {
      x.type = y.type;
      x.confidence = 1;
    } else if (y.confidence <= 1 && x.confidence >= 2 && x.type !== 'person') {
      y.type = x.type;
      y.confidence = 1;
    }
  }
}

/** Whether x and y (and z after them, if any) are items of one list. */
function listed(tk: Tokenized, x: NameCandidate, y: NameCandidate, z: NameCandidate | undefined): boolean {
  const gap = tk.tokens.slice(x.last + 1, y.first);
  const lastX = tk.tokens[x.last]!;
  const conj = gap.length === 1 && (gap[0]!.normal === 'and' || gap[0]!.normal === 'or');
  // A comma alone joins a list only when the list goes on to "and"/"or": "Ardent, Lorland and
  // Nordland". Otherwise it is as likely an apposition: "Tomas Brel, the union’s chief negotiator".
  const yPost = tk.tokens[y.last]!.post.trim();
  const zGap = z ? tk.tokens.slice(y.last + 1, z.first) : [];
  const listGoesOn = !!z && (yPost === '' || yPost === ',') && zGap.length === 1 && (zGap[0]!.normal === 'and' || zGap[0]!.normal === 'or');
  return (conj && (!breaksAfter(lastX) || /^,\s*$/.test(lastX.post))) || (gap.length === 0 && /^,\s*$/.test(lastX.post) && listGoesOn);
}

/** Candidates that are not worth showing: a lone company suffix, an ordinary word of unknown kind. */
export function noise(c: NameCandidate & { before: string }, evidence: { lower: Set<string> }): boolean {
  if (COMPANY_SUFFIXES.has(c.key)) return true;
  // A lone letter ("N / A") is not a name, except the platform in "a post on X".
  if (c.text.replace(/\P{L}/gu, '').length < 2 && !PLATFORM_CUE_BEFORE.test(c.before)) return true;
  if (c.type === 'other' && c.confidence === 0 && !c.key.includes(' ')) {
    return lexiconSaysCommon(c.key) || evidence.lower.has(c.key);
  }
  return false;
}

/**
 * One type per spelling across the article: the best-supported reading wins. A one-word name that is
 * the last word of a person's full name is that person ("Brel" after "Tomas Brel").
 */
export function harmonise(cands: NameCandidate[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  const maxConf = new Map<string, number>();
  for (const c of cands) {
    let v = votes.get(c.key);
    if (!v) votes.set(c.key, (v = new Map()));
    // A confident reading outweighs several guesses: one sure mention counts as four of the next level.
    v.set(c.type, (v.get(c.type) ?? 0) + 4 ** c.confidence);
    const k = `${c.key}:${c.type}`;
    maxConf.set(k, Math.max(maxConf.get(k) ?? 0, c.confidence));
  }
  const surnames = surnamesOfPeople(cands);
  for (const c of cands) {
    const best = winner(votes.get(c.key)!, c.type);
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

/** Last words of the names of people named in full with some confidence. */
function surnamesOfPeople(cands: NameCandidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of cands) {
    if (c.type === 'person' && c.confidence >= 2) {
      const parts = c.key.split(' ');
      if (parts.length >= 2) surnames.add(parts[parts.length - 1]!);
    }
  }
  return surnames;
}

/** The type with the most votes (the first to reach it on a tie); `fallback` when there are none. */
function winner(votes: Map<EntityType, number>, fallback: EntityType): EntityType {
  let best = fallback;
  let bestScore = -1;
  for (const [t, score] of votes) {
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** A given name, lower-case surname particles and a capitalised last word: "Piet van der Holm". */
function surnameWithParticles(tokens: Token[]): boolean {
  const n = tokens.length;
  if (n < 3 || n > 5) return false;
  const inner = tokens.slice(1, -1);
  const upper = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.text);
  const particles = inner.filter((t) => /^\p{Ll}/u.test(t.text));
  return upper(tokens[0]!) && upper(tokens[n - 1]!) && particles.length > 0 && particles.every((t) => SURNAME_PARTICLES.has(t.normal)) && inner.slice(inner.length - particles.length).every((t) => /^\p{Ll}/u.test(t.text));
}
