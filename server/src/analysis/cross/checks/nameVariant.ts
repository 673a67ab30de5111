// name-variant: one entity spelled differently across sources (Zelenskyy / Zelensky, Yury / Yuri).
// Information level. When most sources use one spelling, only the sources with another spelling get a
// finding (saying which spelling most use, with their passages); a split gives each side one. A name
// spelled differently in two words ("Juergen Mueller" for "Jürgen Müller") is one finding, not two.

import { nameVariants } from '../alignNames';
import type { Finding } from '../types';
import { articleOf, factFingerprint, findingFingerprint, findingKey, nameOf } from './common';
import type { Check } from './check';

export const nameVariant: Check = {
  id: 'name-variant',
  scope: 'story',
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
        const fingerprint = findingFingerprint(this.id, v.spellings.map((s) => s.text), v.spellings.flatMap((s) => s.articles.map((a) => nameOf(ctx, a))));
        const factPrint = factFingerprint(e.id, v.spellings.map((s) => s.text));
        // An article that writes the name more than one way disagrees with no one in particular.
        const mixed = new Set(v.spellings.flatMap((s) => s.articles).filter((a) => v.spellings.filter((s) => s.articles.includes(a)).length > 1));
        for (const s of v.spellings) {
          if (majority === s) continue;
          for (const article of s.articles.filter((a) => !mixed.has(a))) {
            const member = e.members.find((m) => m.article === article);
            const art = articleOf(ctx, article);
            if (!member || !art) continue;
            const mention = fullestMention(art.text, member.mentions, s.text);
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
                const omention = om && oart ? fullestMention(oart.text, om.mentions, t.text) : undefined;
                if (!om || !oart || !omention) continue;
                related.push({ location: { article: oa, span: spanOfWord(oart.text, omention, t.text) }, message: `spelled “${t.text}”` });
              }
            }
            const finding: Finding = { check: this.id, severity: this.defaultSeverity, location: { article, span }, message, related, key, fact: e.id, fingerprint, factFingerprint: factPrint };
            finding.values = [s.text, ...others.map((t) => t.text)];
            out.push(finding);
            if (majority) majorityOf.set(finding, { text: majority.text, count: majority.articles.length, total });
          }
        }
      }
    }
    return mergeWordsOfOneName(out, ctx.entities);
  },
};

/** The spelling most sources use, per finding that has one (the others are splits). */
const majorityOf = new WeakMap<Finding, Majority>();

interface Majority {
  text: string;
  /** How many of the `total` sources spell it so. */
  count: number;
  total: number;
}

/** Words of one name this close (characters apart) in one article are one mention's words. */
const SAME_MENTION_GAP = 3;

/**
 * One finding per name and article where several words of one mention are spelled differently, each
 * against the spelling most sources use: "spelled “Juergen Mueller” here, but most sources (2 of 3)
 * spell it “Jürgen Müller”", spanning the words, its related passages the union of theirs.
 */
function mergeWordsOfOneName(fs: Finding[], entities: Array<{ id: string; name: string }>): Finding[] {
  const out: Finding[] = [];
  const inText = [...fs].sort((a, b) => (a.location.article < b.location.article ? -1 : a.location.article > b.location.article ? 1 : a.location.span.start - b.location.span.start));
  for (const f of inText) {
    const prev = out[out.length - 1];
    const mine = majorityOf.get(f);
    const theirs = prev ? majorityOf.get(prev) : undefined;
    const adjacent = prev && prev.fact === f.fact && prev.location.article === f.location.article && f.location.span.start - prev.location.span.end <= SAME_MENTION_GAP && f.location.span.start >= prev.location.span.end;
    if (!prev || !adjacent || mine === undefined || theirs === undefined) {
      out.push(f);
      continue;
    }
    const name = entities.find((e) => e.id === f.fact)?.name ?? '';
    const here = `${prev.values![0]!} ${f.values![0]!}`;
    const most = { text: `${theirs.text} ${mine.text}`, count: Math.min(theirs.count, mine.count), total: Math.max(theirs.total, mine.total) };
    out[out.length - 1] = {
      ...prev,
      location: { article: f.location.article, span: { start: prev.location.span.start, end: f.location.span.end } },
      message: `${name}: spelled “${here}” here, but most sources (${most.count} of ${most.total}) spell it “${most.text}”.`,
      related: unionRelated(prev.related, f.related, most.text),
      key: `${prev.key}+${f.key}`,
      fingerprint: `${prev.fingerprint}+${f.fingerprint}`,
      factFingerprint: `${prev.factFingerprint}+${f.factFingerprint}`,
      values: [here, most.text],
    };
    majorityOf.set(out[out.length - 1]!, most);
  }
  return out;
}

/**
 * The related passages of two findings, one per article that spells both words the majority's way (an
 * article with only one of them does not write the name the message quotes), spanning both words.
 */
function unionRelated(a: Finding['related'], b: Finding['related'], spelling: string): Finding['related'] {
  const inB = new Set(b.map((r) => r.location.article));
  const byArticle = new Map<string, Finding['related'][number]>();
  for (const r of [...a, ...b]) {
    if (!inB.has(r.location.article) || !a.some((x) => x.location.article === r.location.article)) continue;
    const seen = byArticle.get(r.location.article);
    const span = seen ? { start: Math.min(seen.location.span.start, r.location.span.start), end: Math.max(seen.location.span.end, r.location.span.end) } : r.location.span;
    byArticle.set(r.location.article, { location: { article: r.location.article, span }, message: `spelled “${spelling}”` });
  }
  return [...byArticle.values()];
}

/**
 * The mention a finding points to for one spelling: the first of the fullest mentions that write it. A
 * bare surname ("Kovač pair" in a headline) may stand for several people; the full name says whose it is.
 */
function fullestMention<M extends { start: number; end: number }>(text: string, mentions: readonly M[], spelling: string): M | undefined {
  let best: M | undefined;
  let bestWords = 0;
  for (const m of mentions) {
    const written = text.slice(m.start, m.end);
    if (!written.includes(spelling)) continue;
    const words = written.split(/\s+/).length;
    if (words > bestWords) {
      best = m;
      bestWords = words;
    }
  }
  return best ?? mentions[0];
}

function spanOfWord(text: string, mention: { start: number; end: number }, word: string): { start: number; end: number } {
  const i = text.slice(mention.start, mention.end).indexOf(word);
  return i >= 0 ? { start: mention.start + i, end: mention.start + i + word.length } : { start: mention.start, end: mention.end };
}
