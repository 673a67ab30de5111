// The data of fact alignment: what is extracted from each article (figures, dates and quotes with
// their context) and the aligned facts of a story built from it. Types only.

import type { Figure, Interval, Quote } from '../types';
import type { CrossEntity, Fact, SourceArticle } from './types';

export interface FigureItem {
  /** The words as written for each context stem, for readable labels. */
  surface?: Map<string, string>;
  article: string;
  index: number;
  figure: Figure;
  interval: Interval | null;
  /** Counted noun, singular, lower-case ("dockworker"), from the extractor or the next word. */
  counts?: string;
  /** Weekday the figure is about ("sunday"), from the clause or the sentence before. */
  day?: string;
  /** "day" | "year" | "month" | "week" | "hour" | "worker" ...: "€4.2m a day". */
  rate?: string;
  /** Event class of the clause's verbs ("launch", "destroy", ...). */
  events: Set<string>;
  /** Content stems of the sentence around the figure. */
  context: Set<string>;
  /** Words of a qualifier between the number and the counted noun ("danish" in "12 Danish trawlers"). */
  qualifier?: string;
  inQuote: boolean;
}

export interface DateItem {
  article: string;
  figure: Figure;
  /** ISO day when known (precision day). */
  iso?: string;
  weekday?: string;
  precision: 'day' | 'month' | 'year' | 'weekday';
  explicitYear: boolean;
  /** The day and month are written (not only a weekday). */
  monthDayWritten: boolean;
  /** "Sunday's session": the weekday names the event rather than dating it; it never conflicts. */
  possessive: boolean;
  context: Set<string>;
  events: Set<string>;
  sentence: string;
  /** The words as written for each context stem, for readable labels ("followed", not "followe"). */
  surface?: Map<string, string>;
}

export interface QuoteItem {
  article: string;
  quote: Quote;
  words: string[];
}

/** Per-article facts, extracted once per article version. */
export interface ArticleFacts {
  article: SourceArticle;
  figures: FigureItem[];
  dates: DateItem[];
  quotes: QuoteItem[];
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
}
