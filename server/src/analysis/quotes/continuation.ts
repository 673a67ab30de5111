// A quotation with no attribution of its own continues the words of the last speaker before it, when
// the text makes that clear: the speaker of an earlier quotation or of a reported statement ("Varga said
// the harbour would reopen.") in its paragraph, or — when the quotation opens its paragraph — the last
// speaker of the paragraph before. Someone else named after that speaker's sentence breaks the thread:
// the quotation then stays unattributed rather than guessed.

import { tokenAt } from '../tokens';
import type { Entity, Span } from '../types';
import { lastStartingAtOrBefore } from '../util/search';
import { clauseStart, isSpeechGerund, isSpeechVerb, negated, subjectOf, type Ctx, type Speaker } from './attribution';
import type { RawQuote } from './marks';

/** How far back, in words, a reported statement is looked for. */
const REACH = 200;
/** How many sentences before a quotation opening its paragraph may hold the speaker it continues. */
const SENTENCES = 3;

interface SpeechEvent {
  entity: Entity;
  /** Where the statement was made (its attribution or its verb's clause). */
  span: Span;
}

export function continuation(ctx: Ctx, r: RawQuote): Speaker | undefined {
  const { tk } = ctx;
  const para = tk.paragraphs[r.paragraph]!;
  const opens = !/\p{L}/u.test(tk.text.slice(para.start, r.open));
  const event = lastSpeech(ctx, opens ? lookBack(ctx, r.paragraph) : para.start, r.open);
  return event && { entity: event.entity, method: 'continuation', span: event.span };
}

/**
 * Where to look for the speaker of a quotation opening paragraph p: the paragraph before, and further
 * back while the stretch holds fewer than SENTENCES sentences (short paragraphs of one sentence each).
 */
function lookBack(ctx: Ctx, p: number): number {
  const { tk } = ctx;
  let q = p;
  while (q > 0 && p - q < SENTENCES) {
    q--;
    const first = lastStartingAtOrBefore(tk.sentences, tk.paragraphs[q]!.start);
    const last = lastStartingAtOrBefore(tk.sentences, tk.paragraphs[p]!.start - 1);
    if (last - first + 1 >= SENTENCES) break;
  }
  return tk.paragraphs[q]!.start;
}

/** The last speaker between offsets `from` and `before`, unless someone else is named after them. */
function lastSpeech(ctx: Ctx, from: number, before: number): SpeechEvent | undefined {
  const quoted = lastQuoted(ctx, from, before);
  if (quoted === null) return undefined;
  const reported = lastReported(ctx, Math.max(from, quoted?.span.end ?? from), before);
  if (reported === null) return undefined;
  const event = reported ?? quoted;
  if (!event) return undefined;
  // Anyone else named in a later sentence makes the thread unclear.
  const { tk } = ctx;
  const last = Math.max(0, tokenAt(tk.tokens, event.span.end) - 1);
  const sentenceEnd = tk.tokens[last]!.sentence;
  for (let k = lastStartingAtOrBefore(ctx.outside, event.span.end) + 1; k < ctx.outside.length && ctx.outside[k]!.start < before; k++) {
    const m = ctx.outside[k]!;
    if (m.type === 'person' && m.entityId !== event.entity.id && tk.tokens[m.first]!.sentence > sentenceEnd) return undefined;
  }
  return event;
}

/** The last quotation between `from` and `before` with its speaker; null when it has none (nobody to continue). */
function lastQuoted(ctx: Ctx, from: number, before: number): SpeechEvent | undefined | null {
  for (let k = ctx.quotes.length - 1; k >= 0; k--) {
    const raw = ctx.rawOf[k]!;
    if (raw.open < from) break;
    if (raw.open >= before) continue;
    const q = ctx.quotes[k]!;
    if (q.kind === 'term') continue;
    const e = q.speakerId ? ctx.byId.get(q.speakerId) : undefined;
    if (!e) return null;
    return { entity: e, span: q.attribution && q.attribution.span.start > q.start ? { start: q.start, end: Math.max(q.end, q.attribution.span.end) } : { start: q.start, end: q.end } };
  }
  return undefined;
}

/**
 * The last reported statement between `from` and `before`: a reporting verb outside quotation marks
 * whose subject is a name ("Varga said …", "He said …"); null when its speaker is unnamed.
 */
function lastReported(ctx: Ctx, from: number, before: number): SpeechEvent | undefined | null {
  const { tk } = ctx;
  for (let v = tokenAt(tk.tokens, before) - 1; v >= 0 && tk.tokens[v]!.start >= from; v--) {
    if (tokenAt(tk.tokens, before) - v > REACH) break;
    const t = tk.tokens[v]!;
    if (ctx.insideQuote(t.start) || !isSpeechVerb(t) || isSpeechGerund(t) || negated(tk, v)) continue;
    const found = subjectOf(ctx, v, clauseStart(tk, v, Math.max(v - REACH, tokenAt(tk.tokens, tk.paragraphs[t.paragraph]!.start))));
    if (!found) continue;
    if (!found.speaker.entity) return null;
    return { entity: found.speaker.entity, span: { start: tk.tokens[found.first]!.start, end: t.end } };
  }
  return undefined;
}


/**
 * The named speaker of a statement reported in the sentence just before the one holding offset `at`
 * ("The Tallin Courier said the port would close." … “…,” it said): what a pronoun most likely stands for.
 */
export function reportedBefore(ctx: Ctx, at: number): Entity | undefined {
  const { tk } = ctx;
  const here = lastStartingAtOrBefore(tk.sentences, at);
  if (here <= 0 || busy.has(ctx)) return undefined;
  busy.add(ctx);
  try {
    const before = tk.sentences[here]!.start;
    // The sentence before, skipping sentences inside a quotation (a quotation's own sentences).
    let prev = here - 1;
    while (prev > 0 && ctx.insideQuote(tk.sentences[prev]!.start)) prev--;
    return lastReported(ctx, tk.sentences[prev]!.start, before)?.entity;
  } finally {
    busy.delete(ctx);
  }
}

/** Contexts resolving a pronoun through a reported statement right now: that statement's own pronoun must not recurse. */
const busy = new WeakSet<Ctx>();
