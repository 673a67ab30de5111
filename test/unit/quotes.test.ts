// Quotations as a reader sees them: the words, the kind and who said them. Invented sentences cover
// each attribution pattern; the real articles in ../shared check that nothing is given to the wrong
// person on actual news text.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import type { Quote } from '../../server/src/analysis/types';
import { berlinDir } from '../helpers';

function quotes(text: string): Quote[] {
  return analyzeArticle(text).quotes;
}

function quoteStarting(text: string, words: string): Quote {
  const q = quotes(text).find((x) => x.text.startsWith(words));
  assert.ok(q, `a quote starting "${words}" is found`);
  return q;
}

describe('speaker attribution', () => {
  it('"…," X said / said X / X said: "…" / according to X', () => {
    const text = [
      'Mayor Ilse Brandt met the harbour board on Monday.',
      '“We are not going to sell the port,” Brandt said.',
      '“It was a long night,” said Tomasz Wrona, the board’s chairman.',
      'Wrona added: “Nobody wanted a strike.”',
      'The deal was “the best we could get”, according to union leader Carla Mendes.',
    ].join('\n');
    assert.equal(quoteStarting(text, 'We are not going').speaker, 'Ilse Brandt');
    assert.equal(quoteStarting(text, 'It was a long night').speaker, 'Tomasz Wrona');
    assert.equal(quoteStarting(text, 'Nobody wanted').speaker, 'Tomasz Wrona');
    const partial = quoteStarting(text, 'the best we could get');
    assert.equal(partial.speaker, 'Carla Mendes');
    assert.equal(partial.kind, 'partial');
  });

  it('"X told reporters", "X wrote in a post", and pronouns resolved to the right person', () => {
    const text = [
      'Harbour Commissioner Renate Solheim spoke after the talks with the mayor, Piet Oudman.',
      '“The backlog will take two weeks to clear,” Solheim told reporters. “Then we start again,” she added.',
      'Oudman wrote in a post on social media: “The city owes both sides thanks.”',
      '“This is a good day,” he said.',
    ].join('\n');
    assert.equal(quoteStarting(text, 'The backlog').speaker, 'Renate Solheim');
    assert.equal(quoteStarting(text, 'Then we start again').speaker, 'Renate Solheim', 'she → the woman just quoted');
    assert.equal(quoteStarting(text, 'The city owes').speaker, 'Piet Oudman');
    assert.equal(quoteStarting(text, 'This is a good day').speaker, 'Piet Oudman', 'he → the man, not the woman');
  });

  it('a role phrase before the name: the person is the speaker, not the organisation in the role', () => {
    const text = [
      '"We are not against the future," DWU spokesman Joren Daal said on Friday.',
      '“Our members have spoken,” union president Ilka Varga told strikers outside the hall.',
    ].join('\n');
    assert.equal(quoteStarting(text, 'We are not against').speaker, 'Joren Daal');
    assert.equal(quoteStarting(text, 'Our members have spoken').speaker, 'Ilka Varga');
  });

  it('a headline quote takes the speaker the article gives the same words', () => {
    const text = ['“We sang every song we knew”: cavers freed after flood', 'The four were found on Sunday.', '“We sang every song we knew, and then we sang them again,” said Jonas Weller, 22.'].join('\n');
    const headline = quoteStarting(text, 'We sang every song we knew');
    assert.equal(headline.speaker, 'Jonas Weller');
    assert.equal(headline.attribution?.method, 'repeated');
    assert.ok(!analyzeArticle(text).problems.some((p) => p.code === 'unattributed-speech'));
  });

  it('a quote interrupted by its attribution is one speaker on both sides', () => {
    const text = '“We came to listen,” the envoy Marek Halloran said. “And we listened for five hours.”';
    assert.equal(quoteStarting(text, 'We came to listen').speaker, 'Marek Halloran');
    assert.equal(quoteStarting(text, 'And we listened').speaker, 'Marek Halloran');
  });

  it('multi-sentence quotes stay whole and a quote runs on into the next paragraph by convention', () => {
    const text = [
      'Union president Ilka Varga spoke at the gate.',
      '“We did not choose this fight. We will finish it.',
      '“And we will finish it together,” Varga said.',
    ].join('\n');
    const first = quoteStarting(text, 'We did not choose');
    assert.match(first.text, /We will finish it\.$/);
    assert.equal(first.speaker, 'Ilka Varga');
    assert.equal(analyzeArticle(text).problems.filter((p) => p.code === 'unbalanced-quote').length, 0, 'the convention is not a problem');
  });

  it('a term in quotation marks has no speaker and is not unattributed speech', () => {
    const text = 'The plan, dubbed the “blue corridor” by officials, lets ferries through. Critics call it “a fig leaf”.';
    const a = analyzeArticle(text);
    const term = a.quotes.find((q) => q.text === 'blue corridor');
    assert.equal(term?.kind, 'term');
    assert.equal(term.speaker, null);
    assert.ok(!a.problems.some((p) => p.code === 'unattributed-speech' && p.start <= term!.start && term!.start < p.end));
  });

  it('speech with no speaker anywhere is reported once as unattributed', () => {
    const a = analyzeArticle('The hall was silent.\n“We will not be moved by threats or by promises.”\nThe vote is on Tuesday.');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0]!.speaker, null);
    assert.equal(a.problems.filter((p) => p.code === 'unattributed-speech').length, 1);
  });
});

