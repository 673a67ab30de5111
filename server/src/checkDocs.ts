// Where each check is documented: an anchor in the README on the repository's stable URL, taken from
// the manifest's `repository` field, so every diagnostic's codeDescription link points at the check's
// description and example. README sections carry the anchor `check-<id>` (e.g. `check-figure-conflict`).

import manifest from '../../package.json';

const FALLBACK = 'https://example.invalid/newslens';

function repositoryBase(): string {
  const repo: unknown = (manifest as { repository?: unknown }).repository;
  const url = typeof repo === 'string' ? repo : typeof repo === 'object' && repo !== null ? (repo as { url?: unknown }).url : undefined;
  if (typeof url !== 'string' || url === '') return FALLBACK;
  const base = url
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  return /^https?:\/\//.test(base) ? base : FALLBACK;
}

export const REPOSITORY_URL = repositoryBase();
export const README_URL = `${REPOSITORY_URL}/blob/HEAD/README.md`;

/** The documentation link of a check or per-article problem code. */
export function checkDocUrl(id: string): string {
  return `${README_URL}#check-${encodeURIComponent(id)}`;
}
