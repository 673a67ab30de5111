// Resolves a speaker written as a pronoun ("he said") or a definite description ("the minister said",
// "the company said") to a person or organisation the article has named before.
//
// Pronouns: the nearest person named before, outside quotation marks, whose gender fits — gender is
// known from a title or role ("Mrs", "spokeswoman"), from the pronouns the article already used for
// that person ("Varga said her …"), or from a first name compromise knows; when unknown, any person
// fits. A name after a preposition or before a possessive ("talks with Brel", "Brel's aide") is passed
// over while a subject fits. "it" is the nearest organisation. "they", "we" stay unresolved.
// Descriptions: the nearest person whose title or role has the head noun ("the minister" → Interior
// Minister Tomas Brel), or the organisation whose name holds it ("the ministry" → the Foreign Ministry;
// "the company" → the company last named). An indefinite description ("an official") names nobody.

import { COMPANY_REFERENCES, COORDINATORS, GENDERED_PRONOUNS, INSTITUTION_REFERENCES, SPEAKER_PRONOUNS, STATEMENT_NOUNS } from '../lexicon/speech';
import { HEAD_SYNONYMS, PORTFOLIOS, TWO_WORD_HEADS } from '../lexicon/offices';
import { FEMALE_TITLES, MALE_TITLES, ROLE_NOUNS, TITLE_HEADS } from '../lexicon/titles';
import { tokenAt, type Token, type Tokenized } from '../tokens';
import type { Entity, Quote } from '../types';
import { foldWord, transliterationKey } from '../util/nameFold';
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../util/search';
import { canSpeak, endsClause, isFiniteVerb, type Mention } from './phrases';

type Gender = 'm' | 'f';

/** What reference resolution looks at: mentions outside quotations in text order, and what it learnt. */
export interface ReferenceCtx {
  tk: Tokenized;
  byId: Map<string, Entity>;
  /** Mentions outside quotation marks, in text order. */
  outside: Mention[];
  /** The mention covering each token. */
  mentionAtToken: Map<number, Mention>;
  /** Genders learnt so far (from titles, pronouns and first names), by entity id; null: unknown. */
  genders: Map<string, Gender | null>;
  /** The quotations attributed so far, in text order. */
  quotes: Quote[];
  /** The fuller name found for each one-word name (fullerName), by entity id. */
  fuller: Map<string, Entity>;
  /** The named speaker of a statement reported in the sentence before offset `at`, if any. */
  reportedBefore?: (at: number) => Entity | undefined;
}

/** How many paragraphs back a pronoun or description may reach for the one it stands for. */
const REACH = 8;
/** And how many words back at most, so that one endless paragraph costs no more than a normal article. */
const REACH_WORDS = 1500;

/** The entity a speaker pronoun stands for, or undefined when none fits. `at` is the pronoun's offset. */
export function resolvePronoun(ctx: ReferenceCtx, pronoun: string, at: number): Entity | undefined {
  const kind = SPEAKER_PRONOUNS.get(pronoun);
  // A name the recogniser left untyped is a person here only when the article genders it ("… her").
  const ok =
    kind === 'm' || kind === 'f'
      ? (e: Entity) => (e.type === 'person' && fits(genderOf(ctx, e), kind)) || (e.type === 'other' && !e.subtype && genderOf(ctx, e) === kind)
      : (e: Entity) => kind === 'org' && (e.type === 'organization' || e.type === 'place');
  if (kind !== 'm' && kind !== 'f' && kind !== 'org') return undefined;
  // Who made the statement reported in the sentence before ("The newspaper said … “…,” it said.").
  // That speaker spoke already, so for "it" any name but a person's fits (a paper the recogniser left untyped).
  const reported = ctx.reportedBefore?.(at);
  if (reported && (kind === 'org' ? reported.type !== 'person' : ok(reported))) return reported;
  // "it" is an organisation, or a country that was the subject of its sentence ("China said … it said").
  return nearest(ctx, at, ok, (e) => e.type === 'place');
}

