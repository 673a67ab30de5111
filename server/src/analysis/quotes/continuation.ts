// A quotation with no attribution of its own continues the words of the last speaker before it, when
// the text makes that clear: the speaker of an earlier quotation or of a reported statement ("Varga said
// the harbour would reopen.") in its paragraph, or — when the quotation opens its paragraph — the last
// speaker of the paragraph before. Someone else named after that speaker's sentence breaks the thread:
// the quotation then stays unattributed rather than guessed.

import { tokenAt, type Tokenized } from '../tokens';
import type { Entity, Span } from '../types';
import { lastStartingAtOrBefore } from '../util/search';
import { clauseStart, isSpeechGerund, isSpeechVerb, subjectOf, type Ctx, type Speaker } from './attribution';
import type { RawQuote } from './marks';

/** How far back, in words, a reported statement is looked for. */
const REACH = 200;

interface SpeechEvent {
  entity: Entity;
  /** Where the statement was made (its attribution or its verb's clause). */
  span: Span;
}

export function continuation(ctx: Ctx, r: RawQuote): Speaker | undefined {
  const { tk } = ctx;
  const para = tk.paragraphs[r.paragraph]!;
  const opens = !/\p{L}/u.test(tk.text.slice(para.start, r.open));
  const event = opens ? (r.paragraph > 0 ? lastSpeech(ctx, r.paragraph - 1, tk.paragraphs[r.paragraph - 1]!.end) : undefined) : lastSpeech(ctx, r.paragraph, r.open);
  return event && { entity: event.entity, method: 'continuation', span: event.span };
}

/** The last speaker in paragraph p before offset `before`, unless someone else is named after them. */
function lastSpeech(ctx: Ctx, p: number, before: number): SpeechEvent | undefined {
  const quoted = lastQuoted(ctx, p, before);
  if (quoted === null) return undefined;
  const reported = lastReported(ctx, p, before, quoted?.span.end ?? -1);
  if (reported === null) return undefined;
  const event = reported ?? quoted;
  if (!event) return undefined;
  // Anyone else named in a later sentence of the paragraph makes the thread unclear.
  const { tk } = ctx;
  const last = tokenAt(tk.tokens, event.span.end);
  const sentenceEnd = tk.tokens[Math.min(last, tk.tokens.length - 1)]!.sentence;
  const from = lastStartingAtOrBefore(ctx.outside, event.span.end) + 1;
  for (let k = from; k < ctx.outside.length && ctx.outside[k]!.start < before; k++) {
    const m = ctx.outside[k]!;
    if (m.type === 'person' && m.entityId !== event.entity.id && tk.tokens[m.first]!.sentence > sentenceEnd) return undefined;
  }
  return event;
}

/** The last quotation of paragraph p before `before` with its speaker; null when it has none (nobody to continue). */
function lastQuoted(ctx: Ctx, p: number, before: number): SpeechEvent | undefined | null {
  for (let k = ctx.quotes.length - 1; k >= 0; k--) {
    const raw = ctx.rawOf[k]!;
    if (raw.paragraph < p) break;
    if (raw.paragraph > p || raw.open >= before) continue;
    const q = ctx.quotes[k]!;
    if (q.kind === 'term') continue;
    const e = q.speakerId ? ctx.byId.get(q.speakerId) : undefined;
    if (!e) return null;
    return { entity: e, span: q.attribution && q.attribution.span.start > q.start ? { start: q.start, end: Math.max(q.end, q.attribution.span.end) } : { start: q.start, end: q.end } };
  }
  return undefined;
}

/**
 * The last reported statement of paragraph p before `before` and after `after`: a reporting verb outside
 * quotation marks whose subject is a name ("Varga said …", "He said …"); null when its speaker is unnamed.
 */
function lastReported(ctx: Ctx, p: number, before: number, after: number): SpeechEvent | undefined | null {
  const { tk } = ctx;
  const paraFirst = tokenAt(tk.tokens, tk.paragraphs[p]!.start);
  for (let v = tokenAt(tk.tokens, before) - 1; v >= paraFirst && v >= 0 && tk.tokens[v]!.start > after; v--) {
    if (tokenAt(tk.tokens, before) - v > REACH) break;
    const t = tk.tokens[v]!;
    if (ctx.insideQuote(t.start) || !isSpeechVerb(t) || isSpeechGerund(t) || negated(tk, v)) continue;
    const found = subjectOf(ctx, v, clauseStart(tk, v, paraFirst));
    if (!found) continue;
    if (!found.speaker.entity) return null;
    return { entity: found.speaker.entity, span: { start: tk.tokens[found.first]!.start, end: t.end } };
  }
  return undefined;
}

/** "Brandt did not reply", "Varga never commented": a statement not made. */
function negated(tk: Tokenized, v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 3; k--) {
    const t = tk.tokens[k]!;
    if (t.tags.has('Negative')) return true;
    if (!t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Adverb')) return false;
  }
  return false;
}
