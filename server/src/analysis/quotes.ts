// Finds quotations and who said them.
//
// Marks are paired paragraph by paragraph (quotes/marks.ts), so a broken mark can never swallow the rest
// of the article. Each quote is then attributed (quotes/attribution.ts: a reporting verb after or before
// it, "according to X", the sentence's subject, continuation of the previous quote) and classified
// (quotes/kinds.ts: speech, partial, term). Last, a statement running over paragraphs and a quote
// repeated elsewhere (a headline, a pull quote) take the speaker found for the rest of it.

import type { EntityResult } from './entities';
import type { Tokenized } from './tokens';
import type { Problem, Quote, Span } from './types';
import { attributeAfter, attributeBefore, type Ctx, type Speaker } from './quotes/attribution';
import { continuation, reportedBefore } from './quotes/continuation';
import { quoteKind } from './quotes/kinds';
import { pairQuotes, type RawQuote } from './quotes/marks';
import { SPEAKER_PRONOUNS } from './lexicon/speech';
import { lastStartingAtOrBefore } from './util/search';

type Mention = EntityResult['mentions'][number];

export function extractQuotes(tk: Tokenized, ents: EntityResult): { quotes: Quote[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const raws = pairQuotes(tk, problems).sort((a, b) => a.open - b.open);
  const inner = raws.map((r) => ({ start: r.innerStart, end: r.innerEnd })).sort((a, b) => a.start - b.start);
  // Mentions outside quotation marks, in text order: the candidates for pronouns and descriptions.
  const outside = ents.mentions.filter((m) => !within(inner, m.start));
  const mentionAtToken = new Map<number, Mention>();
  for (const m of ents.mentions) for (let i = m.first; i <= m.last; i++) mentionAtToken.set(i, m);

  const quotes: Quote[] = [];
  const rawOf: RawQuote[] = []; // the raw pairing behind each quote, index for index
  const byId = new Map(ents.entities.map((e) => [e.id, e]));
  const insideQuote = (offset: number) => within(inner, offset);
  const ctx: Ctx = { tk, raws, idx: 0, byId, outside, mentionAtToken, genders: new Map(), fuller: new Map(), quotes, rawOf, insideQuote };
  ctx.reportedBefore = (at) => reportedBefore(ctx, at);
  raws.forEach((r, idx) => {
    const innerText = tk.text.slice(r.innerStart, r.innerEnd);
    if (innerText.trim() === '') return;
    ctx.idx = idx;
    const speaker = attributeAfter(ctx, r) ?? attributeBefore(ctx, r);
    const kind = quoteKind(tk, r, innerText, speaker);
    const found: Speaker | undefined = kind === 'term' ? undefined : (speaker ?? continuation(ctx, r));
    quotes.push(toQuote(r, kind, innerText, found));
    rawOf.push(r);
  });
  spreadOverRunOn(quotes, rawOf);
  attributeRepeats(quotes);
  quotes.forEach((q, k) => {
    if (q.kind === 'speech' && !q.speaker) problems.push(unattributed(q, rawOf[k]!));
  });
  return { quotes, problems };
}

/** Is the offset inside one of the spans (sorted by start, not overlapping)? */
function within(spans: Span[], offset: number): boolean {
  const k = lastStartingAtOrBefore(spans, offset);
  return k >= 0 && offset < spans[k]!.end;
}

function unattributed(q: Quote, r: RawQuote): Problem {
  let message = 'No speaker found for this quotation: the article does not say who said it.';
  if (q.described && SPEAKER_PRONOUNS.has(q.described.toLowerCase())) {
    message = `No speaker found for this quotation: “${q.described}” stands for no one the article names before it.`;
  } else if (q.described) message = `No speaker named for this quotation: the article gives only “${q.described}”.`;
  return { code: 'unattributed-speech', severity: 'information', start: r.open, end: r.close, message };
}

function toQuote(r: RawQuote, kind: Quote['kind'], innerText: string, found: Speaker | undefined): Quote {
  const q: Quote = {
    kind,
    text: innerText,
    start: r.open,
    end: r.close,
    inner: { start: r.innerStart, end: r.innerEnd },
    speakerId: found?.entity?.id ?? null,
    speaker: found?.entity?.name ?? null,
  };
  if (found?.description && !found.entity) q.described = found.description;
  if (found) {
    q.attribution = { method: found.method, span: found.span };
    if (found.verb) q.attribution.verb = found.verb;
  }
  if (r.broken) q.broken = true;
  return q;
}

/**
 * A statement that runs on over paragraphs is often attributed only in its last paragraph:
 * “… (no closing mark) / “…,” Varga said. The earlier paragraphs get that speaker too.
 */
function spreadOverRunOn(quotes: Quote[], rawOf: RawQuote[]): void {
  for (let k = quotes.length - 2; k >= 0; k--) {
    const q = quotes[k]!;
    const next = quotes[k + 1]!;
    if (q.speaker || !rawOf[k]!.runsOn || q.kind === 'term' || !next.speaker) continue;
    if (rawOf[k + 1]!.paragraph !== rawOf[k]!.paragraph + 1) continue;
    q.speaker = next.speaker;
    q.speakerId = next.speakerId;
    q.attribution = { method: 'continuation', span: { start: next.start, end: next.end } };
    if (q.kind === 'partial') q.kind = 'speech';
  }
}

/** A headline or pull quote repeats words the article attributes elsewhere: same speaker. */
function attributeRepeats(quotes: Quote[]): void {
  const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  // Normalised once: with many unattributed quotes this pass must not redo the work per pair.
  const attributed = quotes.filter((o) => o.speaker).map((o) => ({ quote: o, words: words(o.text) }));
  for (const q of quotes) {
    if (q.speaker || q.kind === 'term' || attributed.length === 0) continue;
    const mine = words(q.text);
    if (mine.split(' ').length < 4) continue;
    const source = attributed.find((o) => o.quote !== q && o.words.includes(mine))?.quote;
    if (!source) continue;
    q.speaker = source.speaker;
    q.speakerId = source.speakerId;
    q.attribution = { method: 'repeated', span: { start: source.start, end: source.end } };
  }
}