/** The person a description by age or nationality stands for ("the 37-year-old"): the nearest one, a subject first. */
export function resolvePerson(ctx: ReferenceCtx, at: number): Entity | undefined {
  // A lone name the recogniser left untyped may be the person ("KANKKUNEN" in a headline).
  return nearest(ctx, at, (e) => e.type === 'person' || (e.type === 'other' && !e.subtype));
}

/**
 * The entity a definite description with head noun `head` stands for, or undefined. The words before the
 * head that name an office (`modifiers`: "prime" in "the prime minister", "finance" in "the finance
 * minister") must name the person's office too: the prime minister is not the justice minister named last.
 */
export function resolveDescription(ctx: ReferenceCtx, head: string, at: number, modifiers: readonly string[] = []): Entity | undefined {
  const word = head.toLowerCase();
  if (STATEMENT_NOUNS.has(word)) return issuerOf(ctx, at);
  if (ROLE_NOUNS.has(word) || TITLE_HEADS.has(word)) {
    const office = officeWords(word, modifiers);
    const person = nearest(ctx, at, (e) => e.type === 'person' && hasRole(e, word) && holdsOffice(e, word, office));
    if (person || office.portfolios.length > 0 || office.compound) return person;
  }
  if (COMPANY_REFERENCES.has(word) || INSTITUTION_REFERENCES.has(word)) {
    const named = nearest(ctx, at, (e) => e.type === 'organization' && e.name.toLowerCase().split(/[\s-]+/).includes(word));
    if (named || !COMPANY_REFERENCES.has(word)) return named;
    // "the company" is the business last named, never a ministry or a court named in between.
    const institution = (e: Entity) => e.name.toLowerCase().split(/[\s-]+/).some((w) => INSTITUTION_REFERENCES.has(w) && !COMPANY_REFERENCES.has(w));
    // Only a business that acted in its sentence: "told the Courier" does not make the Courier "the company".
    return nearest(ctx, at, (e) => e.type === 'organization' && !institution(e), () => true);
  }
  return undefined;
}

/**
 * A speaker named by one word the article also gives in full, as a separate name: "Tang" for "Tang
 * Shubei" (a family name first), "Yastrezhembsky" for "Sergei Yastrzhembsky" (spelled two ways). The
 * fuller name when exactly one person fits; else the name as it is.
 */
export function fullerName(ctx: ReferenceCtx, e: Entity): Entity {
  const known = ctx.fuller.get(e.id);
  if (known) return known;
  const found = findFuller(ctx, e);
  ctx.fuller.set(e.id, found);
  return found;
}

function findFuller(ctx: ReferenceCtx, e: Entity): Entity {
  // The recogniser may leave a lone surname untyped ("other"); an organisation is never a person's name.
  if ((e.type !== 'person' && e.type !== 'other') || /\s/.test(e.name.trim())) return e;
  const word = foldWord(e.name);
  const loose = transliterationKey(word, 5);
  const fits = [...ctx.byId.values()].filter((o) => {
    if (o === e || o.type !== 'person') return false;
    const words = o.name.split(/\s+/).filter(Boolean).map(foldWord);
    if (words.length < 2) return false;
    const last = words[words.length - 1]!;
    return last === word || words[0] === word || (loose !== null && transliterationKey(last, 5) === loose);
  });
  return fits.length === 1 ? fits[0]! : e;
}

/**
 * "the statement said": who issued the statement the article mentioned last — the name nearest to that
 * mention in its sentence ("In a statement, Varga said …", "the Harbour Board said in a statement").
 */
function issuerOf(ctx: ReferenceCtx, at: number): Entity | undefined {
  const { tk } = ctx;
  const here = tokenAt(tk.tokens, at);
  for (let k = here - 1; k >= 0 && here - k < 400; k--) {
    const t = tk.tokens[k]!;
    if (!STATEMENT_NOUNS.has(t.normal) || tk.tokens[k - 1]?.normal === 'the') continue;
    let best: Entity | undefined;
    let distance = Infinity;
    const [first] = tk.sentenceTokens[t.sentence] ?? [k];
    for (let j = firstStartingAtOrAfter(ctx.outside, tk.tokens[first]!.start); j < ctx.outside.length; j++) {
      const m = ctx.outside[j]!;
      if (tk.tokens[m.first]!.sentence !== t.sentence) break;
      if (aside(tk, m)) continue;
      const e = ctx.byId.get(m.entityId);
      const d = Math.abs(m.first - k);
      if (canSpeak(e) && (e.type === 'person' || e.type === 'organization') && d < distance) [best, distance] = [e, d];
    }
    return best;
  }
  return undefined;
}

