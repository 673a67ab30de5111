// date-conflict: one event (the same action by the same participants) given different dates or weekdays
// by different sources. Statements on different days and events that span several days are not conflicts
// (the alignment never puts them together).

import { datesAgree } from '../alignDates';
import type { Finding } from '../types';
import type { Check } from './check';
import { conflictFindings } from './common';

export const dateConflict: Check = {
  id: 'date-conflict',
  scope: 'story',
  description: 'One event is dated differently by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    const year = ctx.aligned.context.year;
    for (const fact of ctx.aligned.dates) {
      if (fact.status !== 'differ') continue;
      out.push(...conflictFindings(ctx, this, fact, (x, y) => datesAgree(x, y, year), `Sources date ${fact.label} differently`, true));
    }
    return out;
  },
};
