// Finds the titles and descriptions an article gives each person, with the span each came from:
//   before the name:      "Harbour Board spokesperson Joren Daal", "Varga’s special envoy Tomas Brel"
//   appositive after:     "Tomas Brel, the union’s chief negotiator, remarked"
//   appositive before:    "The union’s lead negotiator, Tomas Brel, noted"
// A phrase is a role only when it has a role noun ("spokesperson", "negotiator", "president", ...).

import type { EntityResult } from './entities';
import { IN_LAW_BASES } from './lexicon/kinship';
import { ARTICLES, LEADING_ARTICLE } from './lexicon/names';
import { RELATIVE_WORDS } from './lexicon/speech';
import {
  COURTESY_TITLES,
  ROLE_INVERTED_VERBS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  ROLE_PHRASE_STOPS,
  ROLE_CHANGE_VERBS,
  ROLE_PREDICATE_VERBS,
  ROLE_TIME_LEAD_PAIRS,
  ROLE_TIME_LEADS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon/titles';
import type { Token, Tokenized } from './tokens';
import type { Role } from './types';

type PersonMention = EntityResult['mentions'][number];

/** Adds roles to the person entities in `result` (mutates `entities[].roles`). */
export function extractRoles(tk: Tokenized, result: EntityResult): void {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const people = result.mentions.filter((m) => m.type === 'person');
  const mentionAt = new Map<number, PersonMention>();
  for (const m of result.mentions) for (let i = m.first; i <= m.last; i++) mentionAt.set(i, m);
  const found = new Map<PersonMention, RoleDraft[]>();

  for (const m of people) {
    const roles: Role[] = [];
    const pre = roleBefore(tk, m, mentionAt);
    if (pre) roles.push(pre);
    const appAfter = appositiveAfter(tk, m, mentionAt);
    if (appAfter) roles.push(appAfter);
    const appBefore = appositiveBefore(tk, m, mentionAt);
    if (appBefore) roles.push(appBefore);
    const predicate = predicateAfter(tk, m, mentionAt) ?? predicateBefore(tk, m);
    if (predicate) roles.push(predicate);
    found.set(m, roles);
  }

  // "Nordic envoys Tomas Brel and Anna Varga": a plural role before the first of two coordinated
  // names belongs to both.
  for (let k = 0; k + 1 < people.length; k++) {
    const a = people[k]!;
    const b = people[k + 1]!;
    const between = tk.tokens.slice(a.last + 1, b.first);
    const coordinated = between.length === 1 && between[0]!.normal === 'and' && !/[,.;]/.test(tk.tokens[a.last]!.post);
    if (!coordinated || found.get(b)!.some((r) => r.via === 'title')) continue;
    const plural = found.get(a)!.find((r) => r.via === 'title' && r.plural);
    if (plural) found.get(b)!.push({ ...plural });
  }

  for (const [m, roles] of found) {
    const entity = byId.get(m.entityId);
    if (!entity) continue;
    for (const r of roles) {
      const { plural: _plural, ...role } = r;
      if (!entity.roles.some((x) => x.start === role.start && x.end === role.end)) entity.roles.push(role);
    }
  }
  for (const e of result.entities) e.roles.sort((x, y) => x.start - y.start);
}

interface RoleDraft extends Role {
  plural?: boolean;
}

/** Trailing commas, semicolons and colons (the lookbehind starts the match at the run's start: linear). */
const TRAILING_PUNCTUATION = /(?<![,;:])[,;:]+$/;

function isRoleNoun(t: Token): boolean {
  const n = t.normal.replace(/['’]s$/, '');
  return ROLE_NOUNS.has(n) || ROLE_NOUNS.has(n.replace(/s$/, '')) || TITLE_HEADS.has(n);
}

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

function hasBreakAfter(t: Token): boolean {
  const p = t.post.replace(/\s+/g, '');
  return p !== '' && p !== '-' && !(p === '.' && t.tags.has('Abbreviation'));
}

/** Whether tokens i-2..i spell a kinship "X in law" written with spaces or hyphens. */
function inLawEndingAt(tk: Tokenized, i: number): boolean {
  const a = tk.tokens[i - 2];
  const b = tk.tokens[i - 1];
  const c = tk.tokens[i];
  return !!a && !!b && !!c && IN_LAW_BASES.has(a.normal) && b.normal === 'in' && c.normal === 'law';
}

/** "son in law", "son-in-law" and "son - in - law" alike (the bases of lexicon/kinship.ts). */
const IN_LAW = new RegExp(String.raw`\b(${[...IN_LAW_BASES].join('|')})[\s-]+in[\s-]+law\b`, 'g');

/** A role's text as compared across mentions and sources: lower case, no article, one spelling. */
export function normalizeRole(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(LEADING_ARTICLE, '')
    .replace(IN_LAW, '$1-in-law')
    .replace(/\badvisor\b/g, 'adviser')
    .replace(/\bu\.s\.(?=\s|$)/g, 'us')
    .replace(/\s+/g, ' ')
    .trim();
}

function singular(word: string): string {
  if (/(?:ss|us)$/.test(word)) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (word.endsWith('spokespeople')) return 'spokesperson';
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

function makeRole(tk: Tokenized, first: number, last: number, headIdx: number, via: Role['via']): RoleDraft | null {
  if (first > last) return null;
  const start = tk.tokens[first]!.start;
  const end = tk.tokens[last]!.end;
  const text = tk.text.slice(start, end).replace(TRAILING_PUNCTUATION, '');
  const headTok = tk.tokens[headIdx]!;
  let head = singular(headTok.normal.replace(/['’]s$/, '')).replace(/^advisor$/, 'adviser');
  if (headTok.normal === 'law' && inLawEndingAt(tk, headIdx)) head = `${tk.tokens[headIdx - 2]!.normal}-in-law`;
  const draft: RoleDraft = { start, end: start + text.length, text, normalized: normalizeRole(text), head, via };
  const rawHead = headTok.normal.replace(/['’]s$/, '');
  if (rawHead !== head && /s$/.test(rawHead) && !/-in-law$/.test(head)) {
    draft.plural = true;
    // The head is text of the article: escaped, so no character of it acts as regex syntax.
    const word = new RegExp(`\\b${rawHead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    draft.normalized = normalizeRole(draft.normalized.replace(word, head));
  }
  return draft;
}

/**
 * The role written directly before a name, title included: walks left over capitalised words, role
 * words and possessives ("President Anna Varga’s special envoy") until a determiner, verb,
 * preposition or punctuation.
 */
function roleBefore(tk: Tokenized, m: PersonMention, mentionAt: Map<number, PersonMention>): RoleDraft | null {
  const sentence = tk.tokens[m.first]!.sentence;
  let i = m.first - 1;
  let leftmost = -1;
  let head = -1;
  while (i >= 0) {
    const t = tk.tokens[i]!;
    if (t.sentence !== sentence || hasBreakAfter(t)) break;
    if (inLawEndingAt(tk, i)) {
      if (head < 0) head = i;
      leftmost = i - 2;
      i -= 3;
      continue;
    }
    const other = mentionAt.get(i);
    if (other && other !== m) {
      // Another name inside the role is fine only as a possessor or a place/organisation modifier:
      // "Varga’s special envoy", "Harbour Board spokesperson". A bare person name stops the walk
      // ("Brel and Varga" never makes Brel a role of Varga).
      const possessive = /['’]s$/.test(tk.tokens[other.last]!.text) || /['’]$/.test(tk.tokens[other.last]!.post.trim());
      if (head < 0 && other.type === 'person') break;
      // A bare name right before the role noun modifies it: "Varga adviser", "Brel ally". It ends
      // the walk: a name further left would be a different phrase.
      const adjunct = other.type === 'person' && !possessive && other.last === leftmost - 1 && leftmost === head;
      if (other.type === 'person' && !possessive && !adjunct) break;
      leftmost = other.first;
      i = other.first - 1;
      if (adjunct) break;
      // A possessor's own title comes along: "President Anna Varga’s special envoy".
      continue;
    }
    const n = t.normal.replace(/['’]s$/, '');
    if (joinsOffice(tk, i, head, leftmost)) {
      i--;
      continue;
    }
    if (ARTICLES.has(n) || ROLE_PHRASE_STOPS.has(n)) {
      leftmost = withTimeLead(n, head, leftmost, i);
      break;
    }
    if (isRoleNoun(t)) {
      if (head < 0) head = i;
      leftmost = i;
      i--;
      continue;
    }
    if (ROLE_MODIFIERS.has(n) || TITLE_MODIFIERS.has(n) || (isCapitalised(t) && !t.tags.has('Verb') && !t.tags.has('Preposition'))) {
      leftmost = i;
      i--;
      continue;
    }
    break;
  }
  if (head < 0 || leftmost < 0) return null;
  // Trim leading words that are not part of a role phrase (adjectives or names not followed by a role).
  return makeRole(tk, leftmost, m.first - 1, head, 'title');
}

/**
 * A word the walk left from a name passes inside the role: a particle of an office, or "and" between two
 * offices of one person coordinated before the name ("chief executive and chairwoman Greta Ahlund",
 * "founder and president Ana Brel"), which make one role phrase holding both.
 */
function joinsOffice(tk: Tokenized, i: number, head: number, leftmost: number): boolean {
  if (particleInOffice(tk, i)) return true;
  const prev = tk.tokens[i - 1];
  const t = tk.tokens[i]!;
  return t.normal === 'and' && head >= 0 && leftmost === i + 1 && !!prev && prev.sentence === t.sentence && !hasBreakAfter(prev) && !hasBreakAfter(t) && isRoleNoun(prev);
}

/** "then deputy foreign minister Ana Vrabel", "then-finance minister": a role held then starts at "then". */
function withTimeLead(word: string, head: number, leftmost: number, i: number): number {
  return head >= 0 && ROLE_TIME_LEADS.has(word) ? i : leftmost;
}

/**
 * A particle inside a capitalised office before a name: "of (the)" after a role noun ("Chief of the General
 * Staff", "Secretary of State") and "and" between capitalised words ("Trade and Industry Minister").
 */
function particleInOffice(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  const prev = tk.tokens[i - 1];
  const next = tk.tokens[i + 1];
  if (!prev || !next || prev.sentence !== t.sentence || hasBreakAfter(prev) || hasBreakAfter(t)) return false;
  if (t.normal === 'and') return isCapitalised(prev) && isCapitalised(next) && !isRoleNoun(prev);
  if (t.normal === 'of') return isRoleNoun(prev) && (isCapitalised(next) || next.normal === 'the');
  const before = tk.tokens[i - 2];
  return ARTICLES.has(t.normal) && prev.normal === 'of' && !!before && isRoleNoun(before) && isCapitalised(next);
}

/** The words of a time lead opening a role at token i ("then", "until now"), or 0. */
function timeLead(tk: Tokenized, i: number): number {
  const n = tk.tokens[i]!.normal.replace(/['’]s$/, '');
  if (ROLE_TIME_LEADS.has(n)) return 1;
  return ROLE_TIME_LEAD_PAIRS.has(`${n} ${tk.tokens[i + 1]?.normal ?? ''}`) ? 2 : 0;
}

/** Token `i` is an age in commas after a name (", 47,"). */
function ageAfter(tk: Tokenized, i: number, sentence: number): boolean {
  const t = tk.tokens[i];
  return !!t && t.sentence === sentence && /^\d{1,3}$/.test(t.text) && /^,\s*$/.test(t.post);
}

/** A word after a name's comma that starts no appositive role: an adverb, a preposition, "who". */
function opensNoRole(t: Token, n: string): boolean {
  return ROLE_PHRASE_STOPS.has(n) || t.tags.has('Preposition') || t.tags.has('Adverb') || t.tags.has('Conjunction');
}

/** ", the union’s chief negotiator," after a name. */
function appositiveAfter(tk: Tokenized, m: PersonMention, mentionAt: Map<number, PersonMention>): RoleDraft | null {
  const lastTok = tk.tokens[m.last]!;
  if (!/^,\s*$/.test(lastTok.post)) return null;
  const sentence = lastTok.sentence;
  // "Olaf Renk, 47, the chief of the border police,": the age between the name and its role is skipped.
  let i = ageAfter(tk, m.last + 1, sentence) ? m.last + 2 : m.last + 1;
  const first = i;
  let head = -1;
  let end = -1;
  for (; i < tk.tokens.length && i - first < 12; i++) {
    const t = tk.tokens[i]!;
    if (t.sentence !== sentence) return null;
    const n = t.normal.replace(/['’]s$/, '');
    // ", then the deputy speaker," and ", previously deputy minister,": a role held before, read with its time word.
    if (i === first && timeLead(tk, i) > 0) {
      i += timeLead(tk, i) - 1;
      continue;
    }
    if (i === first && opensNoRole(t, n)) return null;
    const other = mentionAt.get(i);
    if (other && other.type === 'person' && !/['’]s$/.test(tk.tokens[other.last]!.text)) return null;
    // ", the interior minister who led the crackdown,": a relative clause right after the role noun closes it.
    if (head >= 0 && head === i - 1 && RELATIVE_WORDS.has(t.normal)) return finishAppositive(tk, first, i - 1, head);
    if (verbEndsRole(tk, i) && !t.tags.has('Adjective')) return null;
    if (inLawEndingAt(tk, i) || isRoleNoun(t)) head = i;
    if (hasBreakAfter(t)) {
      end = i;
      break;
    }
  }
  if (head < 0 || end < 0) return null;
  const endTok = tk.tokens[end]!;
  if (!/^[,;—–]/.test(endTok.post.trim()) && !/^\.\s*$/.test(endTok.post)) return null;
  return finishAppositive(tk, first, end, head);
}

/** The appositive role [first, end] with its head: articles off, the head before an "of" phrase. */
function finishAppositive(tk: Tokenized, first: number, end: number, head: number): RoleDraft | null {
  let start = first;
  while (start < end && ARTICLES.has(tk.tokens[start]!.normal)) start++;
  // The head is the role noun that is not inside an "of" phrase's object: "head of the agency".
  const ofIdx = tk.tokens.slice(first, end + 1).findIndex((t) => t.normal === 'of');
  if (ofIdx >= 0) {
    const before = first + ofIdx - 1;
    if (before >= first && isRoleNoun(tk.tokens[before]!)) head = before;
  }
  return makeRole(tk, start, end, head, 'appositive');
}

/** "The union’s lead negotiator, Tomas Brel," — a role phrase before the comma that precedes the name. */
function appositiveBefore(tk: Tokenized, m: PersonMention, mentionAt: Map<number, PersonMention>): RoleDraft | null {
  const first = afterCourtesyTitles(tk, m.first);
  const prevTok = tk.tokens[first - 1];
  if (!prevTok || prevTok.sentence !== tk.tokens[m.first]!.sentence || !/^,\s*$/.test(prevTok.post)) return null;
  // The name must close the apposition: a comma after it, or the sentence's verb right after it.
  const lastTok = tk.tokens[m.last]!;
  const next = tk.tokens[m.last + 1];
  // "...chaired by the state mediator, Edda Kjellin." — the sentence's end closes it too.
  const closes =
    /^,\s*$/.test(lastTok.post) || /^[.;!?]/.test(lastTok.post.trim()) || (!!next && next.tags.has('Verb') && !hasBreakAfter(lastTok));
  if (!closes) return null;
  const sentence = prevTok.sentence;
  let i = first - 1;
  let leftmost = -1;
  for (; i >= 0 && first - i <= 12; i--) {
    const t = tk.tokens[i]!;
    if (t.sentence !== sentence) break;
    if (i !== first - 1 && hasBreakAfter(t)) break;
    const n = t.normal.replace(/['’]s$/, '');
    if (verbEndsRole(tk, i)) break;
    if ((t.tags.has('Preposition') || t.tags.has('Conjunction')) && n !== 'of') {
      // "A spokeswoman for the president, Lena Frisk": the name is the spokeswoman's, and the office
      // after the preposition is whom she speaks for.
      const serving = leftmost >= 0 ? servingAppositive(tk, i, sentence, first - 1) : null;
      if (serving) return serving;
      break;
    }
    const other = mentionAt.get(i);
    if (other && other.type === 'person' && !/['’]s$/.test(tk.tokens[other.last]!.text)) break;
    leftmost = i;
  }
  if (leftmost < 0) return null;
  while (leftmost < first - 1 && ARTICLES.has(tk.tokens[leftmost]!.normal)) leftmost++;
  const last = first - 1;
  const head = headOfPhrase(tk, leftmost, last);
  if (head < 0) return null;
  return makeRole(tk, leftmost, last, head, 'appositive');
}

/** Where a name starts with the courtesy titles before it ("Dr", "Ms") taken in: the appositive ends before them. */
function afterCourtesyTitles(tk: Tokenized, first: number): number {
  let i = first;
  while (i > 0) {
    const t = tk.tokens[i - 1]!;
    if (t.sentence !== tk.tokens[first]!.sentence || hasBreakAfter(t) || /,/.test(t.post) || !COURTESY_TITLES.has(t.normal)) break;
    i--;
  }
  return i;
}

/**
 * A verb ends a role phrase, unless it is a participle, a role noun, a role modifier compromise reads as a
 * verb, or the empty token that is compromise's reading of a possessive "'s" as "is" ("the company's
 * managing director").
 */
function verbEndsRole(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  return t.tags.has('Verb') && !t.tags.has('Participle') && !isRoleNoun(t) && !modifiesRole(tk, i) && t.text !== '';
}

/** A role modifier compromise reads as a verb ("managing" in "the company's managing director"). */
function modifiesRole(tk: Tokenized, i: number): boolean {
  const n = tk.tokens[i]!.normal;
  const next = tk.tokens[i + 1];
  return (ROLE_MODIFIERS.has(n) || TITLE_MODIFIERS.has(n)) && !!next && next.sentence === tk.tokens[i]!.sentence && isRoleNoun(next);
}

/** The prepositions after which a role names whom another role serves: "spokeswoman for", "adviser to". */
const SERVING = /^(?:for|to)$/;

/**
 * Where a role that serves someone starts, when token `prep` is "for" or "to" right after a role noun
 * ("a spokeswoman for", "senior adviser to"): the first of its modifiers, articles left out; else -1.
 */
function servingRoleBefore(tk: Tokenized, prep: number, sentence: number): number {
  if (!SERVING.test(tk.tokens[prep]!.normal)) return -1;
  let j = prep - 1;
  const noun = tk.tokens[j];
  if (!noun || noun.sentence !== sentence || hasBreakAfter(noun) || !isRoleNoun(noun)) return -1;
  while (j - 1 >= 0) {
    const t = tk.tokens[j - 1]!;
    const n = t.normal.replace(/['’]s$/, '');
    if (t.sentence !== sentence || hasBreakAfter(t) || !(ROLE_MODIFIERS.has(n) || TITLE_MODIFIERS.has(n) || isRoleNoun(t))) break;
    j--;
  }
  return j;
}

/** The serving role ending before a name whose appositive the walk stopped at preposition `prep`, or null. */
function servingAppositive(tk: Tokenized, prep: number, sentence: number, end: number): RoleDraft | null {
  const served = servingRoleBefore(tk, prep, sentence);
  return served >= 0 ? makeRole(tk, served, end, servedHead(tk, served, prep), 'appositive') : null;
}

/** The head of a serving role: its last role noun before the preposition. */
function servedHead(tk: Tokenized, first: number, prep: number): number {
  for (let j = prep - 1; j >= first; j--) if (isRoleNoun(tk.tokens[j]!)) return j;
  return prep - 1;
}

/** The role noun of the phrase [first, last]: its last word, or a role noun before "of" ("head of the port authority"). */
function headOfPhrase(tk: Tokenized, first: number, last: number): number {
  if (isRoleNoun(tk.tokens[last]!) || inLawEndingAt(tk, last)) return last;
  for (let j = first; j < last; j++) {
    if (tk.tokens[j + 1]!.normal === 'of' && isRoleNoun(tk.tokens[j]!)) return j;
  }
  return -1;
}

/** The longest words a predicate verb takes ("has been appointed", "will take over as"). */
const PREDICATE_VERB_WORDS = 4;

/** Does the person's mention open its clause (its title included): the subject of what follows? */
function opensClause(tk: Tokenized, m: PersonMention): boolean {
  const sentence = tk.tokens[m.first]!.sentence;
  let i = m.first - 1;
  while (i >= 0 && tk.tokens[i]!.sentence === sentence && !hasBreakAfter(tk.tokens[i]!)) {
    const t = tk.tokens[i]!;
    const n = t.normal.replace(/['’]s$/, '');
    if (!(isCapitalised(t) || isRoleNoun(t) || ROLE_MODIFIERS.has(n) || TITLE_MODIFIERS.has(n)) || t.tags.has('Preposition')) break;
    i--;
  }
  if (i >= 0 && ARTICLES.has(tk.tokens[i]!.normal) && tk.tokens[i]!.sentence === sentence && !hasBreakAfter(tk.tokens[i]!)) i--;
  const before = tk.tokens[i];
  return !before || before.sentence !== sentence || /^[,;]/.test(before.post.trim()) || before.normal === 'and' || before.normal === 'but';
}

/** The predicate verb starting at token i ("becomes", "was appointed", "takes over as"): the token after it, or -1. */
function predicateVerbAt(tk: Tokenized, i: number, verbs: ReadonlySet<string>): number {
  let words = '';
  let after = -1;
  for (let k = Math.max(0, i); k < i + PREDICATE_VERB_WORDS && k < tk.tokens.length; k++) {
    words = words ? `${words} ${tk.tokens[k]!.normal}` : tk.tokens[k]!.normal;
    if (verbs.has(words)) after = k + 1;
    if (hasBreakAfter(tk.tokens[k]!)) break;
  }
  return after;
}

/**
 * The office the sentence gives the person after the verb: "X becomes interior minister", "X, who has led
 * the police since 2021, becomes interior minister", "X is the new defence minister", "X was appointed
 * finance minister". A relative clause or an age set off by commas may stand between.
 */
function predicateAfter(tk: Tokenized, m: PersonMention, mentionAt: Map<number, PersonMention>): RoleDraft | null {
  const last = tk.tokens[m.last]!;
  if (/['’]s?$/.test(last.text) || !opensClause(tk, m)) return null;
  let i = m.last + 1;
  if (/^,\s*$/.test(last.post)) {
    // An aside set off by commas (a relative clause, an age, an appositive) stands between the name and its verb.
    while (i < tk.tokens.length && i - m.last < 30 && tk.tokens[i]!.sentence === last.sentence && !/^,\s*$/.test(tk.tokens[i]!.post)) i++;
    i++;
  } else if (hasBreakAfter(last)) return null;
  if (tk.tokens[i]?.sentence !== last.sentence) return null;
  const change = predicateVerbAt(tk, i, ROLE_CHANGE_VERBS);
  const after = change >= 0 ? change : predicateVerbAt(tk, i, ROLE_PREDICATE_VERBS);
  if (after < 0) return null;
  const office = officePhrase(tk, tk.tokens[after]?.normal === 'as' ? after + 1 : after, last.sentence, mentionAt);
  if (!office) return null;
  // An office taken now is read with its verb ("becomes interior minister"): it is the person's next office.
  return makeRole(tk, change >= 0 ? i : office.start, office.end, office.head, 'predicate');
}

/**
 * The office read rightwards from token a: articles and possessives, modifiers, the role noun, and an
 * "of" phrase after it ("the head of the national police"); nothing else may follow in its clause but a
 * preposition, a comma or the sentence's end.
 */
function officePhrase(tk: Tokenized, a: number, sentence: number, mentionAt: Map<number, PersonMention>): { start: number; end: number; head: number } | null {
  let start = a;
  while (tk.tokens[start] && ARTICLES.has(tk.tokens[start]!.normal)) start++;
  let head = -1;
  let end = -1;
  for (let i = start; i < tk.tokens.length && i - start < 10; i++) {
    const t = tk.tokens[i]!;
    if (t.sentence !== sentence || mentionAt.has(i)) return null;
    if (t.tags.has('Preposition') || t.tags.has('Conjunction')) break;
    if (isRoleNoun(t)) head = i;
    else if (!inOfficePhrase(tk, i)) return null;
    end = i;
    if (hasBreakAfter(t)) break;
  }
  if (head < 0 || head !== end) return null;
  return { start, end: ofObjectEnd(tk, end, sentence), head };
}

/** A word that may stand before the role noun of an office: a modifier, an adjective, a possessor, a noun. */
function inOfficePhrase(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  const n = t.normal.replace(/['’]s$/, '');
  const modifier = ROLE_MODIFIERS.has(n) || TITLE_MODIFIERS.has(n) || t.tags.has('Adjective') || t.tags.has('Possessive') || /['’]s$/.test(t.text) || t.tags.has('Noun');
  return modifier && (!t.tags.has('Verb') || modifiesRole(tk, i));
}

/** Where an office ending at token `end` ends with its "of" phrase ("head of the national police"), or `end`. */
function ofObjectEnd(tk: Tokenized, end: number, sentence: number): number {
  if (tk.tokens[end + 1]?.normal !== 'of' || hasBreakAfter(tk.tokens[end]!)) return end;
  const nominal = (k: number) => !!tk.tokens[k] && tk.tokens[k]!.sentence === sentence && !tk.tokens[k]!.tags.has('Verb') && !tk.tokens[k]!.tags.has('Preposition');
  let k = end + 2;
  while (nominal(k) && k - end < 8 && !hasBreakAfter(tk.tokens[k]!) && nominal(k + 1)) k++;
  return nominal(k) ? k : end;
}

/** "The new interior minister is X": an office opening the sentence, given to the person after "is". */
function predicateBefore(tk: Tokenized, m: PersonMention): RoleDraft | null {
  const sentence = tk.tokens[m.first]!.sentence;
  const last = tk.tokens[m.last]!;
  const next = tk.tokens[m.last + 1];
  if (/['’]s?$/.test(last.text) || (next && next.sentence === sentence && !hasBreakAfter(last))) return null;
  // The verb right before the name ("is", "will be").
  const v = [m.first - 1, m.first - 2].find((k) => k >= 0 && predicateVerbAt(tk, k, ROLE_INVERTED_VERBS) === m.first);
  if (v === undefined) return null;
  const head = v - 1;
  const h = tk.tokens[head];
  if (!h || h.sentence !== sentence || hasBreakAfter(h) || !isRoleNoun(h)) return null;
  let first = head;
  while (first > 0) {
    const t = tk.tokens[first - 1]!;
    const n = t.normal.replace(/['’]s$/, '');
    if (t.sentence !== sentence || hasBreakAfter(t) || !(ROLE_MODIFIERS.has(n) || TITLE_MODIFIERS.has(n) || isRoleNoun(t) || ARTICLES.has(n))) break;
    first--;
  }
  const before = tk.tokens[first - 1];
  if (before && before.sentence === sentence) return null;
  while (first < head && ARTICLES.has(tk.tokens[first]!.normal)) first++;
  return makeRole(tk, first, head, head, 'predicate');
}
