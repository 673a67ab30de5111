// The sentence alignment behind "Compare Text with Another Source": paraphrases of one sentence face
// each other even when their figures differ, a sentence the other report splits in two faces both
// halves, and what one report alone says stands alone. Invented paraphrase pairs, then two real
// rewrites of one wire story from ../shared (skipped when it is absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { alignSentences, sentenceSimilarity, SENTENCE_MATCH_MIN, type SentencePair, type SentenceText } from '../../../server/src/analysis/cross/sentences';
import { alignGroups } from '../../../server/src/analysis/util/sequence';
import { sharedDir } from './util';

function sentences(...texts: string[]): SentenceText[] {
  let at = 0;
  return texts.map((text) => {
    const s = { text, span: { start: at, end: at + text.length } };
    at += text.length + 1;
    return s;
  });
}

/** Each row as [left texts, right texts], first words only, for readable failures. */
function rows(pairs: Array<SentencePair<SentenceText>>): string[] {
  const first = (s: SentenceText[]): string => s.map((x) => x.text.split(' ').slice(0, 3).join(' ')).join(' + ') || '-';
  return pairs.map((p) => `${first(p.left)} | ${first(p.right)}`);
}

const LEFT = sentences(
  'Ferry crews in Lindhaven walked out on Tuesday after talks with the operators collapsed.',
  'The talks on Monday lasted roughly 90 minutes, the Lindhaven Ferry Union said.',
  'Union secretary Marta Olsen said the crews had waited long enough for a pay offer.',
  'The harbour master, Tomas Brekke, said 300 sailings were cancelled.',
  'Tourism officials fear the strike will hurt the summer season.',
);
const RIGHT = sentences(
  'A strike by ferry crews halted Lindhaven’s ferries on Tuesday.',
  'Monday’s session between the union and the operators ran for about two hours before it broke up.',
  'Crews had waited long enough for an offer, union secretary Marta Olsen told reporters.',
  'Harbour master Tomas Brekke said some 300 sailings had been cancelled.',
  'The operators said they remained open to further talks.',
);

test('sentences: a paraphrase faces its original even when the figure differs (90 minutes against two hours)', () => {
  const pairs = alignSentences(LEFT, RIGHT);
  const talks = pairs.find((p) => p.left.some((s) => s.text.includes('90 minutes')));
  assert.ok(talks?.right.some((s) => s.text.includes('two hours')), rows(pairs).join('\n'));
  assert.ok(pairs.find((p) => p.left.some((s) => s.text.includes('Marta Olsen')))?.right.some((s) => s.text.includes('Marta Olsen')), rows(pairs).join('\n'));
  assert.ok(pairs.find((p) => p.left.some((s) => s.text.includes('300 sailings')))?.right.some((s) => s.text.includes('300 sailings')));
  // What one report alone says stands alone: an addition on one side, a removal on the other.
  const tourism = pairs.find((p) => p.left.some((s) => s.text.startsWith('Tourism')));
  assert.deepEqual(tourism?.right, []);
  assert.equal(tourism.similarity, 0);
  assert.ok(pairs.some((p) => p.left.length === 0 && p.right[0]?.text.startsWith('The operators said')));
  // Every sentence once, in order, on each side.
  assert.deepEqual(pairs.flatMap((p) => p.left), LEFT);
  assert.deepEqual(pairs.flatMap((p) => p.right), RIGHT);
});

test('sentences: numbers and names weigh more than ordinary words; stems and case do not matter', () => {
  const base = 'Harbour master Tomas Brekke said 300 sailings were cancelled on Tuesday.';
  const sameFacts = 'Three hundred sailings were cancelled, said Brekke.';

  assert.ok(sentenceSimilarity(base, sameFacts) > sentenceSimilarity(base, 'Nothing in common here at all.'));
  // "300" and "three hundred" are one number; "Brekke" is a name: they outweigh "harbour master".
  assert.ok(sentenceSimilarity(base, sameFacts) >= SENTENCE_MATCH_MIN);
  assert.ok(sentenceSimilarity('Crews walked out.', 'CREWS WALK OUT.') > 0.5, 'stems and case');
  assert.equal(sentenceSimilarity('', base), 0);

});

test('sentences: a sentence the other report splits in two faces both halves', () => {
  const left = sentences(
    'Ferry crews in Lindhaven walked out on Tuesday.',
    'Union secretary Marta Olsen said 1,200 crew members had joined the strike and that harbour master Tomas Brekke had cancelled 300 sailings.',
    'The operators were not available for comment.',
  );
  const right = sentences(
    'Ferry crews in Lindhaven walked out on Tuesday.',
    'About 1,200 crew members joined the strike, union secretary Marta Olsen said.',
    'Harbour master Tomas Brekke cancelled 300 sailings.',
    'The operators were not available for comment.',
  );
  const pairs = alignSentences(left, right);
  const split = pairs.find((p) => p.left.some((s) => s.text.includes('1,200')));
  assert.equal(split?.right.length, 2, rows(pairs).join('\n'));
  assert.equal(pairs.length, 3);
});

