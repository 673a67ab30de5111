// "The deadliest since 1998, when 22 people died": the year after "since" dates the earlier event its
// "when" clause tells, so that event's figures are not the story's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticleFacts } from '../../../server/src/analysis/cross/extract';
import { article, corpus } from './util';

const figureFindings = (...texts: string[]): string[] =>
  corpus(...texts)
    .findings.filter((f) => f.check === 'figure-conflict' || f.check === 'figure-update')
    .map((f) => f.message);

test("an earlier disaster's toll after \"since YEAR, when\" is not compared with the story's", () => {
  // The earlier-dated report gives a provisional toll; the later one, the story's own toll and the old one.
  const cases: Array<[string, string]> = [
    ['VESSBY, March 13 - Fourteen people are now confirmed dead after Thursday’s derailment near Vessby. It is the worst rail accident since 1998, when 22 people died in a collision at Orn.', 'VESSBY, March 12 - At least nine people were killed when a train came off the tracks near Vessby on Thursday, police said.'],
    ['HALDEN, May 5 - Nine miners were killed in the Halden pit on Monday, the deadliest accident there since 2009, when 31 miners were killed in a gas blast.', 'HALDEN, May 4 - At least six miners were killed in a roof fall at the Halden pit on Monday, the operator said.'],
    ['BRASK, Oct 2 - Storm Elin left 3,000 homes without power in Brask, the most since 2015, when 40,000 homes lost power for a week.', 'BRASK, Oct 1 - At least 1,200 homes in Brask were without power on Sunday night after Storm Elin.'],
  ];
  for (const [a, b] of cases) assert.ok(!figureFindings(a, b).some((m) => /\b(?:22|31|40,000)\b/.test(m)), `${a}\n${b}\n${figureFindings(a, b).join('\n')}`);
});

const eraOf = (text: string, figure: string): string | undefined =>
  extractArticleFacts(article('a.txt', text)).figures.find((x) => x.figure.text === figure)?.fact.era;

test('a figure in the "when" clause after "since YEAR" belongs to that year; one after "since YEAR" alone does not', () => {
  assert.equal(eraOf('It is the worst rail accident since 1998, when 22 people died in a collision at Orn.', '22'), '1998');
  assert.equal(eraOf('The deadliest accident there since 2009, when 31 miners were killed in a gas blast.', '31'), '2009');
  assert.equal(eraOf('The most since 2015 , when 40,000 homes lost power for a week.', '40,000'), '2015');
  // "Since 2019, 22 people have died": a count over the years since, this story's own figure.
  assert.equal(eraOf('Since 2019, 22 people have died on the Orn road.', '22'), undefined);
});

test('the story\'s own figures in those sentences are still compared', () => {
  const msgs = figureFindings(
    'Fourteen people died when a train derailed near Vessby on Thursday. It is the worst rail accident since 1998, when 22 people died in a collision at Orn.',
    'Eleven people were killed when a train came off the tracks near Vessby on Thursday, police said.',
  );
  assert.ok(msgs.some((m) => /14|Fourteen/.test(m) && /11|Eleven/.test(m)), msgs.join('\n'));
});
