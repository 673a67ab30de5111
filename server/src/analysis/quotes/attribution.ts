// Who said a quotation. The attribution is a reporting verb next to the quotation with its speaker:
//   after it:   “…,” Brel said. / “…,” said Brel. / “…,” the minister, Tomas Brel, told reporters.
//   before it:  Brel said: “…” / Brel wrote on social media: (paragraph break) “…” / Brel said that “…”
//   around it:  according to Brel / the paper quoted Brel as saying / Brel was quoted as saying
// The speaker phrase is read as a noun phrase (phrases.ts), so only its head speaks: "a spokesperson
// for Chancellor Merz, Stefan Kornelius" is Kornelius, "on behalf of Prime Minister Varga" never
// speaks. Pronouns and definite descriptions ("the minister") resolve to someone named before
// (reference.ts). A speaker is always a name of the article; a phrase that names nobody ("an
// official") is kept as a description and the quotation stays unattributed. Last, a quotation with no
// attribution of its own continues the previous speaker's words when the text makes that clear.

import { COORDINATORS, SPEECH_VERBS } from '../lexicon/speech';
import { tokenAt, type Token, type Tokenized } from '../tokens';
import type { AttributionMethod, Entity, Quote, Span } from '../types';
import type { RawQuote } from './marks';
import { chainAfter, chainBefore, endsClause, isFiniteVerb, type ChainBefore, type PhraseCtx, type Segment } from './phrases';
import { fullerName, learnGender, resolveDescription, resolvePerson, resolvePronoun, type ReferenceCtx } from './reference';

export interface Speaker {
  entity?: Entity;
  /** How the article describes a speaker it does not name ("a port official", "they"). */
  description?: string;
  method: AttributionMethod;
  span: Span;
  verb?: string;
}

/** The most words before a quotation that its attribution may span ("Varga said on Monday that … “…”"). */
const FRAME_WORDS = 80;

/** A speaker found in the text, before the method and span of the attribution are known. */
type Found = Pick<Speaker, 'entity' | 'description'>;

/** What attribution looks at: the text, every quote's marks, the entities, and the quotes so far. */
export interface Ctx extends PhraseCtx, ReferenceCtx {
  raws: RawQuote[];
  /** The index in `raws` of the quote being attributed. */
  idx: number;
  /** The quotes attributed so far, with the raw quote behind each. */
  quotes: Quote[];
  rawOf: RawQuote[];
  /** Is the offset inside the marks of a quotation? */
  insideQuote: (offset: number) => boolean;
}

/** A reporting verb as written: "said", "revealed", "quipped" (not the noun "post" or "claims"). */
export function isSpeechVerb(t: Token | undefined): boolean {
  return !!t && SPEECH_VERBS.has(t.normal) && (t.tags.has('Verb') || !t.tags.has('Noun'));
}

/** "Brandt did not reply", "Varga never commented": a statement not made, which attributes nothing. */
export function negated(tk: Tokenized, v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 3; k--) {
    const t = tk.tokens[k]!;
    if (t.tags.has('Negative')) return true;
    if (!t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Adverb')) return false;
  }
  return false;
}

/** A participle that carries on the subject's words: "…, adding: “…”", "…, saying that …". */
export function isSpeechGerund(t: Token | undefined): boolean {
  return !!t && SPEECH_VERBS.has(t.normal) && t.normal.endsWith('ing');
}

/**
 * A reporting participle after a comma ("ordered him held, saying: “…”"), which the tagger may read as a
 * noun (a saying): after a comma it carries on the clause's subject whatever the tag.
 */
function participleAfterComma(tk: Tokenized, v: number): boolean {
  return isSpeechGerund(tk.tokens[v]) && v > 0 && tk.tokens[v - 1]!.post.includes(',');
}

function spanOf(tk: Tokenized, first: number, last: number): Span {
  const a = tk.tokens[Math.min(first, last)]!;
  const b = tk.tokens[Math.max(first, last)]!;
  return { start: a.start, end: b.end };
}

