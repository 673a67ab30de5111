// The cross-source engine's data: what several articles of one story say, aligned fact by fact, and
// the findings where they disagree. Plain JSON-serialisable data; no editor or file-system types.
// Articles are named by an opaque `id` (the server uses the document URI, the CLI the file path).

import type { ArticleAnalysis, EntityType, Figure, Quote, Span } from '../types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** One article as the engine receives it. `analysis` is analyzeArticle(text). */
export interface SourceArticle {
  id: string;
  /** Short display name for messages: the file name ("port-strike-gulf-wire.txt"). */
  name: string;
  text: string;
  analysis: ArticleAnalysis;
  /**
   * The article's facts as the analysing worker (or the persistent cache) gave them (factsWire.ts), or a
   * function that gives them when called (the cache parses them only then); the engine decodes them
   * instead of extracting them again, and extracts when they do not decode.
   */
  facts?: unknown;
  /** The article's story-grouping features as the analysing worker or the cache gave them (featuresWire.ts). */
  features?: unknown;
}

/** A place in one article. */
export interface SourceLocation {
  article: string;
  span: Span;
}

/** Articles grouped as reports of one story. Only articles in the same story are ever compared. */
export interface Story {
  /** Stable while the membership does not change: derived from the member ids. */
  id: string;
  /** A short human label built from the story's most shared names ("Vallmora · Brandvold · DWU"). */
  label: string;
  articles: string[];
  /** Pairwise similarity scores that put the articles together (for the grouping explanation). */
  links: StoryLink[];
}

/** Why two articles of a story are one story: their similarity and the features they share that weigh most. */
export interface StoryLink {
  a: string;
  b: string;
  /** Similarity of their rarity-weighted features, discounted by the days between them (0–1). */
  score: number;
  /**
   * The shared features that weigh most in the score, strongest first: "n:kjellin" (a name), "w:dockwork"
   * (a word's stem), "x:count::14000" (a figure).
   */
  shared?: string[];
  /** The same features as a reader would write them ("Edda Kjellin", "dockwork", "14,000"). */
  labels?: string[];
}

/** One person/organisation/place resolved across the articles of a story. */
export interface CrossEntity {
  /** Stable across runs for the same name: derived from the canonical name ("person:vladimir putin"). */
  id: string;
  type: EntityType;
  /** The spelling most sources use (ties: the fullest). */
  name: string;
  /** Every spelling with the articles that use it. */
  spellings: Array<{ text: string; articles: string[] }>;
  roles: Array<{ text: string; normalized: string; location: SourceLocation }>;
  /** Per article: that article's entity id and every mention span. */
  members: Array<{ article: string; entityId: string; mentions: Span[] }>;
}

export type FactKind = 'person' | 'organization' | 'place' | 'other' | 'role' | 'figure' | 'date' | 'quote';

/** One fact as one source states it. */
export interface FactValue {
  article: string;
  span: Span;
  /** As written in the article. */
  text: string;
  /** Normalised for comparison and display ("14,000 containers", "2026-03-09", the quote words). */
  display: string;
}

/** One aligned fact across the story's sources: the same quantity, date, quote or role. */
export interface Fact {
  /** Stable across edits that do not change the fact: kind + what it is about. */
  id: string;
  kind: FactKind;
  /** What the fact is about, for people: "containers stranded", "Brandvold — quote", "Merz — role". */
  label: string;
  /** For sorting in fact sheets: the cross entity it belongs to, if any. */
  entity?: string;
  values: FactValue[];
  /** agree: all sources that carry it are compatible; differ: some disagree; single: only one source. */
  status: 'agree' | 'differ' | 'single';
  /**
   * The sources grouped by the value they give (values that agree are one position), most sources
   * first. Set for figures, dates, quotes and roles carried by more than one source.
   */
  positions?: FactPosition[];
}

/** One value of a fact and the sources that give it (or a compatible value). */
export interface FactPosition {
  /** The value as the first of these sources gives it ("about 2 hours", "Monday 15 December"). */
  display: string;
  /** The articles that give it. */
  articles: string[];
  /** More sources give this value than any other: the sources that differ from it are the odd ones. */
  majority: boolean;
  /** For a running count (a toll): the position of the latest report, which updates the others. */
  latest?: boolean;
}

/** A place where the sources disagree (or a per-article problem), as every check reports it. */
export interface Finding {
  /** The check id ("figure-conflict", ...). */
  check: string;
  severity: Severity;
  /** Where the finding is shown. A cross-source disagreement yields one finding per article involved. */
  location: SourceLocation;
  /** Names the other source(s) and their value. */
  message: string;
  related: Array<{ location: SourceLocation; message: string }>;
  /**
   * Stable identity for the ledger: check id + what the fact is about + the values involved, never
   * offsets, so editing unrelated text does not change it.
   */
  key: string;
  /** The fact this finding is about, when there is one. */
  fact?: string;
  /** For "accept as canonical": the competing values (spellings, numbers, dates, wordings). */
  values?: string[];
  /**
   * The same disagreement without the fact's label: check, the values involved and the files that give
   * them. A ledger entry recorded with it still matches after an upgrade words the fact's label anew
   * (which changes `key`); see ledger.ts.
   */
  fingerprint?: string;
  /** The fact without its label (its kind and every value sources give), for canonical entries. */
  factFingerprint?: string;
}

/** The user's decisions, stored in .newslens/ledger.json. */
export interface Ledger {
  version: 1;
  /** Finding keys the user chose to ignore. */
  ignored: Array<{ key: string; note?: string; fingerprint?: string }>;
  /** Fact keys mapped to the value the user accepted as canonical; findings disagreeing only with
   * non-canonical values are dropped for the sources that carry the canonical one. */
  canonical: Array<{ key: string; value: string; fingerprint?: string }>;
}

export interface CheckInfo {
  id: string;
  /** One line, for the README, the manifest setting and the codeDescription page. */
  description: string;
  defaultSeverity: Severity;
}

export interface CorpusOptions {
  /** 0..1; articles whose similarity is at least this are the same story. */
  storyThreshold?: number;
  /** Per-check severity overrides. */
  severity?: Record<string, SeveritySetting>;
  ledger?: Ledger;
  /**
   * Told about a check that threw: its findings are missing from the result, the other checks' are not.
   * The server logs it to the output channel and the CLI to stderr; the core itself does no I/O.
   */
  onCheckError?: (failure: CheckFailure) => void;
}

/** A check that threw on one story. */
export interface CheckFailure {
  check: string;
  story: string;
  message: string;
}

export interface StoryResult {
  story: Story;
  entities: CrossEntity[];
  facts: Fact[];
  findings: Finding[];
}

export interface CorpusResult {
  stories: StoryResult[];
  /** All findings of all stories (including per-article problems), in article then offset order. */
  findings: Finding[];
}

// Re-exported for convenience of consumers.
export type { Figure, Quote };
