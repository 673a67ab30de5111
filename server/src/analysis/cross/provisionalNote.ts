// A figure the next sentence calls provisional: "197 deputies voted in favour … The figures are
// provisional until the official record is published." Such a count is an earlier one that a later or
// official count may update, as "so far" or "preliminary" in its own clause would say; so is a count a
// reporting verb gives ("17 people are now known to have died": what is known so far).

import { PROVISIONAL_NOTE } from '../lexicon/figureScope';
import type { Figure } from '../types';
import { reportedAct } from './reportedAct';
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

/** The cue that a count is what is known so far: a provisional note after it, or the reporting verb it is given with. */
export function countSoFar(article: SourceArticle, f: Figure): string | undefined {
  return provisionalNote(article, f) ?? (reportedAct(article.text, f.frame) ? f.frame?.verb?.text : undefined);
}
