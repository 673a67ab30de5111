// Where each check is documented: an anchor in the README on the repository's stable URL, taken from
// the manifest's `repository` field, so every diagnostic's codeDescription link points at the check's
// description and example. README sections carry the anchor `check-<id>` (e.g. `check-figure-conflict`).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import manifest from '../../package.json';
import { trimEndWhere } from './format';

const FALLBACK = 'https://example.invalid/newslens';

function repositoryBase(): string {
  const repo: unknown = (manifest as { repository?: unknown }).repository;
  const url = typeof repo === 'string' ? repo : typeof repo === 'object' && repo !== null ? (repo as { url?: unknown }).url : undefined;
  if (typeof url !== 'string' || url === '') return FALLBACK;
  const bare = url
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '');
  const base = trimEndWhere(bare, (c) => c === '/');
  return /^https?:\/\//.test(base) ? base : FALLBACK;
}

export const REPOSITORY_URL = repositoryBase();
export const README_URL = `${REPOSITORY_URL}/blob/HEAD/README.md`;

/** The documentation link of a check or per-article problem code. */
export function checkDocUrl(id: string): string {
  return `${README_URL}#check-${encodeURIComponent(id)}`;
}

/**
 * The link the editor shows for a check: the README that ships inside the extension, opened at the
 * check's section (`file:///…/README.md#L120`; VS Code selects that line). It works offline and
 * always matches the installed version; the web page above is the fallback when the README is not
 * next to the server bundle (a development checkout without it, or another packaging).
 */
export function editorDocUrl(id: string): string {
  const readme = bundledReadme();
  const line = readme?.lines.get(id);
  return readme && line !== undefined ? `${readme.uri}#L${line}` : checkDocUrl(id);
}

let readmeCache: { uri: string; lines: Map<string, number> } | null | undefined;

/** README.md beside dist/ (the extension's root), with the 1-based line of each `check-<id>` anchor. */
function bundledReadme(): { uri: string; lines: Map<string, number> } | null {
  if (readmeCache !== undefined) return readmeCache;
  readmeCache = null;
  // vsce stores the README as readme.md inside the .vsix; a checkout has README.md.
  for (const name of ['README.md', 'readme.md']) {
    const found = readmeAt(resolve(__dirname, '..', name));
    if (found) return (readmeCache = found);
  }
  return readmeCache;
}

function readmeAt(path: string): { uri: string; lines: Map<string, number> } | null {
  try {
    const lines = new Map<string, number>();
    readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .forEach((text, i) => {
        const m = /<a id="check-([a-z0-9-]+)"><\/a>/.exec(text);
        // The anchor line is empty on screen: point at the heading right after it.
        if (m) lines.set(m[1]!, i + 2);
      });
    return lines.size ? { uri: pathToFileURL(path).href, lines } : null;
  } catch {
    return null;
  }
}
