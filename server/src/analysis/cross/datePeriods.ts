// A date that opens a state that lasts: "declared three days of national mourning from Friday", "will
// observe mourning from Saturday", "a 48-hour strike from Monday" date the start of that state, as "the
// mourning, which began on Friday" does, whoever declared or observes it. "From Monday to Friday" is a range.

import { PERIOD_NOUNS, RANGE_AFTER } from '../lexicon/timeCues';
import { singular } from '../numbers';
import type { Figure } from '../types';
import type { FactIdentity } from './factTypes';
import { eventClass } from './identity';
import type { SourceArticle } from './types';

/** How many characters before a date the noun and "from" are looked for. */
const REACH = 40;

/** The state a date after "<noun> from" opens ("mourning from Friday"), or undefined. */
export function periodFrom(article: SourceArticle, f: Figure): string | undefined {
  const words = article.text.slice(Math.max(0, f.start - REACH), f.start).split(/\s+/);
  if (words.pop() !== '' || words.pop()?.toLowerCase() !== 'from') return undefined;
  const word = (words.pop() ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
  const noun = PERIOD_NOUNS.has(word) ? word : singular(word);
  if (!PERIOD_NOUNS.has(noun)) return undefined;
  return RANGE_AFTER.test(article.text.slice(f.end, f.end + 12)) ? undefined : noun;
}

/**
 * The start of a lasting state as the act a date dates: the state begins, and the state is its own
 * subject (an act with no person, like "the strike began"). A clause whose subject is the state and whose
 * verb is of beginning ("the mourning, which began on Friday") is read the same way.
 */
export function readPeriodStart(article: SourceArticle, f: Figure, id: FactIdentity): void {
  const begin = eventClass('begin') ?? 'begin';
  const noun = periodFrom(article, f);
  if (noun) {
    for (const k of ['verb', 'verbText', 'verbSure', 'passive', 'actorEntity', 'actorType', 'actorAgent', 'about', 'coEvent'] as const) delete id[k];
    id.event = begin;
    id.actor = id.actorText = noun;
    id.eventActor = true;
    return;
  }
  if (id.event === begin && !id.actorEntity && id.actor !== undefined && PERIOD_NOUNS.has(id.actor)) id.eventActor = true;
}
