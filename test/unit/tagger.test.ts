// The faster tagging pass (tagger.ts) must tag exactly as compromise's full pipeline does, and the
// paragraph cache must give exactly what tagging gives: every entity, figure and quote is built on
// these tags, so any difference would change what users see. The reference is compromise's own
// pipeline with its own rule sweep (taken before the tagger replaces it in the shared compromise).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import nlp from 'compromise';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { tagText } from '../../server/src/analysis/tagger';
import { TokenCache, tokenize } from '../../server/src/analysis/tokens';
import { REPO, sharedDir } from '../helpers';

interface Term {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** What the core reads of a term, as a comparable string. */
function describeTerms(sentences: Term[][]): string {
  return JSON.stringify(sentences.map((s) => s.map((t) => [t.text, t.normal, t.pre, t.post, [...t.tags].sort(), t.offset.start, t.offset.length])));
}

interface SweepWorld {
  methods: { one: { bulkMatch: unknown } };
}
const world = (nlp as unknown as { world(): SweepWorld }).world();
// Importing the tagger does not set compromise up: this is still compromise's own sweep.
const compromiseSweep = world.methods.one.bulkMatch;

function fullPipeline(text: string): string {
  const ours = world.methods.one.bulkMatch;
  world.methods.one.bulkMatch = compromiseSweep;
  try {
    const doc = nlp(text) as unknown as { document: Term[][]; compute(n: string): void };
    doc.compute('offset');
    return describeTerms(doc.document);
  } finally {
    world.methods.one.bulkMatch = ours;
  }
}

const SENTENCES = [
  'Minister Ingrid Halvorsen said on Monday that 4,200 dockworkers had walked out in Marrenby.',
  '“We will not accept a deal that costs 12 percent of our wages,” Tomas Brekke, the union’s chief negotiator, told reporters.',
  'The strike, now in its third week, has cost about $40 million, officials in Kelsport said; talks resume Dec. 15, 2025.',
  "He didn't say whether the U.S. Coast Guard's report, due in mid-January, would name the ship's owners (Fjordline Shipping Ltd).",
  'SOCCER - KELSPORT 2 DUNMERE 1 , ATTENDANCE 12,400 .',
  '',
  '   ',
  'ÉLODIE MOREAU: Ça va? 🚢 \uFFFD \u0000 x',
];

describe('tagText', () => {
  it('tags invented news sentences exactly as compromise’s full pipeline does', () => {
    for (const s of SENTENCES) assert.equal(describeTerms(tagText(s) as Term[][]), fullPipeline(s), s);
  });

  it('tags random news-like text exactly as the full pipeline does', () => {
    const words = ['The', 'minister', 'Anna Kovács', 'said', 'Mr.', '“', '”', '"', ',', '.', 'U.S.', 'NATO', '$20 billion', '80%', 'one-fifth', 'five-hour', "'s", 'Monday', '153', 'drones', 'he added', 'according to'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        assert.equal(describeTerms(tagText(text) as Term[][]), fullPipeline(text));
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it('tags the real articles exactly as compromise’s own pipeline does', { skip: !sharedDir() }, () => {
    const berlin = join(sharedDir()!, 'corpus', 'berlin-talks');
    for (const f of readdirSync(berlin).filter((name) => name.endsWith('.txt'))) {
      for (const paragraph of readFileSync(join(berlin, f), 'utf8').split('\n').filter((l) => l.trim())) {
        assert.equal(describeTerms(tagText(paragraph) as Term[][]), fullPipeline(paragraph), `${f}: ${paragraph.slice(0, 40)}`);
      }
    }
  });

  it('finds what compromise’s own sweep finds for other rule sets (a compiled net through .match)', () => {
    tagText('Warm up.');
    const net = (nlp as unknown as { buildNet(m: Array<{ match: string }>): unknown }).buildNet([
      { match: '#Person+ (said|told)' },
      { match: '^the [#Noun]' },
      { match: '(a|an) #Adjective? #Noun$' },
      { match: "#Value (percent|%)" },
    ]);
    const text = 'The minister, Anna Kovács, said a tentative deal covered 80 percent. He didn\'t say more; the union told an angry crowd.';
    const ourSweep = world.methods.one.bulkMatch;
    assert.notEqual(ourSweep, compromiseSweep, 'the tagger has set its sweep up');
    const ours = JSON.stringify((nlp(text).match(net as never) as unknown as { out(f: string): unknown }).out('array'));
    world.methods.one.bulkMatch = compromiseSweep;
    let theirs: string;
    try {
      theirs = JSON.stringify((nlp(text).match(net as never) as unknown as { out(f: string): unknown }).out('array'));
    } finally {
      world.methods.one.bulkMatch = ourSweep;
    }
    assert.equal(ours, theirs);
    assert.notEqual(ours, '[]', 'the net matches something');
  });

  it('leaves compromise’s full pipeline to other callers (number phrases still parse)', () => {
    tagText('Two thousand people came.');
    const found = (nlp('three hundred and twelve people').numbers() as unknown as { get(): unknown[] }).get();
    assert.deepEqual(found, [312]);
    assert.ok((nlp as unknown as { world(): { hooks: string[] } }).world().hooks.includes('chunks'), 'the full pipeline keeps its chunker');
  });
});

describe('TokenCache', () => {
  const samples = readdirSync(join(REPO, 'samples')).filter((f) => f.endsWith('.txt'));
  const shared = sharedDir();
  const berlin = shared ? join(shared, 'corpus', 'berlin-talks') : undefined;
  const texts = [
    ...samples.map((f) => readFileSync(join(REPO, 'samples', f), 'utf8')),
    ...(berlin ? readdirSync(berlin).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(berlin, f), 'utf8')) : []),
  ];

  it('re-analysing an edited article tags only the changed paragraph, and gives the same analysis as from scratch', () => {
    const cache = new TokenCache();
    for (const text of texts) {
      analyzeArticle(text, { tokenCache: cache });
      const paragraphs = text.split('\n').filter((l) => l.trim()).length;
      const missesBefore = cache.misses;
      // An edit inside the first long paragraph: a figure changes.
      const edited = text.replace(/\d+/, (d) => String(Number(d) + 7));
      const incremental = analyzeArticle(edited, { tokenCache: cache });
      assert.ok(cache.misses - missesBefore <= 1, `at most the edited paragraph is tagged again (${cache.misses - missesBefore} of ${paragraphs})`);
      assert.deepEqual(incremental, analyzeArticle(edited));
    }
  });

  it('an unchanged paragraph’s figures are copied, not read again, and every kind of edit gives the analysis from scratch', () => {
    // Edits that move paragraphs between the first few places (where a dateline may be) and the rest,
    // change a date line, split and join paragraphs and change figures; the analysis must be exactly the
    // one made without a cache, figures' resolved dates and frames included.
    const reuters = shared ? join(shared, 'corpus', 'reuters-1996') : undefined;
    const more = reuters ? readdirSync(reuters).filter((f) => f.endsWith('.txt')).slice(0, 40).map((f) => readFileSync(join(reuters, f), 'utf8')) : [];
    const edits: Array<(t: string) => string> = [
      (t) => `Updated at 14:05 on Tuesday 3 March 2026.\n\n${t}`,
      (t) => t.replace(/\n\s*\n/, '\n'),
      (t) => t.replace(/\d+/g, (d) => String(Number(d) + 1)),
      (t) => t.replace(/\. ([A-Z])/, '.\n\n$1'),
      (t) => t.slice(t.indexOf('\n') + 1),
      (t) => `${t}\n\nBy Friday 40 people had been moved and the bill had reached $2.5 million, about 12% more than planned.`,
      (t) => t.replace(/January|February|March|April|May|June|July|August|September|October|November|December/, 'June'),
    ];
    const cache = new TokenCache();
    let reused = 0;
    for (const text of [...texts, ...more]) {
      analyzeArticle(text, { tokenCache: cache });
      for (const edit of edits) {
        const edited = edit(text);
        const before = cache.derivedHits;
        const incremental = analyzeArticle(edited, { tokenCache: cache });
        reused += cache.derivedHits - before;
        assert.deepEqual(incremental, analyzeArticle(edited), `edit ${edits.indexOf(edit)} of an article starting “${text.slice(0, 60)}”`);
      }
    }
    assert.ok(reused > texts.length * edits.length, `paragraph readings reused: ${reused}`);
  });

  it('keeps within its size bound, dropping the least recently used paragraphs', () => {
    const first = 'First paragraph about the harbour.'; // 34 characters
    const second = 'Second paragraph about the strike.'; // 34 characters
    const cache = new TokenCache(60);
    tokenize(first, cache);
    tokenize(second, cache); // 68 > 60: the first goes
    let misses = cache.misses;
    tokenize(second, cache);
    assert.equal(cache.misses, misses, 'the recent paragraph is reused');
    tokenize(first, cache);
    assert.equal(cache.misses, misses + 1, 'the older paragraph was dropped');
    misses = cache.misses;
    tokenize('x'.repeat(61), cache);
    tokenize('x'.repeat(61), cache);
    assert.equal(cache.misses, misses + 2, 'a paragraph longer than the bound is never kept');
  });
});
