// What a check is: its description for the README, the manifest and the diagnostics, and a pure
// function from the aligned facts of one story to findings.

import type { Aligned } from '../factTypes';
import type { CheckInfo, CrossEntity, Finding, SourceArticle, Story } from '../types';

/** What a check is given: one story, its articles, entities and aligned facts. A check never changes them. */
export interface CheckContext {
  story: Story;
  articles: SourceArticle[];
  entities: CrossEntity[];
  aligned: Aligned;
}

export type Check = CheckInfo & { run(ctx: CheckContext): Finding[] };
