// figure-conflict: the same quantity with incompatible values in two sources, after units, number
// words, hedges and ranges are normalised ("more than five hours" and "five hours" agree), and after
// arithmetic that reconciles them (230 passengers and 12 crew are the 242 people on board). A count
// that a later or provisional report updates is a figure-update, not a conflict.

import { figureRelation } from '../alignFigures';
import type { Finding } from '../types';
import type { Check } from './check';
import { crossFindings, majorityOf, nameOf, namesOf, valueConflicts } from './common';

export const figureConflict: Check = {
  id: 'figure-conflict',
  description: 'The same quantity is given different, incompatible values by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    for (const fact of ctx.aligned.figures) {
      if (fact.status !== 'differ') continue;
      const { sides, conflicts } = valueConflicts(fact, (a, b) => figureRelation(a, b, ctx.aligned.context) !== 'conflict');
      if (conflicts.length === 0) continue;
      const carriers = new Set(fact.values.map((v) => v.article)).size;
      const majority = majorityOf(fact.positions);
      out.push(
        ...crossFindings(
          ctx,
          this.id,
          this.defaultSeverity,
          fact.id,
          sides,
          conflicts,
          (here, others, byMajority) =>
            byMajority
              ? `Sources disagree on ${fact.label}: “${here.text}” here, but ${majority!.size} of ${carriers} sources give ${others[0]!.value} (${namesOf(ctx, [...majority!])}).`
              : `Sources disagree on ${fact.label}: “${here.text}” here, but ${others.map((o) => `${nameOf(ctx, o.article)} gives “${o.text}”`).join('; ')}.`,
          (o) => `“${o.text}” (${o.value})`,
          majority,
        ),
      );
    }
    return out;
  },
};
