// The story report's data arranged for display: which source carries each fact and whether its value
// agrees with the majority. Pure (no 'vscode' import), shared by the HTML view and the exports.

import type { ReportFact, ReportFactValue, ReportFinding, ReportSource, Severity, StoryReportResult } from '../../server/src/protocol';

/** How one source stands on one fact. `only`: the fact is carried by this source alone. */
export type CellState = 'agree' | 'differ' | 'absent' | 'only';

export interface FactCell {
  source: ReportSource;
  state: CellState;
  values: ReportFactValue[];
}

/** The display value most sources give (ties: the first one seen). */
export function majorityDisplay(fact: ReportFact): string | undefined {
  const counts = new Map<string, number>();
  for (const v of fact.values) {
    const sources = counts.get(v.display) ?? 0;
    counts.set(v.display, sources + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [display, n] of counts) {
    if (n > bestCount) {
      best = display;
      bestCount = n;
    }
  }
  return best;
}

/** One cell per source, in the report's source order. */
export function factCells(fact: ReportFact, sources: readonly ReportSource[]): FactCell[] {
  const majority = majorityDisplay(fact);
  const carriers = new Set(fact.values.map((v) => v.source));
  return sources.map((source) => {
    const values = fact.values.filter((v) => v.source === source.uri);
    let state: CellState;
    if (values.length === 0) state = 'absent';
    else if (fact.status === 'single' || carriers.size === 1) state = 'only';
    else if (fact.status === 'agree') state = 'agree';
    else state = values.some((v) => v.display === majority) ? 'agree' : 'differ';
    return { source, state, values };
  });
}

export const CELL_LABEL: Record<CellState, string> = {
  agree: 'agrees',
  differ: 'differs',
  absent: 'absent',
  only: 'only source',
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
      (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
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
