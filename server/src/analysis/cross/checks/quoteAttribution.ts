// quote-attribution: the same words credited to different people by different sources. When most of
// the sources involved credit one person, only the others get a finding.

import { itemSpan, itemText } from '../quoteParts';
import { groupPositions } from '../positions';
import { clip, crossFindings, findingKey, majorityOf, nameOf, namesOf, type Side } from './common';
import type { QuoteItem } from '../factTypes';
import type { Check } from './check';
import type { Finding } from '../types';

export const quoteAttribution: Check = {
  id: 'quote-attribution',
  scope: 'story',
  description: 'The same words are credited to different people by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const pairs = ctx.aligned.misattributed;
    if (pairs.length === 0) return [];
    // Group pairs that share a quote into one disagreement.
    const items: QuoteItem[] = [];
    const speakers: string[] = [];
    const idx = (q: QuoteItem, speaker: string): number => {
      let i = items.indexOf(q);
      if (i < 0) {
        i = items.push(q) - 1;
        speakers.push(speaker);
      }
      return i;
    };
    const edges: Array<[number, number]> = pairs.map((p) => [idx(p.a, p.speakerA.name), idx(p.b, p.speakerB.name)]);
    const parent = items.map((_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    for (const [i, j] of edges) parent[find(j)] = find(i);
    const out: Finding[] = [];
    const groups = new Map<number, Array<[number, number]>>();
    for (const e of edges) groups.set(find(e[0]), [...(groups.get(find(e[0])) ?? []), e]);
    for (const group of groups.values()) {
      const first = items[group[0]![0]]!;
      const fact = `quote-words:${first.words.slice(0, 6).join(' ')}`;
      const sides: Side[] = items.map((q, i) => ({ article: q.article, span: itemSpan(q), text: itemText(q), value: speakers[i]! }));
      const members = [...new Set(group.flat())];
      const majority = majorityOf(groupPositions(members.map((i) => ({ article: sides[i]!.article, display: sides[i]!.value })), (x, y) => sides[members[x]!]!.value === sides[members[y]!]!.value));
      const found = crossFindings(
        ctx,
        this.id,
        this.defaultSeverity,
        fact,
        sides,
        group,
        (here, others, byMajority) =>
          byMajority
            ? `“${clip(here.text, 60)}” is credited to ${here.value} here, but most sources (${namesOf(ctx, [...majority!])}) credit it to ${others[0]!.value}.`
            : `“${clip(here.text, 60)}” is credited to ${here.value} here, but ${others.map((o) => `${nameOf(ctx, o.article)} credits it to ${o.value}`).join('; ')}.`,
        (o) => `credited to ${o.value}`,
        majority,
      );
      const key = findingKey(this.id, fact, group.flat().map((i) => speakers[i]!));
      out.push(...found.map((f) => ({ ...f, key })));
    }
    return out;
  },
};
