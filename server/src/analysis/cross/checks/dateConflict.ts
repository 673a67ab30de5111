// date-conflict: one event (the same action by the same participants) given different dates or weekdays
// by different sources. Statements on different days and events that span several days are not conflicts
// (the alignment never puts them together).

import { datesAgree } from '../alignDates';
import type { Finding } from '../types';
import type { Check } from './check';
import { crossFindings, majorityOf, nameOf, namesOf, valueConflicts } from './common';

export const dateConflict: Check = {
  id: 'date-conflict',
  description: 'One event is dated differently by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    const year = ctx.aligned.context.year;
    for (const fact of ctx.aligned.dates) {
      if (fact.status !== 'differ') continue;
      const { sides, conflicts } = valueConflicts(fact, (a, b) => datesAgree(a, b, year));
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
              ? `Sources date ${fact.label} differently: “${here.text}” (${here.value}) here, but ${majority!.size} of ${carriers} sources give ${others[0]!.value} (${namesOf(ctx, [...majority!])}).`
              : `Sources date ${fact.label} differently: “${here.text}” (${here.value}) here, but ${others.map((o) => `${nameOf(ctx, o.article)} gives “${o.text}” (${o.value})`).join('; ')}.`,
          (o) => `“${o.text}” (${o.value})`,
          majority,
        ),
      );
    }
    return out;
  },
};
