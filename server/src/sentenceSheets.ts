// newslens/factSheets in sentences mode: the texts of two articles, sentence by sentence, aligned so that
// a report's paraphrase of a sentence faces it (analysis/cross/sentences.ts decides). A line diff pairs
// lines only by their text, which paraphrases never share; so every row opens with the same separator
// line on both sides ("── 3 ──", or "── 4 · left only, like 9 ──" for a sentence the other text has
// elsewhere or not at all). Between two separators a diff then sees one sentence against one (a
// changed line, its words compared), or a sentence against nothing (added or removed).

import { alignSentences, type SentencePair, type SentenceText } from './analysis/cross/sentences';
import type { Span } from './analysis/types';
import type { CorpusIndex } from './corpus';
import { displayName } from './corpus';
import type { ArticleSnapshot } from './documents';
import { oneLine } from './format';
import type { FactSheetLine, FactSheetLink, FactSheetsResult, Location } from './protocol';

function sentencesOf(s: ArticleSnapshot | undefined): SentenceText[] {
  if (!s) return [];
  return s.analysis.sentences
    .filter((x) => s.lines.isValid(x))
    .map((x) => ({ text: oneLine(s.text.slice(x.start, x.end)), span: { start: x.start, end: x.end } }))
    .filter((x) => x.text !== '');
}

function loc(corpus: CorpusIndex, uri: string, span: Span): Location | undefined {
  const lines = corpus.lines(uri);
  return lines ? { uri, range: lines.rangeOf(span) } : undefined;
}

/** The row's sentences of one side on one line; with two, each is a link of its own. */
function sideLine(corpus: CorpusIndex, uri: string, items: readonly SentenceText[], key: string): FactSheetLine | undefined {
  if (!items.length) return undefined;
  let text = '';
  const links: FactSheetLink[] = [];
  for (const s of items) {
    if (text) text += ' ';
    const location = loc(corpus, uri, s.span);
    if (location && items.length > 1) links.push({ start: text.length, end: text.length + s.text.length, location });
    text += s.text;
  }
  const line: FactSheetLine = { text, key };
  const first = loc(corpus, uri, items[0]!.span);
  if (first) line.location = first;
  if (links.length) line.links = links;
  return line;
}

/** "── 3 ──"; for a sentence only one side has, which side, and the row of a similar one elsewhere. */
export function separator(row: SentencePair<unknown>, k: number): string {
  if (row.left.length && row.right.length) return `── ${k + 1} ──`;
  const side = row.left.length ? 'left' : 'right';
  const moved = row.moved !== undefined ? `, like ${row.moved + 1}` : '';
  return `── ${k + 1} · ${side} only${moved} ──`;
}

export function sentenceSheets(corpus: CorpusIndex, left: string, right: string): FactSheetsResult {
  const leftName = displayName(left);
  const rightName = displayName(right);
  const L: FactSheetLine[] = [];
  const R: FactSheetLine[] = [];
  const rows = left === right ? [] : alignSentences(sentencesOf(corpus.allArticles.get(left)), sentencesOf(corpus.allArticles.get(right)));
  rows.forEach((row, k) => {
    const text = separator(row, k);
    L.push({ text });
    R.push({ text });
    const l = sideLine(corpus, left, row.left, `row:${k + 1}`);
    const r = sideLine(corpus, right, row.right, `row:${k + 1}`);
    if (l) L.push(l);
    if (r) R.push(r);
  });
  return { left: { uri: left, name: leftName, lines: L }, right: { uri: right, name: rightName, lines: R } };
}
