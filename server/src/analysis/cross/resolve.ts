// Cross-source entity resolution: one CrossEntity per person/organisation/place across a story.

import type { CrossEntity, SourceArticle } from './types';

export function resolveEntities(_articles: SourceArticle[]): CrossEntity[] {
  return [];
}
