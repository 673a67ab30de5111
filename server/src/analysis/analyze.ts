// The core's entry point: article text in, ArticleAnalysis out. Runs each extractor over one token
// stream and never throws; whatever goes wrong becomes a Problem on the article.

import { extractEntities } from './entities';
import { extractQuotes } from './quotes';
import { extractRoles } from './roles';
import { tokenize } from './tokens';
import type { ArticleAnalysis, Problem } from './types';

export interface AnalyzeOptions {
  /** Text beyond this many UTF-16 code units is not analysed (a 'too-large' problem says so). */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const analysed = text.length > maxChars ? text.slice(0, maxChars) : text;
  const tk = tokenize(analysed);
  const ents = extractEntities(tk);
  extractRoles(tk, ents);
  const q = extractQuotes(tk, ents);
  return {
    length: text.length,
    paragraphs: tk.paragraphs,
    sentences: tk.sentences,
    entities: ents.entities,
    figures: [],
    quotes: q.quotes,
    problems: [...(analysed.length < text.length ? [tooLarge(text.length, maxChars)] : []), ...q.problems],
  };
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