test('sentences: a moved sentence stands alone where it is, and says where its counterpart is', () => {
  const left = sentences(
    'Ferry crews in Lindhaven walked out on Tuesday after talks collapsed.',
    'Tourism officials in Lindhaven fear the strike will ruin the summer season for the islands.',
    'Harbour master Tomas Brekke said 300 sailings were cancelled.',
    'The union said 1,200 crew members had joined.',
  );
  const right = sentences(
    'Ferry crews in Lindhaven walked out on Tuesday after talks collapsed.',
    'Harbour master Tomas Brekke said 300 sailings were cancelled.',
    'The union said 1,200 crew members had joined.',
    'The summer season for the islands could be ruined by the strike, Lindhaven tourism officials fear.',
  );
  const pairs = alignSentences(left, right);
  const tourism = pairs.findIndex((p) => p.left.some((s) => s.text.startsWith('Tourism')));
  const counterpart = pairs.findIndex((p) => p.right.some((s) => s.text.startsWith('The summer season')));
  assert.deepEqual(pairs[tourism]?.right, []);
  assert.equal(pairs[tourism].moved, counterpart, rows(pairs).join('\n'));
  assert.equal(pairs[counterpart]?.moved, tourism);
});

test('sentences: a huge text is aligned within a bound, every sentence still once and in order', { timeout: 60_000 }, () => {
  const many = (n: number, tag: string): SentenceText[] => sentences(...Array.from({ length: n }, (_, i) => `Sentence ${i} of the ${tag} report mentions Lindhaven and ${i * 7} ferries.`));
  const left = many(3000, 'first');
  const right = many(2000, 'second');
  const pairs = alignSentences(left, right);
  assert.deepEqual(pairs.flatMap((p) => p.left).length, left.length);
  assert.deepEqual(pairs.flatMap((p) => p.right).length, right.length);
  assert.deepEqual(pairs.flatMap((p) => p.left), left);
  assert.deepEqual(pairs.flatMap((p) => p.right), right);
});

test('sequence: grouped alignment takes a pair only when it beats the single match', () => {
  const one = (i: number, j: number): number => (i === j ? 0.5 : 0);
  const none = (): number => 0;
  assert.deepEqual(alignGroups(2, 2, { one, twoLeft: none, twoRight: none }, 0.3), [
    { left: [0], right: [0] },
    { left: [1], right: [1] },
  ]);
  // Left 0 and 1 together match right 0 better than either alone; right 1 matches nothing.
  const groups = alignGroups(2, 2, { one: (_i, j) => (j === 0 ? 0.35 : 0), twoLeft: (i, j) => (i === 0 && j === 0 ? 0.8 : 0), twoRight: none }, 0.3);
  assert.deepEqual(groups, [{ left: [0, 1], right: [0] }, { left: [], right: [1] }]);
  assert.deepEqual(alignGroups(0, 1, { one, twoLeft: none, twoRight: none }, 0.3), [{ left: [], right: [0] }]);
});

const berlin = path.join(sharedDir(), 'corpus', 'berlin-talks');

test('berlin-talks: two rewrites of one wire story, sentence by sentence', (t) => {
  if (!existsSync(berlin)) {
    t.skip(`no corpus at ${berlin}`);
    return;
  }
  const load = (name: string): SentenceText[] => {
    const text = readFileSync(path.join(berlin, name), 'utf8');
    return analyzeArticle(text).sentences.map((s) => ({ text: text.slice(s.start, s.end).replace(/\s+/g, ' ').trim(), span: s }));
  };
  const left = load('000_6db359777d1d4987.txt');
  const right = load('001_05f2c904642c0011.txt');
  const pairs = alignSentences(left, right);
  const facing = (fragment: RegExp): boolean => {
    const row = pairs.find((p) => p.left.some((s) => fragment.test(s.text)));
    return row !== undefined && row.right.some((s) => fragment.test(s.text));
  };
  // The sentences about the length of the talks ("90 minutes", "90-minute"), the drone count, the
  // Kremlin spokesman and the chief negotiator.
  for (const fragment of [/90[- ]minute/, /153/, /Peskov/, /Umerov/]) assert.ok(facing(fragment), `the ${fragment} sentences face each other:\n${rows(pairs).join('\n')}`);
  const paired = pairs.filter((p) => p.left.length && p.right.length).length;
  assert.ok(paired >= 0.5 * Math.min(left.length, right.length), `${paired} rows paired of ${left.length} and ${right.length} sentences`);
});
