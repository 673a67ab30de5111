// Numbers written in words: cardinals ("four hundred and twenty", "a million", "two and a half"),
// fractions ("two-thirds", "a quarter of"), vague amounts ("dozens of", "several hundred") and the
// idioms that are no figure ("no one", "one day", "half past five").

import { CLOCK_FRACTIONS, CLOCK_LINKS, DURATION_CONTEXT_BEFORE } from '../lexicon/calendar';
import { COMPOUND_SKIP, ONE_IDIOM_AFTER, ONE_PRONOUN_BEFORE, RELATIVE_PRONOUNS } from '../lexicon/counting';
import {
  DURATION_UNITS,
  FRACTION_DENOMINATORS,
  HYPHENATED_CARDINALS,
  MAGNITUDES,
  MEASURE_UNITS,
  NUMBER_WORDS,
  VAGUE_GROUPS,
  VAGUE_PLURALS,
} from '../lexicon/units';
import { parseNumberWords } from '../numbers';
import { isAdjective, isNoun } from './nouns';
import type { NumberRead, NumberResult, Scan } from './scan';
import { andAHalfAfter, isCap, sentenceInitial, tight, type Word } from './words';

/**
 * A capitalised word inside a sentence: part of a name ("Group of Seven", "Big Three"). A word after a
 * dash standing alone opens the story after its dateline ("LONDON - Nine people were killed …") or a
 * clause, so it is capitalised as a first word, not as a name.
 */
function inName(ws: Word[], i: number): boolean {
  return isCap(ws[i]!) && !sentenceInitial(ws, i) && !/^[-–—]{1,2}$/.test(ws[i - 1]?.s ?? '') && !emphasised(ws, i);
}

/** "where FIVE bridges were ripped away": a number word in capitals before a lower-case word is a tabloid's emphasis, no name. */
function emphasised(ws: Word[], i: number): boolean {
  const w = ws[i]!.s;
  const next = ws[i + 1]?.s ?? '';
  const prev = ws[i - 1]?.s ?? '';
  // "the BIG THREE": a capitalised word before it makes a name of both.
  return w.length > 2 && w === w.toUpperCase() && /^\p{Ll}/u.test(next) && !/^\p{Lu}{2,}$/u.test(prev);
}

/** "tens of billions", "hundreds of jobs", "dozens of ships": only before "of". */
function vagueAmount(ws: Word[], i: number, base: number): NumberResult {
  const key = ws[i]!.key;
  const of = ws[i + 1];
  if (!(of && of.key === 'of' && tight(ws, i))) return null; // "thousands" alone is rarely a figure worth checking
  let j = i;
  let mult = 1;
  const magnitude = ws[i + 2] && tight(ws, i + 1) ? VAGUE_PLURALS.get(ws[i + 2]!.key) : undefined;
  if (magnitude !== undefined && magnitude >= 100) {
    mult = magnitude;
    j = i + 2;
  }
  // "dozens" is two dozen to a gross, "scores" two score or more, the others one unit to ten.
  const lo = key === 'dozens' ? 24 * mult : key === 'scores' ? base * 2 * mult : base * mult;
  const hi = key === 'dozens' ? 144 * mult : base * 10 * mult;
  return { i0: i, i1: j, value: lo, vague: { lo, hi }, words: true };
}

/** "several hundred", "a few thousand". */
function severalMagnitude(ws: Word[], i: number): NumberRead | undefined {
  const key = ws[i]!.key;
  if (!((key === 'several' || key === 'few') && tight(ws, i))) return undefined;
  const mag = MAGNITUDES.get(ws[i + 1]!.key);
  if (mag === undefined) return undefined;
  const from = key === 'few' && ws[i - 1]?.key === 'a' && tight(ws, i - 1) ? i - 1 : i;
  return { i0: from, i1: i + 1, value: 2 * mag, vague: { lo: 2 * mag, hi: 10 * mag }, words: true };
}

