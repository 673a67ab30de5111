// The act a reporting verb passes on: "17 people are now known to have died", "nine are feared dead",
// "40 were believed to be trapped", "12 were reported killed". What happened to the counted things is the
// act after the reporting verb, as "17 people have died" says it. Read by identity.ts.

import { EVENT_CLASSES } from '../lexicon/events';
import { REPORTING_VERBS } from '../lexicon/speech';
import { verbLemma } from '../figures/frame';
import type { FigureFrame } from '../types';

/** "known to have died", "to have been killed", "to be trapped", "feared dead", "reported killed". */
const AFTER_REPORTING = /^\s+(?:to\s+(?:have\s+(?:been\s+)?|be\s+(?:still\s+)?)|still\s+)?([a-z]+)/i;

/** The event class of the act a reporting verb passes on, when the lexicon classes it. */
export function reportedAct(text: string, fr: FigureFrame | undefined): string | undefined {
  const v = fr?.verb;
  if (!v || !REPORTING_VERBS.has(v.lemma)) return undefined;
  const at = text.indexOf(v.text, fr.clause.start);
  // Only the participle reports ("are known to", "feared dead"): "officials say 17 died" names its speakers.
  if (at < 0 || !(v.passive || /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(0, at - 30), at)) || /(?:ed|wn)$/.test(v.text))) return undefined;
  const w = AFTER_REPORTING.exec(text.slice(at + v.text.length, at + v.text.length + 40))?.[1]?.toLowerCase();
  return w ? (EVENT_CLASSES.get(w) ?? EVENT_CLASSES.get(verbLemma(w))) : undefined;
}
