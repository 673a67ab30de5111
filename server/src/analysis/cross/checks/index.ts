// The check registry. Each check lives in its own file; the server, the CLI and the manifest read it.

import type { Aligned } from '../align';
import type { CheckInfo, CrossEntity, Finding, SourceArticle, Story } from '../types';

export interface CheckContext {
  story: Story;
  articles: SourceArticle[];
  entities: CrossEntity[];
  aligned: Aligned;
}

export type Check = CheckInfo & { run(ctx: CheckContext): Finding[] };

export const CHECKS: Check[] = [];

export const CHECK_INFO: CheckInfo[] = CHECKS.map(({ id, description, defaultSeverity }) => ({ id, description, defaultSeverity }));

export function runChecks(ctx: CheckContext): Finding[] {
  return CHECKS.flatMap((c) => c.run(ctx).map((f) => ({ ...f, check: c.id, severity: f.severity ?? c.defaultSeverity })));
}