/** One hyphenated word: "twenty-five", "two-thirds", "one-fifth", "five-hour" (a compound head). */
function hyphenated(ws: Word[], i: number, parts: string[]): NumberResult {
  let k = 0;
  while (k < parts.length && (NUMBER_WORDS.has(parts[k]!) || (k > 0 && parts[k] === 'dozen'))) k++;
  if (k === 0) return null;
  if (inName(ws, i)) return 'skip';
  const num = parseNumberWords(parts.slice(0, k).join(' '));
  if (num === null) return 'skip';
  if (k === parts.length) return { i0: i, i1: i, value: num, words: true };
  const rest = parts.slice(k);
  const den = FRACTION_DENOMINATORS.get(rest[0]!);
  if (rest.length === 1 && den !== undefined && num < den * 10) return { i0: i, i1: i, value: num / den, fraction: true, words: true };
  if (COMPOUND_SKIP.has(rest[0]!)) return 'skip';
  return { i0: i, i1: i, value: num, head: rest, words: true };
}

/** "a third of the voters", "one quarter of", "half of": fractions, stored as percentages. */
function fractionOf(ws: Word[], i: number): NumberRead | undefined {
  const key = ws[i]!.key;
  if (!(key === 'a' || key === 'one' || key === 'half') || inName(ws, i)) return undefined;
  const denWord = key === 'half' ? ws[i] : ws[i + 1];
  const den = denWord ? FRACTION_DENOMINATORS.get(denWord.key) : undefined;
  const endIdx = key === 'half' ? i : i + 1;
  const of = ws[endIdx + 1];
  if (den !== undefined && denWord && !/s$/.test(denWord.key) && (key === 'half' || tight(ws, i)) && of?.key === 'of' && tight(ws, endIdx)) {
    return { i0: i, i1: endIdx, value: 1 / den, fraction: true, words: true };
  }
  return undefined;
}

/** The largest denominator of a proportion written "one in five" (a larger number after "in" is more likely a year or a count). */
const MAX_PROPORTION_BASE = 1000;

/**
 * "one in five", "nine in 10": a proportion, stored as a percentage as "20%" is. A duration unit after the
 * second number ("one in 12 minutes") makes it no proportion.
 */
function proportion(ws: Word[], i: number): NumberRead | undefined {
  const num = NUMBER_WORDS.has(ws[i]!.key) ? parseNumberWords(ws[i]!.key) : null;
  if (num === null || !tight(ws, i) || ws[i + 1]!.key !== 'in' || !tight(ws, i + 1) || inName(ws, i)) return undefined;
  const d = ws[i + 2]!;
  const den = /^\d+$/.test(d.s) ? Number(d.s) : NUMBER_WORDS.has(d.key) ? parseNumberWords(d.key) : null;
  if (den === null || num >= den || den > MAX_PROPORTION_BASE) return undefined;
  const unit = ws[i + 3];
  if (unit && tight(ws, i + 2) && (DURATION_UNITS.has(unit.key) || DURATION_UNITS.has(unit.key.replace(/s$/, '')))) return undefined;
  return { i0: i, i1: i + 2, value: num / den, fraction: true, words: true };
}

function isNumWord(x: Word | undefined): boolean {
  return !!x && (NUMBER_WORDS.has(x.key) || x.key === 'dozen' || HYPHENATED_CARDINALS.has(x.key));
}

/** Word j+1 continues the number words up to word j ("four hundred", "two million"; not "five six"). */
function continuesNumber(ws: Word[], j: number): boolean {
  const w = ws[j]!;
  const n = ws[j + 1]!;
  if (!isNumWord(n) || n.key === 'one') return false;
  return !(NUMBER_WORDS.has(w.key) && !MAGNITUDES.has(w.key) && !MAGNITUDES.has(n.key) && n.key !== 'dozen');
}

/** The last word of the number phrase that starts at word i and reaches word j so far. */
function extendNumberWords(ws: Word[], j: number): number {
  while (j + 1 < ws.length && tight(ws, j)) {
    if (continuesNumber(ws, j)) {
      j++;
    } else if (ws[j + 1]!.key === 'and' && tight(ws, j + 1) && isNumWord(ws[j + 2]) && MAGNITUDES.has(ws[j]!.key)) {
      j += 2; // "four hundred and twenty"
    } else if (andAHalfAfter(ws, j) && !DURATION_UNITS.has(ws[j]!.key)) {
      j += 3; // "two and a half"
    } else {
      break;
    }
  }
  return j;
}

