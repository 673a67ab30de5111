// unbalanced-quote, unattributed-speech and impossible-date: per-article problems of the quote and
// figure extractors, shown as findings with the same severity settings and ledger as the cross-source
// checks.

import type { ProblemCode } from '../../types';
import type { Finding } from '../types';
import type { Check, CheckContext } from './check';

function problemFindings(ctx: CheckContext, code: ProblemCode, check: Check): Finding[] {
  const out: Finding[] = [];
  for (const a of ctx.articles) {
    for (const p of a.analysis.problems) {
      if (p.code !== code) continue;
      const snippet = a.text.slice(p.start, Math.min(p.end, p.start + 60)).replace(/\s+/g, ' ');
      out.push({
        check: check.id,
        severity: check.defaultSeverity,
        location: { article: a.id, span: { start: p.start, end: p.end } },
        message: p.message,
        related: [],
        key: `${check.id}|${a.name}|${snippet}`,
      });
    }
  }
  return out;
}

export const unbalancedQuote: Check = {
  id: 'unbalanced-quote',
  scope: 'article',
  description: 'A quotation mark opens a quotation that is never closed (or closes one never opened).',
  defaultSeverity: 'warning',
  run(ctx) {
    return problemFindings(ctx, 'unbalanced-quote', this);
  },
};

export const unattributedSpeech: Check = {
  id: 'unattributed-speech',
  scope: 'article',
  description: 'A quotation of speech with no speaker the article names.',
  defaultSeverity: 'information',
  run(ctx) {
    return problemFindings(ctx, 'unattributed-speech', this);
  },
};

export const impossibleDate: Check = {
  id: 'impossible-date',
  scope: 'article',
  description: 'A date that does not exist: a day the month does not have ("31 February").',
  defaultSeverity: 'warning',
  run(ctx) {
    return problemFindings(ctx, 'impossible-date', this);
  },
};
