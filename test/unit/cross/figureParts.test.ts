// Parts and wholes, and the measured thing in its event (cross/alignFigures.ts, figures/frame.ts): a count
// of one named place is a part of the story's whole, not another value of it. Each test has a twin that
// must still be compared, so none passes by comparing nothing. Invented articles about invented events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { article, of } from './util';

const findings = (check: string, ...texts: string[]): string[] =>
  of(analyzeCorpus(texts.map((t, i) => article(`${'abcdef'[i]}.txt`, t)), { storyThreshold: 0 }).findings, check).map((f) => f.message);
const conflicts = (...texts: string[]): string[] => findings('figure-conflict', ...texts);

test('a count of one named place is a part of the whole: "5,600 staff in Britain" is not another count of the 9,400 staff', () => {
  const lead = 'Marlow Cables agreed on Monday to be bought by Tessin Wire for 2.1 billion euros.';
  assert.deepEqual(
    conflicts(
      `${lead} Marlow Cables employs 9,400 staff, the company said.`,
      `${lead} The cable maker employs about 5,600 staff in Britain, the company said.`,
      `${lead} Marlow Cables, which employs 9,400 staff, said the deal was fair.`,
    ),
    [],
  );
  // "sold in Germany": a participle may stand between the things and the place.
  assert.deepEqual(conflicts(`${lead} Marlow Cables has sold 40,000 cable drums this year.`, `${lead} Marlow Cables has sold 12,000 cable drums sold in Germany this year.`), []);
  // Two counts of the whole are still compared, and two counts of one place too.
  assert.equal(conflicts(`${lead} Marlow Cables employs 9,400 staff, the company said.`, `${lead} Marlow Cables employs 9,900 staff, the company said.`).length, 2);
  assert.equal(conflicts(`${lead} Marlow Cables employs 5,600 staff in Britain.`, `${lead} Marlow Cables employs 6,500 staff in Britain.`).length, 2);
  // A place after the figure's own verb says where it happened, not which part: "gathered in Harnsby".
  const rally = 'Workers at the Marlow Cables plant protested on Tuesday against the sale.';
  assert.equal(conflicts(`${rally} About 500 workers gathered in Harnsby on Tuesday.`, `${rally} About 800 workers gathered outside the plant on Tuesday.`).length, 2);
});
