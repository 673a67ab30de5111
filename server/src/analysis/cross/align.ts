// Fact alignment: which figures, dates, quotes and roles in different articles are the same fact.

import type { CrossEntity, Fact, SourceArticle } from './types';

/** Per-article facts, extracted once per article version. */
export interface ArticleFacts {
  article: SourceArticle;
}

export interface Aligned {
  facts: Fact[];
}

export function extractArticleFacts(article: SourceArticle): ArticleFacts {
  return { article };
}

export function alignFacts(_facts: ArticleFacts[], _entities: CrossEntity[]): Aligned {
  return { facts: [] };
}
