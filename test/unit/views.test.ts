// The small rules behind what the views show: a duration in hours and minutes, a hedge as written, a
// role as its role phrase only, which line is a headline, and the status bar's words. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { findHeadline, isPageNote, readsAsHeadline } from '../../server/src/analysis/headline';
import { distinctRoles, hedgeAsWritten, humanDuration, rolePhrase } from '../../server/src/format';
import { statusText } from '../../client/src/statusText';
import { spelledDifferently } from '../../server/src/factSheets';

test('durations read in human units, never in seconds', () => {
  assert.equal(humanDuration(5400), '1 h 30 min');
  assert.equal(humanDuration(7200), '2 h');
  assert.equal(humanDuration(18000), '5 h');
  assert.equal(humanDuration(90), '1 min 30 s');
  assert.equal(humanDuration(3 * 86400), '3 days');
  const [figure] = analyzeArticle('The talks lasted an hour and a half on Monday.').figures;
  assert.equal(figure?.kind, 'duration');
});

test('the hedge as the article writes it, found with the extractor’s own tables', () => {
  for (const [text, written] of [
    ['roughly 90 minutes', 'roughly'],
    ['Approximately 300 ferries', 'Approximately'],
    ['more than five hours', 'more than'],
    ['90 minutes or so', 'or so'],
  ] as const) {
    const figure = analyzeArticle(`The strike: ${text} were lost, the union said.`).figures.find((f) => f.text.includes(text.split(' ')[1]!));
    assert.ok(figure?.hedge, `a hedge in “${text}”: ${JSON.stringify(analyzeArticle(`The strike: ${text} were lost.`).figures)}`);
    assert.equal(hedgeAsWritten(figure), written, text);
  }
  assert.equal(hedgeAsWritten({ text: '300', hedge: undefined }), undefined);
});

test('a role is the role phrase only: no stray words run into it', () => {
  assert.equal(rolePhrase('Germany - Ukrainian President'), 'Ukrainian President');
  assert.equal(rolePhrase('WORLD NEWS | Foreign Minister'), 'Foreign Minister');
  assert.equal(rolePhrase('Update: the union’s general secretary,'), 'union’s general secretary');
  assert.equal(rolePhrase('son-in-law'), 'son-in-law', 'a hyphen inside a word is not a separator');
  assert.equal(rolePhrase('U.S. envoy'), 'U.S. envoy');
  // Roles of one person: each once, and none that another contains.
  assert.deepEqual(distinctRoles(['President', 'Ukrainian President', 'ukrainian president', 'Norland - Ukrainian President']), ['Ukrainian President']);
  assert.deepEqual(distinctRoles(['union’s general secretary', 'union general secretary', 'union leader']), ['union’s general secretary', 'union leader']);
});

test('the headline: the first line that reads as one, after notes, bylines and timestamps', () => {
  const head = (text: string): string | undefined => {
    const a = analyzeArticle(text);
    return a.headline ? text.slice(a.headline.start, a.headline.end) : undefined;
  };
  const body = 'Ferry crews in Lindhaven walked out on Tuesday after talks with the operators collapsed late on Monday night. The union said more than a thousand members had joined.';
  assert.equal(head(`Lindhaven ferries halted as crews strike\n\n${body}`), 'Lindhaven ferries halted as crews strike');
  assert.equal(head(`This article was originally published by the Coast Courier. Read the original article.\n${body}`), undefined, 'a note, then the body: no headline');
  assert.equal(head(`By Anna Berg\nUpdated 14:05 GMT\nLindhaven ferries halted as crews strike\n${body}`), 'Lindhaven ferries halted as crews strike');
  assert.equal(head(`${body}\nMore to follow.`), undefined, 'an article that opens with its lead paragraph has none');
  assert.equal(head('Ferry strike ends.'), undefined, 'a one-line text is not a headline of anything');
  // Wire headlines end in a full stop; abbreviations do not make them two sentences.
  assert.equal(head(`U.S. ferry operators seen returning to talks.\n\nLINDHAVEN 2026-03-10\n\n${body}`), 'U.S. ferry operators seen returning to talks.');
  assert.ok(readsAsHeadline('Talks Stall Over Harbour Fees'));
  assert.ok(!readsAsHeadline('The talks stalled. The union walked out.'));
  assert.ok(isPageNote('© 2026 Coast Courier. All rights reserved.'));
  assert.ok(isPageNote('Photo: Anna Berg'));
  assert.ok(isPageNote('LINDHAVEN 2026-03-10'));
  assert.ok(!isPageNote('By the numbers: what the strike costs'));
  assert.ok(!isPageNote('Share prices fall as ferry strike drags on'));
  assert.equal(findHeadline('', []), undefined);
});

test('status bar: one source, two sources; no story', () => {
  const base = { article: true, findings: 1, story: { id: 's', label: 'Lindhaven · Marta Olsen' } };
  assert.equal(statusText({ ...base, sources: 1 }).text, 'Lindhaven · Marta Olsen · 1 source · 1 finding');
  assert.equal(statusText({ ...base, sources: 2, findings: 0 }).text, 'Lindhaven · Marta Olsen · 2 sources · 0 findings');
  assert.equal(statusText({ ...base, story: null, sources: 0, findings: 3 }).text, 'No story · 3 findings');
  assert.equal(statusText({ ...base, story: null, sources: 0, findings: 0, indexing: true }).text, 'Reading the folder…', 'no “no story” before the folder is read');
  assert.equal(statusText({ ...base, sources: 1, indexing: true }).text, 'Lindhaven · Marta Olsen · 1 source · 1 finding · reading…');
  const long = statusText({ ...base, sources: 13, story: { id: 's', label: 'A very long story label that goes on and on' } });
  assert.equal(long.text, "A very long story label that go… · 13 sources · 1 finding");
  assert.match(long.tooltip, /A very long story label that goes on and on\n\n13 sources, 1 finding\./);
});

test('fact sheets: a name is spelled differently only when words of the same length differ, typography aside', () => {
  assert.equal(spelledDifferently(['Olek Marenko', 'Marenko'], ['Olek Marenkko', 'Marenkko']), true);
  assert.equal(spelledDifferently(['Marenko'], ['Olek Marenko']), false, 'a surname alone is not another spelling');
  assert.equal(spelledDifferently(['Dockworkers’ Union'], ["Dockworkers' Union"]), false, 'curly and straight apostrophes');
  assert.equal(spelledDifferently(['Marenko', 'Marenkko'], ['Marenko']), false, 'a spelling both use');
});
