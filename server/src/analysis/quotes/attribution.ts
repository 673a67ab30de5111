// Who said a quotation, tried in this order: a reporting verb right after it ("…,” Brel said), a
// reporting verb before it in the same sentence ("Brel remarked that “…”"), "according to X", and
// continuation of the previous quote in the paragraph. Pronouns ("he added") resolve to the nearest
// fitting person mentioned outside quotation marks.

import type { EntityResult } from '../entities';
import { DESCRIPTION_STOPS, SPEAKER_PRONOUNS, SPEECH_VERBS } from '../lexicon/speech';
import { FEMALE_TITLES, MALE_TITLES } from '../lexicon/titles';
import { tokenAt, type Token, type Tokenized } from '../tokens';
import type { AttributionMethod, Entity, Quote, Span } from '../types';
import type { RawQuote } from './marks';

type Mention = EntityResult['mentions'][number];

export interface Speaker {
  entity?: Entity;
  description?: string;
  method: AttributionMethod;
  span: Span;
  verb?: string;
}

/** A speaker found in the text, before the method and span of the attribution are known. */
type Found = Omit<Speaker, 'method' | 'span'>;

/** What attribution looks at: the text, every quote's marks, the entities, and the quotes so far. */
export interface Ctx {
  tk: Tokenized;
  raws: RawQuote[];
  /** The index in `raws` of the quote being attributed. */
  idx: number;
  byId: Map<string, Entity>;
  /** The paragraph of the raw quote opening at each offset (the first in `raws` when two share one). */
  paragraphAt: Map<number, number>;
  /** Person mentions outside quotation marks, in text order: the candidates for pronouns. */
  outside: Mention[];
  mentionAtToken: Map<number, Mention>;
  /** The quotes attributed so far. */
  quotes: Quote[];
}

export function isSpeechVerb(t: Token | undefined): boolean {
  return !!t && SPEECH_VERBS.has(t.normal) && !t.tags.has('Noun');
}

/** The speech verb as written, for display. */
function verbOf(t: Token): string {
  return t.text;
}

function spanOf(tk: Tokenized, first: number, last: number): Span {
  return { start: tk.tokens[first]!.start, end: tk.tokens[last]!.end };
}

/** The speaker named by a mention, a pronoun or a description starting at token i. */
function speakerAt(ctx: Ctx, i: number, limit: number, quoteStart: number): { speaker: Found; end: number } | null {
  const { tk } = ctx;
  const t = tk.tokens[i];
  if (!t || i >= limit) return null;
  const m = ctx.mentionAtToken.get(i);
  if (m && m.first === i) {
    const e = ctx.byId.get(m.entityId);
    if (e && (e.type === 'person' || e.type === 'organization' || e.type === 'place')) return { speaker: { entity: e }, end: m.last };
  }
  if (SPEAKER_PRONOUNS.has(t.normal)) {
    const e = resolvePronoun(ctx, t.normal, quoteStart);
    return e ? { speaker: { entity: e }, end: i } : { speaker: { description: t.text }, end: i };
  }
  return describedSpeaker(ctx, i, limit);
}

/** A description as the speaker: "a port official", "the ministry", "officials", "Nordland’s Air Force". */
function describedSpeaker(ctx: Ctx, i: number, limit: number): { speaker: Found; end: number } | null {
  const { tk } = ctx;
  let j = i;
  while (j < limit && j - i < 6) {
    const u = tk.tokens[j]!;
    if (isSpeechVerb(u) || DESCRIPTION_STOPS.has(u.normal)) break;
    const mm = ctx.mentionAtToken.get(j);
    if (mm && mm.type === 'person' && mm.first === j && j > i) {
      // "the Harbour Board spokesperson Joren Daal": the person is the speaker.
      const e = ctx.byId.get(mm.entityId);
      if (e) return { speaker: { entity: e }, end: mm.last };
    }
    j++;
    if (/[,.;:!?]/.test(u.post.trim()) && !u.tags.has('Abbreviation')) break;
  }
  if (j === i) return null;
  const desc = tk.text.slice(tk.tokens[i]!.start, tk.tokens[j - 1]!.end);
  if (!/\p{L}/u.test(desc)) return null;
  // An organisation or place written as the subject: "the Harbour Board said" -> the Harbour Board.
  for (let k = i; k < j; k++) {
    const mm = ctx.mentionAtToken.get(k);
    if (mm && (mm.type === 'organization' || mm.type === 'place') && mm.last === j - 1) {
      const e = ctx.byId.get(mm.entityId);
      if (e) return { speaker: { entity: e }, end: j - 1 };
    }
  }
  return { speaker: { description: desc }, end: j - 1 };
}

