// The story report's data arranged for display: which source carries each fact and how it stands on
// it (the server decides whether a value agrees with the majority; nothing is counted here), and each
// fact's values grouped with the sources that give them. Pure (no 'vscode' import), shared by the
// HTML view and the exports.

import type { ReportAgreement, ReportFact, ReportFactValue, ReportFinding, ReportSource, Severity, StoryReportResult } from '../../server/src/protocol';

/** How one source stands on one fact, as the server computed it. `only`: the fact is carried by this source alone. */
export type CellState = ReportAgreement;

export interface FactCell {
  source: ReportSource;
  state: CellState;
  values: ReportFactValue[];
}

/** One cell per source, in the report's source order, with the state the server gives it. */
export function factCells(fact: ReportFact, sources: readonly ReportSource[]): FactCell[] {
  return sources.map((source) => ({
    source,
    state: fact.agreement.find((a) => a.source === source.uri)?.state ?? 'absent',
    values: fact.values.filter((v) => v.source === source.uri),
  }));
}

/** One value of a fact with the sources that give it (each with its own first passage). */
export interface ValueGroup {
  display: string;
  /** The state of the sources giving this value (agree, differ or only), as the server gives it. */
  state: CellState;
  sources: Array<{ source: ReportSource; number: number; value: ReportFactValue; mentions: number }>;
}

/**
 * A fact's values, one group per distinct value with the sources that give it, the most widely given
 * first; and the sources that do not carry the fact. A source that gives two values is in both groups.
 */
export function valueGroups(fact: ReportFact, sources: readonly ReportSource[]): { groups: ValueGroup[]; absent: ReportSource[] } {
  const byDisplay = new Map<string, ValueGroup>();
  const absent: ReportSource[] = [];
  factCells(fact, sources).forEach((cell, i) => {
    if (cell.values.length === 0) {
      absent.push(cell.source);
      return;
    }
    const seen = new Set<string>();
    for (const v of cell.values) {
      const display = v.display || v.text;
      if (seen.has(display)) continue;
      seen.add(display);
      const group = byDisplay.get(display) ?? { display, state: cell.state, sources: [] };
      if (cell.state === 'differ' && group.state === 'agree') group.state = 'differ';
      group.sources.push({ source: cell.source, number: i + 1, value: v, mentions: cell.values.filter((x) => (x.display || x.text) === display).length });
      byDisplay.set(display, group);
    }
  });
  const rank: Record<CellState, number> = { agree: 0, only: 1, differ: 2, absent: 3 };
  const groups = [...byDisplay.values()].sort((a, b) => b.sources.length - a.sources.length || rank[a.state] - rank[b.state]);
  return { groups, absent };
}

export const CELL_LABEL: Record<CellState, string> = {
  agree: 'agrees',
  differ: 'differs',
  absent: 'absent',
  only: 'only source',
};

/** How a value group reads: given by most sources, by others, by one source only. */
export const GROUP_LABEL: Record<CellState, string> = {
  agree: 'majority',
  differ: 'differs',
  absent: 'absent',
  only: 'one source',
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const STATUS_ORDER: Record<ReportFact['status'], number> = { differ: 0, agree: 1, single: 2 };

/** Facts in reading order: disagreements first, then agreed facts, then single-source ones. */
export function sortedFacts(facts: readonly ReportFact[]): ReportFact[] {
  return [...facts].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.corroboration - a.corroboration || a.label.localeCompare(b.label),
  );
}

/** Findings by severity, then by source and position. */
export function sortedFindings(findings: readonly ReportFinding[]): ReportFinding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.location.uri.localeCompare(b.location.uri) ||
      a.location.range.start.line - b.location.range.start.line ||
      a.location.range.start.character - b.location.range.start.character,
  );
}

/** The display name of the source a URI belongs to (its file name when it is not a source). */
export function sourceName(report: StoryReportResult, uri: string): string {
  const s = report.sources.find((x) => x.uri === uri);
  if (s) return s.name;
  const tail = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(tail);
  } catch {
    return tail;
  }
}

/** A source's number in the report (1-based, the order of `sources`), or undefined. */
export function sourceNumber(report: StoryReportResult, uri: string): number | undefined {
  const i = report.sources.findIndex((x) => x.uri === uri);
  return i < 0 ? undefined : i + 1;
}

export interface ReportCounts {
  sources: number;
  facts: number;
  agree: number;
  differ: number;
  single: number;
  findings: number;
}

export function reportCounts(report: StoryReportResult): ReportCounts {
  return {
    sources: report.sources.length,
    facts: report.facts.length,
    agree: report.facts.filter((f) => f.status === 'agree').length,
    differ: report.facts.filter((f) => f.status === 'differ').length,
    single: report.facts.filter((f) => f.status === 'single').length,
    findings: report.findings.length,
  };
}

/** A position for people: 1-based line and column. */
export function positionLabel(range: { start: { line: number; character: number } }): string {
  return `${range.start.line + 1}:${range.start.character + 1}`;
}

/** "1 source", "3 sources". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
