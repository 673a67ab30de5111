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
/** A part of a sheet line that leads to its own passage (one name of a list of names). */
export interface FactSheetLink {
  /** UTF-16 offsets into the line's text, half-open. */
  start: number;
  end: number;
  location: Location;
}
export interface FactSheetLine {
  /** The line's text. Section headings start with '## ', sentence-pair separators with '── '. */
  text: string;
  /** Where the fact stands in the article, for jumping there. */
  location?: Location;
  /** Parts of the line with passages of their own (the names of a list); the rest of the line goes to `location`. */
  links?: FactSheetLink[];
  /**
   * What the line shows: a fact id, an entity id, or a sentence-pair row ("row:3"). A line of the other
   * sheet with the same key shows the same fact. Headings and separators have none.
   */
  key?: string;
}
export interface FactSheet {
  uri: string;
  name: string;
  lines: FactSheetLine[];
}
/**
 * Two sheets laid out for a line diff. Facts mode: four sections with the same headings on both sides,
 * in this order: facts both sides give with different values ("Differ"), facts only the left gives,
 * facts only the right gives, and facts both give alike ("Both"). A fact both sides carry has a line on
 * each side with the same key at the same place in its section; a fact one side lacks has no line on
 * the other side (a diff shows it as added or removed), so the sheets may differ in length. Lines that
 * agree are identical, so a diff marks only what differs. Sentences mode: one row per aligned group of
 * sentences, each row opened by the same separator line on both sides ("── 3 ──"), then the row's
 * sentences on the sides that have them.
 */
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
  /** The headline, or the start of the first sentence when the article has none (see `headline`). */
  title: string;
  /** False when `title` is the start of the first sentence, the article having no headline. */
  headline?: boolean;
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

// ---- newslens/annotations ----------------------------------------------------------------------
export const AnnotationsMethod = 'newslens/annotations';
export interface AnnotationsParams {
  /** The articles to annotate; the findings about them come with them (those between them in full). */
  uris: string[];
}
/**
 * A W3C Web Annotation collection (JSON-LD, context http://www.w3.org/ns/anno.jsonld): one Annotation
 * per entity mention, figure and quote of the articles, and one per finding, as `newslens annotate
 * --format w3c` writes it (see the README). Only its outline is typed here; clients save it as it is.
 */
export interface AnnotationsResult {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: number; items: unknown[] };
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
