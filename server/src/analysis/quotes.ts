// Finds quotations and who said them.
//
// Marks are paired paragraph by paragraph, so a broken mark can never swallow the rest of the article:
// an opening mark with no closing one ends at its paragraph (or at an attribution such as
// ", Zelenskyy said" inside it) and is reported as a problem, unless the next paragraph opens with a
// quotation mark, the convention for a quotation that runs over several paragraphs.
//
// Each quote is then classified (speech, partial, term) and attributed, in this order: a reporting
// verb right after it ("…,” Witkoff said), a reporting verb before it in the same sentence ("Umerov
// remarked that “…”"), "according to X", and continuation of the previous quote in the paragraph.
// Pronouns ("he added") resolve to the nearest person mentioned outside quotation marks.

import type { EntityResult } from './entities';
import { SPEAKER_PRONOUNS, SPEECH_VERBS } from './lexicon/speech';
import { FEMALE_TITLES, MALE_TITLES } from './lexicon/titles';
import { tokenAt, type Token, type Tokenized } from './tokens';
import type { AttributionMethod, Entity, Problem, Quote, Span } from './types';

type Mention = EntityResult['mentions'][number];

interface Mark {
  at: number;
  dir: 'open' | 'close';
  char: string;
}

interface RawQuote {
  open: number; // index of the opening mark, or the inferred start
  close: number; // index just after the closing mark, or the inferred end
  innerStart: number;
  innerEnd: number;
  broken: boolean;
  paragraph: number;
  /** Left open at the paragraph's end because the next paragraph opens with a mark (news convention). */
  runsOn?: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

/** Double quotation marks in one paragraph, each with a direction. */
function doubleMarks(text: string, span: Span): Mark[] {
  const marks: Mark[] = [];
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c !== '"' && !OPENERS.has(c) && !CLOSERS.has(c)) continue;
    const before = i > span.start ? text[i - 1] : undefined;
    const after = i + 1 < span.end ? text[i + 1] : undefined;
    let dir: 'open' | 'close';
    if (c === '"') {
      const openish = before === undefined || /[\s(\[{—–-]/.test(before);
      const closeish = after === undefined || /[\s.,;:!?)\]}—–-]/.test(after);
      if (openish && !closeish) dir = 'open';
      else if (closeish && !openish) dir = 'close';
      else dir = depth > 0 ? 'close' : 'open';
    } else if (OPENERS.has(c)) {
      // A curly opener used as a closer (a common typing slip): followed by space or end, after a word.
      dir = (after === undefined || /\s/.test(after)) && isWordChar(before) && depth > 0 ? 'close' : 'open';
    } else {
      dir = (before === undefined || /\s/.test(before)) && isWordChar(after) && depth === 0 ? 'open' : 'close';
    }
    depth = dir === 'open' ? 1 : 0;
    marks.push({ at: i, dir, char: c });
  }
  return marks;
}

/** British-style single quotation marks, used only in paragraphs without double marks. */
function singleMarks(text: string, span: Span): Mark[] {
  const marks: Mark[] = [];
  let open = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const before = i > span.start ? text[i - 1] : undefined;
    const after = i + 1 < span.end ? text[i + 1] : undefined;
    if (!open && (before === undefined || /[\s(\[—–]/.test(before)) && isWordChar(after) && c !== '’') {
      marks.push({ at: i, dir: 'open', char: c });
      open = true;
    } else if (open && isWordChar(before) === false && /[.,;:!?]/.test(before ?? '') && (after === undefined || /[\s)\]—–]/.test(after))) {
      marks.push({ at: i, dir: 'close', char: c });
      open = false;
    } else if (open && isWordChar(before) && (after === undefined || /[\s.,;:!?)\]—–]/.test(after)) && c !== "'") {
      marks.push({ at: i, dir: 'close', char: c });
      open = false;
    }
  }
  // An opening single mark with no close is most likely an apostrophe: drop it.
  if (open) marks.pop();
  return marks;
}