/** “…,” Brel said.  /  “…,” said Brel.  /  “…,” according to Brel. */
export function attributeAfter(ctx: Ctx, r: RawQuote): Speaker | undefined {
  const { tk } = ctx;
  const i = tokenAt(tk.tokens, r.close);
  const t = tk.tokens[i];
  if (!t || t.paragraph !== r.paragraph || t.start - r.close > 3) return undefined;
  if (newSentenceAfter(ctx, r, i, t)) return undefined;
  const next = ctx.raws[ctx.idx + 1];
  const limit = Math.min(tk.tokens.length, next ? tokenAt(tk.tokens, next.open) : tk.tokens.length, i + 12);
  // Harbour Board spokesman Joren Daal said / the union's president, Ilka Brandvold, told: a role phrase
  // before the person; the person, not the organisation in the role, is the speaker.
  const titled = (): Speaker | undefined => {
    const found = personAfterRole(ctx, i, limit);
    return found && { entity: found.entity, method: 'verb-after', span: spanOf(tk, i, found.verbAt), verb: verbOf(tk.tokens[found.verbAt]!) };
  };
  return verbThenSpeaker(ctx, r, i, limit) ?? titled() ?? speakerThenVerb(ctx, r, i, limit);
}

/**
 * “…ends here.” He expressed…: a full stop inside the marks ends the sentence, unless a name and a
 * reporting verb follow; "?" and "!" do not always end it (“Why?” asked Smith).
 */
function newSentenceAfter(ctx: Ctx, r: RawQuote, i: number, t: Token): boolean {
  const innerEnd = ctx.tk.text.slice(r.innerStart, r.innerEnd).trimEnd();
  if (!innerEnd.endsWith('.') || !/^\p{Lu}/u.test(t.text)) return false;
  if (SPEAKER_PRONOUNS.has(t.normal)) return true;
  const m = ctx.mentionAtToken.get(i);
  return !m || !isSpeechVerb(ctx.tk.tokens[m.last + 1]);
}

/** said Brel / added the minister / according to Brel, starting at token i. */
function verbThenSpeaker(ctx: Ctx, r: RawQuote, i: number, limit: number): Speaker | undefined {
  const { tk } = ctx;
  const t = tk.tokens[i]!;
  if (isSpeechVerb(t)) {
    const who = speakerAt(ctx, i + 1, limit, r.open);
    if (who && !tk.tokens[i + 1]?.tags.has('Preposition')) {
      return { ...who.speaker, method: 'verb-after', span: spanOf(tk, i, who.end), verb: verbOf(t) };
    }
  }
  if (t.normal === 'according' && tk.tokens[i + 1]?.normal === 'to') {
    const who = speakerAt(ctx, i + 2, limit, r.open);
    if (who) return { ...who.speaker, method: 'according-to', span: spanOf(tk, i, who.end) };
  }
  return undefined;
}

/** Brel said / he added / the ministry said, starting at token i. */
function speakerThenVerb(ctx: Ctx, r: RawQuote, i: number, limit: number): Speaker | undefined {
  const { tk } = ctx;
  const who = speakerAt(ctx, i, limit, r.open);
  if (!who) return undefined;
  const sentence = tk.tokens[i]!.sentence;
  let v = who.end + 1;
  // Allow an appositive or an adverb between speaker and verb: "Brel, the union’s negotiator, said".
  let hops = 0;
  while (v < limit && !isSpeechVerb(tk.tokens[v]) && hops < 8) {
    const u = tk.tokens[v]!;
    if (u.sentence !== sentence) break;
    v++;
    hops++;
    if (/[.;!?]/.test(u.post) && !u.tags.has('Abbreviation')) break;
  }
  const verb = tk.tokens[v];
  // More than one word between them only after a comma (an appositive).
  if (verb && isSpeechVerb(verb) && (hops <= 1 || tk.tokens[who.end]!.post.trim().startsWith(','))) {
    return { ...who.speaker, method: 'verb-after', span: spanOf(tk, i, v), verb: verbOf(verb) };
  }
  return undefined;
}