/** The value of words i..j, dropping words from the end until compromise reads a number. */
function phraseValue(ws: Word[], i: number, j: number): { value: number; j: number } | null {
  for (let end = j; end >= i; end--) {
    const value = parseNumberWords(
      ws
        .slice(i, end + 1)
        .map((x) => x.key)
        .join(' '),
    );
    if (value !== null) return { value, j: end };
  }
  return null;
}

/** The pronoun "one" and idioms: "no one", "the one who", "one of the", "one day" (unless "for one day"). */
function loneOne(sc: Scan, ws: Word[], i: number): NumberResult | undefined {
  const p = ws[i - 1];
  const n = ws[i + 1];
  if (p && ONE_PRONOUN_BEFORE.has(p.key) && tight(ws, i - 1)) return 'skip';
  if (!n || !tight(ws, i)) return 'skip';
  if (n.key === 'of' || ONE_IDIOM_AFTER.has(n.key)) {
    if (n.key === 'day' && p && DURATION_CONTEXT_BEFORE.has(p.key) && tight(ws, i - 1)) return { i0: i, i1: i, value: 1, words: true };
    return 'skip';
  }
  if (!DURATION_UNITS.has(n.key) && !MEASURE_UNITS.has(n.key) && !isNoun(sc, n) && !isAdjective(sc, n)) return 'skip';
  if (RELATIVE_PRONOUNS.has(n.key)) return 'skip';
  return undefined;
}

/** "half past five", "ten to six": the number after "past"/"to" is an hour. */
function clockHour(ws: Word[], i: number): boolean {
  const p = ws[i - 1];
  const pp = ws[i - 2];
  return !!p && CLOCK_LINKS.has(p.key) && !!pp && CLOCK_FRACTIONS.has(pp.key) && tight(ws, i - 1);
}

/** The first word of a cardinal phrase at word i: j = i, or i + 1 after "a"/"an"; null when none starts here. */
function cardinalStart(ws: Word[], i: number): NumberResult | number {
  const w = ws[i]!;
  if (w.key === 'a' || w.key === 'an') {
    const n1 = ws[i + 1];
    if (!n1 || !tight(ws, i) || !(MAGNITUDES.has(n1.key) || n1.key === 'dozen')) return null;
    return i + 1;
  }
  if (w.key === 'half') {
    // "half a million"
    const a = ws[i + 1];
    const m = ws[i + 2];
    if (a && m && a.key === 'a' && tight(ws, i) && tight(ws, i + 1) && MAGNITUDES.has(m.key) && m.key !== 'hundred') {
      return { i0: i, i1: i + 2, value: MAGNITUDES.get(m.key)! / 2, words: true };
    }
    return null;
  }
  return !isNumWord(w) || w.key === 'dozen' ? null : i;
}

/** A cardinal in words: "four hundred and twenty", "a million", "two and a half", "twenty-five". */
function cardinal(sc: Scan, ws: Word[], i: number): NumberResult {
  const start = cardinalStart(ws, i);
  if (typeof start !== 'number') return start;
  if (inName(ws, i)) return 'skip'; // "Group of Seven", "Big Three"
  const read = phraseValue(ws, i, extendNumberWords(ws, start));
  if (read === null) return 'skip';
  if (read.j === i && ws[i]!.key === 'one') {
    const one = loneOne(sc, ws, i);
    if (one !== undefined) return one;
  }
  if (clockHour(ws, i)) return 'skip';
  return { i0: i, i1: read.j, value: read.value, words: true };
}

/** Reads a number written in words at word i. */
export function readNumberWords(sc: Scan, ws: Word[], i: number): NumberResult {
  const key = ws[i]!.key;
  const vagueBase = VAGUE_GROUPS.get(key) ?? VAGUE_PLURALS.get(key);
  if (vagueBase !== undefined) return vagueAmount(ws, i, vagueBase);
  const several = severalMagnitude(ws, i);
  if (several) return several;
  const parts = key.split('-');
  if (parts.length >= 2 && parts.every((p) => /^[a-z]+$/.test(p))) return hyphenated(ws, i, parts);
  return fractionOf(ws, i) ?? proportion(ws, i) ?? cardinal(sc, ws, i);
}