const ATTRIBUTION_INSIDE =
  /,\s+((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}|(?:he|she|they|it)\s+|(?:the|a|an|its|his|her|their)\s+(?:[\p{L}’'-]+\s+){1,3})(?:said|says|added|told|wrote|noted|stated|explained|warned|insisted|continued|argued)\b/u;

/** Trims spaces, and the comma that belongs to the reporting sentence (“…,” she said), off a quote. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Pairs the marks of every paragraph; unbalanced marks become problems. */
function pairQuotes(tk: Tokenized, problems: Problem[]): RawQuote[] {
  const { text, paragraphs } = tk;
  const out: RawQuote[] = [];
  const perPara = paragraphs.map((p) => {
    const d = doubleMarks(text, p);
    return d.length > 0 ? d : singleMarks(text, p);
  });
  let carried = false; // the previous paragraph ended inside an unclosed quotation
  paragraphs.forEach((para, p) => {
    const marks = perPara[p]!;
    let openAt = -1;
    let first = true;
    for (const m of marks) {
      if (m.dir === 'open') {
        if (openAt >= 0) {
          // Two openings in a row: the first is never closed. End it before the second.
          problems.push(unbalanced(openAt, 'open'));
          out.push(inferredEnd(tk, openAt, m.at, p));
        }
        openAt = m.at;
      } else if (openAt >= 0) {
        const [is, ie] = trimSpan(text, openAt + 1, m.at);
        out.push({ open: openAt, close: m.at + 1, innerStart: is, innerEnd: ie, broken: false, paragraph: p });
        openAt = -1;
      } else {
        // A closing mark with nothing open: either the tail of a quotation left open in the previous
        // paragraph, or a stray mark. Either way the quotation starts at the paragraph's start.
        if (first && carried) {
          const [is, ie] = trimSpan(text, para.start, m.at);
          out.push({ open: para.start, close: m.at + 1, innerStart: is, innerEnd: ie, broken: true, paragraph: p });
        } else {
          problems.push(unbalanced(m.at, 'close'));
          // Never reach back over a quotation already found in this paragraph (two stray marks).
          const prev = out[out.length - 1];
          const floor = prev && prev.paragraph === p ? Math.max(para.start, prev.close) : para.start;
          const sentStart = sentenceStartBefore(tk, m.at, floor);
          const [is, ie] = trimSpan(text, sentStart, m.at);
          if (ie > is) out.push({ open: sentStart, close: m.at + 1, innerStart: is, innerEnd: ie, broken: true, paragraph: p });
        }
      }
      first = false;
    }
    carried = false;
    if (openAt >= 0) {
      const next = paragraphs[p + 1];
      const nextMarks = perPara[p + 1];
      // The multi-paragraph convention: a quote runs on when the next paragraph opens with a mark. An
      // attribution inside the open quote (", the mayor said") shows it was meant to close instead.
      const continues =
        !!next &&
        !!nextMarks &&
        nextMarks.length > 0 &&
        nextMarks[0]!.dir === 'open' &&
        nextMarks[0]!.at <= next.start + 1 &&
        !ATTRIBUTION_INSIDE.test(tk.text.slice(openAt + 1, para.end));
      if (!continues) {
        problems.push(unbalanced(openAt, 'open'));
        carried = true;
      }
      out.push(inferredEnd(tk, openAt, para.end, p, continues));
    }
  });
  return out;
}

function sentenceStartBefore(tk: Tokenized, offset: number, floor: number): number {
  // Sentences are in text order: binary search for the last one starting at or before `offset`.
  const list = tk.sentences;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? Math.max(floor, list[found]!.start) : floor;
}

/** The extent of a quotation whose closing mark is missing: up to `limit`, or to an attribution inside. */
function inferredEnd(tk: Tokenized, openAt: number, limit: number, p: number, continues = false): RawQuote {
  const text = tk.text;
  const rest = text.slice(openAt + 1, limit);
  const m = continues ? null : ATTRIBUTION_INSIDE.exec(rest);
  const end = m ? openAt + 1 + m.index + 1 : limit;
  const [is, ie] = trimSpan(text, openAt + 1, m ? openAt + 1 + m.index : limit);
  return { open: openAt, close: end, innerStart: is, innerEnd: ie, broken: !continues, paragraph: p, ...(continues ? { runsOn: true } : {}) };
}

function unbalanced(at: number, kind: 'open' | 'close'): Problem {
  return {
    code: 'unbalanced-quote',
    severity: 'warning',
    start: at,
    end: at + 1,
    message:
      kind === 'open'
        ? 'This quotation mark opens a quotation that is never closed in its paragraph.'
        : 'This closing quotation mark has no opening mark before it in its paragraph.',
  };
}

// ---------------------------------------------------------------------------------------------------
// Attribution

interface Speaker {
  entity?: Entity;
  description?: string;
  method: AttributionMethod;
  span: Span;
  verb?: string;
}

const DESCRIPTION_STOP = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'in', 'on', 'at', 'with', 'to', 'of']);

function isSpeechVerb(t: Token | undefined): boolean {
  return !!t && SPEECH_VERBS.has(t.normal) && !t.tags.has('Noun');
}

/** The speech verb's lemma-ish form for display. */
function verbOf(t: Token): string {
  return t.text;
}

export function extractQuotes(tk: Tokenized, ents: EntityResult): { quotes: Quote[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const raws = pairQuotes(tk, problems).sort((a, b) => a.open - b.open);
  const byId = new Map(ents.entities.map((e) => [e.id, e]));
  const insideQuote = (offset: number) => raws.some((r) => offset >= r.innerStart && offset < r.innerEnd);
  // Mentions outside quotation marks, in text order: the candidates for pronouns.
  const outside = ents.mentions.filter((m) => m.type === 'person' && !insideQuote(m.start));
  const mentionAtToken = new Map<number, Mention>();
  for (const m of ents.mentions) for (let i = m.first; i <= m.last; i++) mentionAtToken.set(i, m);

  const quotes: Quote[] = [];
  const rawOf: RawQuote[] = []; // the raw pairing behind each quote, index for index
  raws.forEach((r, idx) => {
    const innerText = tk.text.slice(r.innerStart, r.innerEnd);
    if (innerText.trim() === '') return;
    const ctx: Ctx = { tk, raws, idx, byId, outside, mentionAtToken, quotes };
    const speaker = attributeAfter(ctx, r) ?? attributeBefore(ctx, r);
    const kind = classify(tk, r, innerText, speaker);
    let found: Speaker | undefined = kind === 'term' ? undefined : speaker;
    if (!found && kind !== 'term') found = continuation(ctx, r);
    const q: Quote = {
      kind,
      text: innerText,
      start: r.open,
      end: r.close,
      inner: { start: r.innerStart, end: r.innerEnd },
      speakerId: found?.entity?.id ?? null,
      speaker: found?.entity?.name ?? found?.description ?? null,
    };
    if (found) {
      q.attribution = { method: found.method, span: found.span };
      if (found.verb) q.attribution.verb = found.verb;
    }
    if (r.broken) q.broken = true;
    quotes.push(q);
    rawOf.push(r);
  });
  // A statement that runs on over paragraphs is often attributed only in its last paragraph:
  // “… (no closing mark) / “…,” Varga said. The earlier paragraphs get that speaker too.
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
  // A headline or pull quote repeats words the article attributes elsewhere: same speaker.
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
  quotes.forEach((q, k) => {
    if (q.kind === 'speech' && !q.speaker) {
      problems.push({
        code: 'unattributed-speech',
        severity: 'information',
        start: rawOf[k]!.open,
        end: rawOf[k]!.close,
        message: 'No speaker found for this quotation: the article does not say who said it.',
      });
    }
  });
  return { quotes, problems };
}

interface Ctx {
  tk: Tokenized;
  raws: RawQuote[];
  idx: number;
  byId: Map<string, Entity>;
  outside: Mention[];
  mentionAtToken: Map<number, Mention>;
  quotes: Quote[];
}

/** The speaker named by a mention, a pronoun or a description starting at token i. */
function speakerAt(ctx: Ctx, i: number, limit: number, quoteStart: number): { speaker: Omit<Speaker, 'method' | 'span'>; end: number } | null {
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
  // A description: "a French official", "the ministry", "officials", "Ukraine’s Air Force".
  let j = i;
  while (j < limit && j - i < 6) {
    const u = tk.tokens[j]!;
    if (isSpeechVerb(u) || DESCRIPTION_STOP.has(u.normal)) break;
    const mm = ctx.mentionAtToken.get(j);
    if (mm && mm.type === 'person' && mm.first === j && j > i) {
      // "the Kremlin spokesperson Dmitry Peskov": the person is the speaker.
      const e = ctx.byId.get(mm.entityId);
      if (e) return { speaker: { entity: e }, end: mm.last };
    }
    if (/[,.;:!?]/.test(u.post.trim()) && !u.tags.has('Abbreviation')) {
      j++;
      break;
    }
    j++;
  }
  if (j === i) return null;
  const desc = tk.text.slice(tk.tokens[i]!.start, tk.tokens[j - 1]!.end);
  if (!/\p{L}/u.test(desc)) return null;
  // An organisation or place written as the subject: "the Kremlin said" -> the Kremlin.
  for (let k = i; k < j; k++) {
    const mm = ctx.mentionAtToken.get(k);
    if (mm && (mm.type === 'organization' || mm.type === 'place') && mm.last === j - 1) {
      const e = ctx.byId.get(mm.entityId);
      if (e) return { speaker: { entity: e }, end: j - 1 };
    }
  }
  return { speaker: { description: desc.replace(/^(the|a|an)\s+/i, (x) => x) }, end: j - 1 };
}

/** “…,” Witkoff said.  /  “…,” said Witkoff.  /  “…,” according to Witkoff. */
function attributeAfter(ctx: Ctx, r: RawQuote): Speaker | undefined {
  const { tk } = ctx;
  const i = tokenAt(tk.tokens, r.close);
  const t = tk.tokens[i];
  if (!t || t.paragraph !== r.paragraph || t.start - r.close > 3) return undefined;
  // “…ends here.” He expressed…: a full stop inside the marks ends the sentence; "?" and "!" do not
  // always (“Why?” asked Smith).
  const innerEnd = tk.text.slice(r.innerStart, r.innerEnd).trimEnd();
  if (/\.$/.test(innerEnd) && /^\p{Lu}/u.test(t.text) && !SPEAKER_PRONOUNS.has(t.normal)) {
    const m = ctx.mentionAtToken.get(i);
    const afterName = m ? tk.tokens[m.last + 1] : undefined;
    if (!m || !isSpeechVerb(afterName)) return undefined;
  }
  if (/\.$/.test(innerEnd) && SPEAKER_PRONOUNS.has(t.normal) && /^\p{Lu}/u.test(t.text)) return undefined;
  const next = ctx.raws[ctx.idx + 1];
  const limit = Math.min(tk.tokens.length, next ? tokenAt(tk.tokens, next.open) : tk.tokens.length, i + 12);
  // said Witkoff / added the minister
  if (isSpeechVerb(t)) {
    const who = speakerAt(ctx, i + 1, limit, r.open);
    if (who && !tk.tokens[i + 1]?.tags.has('Preposition')) {
      return { ...who.speaker, method: pronounOr(who, 'verb-after'), span: spanOf(tk, i, who.end), verb: verbOf(t) };
    }
  }
  // according to Witkoff
  if (t.normal === 'according' && tk.tokens[i + 1]?.normal === 'to') {
    const who = speakerAt(ctx, i + 2, limit, r.open);
    if (who) return { ...who.speaker, method: 'according-to', span: spanOf(tk, i, who.end) };
  }
  // DWU spokesman Joren Daal said / the union's president, Ilka Brandvold, told: a role phrase before
  // the person; the person, not the organisation in the role, is the speaker.
  const titled = personAfterRole(ctx, i, limit);
  if (titled) return { ...titled, method: 'verb-after', span: spanOf(tk, i, titled.verbAt), verb: verbOf(tk.tokens[titled.verbAt]!) };
  // Witkoff said / he added / the ministry said
  const who = speakerAt(ctx, i, limit, r.open);
  if (who) {
    let v = who.end + 1;
    // Allow an appositive or an adverb between speaker and verb: "Peskov, the Kremlin spokesman, said".
    let hops = 0;
    while (v < limit && !isSpeechVerb(tk.tokens[v]) && hops < 8) {
      const u = tk.tokens[v]!;
      if (u.sentence !== t.sentence) break;
      v++;
      hops++;
      if (/[.;!?]/.test(u.post) && !u.tags.has('Abbreviation')) break;
    }
    const verb = tk.tokens[v];
    if (verb && isSpeechVerb(verb) && (hops === 0 || /^,/.test(tk.tokens[who.end]!.post.trim()) || hops <= 1)) {
      return { ...who.speaker, method: pronounOr(who, 'verb-after'), span: spanOf(tk, i, v), verb: verbOf(verb) };
    }
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

function pronounOr(who: { speaker: Omit<Speaker, 'method' | 'span'> }, method: AttributionMethod): AttributionMethod {
  void who;
  return method;
}

function spanOf(tk: Tokenized, first: number, last: number): Span {
  return { start: tk.tokens[first]!.start, end: tk.tokens[last]!.end };
}

/** Umerov remarked that “real progress”… / Zelenskyy said: “…” / according to Ushakov, “…” */
function attributeBefore(ctx: Ctx, r: RawQuote): Speaker | undefined {
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
    // "said Witkoff: “…”" — the speaker after the verb.
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
function subjectOf(ctx: Ctx, v: number, floor: number, quoteStart: number): { speaker: Omit<Speaker, 'method' | 'span'>; first: number } | null {
  const { tk } = ctx;
  let depth = 0; // inside an appositive ", …,"
  for (let k = v - 1; k >= floor; k--) {
    const t = tk.tokens[k]!;
    if (/,/.test(t.post) && k !== v - 1) depth = depth === 0 ? 1 : 0;
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
      return { speaker: { description: tk.text.slice(tk.tokens[from]!.start, t.end).replace(/^.*?\b(?=(?:the|a|an|\p{Lu}))/iu, '') }, first: from };
    }
  }
  void depth;
  return null;
}

/** A further quote with no attribution of its own continues the previous speaker's words. */
function continuation(ctx: Ctx, r: RawQuote): Speaker | undefined {
  for (let k = ctx.quotes.length - 1; k >= 0; k--) {
    const q = ctx.quotes[k]!;
    const qPara = ctx.raws.find((x) => x.open === q.start)?.paragraph ?? -1;
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
    // A possessor is rarely the subject: "Trump’s special envoy Steve Witkoff ... he said".
    if (/['’]s$/.test(ctx.tk.tokens[m.last]!.text)) continue;
    if (gender && genderOf(ctx.tk, e) && genderOf(ctx.tk, e) !== gender) continue;
    return e;
  }
  return undefined;
}

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

// ---------------------------------------------------------------------------------------------------
// Kinds

const TERM_INTRODUCERS = new Set([
  'a', 'an', 'the', 'so-called', 'called', 'dubbed', 'term', 'termed', 'labelled', 'labeled', 'named', 'as',
  'of', 'its', 'their', 'his', 'her', 'our', 'word', 'words', 'phrase', 'slogan', 'concept', 'idea', 'notion',
  'known', 'this', 'that', 'these', 'those', 'describes', 'described', 'calls', 'call',
]);

function classify(tk: Tokenized, r: RawQuote, inner: string, speaker: Speaker | undefined): Quote['kind'] {
  const words = inner.split(/\s+/).filter(Boolean);
  const qi = tokenAt(tk.tokens, r.open);
  const prev = qi > 0 ? tk.tokens[qi - 1] : undefined;
  const prevInSentence = prev && prev.paragraph === r.paragraph && !/[.!?:]\s*$/.test(prev.post) ? prev : undefined;
  const innerTokens = tk.tokens.slice(tokenAt(tk.tokens, r.innerStart), tokenAt(tk.tokens, r.innerEnd));
  // A finite verb makes a clause; a participle before a noun is an adjective ("demilitarized zone").
  const hasVerb = innerTokens.some((t, k) => {
    if (!t.tags.has('Verb') || t.tags.has('Adjective')) return false;
    const adjectival = (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Gerund')) && innerTokens[k + 1]?.tags.has('Noun');
    return !adjectival;
  });
  const endsLikeSentence = /[.!?,…]$/.test(inner.trim());
  const short = words.length <= 5;
  const attributedAfter = speaker?.method === 'verb-after' || speaker?.method === 'according-to';
  // American style puts the sentence's full stop inside the marks: “demilitarized zone.” is still a term.
  const fragment = short && !hasVerb && (!endsLikeSentence || !/,$/.test(inner.trim()));
  if (fragment && !attributedAfter) {
    const complement = prevInSentence && (prevInSentence.normal === 'that' || isSpeechVerb(prevInSentence));
    if (complement && speaker) return 'partial';
    if (!prevInSentence || TERM_INTRODUCERS.has(prevInSentence.normal) || prevInSentence.tags.has('Adjective') || prevInSentence.tags.has('Determiner')) {
      return 'term';
    }
    if (!speaker) return 'term';
  }
  // A quote that stands as the sentence itself (or follows "X said:") is speech; one inside the
  // reporter's own sentence is partial.
  const standsAlone = !prevInSentence || /[:]\s*$/.test(prev?.post ?? '') || (prevInSentence && isSpeechVerb(prevInSentence) && /,\s*$/.test(prevInSentence.post));
  if (standsAlone && (words.length >= 3 || endsLikeSentence)) return 'speech';
  if (attributedAfter && !prevInSentence) return 'speech';
  return 'partial';
}