/** Auxiliaries, negation and adverbs between a subject and its verb: "Brel has also said". */
function betweenSubjectAndVerb(t: Token): boolean {
  if (/[,;:.!?]/.test(t.post)) return false;
  return t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative') || (t.tags.has('Adverb') && !t.tags.has('Noun'));
}

/** The speaker a chain of segments names: the first name in it, else its head resolved, else its description. */
export function speakerOf(ctx: Ctx, chain: Segment[]): Found | undefined {
  const names = chain.filter((s) => s.kind === 'name');
  const named = names.find((s) => s.entity.type === 'person') ?? names[0];
  if (named) return { entity: fullerName(ctx, named.entity) };
  const head = chain[0];
  if (!head) return undefined;
  const at = ctx.tk.tokens[head.first]!.start;
  const text = ctx.tk.text.slice(at, ctx.tk.tokens[head.last]!.end);
  if (head.kind === 'pronoun') {
    const e = resolvePronoun(ctx, head.pronoun.normal, at);
    if (e) learnGender(ctx, e, head.pronoun.normal);
    return e ? { entity: e } : { description: text };
  }
  if (head.kind !== 'description' || !/\p{L}/u.test(text)) return undefined;
  if (head.voiceOf) return { entity: head.voiceOf };
  const issuer =
    (head.possessorPronoun && resolvePronoun(ctx, head.possessorPronoun, at)) || (head.possessorNoun && resolveDescription(ctx, head.possessorNoun, at));
  if (issuer) return { entity: issuer };
  const e = !head.definite || head.about ? undefined : head.personal ? resolvePerson(ctx, at) : resolveDescription(ctx, head.head.normal, at, modifiersOf(ctx, head));
  return e ? { entity: e } : { description: text };
}

/** The words of a description before its head noun ("prime" in "the prime minister"). */
function modifiersOf(ctx: Ctx, d: Extract<Segment, { kind: 'description' }>): string[] {
  const out: string[] = [];
  for (let k = d.first; k <= d.last && ctx.tk.tokens[k] !== d.head; k++) out.push(ctx.tk.tokens[k]!.normal);
  return out;
}

/** The last token of the clause that starts at token i, not past `limit` nor out of the paragraph. */
function clauseEnd(tk: Tokenized, i: number, limit: number): number {
  let j = i;
  while (j < limit && tk.tokens[j + 1]?.paragraph === tk.tokens[i]!.paragraph && !endsClause(tk.tokens[j]!)) j++;
  return j;
}

/** “…,” Brel said. / “…,” said Brel. / “…,” according to Brel. / “…,” the paper quoted Brel as saying. */
export function attributeAfter(ctx: Ctx, r: RawQuote): Speaker | undefined {
  const { tk } = ctx;
  const i = tokenAt(tk.tokens, r.close);
  const t = tk.tokens[i];
  if (!t || /\p{L}/u.test(tk.text.slice(r.close, t.start))) return undefined;
  if (t.paragraph !== r.paragraph) return attributionBelow(ctx, r, i);
  const next = ctx.raws[ctx.idx + 1];
  const stop = next && next.paragraph === r.paragraph ? tokenAt(tk.tokens, next.open) - 1 : tk.tokens.length - 1;
  if (stop < i) return undefined;
  const e = clauseEnd(tk, i, Math.min(stop, i + 40));
  // A quotation that ends its own sentence (“… over.”) is followed by a new sentence, which may still be
  // a bare attribution ("Brel said.") but never a statement of its own ("Brel said the talks failed").
  const closed = /[.!?…]$/.test(tk.text.slice(r.innerStart, r.innerEnd));
  if (closed && leadsIntoNext(tk, e, stop)) return undefined;
  return quotedAs(ctx, i, e) ?? inverted(ctx, r, i, e, closed) ?? subjectFirst(ctx, i, e, closed);
}

/**
 * The sentence after a closed quotation runs into the next quotation with no comma between ("Vael called
 * the case “a show”", "Brel said: “…”"): those words introduce the next quotation, they are not this
 * one's attribution.
 */
function leadsIntoNext(tk: Tokenized, e: number, stop: number): boolean {
  return e === stop && stop < tk.tokens.length - 1 && !/[,;.!?]/.test(tk.tokens[e]!.post);
}

