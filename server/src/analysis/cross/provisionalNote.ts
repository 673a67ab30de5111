// A figure the next sentence calls provisional: "197 deputies voted in favour … The figures are
// provisional until the official record is published." Such a count is an earlier one that a later or
// official count may update, as "so far" or "preliminary" in its own clause would say.

import { PROVISIONAL_NOTE } from '../lexicon/figureScope';
import type { Figure } from '../types';
import { sentenceAt } from './text';
import type { SourceArticle } from './types';

/** The cue, as written, when the sentence after the figure's says its figures are provisional. */
export function provisionalNote(article: SourceArticle, f: Figure): string | undefined {
  const at = sentenceAt(article.analysis, f.start);
  const next = at ? article.analysis.sentences[at.index + 1] : undefined;
  if (!next) return undefined;
  const m = PROVISIONAL_NOTE.exec(article.text.slice(next.start, next.end));
  return m ? m[0].trim().split(/\s+/).pop() : undefined;
}
