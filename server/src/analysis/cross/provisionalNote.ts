// A figure the next sentence calls provisional: "197 deputies voted in favour … The figures are
// provisional until the official record is published." Such a count is an earlier one that a later or
// official count may update, as "so far" or "preliminary" in its own clause would say; so is a count a
// reporting verb gives ("17 people are now known to have died": what is known so far).

import { LEVEL_VERBS, RUNNING_CLASSES } from '../lexicon/events';
import { PROVISIONAL_NOTE } from '../lexicon/figureScope';
import { NOT_PROGRESSING, PROGRESS_VERBS } from '../lexicon/progress';
import { STANDING_BEFORE } from '../lexicon/timeCues';
import type { Figure, Span } from '../types';
import type { FactIdentity } from './factTypes';
import { eventClass } from './identity';
import { reportedAct } from './reportedAct';
import { sentenceAt } from './text';
import type { SourceArticle } from './types';

/** The cue, as written, when the sentence after the figure's says its figures are provisional. */
export function provisionalNote(article: SourceArticle, f: Figure): string | undefined {
  const at = sentenceAt(article.analysis, f.start);
  const next = at ? article.analysis.sentences[at.index + 1] : undefined;
  if (!next) return undefined;
  const m = PROVISIONAL_NOTE.exec(article.text.slice(next.start, next.end));
  return m ? m[0].trim().split(/\s+/).pop() : undefined;
}

/** The cue that a count is what is known so far: a provisional note after it, or the reporting verb it is given with. */
export function countSoFar(article: SourceArticle, f: Figure): string | undefined {
  return provisionalNote(article, f) ?? (reportedAct(article.text, f.frame) ? f.frame?.verb?.text : undefined) ?? actInProgress(article.text, f);
}

/** Per verb lemma, the pattern of that act put in progress ("started to release", "began releasing"). */
const progressPatterns = new Map<string, RegExp>();

/**
 * The word, as written, by which the article says the act a count counts is under way ("The gunmen started
 * to release the passengers in groups of ten" beside "released 60 people"): the count is what was done by
 * the time of the report, which a later report may raise.
 */
function actInProgress(text: string, f: Figure): string | undefined {
  const lemma = f.frame?.verb?.lemma;
  if (!lemma || !/^[a-z]{3,}$/.test(lemma) || NOT_PROGRESSING.has(lemma)) return undefined;
  let re = progressPatterns.get(lemma);
  if (!re) {
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    re = new RegExp(`\\b(${PROGRESS_VERBS.join('|')})\\s(?:to\\s)?${stem}(?:e|es|ed|ing|s)?\\b`, 'i');
    progressPatterns.set(lemma, re);
  }
  return re.exec(text)?.[1];
}

/**
 * A weekday next to a running count (a toll, the rescued, the evacuated) that says when the count stood at
 * its value rather than when its event happened, so that two days' values of the count are one count
 * updated, not two days' counts: a total "by Wednesday evening", a level the count "rose to" or "stood at"
 * on that day, or the day of another act the sentence is about ("in mourning on Friday for five miners
 * killed": the killing is told only by the participle after the noun). "Three were killed on Monday" dates
 * the killing and stays that day's count.
 */
export function countStandsOn(text: string, f: Figure, fact: FactIdentity, day: Span): boolean {
  if (f.kind !== 'count' || !RUNNING_CLASSES.has(fact.event ?? '')) return false;
  if (STANDING_BEFORE.test(text.slice(Math.max(0, day.start - 16), day.start))) return true;
  const fr = f.frame;
  if (!fr?.verb) return false;
  if (fr.rising || LEVEL_VERBS.has(fr.verb.lemma)) return true;
  return fr.state !== undefined && eventClass(fr.state) === fact.event && eventClass(fr.verb.lemma) !== fact.event;
}
