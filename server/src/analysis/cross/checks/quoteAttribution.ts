// quote-attribution: the same words credited to different people by different sources.

import { clip, crossFindings, findingKey, nameOf, type Side } from './common';
import type { QuoteItem } from '../factTypes';
import type { Check } from './check';
import type { Finding } from '../types';

export const quoteAttribution: Check = {
  id: 'quote-attribution',
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
      const sides: Side[] = items.map((q, i) => ({ article: q.article, span: q.quote.inner, text: q.quote.text, value: speakers[i]! }));
      const found = crossFindings(ctx, this.id, this.defaultSeverity, fact, sides, group, (here, others) =>
        `“${clip(here.text, 60)}” is credited to ${here.value} here, but ${others
          .map((o) => `${nameOf(ctx, o.article)} credits it to ${o.value}`)
          .join('; ')}.`,
        (o) => `${nameOf(ctx, o.article)}: credited to ${o.value}`,
      );
      const key = findingKey(this.id, fact, group.flat().map((i) => speakers[i]!));
      out.push(...found.map((f) => ({ ...f, key })));
    }
    return out;
  },
};
