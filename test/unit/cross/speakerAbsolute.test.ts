// A speaker phrase with an absolute phrase set off by commas ("Brisk, his face black with dust, told us")
// keeps its speaker (quotes/phrases.ts absolutePhrase), so the words are compared with other reports of
// the same person and a swapped word is a quote variant. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { messagesOf } from './util';

const speakers = (text: string): Array<string | null> => analyzeArticle(text).quotes.map((q) => q.speaker);

test('an absolute phrase between the name and the verb does not hide the speaker', () => {
  assert.deepEqual(speakers('Fire chief Oskar Lindqvist, his face black with soot, told reporters: "We found nobody alive in the east wing."'), ['Oskar Lindqvist']);
  assert.deepEqual(speakers('Coach Pavel Renko, his shirt soaked with rain, said: "The boys gave everything tonight."'), ['Pavel Renko']);
  assert.deepEqual(speakers('Ilse Brandt, her eyes red from crying, said: "He was the kindest man I knew."'), ['Ilse Brandt']);
});

test('look-alike: a possessive appositive that names a person ("his spokeswoman", "his deputy for finance") stays a description', () => {
  assert.deepEqual(speakers('Anna Kell, his spokeswoman, said: "The minister will not resign."'), ['Anna Kell']);
  assert.deepEqual(speakers('Tobin Akerly, his deputy for finance, said: "The budget is balanced."'), ['Tobin Akerly']);
});

test('a swapped content word in one report is a quote variant; a quote shortened with an ellipsis is not', () => {
  const full = 'SKARN, April 2 - Rescue chief Maren Udd, her helmet still on, told reporters: "We are checking every corner of the ward and every cellar under it."';
  const swapped = 'SKARN, April 2 - Maren Udd, who leads the rescue service, said: "We are checking every corner of the ward and every basement under it."';
  const trimmed = 'SKARN, April 2 - Maren Udd, who leads the rescue service, said: "We are checking every corner ... and every cellar under it."';
  assert.ok(messagesOf('quote-variant', full, swapped).some((m) => /cellar/.test(m) && /basement/.test(m)), messagesOf('quote-variant', full, swapped).join('\n'));
  assert.deepEqual(messagesOf('quote-variant', full, trimmed), []);
});
