// The analysis behind the story report and the text compare, in the core: how each source stands on a
// fact (a majority counted by sources, not by values) and the sentence alignment of two articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corroboration, majorityValue, sourceAgreement } from '../../../server/src/analysis/cross/agreement';
import { alignSentences } from '../../../server/src/analysis/cross/sentences';

const SOURCES = ['a', 'b', 'c', 'd'];

test('agreement: the majority is counted by sources, so repeating a value does not outvote other sources', () => {
  const values = [
    { source: 'a', display: '300 sailings' },
    { source: 'a', display: '300 sailings' },
    { source: 'a', display: '300 sailings' },
    { source: 'b', display: '320 sailings' },
    { source: 'c', display: '320 sailings' },
  ];
  assert.equal(majorityValue(values), '320 sailings');
  assert.equal(corroboration(values), 2);
  assert.deepEqual(sourceAgreement('differ', values, SOURCES), [
    { source: 'a', state: 'differ' },
    { source: 'b', state: 'agree' },
    { source: 'c', state: 'agree' },
    { source: 'd', state: 'absent' },
  ]);
});

test('agreement: a source with the majority value among others agrees; an even split has no majority', () => {
  const mixed = [
    { source: 'a', display: '12' },
    { source: 'a', display: '14' },
    { source: 'b', display: '14' },
    { source: 'c', display: '12' },
    { source: 'd', display: '14' },
  ];
  assert.deepEqual(
    sourceAgreement('differ', mixed, SOURCES).map((x) => x.state),
    ['agree', 'agree', 'differ', 'agree'],
  );
  const split = [
    { source: 'a', display: '12' },
    { source: 'b', display: '14' },
  ];
  assert.equal(majorityValue(split), undefined);
  assert.deepEqual(
    sourceAgreement('differ', split, SOURCES).map((x) => x.state),
    ['differ', 'differ', 'absent', 'absent'],
  );
});

test('agreement: agreed facts agree, single-source facts are the only source', () => {
  const agreed = [
    { source: 'b', display: 'Tuesday 3 March' },
    { source: 'c', display: 'Tuesday 3 March' },
  ];
  assert.deepEqual(
    sourceAgreement('agree', agreed, SOURCES).map((x) => x.state),
    ['absent', 'agree', 'agree', 'absent'],
  );
  assert.deepEqual(
    sourceAgreement('single', [{ source: 'c', display: 'x' }], SOURCES).map((x) => x.state),
    ['absent', 'absent', 'only', 'absent'],
  );
});

test('sentences: rewrites of a sentence face each other; a sentence with no counterpart faces a gap', () => {
  const s = (text: string, start: number) => ({ text, span: { start, end: start + text.length } });
  const left = [s('Ferry crews in Lindhaven walked out on Tuesday.', 0), s('The harbour master closed the outer pier.', 50), s('About 300 sailings were cancelled.', 95)];
  const right = [s('On Tuesday ferry crews in Lindhaven walked out.', 0), s('Some 300 sailings were cancelled, the company said.', 50)];
  const pairs = alignSentences(left, right);
  assert.deepEqual(
    pairs.map((p) => [p.left[0]?.span.start, p.right[0]?.span.start]),
    [
      [0, 0],
      [50, undefined],
      [95, 50],
    ],
  );
  assert.deepEqual(alignSentences([], right).map((p) => p.right[0]?.text), right.map((x) => x.text));
});
