// name-variant: one entity spelled differently across sources (Zelenskyy / Zelensky, Yury / Yuri).
// Information level. When most sources use one spelling, only the sources with another spelling get a
// finding (saying which spelling most use, with their passages); a split gives each side one.

import { nameVariants } from '../alignNames';
import type { Finding } from '../types';
import { articleOf, findingKey, nameOf } from './common';
import type { Check } from './check';

export const nameVariant: Check = {
  id: 'name-variant',
  description: 'One person, organisation or place is spelled differently by different sources.',
  defaultSeverity: 'information',
  run(ctx) {
    const out: Finding[] = [];
    for (const e of ctx.entities) {
      for (const v of nameVariants(e)) {
        const total = new Set(v.spellings.flatMap((s) => s.articles)).size;
        const sorted = [...v.spellings].sort((a, b) => b.articles.length - a.articles.length || (a.text < b.text ? -1 : 1));
        const top = sorted[0]!;
        const majority = sorted.length > 1 && top.articles.length > sorted[1]!.articles.length ? top : undefined;
        const key = findingKey(this.id, e.id, v.spellings.map((s) => s.text));
        for (const s of v.spellings) {
          if (majority === s) continue;
          for (const article of s.articles) {
            const member = e.members.find((m) => m.article === article);
            const art = articleOf(ctx, article);
            if (!member || !art) continue;
            const mention = member.mentions.find((m) => art.text.slice(m.start, m.end).includes(s.text)) ?? member.mentions[0];
            if (!mention) continue;
            const span = spanOfWord(art.text, mention, s.text);
            const others = v.spellings.filter((t) => t !== s);
            const where = others.map((t) => `“${t.text}” in ${t.articles.map((a) => nameOf(ctx, a)).join(', ')}`).join('; ');
            const message = majority
              ? `${e.name}: spelled “${s.text}” here, but most sources (${majority.articles.length} of ${total}) spell it “${majority.text}”.`
              : `${e.name}: spelled “${s.text}” here; the sources are split: ${where}.`;
            const related: Finding['related'] = [];
            for (const t of majority ? [majority] : others) {
              for (const oa of t.articles) {
                const om = e.members.find((m) => m.article === oa);
                const oart = articleOf(ctx, oa);
                const omention = om?.mentions.find((m) => oart?.text.slice(m.start, m.end).includes(t.text)) ?? om?.mentions[0];
                if (!om || !oart || !omention) continue;
                related.push({ location: { article: oa, span: spanOfWord(oart.text, omention, t.text) }, message: `spelled “${t.text}”` });
              }
            }
            out.push({
              check: this.id,
              severity: this.defaultSeverity,
              location: { article, span },
              message,
              related,
              key,
              fact: e.id,
              values: [s.text, ...others.map((t) => t.text)],
            });
          }
        }
      }
    }
    return out;
  },
};

function spanOfWord(text: string, mention: { start: number; end: number }, word: string): { start: number; end: number } {
  const i = text.slice(mention.start, mention.end).indexOf(word);
  return i >= 0 ? { start: mention.start + i, end: mention.start + i + word.length } : { start: mention.start, end: mention.end };
}
