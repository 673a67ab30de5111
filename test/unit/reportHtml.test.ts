// The story report webview's HTML (client/src/reportHtml.ts) against hostile article text: every
// piece of data escaped, no executable markup, no URL from the data in any attribute, and a strict
// Content Security Policy with a nonce and no inline script. Also the Markdown export's escaping and
// the per-source agree/differ/absent cells.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Location, StoryReportResult } from '../../server/src/protocol';
import { contentSecurityPolicy, escapeHtml, renderReportHtml } from '../../client/src/reportHtml';
import { escapeMarkdown, reportJson, reportMarkdown } from '../../client/src/reportExport';
import { factCells } from '../../client/src/reportModel';
import { REPO } from '../helpers';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(1)';
const ATTR_BREAK = `"><svg onload=alert(1)>' onfocus='alert(2)`;

const NONCE = 'bm9uY2Utbm9uY2Utbm9uY2U=';
const OPTIONS = {
  cspSource: "'self' https://*.vscode-cdn.net",
  nonce: NONCE,
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/report.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/report.css',
};

function loc(uri: string, line: number, character = 0): Location {
  return { uri, range: { start: { line, character }, end: { line, character: character + 5 } } };
}

const A = 'file:///work/story/a%20%3Cb%3E.txt';
const B = 'file:///work/story/b.news';
const C = JS_URL; // a source whose "URI" is a javascript: URL must never reach an attribute

function hostileReport(): StoryReportResult {
  return {
    story: { id: 'story:1', label: `Port strike ${SCRIPT}` },
    sources: [
      { uri: A, name: `a ${IMG}.txt`, title: `Headline with ${JS_URL} and “quotes” & ampersands`, findings: 2 },
      { uri: B, name: 'b.news', title: `${ATTR_BREAK}`, findings: 1 },
      { uri: C, name: `[click](${JS_URL})`, title: '<a href="javascript:alert(1)">x</a>', findings: 0 },
    ],
    facts: [
      {
        id: 'figure:containers',
        kind: 'figure',
        label: `containers ${IMG}`,
        status: 'differ',
        corroboration: 2,
        values: [
          { source: A, text: `14,000 ${SCRIPT}`, display: `14,000 ${SCRIPT}`, location: loc(A, 3) },
          { source: B, text: '14,000', display: `14,000 ${SCRIPT}`, location: loc(B, 4) },
          { source: C, text: ATTR_BREAK, display: `12,000 ${ATTR_BREAK}`, location: loc(C, 5) },
        ],
        agreement: [
          { source: A, state: 'agree' },
          { source: B, state: 'agree' },
          { source: C, state: 'differ' },
        ],
      },
      {
        id: 'quote:brandvold',
        kind: 'quote',
        label: `Brandvold — quote "${JS_URL}"`,
        status: 'single',
        corroboration: 1,
        values: [{ source: B, text: `“${IMG}”`, display: `“${IMG}”`, location: loc(B, 7) }],
        agreement: [
          { source: A, state: 'absent' },
          { source: B, state: 'only' },
          { source: C, state: 'absent' },
        ],
      },
      {
        id: 'date:deal',
        kind: 'date',
        label: 'deal & ballot',
        status: 'agree',
        corroboration: 2,
        values: [
          { source: A, text: 'March 9', display: '2026-03-09', location: loc(A, 1) },
          { source: B, text: 'Monday, March 9', display: '2026-03-09', location: loc(B, 1) },
        ],
        agreement: [
          { source: A, state: 'agree' },
          { source: B, state: 'agree' },
          { source: C, state: 'absent' },
        ],
      },
    ],
    findings: [
      {
        check: `figure-conflict${SCRIPT}`,
        severity: 'warning',
        message: `b.news says 14,000 ${IMG}; ${JS_URL}`,
        location: loc(A, 3),
        related: [{ location: loc(C, 5), message: `${ATTR_BREAK} & more` }],
      },
      {
        check: 'unbalanced-quote',
        severity: 'error' as const,
        message: '<b>bold</b> "never closed',
        location: loc(B, 9, 2),
        related: [],
      },
    ],
  };
}

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'link', 'title', 'body', 'script', 'header', 'h1', 'h2', 'p', 'span', 'nav', 'button', 'section',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'a', 'code', 'div', 'br', 'main',
]);