/** A quotation ending its paragraph, attributed by a short paragraph of its own: “…” (break) Brel said. */
function attributionBelow(ctx: Ctx, r: RawQuote, i: number): Speaker | undefined {
  const { tk } = ctx;
  const t = tk.tokens[i]!;
  const next = ctx.raws[ctx.idx + 1];
  if (t.paragraph !== r.paragraph + 1 || (next && next.paragraph === t.paragraph)) return undefined;
  const e = clauseEnd(tk, i, Math.min(tk.tokens.length - 1, i + 15));
  if (tk.tokens[e + 1]?.paragraph === t.paragraph) return undefined;
  return inverted(ctx, r, i, e, true) ?? subjectFirst(ctx, i, e, true);
}

/** “…,” said Brel / “…,” according to Brel, starting at token i. */
function inverted(ctx: Ctx, r: RawQuote, i: number, e: number, closed: boolean): Speaker | undefined {
  const { tk } = ctx;
  const t = tk.tokens[i]!;
  if (t.normal === 'according' && tk.tokens[i + 1]?.normal === 'to') {
    const found = speakerOf(ctx, chainAfter(ctx, i + 2, e));
    return found && { ...found, method: 'according-to', span: spanOf(tk, i, e) };
  }
  if (!isSpeechVerb(t) || (closed && /^\p{Lu}/u.test(t.text) && !/[?!]$/.test(tk.text.slice(r.innerStart, r.innerEnd)))) return undefined;
  const found = speakerOf(ctx, chainAfter(ctx, i + 1, e));
  return found && { ...found, method: 'verb-after', span: spanOf(tk, i, e), verb: t.text };
}

/** “…,” Brel said / “…,” the minister, Tomas Brel, told reporters: the whole stretch up to the verb is the speaker. */
function subjectFirst(ctx: Ctx, i: number, e: number, closed: boolean): Speaker | undefined {
  const { tk } = ctx;
  for (let v = i + 1; v <= e && v - i <= 30; v++) {
    if (!isSpeechVerb(tk.tokens[v])) continue;
    if (negated(tk, v)) return undefined;
    let k = v - 1;
    while (k > i && betweenSubjectAndVerb(tk.tokens[k]!)) k--;
    const chain = chainBefore(ctx, k, i);
    if (chain.from !== i || chain.segments.length === 0) return undefined;
    if (closed && !bareAttribution(tk, v, e)) return undefined;
    const found = speakerOf(ctx, chain.segments);
    return found && { ...found, method: 'verb-after', span: spanOf(tk, i, v), verb: tk.tokens[v]!.text };
  }
  return undefined;
}

/** After the verb, only where and to whom it was said ("told reporters on Monday"), no clause of its own. */
function bareAttribution(tk: Tokenized, v: number, e: number): boolean {
  for (let k = v + 1; k <= e; k++) {
    const t = tk.tokens[k]!;
    if (t.normal === 'that' || isFiniteVerb(tk, k)) return false;
  }
  return true;
}

/**
 * "the paper quoted Brel as saying" → Brel; "Brel was quoted as saying" → Brel: the speaker of a
 * quotation reported through someone else, found between tokens a and e.
 */
function quotedAs(ctx: Ctx, a: number, e: number): Speaker | undefined {
  const { tk } = ctx;
  for (let k = a; k < e; k++) {
    if (tk.tokens[k]!.normal !== 'as' || !SPEECH_VERBS.has(tk.tokens[k + 1]!.normal) || !tk.tokens[k + 1]!.normal.endsWith('ing')) continue;
    const q = lastQuoted(tk, a, k);
    if (q < 0) return undefined;
    const passive = tk.tokens[q - 1]?.tags.has('Auxiliary') || tk.tokens[q - 1]?.tags.has('Copula');
    const chain = passive ? chainBefore(ctx, q - 2, a).segments : chainAfter(ctx, q + 1, k - 1);
    const found = speakerOf(ctx, chain);
    return found && { ...found, method: 'verb-after', span: spanOf(tk, passive ? q - 2 : q, k + 1), verb: tk.tokens[k + 1]!.text };
  }
  return undefined;
}

