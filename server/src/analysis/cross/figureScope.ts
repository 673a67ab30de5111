// The scope of a figure beyond its noun and verb: the window a tally is taken over ("eight of their last
// 10 games"), the part of a trading day a price was read at ("at the close", "in early trading", "at
// 1500 GMT"), whether it is the value something is compared against ("compared with 1.47 on Monday"),
// and whether it is a forecast ("expected to arrive at about 4 a.m.") or what happened ("arrived at
// 4.30 a.m."). Fact alignment never compares figures whose scopes differ (alignFigures.ts).

import { nounPlural, verbForms } from '../figures/frame';
import { AGAINST_BEFORE, BY_BEFORE, COMPARISON_BASE_BEFORE, EARLIER_TIME, FORECAST_BEFORE, FORECAST_VERBS, PERIOD_CUES, INCLUDING_DEBT, KEEP_VERBS, LAST_AS_VERB, MARGIN_AFTER, PREVIOUS_BEFORE, REVISED_ADVERB_BEFORE, SESSION_CUES, WINDOW_BEFORE, WINDOW_BEFORE_COUNT, WINDOW_NOUNS } from '../lexicon/figureScope';
import { CLAUSE_OPENERS, COUNT_SYNONYMS, EVENT_CLASSES, EVENT_NOUNS, MARGIN_MEASURES, MARGIN_NOUNS } from '../lexicon/events';
import { singular } from '../numbers';
import type { Figure, Span } from '../types';
import type { FactIdentity } from './factTypes';
import { sentenceAt } from './text';
import type { SourceArticle } from './types';

/** How far (characters) a session cue may be from its figure. */
const SESSION_REACH = 50;

/** The figure is itself a window of reference: "their last 12 games", "the past 24 hours", "in six games". */
export function isWindowFigure(text: string, f: Figure): boolean {
  if (f.kind !== 'duration' && f.kind !== 'count') return false;
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const counted = f.counts?.toLowerCase();
  // A duration is a span by itself; a count only when it counts spans of play or time ("games", "starts").
  const span = f.kind === 'duration' || (counted !== undefined && (WINDOW_NOUNS.has(counted) || WINDOW_NOUNS.has(nounPlural(counted))));
  if (!span) return false;
  // "the first time in 31 years" is a wait, read elsewhere; only counts of games take "time in".
  return (WINDOW_BEFORE.test(before) && !LAST_AS_VERB.test(before)) || (f.kind === 'count' && WINDOW_BEFORE_COUNT.test(before));
}

function within(outer: Span | undefined, at: number): boolean {
  return !!outer && outer.start <= at && at < outer.end;
}

/** The window a figure's tally is taken over: a window figure in its clause ("won eight of their last 10 games" → "10 game"). */
function windowOf(article: SourceArticle, f: Figure): string | undefined {
  for (const w of article.analysis.figures) {
    if (w === f || !isWindowFigure(article.text, w)) continue;
    if (within(f.frame?.clause, w.start) || within(w.frame?.clause, f.start)) return `${String(w.value)} ${w.counts ?? w.unit ?? w.kind}`;
  }
  return undefined;
}

/** The values (not dates) of the article right before and after f (in text order). */
function neighbours(article: SourceArticle, f: Figure): { prev?: Figure; next?: Figure } {
  let prev: Figure | undefined;
  let next: Figure | undefined;
  for (const g of article.analysis.figures) {
    // A date or an ordinal ("Tuesday's close of 107.78") is part of the words around a value, not another value.
    if (g.kind === 'date' || g.kind === 'year' || g.kind === 'ordinal') continue;
    if (g.end <= f.start && (!prev || g.end > prev.end)) prev = g;
    if (g.start >= f.end && (!next || g.start < next.start)) next = g;
  }
  return { prev, next };
}

/** "1.4788 marks and 107.74 yen": two figures joined by "and" or a comma, each with its unit at most. */
function coordinated(text: string, a: Figure, b: Figure | undefined): boolean {
  return !!b && /^\s*(?:[\p{L}.]+\s*)?(?:,|and)\s*$/u.test(text.slice(a.end, b.start));
}

/**
 * The words of f's clause nearest it: back to the previous figure, on to the next figure (past a figure
 * coordinated with it: "1.4788 marks and 107.74 yen at the close"), a clause opener or a comparison.
 */
function nearWords(article: SourceArticle, f: Figure, prev?: Figure, next?: Figure): { before: string; after: string } {
  const clause = f.frame?.clause ?? { start: f.start, end: f.end };
  const from = Math.max(clause.start, prev?.end ?? 0, f.start - SESSION_REACH);
  const stop = coordinated(article.text, f, next) ? neighbours(article, next!).next : next;
  const to = Math.min(Math.max(clause.end, f.end), stop?.start ?? Infinity, f.end + SESSION_REACH);
  let after = article.text.slice(f.end, to);
  const base = COMPARISON_BASE_BEFORE.exec(after);
  if (base) after = after.slice(0, base.index);
  // What follows a clause opener ("… before paring losses to close") is another clause's.
  const ws = after.split(/\s+/);
  const cut = ws.findIndex((w, i) => i > 0 && CLAUSE_OPENERS.has(w.toLowerCase()));
  if (cut > 0) after = ws.slice(0, cut).join(' ');
  return { before: article.text.slice(from, f.start), after };
}

