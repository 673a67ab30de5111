// The rule pre-check (tagger/ruleCheck.ts) may only rule out a compromise rule that compromise's own
// matcher cannot match: if it ever said "no" to a rule that matches, a tag would be lost and the
// entities, figures and quotes built on it would change. Tested rule by rule, on every rule of
// compromise's post-tagger, over invented sentences and random news-like text, at the tag state the
// post-tagger sees and at the final one.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import nlp from 'compromise';
import fc from 'fast-check';
import { compileRule, mayMatch, type Reg, type RuleTerm } from '../../server/src/analysis/tagger/ruleCheck';

interface Rule {
  match: string;
  regs: Reg[];
}
interface World {
  model: { two: { matches: Rule[] } };
  methods: {
    one: {
      buildNet(m: Rule[], w: World): { hooks: Record<string, Rule[]> };
      match(docs: RuleTerm[][], rule: Rule): { ptrs: unknown[] };
      termMethods: Record<string, unknown>;
    };
    two: { quickSplit(docs: RuleTerm[][]): RuleTerm[][] };
  };
}
interface Doc {
  docs: RuleTerm[][];
  compute(steps: string[] | string): Doc;
}

const world = (nlp as unknown as { world(): World }).world();
const rules: Rule[] = world.model.two.matches.map((m) => ({ ...m }));
world.methods.one.buildNet(rules, world); // parses each rule's tokens into `regs`
const checks = rules.map((r) => compileRule(r.regs, world.methods.one.termMethods));

/** The sentences the post-tagger sweeps (comma-split), after the pre-tagger and after the whole pipeline. */
function segments(text: string): RuleTerm[][] {
  const pre = (nlp as unknown as { tokenize(t: string): Doc }).tokenize(text);
  pre.compute(['index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo']);
  const full = nlp(text) as unknown as Doc;
  return [...world.methods.two.quickSplit(pre.docs), ...world.methods.two.quickSplit(full.docs), ...full.docs];
}

/** The rules the check rules out although compromise matches them. */
function missed(text: string): string[] {
  const out: string[] = [];
  for (const terms of segments(text)) {
    rules.forEach((rule, i) => {
      if (!mayMatch(terms, checks[i]!) && world.methods.one.match([terms], rule).ptrs.length > 0) out.push(`${rule.match} on "${terms.map((t) => t.text).join(' ')}"`);
    });
  }
  return out;
}

const SENTENCES = [
  'Minister Ingrid Halvorsen said on Monday that 4,200 dockworkers had walked out in Marrenby.',
  '“We will not accept a deal that costs 12 percent of our wages,” Tomas Brekke, the union’s chief negotiator, told reporters.',
  "He didn't say whether the U.S. Coast Guard's report, due in mid-January, would name the ship's owners (Fjordline Shipping Ltd).",
  "We've been told it's going to be a long night, and they're not sure we'll win 6-4 6-3 7-6.",
  'SOCCER - KELSPORT 2 DUNMERE 1 , ATTENDANCE 12,400 .',
  'The well-known co-owner, who has been very quickly sworn in, is to be made deputy finance minister by the end of the week.',
  'Walk to the store and buy twenty-five green apples, then go home quickly!',
  'Shares rose 3.5 percent to $12.40 in early trading, up from a low of 11 cents a year ago.',
  'Running late, the former president-elect gave a speech about how hard it had been.',
  'Never sign these papers. The EU’s veterinary committees are due to meet in March, after the National Farmers Union met.',
  'There were no changes in rates. THE MARKET WAS QUIET and Global Shipping Corp said so.',
];

describe('rule pre-check', () => {
  it('never rules out a rule compromise matches, on invented news sentences', () => {
    for (const s of SENTENCES) assert.deepEqual(missed(s), [], s);
  });

  it('rules out most of the rules, or it would save nothing', () => {
    let ruledOut = 0;
    let tried = 0;
    for (const terms of segments(SENTENCES.join(' '))) {
      for (const check of checks) {
        tried++;
        if (!mayMatch(terms, check)) ruledOut++;
      }
    }
    assert.ok(ruledOut > tried * 0.8, `${ruledOut} of ${tried}`);
  });

  it('never rules out a rule compromise matches, on random news-like text', () => {
    const words = ['The', 'minister', 'Anna Kovács', 'said', 'Mr.', '“', '”', '"', ',', '.', 'U.S.', "didn't", "we've", "it's", '6-4', 'well-known', 'to be', 'has been', 'very', 'not', '$20 billion', '80%', 'one-fifth', 'Monday', '153', 'drones', 'he added', 'according to', 'walk', 'quickly', 'the', 'a'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        assert.deepEqual(missed(text), [], text);
      }),
      { numRuns: 120, seed: 29 },
    );
  });
});
