// Fact alignment as a fact-checker aligns facts: the measured thing in its event, lengths of time and
// times of day, arithmetic that reconciles, updates against contradictions, dates of one event, findings
// where the odd value is, plain-words labels. Invented articles about invented events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { dissenters } from '../../../server/src/analysis/cross/agreement';
import { datesAgree } from '../../../server/src/analysis/cross/alignDates';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import type { DateItem } from '../../../server/src/analysis/cross/factTypes';
import { inlineDiff } from '../../../server/src/analysis/cross/quoteDiff';
import { nounPlural, verbForms, verbLemma } from '../../../server/src/analysis/figures/frame';
import { ACT_NOUNS, EVENT_CLASSES } from '../../../server/src/analysis/lexicon/events';
import { article, of, readDir, samplesDir } from './util';

const CROSS = ['figure-conflict', 'figure-update', 'date-conflict', 'quote-variant', 'quote-attribution', 'role-conflict', 'name-variant'];

test('talks over two days: "about two hours" against three sources\' "roughly 90 minutes" is one finding, on the odd source; no date conflict', () => {
  const who = 'Envoys Tomas Rell and Ana Kovic met Foreign Minister Ilse Varn in Harwick.';
  const a = article('a.txt', `${who}\nMonday's session lasted roughly 90 minutes, after a five-hour meeting on Sunday. Varn said on Sunday that progress was slow.`);
  const b = article('b.txt', `${who}\nThe talks on Monday lasted roughly 90 minutes. On Sunday the delegations met for five hours. Rell said on Tuesday that a deal was close.`);
  const c = article('c.txt', `${who}\nThe second day of talks, on Monday, lasted roughly 90 minutes. The talks began on Sunday in Harwick.`);
  const d = article('d.txt', `${who}\nMonday's talks lasted about two hours, officials said. The talks had begun in Harwick on Sunday.`);
  const r = analyzeCorpus([a, b, c, d]);
  const fc = of(r.findings, 'figure-conflict');
  assert.equal(fc.length, 1, fc.map((f) => f.message).join('\n'));
  assert.equal(fc[0]!.location.article, d.id);
  assert.match(fc[0]!.message, /the length of Monday's session: “about two hours” here, but 3 of 4 sources give about 90 minutes/);
  assert.deepEqual(fc[0]!.related.map((x) => x.location.article).sort(), [a.id, b.id, c.id]);
  assert.deepEqual(of(r.findings, 'date-conflict').map((f) => f.message), []);
  // The hover of an agreeing source can say who differs: the fact's positions.
  const fact = r.stories[0]!.facts.find((f) => f.id === fc[0]!.fact)!;
  assert.deepEqual(fact.positions![0]!.articles, [a.id, b.id, c.id]);
  assert.equal(fact.positions![0]!.majority, true);
  assert.deepEqual(dissenters(fact).map((p) => p.articles), [[d.id]]);
});

test('whole and part: 230 passengers and 12 crew are the 242 on board; killed is not on board; crew members are not family members', () => {
  const a = article('a.txt', 'The plane was carrying 230 passengers and 12 crew when it crashed near Tellford on Thursday. The crash killed 241 people.');
  const b = article('b.txt', 'There were 242 people on board the plane, which crashed near Tellford on Thursday. The crash killed 241 people.');
  const c = article('c.txt', 'The plane, carrying 242 passengers, crashed near Tellford on Thursday. Among the dead were eight members of the pilot\'s family.');
  const d = article('d.txt', 'The plane crashed near Tellford on Thursday with 12 crew members on board, killing 241 people.');
  const r = analyzeCorpus([a, b, c, d]);
  assert.deepEqual(of(r.findings, 'figure-conflict').map((f) => f.message), []);
  const onBoard = r.stories[0]!.facts.find((f) => f.label === 'people on board')!;
  assert.equal(onBoard.status, 'agree');
  assert.deepEqual(onBoard.values.map((v) => v.display).sort(), ['242 people', '242 people']);
});

test('a subject with an appositive or a parenthesis keeps its verb: "900 miners, members of the union (UMW), walked out" is the strike count', () => {
  const a = article('a.txt', 'About 900 miners, members of the Hollin Miners Union (HMU), walked off the job at the Corran pit on Friday.');
  const b = article('b.txt', 'Some 900 miners went on strike at the Corran pit on Friday, the Hollin Miners Union (HMU) said.');
  const c = article('c.txt', 'About 1,400 miners, most of them night-shift workers, walked out at the Corran pit on Friday, the Hollin Miners Union said.');
  const r = analyzeCorpus([a, b, c]);
  const strike = r.stories[0]!.facts.find((f) => f.values.some((v) => v.text === 'About 1,400'))!;
  assert.equal(strike.values.length, 3, JSON.stringify(r.stories[0]!.facts.map((f) => [f.label, f.values.map((v) => v.text)])));
  const fc = of(r.findings, 'figure-conflict');
  assert.deepEqual(fc.map((f) => f.location.article), [c.id]);
});

test('days of a longer event: a score "on the first day of the match" is not the score "on the second day", nor its date a date conflict', () => {
  const day2 = (n: string) => `Harrowby reached ${n} runs by the close of the second day of the Westfield match against Corran on Friday.`;
  const a = article('a.txt', day2('326'));
  const b = article('b.txt', day2('318'));
  const c = article('c.txt', 'Harrowby had 100 runs for two wickets at lunch on the first day of the Westfield match against Corran on Thursday.');
  const r = analyzeCorpus([a, b, c]);
  const fc = of(r.findings, 'figure-conflict');
  // The two reports of the second day disagree; the first day's lunch score is another figure.
  assert.ok(fc.length > 0 && fc.every((f) => f.location.article !== c.id && f.related.every((x) => x.location.article !== c.id)), fc.map((f) => f.message).join('\n'));
  assert.deepEqual(of(r.findings, 'date-conflict').map((f) => f.message), []);
});

test('the same kind of figure about other people is another fact: the visit Kell invited is not Rell\'s one-day visit', () => {
  const a = article('a.txt', 'Foreign Minister Ilse Varn will visit Harwick on September 3, the ministry said on Wednesday. The two-day visit will take place at the invitation of Prime Minister Anders Kell.');
  const b = article('b.txt', 'Prime Minister Tomas Rell will pay a one-day visit to Harwick on September 3, the ministry said on Wednesday, a week before Ilse Varn travels.');
  const c = article('c.txt', 'Foreign Minister Ilse Varn will visit Harwick on September 3, the ministry said on Wednesday. The three-day visit will take place at the invitation of Prime Minister Anders Kell.');
  const r = analyzeCorpus([a, b, c]);
  const fc = of(r.findings, 'figure-conflict');
  // Varn's visit: two days or three, a real disagreement; Rell's one-day visit is no party to it.
  assert.ok(fc.length > 0, JSON.stringify(r.stories.map((s) => s.facts.map((f) => [f.label, f.values.map((v) => v.text)]))));
  assert.ok(fc.every((f) => f.location.article !== b.id && f.related.every((x) => x.location.article !== b.id)), fc.map((f) => f.message).join('\n'));
});

test('table rows are not compared ("Operating profit 46 vs 48"); the sentence that states the figure is', () => {
  const brief = (n: string, rows: string) => `Brennmoor Foods said on Tuesday that its first-half operating profit rose to ${n} million euros.\nSix months to June 30 (million euros)\n${rows}\n`;
  const a = article('a.txt', brief('46', '- Operating profit 46 vs 48\n- Sales 310 vs 295'));
  const b = article('b.txt', brief('44', '- Operating profit 44.4 vs 40.7\n- Sales 305 vs 290'));
  const fc = of(analyzeCorpus([a, b]).findings, 'figure-conflict');
  assert.equal(fc.length, 2, fc.map((f) => f.message).join('\n'));
  for (const f of fc) assert.match(f.message, /million euros.*million euros/, f.message);
});

test('update, not contradiction: "at least 40 so far" on Monday, 265 on Wednesday', () => {
  const a = article('a.txt', 'ORVEN, May 4 - At least 40 people have been killed so far in the floods in Orven province, officials said on Monday.');
  const b = article('b.txt', 'ORVEN, May 6 - The death toll from the floods in Orven province rose to 265 on Wednesday, officials said.');
  const c = article('c.txt', 'ORVEN, May 6 - The floods in Orven province have killed 265 people, officials said on Wednesday.');
  const r = analyzeCorpus([a, b, c]);
  assert.deepEqual(of(r.findings, 'figure-conflict').map((f) => f.message), []);
  const up = of(r.findings, 'figure-update');
  assert.equal(up.length, 1, up.map((f) => f.message).join('\n'));
  assert.equal(up[0]!.location.article, a.id);
  assert.equal(up[0]!.severity, 'information');
  assert.match(up[0]!.message, /Later reports give 265 .*people killed/);
  assert.equal(r.stories[0]!.facts.find((f) => f.id === up[0]!.fact)!.positions!.find((p) => p.latest)!.articles.length, 2);
});

test('lengths of time and times of day are compared: 3 hours vs 2½ hours, 7 vs 4 minutes, 4:50 vs 3:15 a.m.', () => {
  const a = article('a.txt', 'Leaders met in Castelmar. The summit meeting lasted 3 hours. The heist at the Castelmar museum lasted seven minutes. The ferry capsized at about 4:50 a.m.');
  const b = article('b.txt', 'Leaders met in Castelmar. The summit meeting lasted 2½ hours. The heist at the Castelmar museum took just four minutes. The ferry capsized at 3:15 a.m.');
  const c = article('c.txt', 'Leaders met in Castelmar. The ferry capsized shortly before 5 a.m.');
  const fc = of(analyzeCorpus([a, b]).findings, 'figure-conflict');
  const texts = fc.map((f) => f.message);
  assert.ok(texts.some((m) => /“2½ hours”|“3 hours”/.test(m)), texts.join('\n'));
  assert.ok(texts.some((m) => /“four minutes”|“seven minutes”/.test(m)), texts.join('\n'));
  assert.ok(texts.some((m) => /the time the ferry capsized/.test(m)), texts.join('\n'));
  // About 4:50 and shortly before 5 are one time.
  assert.deepEqual(of(analyzeCorpus([a, c]).findings, 'figure-conflict').map((f) => f.message), []);
});

test('a date conflict needs one event: the ferry left on Monday or Sunday; statements, other meetings and two-day talks are not conflicts', () => {
  const conflict = analyzeCorpus([
    article('a.txt', 'The ferry left Kelsby on Monday evening and capsized overnight.'),
    article('b.txt', 'The ferry, which left Kelsby on Sunday evening, capsized overnight.'),
  ]);
  assert.equal(of(conflict.findings, 'date-conflict').length, 2);
  const none = analyzeCorpus([
    article('c.txt', 'Envoy Tomas Rell said on Sunday that talks would go on. Rell met Ilse Varn on Tuesday in Harwick. The talks began on Sunday and continued on Monday.'),
    article('d.txt', 'Envoy Tomas Rell said on Tuesday that a deal was close. Rell met Ana Kovic on Sunday in Harwick. The talks were held in Harwick on Monday.'),
  ]);
  assert.deepEqual(of(none.findings, 'date-conflict').map((f) => f.message), []);
});

test('dates without a year compare by day and month, bare weekdays by weekday', () => {
  const item = (over: Partial<DateItem>): DateItem =>
    ({ article: 'x', figure: { kind: 'date', text: '', start: 0, end: 0, value: null }, precision: 'day', explicitYear: false, monthDayWritten: true, possessive: false, fact: {}, speech: false, participants: [], context: new Set(), sentence: '', ...over }) as DateItem;
  const dec15 = item({ monthDay: '12-15' });
  const dec14 = item({ monthDay: '12-14' });
  const monday = item({ precision: 'weekday', monthDayWritten: false, weekday: 'monday' });
  const sunday = item({ precision: 'weekday', monthDayWritten: false, weekday: 'sunday' });
  assert.equal(datesAgree(dec15, dec14), false);
  assert.equal(datesAgree(dec15, item({ monthDay: '12-15' })), true);
  assert.equal(datesAgree(monday, sunday), false);
  // With the story's year, "15 December" is a Monday in 2025.
  assert.equal(datesAgree(dec15, monday, 2025), true);
  assert.equal(datesAgree(dec15, sunday, 2025), false);
  assert.equal(datesAgree(dec15, sunday), true);
});

test('quote differences read as an inline diff', () => {
  assert.equal(
    inlineDiff('We did not come this far to sign a deal our members cannot live on', 'We did not come all this way to sign a deal our families cannot live on'),
    '… not come [+ all] this [far → way] to sign … deal our [members → families] cannot live …',
  );
});

test('labels are plain words: every word of every label is a word of the articles or of the label phrases', () => {
  const phrases = new Set(
    'the a an of on by per in day date time how long length share rise fall it people person on board killed injured missing rescued evacuated displaced arrested attending watching strike employed cut hired launched destroyed or voting session deliberation in charge journey sentence search delay wait rescue evacuation vote figure figures number all amount an distance from depth height into before speed limit top average gusts wind inflation growth age abstention abstentions favour against times'.split(' '),
  );
  // The lexicon's event words and their past forms are plain words too ("met", "killed").
  for (const w of EVENT_CLASSES.keys()) for (const form of [w, verbForms(w).past, verbForms(w).participle]) for (const x of form.split(' ')) phrases.add(x);
  // So are the nouns that name an act ("the departure", "Voronov's resignation").
  for (const w of ACT_NOUNS.values()) phrases.add(w);
  const stories = path.resolve(samplesDir(), '..', 'test', 'fixtures', 'tune-stories');
  const dirs = [samplesDir(), ...readdirSync(stories).filter((n) => !n.startsWith('heldout')).map((n) => path.join(stories, n))];
  for (const dir of dirs) {
    const articles = readDir(dir, (n) => /\.(?:txt|news)$/.test(n));
    const words = articles.flatMap((a) => a.text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
    const known = new Set(words);
    // A verb the articles write in another form ("represents") may be named in its past form ("represented").
    const stem = (w: string): string => (w.length >= 7 ? w.slice(0, 6) : w);
    const stems = new Set(words.map(stem));
    const plurals = new Set(words.map((w) => nounPlural(w)));
    for (const w of new Set(words)) for (const f of Object.values(verbForms(verbLemma(w)))) plurals.add(f);
    const r = analyzeCorpus(articles, { storyThreshold: 0 });
    for (const s of r.stories)
      for (const f of s.facts) {
        if (f.kind !== 'figure' && f.kind !== 'date') continue;
        for (const w of f.label.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}'’-]+/gu) ?? [])
          assert.ok(known.has(w) || known.has(w.replace(/e?s$/, '')) || plurals.has(w) || phrases.has(w) || stems.has(stem(w)), `“${w}” in the label “${f.label}” (${path.basename(dir)})`);
      }
    for (const f of r.findings.filter((x) => CROSS.includes(x.check))) for (const rel of f.related) assert.doesNotMatch(rel.message, /\.(?:txt|news)\b/);
  }
});
