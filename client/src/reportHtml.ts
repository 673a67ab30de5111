// The story report webview's HTML, as a pure function of the server's report (no 'vscode' import, so
// unit tests can run it). Security rules, all enforced here:
// - every piece of text from the articles or the server goes through escapeHtml (text and attributes);
// - no URL from the data is ever put in an attribute: a link is `data-link="<index>"` into the `links`
//   table returned next to the HTML, and the extension opens only locations from that table (links
//   have no href at all: the webview host would scroll the page to its top on a click on href="#");
// - the only script is the static media/report.js, allowed by a per-render nonce; no inline script, no
//   inline style, no event-handler attributes; the Content Security Policy says so.

import type { Location, ReportFact, ReportFinding, StoryReportResult } from '../../server/src/protocol';
import { GROUP_LABEL, plural, positionLabel, reportCounts, sortedFacts, sortedFindings, sourceName, sourceNumber, valueGroups } from './reportModel';

export interface ReportHtmlOptions {
  /** webview.cspSource */
  cspSource: string;
  /** A fresh random nonce per render (base64/hex characters only). */
  nonce: string;
  /** webview.asWebviewUri(media/report.js) */
  scriptUri: string;
  /** webview.asWebviewUri(media/report.css) */
  styleUri: string;
}

export interface RenderedReport {
  html: string;
  /**
   * The page's content alone (what `<main id="report">` holds), for updating an open page in place
   * without reloading it, which would lose its scroll position.
   */
  body: string;
  /** What each `data-link` index opens. */
  links: Location[];
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Only characters a nonce or a webview CSP source may contain; anything else is dropped. */
function safeToken(value: string): string {
  return value.replace(/[^\w+/=-]/g, '');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  const src = cspSource
    .split(/\s+/)
    .filter((s) => s === "'self'" || /^[a-z\d+.-]+:[^\s;'"<>&]*$/i.test(s))
    .join(' ');
  return [
    "default-src 'none'",
    `style-src ${src || "'none'"}`,
    `img-src ${src || "'none'"}`,
    `font-src ${src || "'none'"}`,
    `script-src 'nonce-${safeToken(nonce)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

class Links {
  readonly list: Location[] = [];
  /** An anchor that asks the extension to open `location`; `text` is escaped here. */
  anchor(location: Location, text: string, title?: string, extraClass?: string): string {
    const i = this.list.push(location) - 1;
    const t = title ? ` title="${escapeHtml(title)}"` : '';
    // No href: VS Code's webview host scrolls the page to the top on any click on href="#".
    return `<a class="loc${extraClass ? ` ${extraClass}` : ''}" role="link" tabindex="0" data-link="${i}"${t}>${escapeHtml(text)}</a>`;
  }
}

function fileStart(uri: string): Location {
  return { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** The whole report page. `report` null (or without a story) renders an explanatory empty page. */
export function renderReportHtml(
  report: StoryReportResult | null,
  options: ReportHtmlOptions,
  context: { article?: string; message?: string } = {},
): RenderedReport {
  const links = new Links();
  const body: string[] = [];
  if (!report || !report.story) {
    const what = context.article ? `${context.article} is not part of a story with other sources yet.` : 'No story to show.';
    body.push(`<h1>NewsLens story report</h1>`);
    body.push(`<p class="empty">${escapeHtml(context.message ?? what)}</p>`);
    body.push(
      `<p class="hint">A story is a group of articles in the workspace that report the same events. ` +
        `Open an article that shares people, places and figures with other articles in the folder.</p>`,
    );
  } else {
    body.push(...storyBody(report, links, context.message));
  }
  const content = body.join('\n');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // The policy is built from filtered tokens only (no `"`, `<`, `>` or `&`), so it needs no escaping.
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options.cspSource, options.nonce)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">`,
    `<title>${escapeHtml(report?.story ? `Story: ${report.story.label}` : 'NewsLens story report')}</title>`,
    '</head>',
    '<body>',
    '<main id="report">',
    content,
    '</main>',
    `<script nonce="${escapeHtml(safeToken(options.nonce))}" src="${escapeHtml(options.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
  return { html, body: content, links: links.list };
}

/** Why the sources are one story: each link's score and the features its two sources share. */
function storyLinks(report: StoryReportResult): string[] {
  if (!report.links?.length) return [];
  const name = (uri: string): string => report.sources.find((s) => s.uri === uri)?.name ?? uri;
  const out = ['<details class="story-links"><summary>Why these sources are one story</summary><ul>'];
  for (const l of report.links) {
    out.push(`<li>${escapeHtml(name(l.a))} ~ ${escapeHtml(name(l.b))} (${escapeHtml(l.score.toFixed(2))}): ${escapeHtml(l.shared.join(', '))}</li>`);
  }
  out.push('</ul></details>');
  return out;
}

function storyBody(report: StoryReportResult, links: Links, message: string | undefined): string[] {
  const out: string[] = [];
  const counts = reportCounts(report);
  out.push('<header>');
  out.push(`<h1>Story: ${escapeHtml(report.story?.label ?? '')}</h1>`);
  out.push(
    `<p class="summary">${plural(counts.sources, 'source')} · ${plural(counts.facts, 'fact')} ` +
      `(<span class="state-differ">${counts.differ} differ</span>, <span class="state-agree">${counts.agree} agreed</span>, ` +
      `${counts.single} single-source) · ${plural(counts.findings, 'finding')}</p>`,
  );
  out.push(
    '<nav class="toolbar" aria-label="Report actions">' +
      '<button type="button" data-jump="sources">Sources</button>' +
      '<button type="button" data-jump="findings">Findings</button>' +
      '<button type="button" data-jump="facts">Facts</button>' +
      '<span class="spacer"></span>' +
      '<button type="button" data-action="refresh">Refresh</button>' +
      '<button type="button" data-action="export-markdown">Export Markdown…</button>' +
      '<button type="button" data-action="export-json">Export JSON…</button>' +
      '</nav>',
  );
  if (message) out.push(`<p class="notice">${escapeHtml(message)}</p>`);
  out.push('</header>');
  out.push(...sourcesSection(report, links));

  // Findings
  out.push(`<section id="findings"><h2>Findings (${report.findings.length})</h2>`);
  if (report.findings.length === 0) out.push('<p class="empty">No disagreements between the sources.</p>');
  else {
    out.push('<ul class="findings">');
    for (const f of sortedFindings(report.findings)) out.push(findingItem(report, f, links));
    out.push('</ul>');
  }
  out.push('</section>');
  out.push(...factsSection(report, links));
  return out;
}

/** The sources, numbered: the numbers stand for them in the facts table. */
function sourcesSection(report: StoryReportResult, links: Links): string[] {
  const out = ['<section id="sources"><h2>Sources</h2>'];
  out.push('<table class="sources"><thead><tr><th scope="col" class="num number">#</th><th scope="col" class="source-name">Source</th><th scope="col">Headline</th><th scope="col" class="num">Findings</th></tr></thead><tbody>');
  report.sources.forEach((s, i) => {
    // An article without a headline shows the start of its first sentence, marked as such.
    const title = s.headline === false ? `<span class="lead" title="No headline: the start of the first sentence">${escapeHtml(s.title)}</span>` : escapeHtml(s.title);
    out.push(
      `<tr><td class="num"><span class="src">${i + 1}</span></td><td class="source-name">${links.anchor(fileStart(s.uri), s.name, `Open ${s.name}`)}</td>` +
        `<td>${title}</td><td class="num">${escapeHtml(s.findings)}</td></tr>`,
    );
  });
  out.push('</tbody></table>');
  out.push(...storyLinks(report));
  out.push('</section>');
  return out;
}

/** One row per fact: its values, each with the numbers of the sources that give it; the sources without it. */
function factsSection(report: StoryReportResult, links: Links): string[] {
  const out = [`<section id="facts"><h2>Facts (${report.facts.length})</h2>`];
  out.push(
    '<div class="filters" role="group" aria-label="Show facts">' +
      '<button type="button" data-filter="all" aria-pressed="true">All</button>' +
      '<button type="button" data-filter="differ" aria-pressed="false">Differ</button>' +
      '<button type="button" data-filter="agree" aria-pressed="false">Agreed</button>' +
      '<button type="button" data-filter="single" aria-pressed="false">Single source</button>' +
      '</div>',
  );
  if (report.facts.length === 0) {
    out.push('<p class="empty">No facts aligned across the sources.</p>');
  } else {
    out.push('<table class="facts"><thead><tr>');
    out.push(
      '<th scope="col" class="fact-label">Fact</th><th scope="col" class="values">What the sources give <span class="hint">(source numbers as in Sources)</span></th>' +
        '<th scope="col" class="num" title="Sources giving the most widely given value, of all sources">Sources</th>',
    );
    out.push('</tr></thead><tbody>');
    for (const fact of sortedFacts(report.facts)) out.push(factRow(report, fact, links));
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out;
}

function findingItem(report: StoryReportResult, f: ReportFinding, links: Links): string {
  const where = `${sourceName(report, f.location.uri)}:${positionLabel(f.location.range)}`;
  const parts = [
    `<li class="finding sev-${escapeHtml(f.severity)}">`,
    `<span class="badge sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</span> `,
    `<code class="check">${escapeHtml(f.check)}</code> `,
    `<span class="message">${escapeHtml(f.message)}</span> `,
    links.anchor(f.location, where, 'Open this passage'),
  ];
  if (f.related.length > 0) {
    parts.push('<ul class="related">');
    for (const r of f.related) {
      const rwhere = `${sourceName(report, r.location.uri)}:${positionLabel(r.location.range)}`;
      parts.push(`<li><span class="message">${escapeHtml(r.message)}</span> ${links.anchor(r.location, rwhere, 'Open this passage')}</li>`);
    }
    parts.push('</ul>');
  }
  parts.push('</li>');
  return parts.join('');
}

function factRow(report: StoryReportResult, fact: ReportFact, links: Links): string {
  const { groups, absent } = valueGroups(fact, report.sources);
  const row = [
    `<tr class="fact status-${escapeHtml(fact.status)}" data-status="${escapeHtml(fact.status)}">`,
    `<th scope="row">${escapeHtml(fact.label)}<span class="kind">${escapeHtml(fact.kind)}</span></th>`,
    '<td class="values">',
  ];
  for (const g of groups) {
    const first = g.sources[0]!.value;
    // The value links to its first passage; each source number to that source's passage.
    const numbers = g.sources
      .map((s) =>
        links.anchor(s.value.location, String(s.number), `“${s.value.text}” in ${s.source.name}${s.mentions > 1 ? ` (${s.mentions} mentions)` : ''}`, 'src'),
      )
      .join(' ');
    row.push(
      `<div class="value cell state-${escapeHtml(g.state)}"><span class="state">${escapeHtml(fact.status === 'agree' && g.state === 'agree' ? 'agreed' : GROUP_LABEL[g.state])}</span> ` +
        `${links.anchor(first.location, g.display, `“${first.text}” in ${g.sources[0]!.source.name}`)} <span class="by">${numbers}</span></div>`,
    );
  }
  if (absent.length) {
    const names = absent.map((s) => `${sourceNumber(report, s.uri) ?? '?'} ${s.name}`).join(', ');
    row.push(`<div class="value cell state-absent" title="${escapeHtml(`Not in: ${names}`)}">not in ${plural(absent.length, 'source')}</div>`);
  }
  row.push('</td>');
  row.push(`<td class="num">${escapeHtml(fact.corroboration)}/${report.sources.length}</td>`);
  row.push('</tr>');
  return row.join('');
}