/** A price, a rate or a change (a share, an amount, a measure, a value with decimals: "1.4788 marks"): what a session applies to. */
function marketValue(f: Figure): boolean {
  return f.kind === 'percent' || f.kind === 'money' || (f.kind === 'count' && (f.unit !== undefined || (typeof f.value === 'number' && !Number.isInteger(f.value))));
}

/** How far back (characters) a section heading is looked for. */
const HEADING_REACH = 1500;

/** The nearest line above `at` that reads as a section heading: short, with no sentence punctuation at its end. */
function headingAbove(text: string, at: number): Span | undefined {
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && at - end < HEADING_REACH) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line && line.length <= 60 && !/[.!?:;,"”)]$/.test(line)) return { start, end };
    end = start - 1;
  }
  return undefined;
}

/** The parts of the trading day named next to a price or change ("close", "open+extreme"), or a clock time of its sentence. */
function sessionOf(article: SourceArticle, f: Figure, near: { before: string; after: string }): string | undefined {
  if (!marketValue(f)) return undefined;
  const found = new Set<string>();
  for (const [re, name] of SESSION_CUES) if (re.test(near.before) || re.test(f.text) || re.test(near.after)) found.add(name);
  // "AT 1500 GMT the dollar was at 1.4765 marks": the last time of day before the figure in its sentence.
  // Else the time of the section heading above it ("STOCK MARKETS AT 1500 GMT").
  const sentence = sentenceAt(article.analysis, f.start)?.sentence;
  const heading = headingAbove(article.text, f.start);
  const times = article.analysis.figures.filter((g) => g.kind === 'time' && g.end <= f.start);
  const clock = times.filter((g) => within(sentence, g.start)).pop() ?? times.filter((g) => within(heading, g.start)).pop();
  if (clock) found.add(`t${String(clock.value)}`);
  return found.size ? [...found].sort().join('+') : undefined;
}

/** The figure is the base of a comparison, or coordinated with one ("compared with 1.4789 marks and 107.55 yen"). */
function isBase(article: SourceArticle, f: Figure, prev: Figure | undefined, near: { before: string }): boolean {
  if (COMPARISON_BASE_BEFORE.test(near.before) || AGAINST_BEFORE.test(near.before)) return true;
  if (!prev) return false;
  if (!coordinated(article.text, prev, f)) return false;
  const { prev: before } = neighbours(article, prev);
  return isBase(article, prev, before, nearWords(article, prev, before, f));
}

/** The figure's verb is written in the past tense, with no modal ("arrived", "landed"): it reports what happened. */
function reportsPast(f: Figure): boolean {
  const v = f.frame?.verb;
  if (!v?.sure) return false;
  const last = v.text.split(/\s+/).pop()!.toLowerCase();
  return !/\b(?:will|would|shall|could|may|might)\b/i.test(v.text) && last === verbForms(v.lemma).past && last !== v.lemma;
}

/** "a nine-wicket Singer Cup win": the lower-case noun after a competition's name (up to four capitalised words). */
function namedHeadAfter(text: string, at: number): string | undefined {
  return /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(\p{Ll}+)\b/u.exec(text.slice(at, at + 60))?.[1];
}

/**
 * The margin of a result, however written: "won by 3,900 votes", "a majority of 4,100", "a two-goal win"
 * (the thing is then what the margin counts: goals). A margin is never a tally ("won 4,100 votes").
 */
function readWinMargin(article: SourceArticle, f: Figure, id: FactIdentity): void {
  if (f.kind !== 'count') return;
  const fr = f.frame;
  const compound = /^[\p{L}\d.,]+-(\p{L}+)$/u.exec(f.text)?.[1];
  if (compound && MARGIN_NOUNS.has((f.counts ?? namedHeadAfter(article.text, f.end) ?? '').toLowerCase())) {
    id.event = 'margin';
    const unit = singular(compound.toLowerCase());
    id.thing = COUNT_SYNONYMS.get(unit) ?? unit;
    id.thingText = unit;
    return;
  }
  const noun = fr?.measure?.split(' ').pop() ?? fr?.about;
  const lemma = fr?.verb?.lemma ?? '';
  const winning = EVENT_CLASSES.get(lemma) === 'win' || lemma === 'lead' || lemma === 'lose' || KEEP_VERBS.has(lemma);
  const before = article.text.slice(Math.max(0, f.start - 30), f.start);
  // Only a result's margin: "cut the lead to five games" is a standing that moves, not how a contest was won.
  if (winning && ((noun !== undefined && MARGIN_NOUNS.has(noun)) || BY_BEFORE.test(before))) id.event = 'margin';
  // "a margin of 1,240 votes", "his majority was 2,140": the noun names the margin whatever the verb, unless the figure is what it moved to.
  else if (noun !== undefined && MARGIN_MEASURES.has(noun) && fr?.measure !== undefined && !/\bto\s+$/i.test(before)) id.event = 'margin';
}

