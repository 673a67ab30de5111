// Checks that a value read back from disk is shaped like an ArticleAnalysis of a text of a given length:
// every list present, every span inside the text, every field the features read of the right type. The
// analysis cache trusts nothing it has not checked here, so a damaged or foreign entry is a miss, never a
// crash in a hover.

import type { ArticleAnalysis } from './analysis/types';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isSpan(v: unknown, length: number): v is Obj {
  if (!isObj(v)) return false;
  const { start, end } = v;
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;
}

function isStr(v: unknown): v is string {
  return typeof v === 'string';
}

function isStrOrNull(v: unknown): boolean {
  return v === null || typeof v === 'string';
}

function isOptStr(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

function all(v: unknown, ok: (x: unknown) => boolean): boolean {
  return Array.isArray(v) && v.every(ok);
}

function isEntity(v: unknown, length: number): boolean {
  if (!isObj(v) || !isStr(v['id']) || !isStr(v['type']) || !isStr(v['name']) || !isOptStr(v['subtype'])) return false;
  if (!all(v['spellings'], isStr)) return false;
  const mentionOk = (m: unknown) => isSpan(m, length) && isStr(m['text']) && isStr(m['entityId']) && isOptStr(m['title']);
  const roleOk = (r: unknown) => isSpan(r, length) && isStr(r['text']) && isStr(r['normalized']) && isStr(r['head']) && isStr(r['via']);
  return all(v['mentions'], mentionOk) && all(v['roles'], roleOk);
}

function isFigure(v: unknown, length: number): boolean {
  if (!isSpan(v, length) || !isStr(v['kind']) || !isStr(v['text'])) return false;
  const value = v['value'];
  if (!(value === null || typeof value === 'number' || typeof value === 'string')) return false;
  const interval = v['interval'];
  if (interval !== undefined && !(isObj(interval) && typeof interval['lo'] === 'number' && typeof interval['hi'] === 'number')) return false;
  return isOptStr(v['hedge']) && isOptStr(v['unit']) && isOptStr(v['counts']) && isOptStr(v['precision']) && isOptStr(v['weekday']);
}

function isQuote(v: unknown, length: number): boolean {
  if (!isSpan(v, length) || !isStr(v['kind']) || !isStr(v['text']) || !isSpan(v['inner'], length)) return false;
  if (!isStrOrNull(v['speakerId']) || !isStrOrNull(v['speaker'])) return false;
  const a = v['attribution'];
  return a === undefined || (isObj(a) && isStr(a['method']) && isSpan(a['span'], length) && isOptStr(a['verb']));
}

export function isProblem(v: unknown, length: number): boolean {
  return isSpan(v, length) && isStr(v['code']) && isStr(v['severity']) && isStr(v['message']);
}

/** True when `v` is an analysis of a text of `length` UTF-16 code units, safe for every feature to read. */
export function isAnalysis(v: unknown, length: number): v is ArticleAnalysis {
  if (!isObj(v) || v['length'] !== length) return false;
  if (v['headline'] !== undefined && !isSpan(v['headline'], length)) return false;
  if (!isOptStr(v['anchorDate'])) return false;
  const sentenceOk = (s: unknown) => isSpan(s, length) && Number.isInteger(s['paragraph']);
  return (
    all(v['paragraphs'], (p) => isSpan(p, length)) &&
    all(v['sentences'], sentenceOk) &&
    all(v['entities'], (e) => isEntity(e, length)) &&
    all(v['figures'], (f) => isFigure(f, length)) &&
    all(v['quotes'], (q) => isQuote(q, length)) &&
    all(v['problems'], (p) => isProblem(p, length))
  );
}
