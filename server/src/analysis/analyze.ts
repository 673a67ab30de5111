// The core's entry point: article text in, ArticleAnalysis out. Runs each extractor over one token
// stream and never throws; whatever goes wrong becomes a Problem on the article.

import { extractEntities } from './entities';
import { extractFigures } from './figures';
import { findHeadline } from './headline';
import { extractQuotes } from './quotes';
import { extractRoles } from './roles';
import { tokenize, type TokenCache } from './tokens';
import { DEFAULT_MAX_CHARS } from './limits';
import type { ArticleAnalysis, Problem } from './types';

export interface AnalyzeOptions {
  /** Text beyond this many UTF-16 code units is not analysed (a 'too-large' problem says so). */
  maxChars?: number;
  /**
   * "YYYY-MM-DD": the day the article is read, for a caller that knows it; used only to date an article
   * that gives no year. No default: without it such dates stay without a year (the clock is never read).
   */
  referenceDate?: string;
  /** Paragraphs tagged by earlier analyses (an edited article's unchanged paragraphs are not tagged again). */
  tokenCache?: TokenCache;
}

export { ANALYSER_VERSION, DEFAULT_MAX_CHARS } from './limits';

export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const analysed = text.length > maxChars ? text.slice(0, maxChars) : text;
  const tk = tokenize(analysed, options.tokenCache);
  const ents = extractEntities(tk);
  extractRoles(tk, ents);
  const q = extractQuotes(tk, ents);
  const figs = extractFigures(tk, { ...(options.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}), ...(options.tokenCache ? { cache: options.tokenCache } : {}) });
  const out: ArticleAnalysis = {
    length: text.length,
    paragraphs: tk.paragraphs,
    sentences: tk.sentences,
    entities: ents.entities,
    figures: figs.figures,
    quotes: q.quotes,
    problems: [...(analysed.length < text.length ? [tooLarge(text.length, maxChars)] : []), ...q.problems, ...figs.problems],
  };
  if (figs.anchorDate !== undefined) out.anchorDate = figs.anchorDate;
  if (figs.timeFrame !== undefined) out.timeFrame = figs.timeFrame;
  const headline = findHeadline(analysed, tk.paragraphs);
  if (headline) out.headline = headline;
  return out;
}

function tooLarge(length: number, maxChars: number): Problem {
  return {
    code: 'too-large',
    severity: 'warning',
    start: maxChars,
    end: length,
    message: `Only the first ${maxChars.toLocaleString('en-US')} of ${length.toLocaleString('en-US')} characters were analysed: the article is too long to analyse in full.`,
  };
}
