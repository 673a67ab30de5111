// Addresses of the generated, read-only fact-sheet documents shown in the diff editor. Pure (no
// 'vscode' import): the URI is built as a string and parsed back with the WHATWG URL parser.
//
//   newslens-facts:/<article name>.facts?left=<uri>&right=<uri>&mode=facts|sentences&side=left|right
//
// The path only gives the editor tab a readable name; the query says which pair was compared, so both
// sides of one diff are served from one newslens/factSheets answer.

export const FACTS_SCHEME = 'newslens-facts';

export type CompareMode = 'facts' | 'sentences';
export type Side = 'left' | 'right';

export interface FactSheetAddress {
  left: string;
  right: string;
  mode: CompareMode;
  side: Side;
}

/** Keeps names usable as a path segment: no slashes, no query or fragment characters. */
function pathName(name: string): string {
  return name.replace(/[/\\?#%]/g, '_') || 'article';
}

export function factSheetUri(address: FactSheetAddress, name: string): string {
  const query = new URLSearchParams({ left: address.left, right: address.right, mode: address.mode, side: address.side });
  const suffix = address.mode === 'sentences' ? '.sentences' : '.facts';
  return `${FACTS_SCHEME}:/${encodeURIComponent(pathName(name) + suffix)}?${query.toString()}`;
}

/** The address in a fact-sheet URI's query string (as vscode.Uri.query gives it), or undefined. */
export function parseFactSheetQuery(query: string): FactSheetAddress | undefined {
  const q = new URLSearchParams(query);
  const left = q.get('left');
  const right = q.get('right');
  const mode = q.get('mode');
  const side = q.get('side');
  if (!left || !right) return undefined;
  if (mode !== 'facts' && mode !== 'sentences') return undefined;
  if (side !== 'left' && side !== 'right') return undefined;
  return { left, right, mode, side };
}

/** One key per compared pair and mode: both sides share it. */
export function pairKey(a: Pick<FactSheetAddress, 'left' | 'right' | 'mode'>): string {
  return `${a.mode}\u0000${a.left}\u0000${a.right}`;
}

/** The last path segment of a URI, decoded: the file name. */
export function baseName(uri: string): string {
  // Everything from the first '?' or '#' on is the query and fragment (a URI has no raw line breaks).
  const cut = uri.search(/[?#]/);
  const path = cut < 0 ? uri : uri.slice(0, cut);
  const tail = path.split('/').pop() ?? path;
  try {
    return decodeURIComponent(tail) || uri;
  } catch {
    return tail || uri;
  }
}
