// What story grouping reads of one article: its features (the names it mentions, its distinctive words,
// its larger figures) with how often each occurs, and when the article was written (its own time frame,
// never the clock). Computed once per article version; how much a feature weighs depends on how many
// articles of the workspace share it (storyIndex.ts), so it is not decided here.

import type { ArticleAnalysis, Entity } from '../types';
import { dayNumber, parseIso, parseYearless } from '../util/calendar';
import { foldName, transliterationKey } from './resolve';
import { contentStems } from './text';
import type { SourceArticle } from './types';

/** When an article was written, as far as its text says. */
export interface ArticleTime {
  /** Day number of the article's date, or of the middle of its month or year when only those are known. */
  day?: number;
  /** "MM-DD" when the article gives a day and month but no year at all. */
  monthDay?: string;
  /** How exact `day` is, in days either side (0 for a day, ~15 for a month, ~182 for a year). */
  spread: number;
  /** A dateline or publication line (strong), rather than a date inferred from the article's other dates. */
  strong: boolean;
}

export interface StoryFeatures {
  /** feature → strength in this article (its kind's factor × 1 + ln occurrences), before rarity weighting. */
  counts: Map<string, number>;
  /** feature → readable label ("Kjellin", "port", "14,000"). */
  labels: Map<string, string>;
  /** name feature → how much the name says about the story: mentions, people before organisations before places. */
  salience: Map<string, number>;
  time: ArticleTime | undefined;
  /**
   * How much the article reads like a routine table (results, standings, prices) rather than a report,
   * 0–1, from the share of its words that are numbers. Tables of different days are different stories.
   */
  routine: number;
}

/** How much each kind of name counts: a person says most about which story it is, a nationality least. */
const TYPE_FACTOR: Record<Entity['type'], number> = { person: 1.5, organization: 1.2, place: 1, other: 0.5 };
/** How much each kind of name suits a story's label: people first, never nationalities and other names. */
const LABEL_FACTOR: Record<Entity['type'], number> = { person: 3, organization: 2, place: 1.5, other: 0 };
/** Words count less than names: many stories share a vocabulary ("strike", "talks"). */
const WORD_FACTOR = 0.6;
/** A figure repeated across reports ("14,000 containers") is strong evidence; small numbers are everywhere. */
const FIGURE_FACTOR = 1;
/** The smallest absolute value a count must have to be a feature (ordinary small numbers say nothing). */
const MIN_FIGURE = 100;
/** The shortest last word of a name compared by its transliteration key (entity resolution's surname length). */
const SURNAME_KEY_MIN = 5;
/** Shortest content word used as a feature. */
const MIN_WORD = 4;

/** The features being read, with the kind factor of each (a name of two types takes the higher). */
interface Builder {
  f: StoryFeatures;
  factors: Map<string, number>;
}

/** The feature key of an entity: people by folded surname so "Zelensky" meets "Zelenskyy"; others by folded name. */
export function nameKey(e: Entity): string {
  const words = e.name.split(/\s+/);
  return `n:${e.type === 'person' ? foldName(words[words.length - 1] ?? e.name) : foldName(e.name)}`;
}

/**
 * What two name features share when they are one name spelled two ways ("n:voronov" / "n:voronoff",
 * "n:mueller" / "n:muller"): the looser transliteration key of the name's last word, as entity resolution
 * compares surnames. A story's label names each of them once.
 */
export function spellingKey(feature: string): string {
  if (!feature.startsWith('n:')) return feature;
  const words = feature.slice(2).split(' ');
  const key = transliterationKey(words[words.length - 1]!, SURNAME_KEY_MIN);
  return key === null ? feature : `n:${words.slice(0, -1).join(' ')}|${key}`;
}

/** Counts one occurrence of a feature of a kind that weighs `factor` (the highest kind wins for a name of two types). */
function add(b: Builder, key: string, factor: number, n = 1): void {
  b.f.counts.set(key, (b.f.counts.get(key) ?? 0) + n);
  b.factors.set(key, Math.max(b.factors.get(key) ?? 0, factor));
}

/** The article's text with every name mention blanked out, so names are not counted again as words. */
function textWithoutNames(a: SourceArticle): string {
  const spans = a.analysis.entities.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += a.text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + a.text.slice(at);
}

function addNames(a: SourceArticle, b: Builder): void {
  const f = b.f;
  for (const e of a.analysis.entities) {
    const key = nameKey(e);
    if (key === 'n:') continue;
    const prev = f.labels.get(key);
    if (prev === undefined || e.name.length > prev.length) f.labels.set(key, e.name);
    add(b, key, TYPE_FACTOR[e.type], e.mentions.length);
    const salience = LABEL_FACTOR[e.type] * e.mentions.length;
    f.salience.set(key, (f.salience.get(key) ?? 0) + salience);
  }
}

function addWords(a: SourceArticle, b: Builder): void {
  const f = b.f;
  for (const w of contentStems(textWithoutNames(a))) {
    if (w.length < MIN_WORD || /\d/.test(w)) continue;
    const key = `w:${w}`;
    add(b, key, WORD_FACTOR);
    if (!f.labels.has(key)) f.labels.set(key, w);
  }
}

