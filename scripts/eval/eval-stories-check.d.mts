// Types of eval-stories-check.mjs, for the unit test (test/unit/evalStories.test.ts) that loads it with import().

export declare const CHECKS: readonly string[];
export declare const SINGLE_FILE_CHECKS: readonly string[];
export declare const LIMITS: { minArticles: number; maxArticles: number; minWords: number; maxWords: number };

export interface StorySummary {
  story: string;
  kind: string;
  articles: number;
  words: number[];
  byCheck: Record<string, number>;
  disagreements: number;
  lookalikes: number;
}

/** Validates one story folder; pushes problems onto `errors`. */
export declare function checkStory(dir: string, errors: string[]): StorySummary;
/** The README row that documents one story's counts. */
export declare function readmeRow(s: StorySummary): string;
/** Validates every story folder under `root`; never throws on bad data. */
export declare function checkStories(root: string): { stories: StorySummary[]; errors: string[] };
