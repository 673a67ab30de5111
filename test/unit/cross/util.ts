// Helpers for the cross-source engine tests.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { figureIdentity } from '../../../server/src/analysis/cross/identity';
import type { Finding, SourceArticle } from '../../../server/src/analysis/cross/types';
import type { Figure } from '../../../server/src/analysis/types';

export function article(name: string, text: string): SourceArticle {
  return { id: `mem:/${name}`, name, text, analysis: analyzeArticle(text) };
}

/** An article whose figures are replaced by hand-built ones, each placed at the first occurrence of its text. */
export function withFigures(name: string, text: string, figures: Array<Omit<Figure, 'start' | 'end'> & { at?: string }>): SourceArticle {
  const a = article(name, text);
  a.analysis.figures = figures.map((f) => {
    const needle = f.at ?? f.text;
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`"${needle}" not in text`);
    const { at: _at, ...rest } = f;
    void _at;
    return { ...rest, start, end: start + needle.length };
  });
  return a;
}

export function readDir(dir: string, filter: (name: string) => boolean): SourceArticle[] {
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      return { id: path.join(dir, name), name, text, analysis: analyzeArticle(text) };
    });
}

export const SAMPLES = path.resolve(__dirname, '..', '..', '..', '..', 'samples');
export function samplesDir(): string {
  for (const p of [SAMPLES, path.resolve(process.cwd(), 'samples')]) if (existsSync(p)) return p;
  return SAMPLES;
}

export function sharedDir(): string {
  return process.env.NEWSLENS_SHARED ?? path.resolve(process.cwd(), '..', 'shared');
}

export function of(findings: Finding[], check: string): Finding[] {
  return findings.filter((f) => f.check === check);
}

/** The messages of one check on invented articles a.txt, b.txt, … checked as one story. */
export function messagesOf(check: string, ...texts: string[]): string[] {
  const articles = texts.map((t, i) => article(`${String.fromCharCode(97 + i)}.txt`, t));
  return of(analyzeCorpus(articles, { storyThreshold: 0 }).findings, check).map((f) => f.message);
}

export function inArticle(findings: Finding[], nameStart: string): Finding[] {
  return findings.filter((f) => path.basename(f.location.article).startsWith(nameStart));
}

export function textAt(articles: SourceArticle[], f: { location: { article: string; span: { start: number; end: number } } }): string {
  const a = articles.find((x) => x.id === f.location.article)!;
  return a.text.slice(f.location.span.start, f.location.span.end);
}

/** The identity of the `nth` figure written `text` in an invented article. */
export function identityOf(body: string, text: string, nth = 0): ReturnType<typeof figureIdentity> {
  const a = article('x.txt', body);
  const f = a.analysis.figures.filter((x) => x.text === text)[nth];
  assert.ok(f, `no figure “${text}”`);
  return figureIdentity(a, f);
}

/** One story of invented articles a.txt, b.txt, … (grouping off: they are compared whatever they share). */
export function corpus(...texts: string[]): ReturnType<typeof analyzeCorpus> {
  return analyzeCorpus(texts.map((t, i) => article(`${'abcdef'[i]}.txt`, t)), { storyThreshold: 0 });
}

/** The roles an invented article gives a person, by one of their fields (as written, normalised, or the head word). */
export function rolesOf(text: string, name: string, field: 'text' | 'normalized' | 'head' = 'text'): string[] {
  return analyzeArticle(text).entities.find((e) => e.name === name)?.roles.map((r) => r[field]) ?? [];
}
