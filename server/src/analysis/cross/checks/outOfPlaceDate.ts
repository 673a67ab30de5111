// out-of-place-date: a date that cannot fit the story's time frame, judged from the story's other
// dates: one of the story's days with a slipped year ("9 March 2025" in a story of 9 March 2026; not
// "born on 20 March 1921", nor "a year earlier, on 12 March 2025"), or a date far from the story that its sentence presents as current: recent ("recently") or
// still to come although it lies before the story ("the vote, due on 2 May 2024" in a story from
// December 2025 — the verb's tense contradicts the date). Background dates ("the bridge opened in June
// 2021", "since 2019") are not flagged.

import { AHEAD_NOW_MARKERS, DEADLINE_BEFORE, FUTURE_MARKERS, REQUEST_VERBS, YEAR_PART_BEFORE, PAST_PERSPECTIVE, PAST_PLAN, RECENCY_CUES, TERM_END_BEFORE, YEAR_OF_VERB_BEFORE } from '../../lexicon/timeCues';
import { SPEECH_VERBS } from '../../lexicon/speech';
import { ownPart, sentenceAt } from '../text';
import type { DateItem } from '../factTypes';
import { humanDate, isoFromDayNumber, isoMidDayNumber } from '../../util/calendar';
import { pastYearAfterStory, storyFrame } from '../timeFrame';
import type { Finding, SourceArticle } from '../types';
import type { Check, CheckContext } from './check';
import { articleOf, clip, nameOf } from './common';

/** How close (days) a wrong-year date's day and month must be to the story's dates. */
const SAME_SEASON_DAYS = 30;
/** How far (days) a date presented as recent or upcoming may be from the story's dates. */
const FAR_DAYS = 150;

/**
 * The words before a date that say how its clause sees it: its clause's words, or, when the frame read
 * the date as a clause of its own ("until May 2018", "before 23 March 2016": the preposition taken for a
 * conjunction, so at most a word stands before the date), its sentence's words before it.
 */
function leadOf(article: SourceArticle, d: DateItem): string | undefined {
  const clause = d.figure.frame?.clause;
  if (!clause) return undefined;
  const own = article.text.slice(clause.start, d.figure.start);
  if ((own.match(/\p{L}+/gu) ?? []).length > 1) return own;
  const sentence = sentenceAt(article.analysis, d.figure.start)?.sentence;
  return sentence && sentence.start <= d.figure.start ? article.text.slice(sentence.start, d.figure.start) : own;
}

/**
 * A look-ahead from a past day ("would", "was expected to") inside reported speech ("She said the line
 * would reopen …", "said … was not expected to reopen before …"): the tense is shifted back by the
 * reporting verb, so the speaker looks ahead from the day they spoke, a day of the story, not from a
 * past one. Not when the sentence writes a year before it ("In 2015 the ministers said the talks would end").
 */
function reportedLookAhead(lead: string): string | undefined {
  const cue = PAST_PERSPECTIVE.exec(lead) ?? PAST_PLAN.exec(lead);
  if (!cue) return undefined;
  const before = lead.slice(0, cue.index);
  if (/\b\d{4}\b/.test(before)) return undefined;
  return before.split(/\P{L}+/u).some((w) => SPEECH_VERBS.has(w.toLowerCase())) ? cue[0] : undefined;
}

/**
 * The words that present a far date as current: a recency cue in its sentence, or, for a date before
 * the story, words of its clause that look ahead ("is due by", "aims for", "scheduled for", "will run
 * until", "said … would reopen").
 */
function presentedAsCurrent(article: SourceArticle | undefined, d: DateItem, before: boolean): string | undefined {
  const recent = RECENCY_CUES.exec(ownPart(d.sentence, Math.max(0, d.sentence.indexOf(d.figure.text))))?.[1];
  if (recent) return recent;
  const lead = before && article ? leadOf(article, d) : undefined;
  if (lead === undefined) return undefined;
  const asked = requestedDeadline(article!, d);
  if (asked) return asked;
  // "would", "was due to", "were expected to" look ahead from a past day: a plan of then, not of now.
  if (PAST_PERSPECTIVE.test(lead) || PAST_PLAN.test(lead)) return reportedLookAhead(lead);
  return FUTURE_MARKERS.exec(lead)?.[0];
}

