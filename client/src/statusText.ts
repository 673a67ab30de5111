// The status bar item's words for an article's story, as a pure function (no 'vscode' import) so tests
// can check them: "Vallmora · Brandvold · 1 source · 2 findings".

import type { StatusResult } from '../../server/src/protocol';

const LABEL_MAX = 32;

/** "1 source", "2 sources". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The item's text (without its icon) and the tooltip's sentence, for an article the server analyses. */
export function statusText(status: StatusResult): { text: string; tooltip: string } {
  const findings = plural(status.findings, 'finding');
  if (!status.story && status.indexing) {
    return { text: 'Reading the folder…', tooltip: 'NewsLens is still reading the articles of the workspace; the story comes when it is done.' };
  }
  if (!status.story) {
    return { text: `No story · ${findings}`, tooltip: 'NewsLens: this article does not share a story with any other article in the workspace yet.' };
  }
  const full = status.story.label;
  const label = full.length > LABEL_MAX ? `${full.slice(0, LABEL_MAX - 1)}…` : full;
  const sources = plural(status.sources, 'source');
  // While the folder is still being read, the story may have more sources than found so far.
  const reading = status.indexing ? ' · reading…' : '';
  const note = status.indexing ? ' NewsLens is still reading the folder: more sources may join.' : '';
  return { text: `${label} · ${sources} · ${findings}${reading}`, tooltip: `NewsLens story: ${full}\n\n${sources}, ${findings}.${note}` };
}