function lastQuoted(tk: Tokenized, a: number, k: number): number {
  for (let q = k - 1; q >= a; q--) if (tk.tokens[q]!.normal === 'quoted') return q;
  return -1;
}

/** The first token of the clause that ends at token `top`, not before `floor`. */
export function clauseStart(tk: Tokenized, top: number, floor: number): number {
  let s = top;
  while (s > floor && !endsClause(tk.tokens[s - 1]!)) s--;
  return s;
}

/** Brel said: “…” / Brel said that “…” / according to Brel, “…” / Brel wrote on X: (new paragraph) “…” */
export function attributeBefore(ctx: Ctx, r: RawQuote): Speaker | undefined {
  const frame = frameBefore(ctx, r);
  if (!frame) return undefined;
  const { tk } = ctx;
  const { floor, top } = frame;
  const viaQuoted = quotedAs(ctx, floor, top + 1);
  if (viaQuoted) return { ...viaQuoted, method: 'verb-before' };
  for (let v = top; v >= floor; v--) {
    const t = tk.tokens[v]!;
    if (t.normal === 'according' && tk.tokens[v + 1]?.normal === 'to') {
      const found = speakerOf(ctx, chainAfter(ctx, v + 2, top));
      if (found) return { ...found, method: 'according-to', span: spanOf(tk, v, top) };
    }
    if (!(isSpeechVerb(t) || participleAfterComma(tk, v)) || negated(tk, v)) continue;
    const found = subjectOf(ctx, v, floor) ?? verbThenSpeaker(ctx, v, floor, top);
    // The verb introduces the quotation ("said:", "said,") or reports it inside its own clause ("said that “…”").
    const introduces = /[:,]/.test(tk.tokens[top]!.post) || v === top;
    if (found) return { ...found.speaker, method: introduces ? 'verb-before' : 'subject', span: spanOf(tk, found.first, v), verb: t.text };
  }
  return undefined;
}

/** The tokens before a quotation that may attribute it: its clause, or the clause ending in a colon above it. */
function frameBefore(ctx: Ctx, r: RawQuote): { floor: number; top: number } | undefined {
  const { tk } = ctx;
  const qi = tokenAt(tk.tokens, r.open);
  const top = qi - 1;
  const last = tk.tokens[top];
  if (!last) return undefined;
  const prev = ctx.raws[ctx.idx - 1];
  if (last.paragraph === r.paragraph) {
    // A sentence ended right before the quotation: it stands alone (continuation may still attribute it).
    if (/[.!?]/.test(last.post) && !last.tags.has('Abbreviation')) return undefined;
    const start = prev && prev.paragraph === r.paragraph ? tokenAt(tk.tokens, prev.close) : tokenAt(tk.tokens, tk.paragraphs[r.paragraph]!.start);
    const floor = Math.max(start, top - FRAME_WORDS);
    return floor <= top ? { floor: clauseStart(tk, top, floor), top } : undefined;
  }
  // A quotation opening its paragraph, after a paragraph that ends in a colon ("Brel wrote on X:").
  if (last.paragraph !== r.paragraph - 1 || !/^[)\]]*:/.test(last.post.trim())) return undefined;
  if (prev && prev.paragraph === r.paragraph - 1 && prev.close > last.start) return undefined;
  const floor = Math.max(tokenAt(tk.tokens, tk.paragraphs[last.paragraph]!.start), prev && prev.paragraph === last.paragraph ? tokenAt(tk.tokens, prev.close) : 0, top - FRAME_WORDS);
  return { floor: clauseStart(tk, top, floor), top };
}

