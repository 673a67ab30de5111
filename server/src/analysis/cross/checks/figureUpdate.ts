// figure-update: a count that changes as reports come in (a death toll that rises from "at least 12 so
// far" to 41) — values that differ where one is marked provisional ("so far", "at least", "rose to") or
// the reports are of different days. Information, not a contradiction: the finding sits on the earlier
// report and points to the latest one.

import { figureRelation } from '../alignFigures';
import type { Finding } from '../types';
import type { Check } from './check';
import { crossFindings, namesOf, valueConflicts } from './common';

export const figureUpdate: Check = {
  id: 'figure-update',
  scope: 'story',
  description: 'A running count (a toll) is given as an earlier or provisional value by one source and updated by later reports.',
  defaultSeverity: 'information',
  run(ctx) {
    const out: Finding[] = [];
    for (const fact of ctx.aligned.figures) {
      if (fact.status !== 'differ') continue;
      const its = fact.items;
      const { sides, conflicts: updates } = valueConflicts(fact, (a, b) => figureRelation(a, b, ctx.aligned.context) !== 'update');
      if (updates.length === 0) continue;
      const latest = fact.positions?.find((p) => p.latest);
      const latestSet = latest ? new Set(latest.articles) : undefined;
      const what = its[0]?.figure.kind === 'count' ? 'count' : 'figure';
      out.push(
        ...crossFindings(
          ctx,
          this.id,
          this.defaultSeverity,
          fact.id,
          sides,
          updates,
          (here, others, toLatest) =>
            toLatest
              ? `Later reports give ${others[0]!.value} (${fact.label}: ${namesOf(ctx, latest!.articles)}); “${here.text}” here is an earlier or provisional ${what}.`
              : `The ${what} for ${fact.label} changes between reports: “${here.text}” here, ${others.map((o) => `“${o.text}”`).join(', ')} elsewhere.`,
          (o) => `“${o.text}” (${o.value})`,
          latestSet,
        ),
      );
    }
    return out;
  },
};