/** Records that a pronoun of this gender was resolved to the entity: the article's own usage. */
export function learnGender(ctx: ReferenceCtx, e: Entity, pronoun: string): void {
  const g = SPEAKER_PRONOUNS.get(pronoun);
  if ((g === 'm' || g === 'f') && !ctx.genders.get(e.id)) ctx.genders.set(e.id, g);
}

function fits(known: Gender | null, wanted: Gender): boolean {
  return known === null || known === wanted;
}

/**
 * The entity of the nearest mention before `at` (outside quotations, within REACH paragraphs) that
 * passes `ok`. In the nearest sentence with one, the subject of a clause wins over an object ("Smith
 * met Jones … he said" is Smith); a name after a preposition or before a possessive is taken only
 * when nothing else fits.
 */
function nearest(ctx: ReferenceCtx, at: number, ok: (e: Entity) => boolean, onlyAsSubject?: (e: Entity) => boolean): Entity | undefined {
  const { tk } = ctx;
  let fallback: Entity | undefined;
  let object: Entity | undefined;
  let sentence = -1;
  const here = paragraphOf(tk, at);
  const hereToken = tokenAt(tk.tokens, at);
  // "Gunmen seized Brel, Frenchman Piet Dumas and six others": among the objects of one sentence, the one
  // who spoke last is who the story goes on about.
  const lastSpeaker = [...ctx.quotes].reverse().find((q) => q.speakerId && q.end <= at)?.speakerId ?? undefined;
  for (let k = firstStartingAtOrAfter(ctx.outside, at) - 1; k >= 0; k--) {
    const m = ctx.outside[k]!;
    const t = tk.tokens[m.first]!;
    if (here - t.paragraph > REACH || hereToken - m.first > REACH_WORDS) break;
    if (object && t.sentence !== sentence) return object;
    const speaker = object && object.id !== lastSpeaker ? lastSpeakerAt(ctx, m, lastSpeaker, ok) : undefined;
    if (speaker) return speaker;
    const role = roleInAttribution(ctx, m);
    if (role && role !== 'other' && ok(role) && !onlyAsSubject?.(role)) return role;
    const e = ctx.byId.get(m.entityId);
    if (!canSpeak(e) || !ok(e)) continue;
    if (onlyAsSubject?.(e) && (role === 'other' || aside(tk, m) || !isSubject(ctx, m))) continue;
    if (role === 'other' || aside(tk, m)) {
      fallback ??= e;
      continue;
    }
    if (isSubject(ctx, m)) return e;
    if (!object) {
      object = e;
      sentence = t.sentence;
    }
  }
  return object ?? fallback;
}

/** The entity of mention m when it is the last speaker and fits, not set aside in its sentence. */
function lastSpeakerAt(ctx: ReferenceCtx, m: Mention, lastSpeaker: string | undefined, ok: (e: Entity) => boolean): Entity | undefined {
  if (!lastSpeaker || m.entityId !== lastSpeaker || aside(ctx.tk, m)) return undefined;
  const e = ctx.byId.get(m.entityId);
  return e && ok(e) ? e : undefined;
}

/**
 * A mention inside the attribution of a quotation is its speaker, or someone else the attribution names
 * ("Interfax quoted Yastrzhembsky as saying", "said Varga, who met Brel"), who is not who "he" means next.
 */
function roleInAttribution(ctx: ReferenceCtx, m: Mention): Entity | 'other' | undefined {
  for (let k = ctx.quotes.length - 1; k >= 0; k--) {
    const q = ctx.quotes[k]!;
    if (q.end < m.start - 2000) break;
    const span = q.attribution?.span;
    if (!span || q.attribution?.method === 'continuation' || q.attribution?.method === 'repeated') continue;
    if (m.start < span.start || m.end > span.end) continue;
    const e = ctx.byId.get(m.entityId);
    const speaker = q.speakerId ? ctx.byId.get(q.speakerId) : undefined;
    // The quotation's speaker, named here perhaps by a shorter spelling of the name it was given.
    return speaker && e && (e === speaker || fullerName(ctx, e) === speaker) ? speaker : 'other';
  }
  return undefined;
}

