// figure-conflict: the same quantity with incompatible values in two sources, after units, number
// words, hedges and ranges are normalised ("more than five hours" and "five hours" agree), and after
// arithmetic that reconciles them (230 passengers and 12 crew are the 242 people on board). A count
// that a later or provisional report updates is a figure-update, not a conflict.

import { figureRelation } from '../alignFigures';
import type { FigureItem } from '../factTypes';
import type { Finding } from '../types';
import type { Check } from './check';
import { conflictFindings } from './common';

export const figureConflict: Check = {
  id: 'figure-conflict',
  scope: 'story',
  description: 'The same quantity is given different, incompatible values by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    for (const fact of ctx.aligned.figures) {
      if (fact.status !== 'differ') continue;
      const agree = (x: FigureItem, y: FigureItem): boolean => figureRelation(x, y, ctx.aligned.context) !== 'conflict';
      out.push(...conflictFindings(ctx, this, fact, agree, `Sources disagree on ${fact.label}`, false));
    }
    return out;
  },
};
