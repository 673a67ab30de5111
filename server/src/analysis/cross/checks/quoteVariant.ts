// quote-variant: the same speaker's same statement worded differently in two sources. The message
// shows the words that differ. Identical quotes (or one quoting part of the other) corroborate each
// other and are not findings.

import { quoteRelation, wordDiff } from '../alignQuotes';
import { lastName } from '../factDisplay';
import { clip, crossFindings, nameOf, type Side } from './common';
import type { Check } from './check';

export const quoteVariant: Check = {
  id: 'quote-variant',
  description: "The same speaker's statement is worded differently by different sources.",
  defaultSeverity: 'information',
  run(ctx) {
    const out = [];
    for (const fact of ctx.aligned.quotes) {
      if (fact.status !== 'differ') continue;
      const its = fact.items;
      const sides: Side[] = its.map((x) => ({ article: x.article, span: x.quote.inner, text: x.quote.text, value: x.words.join(' ') }));
      const conflicts: Array<[number, number]> = [];
      for (let i = 0; i < its.length; i++)
        for (let j = i + 1; j < its.length; j++)
          if (its[i]!.article !== its[j]!.article && quoteRelation(its[i]!.words, its[j]!.words) === 'variant') conflicts.push([i, j]);
      const speaker = ctx.entities.find((e) => e.id === fact.entity);
      const who = speaker ? lastName(speaker.name) : 'The speaker';
      out.push(
        ...crossFindings(ctx, this.id, this.defaultSeverity, fact.id, sides, conflicts, (here, others) => {
          const parts = others.map((o) => {
            const diff = wordDiff(here.text, o.text)
              .map((d) => `“${clip(d.a, 40) || '—'}” → “${clip(d.b, 40) || '—'}”`)
              .join(', ');
            return `${nameOf(ctx, o.article)} has “${clip(o.text, 100)}” (${diff})`;
          });
          return `${who}'s words are quoted differently by other sources: ${parts.join('; ')}.`;
        }),
      );
    }
    return out;
  },
};