/** No verb between the start of the mention's clause and the mention: it is what the clause is about. */
function isSubject(ctx: ReferenceCtx, m: Mention): boolean {
  const { tk } = ctx;
  for (let k = m.first - 1; k >= 0 && m.first - k < 30; k--) {
    const t = tk.tokens[k]!;
    if (t.paragraph !== tk.tokens[m.first]!.paragraph || endsClause(t) || COORDINATORS.has(t.normal)) return true;
    if (!ctx.mentionAtToken.has(k) && isFiniteVerb(tk, k)) return false;
  }
  return true;
}

/** A mention that is not the subject of its clause: after a preposition, or a possessor. */
function aside(tk: Tokenized, m: Mention): boolean {
  const last = tk.tokens[m.last]!;
  if (last.tags.has('Possessive') || /['’]s?$/.test(last.text)) return true;
  // Skip back over a title written before the name ("with President Varga").
  let k = m.first - 1;
  while (k >= 0 && (TITLE_HEADS.has(tk.tokens[k]!.normal) || /^\p{Lu}/u.test(tk.tokens[k]!.text)) && !/[,.;:]/.test(tk.tokens[k]!.post) && m.first - k < 4) k--;
  // A name in apposition is closed by a comma or the sentence's end ("of his wife, Nina Varga, and …"); a
  // name after a fronted phrase's comma and before its verb is the subject ("At the hearing, Varga said").
  return objectOfPreposition(tk, k, last.paragraph, /^\s*[,.;]/.test(last.post) ? 2 : 0);
}

/** Words of a short noun phrase a name may stand in apposition to ("his former wife", "her friend"). */
function inNounPhrase(t: Token): boolean {
  return ['Determiner', 'Possessive', 'Adjective', 'Noun'].some((tag) => t.tags.has(tag)) && !t.tags.has('ProperNoun') && !/[,.;:]/.test(t.post);
}

/**
 * Does the phrase after token k stand in a preposition's object: right after the preposition ("with
 * Varga"), in apposition to a noun phrase after it ("of his former wife, Nina Varga,"), or coordinated
 * with such a phrase ("…, and her friend, Ola Brun")? Such a name is not the subject a pronoun continues.
 */
function objectOfPreposition(tk: Tokenized, k: number, paragraph: number, depth: number): boolean {
  const before = tk.tokens[k];
  if (!before || before.paragraph !== paragraph) return false;
  if (before.tags.has('Preposition')) return true;
  if (depth === 0 || !/^,\s*$/.test(before.post)) return false;
  // The noun phrase the name is in apposition to, read leftwards.
  let j = k;
  while (j > 0 && k - j < 5 && inNounPhrase(tk.tokens[j - 1]!)) j--;
  if (j === k && !inNounPhrase({ ...before, post: ' ' })) return false;
  const lead = tk.tokens[j - 1];
  if (!lead || lead.paragraph !== paragraph) return false;
  if (lead.tags.has('Preposition')) return true;
  if (!COORDINATORS.has(lead.normal)) return false;
  // Coordinated with a phrase that ends in a comma before "and": that phrase's own start decides.
  let c = j - 2;
  while (c > 0 && j - 2 - c < 6 && /^\p{Lu}/u.test(tk.tokens[c]!.text) && !/[,.;:]/.test(tk.tokens[c - 1]!.post)) c--;
  return /^\p{Lu}/u.test(tk.tokens[c]?.text ?? '') && objectOfPreposition(tk, c - 1, paragraph, depth - 1);
}

function paragraphOf(tk: Tokenized, at: number): number {
  return Math.max(0, lastStartingAtOrBefore(tk.paragraphs, at));
}

/** The person has a title or role whose words include `word` ("Interior Minister", "the union's chief negotiator"). */
function hasRole(e: Entity, word: string): boolean {
  if (e.roles.some((r) => r.head.toLowerCase() === word || r.normalized.split(/\s+/).includes(word))) return true;
  return e.mentions.some((m) => !!m.title && m.title.toLowerCase().split(/\s+/).includes(word));
}

/** What the words before a role noun say about the office: its portfolios, and a two-word office ("prime minister"). */
function officeWords(head: string, modifiers: readonly string[]): { portfolios: string[]; compound?: string } {
  const words = modifiers.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  const portfolios = [...new Set(words.flatMap((w) => PORTFOLIOS.get(w) ?? []))];
  const last = words[words.length - 1];
  const compound = last && TWO_WORD_HEADS.has(`${last} ${head}`) ? `${last} ${head}` : undefined;
  return compound ? { portfolios, compound } : { portfolios };
}

/** The person has a role or title naming that office: its portfolios and its two-word name (or a synonym of it). */
function holdsOffice(e: Entity, head: string, office: { portfolios: string[]; compound?: string }): boolean {
  if (office.portfolios.length === 0 && !office.compound) return true;
  const texts = [...e.roles.map((r) => r.normalized), ...e.mentions.flatMap((m) => (m.title ? [m.title.toLowerCase()] : []))];
  return texts.some((t) => {
    const words = t.split(/[\s-]+/);
    if (!words.includes(head) && !(office.compound && words.some((w) => HEAD_SYNONYMS.get(w) === office.compound))) return false;
    if (office.portfolios.some((p) => !words.some((w) => PORTFOLIOS.get(w) === p))) return false;
    return !office.compound || t.includes(office.compound) || words.some((w) => HEAD_SYNONYMS.get(w) === office.compound);
  });
}

/** A person's gender as the article shows it, or null when it does not say. */
export function genderOf(ctx: ReferenceCtx, e: Entity): Gender | null {
  const known = ctx.genders.get(e.id);
  if (known !== undefined) return known;
  const g = genderFromTitles(e) ?? genderFromPronouns(ctx, e) ?? genderFromFirstName(ctx.tk, e);
  ctx.genders.set(e.id, g);
  return g;
}

/** A person's gender as their titles and roles say it (Ms, Mr, chairwoman), or null. */
export function genderFromTitles(e: Entity): Gender | null {
  // The role's head only: "president of Miss Universe Inc" says nothing about the president's gender.
  const words = [...e.roles.map((r) => r.head.toLowerCase()), ...e.mentions.flatMap((m) => (m.title ? m.title.toLowerCase().split(/\s+/) : []))];
  if (words.some((w) => FEMALE_TITLES.has(w))) return 'f';
  if (words.some((w) => MALE_TITLES.has(w))) return 'm';
  return null;
}

/**
 * The pronouns the article uses right after naming the person ("Varga said her union …"): the first
 * gendered pronoun after a mention in the same sentence, with no other person named in between.
 */
function genderFromPronouns(ctx: ReferenceCtx, e: Entity): Gender | null {
  const { tk } = ctx;
  const votes = { m: 0, f: 0 };
  for (const m of e.mentions) {
    const last = tokenAt(tk.tokens, m.end);
    if (last >= tk.tokens.length) continue;
    const sentence = tk.tokens[last]!.sentence;
    for (let i = last; i < tk.tokens.length && i < last + 25 && tk.tokens[i]!.sentence === sentence; i++) {
      const g = GENDERED_PRONOUNS.get(tk.tokens[i]!.normal);
      if (g) {
        votes[g]++;
        break;
      }
      const other = ctx.mentionAtToken.get(i);
      if (other && other.entityId !== e.id && other.type === 'person') break;
    }
  }
  if (votes.m === votes.f) return null;
  return votes.m > votes.f ? 'm' : 'f';
}

function genderFromFirstName(tk: Tokenized, e: Entity): Gender | null {
  for (const m of e.mentions) {
    const first = tk.tokens[tokenAt(tk.tokens, m.start)];
    if (first?.tags.has('FemaleName')) return 'f';
    if (first?.tags.has('MaleName')) return 'm';
  }
  return null;
}