/** The subject of the reporting verb at v: "Brel said", "Brel, the minister, told", "…, adding". */
export function subjectOf(ctx: Ctx, v: number, floor: number): { speaker: Found; first: number } | undefined {
  const { tk } = ctx;
  let k = v - 1;
  // "Brel spoke to reporters, adding: “…”": a participle carries on the main clause's subject.
  if (isSpeechGerund(tk.tokens[v]) && k >= floor && tk.tokens[k]!.post.includes(',')) return subjectOfMainVerb(ctx, k, floor);
  while (k >= floor && betweenSubjectAndVerb(tk.tokens[k]!)) k--;
  if (k < floor) return undefined;
  // "Varga lost the final but did say: “…”": a second verb shares the first one's subject.
  if (COORDINATORS.has(tk.tokens[k]!.normal)) return subjectOfMainVerb(ctx, k - 1, floor);
  const chain = chainBefore(ctx, k, floor);
  const joint = jointSubject(ctx, chain, floor, k);
  if (joint) return joint;
  const speaker = speakerOf(ctx, chain.segments);
  return speaker && { speaker, first: chain.from };
}

/**
 * "Varga and Brel said in a joint statement": two people speak together, and neither alone is the speaker
 * (another source crediting Varga alone would otherwise disagree with "Brel"). The words stay described.
 */
function jointSubject(ctx: Ctx, chain: ChainBefore, floor: number, k: number): { speaker: Found; first: number } | undefined {
  const { tk } = ctx;
  const and = chain.from - 1;
  if (chain.segments.length === 0 || and - 1 < floor || !COORDINATORS.has(tk.tokens[and]!.normal) || tk.tokens[and]!.normal === 'but') return undefined;
  const other = ctx.mentionAtToken.get(and - 1);
  if (!other || other.type !== 'person' || /[,;:]/.test(tk.tokens[and - 1]!.post)) return undefined;
  const first = chainBefore(ctx, and - 1, floor).from;
  return { speaker: { description: tk.text.slice(tk.tokens[first]!.start, tk.tokens[k]!.end) }, first };
}

/**
 * The subject of the main clause's verb at or before token k: the last finite verb (not an infinitive:
 * "declined to comment"), unless its subject is the object of a verb before it — a small clause ("ordered
 * Brel held") or a reported one ("said the talks failed", "said that …") — whose verb's subject is the
 * one the participle carries on.
 */
function subjectOfMainVerb(ctx: Ctx, k: number, floor: number): { speaker: Found; first: number } | undefined {
  const { tk } = ctx;
  for (let w = k; w >= floor; w--) {
    if (ctx.mentionAtToken.has(w) || !isFiniteVerb(tk, w) || tk.tokens[w - 1]?.normal === 'to') continue;
    if (tk.tokens[w]!.tags.has('Auxiliary') || tk.tokens[w]!.tags.has('Modal')) continue;
    const outer = verbBeforeSubject(ctx, w, floor);
    if (outer >= 0) {
      w = outer + 1;
      continue;
    }
    return subjectOf(ctx, w, floor);
  }
  return undefined;
}

/** The finite verb right before the subject of the verb at w ("ordered" in "ordered Brel held"), or -1. */
function verbBeforeSubject(ctx: Ctx, w: number, floor: number): number {
  const { tk } = ctx;
  let k = w - 1;
  while (k >= floor && betweenSubjectAndVerb(tk.tokens[k]!)) k--;
  if (k < floor || /[,;:]/.test(tk.tokens[k]!.post)) return -1;
  const chain = chainBefore(ctx, k, floor);
  if (chain.segments.length === 0) return -1;
  let before = chain.from - 1;
  if (tk.tokens[before]?.normal === 'that') before--;
  if (before < floor || /[,;:]/.test(tk.tokens[before]!.post) || ctx.mentionAtToken.has(before)) return -1;
  const t = tk.tokens[before]!;
  return isFiniteVerb(tk, before) && !t.tags.has('Auxiliary') && !t.tags.has('Copula') ? before : -1;
}

/** "Said Brel: “…”", "Added the minister, Tomas Brel:": the speaker after a verb that opens its clause. */
function verbThenSpeaker(ctx: Ctx, v: number, floor: number, top: number): { speaker: Found; first: number } | undefined {
  if (v !== floor) return undefined;
  const speaker = speakerOf(ctx, chainAfter(ctx, v + 1, top));
  return speaker && { speaker, first: v };
}