function addFigures(a: SourceArticle, b: Builder): void {
  const f = b.f;
  for (const g of a.analysis.figures) {
    if (typeof g.value !== 'number' || g.kind === 'ordinal' || g.kind === 'date' || g.kind === 'year') continue;
    if ((g.kind === 'count' || g.kind === 'money') && Math.abs(g.value) < MIN_FIGURE) continue;
    const key = `x:${g.kind}:${g.unit ?? ''}:${g.value}`;
    add(b, key, FIGURE_FACTOR);
    if (!f.labels.has(key)) f.labels.set(key, g.text);
  }
}

/** Half the length of a month and of a year, in days: how far the middle of one may be from the event. */
export const MONTH_SPREAD = 15;
const YEAR_SPREAD = 182;

/** How many paragraphs from the top the lead's date may be: the headline, a byline, the dateline, the lead. */
const LEAD_PARAGRAPHS = 5;
/** How far before (and after) its dateline the day an article reports may be: a wire filed the next morning. */
const LEAD_DAYS_BEFORE = 3;
const LEAD_DAYS_AFTER = 1;

/**
 * The day the article's lead reports, when it names one near the dateline ("… on Saturday" in a results
 * table filed on Sunday): two tables filed the same day may report different days.
 */
function leadDay(analysis: ArticleAnalysis, dateline: number): number | undefined {
  const leadEnd = analysis.paragraphs[LEAD_PARAGRAPHS]?.start ?? analysis.length;
  for (const f of analysis.figures) {
    if (f.start >= leadEnd) break;
    if (f.kind !== 'date' || f.dateline || f.precision !== 'day' || typeof f.value !== 'string') continue;
    const p = parseIso(f.value);
    if (p?.d === undefined) continue;
    const day = dayNumber(p.y, p.m!, p.d);
    if (day >= dateline - LEAD_DAYS_BEFORE && day <= dateline + LEAD_DAYS_AFTER) return day;
  }
  return undefined;
}

/**
 * When the article was written, from its own time frame; for a routine table, the day its lead reports
 * when that is near (tables filed on one day may report different days).
 */
export function articleTime(analysis: ArticleAnalysis, table = false): ArticleTime | undefined {
  const frame = analysis.timeFrame;
  if (!frame) return undefined;
  const strong = frame.source === 'dateline' || frame.source === 'reference';
  const p = parseIso(frame.date);
  if (p) {
    if (p.m === undefined) return { day: dayNumber(p.y, 7, 1), spread: YEAR_SPREAD, strong: false };
    if (p.d === undefined) return { day: dayNumber(p.y, p.m, 15), spread: MONTH_SPREAD, strong: false };
    const day = dayNumber(p.y, p.m, p.d);
    return { day: strong && table ? (leadDay(analysis, day) ?? day) : day, spread: 0, strong };
  }
  const yl = parseYearless(frame.date);
  if (yl?.d === undefined) return undefined;
  return { monthDay: frame.date.slice(2), spread: 0, strong };
}

/** Share of numbers among the words below which an article reads as prose, and above which as a table. */
const PROSE_NUMBER_SHARE = 0.08;
const TABLE_NUMBER_SHARE = 0.2;
/** From this routine-ness on an article is dated by the day its lead reports. */
const TABLE_ROUTINE = 0.5;

/** How much the text reads like a routine table: 0 for prose (few numbers), 1 for a table (many). */
export function routineness(text: string): number {
  // One pass over the characters: a word is a run of non-space characters (as /\S+/ reads them), a
  // number a word with a digit in it.
  let words = 0;
  let numbers = 0;
  let inWord = false;
  let hasDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (inWord && hasDigit) numbers++;
      inWord = false;
      continue;
    }
    if (!inWord) {
      words++;
      inWord = true;
      hasDigit = false;
    }
    if (c >= 48 && c <= 57) hasDigit = true;
  }
  if (inWord && hasDigit) numbers++;
  if (words === 0) return 0;
  const share = numbers / words;
  return Math.min(1, Math.max(0, (share - PROSE_NUMBER_SHARE) / (TABLE_NUMBER_SHARE - PROSE_NUMBER_SHARE)));
}

/** Whether a UTF-16 code unit is white space as a regular expression's \s reads it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The features and time of one article (pure; the engine caches it per article version). */
export function storyFeatures(a: SourceArticle): StoryFeatures {
  const routine = routineness(a.text);
  const time = articleTime(a.analysis, routine >= TABLE_ROUTINE);
  const f: StoryFeatures = { counts: new Map(), labels: new Map(), salience: new Map(), time, routine };
  const b: Builder = { f, factors: new Map() };
  addNames(a, b);
  addWords(a, b);
  addFigures(a, b);
  // Repetition says less than presence: a name mentioned ten times is not ten times the evidence.
  for (const [k, c] of f.counts) f.counts.set(k, (b.factors.get(k) ?? 1) * (1 + Math.log(c)));
  return f;
}
