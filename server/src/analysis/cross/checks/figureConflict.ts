// figure-conflict: the same quantity with incompatible values in two sources, after units, number
// words, hedges and ranges are normalised ("more than five hours" and "five hours" agree).

import { figuresAgree } from '../alignFigures';
import { crossFindings, listOthers, valueConflicts } from './common';
import type { Check } from './check';

export const figureConflict: Check = {
  id: 'figure-conflict',
  description: 'The same quantity is given different, incompatible values by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out = [];
    for (const fact of ctx.aligned.figures) {
      if (fact.status !== 'differ') continue;
      const { sides, conflicts } = valueConflicts(fact, figuresAgree);
      out.push(
        ...crossFindings(ctx, this.id, this.defaultSeverity, fact.id, sides, conflicts, (here, others) =>
          `Sources disagree on ${fact.label}: “${here.text}” (${here.value}) here, but ${listOthers(ctx, others, (s) => `“${s.text}” (${s.value})`)}.`,
        ),
      );
    }
    return out;
  },
};
