// The story report as Markdown or JSON, for the export commands. Pure (no 'vscode' import).
// Article text is escaped for Markdown so that a quote containing `|`, `*`, `<tag>` or `[x](y)` cannot
// break the tables or turn into a link or markup when the file is rendered.

import type { StoryReportResult } from '../../server/src/protocol';
import { GROUP_LABEL, plural, positionLabel, reportCounts, sortedFacts, sortedFindings, sourceName, valueGroups } from './reportModel';

/** Escapes text for a Markdown paragraph or table cell (one line). */
export function escapeMarkdown(text: unknown): string {
  return String(text ?? '')
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&/g, '&amp;');
}

function locationText(report: StoryReportResult, uri: string, range: { start: { line: number; character: number } }): string {
  return `${escapeMarkdown(sourceName(report, uri))}:${positionLabel(range)}`;
}

export function reportMarkdown(report: StoryReportResult): string {
  if (!report.story) return '# NewsLens story report\n\nThis article is not part of a story with other sources.\n';
  const c = reportCounts(report);
  const out: string[] = [];
  out.push(`# Story: ${escapeMarkdown(report.story.label)}`, '');
  out.push(
    `${c.sources} sources · ${c.facts} facts (${c.differ} differ, ${c.agree} agreed, ${c.single} single-source) · ${c.findings} findings`,
    '',
  );
  out.push('## Sources', '', '| # | Source | Headline | Findings |', '| ---: | --- | --- | ---: |');
  report.sources.forEach((s, i) => {
    const title = s.headline === false ? `*${escapeMarkdown(s.title)}* (no headline: its first sentence)` : escapeMarkdown(s.title);
    out.push(`| ${i + 1} | ${escapeMarkdown(s.name)} | ${title} | ${s.findings} |`);
  });
  out.push('');

  out.push(`## Findings (${report.findings.length})`, '');
  if (report.findings.length === 0) out.push('No disagreements between the sources.');
  for (const f of sortedFindings(report.findings)) {
    out.push(`- **${escapeMarkdown(f.severity)}** \`${f.check.replace(/[^\w.-]/g, '')}\` ${escapeMarkdown(f.message)} (${locationText(report, f.location.uri, f.location.range)})`);
    for (const r of f.related) out.push(`  - ${escapeMarkdown(r.message)} (${locationText(report, r.location.uri, r.location.range)})`);
  }
  out.push('');

  out.push(`## Facts (${report.facts.length})`, '');
  if (report.facts.length > 0) {
    out.push('Each value with the numbers of the sources that give it (as in *Sources*).', '');
    out.push('| Fact | Kind | What the sources give | Sources |');
    out.push('| --- | --- | --- | ---: |');
    for (const fact of sortedFacts(report.facts)) {
      const { groups, absent } = valueGroups(fact, report.sources);
      const values = groups.map((g) => `${escapeMarkdown(g.display)} (${g.sources.map((s) => s.number).join(', ')}; ${GROUP_LABEL[g.state]})`);
      if (absent.length) values.push(`*not in ${plural(absent.length, 'source')}*`);
      out.push(`| ${escapeMarkdown(fact.label)} | ${escapeMarkdown(fact.kind)} | ${values.join(' · ')} | ${fact.corroboration}/${report.sources.length} |`);
    }
  }
  out.push('');
  return out.join('\n');
}

/** The report data as the server sent it, pretty-printed, with a format marker. */
export function reportJson(report: StoryReportResult): string {
  return JSON.stringify({ format: 'newslens-story-report', version: 1, ...report }, null, 2) + '\n';
}
