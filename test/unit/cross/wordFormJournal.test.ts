// The word forms an article's labels need travel with its facts: the worker keeps a journal of the forms
// it asked for while extracting and labelling, and decoding the facts primes the main thread's word
// forms with them, so the main thread (which writes the story's labels) need not load the language model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignFacts } from '../../../server/src/analysis/cross/align';
import { extractArticleFacts } from '../../../server/src/analysis/cross/extract';
import { factsFromWire, factsToWire } from '../../../server/src/analysis/cross/factsWire';
import { resolveEntities } from '../../../server/src/analysis/cross/resolve';
import { storyActs } from '../../../server/src/analysis/cross/storyActs';
import { nounPlural, primeWordForms, verbForms, withWordFormJournal } from '../../../server/src/analysis/figures/wordForms';
import { article } from './util';

const ferry = article(
  'ferry.txt',
  'Ferry crews in Lindhaven walked out on Tuesday. About 300 sailings were cancelled and 1,200 passengers were stranded, the Lindhaven Ferry Company said.',
);

test('the journal holds the forms that labelling the facts asked for, and they travel in the wire', () => {
  const { result, forms } = withWordFormJournal(() => {
    const facts = extractArticleFacts(ferry);
    return { facts, aligned: alignFacts([facts], resolveEntities([ferry])) };
  });
  const plurals = forms.filter((e) => e[0] === 'plural').map((e) => e[1]);
  // The labels count passengers and sailings: their plurals were asked for, each once.
  assert.ok(plurals.some((w) => /passenger/.test(w)), plurals.join(', '));
  assert.equal(new Set(forms.map((e) => `${e[0]}:${e[1]}`)).size, forms.length);
  const wire = factsToWire(result.facts, forms);
  assert.deepEqual(JSON.parse(JSON.stringify(wire)).forms, forms);
  assert.ok(factsFromWire(ferry, JSON.parse(JSON.stringify(wire))));
});

test('primed forms are the answers given; entries not shaped as a journal writes them are skipped', () => {
  primeWordForms([
    ['plural', 'vorblet', 'vorblettes'],
    ['forms', 'glimber', { past: 'glombered', participle: 'glombered' }],
    ['plural', 'quexel', 7],
    ['forms', 'snarp', { past: 'snarped' }],
    'not an entry',
  ]);
  primeWordForms('not a journal');
  assert.equal(nounPlural('vorblet'), 'vorblettes');
  assert.equal(verbForms('glimber').past, 'glombered');
  // The damaged entries left these to the language model's own rules.
  assert.equal(nounPlural('quexel'), 'quexels');
  assert.equal(verbForms('snarp').participle, 'snarped');
});

test('a journal inside another adds its forms to the outer one too', () => {
  const outer = withWordFormJournal(() => {
    const inner = withWordFormJournal(() => nounPlural('harbour'));
    assert.equal(inner.result, 'harbours');
    return nounPlural('crane');
  });
  assert.deepEqual(
    outer.forms.map((e) => e[1]).sort(),
    ['crane', 'harbour'],
  );
});

test('the acts an article opens with travel with its facts, and their words stay out of the journal', () => {
  const derailment = article(
    'rail.txt',
    'Train derails near Osterby\n\nOSTERBY, March 3 - A passenger train derailed near Osterby on Tuesday, injuring 14 people, the rail operator said.',
  );
  const { result: facts, forms } = withWordFormJournal(() => extractArticleFacts(derailment));
  assert.ok(facts.acts && facts.acts.length > 0, 'the opening names an act');
  // Working out the acts read every word of the opening; none of those lookups went into the journal.
  assert.ok(!forms.some((e) => e[1] === 'passenger' || e[1] === 'near' || e[1] === 'osterby'), JSON.stringify(forms));
  const decoded = factsFromWire(derailment, JSON.parse(JSON.stringify(factsToWire(facts, forms))));
  assert.deepEqual(decoded?.acts, facts.acts);
  assert.deepEqual(storyActs([decoded!, decoded!]), storyActs([facts, facts]));
  // Acts that are not a list of words make the wire one the encoder did not write: it is not trusted.
  const damaged = { ...JSON.parse(JSON.stringify(factsToWire(facts, forms))), acts: [3] };
  assert.equal(factsFromWire(derailment, damaged), undefined);
});
