// Durations written with an article ("for a week", "an hour and a half", "half an hour", "a day later")
// and ordinals ("the third round", "22nd"), the figures that need no numeral.

import { DURATION_CONTEXT_AFTER, DURATION_CONTEXT_BEFORE } from '../lexicon/calendar';
import { ORDINAL_DETERMINERS, ORDINAL_IDIOM_AFTER, SECOND_AS_TIME_BEFORE } from '../lexicon/counting';
import { DURATION_UNITS, ORDINAL_WORDS } from '../lexicon/units';
import type { Figure } from '../types';
import { attachHedge } from './hedges';
import { nounAfter } from './nouns';
import { push, type Scan } from './scan';
import { andAHalfAfter, isCap, sentenceInitial, tight, type Word } from './words';

/** Records a duration over words i..j and attaches its hedge; returns the index after it. */
function pushDuration(sc: Scan, ws: Word[], i: number, j: number, seconds: number): number {
  const fig = push(sc, ws, i, j, 'duration', seconds, { unit: 'seconds' });
  attachHedge(sc, ws, i, j, fig, seconds, seconds, true);
  return j + 1;
}

/** "half an hour", "half a day". */
function halfDuration(sc: Scan, ws: Word[], i: number): number | null {
  const a = ws[i + 1];
  const u = ws[i + 2];
  if (!(a && u && (a.key === 'an' || a.key === 'a') && tight(ws, i) && tight(ws, i + 1))) return null;
  const secs = DURATION_UNITS.get(u.key);
  if (secs === undefined || /s$/.test(u.key)) return null;
  return pushDuration(sc, ws, i, i + 2, secs / 2);
}

/** "an hour and a half", "for a week", "a day later", "half an hour"; only with a word that makes it a duration. */
export function readArticleDuration(sc: Scan, ws: Word[], i: number): number | null {
  if (ws[i]!.key === 'half') return halfDuration(sc, ws, i);
  const u = ws[i + 1];
  if (!u || !tight(ws, i) || /s$/.test(u.key) || u.key === 'second') return null;
  const secs = DURATION_UNITS.get(u.key);
  if (secs === undefined) return null;
  const half = andAHalfAfter(ws, i + 1);
  const j = half ? i + 4 : i + 1;
  const p = ws[i - 1];
  const after = ws[i + 2];
  const ctxBefore = !!p && tight(ws, i - 1) && DURATION_CONTEXT_BEFORE.has(p.key);
  const ctxAfter = half || (!!after && tight(ws, i + 1) && DURATION_CONTEXT_AFTER.has(after.key));
  if (!ctxBefore && !ctxAfter) return null;
  // "a week and …" is a duration only after a word such as "for".
  if (after?.key === 'and' && !half && !ctxBefore) return null;
  return pushDuration(sc, ws, i, j, (half ? 1.5 : 1) * secs);
}

/** An ordinal with the noun it ranks ("the third round", "22nd") or after a determiner ("the first"). */
export function readOrdinal(sc: Scan, ws: Word[], i: number): number | null {
  const w = ws[i]!;
  let n = ORDINAL_WORDS.get(w.key);
  if (n === undefined) {
    const m = /^(\d{1,4})(?:st|nd|rd|th)$/.exec(w.key);
    if (!m) return null;
    n = Number(m[1]);
  }
  if (isCap(w) && !sentenceInitial(ws, i)) return null; // "Second World War", "First Lady"
  const p = ws[i - 1];
  const nx = ws[i + 1];
  if (p && tight(ws, i - 1) && p.key === 'at' && w.key === 'first') return null;
  if (nx && tight(ws, i) && ORDINAL_IDIOM_AFTER.has(nx.key)) return null;
  if (nx && tight(ws, i) && nx.key === 'and' && ws[i + 2]?.key === 'foremost') return null;
  const counts = nounAfter(sc, ws, i, 'loose');
  const det = !!p && tight(ws, i - 1) && ORDINAL_DETERMINERS.has(p.key);
  if (w.key === 'second' && p && SECOND_AS_TIME_BEFORE.has(p.key) && !counts) return null;
  if (!counts && !det) return null;
  const extra: Partial<Figure> = {};
  if (counts !== undefined) extra.counts = counts;
  push(sc, ws, i, i, 'ordinal', n, extra);
  return i + 1;
}
