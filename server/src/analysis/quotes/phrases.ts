// Reads the noun phrase that names a speaker, next to a reporting verb, from compromise's part-of-speech
// tags and the article's name mentions.
//
// A speaker phrase is a chain of comma-separated segments: a head and its appositives ("Tomas Brel, the
// union's negotiator," / "the union's negotiator, Tomas Brel,"), with relative clauses, ages and
// parentheticals set off by commas skipped ("Brel, 54, who leads the union,"). The head of a segment is
// its last word before any preposition: "Harbour Board spokesman Joren Daal" is Daal, "a spokesperson
// for the Harbour Board" is a spokesperson (with the board after "for"), "Daal of the Harbour Board" is
// Daal. A name after a preposition or before a possessive is never the head: it is who the phrase is
// about, not who speaks.

import type { EntityResult } from '../entities';
import { COMPANY_REFERENCES, FINITE_BE, INSTITUTION_REFERENCES, POSSESSIVE_PRONOUNS, RELATIVE_WORDS, SPEAKER_PRONOUNS, STATEMENT_NOUNS, VOICE_PREPOSITIONS } from '../lexicon/speech';
import type { Token, Tokenized } from '../tokens';
import type { Entity } from '../types';

export type Mention = EntityResult['mentions'][number];

/** What the phrase reader needs: the tokens, the mention covering each token, and the entities. */
export interface PhraseCtx {
  tk: Tokenized;
  mentionAtToken: Map<number, Mention>;
  byId: Map<string, Entity>;
}

/** One comma-separated segment of a speaker phrase, read as a noun phrase. */
export type Segment =
  | { kind: 'name'; first: number; last: number; mention: Mention; entity: Entity }
  | { kind: 'pronoun'; first: number; last: number; pronoun: Token }
  | {
      kind: 'description';
      first: number;
      last: number;
      /** The head noun ("spokesperson", "ministry", "president"). */
      head: Token;
      /** "the" / a possessor before the head: a definite reference to someone named before. */
      definite: boolean;
      /** Who speaks through the phrase: "the board's statement", "the Tallin Courier newspaper". */
      voiceOf?: Entity;
      /** The pronoun a possessive stands for, who issued a statement: "his statement" → "he". */
      possessorPronoun?: string;
      /** A definite noun that issued a statement: "the board's statement" → "board". */
      possessorNoun?: string;
      /** Describes a person only by age or nationality ("the 37-year-old", "the Australian"). */
      personal?: boolean;
      /** A person the phrase is about: "Merz's spokesman", "a spokesperson for Chancellor Merz". */
      about?: Entity;
    };

/** The longest comma-separated segment read as one noun phrase, in words. */
const SEGMENT_WORDS = 40;

/** A segment that is not part of a speaker phrase: an adverbial, a clause, or nothing usable. */
type Reading = Segment | { kind: 'skip' } | { kind: 'stop' };

/** Any named entity may speak (a person, an organisation, a state), never a nationality ("German"). */
export function canSpeak(e: Entity | undefined): e is Entity {
  return !!e && e.subtype !== 'nationality';
}

function hasComma(t: Token): boolean {
  return t.post.includes(',');
}

