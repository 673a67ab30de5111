// figure-conflict: the same quantity with incompatible values in two sources, after units, number
// words, hedges and ranges are normalised ("more than five hours" and "five hours" agree).

import { intervalsAgree } from '../align';
import { crossFindings, listOthers, type Side } from './common';
import type { Check } from './index';

export const figureConflict: Check = {
  id: 'figure-conflict',
  description: 'The same quantity is given different, incompatible values by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out = [];
    for (const fact of ctx.aligned.figures) {
      if (fact.status !== 'differ') continue;
      const its = fact.items;
      const sides: Side[] = fact.values.map((v) => ({ article: v.article, span: v.span, text: v.text, value: v.display }));
      const conflicts: Array<[number, number]> = [];
      for (let i = 0; i < its.length; i++)
        for (let j = i + 1; j < its.length; j++)
          if (its[i]!.article !== its[j]!.article && !intervalsAgree(its[i]!.interval!, its[j]!.interval!)) conflicts.push([i, j]);
      out.push(
        ...crossFindings(ctx, this.id, this.defaultSeverity, fact.id, sides, conflicts, (here, others) =>
          `Sources disagree on ${fact.label}: “${here.text}” (${here.value}) here, but ${listOthers(ctx, others, (s) => `“${s.text}” (${s.value})`)}.`,
        ),
      );
    }
    return out;
  },
};
