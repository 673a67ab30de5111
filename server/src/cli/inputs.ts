// Turns the paths given on the command line into the list of article files to read. Files named
// explicitly are taken whatever their extension; directories are walked for article files.

import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';

/** Extensions an article file found by walking a directory must have. */
export const ARTICLE_EXTENSIONS = ['.txt', '.news', '.article'];

/** Directory names never walked into (hidden directories, starting with '.', are skipped too). */
const SKIP_DIRS = new Set(['node_modules']);

export interface InputFile {
  /** The path as shown to the user: as given, or joined from the directory given. */
  path: string;
}

export interface InputProblem {
  path: string;
  /** One line for stderr, after "newslens: PATH: ". */
  message: string;
}

export interface Inputs {
  files: InputFile[];
  /** Paths that yielded nothing: missing, unreadable, or a directory without article files. */
  problems: InputProblem[];
}

export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/**
 * Expands the arguments in order. Missing paths are NOT reported here: they stay in the list so the
 * reader reports them like any other unreadable file, in argument order. The same file reached
 * twice (given twice, or inside a directory also given) is listed once.
 */
export async function collectInputs(args: readonly string[]): Promise<Inputs> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path });
  };
  for (const arg of args) {
    let isDir: boolean;
    try {
      isDir = (await fs.stat(arg)).isDirectory();
    } catch {
      isDir = false; // missing or unreadable: the reader says why
    }
    if (!isDir) {
      add(arg);
      continue;
    }
    const found: string[] = [];
    await walk(arg, found, new Set(), problems);
    if (found.length === 0) {
      problems.push({ path: arg, message: `no article files (${ARTICLE_EXTENSIONS.map((e) => '*' + e).join(', ')}) in this directory` });
    }
    for (const f of found) add(f);
  }
  return { files, problems };
}

async function walk(dir: string, out: string[], visited: Set<string>, problems: InputProblem[]): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch {
    real = resolve(dir);
  }
  if (visited.has(real)) return; // a symlink loop
  visited.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({ path: dir, message: `directory cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    let type: { isDirectory(): boolean } = e;
    if (e.isSymbolicLink()) {
      try {
        type = await fs.stat(p);
      } catch {
        continue; // a dangling link
      }
    }
    if (type.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, out, visited, problems);
    } else if (isArticleName(e.name)) {
      // A FIFO, device or socket named like an article is listed too: the reader opens nothing that
      // is not a regular file (it could block or never end) and gives it its skip line, once.
      out.push(p);
    }
  }
}
