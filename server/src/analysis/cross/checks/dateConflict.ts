// date-conflict: one event given different dates (or weekdays) by different sources.

import { datesAgree } from '../align';
import { crossFindings, listOthers, type Side } from './common';
import type { Check } from './index';

export const dateConflict: Check = {
  id: 'date-conflict',
  description: 'One event is dated differently by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out = [];
    for (const fact of ctx.aligned.dates) {
      if (fact.status !== 'differ') continue;
      const its = fact.items;
      const sides: Side[] = fact.values.map((v) => ({ article: v.article, span: v.span, text: v.text, value: v.display }));
      const conflicts: Array<[number, number]> = [];
      for (let i = 0; i < its.length; i++)
        for (let j = i + 1; j < its.length; j++)
          if (its[i]!.article !== its[j]!.article && !datesAgree(its[i]!, its[j]!)) conflicts.push([i, j]);
      out.push(
        ...crossFindings(ctx, this.id, this.defaultSeverity, fact.id, sides, conflicts, (here, others) =>
          `Sources date this event (${fact.label}) differently: “${here.text}” (${here.value}) here, but ${listOthers(ctx, others, (s) => `“${s.text}” (${s.value})`)}.`,
        ),
      );
    }
    return out;
  },
};
