// The JSON record the CLI prints for one annotated file (`annotate --format json`, one per line).
// This is the CLI's public output contract; the core's types (analysis/types.ts) stay internal.
//
//   { "file", "length",
//     "entities": [{ "id", "type", "text", "start", "end", "name", "roles", "title"?, "subtype"? }],   one row per MENTION
//     "figures":  [{ "kind", "text", "start", "end", "value", "unit", "interval", "hedge", "counts",
//                    "precision"?, "weekday"?, "resolved"? }],
//     "quotes":   [{ "kind", "text", "start", "end", "speaker", "speakerId", "inner", "attribution", "broken" }],
//     "problems": [{ "code", "severity", "message", "start", "end" }] }
//
// Offsets are UTF-16 code units into the file's decoded text (a UTF-8 byte-order mark is not part of
// the text), half-open [start, end): in JavaScript, text === fileText.slice(start, end).
// Keys that have no value are null, never missing (except the date-only figure keys marked "?" and
// the mention's "title"/"subtype"). An open end of a figure's interval (±Infinity in the core) is null.

import type { ArticleAnalysis, EntityType, FigureKind, Problem, QuoteKind } from '../analysis/types';

export interface EntityRow {
  /** The entity's id ("e0", "e1", ...): rows with the same id are mentions of one entity. */
  id: string;
  type: EntityType;
  /** The mention as written. */
  text: string;
  start: number;
  end: number;
  /** The entity's canonical (fullest) name. */
  name: string;
  /** The roles the article gives the entity, as written, one per distinct role. */
  roles: string[];
  /** A title written directly before this mention ("President"). */
  title?: string;
  subtype?: string;
}

export interface FigureRow {
  kind: FigureKind;
  text: string;
  start: number;
  end: number;
  /** A number (counts, money, percent as a fraction, seconds, ordinals) or an ISO date string. */
  value: number | string | null;
  unit: string | null;
  /** The values the text allows; null ends are open (unbounded). */
  interval: { lo: number | null; hi: number | null } | null;
  hedge: string | null;
  counts: string | null;
  precision?: string;
  weekday?: string;
  resolved?: boolean;
}

export interface QuoteRow {
  kind: QuoteKind;
  /** The quoted words without the quotation marks. */
  text: string;
  /** The quote including its marks. */
  start: number;
  end: number;
  /** Canonical name of the speaker, a description ("a French official"), or null. */
  speaker: string | null;
  speakerId: string | null;
  inner: { start: number; end: number };
  attribution: { method: string; verb: string | null; start: number; end: number } | null;
  broken: boolean;
}

export interface ProblemRow {
  code: string;
  severity: Problem['severity'];
  message: string;
  start: number;
  end: number;
}

export interface FileRecord {
  file: string;
  /** The text's length in UTF-16 code units. */
  length: number;
  entities: EntityRow[];
  figures: FigureRow[];
  quotes: QuoteRow[];
  problems: ProblemRow[];
}

/** A finite number or null (JSON has no Infinity or NaN). */
function finite(n: number | undefined | null): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export function toRecord(file: string, analysis: ArticleAnalysis, fileProblems: Problem[]): FileRecord {
  const entities: EntityRow[] = [];
  for (const e of analysis.entities) {
    const roles: string[] = [];
    const seenRoles = new Set<string>();
    for (const r of e.roles) {
      const key = r.normalized || r.text;
      if (seenRoles.has(key)) continue;
      seenRoles.add(key);
      roles.push(r.text);
    }
    for (const m of e.mentions) {
      const row: EntityRow = { id: e.id, type: e.type, text: m.text, start: m.start, end: m.end, name: e.name, roles };
      if (m.title) row.title = m.title;
      if (e.subtype) row.subtype = e.subtype;
      entities.push(row);
    }
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);

  const figures: FigureRow[] = analysis.figures.map((f) => {
    const row: FigureRow = {
      kind: f.kind,
      text: f.text,
      start: f.start,
      end: f.end,
      value: typeof f.value === 'number' ? finite(f.value) : f.value,
      unit: f.unit ?? null,
      interval: f.interval ? { lo: finite(f.interval.lo), hi: finite(f.interval.hi) } : null,
      hedge: f.hedge ?? null,
      counts: f.counts ?? null,
    };
    if (f.precision !== undefined) row.precision = f.precision;
    if (f.weekday !== undefined) row.weekday = f.weekday;
    if (f.resolved !== undefined) row.resolved = f.resolved;
    return row;
  });

  const quotes: QuoteRow[] = analysis.quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    start: q.start,
    end: q.end,
    speaker: q.speaker ?? null,
    speakerId: q.speakerId ?? null,
    inner: { start: q.inner.start, end: q.inner.end },
    attribution: q.attribution
      ? { method: q.attribution.method, verb: q.attribution.verb ?? null, start: q.attribution.span.start, end: q.attribution.span.end }
      : null,
    broken: q.broken === true,
  }));

  const problems: ProblemRow[] = [...fileProblems, ...analysis.problems].map((p) => ({
    code: p.code,
    severity: p.severity,
    message: p.message,
    start: p.start,
    end: p.end,
  }));

  return { file, length: analysis.length, entities, figures, quotes, problems };
}
