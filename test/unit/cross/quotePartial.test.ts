// A partial quote is one wording with the full quote it is part of: it votes with it, and a rewording
// is compared with the full words, not with the part (whose missing words are no difference).
// Invented sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { article, of } from './util';

test('a partial quote votes with the full wording it is part of; the rewording is diffed against the full words', () => {
  const full = article(
    'full.txt',
    'Mayor Hanne Solberg of Tarvik defended the budget cuts. "Ferry traffic to the islands has dropped by a third in four years, and no subsidy will bring it back," Solberg told the council on Monday.',
  );
  const part = article(
    'part.txt',
    'Mayor Hanne Solberg of Tarvik defended the budget cuts on Monday. "We looked at everything," Solberg said. "Ferry traffic to the islands has dropped by a third in four years."',
  );
  const reworded = article(
    'reworded.txt',
    'Mayor Hanne Solberg of Tarvik defended the budget cuts. "Ferry traffic to the islands has fallen by a third in four years, and no subsidy will bring it back," Solberg said at Monday\'s council meeting.',
  );
  const fs = of(analyzeCorpus([full, part, reworded], { storyThreshold: 0 }).findings, 'quote-variant');
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  const f = fs[0]!;
  assert.match(f.location.article, /reworded/);
  assert.deepEqual(f.related.map((r) => r.location.article.replace(/^mem:\//, '')).sort(), ['full.txt', 'part.txt']);
  assert.match(f.message, /\[fallen → dropped\]/);
  assert.doesNotMatch(f.message, /\[− and no subsidy/);
});
