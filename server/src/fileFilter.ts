// Decides whether a document is a news article the server should analyse: the `newslens.enable`,
// `newslens.files.include` and `newslens.files.exclude` settings, matched with minimatch against the
// path relative to its workspace folder and against the absolute path (so "**/x/**" globs work for
// files outside any folder too).

import { fileURLToPath } from 'node:url';
import { Minimatch, type MinimatchOptions } from 'minimatch';
import { trimEndWhere } from './format';
import type { NewsLensSettings } from './settings';

const MATCH_OPTIONS: MinimatchOptions = { dot: true, nocase: process.platform === 'win32', windowsPathsNoEscape: true };

/** The workspace folders the client reported, as file-system paths with forward slashes. */
export class WorkspaceFolders {
  /** Folder URI -> folder path, kept so folders can be removed by URI. */
  private readonly byUri = new Map<string, string>();
  /** Folder paths, innermost (longest) first. */
  private paths: string[] = [];
  /** Bumped on every change of the folders (answers that depend on them are remembered per version). */
  version = 0;

  set(uris: readonly string[]): void {
    this.byUri.clear();
    this.change(uris, []);
  }

  change(added: readonly string[], removed: readonly string[]): void {
    for (const uri of removed) this.byUri.delete(uri);
    for (const uri of added) {
      const p = uriToPath(uri);
      if (p !== undefined) this.byUri.set(uri, trimEndWhere(p, (c) => c === '/'));
    }
    this.paths = [...this.byUri.values()].sort((a, b) => b.length - a.length);
    this.version++;
  }

  /** The folder URIs, for whoever needs to walk the workspace. */
  get uris(): string[] {
    return [...this.byUri.keys()];
  }

  /** The URI of the innermost folder holding the file at `uri`, or undefined. */
  folderOf(uri: string): string | undefined {
    const path = uriToPath(uri);
    if (path === undefined) return undefined;
    let best: { uri: string; length: number } | undefined;
    for (const [folderUri, f] of this.byUri) {
      if ((path === f || path.startsWith(f + '/')) && (!best || f.length > best.length)) best = { uri: folderUri, length: f.length };
    }
    return best?.uri;
  }

  /** The folders as paths, for walking the workspace. */
  get entries(): Array<{ uri: string; path: string }> {
    return [...this.byUri].map(([uri, path]) => ({ uri, path }));
  }

  /** The path relative to the innermost folder containing it, or undefined. */
  relative(path: string): string | undefined {
    for (const f of this.paths) {
      if (path.startsWith(f + '/')) return path.slice(f.length + 1);
    }
    return undefined;
  }
}

/** A file: URI as a path with forward slashes; undefined for other schemes or malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri).replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}

/**
 * Paths longer than this, or deeper, are never articles and are not matched at all: no file system
 * opens a longer path (Linux's PATH_MAX is 4,096 bytes), and glob matching takes time quadratic in a
 * path's segments, so a URI with 50,000 segments blocked the server for minutes.
 */
export const MAX_MATCHED_PATH = 4096;
export const MAX_MATCHED_SEGMENTS = 256;
/**
 * A compiled glob. Its regular expression is used where it says the same as Minimatch's match (the
 * ordinary case: no negation, no comment, a path with forward slashes): testing it is about ten times
 * faster than matching segment by segment, and a folder of 1,000 articles is judged on every index.
 */
interface Glob {
  mm: Minimatch;
  re: RegExp | undefined;
}

/** Compiled globs: compiling one is most of the cost of matching it. */
const compiled = new Map<string, Glob | null>();

function matcher(glob: string): Glob | null {
  let m = compiled.get(glob);
  if (m === undefined) {
    try {
      const mm = new Minimatch(glob, MATCH_OPTIONS);
      const re = mm.negate || mm.comment || mm.empty ? false : mm.makeRe();
      m = { mm, re: re === false ? undefined : re };
    } catch {
      m = null; // A malformed glob in the user's settings matches nothing rather than breaking the server.
    }
    // Settings hold a few dozen globs; a cache that grows past that is reset rather than kept forever.
    if (compiled.size > 1000) compiled.clear();
    compiled.set(glob, m);
  }
  return m;
}

/** Whether a compiled glob matches a path (forward slashes). */
export function globMatches(glob: string, path: string): boolean {
  const m = matcher(glob);
  if (!m) return false;
  return m.re ? m.re.test(path) : m.mm.match(path);
}

function segments(path: string): number {
  let n = 1;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) n++;
  return n;
}

function matchesAny(paths: readonly string[], globs: readonly string[]): boolean {
  for (const g of globs) if (paths.some((p) => globMatches(g, p))) return true;
  return false;
}

/**
 * Whether the document at `uri` is an article. `languageId` is known for open documents; files on disk
 * pass undefined and are judged by the include globs alone. Untitled `news` documents are always
 * articles; other non-file documents never are.
 */
export function isArticle(
  uri: string,
  languageId: string | undefined,
  settings: NewsLensSettings,
  folders: WorkspaceFolders,
): boolean {
  // The index asks for every file twice (walking the folder, then reading it); glob matching is the cost.
  let memo = judged.get(settings);
  if (!memo) judged.set(settings, (memo = new Map()));
  const key = `${folders.version}\u0000${languageId ?? ''}\u0000${uri}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= JUDGED_LIMIT) memo.clear();
  const answer = judgeArticle(uri, languageId, settings, folders);
  memo.set(key, answer);
  return answer;
}

/** Answers of isArticle per settings object (a settings change makes a new one). */
const judged = new WeakMap<NewsLensSettings, Map<string, boolean>>();
/** Answers kept per settings object before starting afresh. */
const JUDGED_LIMIT = 100_000;

function judgeArticle(uri: string, languageId: string | undefined, settings: NewsLensSettings, folders: WorkspaceFolders): boolean {
  if (!settings.enable) return false;
  const path = uriToPath(uri);
  if (path === undefined) return languageId === 'news';
  if (path.length > MAX_MATCHED_PATH || segments(path) > MAX_MATCHED_SEGMENTS) return false;
  const rel = folders.relative(path);
  const candidates = rel === undefined ? [path] : [rel, path];
  if (matchesAny(candidates, settings.files.exclude)) return false;
  if (languageId === 'news') return true;
  return matchesAny(candidates, settings.files.include);
}
