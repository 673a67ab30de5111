// The data of fact alignment: what is extracted from each article (figures, dates and quotes with
// their context) and the aligned facts of a story built from it. Types only.

import type { Figure, Interval, Quote, Span } from '../types';
import type { CrossEntity, Fact, SourceArticle } from './types';

/**
 * What a figure measures, in plain words: the fact's identity. Two figures are compared only when the
 * parts both name are the same ("people killed" is not "people on board"; Sunday's session is not
 * Monday's; Russia's launches are not Ukraine's).
 */
export interface FactIdentity {
  /** Which day of a longer event its clause names ("the second day of the match"): "second", "3". */
  dayOfEvent?: string;
  /** The counted or measured thing, normalised ("person", "crew", "profit", "meet" for a session's length). */
  thing?: string;
  /** The thing as written, singular, for labels ("passenger", "session", "net profit"). */
  thingText?: string;
  /** The thing is the subject whose level or change the figure is ("turnout was 64 percent"): a label names it as written. */
  thingIsSubject?: boolean;
  /**
   * The thing names the quantity itself, not what happened at it: a distance ("4 km short of the runway"),
   * a depth, a sum its noun names ("a refund of 49 euros"). The clause's verb is no part of the fact.
   */
  quantityNamed?: boolean;
  /** The count is all of what it counts ("all 86 bus routes"): the size of the whole, whatever happened to it on which day. */
  whole?: boolean;
  /** The count is said to be among others ("19 citizens were among the 27 killed"): a part, compared only with parts. */
  partOf?: boolean;
  /** What happened to it: an event class ("kill", "aboard") or, without one, the verb's lemma. */
  event?: string;
  /** The verb as written, for labels ("were killed", "lasted"), and its lemma ("kill", "last"). */
  verbText?: string;
  verb?: string;
  /** A noun that narrows the thing ("crew" members, members of the "family"). */
  modifier?: string;
  /** Where the counted things are ("ground" in "24 people on the ground"). */
  place?: string;
  /** A people the counted things belong to, named by its capitalised adjective ("Corvanian miners", "British staff"): a part of the whole, compared only with the same people. */
  group?: string;
  /** A named place the counted things are in ("5,600 staff in Britain"): a part of the whole the story counts. */
  region?: string;
  /** Whose action or what lasted: the verb's subject, as its head lemma and as written. */
  actor?: string;
  actorText?: string;
  /** The article's entity id the actor names, when it is a name ("e3"), and whether it is a person or organisation. */
  actorEntity?: string;
  actorAgent?: boolean;
  /** "owner:person" when that entity only owns the actor ("Ferran Dalby's party"): the party may be an organisation another source names. */
  actorType?: string;
  /** "rise" | "fall" for a change written with "up"/"down". */
  direction?: string;
  /** Weekday the figure is about ("sunday"), from the clause or the sentence before. */
  day?: string;
  /** A year written in the figure's sentence: the figure is about that year ("in 2011, killed 73"). */
  era?: string;
  /** The act of a participle coordinated after the date's verb ("convicted on Thursday …, and jailed"): the date dates it too. */
  coEvent?: string;
  /** Which of several times its act happens ("first", "later", "previous"): "his first appearance", "will next appear". */
  occurrence?: string;
  /** The noun a date or time is about ("final", "session"). */
  about?: string;
  /** What could be rather than what was: a capacity ("licensed to carry 250 passengers"). */
  capacity?: boolean;
  /** The actor is itself an event ("the strike began", "the final kicked off"). */
  eventActor?: boolean;
  /** The verb is one compromise read as a verb (labels name only such verbs), and whether it is passive. */
  verbSure?: boolean;
  passive?: boolean;
  /** The figure is itself a window of reference ("their last 12 games", "the past 24 hours"): never compared. */
  isWindow?: boolean;
  /** The window the figure's tally is taken over ("won eight of their last 10 games": "10 game"). */
  window?: string;
  /** The parts of a trading day a price or change was read at ("close", "extreme+open", a clock time "t54000"). */
  session?: string;
  /** The figure is the value something is compared against ("compared with 1.47 on Monday", "up from 12%"). */
  base?: boolean;
  /** The part of a financial year a sum or share is for ("h1", "q3", "year"): two different parts are two facts. */
  period?: string;
  /** The period a measured matter built up over ("180 mm of rain in 24 hours": `s86400`; "over the weekend"). */
  accumulated?: string;
  /** A sum that includes a company's debt ("including debt, the deal values it at …"): another measure than the price of its shares. */
  withDebt?: boolean;
  /** What is expected to happen ("expected to arrive at 4 a.m."), or what a past-tense verb reports ("arrived at 4.30 a.m."). */
  forecast?: boolean;
  past?: boolean;
}