/**
 * "replaced six ministers ahead of a confidence vote": "ahead of" an event is a time ("before the vote"),
 * not a lead over a rival ("three points ahead of Rovers").
 */
function aheadOfEvent(after: string): boolean {
  const m = /^\s+(?:[\p{L}-]+\s+)?ahead\s+of\s+([^.,;:]{0,40})/iu.exec(after);
  if (!m) return false;
  // The lower-case words of the phrase after "of", determiners and possessives skipped: "a confidence vote", "Thursday's vote".
  const ws = m[1]!.split(/\s+/).filter((w) => w && !/['’]s$/.test(w)).slice(0, 4);
  for (const w of ws) {
    if (/^\p{Lu}/u.test(w)) return false;
    if (EVENT_NOUNS.has(singular(w.toLowerCase()))) return true;
  }
  return false;
}

/** Adds the figure's scope to its identity: window, session, comparison base, forecast or past report. */
export function readScope(article: SourceArticle, f: Figure, id: FactIdentity): void {
  if (isWindowFigure(article.text, f)) id.isWindow = true;
  // "three games behind the leaders": a gap in a table, not a tally of what happened.
  const after = article.text.slice(f.end, f.end + 60);
  if (f.kind === 'count' && MARGIN_AFTER.test(after) && !aheadOfEvent(after)) id.event = 'margin';
  readWinMargin(article, f, id);
  const win = windowOf(article, f);
  if (win) id.window = win;
  const { prev, next } = neighbours(article, f);
  const near = nearWords(article, f, prev, next);
  const session = sessionOf(article, f, near);
  if (session) id.session = session;
  // "an earlier proposal of 760p": a value since revised is compared as a base is, never with the current one.
  if (isBase(article, f, prev, near) || PREVIOUS_BEFORE.test(near.before) || REVISED_ADVERB_BEFORE.test(near.before)) id.base = true;
  const sentence = sentenceAt(article.analysis, f.start)?.sentence;
  if (f.kind === 'money' && sentence && INCLUDING_DEBT.test(article.text.slice(sentence.start, sentence.end))) id.withDebt = true;
  const clause = f.frame?.clause;
  // "expects a profit of $120m": a forecast, as "expected to" makes one.
  const forecastVerb = (f.kind === 'money' || f.kind === 'percent') && FORECAST_VERBS.has(f.frame?.verb?.lemma ?? '');
  if (clause && (forecastVerb || FORECAST_BEFORE.test(article.text.slice(clause.start, f.start)))) id.forecast = true;
  else if (reportsPast(f)) id.past = true;
  const period = clause && (f.kind === 'money' || f.kind === 'percent') ? PERIOD_CUES.find(([re]) => re.test(article.text.slice(clause.start, clause.end)))?.[1] : undefined;
  if (period) {
    id.period = period;
    // "revenue of 1.12 billion euros for the first three months of the year": the span names the period, no window of a tally.
    delete id.window;
  }
  if (earlierTime(article, f, prev, next)) id.era = 'earlier';
}

/**
 * The words between a figure's neighbouring values in its sentence place it before the story's time ("the
 * party won 19 seats four years ago", "demand rose 25 percent last June"); a neighbour's own words ("58.3
 * percent, down from 61.9 percent four years ago") are the neighbour's.
 */
function earlierTime(article: SourceArticle, f: Figure, prev: Figure | undefined, next: Figure | undefined): boolean {
  const s = sentenceAt(article.analysis, f.start)?.sentence;
  if (!s) return false;
  // Within the figure's own clause too: "since winning the title last March, they passed 226 in 44
  // overs" dates the title, not the overs. A short phrase that opens the sentence ("Last June, …",
  // "A year earlier, …") sets the time of all of it.
  const clause = f.frame?.clause;
  const from = Math.max(s.start, prev && prev.end <= f.start ? prev.end : 0, clause ? clause.start : 0);
  const to = Math.min(s.end, next && next.start >= f.end ? next.start : Infinity, clause ? clause.end : Infinity);
  if (EARLIER_TIME.test(article.text.slice(from, to))) return true;
  const opening = /^[^,]*,/.exec(article.text.slice(s.start, f.start))?.[0] ?? '';
  return opening.split(/\s+/).filter(Boolean).length <= FRONTED_WORDS && EARLIER_TIME.test(opening) && !(prev && prev.start >= s.start && prev.end <= f.start);
}

/** Words at most in a sentence's opening phrase that sets its time ("A year earlier,"). */
const FRONTED_WORDS = 4;
