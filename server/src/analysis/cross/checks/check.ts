// What a check is: its description for the README, the manifest and the diagnostics, and a pure
// function from the aligned facts of one story to findings.

import type { Aligned, ArticleFacts } from '../factTypes';
import type { CheckInfo, CrossEntity, Finding, SourceArticle, Story } from '../types';

/**
 * What a check is given: one story, its articles, each article's own facts, and the story's resolved
 * entities and aligned facts. A check never changes them. For a story of one article, `entities` and
 * `aligned` are worked out only if a check reads them (checks of scope 'story' are not run there).
 */
export interface CheckContext {
  story: Story;
  articles: SourceArticle[];
  /** Each article's facts, in the order of `articles`. */
  facts: ArticleFacts[];
  entities: CrossEntity[];
  aligned: Aligned;
}

/**
 * scope 'story': the check compares the sources of a story, so a story of one article gives it nothing
 * to compare and it is not run there. scope 'article': it looks at each article on its own (its dates
 * against the story's, its quotation marks) and reads only `articles` and `facts`.
 */
export type Check = CheckInfo & { scope: 'story' | 'article'; run(ctx: CheckContext): Finding[] };
