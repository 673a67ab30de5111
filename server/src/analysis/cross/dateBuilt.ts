// A year written before the noun of a built thing ("the 1968 Sennet Bridge", "the crumbling 1991 stadium")
// says when the thing opened, as "the bridge, which opened in 1968" does: the date dates that opening, with
// the thing as its subject, whatever the clause around it tells ("drivers watched as the 1986 bridge split").

import { ARTICLES } from '../lexicon/events';
import { POSSESSIVE_DETERMINERS } from '../lexicon/labels';
import { BUILT_THINGS } from '../lexicon/timeCues';
import { singular } from '../numbers';
import type { Figure } from '../types';
import type { FactIdentity } from './factTypes';
import { eventClass } from './identity';
import type { SourceArticle } from './types';

/** How many words of a name may stand between the year and the thing's noun ("the 1968 Sennet Bridge"). */
const NAME_WORDS = 3;
/** How many characters around the year are read. */
const REACH = 60;

/** The built thing a year stands before as an adjective, or undefined. */
export function builtThingAfter(article: SourceArticle, f: Figure): string | undefined {
  if (!/^\d{4}$/.test(f.text)) return undefined;
  const before = article.text.slice(Math.max(0, f.start - REACH), f.start).split(/[^\p{L}'’-]+/u).filter(Boolean).map((w) => w.toLowerCase());
  // "the 1968 bridge", "its 1994 terminal", "the crumbling 1991 spaceport": a determiner, at most one adjective between.
  const last = before.at(-1);
  const opener = (w: string | undefined): boolean => w !== undefined && (ARTICLES.has(w) || POSSESSIVE_DETERMINERS.has(w));
  if (!opener(last) && !(opener(before.at(-2)) && last !== undefined && /^\p{Ll}/u.test(last) && !BUILT_THINGS.has(last))) return undefined;
  const raw = article.text.slice(f.end, f.end + REACH);
  if (!/^\s/.test(raw)) return undefined;
  const after = raw.trim().split(/\s+/);
  for (let i = 0; i <= NAME_WORDS && i < after.length; i++) {
    const w = after[i]!.replace(/[^\p{L}-]/gu, '');
    const lower = w.toLowerCase();
    if (BUILT_THINGS.has(lower) || BUILT_THINGS.has(singular(lower))) return BUILT_THINGS.has(lower) ? lower : singular(lower);
    // Only the words of a name ("Sennet", "Varta") may come before the noun; a punctuation mark ends the phrase.
    if (!/^\p{Lu}/u.test(w) || w !== after[i]) return undefined;
  }
  return undefined;
}

/** A year before a built thing dates its opening, the thing its own subject. */
export function readBuiltYear(article: SourceArticle, f: Figure, id: FactIdentity): boolean {
  const thing = builtThingAfter(article, f);
  if (!thing) return false;
  for (const k of ['verb', 'verbText', 'verbSure', 'passive', 'actorEntity', 'actorType', 'actorAgent', 'about', 'coEvent', 'occurrence', 'eventActor'] as const) delete id[k];
  id.event = eventClass('open') ?? 'open';
  id.actor = id.actorText = thing;
  return true;
}
