// quote-variant: the same speaker's same statement worded differently in two sources. The message
// shows the words that differ as an inline diff. Identical quotes (or one quoting part of the other)
// corroborate each other and are not findings; when most sources carry one wording, only the sources
// with another wording get a finding.

import { quoteRelation, quotesReworded } from '../alignQuotes';
import { lastName } from '../factDisplay';
import { inlineDiff } from '../quoteDiff';
import { itemSpan, itemText } from '../quoteParts';
import type { Finding } from '../types';
import type { Check } from './check';
import { clip, crossFindings, majorityOf, nameOf, namesOf, pairsOf, type Side } from './common';

export const quoteVariant: Check = {
  id: 'quote-variant',
  scope: 'story',
  description: "The same speaker's statement is worded differently by different sources.",
  defaultSeverity: 'information',
  run(ctx) {
    const out: Finding[] = [];
    for (const fact of ctx.aligned.quotes) {
      if (fact.status !== 'differ') continue;
      const its = fact.items;
      // A partial quote votes with the fullest wording it is part of ("… has halved in five years" with
      // "Demand … has halved in five years, and …"): one wording, however much of it a source quotes.
      const fullest = its.map((x) => its.filter((y) => y.words.length >= x.words.length && quoteRelation(x.words, y.words) === 'same').sort((a, b) => b.words.length - a.words.length)[0] ?? x);
      const sides: Side[] = its.map((x, i) => ({ article: x.article, span: itemSpan(x), text: itemText(x), value: x.words.join(' '), key: fullest[i]!.words.join(' ') }));
      const conflicts = pairsOf(its, (a, b) => quotesReworded(a.words, b.words));
      const speaker = ctx.entities.find((e) => e.id === fact.entity);
      const who = speaker ? lastName(speaker.name) : 'The speaker';
      const majority = majorityOf(fact.positions);
      out.push(
        ...crossFindings(
          ctx,
          this.id,
          this.defaultSeverity,
          fact.id,
          sides,
          conflicts,
          (here, others, byMajority) => {
            // The fullest of their wordings: a partial quote would show its missing words as a difference.
            const other = [...others].sort((a, b) => b.text.length - a.text.length)[0]!;
            const where = byMajority ? `most sources (${namesOf(ctx, [...majority!])})` : nameOf(ctx, other.article);
            return `${who} is quoted differently by ${where}: “${inlineDiff(here.text, other.text)}” (from this wording to theirs).`;
          },
          (o) => `“${clip(o.text, 100)}”`,
          majority,
        ),
      );
    }
    return out;
  },
};
