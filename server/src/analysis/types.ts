// The plain data the analysis core produces. Everything here is JSON-serialisable and editor-agnostic.
//
// Offsets are UTF-16 code-unit indices into the article's text (JavaScript string indices), half-open
// [start, end). The LSP layer converts them to line/character positions in exactly one module
// (server/src/positions.ts); nothing in the core knows about lines.

/** A half-open range of UTF-16 code units in the article text. */
export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One occurrence of an entity in the text: the name only, without title or possessive. */
export interface Mention extends Span {
  /** The surface text exactly as written (no trailing punctuation, no possessive ’s). */
  text: string;
  entityId: string;
  /** A title written directly before the name ("President" in "President Vladimir Putin"). */
  title?: string;
}

/** A title or description the article gives a person, with where it came from. */
export interface Role extends Span {
  /** As written, e.g. "Ukraine’s chief negotiator", "Kremlin spokesperson", "son-in-law". */
  text: string;
  /** Lower-cased, possessives and articles normalised, e.g. "ukraine's chief negotiator". */
  normalized: string;
  /** The head noun that makes it a role: "negotiator", "spokesperson", "president". */
  head: string;
  /**
   * How the role was attached: "title" (before the name), "appositive" (", X,"), "of" ("X of Y"),
   * "predicate" (an office the sentence gives the person: "X becomes interior minister", "The new
   * interior minister is X").
   */
  via: 'title' | 'appositive' | 'of' | 'predicate';
}

/** One person, organisation, place or other named thing, with all its mentions in this article. */
export interface Entity {
  /** Stable within one analysis: "e0", "e1", ... in order of first mention. */
  id: string;
  type: EntityType;
  /** The fullest spelling seen in the article ("Vladimir Putin" rather than "Putin"). */
  name: string;
  /** Every distinct spelling seen, most frequent first. */
  spellings: string[];
  mentions: Mention[];
  roles: Role[];
  /** A finer label when one is known: "nationality", "country", "city", "acronym", ... */
  subtype?: string;
}

export type FigureKind =
  | 'count' // a plain quantity: "153 drones", "five", "a million people"
  | 'money' // "$20 billion", "tens of billions"
  | 'percent' // "80%", "one-fifth" (stored as a fraction)
  | 'date' // "December 15, 2025", "Monday", "last week" is not a figure
  | 'duration' // "five hours", "90-minute", "nearly four years"
  | 'ordinal' // "second day", "third"
  | 'year' // a bare year: "in 2014"
  | 'time'; // a time of day: "4:50 a.m.", "7.45pm" (value: seconds after midnight)

/** A closed numeric interval; a point value has lo === hi. Open ends are +/-Infinity. */
export interface Interval {
  lo: number;
  hi: number;
}

export interface Figure extends Span {
  kind: FigureKind;
  /** The figure as written, e.g. "nearly four years", "5–10 kilometers", "90-minute". */
  text: string;
  /**
   * The normalised value: a number for counts, money, percentages (0.8 for 80%), durations (seconds)
   * and ordinals; an ISO date ("2025-12-15", "2025-12", "2025") for dates and years.
   * A date whose year neither the text nor its time frame gives stays without one, in ISO 8601's
   * truncated form: "--12-15" (precision 'day') or "--12" (precision 'month'); such a date is compared
   * by month and day only (util/calendar: parseYearless, monthDayOf) and never takes the clock's year.
   * A bare weekday with no date to count from is null (precision 'weekday', `weekday` set).
   */
  value: number | string | null;
  /** The values the text allows: ranges and hedges ("about", "more than", "nearly") widen it. */
  interval?: Interval;
  /** "about" | "more than" | "at least" | "nearly" | ... when the figure is hedged. */
  hedge?: string;
  /** Unit of measure: "USD", "EUR", "%", "seconds", "kilometers", "points", ... */
  unit?: string;
  /** The noun the figure quantifies ("drones", "session", "points"), lower-cased singular. */
  counts?: string;
  /** For dates: how precise the value is and whether it was resolved from context. */
  precision?: 'day' | 'month' | 'year' | 'weekday';
  /** For dates: the weekday written next to the date, if any ("Monday" in "Monday, December 15"). */
  weekday?: string;
  /** For dates: true when the year or day was inferred from the article's other dates. */
  resolved?: boolean;
  /**
   * For dates: the article's own dateline or publication line ("LONDON 1996-08-22", "Published 14
   * December 2025"): when the article was written, not an event it reports, so never compared across sources.
   */
  dateline?: boolean;
  /** Where the figure sits in its sentence (figures/frame.ts): what the cross-source alignment compares. */
  frame?: FigureFrame;
}

/**
 * How a figure sits in its sentence, read from the sentence's structure: the verb it belongs to, that
 * verb's subject, the noun that names what is measured and the words that narrow it. Lemmas are
 * lower-case; `text` fields are as written, for labels.
 */