/** How many words a request verb may stand before the "to" of its infinitive ("asked the three inspectors to"). */
const REQUEST_REACH = 6;

/**
 * "The ministry has asked inspectors to report by 12 January 2026", "a commission has been asked to report
 * by": a request with an infinitive and a date right after "by" or "before" sets a deadline, which lies
 * ahead of the request. Read over the sentence, whatever clause the frame gave the date. Not a request
 * of a past day told as such: "had asked", "was asked" (background), or one whose sentence writes a year
 * before it ("In 2024 the board asked …").
 */
function requestedDeadline(article: SourceArticle, d: DateItem): string | undefined {
  const sentence = sentenceAt(article.analysis, d.figure.start)?.sentence;
  if (!sentence || sentence.start > d.figure.start) return undefined;
  const lead = article.text.slice(sentence.start, d.figure.start);
  if (!DEADLINE_BEFORE.test(lead)) return undefined;
  const words = lead.split(/[^\p{L}\p{N}']+/u).filter(Boolean).map((w) => w.toLowerCase());
  for (let i = words.length - 1; i >= 0; i--) {
    if (!REQUEST_VERBS.has(words[i]!)) continue;
    const to = words.indexOf('to', i + 1);
    if (to < 0 || to - i > REQUEST_REACH || to + 1 >= words.length) continue;
    const aux = words.slice(Math.max(0, i - 2), i);
    if (aux.includes('had') || aux.includes('was') || aux.includes('were')) return undefined;
    if (words.slice(0, i).some((w) => /^\d{4}$/.test(w))) return undefined;
    return words.slice(i, to + 2).join(' ');
  }
  return undefined;
}

/** How many years before the story a year must lie for a verb looking ahead to it to be impossible. */
const PAST_YEARS = 2;

/**
 * "The next summit will be held in Norvania in 2017" in a story of 2025: a year the clause looks ahead
 * to from the time of writing ("will", "is due", "does not expect"; not "would" or "was expected", which
 * look ahead from a past day, unless reported speech shifted them back), written as "in", "by" or "until"
 * that year, years before the story's own: a wrong year. Only a year right after such a preposition is the
 * verb's time ("will report its results for 1995" names the results), and only years well before the story
 * (a forecast for last year is still reported).
 */
function pastYearAhead(ctx: CheckContext, d: DateItem, year: number, frameText: string, center: number): Finding | undefined {
  const y = Number(d.figure.value);
  const article = articleOf(ctx, d.article);
  if (!Number.isInteger(y) || y >= year || article === undefined) return undefined;
  const lead = leadOf(article, d);
  // "in the first quarter of 2026": the part of the year names when; it must have ended well before the story.
  const part = lead === undefined ? null : YEAR_PART_BEFORE.exec(lead);
  const before = part ? lead!.slice(0, part.index) : lead;
  if (before === undefined || !YEAR_OF_VERB_BEFORE.test(before)) return undefined;
  const ended = part ? isoMidDayNumber(`${y}-${String(yearPartEndMonth(part[0])).padStart(2, '0')}-28`) : undefined;
  if (part ? ended === undefined || center - ended <= FAR_DAYS : y > year - PAST_YEARS) return undefined;
  const cue = PAST_PERSPECTIVE.test(before) || PAST_PLAN.test(before) ? reportedLookAhead(before) : AHEAD_NOW_MARKERS.exec(before)?.[0];
  if (!cue) return undefined;
  return {
    check: outOfPlaceDate.id,
    severity: outOfPlaceDate.defaultSeverity,
    location: { article: d.article, span: { start: d.figure.start, end: d.figure.end } },
    message: part
      ? `“${clip(d.figure.text)}” looks out of place: ${part[0].trim()} ${y} was over before the story's other dates (${frameText}), yet the article looks ahead to it (“${cue}”).`
      : `“${clip(d.figure.text)}” looks out of place: it is ${year - y} years before the story's other dates (${frameText}), yet the article looks ahead to it (“${cue}”).`,
    related: [],
    key: `${outOfPlaceDate.id}|${nameOf(ctx, d.article)}|${y}`,
    fact: `date:${y}`,
    values: [String(y)],
  };
}

/** The last month of the part of a year a phrase names ("the first quarter of" → 3, "the first half of" → 6). */
function yearPartEndMonth(phrase: string): number {
  const p = phrase.toLowerCase();
  const nth = /\b(first|second|third|fourth|final|last)\b/.exec(p)?.[1];
  const order = nth === undefined ? 4 : ['first', 'second', 'third', 'fourth'].indexOf(nth) + 1 || 4;
  if (/\bquarter\b/.test(p)) return order * 3;
  if (/\bhalf\b/.test(p)) return Math.min(order, 2) * 6;
  if (/\b(?:start|beginning|early)\b/.test(p)) return 3;
  if (/\b(?:middle|mid)\b/.test(p)) return 8;
  return 12;
}

/** "Mayor since 2029" in a story of 2027: a year told as past that lies after the story's own dates. */
function pastYearAfter(ctx: CheckContext, d: DateItem, year: number, frameText: string): Finding | undefined {
  if (!pastYearAfterStory(d, year)) return undefined;
  const y = Number(String(d.figure.value).slice(0, 4));
  return {
    check: outOfPlaceDate.id,
    severity: outOfPlaceDate.defaultSeverity,
    location: { article: d.article, span: { start: d.figure.start, end: d.figure.end } },
    message: `“${clip(d.figure.text)}” looks out of place: it is after the story's own dates (${frameText}), yet the article tells it as past.`,
    related: [],
    key: `${outOfPlaceDate.id}|${nameOf(ctx, d.article)}|${y}`,
    fact: `date:${y}`,
    values: [String(y)],
  };
}

/**
 * Whether a year written for another could be a slip of the pen: a year or two off ("2025" written in
 * January 2026), one digit wrong ("2016"), or two digits swapped ("2062"). "Born on August 27, 1910" in a
 * story of 1996 is no slip, whatever its day and month.
 */
export function yearSlip(written: number, year: number): boolean {
  if (Math.abs(written - year) <= 2) return true;
  const a = String(written);
  const b = String(year);
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** How many days from one of the story's own days a date with a slipped year may be (a night's event told as the next day). */
const STORY_DAY_SLACK = 1;

/**
 * Whether the day and month of a date written with another year are one of the story's own days: another
 * date of the story (a dateline, a day written in another sentence or report) falls on them in the
 * story's year. "The deal came on 9 March 2025" where the deal is on 9 March 2026 is the story's day with
 * a slipped year; "the quarter that ended July 29, 1995" in a report of 22 August 1996 is not.
 */
function isStoryDay(dates: DateItem[], d: DateItem, year: number, day: number): boolean {
  return dates.some((o) => {
    // A weekday alone is placed by counting from another date, which may itself be far: only written days and datelines count.
    if (o === d || o.monthDay === undefined || !(o.monthDayWritten || o.figure.dateline)) return false;
    const oy = o.explicitYear && o.iso !== undefined ? Number(o.iso.slice(0, 4)) : year;
    if (oy !== year) return false;
    const own = isoMidDayNumber(`${year}-${o.monthDay}`);
    return own !== undefined && Math.abs(own - day) <= STORY_DAY_SLACK;
  });
}

/**
 * A date with another year than the story's that is meant as written: another source gives the same day
 * with the same year (two sources do not slip alike), or, later than the story, it ends a term ("the
 * agreement runs until 31 May 2028", "binding until", "expires on"), which lies ahead by nature.
 */
function meantAsWritten(ctx: CheckContext, dates: DateItem[], d: DateItem, iso: string, after: boolean): boolean {
  if (dates.some((o) => o.article !== d.article && o.explicitYear && (o.iso ?? o.figure.value) === iso)) return true;
  const text = articleOf(ctx, d.article)?.text;
  return after && text !== undefined && TERM_END_BEFORE.test(text.slice(Math.max(0, d.figure.start - 30), d.figure.start));
}

export const outOfPlaceDate: Check = {
  id: 'out-of-place-date',
  scope: 'article',
  description: "A date that cannot fit the story's time frame (a wrong year, or a far-off date presented as recent or upcoming).",
  defaultSeverity: 'warning',
  run(ctx: CheckContext): Finding[] {
    const dates = ctx.facts.flatMap((a) => a.dates);
    const frame = storyFrame(dates);
    if (!frame) return [];
    const out: Finding[] = [];
    const frameText = humanDate(isoFromDayNumber(frame.center).slice(0, 7));
    for (const d of dates) {
      if (!d.explicitYear || d.figure.dateline) continue;
      if (d.precision === 'year') {
        const found = pastYearAhead(ctx, d, frame.year, frameText, frame.center) ?? pastYearAfter(ctx, d, frame.year, frameText);
        if (found) out.push(found);
        continue;
      }
      if (d.precision !== 'day' && d.precision !== 'month') continue;
      // "Struck in February 2029" in a story of 2026: a month told as past after the story's year.
      const pastMonth = d.precision === 'month' ? pastYearAfter(ctx, d, frame.year, frameText) : undefined;
      if (pastMonth) {
        out.push(pastMonth);
        continue;
      }
      const iso = d.iso ?? (typeof d.figure.value === 'string' ? d.figure.value : undefined);
      if (!iso) continue;
      const y = Number(iso.slice(0, 4));
      const own = isoMidDayNumber(iso);
      if (own === undefined) continue;
      let why: string | undefined;
      const sameSeason = d.precision === 'day' ? isoMidDayNumber(`${frame.year}${iso.slice(4)}`) : undefined;
      if (y !== frame.year && sameSeason !== undefined && Math.abs(sameSeason - frame.center) <= SAME_SEASON_DAYS && yearSlip(y, frame.year) && isStoryDay(dates, d, frame.year, sameSeason) && !meantAsWritten(ctx, dates, d, iso, y > frame.year)) {
        why = `the year does not fit the story: its other dates put these events in ${frameText}`;
      } else if (Math.abs(own - frame.center) > FAR_DAYS) {
        const cue = presentedAsCurrent(articleOf(ctx, d.article), d, own < frame.center);
        if (cue) {
          const months = Math.round(Math.abs(own - frame.center) / 30.4);
          why = `it is about ${months} months ${own < frame.center ? 'before' : 'after'} the story's other dates (${frameText}), yet the article presents it as “${cue}”`;
        }
      }
      if (!why) continue;
      const evidence = frame.evidence.filter((e) => e.article !== d.article && Number(e.iso!.slice(0, 4)) === frame.year).slice(0, 3);
      const article = articleOf(ctx, d.article);
      const shown = article ? article.text.slice(d.figure.start, d.figure.end) : d.figure.text;
      out.push({
        check: this.id,
        severity: this.defaultSeverity,
        location: { article: d.article, span: { start: d.figure.start, end: d.figure.end } },
        message: `“${clip(shown)}” looks out of place: ${why}.`,
        related: evidence.map((e) => ({
          location: { article: e.article, span: { start: e.figure.start, end: e.figure.end } },
          message: `“${e.figure.text}”`,
        })),
        key: `${this.id}|${nameOf(ctx, d.article)}|${iso}`,
        fact: `date:${iso}`,
        values: [iso],
      });
    }
    return out;
  },
};
