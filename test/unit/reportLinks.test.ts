// The story report shows why its sources are one story (the links of the grouping with the features
// they share), escaped like every other piece of article data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryReportResult } from '../../server/src/protocol';
import { renderReportHtml } from '../../client/src/reportHtml';

const OPTIONS = { cspSource: "'self'", nonce: 'bm9uY2U=', scriptUri: 'https://x/media/report.js', styleUri: 'https://x/media/report.css' };

test('story report: each link between two sources with its score and shared features, escaped', () => {
  const report: StoryReportResult = {
    story: { id: 'story-1', label: 'Kjellin · Vallmora' },
    sources: [
      { uri: 'file:///s/a.txt', name: 'a.txt', title: 'A', findings: 0 },
      { uri: 'file:///s/b.txt', name: 'b.txt', title: 'B', findings: 0 },
    ],
    facts: [],
    findings: [],
    links: [{ a: 'file:///s/a.txt', b: 'file:///s/b.txt', score: 0.4321, shared: ['Edda Kjellin', '<img src=x onerror=alert(1)>', 'dockworkers'] }],
  };
  const { html } = renderReportHtml(report, OPTIONS);
  assert.match(html, /Why these sources are one story/);
  assert.match(html, /a\.txt ~ b\.txt \(0\.43\): Edda Kjellin, &lt;img src=x onerror=alert\(1\)&gt;, dockworkers/);
  assert.doesNotMatch(html, /<img/);
  // No links (an older server, or a story of one article): no section.
  assert.doesNotMatch(renderReportHtml({ ...report, links: [] }, OPTIONS).html, /Why these sources/);
});
