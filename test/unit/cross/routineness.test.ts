// How much an article reads like a routine table (results, prices) rather than prose: the share of its
// words that carry a digit, words being runs of non-space characters however the text spaces them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routineness } from '../../../server/src/analysis/cross/storyFeatures';

/** The definition, written plainly with regular expressions. */
function byRegex(text: string): number {
  const words = [...text.matchAll(/\S+/g)].map((m) => m[0]);
  if (words.length === 0) return 0;
  const share = words.filter((w) => /\d/.test(w)).length / words.length;
  return Math.min(1, Math.max(0, (share - 0.08) / (0.2 - 0.08)));
}

test('a results table reads as routine, a report as prose, an empty text as neither', () => {
  const table = 'Grenmark 3 Oslund 1\nVeldby 0 Harrow 2\nKestrel 1 Morwen 1\n';
  const prose = 'The harbour authority said on Tuesday that the ferry to Skarvik would resume sailing after 3 days of repairs.';
  assert.equal(routineness(table), 1);
  assert.equal(routineness(prose), 0);
  assert.equal(routineness(''), 0);
  assert.equal(routineness(' \u00a0\u2028 '), 0);
});

test('every kind of space separates words as \\s does', () => {
  const spaces = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
  const notSpaces = ['\u200b', '\u0085', '\u180e', '-', '·'];
  for (const sep of [...spaces, ...notSpaces]) {
    const text = ['Kestrel', '1', 'Morwen', 'drew', 'on', 'Sunday', `12${sep}000`, 'fans', 'came', 'a10'].join(sep);
    assert.equal(routineness(text), byRegex(text), JSON.stringify(sep));
  }
});
