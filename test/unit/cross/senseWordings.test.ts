// The word-sense table (lexicon/senses.ts, generated from WordNet): verbs the hand lists of
// lexicon/events.ts lack name one act when their first senses are one ("impounded" / "confiscated",
// "earmarked" / "set aside", "cancelled" / "called off"), a phrasal verb is read as one verb, and words of
// other acts stay apart. Invented sentences about invented places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';
import { EVENT_CLASSES } from '../../../server/src/analysis/lexicon/events';
import { actOfVerb, classOfWord, isPhrasalVerb, verbOfActNoun } from '../../../server/src/analysis/lexicon/senses';
import { SENSE_CLASSES, SENSE_GROUPS } from '../../../server/src/analysis/lexicon/generated/senses';

const figures = (...texts: string[]): string[] => messagesOf('figure-conflict', ...texts);
const dates = (...texts: string[]): string[] => messagesOf('date-conflict', ...texts);

test('counts after two verbs of one first sense are one quantity: impounded / confiscated, earmarked / set aside', () => {
  assert.ok(figures('Customs officers impounded 300 lorries at the Velm border post, the agency said.', 'Customs officers confiscated 450 lorries at the Velm border post, the agency said.').length >= 1);
  assert.ok(figures('The health ministry earmarked 300 beds at Varn General for flu patients on Monday.', 'The health ministry set aside 450 beds at Varn General for flu patients on Monday.').length >= 1);
});

test('a phrasal verb the hand lists lack is read as one verb: cancelled / called off', () => {
  assert.ok(figures('Police cancelled 40 matches in the Tarn league this season.', 'Police called off 60 matches in the Tarn league this season.').length >= 1);
});

test('dates of one act worded with two verbs of one sense conflict: inundated / flooded', () => {
  assert.ok(dates('The swollen Arle inundated the village of Harlby on 3 May, the mayor said.', 'The swollen Arle flooded the village of Harlby on 5 May, the mayor said.').length >= 1);
});

test('a word of a class the hand lists lack takes the class two hand words share a sense of: incarcerated / jailed', () => {
  assert.ok(figures('The court in Sorel incarcerated 12 protesters on Friday.', 'The court in Sorel jailed 15 protesters on Friday.').length >= 1);
});

test('look-alike: verbs of other acts stay apart (impounded / searched, acquitted / convicted, shot / stabbed)', () => {
  assert.deepEqual(figures('Customs officers impounded 300 lorries at the Velm border post, the agency said.', 'Customs officers searched 450 lorries at the Velm border post, the agency said.'), []);
  assert.deepEqual(figures('The court in Sorel acquitted 12 protesters on Friday.', 'The court in Sorel convicted 15 protesters on Friday.'), []);
  assert.deepEqual(figures('Police said 12 people were shot in Tarn on Saturday night.', 'Police said 15 people were stabbed in Tarn on Saturday night.'), []);
});

test('look-alike: a lake that froze and thawed, two acts on two days', () => {
  assert.deepEqual(dates('Lake Orm froze over on 3 January, the weather service said.', 'Lake Orm thawed on 5 March, the weather service said.'), []);
});

test('look-alike: a particle before a noun phrase is a preposition ("held in Orsk"), not a phrasal verb of the table', () => {
  assert.deepEqual(dates('The trade fair will be held in Orsk on 3 June, organisers said.', 'The trade fair was held up on 5 June by a strike, organisers said.'), []);
});

test('the hand classes stay the authority: a listed word keeps its class, the table only fills words they lack', () => {
  for (const [w, c] of EVENT_CLASSES) assert.equal(classOfWord(w), c, w);
  const generated = `${SENSE_CLASSES}|${SENSE_GROUPS}`.split('|').map((p) => p.split('>')[0]!);
  assert.deepEqual(generated.filter((w) => EVENT_CLASSES.has(w)), [], 'the generated tables hold no hand word');
  assert.equal(actOfVerb('die'), 'kill');
  assert.equal(actOfVerb('earmark'), actOfVerb('set aside'));
  assert.equal(actOfVerb('impound'), actOfVerb('confiscate'));
  assert.notEqual(actOfVerb('acquit'), actOfVerb('convict'));
  assert.notEqual(actOfVerb('freeze'), actOfVerb('thaw'));
  assert.equal(actOfVerb('zzqx'), 'zzqx');
  assert.equal(verbOfActNoun('appearance'), 'appear');
  assert.equal(verbOfActNoun('shutdown'), 'shut down');
  assert.ok(isPhrasalVerb('call', 'off'));
  assert.ok(!isPhrasalVerb('pay', 'out'), 'a verb the hand lists class keeps its reading');
});
