// The check registry. Each check lives in its own file; the server, the CLI and the manifest read it.
// To add a check: write checks/<name>.ts exporting a Check, add it to CHECKS below, and add a test
// with a disagreement it must catch and a look-alike it must leave alone.

import type { Aligned } from '../align';
import type { CheckInfo, CrossEntity, Finding, SourceArticle, Story } from '../types';
import { dateConflict } from './dateConflict';
import { figureConflict } from './figureConflict';
import { nameVariant } from './nameVariant';
import { outOfPlaceDate } from './outOfPlaceDate';
import { unattributedSpeech, unbalancedQuote } from './perArticleProblems';
import { quoteAttribution } from './quoteAttribution';
import { quoteVariant } from './quoteVariant';
import { roleConflict } from './roleConflict';
import { weekdayMismatch } from './weekdayMismatch';

export interface CheckContext {
  story: Story;
  articles: SourceArticle[];
  entities: CrossEntity[];
  aligned: Aligned;
}

export type Check = CheckInfo & { run(ctx: CheckContext): Finding[] };

export const CHECKS: Check[] = [
  figureConflict,
  dateConflict,
  outOfPlaceDate,
  weekdayMismatch,
  quoteVariant,
  quoteAttribution,
  roleConflict,
  nameVariant,
  unbalancedQuote,
  unattributedSpeech,
];

export const CHECK_INFO: CheckInfo[] = CHECKS.map(({ id, description, defaultSeverity }) => ({ id, description, defaultSeverity }));

/** Runs every check; a check that throws yields no findings rather than breaking the others. */
export function runChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const c of CHECKS) {
    try {
      out.push(...c.run(ctx));
    } catch {
      // A bug in one check must not hide the others' findings.
    }
  }
  return out;
}