/** The clause ends after this token: a full stop (not an abbreviation's), a semicolon, a colon, a quotation mark. */
export function endsClause(t: Token): boolean {
  return (/[.!?;:]/.test(t.post) && !t.tags.has('Abbreviation')) || /["“”«»„]/.test(t.post);
}

/**
 * A verb that makes a clause: not a noun, not a participle inside a noun phrase ("the newly elected
 * president", "a revised plan"), where a determiner or modifier before it shows the phrase.
 */
export function isFiniteVerb(tk: Tokenized, i: number): boolean {
  const t = tk.tokens[i]!;
  if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Noun') || t.tags.has('Adjective')) return false;
  const prev = tk.tokens[i - 1];
  // A capitalised word inside a sentence is a name or a title ("…,” Harbour Commissioner Solberg said),
  // whatever the tagger made of it.
  if (/^\p{Lu}/u.test(t.text) && prev && prev.paragraph === t.paragraph && !/[.!?:]/.test(prev.post)) return false;
  if (!t.tags.has('PastTense') && !t.tags.has('Participle')) return true;
  // "was" and "were" are finite whatever stands around them ("said no one was above the law"); only a
  // participle can be an adjective inside a phrase ("the 12 injured passengers").
  if (FINITE_BE.has(t.normal)) return true;
  const next = tk.tokens[i + 1];
  const inPhrase = !!prev && !/[,.;:]/.test(prev.post) && ['Determiner', 'Adverb', 'Adjective', 'Possessive', 'Value'].some((tag) => prev.tags.has(tag));
  return !(inPhrase && !!next && (next.tags.has('Noun') || next.tags.has('Adjective')));
}

/** The mention whose tokens include token i, when it is one that can speak. */
function mentionAt(ctx: PhraseCtx, i: number): { mention: Mention; entity: Entity } | undefined {
  const m = ctx.mentionAtToken.get(i);
  const e = m && ctx.byId.get(m.entityId);
  return m && canSpeak(e) ? { mention: m, entity: e } : undefined;
}

function isPossessive(t: Token): boolean {
  return t.tags.has('Possessive') || /['’]s?$/.test(t.text);
}

/**
 * Relative clauses, ages, lone adverbs, prepositional phrases, and a noun phrase carrying its own
 * relative clause ("a group that represents 300 bakers"): set off by commas inside a speaker phrase,
 * and skipped.
 */
function isAside(ctx: PhraseCtx, a: number, b: number): boolean {
  const { tk } = ctx;
  const first = tk.tokens[a]!;
  if (ctx.mentionAtToken.has(a)) return false;
  for (let k = a + 1; k <= b; k++) {
    const t = tk.tokens[k]!;
    if (RELATIVE_WORDS.has(t.normal) || t.normal === 'that') return true;
    if (!inPhrase(ctx, k)) break;
  }
  // "Varga, on behalf of the mayor, said": a prepositional phrase set off by commas is not the speaker.
  if (RELATIVE_WORDS.has(first.normal) || first.tags.has('Gerund') || first.tags.has('Preposition')) return true;
  if (absolutePhrase(ctx, a, b)) return true;
  return tk.tokens.slice(a, b + 1).every((t) => t.tags.has('Value') || t.tags.has('Adverb') || /^[-–—()]+$/.test(t.text));
}

/**
 * An absolute phrase, "Brisk, his face black with dust, told us", "Varga, her voice shaking, said": a
 * possessive pronoun and a noun followed by what is said of that noun (an adjective or a participle) tell
 * how the speaker looked or sounded; they name nobody. "his deputy for finance" (a preposition after the
 * noun) and "his spokesman" (nothing after it) describe a person and stay.
 */
function absolutePhrase(ctx: PhraseCtx, a: number, b: number): boolean {
  const { tk } = ctx;
  if (!POSSESSIVE_PRONOUNS.has(tk.tokens[a]!.normal) || b - a < 2) return false;
  let k = a + 1;
  while (k < b && tk.tokens[k]!.tags.has('Adjective') && !ctx.mentionAtToken.has(k)) k++;
  const noun = tk.tokens[k]!;
  const next = tk.tokens[k + 1];
  if (!next || k + 1 > b || ctx.mentionAtToken.has(k) || !noun.tags.has('Noun') || noun.tags.has('ProperNoun')) return false;
  if (next.tags.has('Noun') || next.tags.has('Preposition') || next.tags.has('Conjunction')) return false;
  return next.tags.has('Adjective') || next.tags.has('Gerund') || next.tags.has('PastTense') || next.tags.has('Participle');
}

/** Reads tokens [a, b] (one comma-separated segment, read rightwards from a) as a noun phrase. */
export function readSegment(ctx: PhraseCtx, a: number, b: number): Reading {
  const { tk } = ctx;
  if (!tk.tokens[a] || b < a) return { kind: 'stop' };
  if (isAside(ctx, a, b)) return { kind: 'skip' };
  // "and Varga said", "but the minister said": a conjunction opens the clause, not the phrase.
  while (a < b && tk.tokens[a]!.tags.has('Conjunction') && !ctx.mentionAtToken.has(a)) a++;
  const lead = tk.tokens[a]!;
  if (!ctx.mentionAtToken.has(a) && (lead.tags.has('Preposition') || lead.tags.has('Conjunction'))) return { kind: 'stop' };
  // The part before the first preposition outside a name holds the head.
  let end = b;
  for (let i = a + 1; i <= b; i++) {
    if (tk.tokens[i]!.tags.has('Preposition') && !ctx.mentionAtToken.has(i)) {
      end = i - 1;
      break;
    }
  }
  for (let i = a; i <= end; i++) {
    if (!ctx.mentionAtToken.has(i) && isFiniteVerb(tk, i) && !titleBeforeName(ctx, i)) return { kind: 'stop' };
  }
  return headOf(ctx, a, end, b);
}

/**
 * Token i starts a run of a few bare words that runs into a name: a title the tagger may read as a
 * verb ("board chair Zoë Lind", "harbour master Ivo Rask").
 */
function titleBeforeName(ctx: PhraseCtx, i: number): boolean {
  const { tk } = ctx;
  // A verb in the past tense is a real verb ("met Jones"), not a title read as one.
  if (tk.tokens[i]!.tags.has('PastTense')) return false;
  for (let k = i; k < i + 4 && k < tk.tokens.length; k++) {
    if (ctx.mentionAtToken.has(k)) return k > i;
    const t = tk.tokens[k]!;
    if (/[,.;:!?]/.test(t.post) || !['Noun', 'Verb', 'Adjective'].some((tag) => t.tags.has(tag)) || t.tags.has('Pronoun')) return false;
  }
  return false;
}

/** Can token i stand inside a noun phrase (a name, a noun and its modifiers, a number)? */
function inPhrase(ctx: PhraseCtx, i: number): boolean {
  const t = ctx.tk.tokens[i]!;
  if (ctx.mentionAtToken.has(i)) return true;
  if (t.tags.has('Pronoun')) return t.tags.has('Possessive');
  if (t.tags.has('Verb')) return (!isFiniteVerb(ctx.tk, i) && !t.tags.has('Gerund')) || titleBeforeName(ctx, i);
  return ['Noun', 'Adjective', 'Determiner', 'Value', 'Possessive', 'Adverb', 'Date'].some((tag) => t.tags.has(tag));
}

/**
 * Where the noun phrase that ends at b begins, reading leftwards no further than a: "Jones rejected
 * what Smith" → Smith; "a spokesperson for the board" stays whole (a preposition after a noun).
 */
function phraseStart(ctx: PhraseCtx, a: number, b: number): number {
  const { tk } = ctx;
  const t = tk.tokens[b]!;
  if (t.tags.has('Pronoun') && !t.tags.has('Possessive')) return b;
  let s = b + 1;
  for (let k = b; k >= a; k--) {
    const inner = tk.tokens[k]!.tags.has('Preposition') && k > a && s <= b && inPhrase(ctx, k - 1) && !tk.tokens[k - 1]!.tags.has('Verb');
    if (!inPhrase(ctx, k) && !inner) break;
    s = k;
  }
  while (s <= b && tk.tokens[s]!.tags.has('Preposition') && !ctx.mentionAtToken.has(s)) s++;
  return s;
}

/** The head of the pre-preposition part [a, end] of a segment that runs to b. */
function headOf(ctx: PhraseCtx, a: number, end: number, b: number): Reading {
  const h = ctx.tk.tokens[end]!;
  const named = mentionAt(ctx, end);
  if (named && !isPossessive(h)) return { kind: 'name', first: a, last: b, mention: named.mention, entity: named.entity };
  if (end === a && SPEAKER_PRONOUNS.has(h.normal)) return { kind: 'pronoun', first: a, last: b, pronoun: h };
  if (!h.tags.has('Noun') || h.tags.has('Pronoun') || named) return { kind: 'stop' };
  return description(ctx, a, end, b);
}

/** A description headed by the noun at `end`: who it names inside, and who it may speak for. */
function description(ctx: PhraseCtx, a: number, end: number, b: number): Segment {
  const { tk } = ctx;
  const h = tk.tokens[end]!;
  const possessor = tk.tokens.slice(a, end).find((t) => isPossessive(t));
  const the = tk.tokens[a]!.normal === 'the';
  const desc: Segment = { kind: 'description', first: a, last: b, head: h, definite: the || !!possessor };
  // Names inside the phrase: a modifier ("a Harbour Board spokesman"), a possessor ("Merz's
  // spokesman") or the object of the preposition ("a spokesperson for the board").
  const inside: Entity[] = [];
  for (let i = a; i <= b; i++) {
    const m = mentionAt(ctx, i);
    if (m && m.mention.first === i && (i < end || VOICE_PREPOSITIONS.has(tk.tokens[end + 1]?.normal ?? ''))) inside.push(m.entity);
  }
  if (STATEMENT_NOUNS.has(h.normal)) {
    // A statement speaks for whoever issued it: "the ministry's statement", "his statement".
    desc.voiceOf = inside[0];
    if (!desc.voiceOf && possessor && POSSESSIVE_PRONOUNS.has(possessor.normal)) desc.possessorPronoun = POSSESSIVE_PRONOUNS.get(possessor.normal);
    else if (!desc.voiceOf && possessor && the) desc.possessorNoun = possessor.normal.replace(/['’]s?$/, '');
  } else if (COMPANY_REFERENCES.has(h.normal) || INSTITUTION_REFERENCES.has(h.normal)) {
    // "the official Tallin Courier newspaper", "the Vesti news agency": the name right before the noun.
    const named = mentionAt(ctx, end - 1) ?? (end - 2 >= a && tk.tokens[end - 1]!.tags.has('Noun') ? mentionAt(ctx, end - 2) : undefined);
    if (named && named.entity.type !== 'person') desc.voiceOf = named.entity;
  }
  const person = inside.find((e) => e.type === 'person');
  if (person && !desc.voiceOf) desc.about = person;
  // "the 37-year-old", "the Australian": a description of a person by age or nationality alone.
  const aged = tk.tokens.slice(a, end + 1).some((t, k, all) => t.tags.has('Value') && t.tags.has('Hyphenated') && all[k + 1]?.normal === 'year');
  if (aged || h.tags.has('Demonym')) desc.personal = true;
  return desc;
}

/** A speaker phrase read leftwards: its segments, and the first token it took in (asides included). */
export interface ChainBefore {
  segments: Segment[];
  from: number;
}

/**
 * The segments of a speaker phrase ending at token `last`, read leftwards no further than `floor`. A
 * segment with other words before its noun phrase ("Jones rejected what Smith") ends the phrase.
 */
export function chainBefore(ctx: PhraseCtx, last: number, floor: number): ChainBefore {
  const { tk } = ctx;
  const segments: Segment[] = [];
  let from = last + 1;
  let b = last;
  while (b >= floor && segments.length < 6) {
    let a = b;
    while (a > floor && b - a < SEGMENT_WORDS && !hasComma(tk.tokens[a - 1]!) && !endsClause(tk.tokens[a - 1]!)) a--;
    if (isAside(ctx, a, b)) {
      from = a;
    } else {
      const s = phraseStart(ctx, a, b);
      // Only the phrase right before the verb may have a clause before it; further left it is not ours.
      if (s > b || (s > a && segments.length > 0)) break;
      const reading = readSegment(ctx, s, b);
      if (reading.kind === 'stop') break;
      if (reading.kind !== 'skip') segments.unshift(reading);
      from = s;
      if (s > a) break;
    }
    if (a <= floor || endsClause(tk.tokens[a - 1]!)) break;
    b = a - 1;
  }
  return { segments, from };
}

/** The segments of a speaker phrase starting at token `first`, read rightwards up to `limit` (inclusive). */
export function chainAfter(ctx: PhraseCtx, first: number, limit: number): Segment[] {
  const { tk } = ctx;
  const out: Segment[] = [];
  let a = first;
  while (a <= limit && out.length < 6) {
    let b = a;
    while (b < limit && b - a < SEGMENT_WORDS && !hasComma(tk.tokens[b]!) && !endsClause(tk.tokens[b]!)) b++;
    const reading = readSegment(ctx, a, b);
    if (reading.kind === 'stop') break;
    if (reading.kind !== 'skip') out.push(reading);
    if (endsClause(tk.tokens[b]!)) break;
    a = b + 1;
  }
  return out;
}

/** Where a chain begins and ends, in tokens. */
export function chainSpan(chain: Segment[]): { first: number; last: number } | undefined {
  return chain.length ? { first: chain[0]!.first, last: chain[chain.length - 1]!.last } : undefined;
}
