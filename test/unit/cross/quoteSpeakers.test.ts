// Quote attribution across sources when one source credits words through a pronoun ("…," he said): the
// pronoun is the weakest reading, and the person the other sources credit, named just before the
// quotation, is who the article most likely means. A name credited outright still disagrees.
// Invented sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { article, of } from './util';

const words = 'This is the worst day in the history of our company, and we grieve with every family';
const others = [
  article('b.txt', `A regional jet crashed near Tolvik on Tuesday.\n\nChief executive Per Sandmo said: "${words}."\n`),
  article('c.txt', `A regional jet crashed near Tolvik on Tuesday.\n\n"${words}," chief executive Per Sandmo told reporters.\n`),
];

test('"…," he said, after the person the other sources credit is named: no misattribution to an earlier person', () => {
  const a = article(
    'a.txt',
    `A regional jet crashed near Tolvik on Tuesday.\n\nThe captain, Nils Berg, 45, had 9,000 flying hours, the airline said.\n\nPer Sandmo, the airline's chief executive, who flew to Tolvik on Tuesday evening, visited the hospital.\n\n"${words}," he said.\n`,
  );
  assert.deepEqual(of(analyzeCorpus([a, ...others], { storyThreshold: 0 }).findings, 'quote-attribution').map((f) => f.message), []);
});

test('the same words credited outright to another person are still a misattribution', () => {
  const a = article(
    'a.txt',
    `A regional jet crashed near Tolvik on Tuesday.\n\nPer Sandmo, the airline's chief executive, visited the hospital.\n\n"${words}," the captain's union leader, Nils Berg, said.\n`,
  );
  const fs = of(analyzeCorpus([a, ...others], { storyThreshold: 0 }).findings, 'quote-attribution');
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.match(fs[0]!.location.article, /a\.txt/);
});
