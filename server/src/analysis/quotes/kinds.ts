// The kind of a quotation: speech (a sentence someone said), partial (a few words of it inside the
// reporter's sentence) or term (a word or phrase in quotation marks: the so-called “...”).

import { TERM_INTRODUCERS } from '../lexicon/speech';
import { tokenAt, type Token, type Tokenized } from '../tokens';
import type { Quote } from '../types';
import { isSpeechVerb, type Speaker } from './attribution';
import type { RawQuote } from './marks';

export function quoteKind(tk: Tokenized, r: RawQuote, inner: string, speaker: Speaker | undefined): Quote['kind'] {
  const words = inner.split(/\s+/).filter(Boolean);
  const qi = tokenAt(tk.tokens, r.open);
  const prev = qi > 0 ? tk.tokens[qi - 1] : undefined;
  // The word before the opening mark in the same sentence (a colon or full stop before it ends the sentence).
  const prevInSentence = prev && prev.paragraph === r.paragraph && !/[.!?:]\s*$/.test(prev.post) ? prev : undefined;
  const endsLikeSentence = /[.!?,…]$/.test(inner.trim());
  // A reporting verb with its speaker right next to the quotation makes even a short one speech:
  // “Next time in Oslo,” the president said. / The president replied: “Next time in Oslo.”
  const attributedAfter = speaker?.method === 'verb-after' || speaker?.method === 'according-to' || speaker?.method === 'verb-before';
  // American style puts the sentence's full stop inside the marks: “demilitarized zone.” is still a term.
  const fragment = words.length <= 5 && !hasFiniteVerb(tk, r) && (!endsLikeSentence || !/,$/.test(inner.trim()));
  if (fragment && !attributedAfter) {
    const kind = fragmentKind(prevInSentence, speaker);
    if (kind) return kind;
  }
  // A quote that stands as the sentence itself (or follows "X said:", so nothing before it is in its
  // sentence) is speech; one inside the reporter's own sentence is partial.
  const introduced = speaker?.method === 'verb-before';
  const standsAlone = introduced || !prevInSentence || (isSpeechVerb(prevInSentence) && /,\s*$/.test(prevInSentence.post));
  if (standsAlone && (words.length >= 3 || endsLikeSentence)) return 'speech';
  if (attributedAfter && !prevInSentence) return 'speech';
  return 'partial';
}

/** A clause needs a finite verb; a participle before a noun is an adjective ("demilitarized zone"). */
function hasFiniteVerb(tk: Tokenized, r: RawQuote): boolean {
  const innerTokens = tk.tokens.slice(tokenAt(tk.tokens, r.innerStart), tokenAt(tk.tokens, r.innerEnd));
  return innerTokens.some((t, k) => {
    if (!t.tags.has('Verb') || t.tags.has('Adjective')) return false;
    const adjectival = (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Gerund')) && innerTokens[k + 1]?.tags.has('Noun');
    return !adjectival;
  });
}

/** The kind of a short verbless quotation from the word before it, or null to decide as for any quote. */
function fragmentKind(prevInSentence: Token | undefined, speaker: Speaker | undefined): Quote['kind'] | null {
  const complement = prevInSentence && (prevInSentence.normal === 'that' || isSpeechVerb(prevInSentence));
  if (complement && speaker) return 'partial';
  if (!prevInSentence || TERM_INTRODUCERS.has(prevInSentence.normal) || prevInSentence.tags.has('Adjective') || prevInSentence.tags.has('Determiner')) {
    return 'term';
  }
  if (!speaker) return 'term';
  return null;
}
