// A named place a fronted phrase gives the count right after it: "Across the border in Kesk, two people
// died", "Elsewhere in Marn, 40 homes were flooded". Like "5,600 staff in Britain" written after the
// count (figures/frame.ts), the place is a part of the whole the story counts unless the story happens
// there (alignFigures.ts compares such counts only with counts of the same place).

import type { Figure } from '../types';
import { sentenceAt } from './text';
import type { SourceArticle } from './types';

/**
 * The sentence's opening up to the figure: at most three words, "in" or "at" and a capitalised name
 * (after "the town of" or the like), a comma, and at most two words before the figure.
 */
const FRONTED = /^(?:\p{L}+ ){0,3}(?:[Ii]n|[Aa]t) (?:the \p{Ll}+ of )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?), (?:\p{Ll}+ ){0,2}$/u;

/** The place (lower-case) a fronted phrase gives the figure, when the article names it as a place. */
export function frontedRegion(article: SourceArticle, f: Figure): string | undefined {
  if (f.kind !== 'count') return undefined;
  const sentence = sentenceAt(article.analysis, f.start)?.sentence;
  if (!sentence) return undefined;
  const opening = article.text.slice(sentence.start, f.start);
  const m = FRONTED.exec(opening.replace(/\s/g, ' '));
  if (!m) return undefined;
  const at = sentence.start + m[0].lastIndexOf(m[1]!, m[0].lastIndexOf(','));
  const place = article.analysis.entities.find((e) => e.type === 'place' && e.mentions.some((x) => x.start === at));
  return place ? m[1]!.toLowerCase() : undefined;
}
