// A date written without its year ("in June", "on June 3") takes the year of the article's time frame;
// when the verb it dates is in the past tense and that year would put it after the time of writing, it
// is the last such month, and a future verb puts a month already past in the next year. "Vasilescu was
// made deputy minister in June" in a May article is last June; "the ban will end in January" next January.

import { FUTURE_AUXILIARIES, FUTURE_MARKERS, PAST_AUXILIARIES, RELATIVE_DATE_WORDS } from '../lexicon/timeCues';
import type { ArticleTimeFrame, Figure } from '../types';
import { isoDate, parseIso } from '../util/calendar';
import { verbLemma } from './wordForms';

/** Whether a verb phrase puts its act before (-1) or after (+1) the time of writing, or says nothing (0). */
export function verbTense(verbText: string): -1 | 0 | 1 {
  const words = verbText.toLowerCase().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined) return 0;
  if (FUTURE_AUXILIARIES.has(first)) return 1;
  // "was expected in June", "had been scheduled for May": a past report of what was to come.
  if (FUTURE_MARKERS.test(verbText)) return 0;
  if (PAST_AUXILIARIES.has(first)) return -1;
  // One word that is a past form of its verb ("began", "resigned"), not the verb itself or a present form.
  return words.length === 1 && !/(?:ing|s)$/.test(first) && verbLemma(first) !== first ? -1 : 0;
}

/** Moves the year of the article's yearless dates by the tense of the verb each dates (see the file's opening). */
export function placeByTense(figures: Figure[], frame: ArticleTimeFrame | undefined): void {
  // Only a dateline or a publication line (or the caller's day) says when the article was written.
  const now = frame && (frame.source === 'dateline' || frame.source === 'reference') ? parseIso(frame.date) : undefined;
  if (!now || now.m === undefined || now.d === undefined) return;
  const today = isoDate(now.y, now.m, now.d);
  for (const f of figures) {
    const verb = f.frame?.verb;
    if (f.kind !== 'date' || !f.resolved || !verb || f.weekday || typeof f.value !== 'string' || RELATIVE_DATE_WORDS.test(f.text)) continue;
    const v = parseIso(f.value);
    // 29 February has no other year nearby to move to.
    if (!v || v.m === undefined || v.y !== now.y || (v.m === 2 && v.d === 29)) continue;
    const tense = verbTense(verb.text);
    // A month compares by its month: "in May" written in May is this May whatever the tense.
    const after = v.d === undefined ? v.m > now.m : f.value > today;
    const before = v.d === undefined ? v.m < now.m : f.value < today;
    if (tense < 0 && after) f.value = isoDate(v.y - 1, v.m, v.d);
    else if (tense > 0 && before) f.value = isoDate(v.y + 1, v.m, v.d);
  }
}
