// The acts a story is about: the event classes its reports name in their openings (the headline and the
// lead), however each words them ("derails", "Thursday's derailment", "came off the tracks"; "raises",
// "hikes", "rate rise"). A story's main act happens once in it, so two reports' dates of it are dates of
// one event even when they name its subject differently (the 06:15 to Holmbridge, a Korsrail intercity)
// or name no one; counts of people (killed, injured) and acts told many times over (talks, visits) are not
// acts of this kind.

import { EVENT_CLASSES, HUMAN_CLASSES, PHRASAL_PARTICLES, RECURRING_CLASSES } from '../lexicon/events';
import { actOfVerb } from '../lexicon/senses';
import { OF_DETERMINERS } from '../lexicon/counting';
import { IMPACT_VERBS, STRIKING_FORCES } from '../lexicon/forces';
import { unjournaled, verbLemma } from '../figures/wordForms';
import { singular } from '../numbers';
import { actOfNoun } from './dateActs';
import type { ArticleFacts } from './factTypes';
import type { SourceArticle } from './types';

/** Words a lead sentence has at least: shorter lines before it are the headline, the byline, the dateline. */
const LEAD_WORDS = 10;
/** How far (characters) an opening is read at most. */
const OPENING_REACH = 700;

export interface StoryActs {
  /** Event classes named in the openings of at least half the story's reports (two at least). */
  central: ReadonlySet<string>;
  /** The central act most reports name, when one leads. */
  main?: string;
}

/** The article's opening: everything up to the end of its first sentence of some length (the lead). */
function opening(article: SourceArticle): string {
  const { text, analysis } = article;
  for (const s of analysis.sentences) {
    if (s.start > OPENING_REACH) break;
    if ((text.slice(s.start, s.end).match(/\p{L}+/gu) ?? []).length >= LEAD_WORDS) return text.slice(0, s.end);
  }
  return text.slice(0, OPENING_REACH);
}

/** The event classes the words of a text name: verbs by their lemma, with a particle or an object ("come off track"), and act nouns. */
export function actsNamed(text: string): Set<string> {
  const ws = [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => m[0].toLowerCase());
  const out = new Set<string>();
  ws.forEach((w, i) => {
    const lemma = verbLemma(w);
    const [w1, w2, w3] = [ws[i + 1], ws[i + 2], ws[i + 3]];
    const phrases = [
      w1 && `${lemma} ${w1}`,
      w1 && w2 && `${lemma} ${w1} ${w2}`,
      w1 && w2 && OF_DETERMINERS.has(w1) && `${lemma} ${singular(w2)}`,
      w1 && w2 && w3 && PHRASAL_PARTICLES.has(w1) && OF_DETERMINERS.has(w2) && `${lemma} ${w1} ${singular(w3)}`,
      w1 && w2 && PHRASAL_PARTICLES.has(w1) && `${lemma} ${w1} ${singular(w2)}`,
    ];
    // "Quake strikes": a force coming down on a place is no walkout, and its aftershocks strike too.
    if (IMPACT_VERBS.has(lemma) && i > 0 && STRIKING_FORCES.has(singular(ws[i - 1]!))) return;
    const cls = phrases.map((p) => (p ? EVENT_CLASSES.get(p) : undefined)).find((c) => c !== undefined) ?? actOfNoun(w) ?? EVENT_CLASSES.get(lemma);
    if (cls && !HUMAN_CLASSES.has(cls) && !RECURRING_CLASSES.has(cls)) out.add(actOfVerb(cls));
  });
  return out;
}

/** The event classes an article's opening names (its lemmas are not journaled: the classes travel, not the words). */
export function openingActs(article: SourceArticle): string[] {
  return unjournaled(() => [...actsNamed(opening(article))]);
}

export function storyActs(articles: ArticleFacts[]): StoryActs {
  const counts = new Map<string, number>();
  for (const a of articles) for (const c of new Set(a.acts ?? openingActs(a.article))) counts.set(c, (counts.get(c) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(articles.length / 2));
  const central = new Set([...counts].filter(([, n]) => n >= need).map(([c]) => c));
  const ranked = [...central].sort((x, y) => counts.get(y)! - counts.get(x)! || (x < y ? -1 : 1));
  const main = ranked.length > 0 && (ranked.length === 1 || counts.get(ranked[0]!)! > counts.get(ranked[1]!)!) ? ranked[0] : undefined;
  return main === undefined ? { central } : { central, main };
}
