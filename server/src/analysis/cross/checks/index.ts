// The check registry. Each check lives in its own file; the server, the CLI and the manifest read it.
// To add a check: write checks/<name>.ts exporting a Check, add it to CHECKS below, and add a test
// with a disagreement it must catch and a look-alike it must leave alone.

import type { CheckInfo, CorpusOptions, Finding } from '../types';
import type { Check, CheckContext } from './check';
import { dateConflict } from './dateConflict';
import { figureConflict } from './figureConflict';
import { figureUpdate } from './figureUpdate';
import { nameVariant } from './nameVariant';
import { outOfPlaceDate } from './outOfPlaceDate';
import { impossibleDate, unattributedSpeech, unbalancedQuote } from './perArticleProblems';
import { quoteAttribution } from './quoteAttribution';
import { quoteVariant } from './quoteVariant';
import { roleConflict } from './roleConflict';
import { weekdayMismatch } from './weekdayMismatch';

export type { Check, CheckContext } from './check';

export const CHECKS: readonly Check[] = [
  figureConflict,
  figureUpdate,
  dateConflict,
  outOfPlaceDate,
  weekdayMismatch,
  quoteVariant,
  quoteAttribution,
  roleConflict,
  nameVariant,
  unbalancedQuote,
  unattributedSpeech,
  impossibleDate,
];

export const CHECK_INFO: CheckInfo[] = CHECKS.map(({ id, description, defaultSeverity }) => ({ id, description, defaultSeverity }));

/**
 * Runs every check on one story (those of scope 'story' only when it has several articles). A check that throws yields no findings rather than breaking the
 * others, and `options.onCheckError` is told which check failed on which story and why.
 */
export function runChecks(ctx: CheckContext, options: Pick<CorpusOptions, 'onCheckError'> = {}, checks: readonly Check[] = CHECKS): Finding[] {
  const out: Finding[] = [];
  const several = ctx.articles.length > 1;
  for (const c of checks) {
    if (c.scope === 'story' && !several) continue;
    try {
      out.push(...c.run(ctx));
    } catch (e) {
      options.onCheckError?.({ check: c.id, story: ctx.story.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
