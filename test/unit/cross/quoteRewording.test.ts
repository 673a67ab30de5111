// A short line reworded by one source and credited to the same person is one statement worded two ways
// (quote-variant); two different lines of one speaker, and one line in straight and curly quotation marks,
// are not. Invented sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewordedAlike } from '../../../server/src/analysis/cross/alignQuotes';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import type { Finding } from '../../../server/src/analysis/cross/types';
import { article, of } from './util';

const NAMES = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];

function findings(check: string, ...texts: string[]): Finding[] {
  return of(analyzeCorpus(texts.map((t, i) => article(NAMES[i]!, t)), { storyThreshold: 0 }).findings, check);
}

const where = (fs: Finding[]): string[] => fs.map((f) => f.location.article.replace('mem:/', '')).sort();
const words = (s: string): string[] => s.toLowerCase().replace(/[^\p{L}\s']/gu, '').split(/\s+/).filter(Boolean);

test('short rewordings keep most words in order and every content word of the plainer one', () => {
  assert.ok(rewordedAlike(words('Silence says more than any speech'), words('Silence said more than any speech could')));
  assert.ok(rewordedAlike(words('The river took everything we had built'), words('The river took all that we had built')));
  assert.ok(rewordedAlike(words('Courage won where money failed us'), words('Courage won where money had failed')));
});

test('two different lines of one speaker are no rewording of each other', () => {
  assert.ok(!rewordedAlike(words('We will rebuild the bridge by spring'), words('We will not rebuild the old bridge')));
  assert.ok(!rewordedAlike(words('I am very proud of my team today'), words('I am very tired but happy today')));
  assert.ok(!rewordedAlike(words('The port will reopen on Monday'), words('The port will stay shut for now')));
});

test('a short line reworded by one source is found, on that source', () => {
  const fs = findings(
    'quote-variant',
    'Harbour master Tove Lindqvist praised the crews. "Calm heads did what panic could not," she said on Friday.',
    '"Calm heads did what panic could not," Ms Lindqvist told reporters at the quay.',
    '"Calm heads achieved what panic never could," the harbour master, Tove Lindqvist, told the radio.',
  );
  assert.deepEqual(where(fs), ['c.txt'], fs.map((f) => f.message).join('\n'));
});

test('a mayor\'s line reworded in a bulletin, with a different verb and order of words', () => {
  const fs = findings(
    'quote-variant',
    'Mayor Ruben Ostrander said: "Our town will stand up again before winter comes."',
    '"Our town will stand up again before winter comes," Ostrander said on the steps of the town hall.',
    '"Our town will stand again before the winter," Mayor Ruben Ostrander said.',
  );
  assert.deepEqual(where(fs), ['c.txt'], fs.map((f) => f.message).join('\n'));
});

test('look-alike: two different short lines of one speaker in two sources are no variant', () => {
  const fs = findings(
    'quote-variant',
    'Coach Marek Solberg was pleased. "We played with our heads tonight," he said.',
    'Marek Solberg, the coach, admitted: "We played without our hearts tonight."',
  );
  assert.deepEqual(fs, [], fs.map((f) => f.message).join('\n'));
});

test('look-alike: one line in straight quotes and in curly quotes is one wording', () => {
  const fs = findings(
    'quote-variant',
    'Minister Elin Stavrum said: "Nobody wanted this law, but the country needs it."',
    'Minister Elin Stavrum said: “Nobody wanted this law, but the country needs it.”',
    '“Nobody wanted this law, but the country needs it,” Ms Stavrum told deputies.',
  );
  assert.deepEqual(fs, [], fs.map((f) => f.message).join('\n'));
});