export interface FigureFrame {
  /** The verb the figure belongs to ("were killed" → kill, "lasted" → last, "rose to" → rise). */
  verb?: { lemma: string; text: string; passive: boolean; sure?: boolean };
  /** The figure (with its noun) is the verb's subject: "12 people were killed". */
  asSubject?: boolean;
  /** The verb's subject when the figure is not it ("the search" lasted, "Russia" launched): head lemma, words, span. */
  actor?: { head: string; text: string; start: number; end: number };
  /** What the counted things are or did, written after them ("missing", "on board", "killed"). */
  state?: string;
  /** The noun that names the measured quantity: "a crowd of 58,500", "profit of €312m", the toll that "rose to 27". */
  measure?: string;
  /** The noun that narrows the counted noun: "crew" in "12 crew members", "family" in "members of his family". */
  modifier?: string;
  /** Where the counted things are, written after them: "ground" in "24 people on the ground". */
  place?: string;
  /** A named place the counted things are in, written after them ("5,600 staff in Britain", "heaters sold in Europe"), lower-case: a part of a whole by place. */
  region?: string;
  /** "up"/"down" right before a change ("down 12%"), as the class "rise" or "fall". */
  direction?: string;
  /** The noun a date or duration is about, next to it: "Sunday's final", "the final on Saturday". */
  about?: string;
  /** A word saying the figure may change ("so far", "at least", "rose to"), as written. */
  provisional?: string;
  /** The figure is what a count rose to ("the toll rose to 27"): newer than the value it rose from. */
  rising?: boolean;
  /** The figure is inside "of the N …" after another figure ("41 of the 195 people aboard"). */
  partitive?: boolean;
  /** The verb says what could be, not what was: "licensed to carry 250", "can seat 60,000". */
  capacity?: boolean;
  /** The name whose possessive opens the measured noun's phrase: "Halbrook's offer of 790p" (facts5). */
  owner?: { text: string; start: number; end: number };
  /** The figure is what someone revised a value to ("raised its offer to 820p"), and which way. */
  revised?: 'up' | 'down' | 'either';
  /** A rate an adjective of the measured noun gives: "annual savings of £85m" → "year". */
  per?: string;
  /** The clause the figure belongs to. */
  clause: Span;
}

export type QuoteKind = 'speech' | 'partial' | 'term';

/** How a speaker was found for a quote. */
export type AttributionMethod =
  | 'verb-after' // “…,” Witkoff said.  /  “…,” said Witkoff.
  | 'verb-before' // Witkoff said: “…”
  | 'according-to' // according to Witkoff
  | 'subject' // a partial quote inside "Umerov remarked that “real progress” was made"
  | 'pronoun' // “…,” he added. (resolved to the nearest fitting person)
  | 'continuation' // a further quote in the same or next paragraph, no new attribution
  | 'repeated'; // a headline or pull quote whose words the article attributes elsewhere

export interface Quote extends Span {
  kind: QuoteKind;
  /** The quoted words without the quotation marks. */
  text: string;
  /** Offsets of the quoted words without the marks. */
  inner: Span;
  /** The speaker's entity id when the speaker is a named entity. */
  speakerId: string | null;
  /** The speaker's canonical name: always a person or organisation named in the article. */
  speaker: string | null;
  /** How the article describes a speaker it does not name ("a French official", "officials"). */
  described?: string;
  attribution?: {
    method: AttributionMethod;
    /** The attribution phrase, e.g. "Witkoff said in a post on X". */
    span: Span;
    /** The reporting verb, e.g. "said", "wrote", "warned". */
    verb?: string;
  };
  /** True when the quote's marks are not balanced and its extent was inferred. */
  broken?: boolean;
}

export type ProblemCode =
  | 'unbalanced-quote'
  | 'unattributed-speech'
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'too-large'
  | 'weekday-mismatch'
  | 'impossible-date'
  // The analysis ran past its time budget and was stopped (set by the worker pool, never by the core).
  | 'analysis-stopped';

export interface Problem extends Span {
  code: ProblemCode;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface ArticleAnalysis {
  /** The length of the analysed text in UTF-16 code units. */
  length: number;
  /** The first non-empty line, when it looks like a headline. */
  headline?: Span;
  paragraphs: Span[];
  sentences: Sentence[];
  entities: Entity[];
  figures: Figure[];
  quotes: Quote[];
  problems: Problem[];
  /** The dates the article itself gives, used to resolve partial dates ("December 14"). */
  anchorDate?: string;
  /** When the article was written, as its own text says (never the machine's clock). */
  timeFrame?: ArticleTimeFrame;
}

/**
 * The article's time frame, read from its own text: a dateline or publication line ("LONDON 1996-08-22",
 * "Published 14 December 2025"), else its full dates, else a copyright year.
 */
export interface ArticleTimeFrame {
  /** "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only those are known, or yearless "--MM-DD" when no year is. */
  date: string;
  /**
   * dateline: a dateline or publication line; dates: the article's other dates; copyright: a copyright
   * line's year; reference: the day the caller passed (AnalyzeOptions.referenceDate).
   */
  source: 'dateline' | 'dates' | 'copyright' | 'reference';
}