describe('broken quotation marks', () => {
  it('a quote never closed ends at the attribution inside it and is reported, the rest of the article is untouched', () => {
    const text = [
      'The ministry spoke on Friday. “We remain hopeful, the statement said. Officials declined to comment.',
      '“The talks will continue,” said Deputy Minister Jana Horak.',
    ].join('\n');
    const a = analyzeArticle(text);
    const broken = a.quotes.find((q) => q.text.startsWith('We remain hopeful'));
    assert.ok(broken?.broken);
    assert.equal(broken.text, 'We remain hopeful');
    assert.equal(a.problems.filter((p) => p.code === 'unbalanced-quote').length, 1);
    assert.equal(quoteStarting(text, 'The talks will continue').speaker, 'Jana Horak');
  });

  it('straight quotes pair as well as curly ones', () => {
    const text = '"We have a deal," union spokesman Joost Verbeek said on Tuesday.';
    const q = quoteStarting(text, 'We have a deal');
    assert.equal(q.speaker, 'Joost Verbeek');
    assert.equal(q.kind, 'speech');
  });
});

describe('on the real berlin-talks articles', () => {
  it('every speech quote with a speaker names a person of the article, and most speech is attributed', (t) => {
    const dir = berlinDir();
    if (!dir) return t.skip('../shared/corpus/berlin-talks not found');
    let speech = 0;
    let attributed = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const a = analyzeArticle(text);
      const people = new Set(a.entities.filter((e) => e.type === 'person').map((e) => e.id));
      for (const q of a.quotes) {
        if (q.kind !== 'speech') continue;
        speech++;
        if (q.speakerId) {
          attributed++;
          assert.ok(people.has(q.speakerId), `${name}: “${q.text.slice(0, 40)}…” is given to a person, not to ${q.speaker}`);
        } else if (q.speaker) attributed++;
      }
    }
    assert.ok(speech >= 8, `speech quotes found: ${speech}`);
    assert.ok(attributed / speech >= 0.9, `${attributed}/${speech} speech quotes attributed`);
  });

  it('statements by the Ukrainian president, his negotiator and the U.S. envoy go to them', (t) => {
    const dir = berlinDir();
    if (!dir) return t.skip('../shared/corpus/berlin-talks not found');
    const speakers = new Set<string>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const q of analyzeArticle(readFileSync(join(dir, name), 'utf8')).quotes) if (q.speaker) speakers.add(q.speaker);
    }
    assert.ok([...speakers].some((s) => /Zelensk/.test(s)), [...speakers].join(', '));
    assert.ok([...speakers].some((s) => /Umerov/.test(s)), [...speakers].join(', '));
    assert.ok([...speakers].some((s) => /Witkoff/.test(s)), [...speakers].join(', '));
  });
});
