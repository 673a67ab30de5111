// date-conflict: one event given different dates (or weekdays) by different sources.

import { datesAgree } from '../alignDates';
import { crossFindings, listOthers, valueConflicts } from './common';
import type { Check } from './check';

export const dateConflict: Check = {
  id: 'date-conflict',
  description: 'One event is dated differently by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out = [];
    for (const fact of ctx.aligned.dates) {
      if (fact.status !== 'differ') continue;
      const { sides, conflicts } = valueConflicts(fact, datesAgree);
      out.push(
        ...crossFindings(ctx, this.id, this.defaultSeverity, fact.id, sides, conflicts, (here, others) =>
          `Sources date this event (${fact.label}) differently: “${here.text}” (${here.value}) here, but ${listOthers(ctx, others, (s) => `“${s.text}” (${s.value})`)}.`,
        ),
      );
    }
    return out;
  },
};
