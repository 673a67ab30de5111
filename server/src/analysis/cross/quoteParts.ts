// One statement a writer split around its attribution ("We are ready," she said, "and we will sign.")
// is one quote for the cross-source comparison: the two parts, joined, are what another source quotes
// whole. This file says when two quotes of an article are such parts, and where and what the joined
// statement is.

import type { Quote, Span } from '../types';
import type { QuoteItem } from './factTypes';

/** The longest attribution that may stand between the two parts (", Piet Landvik, the council's secretary-general, said, "). */
const GAP_REACH = 90;

/**
 * Whether `second` continues `first` across its attribution: one speaker named for both, nothing but the
 * attribution between them (no sentence end, no paragraph break), the first part open (ending with a
 * comma, inside or after its marks) and the second going on in lower case.
 */
export function continuesAcross(text: string, first: Quote, second: Quote): boolean {
  if (first.speakerId === null || first.speakerId !== second.speakerId || first.kind === 'term' || second.kind === 'term') return false;
  const gap = text.slice(first.inner.end, second.inner.start);
  if (gap.length > GAP_REACH || /[\n.!?;]/.test(gap)) return false;
  const open = /,\s*$/.test(first.text) || /^["“”'‘’]?\s*,/.test(gap);
  return open && /^\s*\p{Ll}/u.test(second.text);
}

/** The span of a quote item's statement: both parts when it was split around its attribution. */
export function itemSpan(q: QuoteItem): Span {
  return q.rest ? { start: q.quote.inner.start, end: q.rest.inner.end } : q.quote.inner;
}

/** The words of a quote item's statement as written, both parts joined without the comma that opened the attribution. */
export function itemText(q: QuoteItem): string {
  return q.rest ? `${q.quote.text.replace(/,\s*$/, '')} ${q.rest.text}` : q.quote.text;
}