/** Attributes a browser follows or loads; text attributes such as title may quote anything, escaped. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'srcset']);

interface Tag {
  name: string;
  attrs: Array<{ name: string; value: string }>;
  raw: string;
}

/** Every start tag in the document with its attributes (values as written, entities not decoded). */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<([a-z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    const attrs = [...m[2]!.matchAll(/\s([^\s=>/]+)(?:="([^"]*)")?/g)].map((a) => ({ name: a[1]!.toLowerCase(), value: a[2] ?? '' }));
    out.push({ name: m[1]!.toLowerCase(), attrs, raw: m[0] });
  }
  return out;
}

test('hostile article text is escaped everywhere: no tag, attribute or URL comes from the data', () => {
  const { html, links } = renderReportHtml(hostileReport(), OPTIONS);

  // Every '<' in the document starts one of our own tags; the rest of the text has no raw '<' or '>'.
  const all = tags(html);
  const stripped = html.replace(/<!DOCTYPE html>/, '').replace(/<\/?[a-z][\w-]*(?:\s+[^\s=>/]+(?:="[^"]*")?)*\s*\/?>/gi, '');
  assert.doesNotMatch(stripped, /[<>]/, 'a raw < or > outside our own tags');
  for (const t of all) {
    assert.ok(ALLOWED_TAGS.has(t.name), `unexpected tag <${t.name}>: ${t.raw}`);
    for (const a of t.attrs) {
      assert.ok(!a.name.startsWith('on'), `event handler attribute in ${t.raw}`);
      assert.notEqual(a.name, 'style', `inline style in ${t.raw}`);
      if (URL_ATTRIBUTES.has(a.name)) assert.doesNotMatch(a.value, /^\s*(javascript|data|vbscript):/i, `script URL in ${t.raw}`);
    }
  }
  assert.ok(!all.some((t) => ['img', 'svg', 'iframe', 'object', 'embed', 'form', 'base'].includes(t.name)));

  // Exactly one script: the static file, with the nonce, and no inline code.
  const scripts = all.filter((t) => t.name === 'script');
  assert.equal(scripts.length, 1);
  assert.deepEqual(
    Object.fromEntries(scripts[0]!.attrs.map((a) => [a.name, a.value])),
    { nonce: NONCE, src: OPTIONS.scriptUri },
  );
  assert.match(html, /<script nonce="[^"]+" src="[^"]+"><\/script>/);

  // Links: no href but the stylesheet's (an anchor with href="#" makes the webview host scroll to the
  // top); each report link is an index into the links table, reachable from the keyboard.
  for (const t of all) {
    const href = t.attrs.find((a) => a.name === 'href')?.value;
    if (t.name === 'link') assert.equal(href, OPTIONS.styleUri);
    else assert.equal(href, undefined, `an element with an href: ${t.raw}`);
    if (t.name === 'a') assert.ok(t.attrs.some((a) => a.name === 'tabindex' && a.value === '0'), `a link the keyboard cannot reach: ${t.raw}`);
  }
  const indexes = all.filter((t) => t.name === 'a').map((t) => t.attrs.find((a) => a.name === 'data-link')?.value);
  assert.ok(indexes.length > 0);
  for (const i of indexes) {
    assert.match(i ?? '', /^\d+$/);
    assert.ok(Number(i) < links.length);
  }
  // The javascript: "URI" of source C only lives in the links table; the page has it only as text
  // (a fact's label, a headline, a tooltip), never as a URL.
  assert.ok(links.some((l) => l.uri === JS_URL));
  assert.ok(!all.some((t) => t.attrs.some((a) => URL_ATTRIBUTES.has(a.name) && a.value.includes('javascript'))));

  // The text the reader sees is the data, escaped.
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('&quot;&gt;&lt;svg onload=alert(1)&gt;&#39; onfocus=&#39;alert(2)'));
  assert.ok(html.includes('“quotes” &amp; ampersands'));
  assert.ok(html.includes('deal &amp; ballot'));
});

test('attribute values built from data (tooltips) are escaped and stay inside their quotes', () => {
  const { html } = renderReportHtml(hostileReport(), OPTIONS);
  for (const m of html.matchAll(/title="([^"]*)"/g)) {
    assert.doesNotMatch(m[1]!, /[<>'`]/, `unescaped character in title attribute: ${m[1]}`);
  }
  // The value text of source C's cell, which contains quotes, is a tooltip: still one attribute.
  assert.ok(html.includes('title="“&quot;&gt;&lt;svg onload=alert(1)&gt;&#39; onfocus=&#39;alert(2)” in [click](javascript:alert(1))"'));
});

test('Content Security Policy: default-src none, nonce script, no unsafe-inline or unsafe-eval', () => {
  const { html } = renderReportHtml(hostileReport(), OPTIONS);
  const meta = tags(html).filter((t) => t.name === 'meta' && t.attrs.some((a) => a.name === 'http-equiv' && a.value === 'Content-Security-Policy'));
  assert.equal(meta.length, 1);
  const csp = meta[0]!.attrs.find((a) => a.name === 'content')!.value;
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map((parts) => [parts[0]!, parts.slice(1)]));
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('script-src'), [`'nonce-${NONCE}'`]);
  assert.deepEqual(directives.get('style-src'), ["'self'", 'https://*.vscode-cdn.net']);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*\s*;|data:/);
  // The CSP comes before any script or stylesheet.
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'));
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));
});

