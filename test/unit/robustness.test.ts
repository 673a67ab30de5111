// Messy input is normal input: the core must return results plus problems for any text, never throw,
// and every span it returns must lie inside the text and cut out what it claims to. fast-check
// generates news-like text with quotation marks, names, numbers and damage.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import type { ArticleAnalysis } from '../../server/src/analysis/types';

const PIECES = [
  'The', 'minister', 'Anna Kovács', 'said', 'Mr.', 'Dupont', '“', '”', '"', "'", '‘', '’', ',', '.', ';', ':', '—', '–',
  '\n', '\n\n', '\r\n', ' ', '  ', 'U.S.', 'NATO', 'European Union', 'in', 'Berlin', 'on', 'Monday', 'December 15, 2025',
  '5–10', 'kilometers', '$20 billion', '80%', 'one-fifth', 'five-hour', 'about', 'more than', '153', 'drones', 'he added',
  'according to', 'Kremlin', 'spokesperson', 'Żółć', 'Łódź', '🚢', '\uD800', '\uFFFD', '\u0000', '\t', '(', ')', "’s", "'s",
  'President', 'Vladimir Putin', 'told reporters', 'wrote in a post on X', 'One', 'a million', 'nearly four years',
];

const newsText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) }), {
    maxLength: 120,
  })
  .map((parts) => parts.join(' '));

/** Every span the analysis returns is inside the text and consistent with the text it reports. */
function assertWellFormed(text: string, a: ArticleAnalysis): void {
  const inside = (s: { start: number; end: number }, what: string) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) inside 0..${text.length}`);
  };
  for (const e of a.entities) {
    assert.ok(e.mentions.length > 0, 'an entity has mentions');
    for (const m of e.mentions) {
      inside(m, 'mention');
      assert.equal(text.slice(m.start, m.end), m.text, 'a mention cuts out its own text');
      assert.ok(m.end > m.start, 'mentions are not empty');
    }
    for (const r of e.roles) inside(r, 'role');
  }
  for (const f of a.figures) {
    inside(f, 'figure');
    assert.equal(text.slice(f.start, f.end), f.text, 'a figure cuts out its own text');
  }
  const quotes = [...a.quotes].sort((x, y) => x.start - y.start);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    inside(q, 'quote');
    inside(q.inner, 'quote inner');
    assert.equal(text.slice(q.inner.start, q.inner.end), q.text, 'a quote cuts out its own words');
    if (i > 0) assert.ok(quotes[i - 1]!.end <= q.start, 'quotes never overlap');
  }
  for (const p of a.problems) inside(p, 'problem');
  for (const s of a.sentences) inside(s, 'sentence');
}

describe('analyzeArticle on arbitrary text', () => {
  it('never throws and returns well-formed spans for news-like text', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        assertWellFormed(text, analyzeArticle(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        assertWellFormed(text, analyzeArticle(text));
      }),
      { numRuns: 200 },
    );
  });

  it('an unbalanced quotation mark is a problem on the article and does not swallow the paragraphs after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 0, max: 11 }), (paragraphs, brokenAt) => {
        const k = brokenAt % paragraphs;
        const lines: string[] = [];
        for (let i = 0; i < paragraphs; i++) {
          lines.push(i === k ? `“We will not give up, the mayor said on day ${i}.` : `“Paragraph ${i} is fine,” Mayor Ilse Brandt said.`);
        }
        const text = lines.join('\n');
        const a = analyzeArticle(text);
        assertWellFormed(text, a);
        assert.ok(a.problems.some((p) => p.code === 'unbalanced-quote'), 'the broken mark is reported');
        const whole = a.quotes.filter((q) => q.text.startsWith('Paragraph'));
        assert.equal(whole.length, paragraphs - 1, 'every well-formed quote is still found on its own');
        for (const q of a.quotes) assert.ok(!q.text.includes('\n'), 'no quote runs across paragraphs');
      }),
      { numRuns: 60 },
    );
  });
});

describe('analyzeArticle on huge input', () => {
  it('a 1 MB single line finishes and keeps finding quotes to its end', () => {
    const sentence = '“The harbour will reopen,” said Mayor Ilse Brandt on Monday. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const a = analyzeArticle(text, { maxChars: 2_000_000 });
    assertWellFormed(text, a);
    const last = a.quotes[a.quotes.length - 1];
    assert.ok(last && last.end > text.length - 200, 'the last quote near the end is found');
  });

  it('10 MB of text is cut at the limit with a too-large problem, not a crash', () => {
    const chunk = 'Officials said 40 ships waited at anchor near the Port of Vallmora. ';
    const text = chunk.repeat(Math.ceil(10_000_000 / chunk.length));
    const a = analyzeArticle(text);
    const tooLarge = a.problems.find((p) => p.code === 'too-large');
    assert.ok(tooLarge, 'the cut is reported');
    assert.ok(tooLarge.start < text.length && tooLarge.end === text.length);
    assert.ok(a.entities.length > 0, 'the analysed part still has its entities');
  });

  it('an empty or whitespace-only article has nothing and no crash', () => {
    for (const text of ['', '   ', '\n\n\n', '\uFEFF']) {
      const a = analyzeArticle(text);
      assert.equal(a.entities.length, 0);
      assert.equal(a.quotes.length, 0);
    }
  });
});
