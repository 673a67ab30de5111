// A date after a noun phrase that names an act dates that act, whatever the clause's verb: "during
// Renn's arrest on Tuesday" is the arrest another source writes "was arrested on Monday", "the signing
// of the contract on 14 May" the signing another writes "signed the contract on 4 May". Invented
// sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actOfNoun } from '../../../server/src/analysis/cross/dateActs';
import { extractArticleFacts } from '../../../server/src/analysis/cross/extract';
import { article, messagesOf } from './util';

const conflicts = (a: string, b: string): string[] => messagesOf('date-conflict', a, b);

test('act nouns are read as their verbs: listed nominalisations, gerunds, and no time words', () => {
  assert.equal(actOfNoun('appearance'), 'appear');
  assert.equal(actOfNoun('arrest'), 'arrest');
  assert.equal(actOfNoun('detention'), 'arrest');
  assert.equal(actOfNoun('signing'), 'sign');
  assert.equal(actOfNoun('morning'), undefined);
  assert.equal(actOfNoun('harbour'), undefined);
});

test('"during Renn\'s arrest on Tuesday" against "Renn was arrested on Monday": one arrest dated twice', () => {
  const found = conflicts(
    'Harbour master Olav Renn was arrested at his office in Drammel on Monday, the police said.',
    'Dock workers watched in silence during Renn\'s arrest on Tuesday morning, as officers carried out boxes of files.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('"the signing of the deal on 14 May" against "signed the deal on 4 May": one signing', () => {
  const found = conflicts(
    'Defence Minister Kaja Lindqvist signed the frigate deal on 4 May 2024, weeks after the tender closed.',
    'The signing of the frigate deal on 14 May 2024 came after months of talks with two shipyards.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('"at his first court appearance on Friday" against "appeared in court on Thursday": one appearance', () => {
  const found = conflicts(
    'Olav Renn appeared in court on Thursday and was remanded in custody for a week.',
    'At his first court appearance on Friday, Olav Renn was remanded in custody for a week.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('look-alikes: a search and an arrest on two days, and a signing someone announced later, are not one act', () => {
  assert.deepEqual(conflicts('Police searched the house of Olav Renn on Monday.', 'Olav Renn was arrested on Tuesday.'), []);
  assert.deepEqual(
    conflicts(
      'Defence Minister Kaja Lindqvist signed the frigate deal on Wednesday.',
      'The ministry announced the signing of the frigate deal on Friday.',
    ),
    [],
  );
});

test('"The president, who flew in on Monday" is the president the article named, not another one', () => {
  const a = article(
    'c.txt',
    'President Ivo Marr of Sudland spoke first at the Kell talks.\n\nThe president, who flew in on Monday morning, left before the vote.',
  );
  const facts = extractArticleFacts(a);
  const monday = facts.dates.find((d) => d.figure.text.startsWith('Monday'))!;
  const who = a.analysis.entities.find((e) => e.id === monday.fact.actorEntity);
  assert.equal(who?.name, 'Ivo Marr');
  assert.equal(monday.fact.event, 'arrive');
});

test('"led his delegation out of the talks on Tuesday" is the walk-out another source dates on Monday', () => {
  const found = conflicts(
    'Sudland\'s President Ivo Marr led his delegation out of the Kell talks on Tuesday afternoon, saying the draft was unfair.',
    'President Ivo Marr of Sudland stormed out of the Kell talks on Monday, calling the draft unfair.',
  );
  assert.equal(found.length, 2, found.join('\n'));
});

test('a title with a nationality before the name: the act is the person\'s, not the nationality\'s', () => {
  const a = article('n.txt', 'Sudlandic President Ivo Marr walked out of the Kell talks on Tuesday afternoon.');
  const d = extractArticleFacts(a).dates.find((x) => x.figure.text.startsWith('Tuesday'))!;
  assert.equal(a.analysis.entities.find((e) => e.id === d.fact.actorEntity)?.name, 'Ivo Marr');
});

test('a plan told in the past dates the plan: "had been due to be signed on Tuesday" is no signing on Tuesday', () => {
  assert.deepEqual(
    conflicts(
      'The Kell water treaty had been due to be signed on Tuesday evening. It was signed by the four ministers on Wednesday morning.',
      'The four ministers signed the Kell water treaty on Wednesday morning after a night of talks.',
    ),
    [],
  );
});
