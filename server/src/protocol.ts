// NewsLens's custom LSP requests: the one definition shared by the server (server/src/requests.ts)
// and the VS Code client (client/src/). Positions are LSP positions (UTF-16 code units).
// Every request takes the URI of an article; an article that is not part of any story gets an
// empty answer, never an error. Documented in README.md ("Custom requests").

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Location {
  uri: string;
  range: Range;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

// ---- newslens/storyArticles ----------------------------------------------------------------------
export const StoryArticlesMethod = 'newslens/storyArticles';
export interface StoryArticlesParams {
  uri: string;
}
export interface StoryArticle {
  uri: string;
  /** Display name (file name). */
  name: string;
  /** The article's headline or first line. */
  title: string;
  /** 0..1: how much of this article's facts the requesting article shares; list is sorted by it. */
  overlap: number;
}
export interface StoryArticlesResult {
  story: { id: string; label: string } | null;
  /** The other articles of the story, best overlap first. */
  articles: StoryArticle[];
}

// ---- newslens/factSheets ------------------------------------------------------------------------
export const FactSheetsMethod = 'newslens/factSheets';
export interface FactSheetsParams {
  left: string;
  right: string;
  /** 'facts' (default): aligned fact sheets; 'sentences': the two texts, sentence-aligned. */
  mode?: 'facts' | 'sentences';
}
export interface FactSheetLine {
  /** The line's text; '' where only the other side has this fact. Section headings start with '## '. */
  text: string;
  /** Where the fact stands in the article, for jumping there. */
  location?: Location;
}
export interface FactSheet {
  uri: string;
  name: string;
  lines: FactSheetLine[];
}
/** Both sheets have the same number of lines; line i on each side is the same fact. */
export interface FactSheetsResult {
  left: FactSheet;
  right: FactSheet;
}

// ---- newslens/storyReport -----------------------------------------------------------------------
export const StoryReportMethod = 'newslens/storyReport';
export interface StoryReportParams {
  uri: string;
}
export interface ReportSource {
  uri: string;
  name: string;
  title: string;
  findings: number;
}
export interface ReportFactValue {
  source: string; // uri
  text: string;
  display: string;
  location: Location;
}
/**
 * How one source stands on a fact. agree: it gives the value most sources give (or all sources agree);
 * differ: another value, or the sources are split with no majority; absent: it does not carry the fact;
 * only: it is the one source that does.
 */
export type ReportAgreement = 'agree' | 'differ' | 'absent' | 'only';
export interface ReportFact {
  id: string;
  kind: string;
  label: string;
  status: 'agree' | 'differ' | 'single';
  /** How many sources carry the fact with the majority value. */
  corroboration: number;
  values: ReportFactValue[];
  /** For every source of the report, in the order of `sources`: how it stands on the fact (majority by sources). */
  agreement: Array<{ source: string; state: ReportAgreement }>;
}
export interface ReportFinding {
  check: string;
  severity: Severity;
  message: string;
  location: Location;
  related: Array<{ location: Location; message: string }>;
}
/** Why two sources are reports of one story: their similarity and the shared features that weigh most in it. */
export interface ReportLink {
  a: string; // uri
  b: string; // uri
  /** 0–1: shared features, the rarer in the workspace the more they count, less for articles days apart. */
  score: number;
  /** The shared features as a reader would write them ("Edda Kjellin", "dockworkers", "14,000"), strongest first. */
  shared: string[];
}
export interface StoryReportResult {
  story: { id: string; label: string } | null;
  sources: ReportSource[];
  facts: ReportFact[];
  findings: ReportFinding[];
  /** The links that put the sources together, strongest first. */
  links?: ReportLink[];
}

// ---- newslens/status ----------------------------------------------------------------------------
export const StatusMethod = 'newslens/status';
export interface StatusParams {
  uri: string;
}
export interface StatusResult {
  /** False when the document is not an article NewsLens analyses. */
  article: boolean;
  story: { id: string; label: string } | null;
  sources: number;
  findings: number;
  /** True while the server is still indexing the workspace (story data may be incomplete). */
  indexing?: boolean;
}

/** Server -> client notification: the story grouping or findings changed; refresh views. */
export const StoriesChangedNotification = 'newslens/storiesChanged';
/** Its parameters (clients may ignore them and simply refresh). */
export interface StoriesChangedParams {
  /** The articles whose story, findings or text changed. */
  articles: string[];
  /** True when the grouping of articles into stories changed. */
  grouping: boolean;
}