test('a hostile cspSource or nonce cannot break out of the policy or the script tag', () => {
  const evil = { ...OPTIONS, cspSource: `"><script>alert(1)</script> 'unsafe-inline' https://ok.example`, nonce: `abc" onload="alert(1)` };
  const { html } = renderReportHtml(null, evil);
  const csp = contentSecurityPolicy(evil.cspSource, evil.nonce);
  assert.doesNotMatch(csp, /unsafe-inline|[<>"]/);
  assert.match(csp, /style-src https:\/\/ok\.example;/);
  assert.match(csp, /script-src 'nonce-abconload=alert1'/);
  assert.equal(tags(html).filter((t) => t.name === 'script').length, 1);
  assert.ok(!tags(html).some((t) => t.attrs.some((a) => a.name.startsWith('on'))));
});

test('no story: an explanatory page, still with the policy and nothing executable from the data', () => {
  const { html, links } = renderReportHtml(null, OPTIONS, { article: `x${SCRIPT}.txt` });
  assert.equal(links.length, 0);
  assert.match(html, /Content-Security-Policy/);
  assert.ok(html.includes('x&lt;script&gt;alert(1)&lt;/script&gt;.txt is not part of a story'));
  const empty = renderReportHtml({ story: null, sources: [], facts: [], findings: [] }, OPTIONS);
  assert.match(empty.html, /No story to show/);
});

test('the page lists numbered sources, every fact as one row of values with the sources that give each, and every finding', () => {
  const report = hostileReport();
  const { html, links } = renderReportHtml(report, OPTIONS);
  assert.equal((html.match(/<tr class="fact /g) ?? []).length, report.facts.length);
  assert.equal((html.match(/<li class="finding /g) ?? []).length, report.findings.length);
  assert.ok(html.includes('<td class="num">2/3</td>'));
  // The figure: A and B give one value (the majority), C another; the quote is B's alone; C lacks the date.
  assert.match(html, /class="value cell state-agree"><span class="state">majority<\/span> <a [^>]*>14,000 &lt;script&gt;/);
  assert.match(html, /class="value cell state-differ"><span class="state">differs<\/span>/);
  assert.match(html, /class="value cell state-only"><span class="state">one source<\/span>/);
  assert.match(html, /class="value cell state-absent"[^>]*>not in 2 sources<\/div>/);
  assert.match(html, /<span class="state">agreed<\/span> <a [^>]*>2026-03-09<\/a> <span class="by"><a [^>]*class="loc src"[^>]*>1<\/a> <a [^>]*class="loc src"[^>]*>2<\/a>/);
  // Differences come first.
  assert.ok(html.indexOf('data-status="differ"') < html.indexOf('data-status="agree"'));
  assert.ok(html.indexOf('data-status="agree"') < html.indexOf('data-status="single"'));
  // Every source, every value (its first passage) and each source giving it, every finding and related passage is a link.
  const valueLinks = report.facts.reduce((n, f) => n + new Set(f.values.map((v) => v.display)).size + f.values.length, 0);
  const expected = report.sources.length + valueLinks + report.findings.reduce((n, f) => n + 1 + f.related.length, 0);
  assert.equal(links.length, expected);
  assert.deepEqual(links.find((l) => l.uri === B && l.range.start.line === 9), loc(B, 9, 2));
});

test('fifteen sources: the facts table keeps three columns (no column per source), with a sticky header row', () => {
  const report = hostileReport();
  const many = Array.from({ length: 15 }, (_, i) => ({ uri: `file:///s/${i}.txt`, name: `outlet-${i}-with-a-rather-long-file-name.txt`, title: `Headline ${i}`, findings: 0 }));
  const wide: StoryReportResult = {
    ...report,
    sources: many,
    facts: [
      {
        ...report.facts[0]!,
        corroboration: 12,
        values: many.map((s, i) => ({ source: s.uri, text: i < 12 ? '90 minutes' : 'two hours', display: i < 12 ? 'about 90 minutes' : 'about 2 hours', location: loc(s.uri, 2) })),
        agreement: many.map((s, i) => ({ source: s.uri, state: i < 12 ? ('agree' as const) : ('differ' as const) })),
      },
    ],
  };
  const { html } = renderReportHtml(wide, OPTIONS);
  const factsHead = html.slice(html.indexOf('<table class="facts">'), html.indexOf('</thead>', html.indexOf('<table class="facts">')));
  assert.equal((factsHead.match(/<th scope="col"/g) ?? []).length, 3, factsHead);
  assert.ok(html.includes('<td class="num">12/15</td>'));
  // Two values, each once, with the sources that give it by number.
  assert.equal((html.match(/class="value cell state-/g) ?? []).length, 2);
  assert.match(html, /about 2 hours<\/a> <span class="by">(?:<a [^>]*>1[345]<\/a> ?){3}<\/span>/);
  // The style sheet keeps the header row in view and lays the table out to the window's width.
  const css = readFileSync(join(REPO, 'media', 'report.css'), 'utf8');
  assert.match(css, /thead th \{[^}]*position: sticky; top: 0/);
  assert.match(css, /table \{[^}]*width: 100%; table-layout: fixed;/);
});

test('an article without a headline shows the start of its first sentence, marked as not a headline', () => {
  const report = hostileReport();
  report.sources[1] = { ...report.sources[1]!, title: 'Talks resumed on Sunday in the capital…', headline: false };
  const { html } = renderReportHtml(report, OPTIONS);
  assert.match(html, /<span class="lead" title="No headline: the start of the first sentence">Talks resumed on Sunday in the capital…<\/span>/);
  assert.match(reportMarkdown(report), /\*Talks resumed on Sunday in the capital…\* \(no headline: its first sentence\)/);
});

test('the page content comes alone too, for updating an open page in place (no script in it)', () => {
  const { html, body } = renderReportHtml(hostileReport(), OPTIONS);
  assert.ok(html.includes(`<main id="report">\n${body}\n</main>`));
  assert.doesNotMatch(body, /<script|<meta|<link/);
});

test('cells: agree / differ / absent / only, as the server states them for each source', () => {
  const report = hostileReport();
  const [figure, quote, date] = report.facts;
  assert.deepEqual(factCells(figure!, report.sources).map((c) => c.state), ['agree', 'agree', 'differ']);
  assert.deepEqual(factCells(quote!, report.sources).map((c) => c.state), ['absent', 'only', 'absent']);
  assert.deepEqual(factCells(date!, report.sources).map((c) => c.state), ['agree', 'agree', 'absent']);
  // The client counts nothing: a source that repeats a value three times does not outvote two sources.
  const repeated = {
    ...figure!,
    values: [
      { source: A, text: '14,000', display: '14,000', location: loc(A, 3) },
      { source: A, text: '14,000', display: '14,000', location: loc(A, 6) },
      { source: A, text: '14,000', display: '14,000', location: loc(A, 9) },
      { source: B, text: '12,000', display: '12,000', location: loc(B, 4) },
      { source: C, text: '12,000', display: '12,000', location: loc(C, 5) },
    ],
    agreement: [
      { source: A, state: 'differ' as const },
      { source: B, state: 'agree' as const },
      { source: C, state: 'agree' as const },
    ],
  };
  assert.deepEqual(factCells(repeated, report.sources).map((c) => c.state), ['differ', 'agree', 'agree']);
  const { html } = renderReportHtml({ ...report, facts: [repeated] }, OPTIONS);
  assert.equal((html.match(/class="value cell state-agree"/g) ?? []).length, 1);
  assert.equal((html.match(/class="value cell state-differ"/g) ?? []).length, 1);
  assert.match(html, /state-agree"><span class="state">majority<\/span> <a [^>]*>12,000<\/a> <span class="by"><a [^>]*>2<\/a> <a [^>]*>3<\/a><\/span>/);
  assert.match(html, /state-differ"><span class="state">differs<\/span> <a [^>]*>14,000<\/a> <span class="by"><a [^>]*\(3 mentions\)[^>]*>1<\/a><\/span>/);
});

test('escapeHtml covers the five HTML specials and the backtick', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&\``), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;');
  assert.equal(escapeHtml(undefined), '');
  assert.equal(escapeHtml(42), '42');
});

test('Markdown export escapes article text: no raw HTML, no links, no broken tables', () => {
  const md = reportMarkdown(hostileReport());
  assert.doesNotMatch(md, /(^|[^\\])</m, 'an unescaped < (raw HTML) in the Markdown');
  assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
  assert.doesNotMatch(md, /(^|[^\\])\]\(/m, 'an unescaped ]( : a Markdown link');
  assert.ok(md.includes('\\[click\\](javascript:alert(1))'));
  // Every table row of the facts table has the same number of unescaped cell separators.
  const factRows = md.split('\n').filter((l) => l.startsWith('| ') && md.indexOf('## Facts') < md.indexOf(l));
  const widths = new Set(factRows.map((l) => l.replace(/\\\|/g, '').split('|').length));
  assert.equal(widths.size, 1, `ragged table: ${[...widths].join(', ')}`);
  assert.equal(escapeMarkdown('a|b\nc'), 'a\\|b c');
  assert.match(reportMarkdown({ story: null, sources: [], facts: [], findings: [] }), /not part of a story/);
});

test('JSON export is the report data, parseable, with a format marker', () => {
  const report = hostileReport();
  const parsed = JSON.parse(reportJson(report)) as Record<string, unknown>;
  assert.equal(parsed['format'], 'newslens-story-report');
  assert.deepEqual(parsed['facts'], report.facts);
  assert.deepEqual(parsed['findings'], report.findings);
});

test('a source that states a fact twice gets one link per distinct value', () => {
  const report = hostileReport();
  const date = report.facts[2]!;
  date.values.push({ source: A, text: 'March 9', display: '2026-03-09', location: loc(A, 8) });
  const { html, links } = renderReportHtml(report, OPTIONS);
  assert.ok(!links.some((l) => l.uri === A && l.range.start.line === 8));
  assert.ok(html.includes('(2 mentions)'));
});