/** What the alignment knows about the story beyond the figures: entities, the story's year, when each source reported. */
export interface FigureContext {
  /** The cross entity an article's entity belongs to. */
  crossId(article: string, entityId: string): string | undefined;
  /** The story's year: a figure "in" this year is not about another year. */
  year?: number;
  /** Per article, the latest day (day number) it reports on. */
  reportDay: ReadonlyMap<string, number>;
  /** Places (lower-case) that nearly every source of the story names: where the story happens, a whole, never a part of it. */
  storyPlaces?: ReadonlySet<string>;
  /** The event classes most of the story's reports name in their openings (`storyActs.ts`): the story's own acts, which happen once. */
  central?: ReadonlySet<string>;
  /** Per article, per running event class, the item giving its toll (`rollingParts.ts`). */
  totals?: ReadonlyMap<string, ReadonlyMap<string, FigureItem>>;
}

export interface FigureItem {
  article: string;
  index: number;
  figure: Figure;
  interval: Interval | null;
  /** Counted noun, singular, lower-case ("dockworker"), from the extractor, normalised for synonyms. */
  counts?: string;
  /** What the figure measures (see FactIdentity). */
  fact: FactIdentity;
  /** "day" | "year" | "month" | "week" | "hour" | "worker" ...: "€4.2m a day". */
  rate?: string;
  /** A cue that the value may change ("so far", "at least", "rose to"), as written. */
  provisional?: string;
  /** For a whole made of coordinated parts ("230 passengers and 12 crew"): the parts' items. */
  parts?: FigureItem[];
  /** For a part of such a whole: the sum of the whole's parts. */
  partOfSum?: number;
  /** Where the whole is written, for a whole built from parts, and its words. */
  span?: Span;
  spanText?: string;
  /** Content stems of the sentence around the figure (weak evidence, for agreeing values). */
  context: Set<string>;
  inQuote: boolean;
  /** The people named in the figure's clause, as folded names ("person:kell"). */
  people?: string[];
  /** A measure in a unit that converts ("18 centimetres"): the quantity it measures ("base:length"); its interval is in the base unit. */
  baseUnit?: string;
  /** The factor from the figure's unit to the base unit. */
  unitScale?: number;
  /** The measure is in imperial units (compared with a metric one with the play of a rounded conversion). */
  imperial?: boolean;
  /** The figure is a cell of a table row ("Operating profit 46 vs 48"): no sentence, no claim to compare. */
  tabular?: boolean;
  /** A running count's weekday that says when it stood at its value ("by Wednesday"), not when its event happened. */
  asOf?: string;
  /** That weekday placed in the story's frame (a day number): the item's own report day. */
  standingDay?: number;
}

export interface DateItem {
  article: string;
  figure: Figure;
  /** ISO day when known (precision day, year known). */
  iso?: string;
  /** "MM-DD" when the day and month are known, with or without a year. */
  monthDay?: string;
  weekday?: string;
  precision: 'day' | 'month' | 'year' | 'weekday';
  explicitYear: boolean;
  /** The day and month are written (not only a weekday). */
  monthDayWritten: boolean;
  /** Its clause says which day of a longer event it is ("the second day of the match"): "second", "3". */
  dayOfEvent?: string;
  /** "Sunday's session": the weekday names the event ("session"), written before its noun. */
  possessive: boolean;
  /** The event it dates: verb class or lemma, the noun it is about, the subject. */
  fact: FactIdentity;
  /** The date is when someone spoke ("said on Tuesday"): statements on different days are not one event. */
  speech: boolean;
  /** The people, organisations and places named in its clause: "person:" or "name:" and the folded last word of the name. */
  participants: string[];
  context: Set<string>;
  sentence: string;
}

/** The token QuoteItem.words has where the writer marked an omission inside the quote ("…", "..."). */
export const ELLIPSIS = '…';

export interface QuoteItem {
  article: string;
  quote: Quote;
  /** The second part of a statement split around its attribution ("We are ready," she said, "and …"): `words` hold both. */
  rest?: Quote;
  words: string[];
}

/** Per-article facts, extracted once per article version. */
export interface ArticleFacts {
  article: SourceArticle;
  figures: FigureItem[];
  dates: DateItem[];
  quotes: QuoteItem[];
  /**
   * The event classes the article's opening names (`storyActs.ts`), worked out where the article was
   * analysed so the main thread needs no language model for them; absent, they are worked out on use.
   */
  acts?: readonly string[];
}

export interface FigureFact extends Fact {
  kind: 'figure';
  items: FigureItem[];
}

export interface DateFact extends Fact {
  kind: 'date';
  items: DateItem[];
}

export interface QuoteFact extends Fact {
  kind: 'quote';
  items: QuoteItem[];
  /** Speaker cross entity id per item (null when unknown). */
  speakers: Array<string | null>;
}

export interface RoleFact extends Fact {
  kind: 'role';
  person: CrossEntity;
}

/** Quote pairs with the same words credited to different people. */
export type Misattributed = Array<{ a: QuoteItem; b: QuoteItem; speakerA: CrossEntity; speakerB: CrossEntity }>;

export interface Aligned {
  facts: Fact[];
  figures: FigureFact[];
  dates: DateFact[];
  quotes: QuoteFact[];
  roles: RoleFact[];
  /** Quote pairs with the same words credited to different people. */
  misattributed: Misattributed;
  /** All per-article facts of the story. */
  articles: ArticleFacts[];
  entities: CrossEntity[];
  /** What comparing two values needs to know about the story: entities, its year, when each source reported. */
  context: FigureContext;
}
