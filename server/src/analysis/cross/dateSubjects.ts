// What a date's clause says through its subject and object beyond the frame's reading: the head of a
// subject that names an act ("the deal between X and Y was struck": the deal), the act a passive verb and
// its subject make together ("the deal was struck": an agreement), and a verb of change with an object
// ("increased borrowing costs": an act done to the costs, not a level reached).

import { ARTICLES, EVENT_CLASSES, EVENT_NOUNS } from '../lexicon/events';
import { POSSESSIVE_PRONOUNS } from '../lexicon/speech';
import { STOP_WORDS } from '../lexicon/stopwords';
import { DATING_PREPOSITIONS } from '../lexicon/timeCues';
import { singular } from '../numbers';
import type { Figure } from '../types';
import { actOfNoun } from './dateActs';
import type { SourceArticle } from './types';

/**
 * "The deal between the operator and the union was struck on Friday", "the talks with the rebels ended on
 * Monday": a subject that opens its clause with a determiner, a noun naming an act and a preposition is
 * that noun, not the last name of the phrase after it. Returns the noun (singular), or undefined.
 */
function actSubjectHead(article: SourceArticle, f: Figure): string | undefined {
  const fr = f.frame;
  if (!fr?.verb || !fr.actor) return undefined;
  const lead = article.text.slice(fr.clause.start, fr.actor.start);
  const m = /^\s*(?:the|a|an|this|that|its|their|his|her)\s+(\p{L}+)\s+(?:between|with|of|over|on|for)\s/iu.exec(lead);
  if (!m) return undefined;
  const noun = singular(m[1]!.toLowerCase());
  return actOfNoun(noun) !== undefined || EVENT_NOUNS.has(noun) ? noun : undefined;
}

/**
 * "The deal was struck on Friday": a passive verb and its subject make the phrase the active verb and its
 * object make ("struck a deal": the act of agreeing); "the deal between X and Y" is the deal, not Y.
 * Returns the act the phrase names (`idiom`) and the subject's head noun when the frame read a later word.
 */
export function subjectAct(article: SourceArticle, f: Figure): { idiom?: string; head?: string } {
  const head = actSubjectHead(article, f);
  const v = f.frame?.verb;
  const noun = head ?? (f.frame?.actor ? singular(f.frame.actor.head) : undefined);
  const idiom = v?.passive && noun !== undefined ? EVENT_CLASSES.get(`${v.lemma} ${noun}`) : undefined;
  return { ...(idiom === undefined ? {} : { idiom }), ...(head === undefined ? {} : { head }) };
}

/**
 * "The bank last increased borrowing costs in November", "raised its rate": a verb of change with an
 * object right after it (a determiner, a possessive, a plural or a gerund modifier) is an act done to that
 * object, not a level reached ("inflation rose to 8%"). True when the date's verb is so followed.
 */
export function changesObject(article: SourceArticle, f: Figure): boolean {
  const v = f.frame?.verb;
  if (!v) return false;
  const text = article.text.slice(f.frame!.clause.start, Math.max(f.frame!.clause.end, f.end));
  const at = text.indexOf(v.text);
  const next = at < 0 ? undefined : /^\s+(\p{L}+)/u.exec(text.slice(at + v.text.length))?.[1]?.toLowerCase();
  if (next === undefined) return false;
  return ARTICLES.has(next) || POSSESSIVE_PRONOUNS.has(next) || (/(?:s|ing)$/.test(next) && !STOP_WORDS.has(next) && !DATING_PREPOSITIONS.has(next));
}