/**
 * A person named after a short role phrase that starts at token i and directly followed by a speech
 * verb: "DWU spokesman Joren Daal said", "the GTOA's chief negotiator, Pavel Rudnitsky, told".
 */
function personAfterRole(ctx: Ctx, i: number, limit: number): { entity: Entity; verbAt: number } | undefined {
  const { tk } = ctx;
  const first = ctx.mentionAtToken.get(i);
  if (first && first.first === i && ctx.byId.get(first.entityId)?.type === 'person') return undefined;
  const sentence = tk.tokens[i]?.sentence;
  for (let j = i + 1; j < Math.min(limit, i + 7); j++) {
    const prev = tk.tokens[j - 1]!;
    const tj = tk.tokens[j]!;
    if (tj.sentence !== sentence || /[.;:!?"“”]/.test(prev.post)) return undefined;
    if (isSpeechVerb(prev) || (prev.tags.has('Verb') && !prev.tags.has('Noun'))) return undefined;
    const m = ctx.mentionAtToken.get(j);
    if (!m || m.first !== j) continue;
    const e = ctx.byId.get(m.entityId);
    if (!e || e.type !== 'person') continue;
    // The verb right after the name, or after an appositive closed by a comma.
    let v = m.last + 1;
    if (/,/.test(tk.tokens[m.last]!.post) && !isSpeechVerb(tk.tokens[v])) {
      // Skip the appositive up to the comma that closes it.
      let k = v;
      while (k < Math.min(limit, v + 8) && !/,/.test(tk.tokens[k]!.post)) k++;
      v = k + 1;
    }
    return isSpeechVerb(tk.tokens[v]) ? { entity: e, verbAt: v } : undefined;
  }
  return undefined;
}

/** Brel remarked that “real progress”… / Varga said: “…” / according to Brel, “…” */
export function attributeBefore(ctx: Ctx, r: RawQuote): Speaker | undefined {
  const { tk } = ctx;
  const qi = tokenAt(tk.tokens, r.open);
  const qTok = tk.tokens[qi];
  if (!qTok) return undefined;
  // The tokens of the sentence before the quote, but not before the previous quote's end.
  const prev = ctx.raws[ctx.idx - 1];
  const sentence = tk.tokens[Math.max(0, qi - 1)]?.sentence ?? qTok.sentence;
  const [sa] = tk.sentenceTokens[qTok.sentence] ?? tk.sentenceTokens[sentence] ?? [qi, qi];
  let floor = Math.min(sa, qi);
  if (prev && prev.close > tk.tokens[floor]!.start) floor = tokenAt(tk.tokens, prev.close);
  for (let v = qi - 1; v >= floor; v--) {
    const t = tk.tokens[v]!;
    if (t.start >= r.open) continue;
    if (/[.!?]/.test(t.post) && !t.tags.has('Abbreviation')) break;
    if (t.normal === 'according' && tk.tokens[v + 1]?.normal === 'to') {
      const who = speakerAt(ctx, v + 2, qi, r.open);
      if (who) return { ...who.speaker, method: 'according-to', span: spanOf(tk, v, who.end) };
    }
    if (!isSpeechVerb(t)) continue;
    // "said Brel: “…”" — the speaker after the verb.
    const afterWho = speakerAt(ctx, v + 1, qi, r.open);
    if (afterWho && afterWho.speaker.entity && afterWho.end < qi && !tk.tokens[v + 1]!.tags.has('Preposition')) {
      if (v > floor && ctx.mentionAtToken.get(v - 1) === undefined) {
        return { ...afterWho.speaker, method: 'verb-before', span: spanOf(tk, v, afterWho.end), verb: verbOf(t) };
      }
    }
    const subject = subjectOf(ctx, v, floor, r.open);
    if (subject) {
      return { ...subject.speaker, method: 'subject', span: spanOf(tk, subject.first, v), verb: verbOf(t) };
    }
  }
  return undefined;
}

/** The subject of the reporting verb at token v: the nearest person, pronoun or organisation before it. */
function subjectOf(ctx: Ctx, v: number, floor: number, quoteStart: number): { speaker: Found; first: number } | null {
  const { tk } = ctx;
  for (let k = v - 1; k >= floor; k--) {
    const t = tk.tokens[k]!;
    const m = ctx.mentionAtToken.get(k);
    if (m && m.last === k) {
      const e = ctx.byId.get(m.entityId);
      const possessive = /['’]s?$/.test(tk.tokens[m.last]!.text) && /['’]/.test(tk.tokens[m.last]!.text);
      if (e && !possessive && (e.type === 'person' || e.type === 'organization')) return { speaker: { entity: e }, first: m.first };
    }
    if (SPEAKER_PRONOUNS.has(t.normal)) {
      const e = resolvePronoun(ctx, t.normal, quoteStart);
      return e ? { speaker: { entity: e }, first: k } : { speaker: { description: t.text }, first: k };
    }
    if (t.normal === 'officials' || t.normal === 'official') {
      const from = Math.max(floor, k - 3);
      // Drops what comes before the first word (with the i flag, \p{Lu} matches any cased letter).
      return { speaker: { description: tk.text.slice(tk.tokens[from]!.start, t.end).replace(/^.*?\b(?=\p{Lu})/iu, '') }, first: from };
    }
  }
  return null;
}

/** A further quote with no attribution of its own continues the previous speaker's words. */
export function continuation(ctx: Ctx, r: RawQuote): Speaker | undefined {
  for (let k = ctx.quotes.length - 1; k >= 0; k--) {
    const q = ctx.quotes[k]!;
    const qPara = ctx.paragraphAt.get(q.start) ?? -1;
    if (qPara < r.paragraph - 1) break;
    if (q.kind === 'term') continue;
    if (!q.speaker) return undefined;
    const sameParagraph = qPara === r.paragraph;
    // Across paragraphs only when this quote opens its paragraph: a new paragraph of the same statement.
    const opensParagraph = ctx.tk.paragraphs[r.paragraph]!.start >= r.open - 1;
    if (!sameParagraph && !opensParagraph) return undefined;
    const e = q.speakerId ? ctx.byId.get(q.speakerId) : undefined;
    return {
      ...(e ? { entity: e } : { description: q.speaker }),
      method: 'continuation',
      span: { start: q.start, end: q.end },
    };
  }
  return undefined;
}

/** The person a pronoun most likely stands for: the nearest person mentioned before, outside quotes. */
function resolvePronoun(ctx: Ctx, pronoun: string, before: number): Entity | undefined {
  const gender = SPEAKER_PRONOUNS.get(pronoun) ?? null;
  if (pronoun === 'they') return undefined;
  const paraOf = (offset: number) => ctx.tk.paragraphs.findIndex((p) => offset >= p.start && offset <= p.end);
  const here = paraOf(before);
  for (let k = ctx.outside.length - 1; k >= 0; k--) {
    const m = ctx.outside[k]!;
    if (m.start >= before) continue;
    if (here - paraOf(m.start) > 2) break;
    const e = ctx.byId.get(m.entityId);
    if (!e) continue;
    // A possessor is rarely the subject: "Varga’s special envoy Tomas Brel ... he said".
    if (/['’]s$/.test(ctx.tk.tokens[m.last]!.text)) continue;
    if (gender && genderOf(ctx.tk, e) && genderOf(ctx.tk, e) !== gender) continue;
    return e;
  }
  return undefined;
}

/** A person's gender as the article shows it: a gendered title or role, or a first name compromise knows. */
function genderOf(tk: Tokenized, e: Entity): 'm' | 'f' | null {
  for (const r of e.roles) {
    for (const w of r.normalized.split(/\s+/)) {
      if (FEMALE_TITLES.has(w)) return 'f';
      if (MALE_TITLES.has(w)) return 'm';
    }
  }
  for (const m of e.mentions) {
    if (m.title) {
      const t = m.title.toLowerCase();
      if (FEMALE_TITLES.has(t)) return 'f';
      if (MALE_TITLES.has(t)) return 'm';
    }
    const i = tokenAt(tk.tokens, m.start);
    const first = tk.tokens[i];
    if (first && first.start === m.start) {
      if (first.tags.has('FemaleName')) return 'f';
      if (first.tags.has('MaleName')) return 'm';
    }
  }
  return null;
}
