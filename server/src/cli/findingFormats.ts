// The three output formats of `newslens check`: compiler-style text, JSON and SARIF 2.1.0.
// Lines and columns are 1-based; columns count UTF-16 code units, like an editor's (SARIF says so
// with columnKind "utf16CodeUnits"). Offsets go through positions.ts, the one converter.

import { relative, sep } from 'node:path';
import pkg from '../../../package.json';
import type { CheckInfo, Finding, Severity, SourceLocation, StoryLink } from '../analysis/cross/types';
import { checkDocUrl, REPOSITORY_URL } from '../checkDocs';
import { LineIndex } from '../positions';
import { oneLine, safeName } from './textFormat';

export interface CheckedFile {
  path: string;
  text: string;
}

export interface StoryRow {
  id: string;
  label: string;
  articles: string[];
  /** Why the articles are one story: each link's score and the shared features that weigh most in it. */
  links?: StoryLink[];
}


interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

class Regions {
  private readonly indexes = new Map<string, LineIndex>();
  constructor(files: CheckedFile[]) {
    for (const f of files) this.indexes.set(f.path, LineIndex.fromText(f.text));
  }
  of(loc: SourceLocation): Region {
    const index = this.indexes.get(loc.article) ?? LineIndex.fromText('');
    const r = index.rangeOf(loc.span);
    return {
      startLine: r.start.line + 1,
      startColumn: r.start.character + 1,
      endLine: r.end.line + 1,
      endColumn: r.end.character + 1,
      charOffset: loc.span.start,
      charLength: Math.max(0, loc.span.end - loc.span.start),
    };
  }
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatFindingsText(findings: Finding[], files: CheckedFile[], stories: StoryRow[]): string {
  const regions = new Regions(files);
  const lines: string[] = [];
  for (const f of findings) {
    const r = regions.of(f.location);
    // Names and messages are escaped: a file name with a newline must not forge a finding line.
    lines.push(`${safeName(f.location.article)}:${r.startLine}:${r.startColumn} ${f.severity} ${f.check} ${oneLine(f.message)}`);
    for (const rel of f.related) {
      const rr = regions.of(rel.location);
      lines.push(`    ${safeName(rel.location.article)}:${rr.startLine}:${rr.startColumn} ${oneLine(rel.message)}`);
    }
  }
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const bySeverity = (['error', 'warning', 'information', 'hint'] as Severity[])
    .filter((s) => counts.get(s))
    .map((s) => plural(counts.get(s)!, s === 'information' ? 'information' : s, s === 'information' ? 'information' : undefined))
    .join(', ');
  const multi = stories.filter((s) => s.articles.length > 1);
  lines.push(
    `${findings.length === 0 ? 'No findings' : plural(findings.length, 'finding')}${bySeverity ? ` (${bySeverity})` : ''} in ${plural(
      files.length,
      'article',
    )}; ${plural(multi.length, 'story', 'stories')} with more than one source${
      multi.length ? ': ' + multi.map((s) => `${oneLine(s.label)} (${s.articles.length})`).join('; ') : ''
    }.`,
  );
  return lines.join('\n') + '\n';
}

export function formatFindingsJson(findings: Finding[], files: CheckedFile[], stories: StoryRow[]): string {
  const regions = new Regions(files);
  const range = (loc: SourceLocation) => {
    const r = regions.of(loc);
    return {
      start: { line: r.startLine, column: r.startColumn, offset: loc.span.start },
      end: { line: r.endLine, column: r.endColumn, offset: loc.span.end },
    };
  };
  return JSON.stringify({
    version: 1,
    files: files.map((f) => f.path),
    stories: stories.map((s) => ({
      id: s.id,
      label: s.label,
      articles: s.articles,
      links: (s.links ?? []).map((l) => ({ a: l.a, b: l.b, score: l.score, shared: l.shared ?? [], labels: l.labels ?? [] })),
    })),
    findings: findings.map((f) => ({
      rule: f.check,
      severity: f.severity,
      file: f.location.article,
      range: range(f.location),
      message: f.message,
      key: f.key,
      fact: f.fact ?? null,
      fingerprint: f.fingerprint ?? null,
      factFingerprint: f.factFingerprint ?? null,
      related: f.related.map((r) => ({ file: r.location.article, range: range(r.location), message: r.message })),
    })),
  });
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** A SARIF artifact URI: relative paths with forward slashes, under %SRCROOT% (the current directory). */
function sarifUri(path: string): string {
  const rel = relative(process.cwd(), path);
  const p = rel === '' || rel.startsWith('..') ? path : rel;
  return p
    .split(sep)
    .join('/')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

export function formatFindingsSarif(findings: Finding[], files: CheckedFile[], checks: readonly CheckInfo[]): string {
  const regions = new Regions(files);
  const ruleIndex = new Map(checks.map((c, i) => [c.id, i]));
  const physical = (loc: SourceLocation) => {
    const r = regions.of(loc);
    return {
      artifactLocation: { uri: sarifUri(loc.article), uriBaseId: '%SRCROOT%' },
      region: r,
    };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'NewsLens',
            version: (pkg as { version?: string }).version ?? '0.0.0',
            informationUri: REPOSITORY_URL,
            rules: checks.map((c) => ({
              id: c.id,
              shortDescription: { text: c.description },
              helpUri: checkDocUrl(c.id),
              defaultConfiguration: { level: SARIF_LEVEL[c.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file://' + encodeURI(process.cwd().split(sep).join('/')) + '/' } },
        artifacts: files.map((f) => ({ location: { uri: sarifUri(f.path), uriBaseId: '%SRCROOT%' }, length: Buffer.byteLength(f.text) })),
        results: findings.map((f) => {
          const result: Record<string, unknown> = {
            ruleId: f.check,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: physical(f.location) }],
            partialFingerprints: { 'newslensFindingKey/v1': f.key },
          };
          const index = ruleIndex.get(f.check);
          if (index !== undefined) result['ruleIndex'] = index;
          if (f.related.length) {
            result['relatedLocations'] = f.related.map((r, i) => ({
              id: i + 1,
              physicalLocation: physical(r.location),
              message: { text: r.message },
            }));
          }
          return result;
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
