// Each check: a disagreement it must catch and a look-alike it must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { CHECKS, CHECK_INFO } from '../../../server/src/analysis/cross/checks/index';
import { yearSlip } from '../../../server/src/analysis/cross/checks/outOfPlaceDate';
import { rolesConflict } from '../../../server/src/analysis/cross/roleCompare';
import { article, of, withFigures } from './util';

const H = 3600;
const dur = (text: string, lo: number, hi = lo, extra: Record<string, unknown> = {}) =>
  ({ kind: 'duration' as const, text, value: lo, interval: { lo, hi }, unit: 'seconds', ...extra });

test('registry: ids, descriptions and default severities', () => {
  const ids = CHECKS.map((c) => c.id);
  for (const id of ['figure-conflict', 'figure-update', 'date-conflict', 'out-of-place-date', 'weekday-mismatch', 'quote-variant', 'quote-attribution', 'role-conflict', 'name-variant', 'unbalanced-quote', 'unattributed-speech'])
    assert.ok(ids.includes(id), id);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(CHECK_INFO.length, CHECKS.length);
  for (const c of CHECK_INFO) assert.ok(c.description.length > 10 && ['error', 'warning', 'information', 'hint'].includes(c.defaultSeverity));
});

const base = 'Mediator Edda Kjellin met union leader Ilka Brandvold and operators chief Pavel Rudnitsky in Vallmora harbour talks.';

test('figure-conflict: 90 minutes vs two hours differ; an hour and a half vs 90 minutes and more than five hours vs five hours agree', () => {
  const a = article('a.txt', `${base} Monday's meeting lasted 90 minutes. Sunday's talks lasted more than five hours.`);
  const b = article('b.txt', `${base} Monday's meeting lasted two hours. Sunday's talks lasted five hours.`);
  const c = article('c.txt', `${base} Monday's meeting lasted an hour and a half. Sunday's talks lasted five hours.`);
  const fs = of(analyzeCorpus([a, b, c]).findings, 'figure-conflict');
  // Two sources agree on 90 minutes: the finding sits on the odd one, pointing to both.
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0]!.location.article, b.id);
  assert.match(fs[0]!.message, /the length of Monday's session: “two hours” here, but 2 of 3 sources give 90 minutes/);
  assert.deepEqual(fs[0]!.related.map((r) => r.location.article).sort(), [a.id, c.id]);
  assert.ok(!fs.some((f) => /five hours/.test(f.message)));
  assert.deepEqual(of(analyzeCorpus([a, c]).findings, 'figure-conflict'), []);
  // Without a majority both sides get one.
  assert.equal(of(analyzeCorpus([a, b]).findings, 'figure-conflict').length, 2);
});

test('figure-conflict: Sunday vs Monday sessions, flares launched vs destroyed, province vs country are not compared', () => {
  const a = withFigures('a.txt', `${base} Sunday's session lasted five hours. Protesters launched 153 flares overnight. The army controls 80% of the northern province.`, [
    dur('five hours', 5 * H),
    { kind: 'count', text: '153', value: 153, interval: { lo: 153, hi: 153 }, counts: 'flare' },
    { kind: 'percent', text: '80%', value: 0.8, interval: { lo: 0.8, hi: 0.8 }, unit: '%', counts: 'province' },
  ]);
  const b = withFigures('b.txt', `${base} Monday's session lasted 90 minutes. Police destroyed 133 flares overnight. The army controls one-fifth of the country.`, [
    dur('90 minutes', 1.5 * H),
    { kind: 'count', text: '133', value: 133, interval: { lo: 133, hi: 133 }, counts: 'flare' },
    { kind: 'percent', text: 'one-fifth', value: 0.2, interval: { lo: 0.2, hi: 0.2 }, unit: '%', counts: 'country' },
  ]);
  assert.deepEqual(of(analyzeCorpus([a, b]).findings, 'figure-conflict').map((f) => f.message), []);
});

test('date-conflict: one event, two dates; two events in one week are not compared', () => {
  const a = article('a.txt', `${base}\nThe strike began at 6 a.m. on Thursday, 5 March 2026, when dockworkers walked out.\nThe ballot was held on Tuesday.`);
  const b = article('b.txt', `${base}\nThe strike, which began on Wednesday, March 4, 2026, when dockworkers walked out, goes on.\nWork resumes on Wednesday.`);
  const fs = of(analyzeCorpus([a, b]).findings, 'date-conflict');
  assert.equal(fs.length, 2, fs.map((f) => f.message).join('\n'));
  assert.ok(fs.some((f) => /March 4/.test(f.message)));
  assert.ok(!fs.some((f) => /Tuesday|resumes/.test(f.message)));
});

test('out-of-place-date: a wrong year is flagged; background dates are not', () => {
  const a = article('a.txt', `${base}\nThe deal was reached on Monday, March 9, 2026. The port last closed in 2019 and was founded on May 4, 1921.`);
  const b = article('b.txt', `${base}\nThe deal came on 9 March 2025 after talks that began on Thursday, March 5, 2026.`);
  const fs = of(analyzeCorpus([a, b]).findings, 'out-of-place-date');
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0]!.location.article, b.id);
  assert.match(fs[0]!.message, /9 March 2025/);
});

test("out-of-place-date: a past date of the story's season is background unless it falls on one of the story's days", () => {
  const a = article('a.txt', `${base}\nThe deal was reached on Monday, March 9, 2026. Its founder was born on March 20, 1921, and the last strike at the port ended on March 1, 2025.`);
  const b = article('b.txt', `${base}\nThe deal came on Monday after talks that began on Thursday, March 5, 2026. A year earlier, on March 12, 2025, the union had rejected a smaller offer.`);
  assert.deepEqual(of(analyzeCorpus([a, b]).findings, 'out-of-place-date').map((f) => f.message), []);
  // The same year slip on the day the talks began is the story's day told with the wrong year.
  const d = article('d.txt', `${base}\nThe deal was reached on Monday, March 9, 2026, after talks that began on Thursday, March 5, 2026.`);
  const c = article('c.txt', `${base}\nThe deal came on Monday after talks that began on 5 March 2025.`);
  const fs = of(analyzeCorpus([d, c]).findings, 'out-of-place-date');
  assert.deepEqual(fs.map((f) => f.location.article), [c.id]);
});

test('out-of-place-date: a cue of the main clause says nothing of a date in an aside; a plan seen from a past day is no contradiction', () => {
  const story = `${base}\nThe deal was reached on Monday, August 10, 2026, after talks that began on Thursday, August 6, 2026.`;
  const a = article('a.txt', story);
  const b = article(
    'b.txt',
    `${base}\nA poll conducted earlier this month showed members would prefer Tomas Ekberg -- a former union chief who was voted out in February 2021 -- as their negotiator. It would have been hard for any deal to live up to the hype of the May 12, 2025 framework, Kjellin said.`,
  );
  assert.deepEqual(of(analyzeCorpus([a, b]).findings, 'out-of-place-date').map((f) => f.message), []);
  // The same cue in the date's own clause still marks a far date as presented as recent.
  const c = article('c.txt', `${base}\nThe operators recently cancelled talks set for February 2, 2024.`);
  assert.equal(of(analyzeCorpus([a, c]).findings, 'out-of-place-date').length, 1);
});

test('out-of-place-date: a slipped year is a year or two off, one digit wrong or two digits swapped', () => {
  assert.ok(yearSlip(2025, 2026));
  assert.ok(yearSlip(2016, 2026));
  assert.ok(yearSlip(2062, 2026));
  assert.ok(!yearSlip(1921, 2026));
  assert.ok(!yearSlip(1995, 2026));
});

test('weekday-mismatch: a wrong weekday is reported; a right one is not', () => {
  const a = article('a.txt', `${base}\nThe draft was tabled on Tuesday, March 9, 2026.`);
  const b = article('b.txt', `${base}\nThe draft was tabled on Monday, March 9, 2026.`);
  const fs = of(analyzeCorpus([a, b]).findings, 'weekday-mismatch');
  assert.equal(fs.length, 1);
  assert.equal(fs[0]!.location.article, a.id);
});

test('quote-variant: different wording is reported with the words that differ; identical quotes corroborate', () => {
  const a = article('a.txt', `${base}\n“We did not come this far to sign a deal our members cannot live on,” Brandvold said.\n“This is the best offer this industry can afford,” Rudnitsky said.`);
  const b = article('b.txt', `${base}\n“We did not come all this way to sign a deal our families cannot live on,” Brandvold said.\n“This is the best offer this industry can afford,” Rudnitsky said.`);
  const fs = of(analyzeCorpus([a, b]).findings, 'quote-variant');
  assert.equal(fs.length, 2);
  assert.match(fs[0]!.message, /members|families/);
  assert.ok(!fs.some((f) => /best offer/.test(f.message)));
});

test('quote-variant: words left out where an ellipsis marks it are no rewording; a changed word still is', () => {
  const full = '“We did not come this far to sign a deal our members cannot live on, and we will not go home empty-handed,” Brandvold said.';
  const a = article('a.txt', `${base}\n${full}`);
  const cut = article('b.txt', `${base}\n“We did not come this far to sign a deal our members cannot live on … we will not go home empty-handed,” Brandvold said.`);
  const cut2 = article('c.txt', `${base}\n“We did not come this far [...] and we will not go home empty-handed,” Brandvold said.`);
  const cut3 = article('e.txt', `${base}\n“… a deal our members cannot live on … we will not go home,” Brandvold said.`);
  assert.deepEqual(of(analyzeCorpus([a, cut, cut2, cut3]).findings, 'quote-variant'), []);
  // An ellipsis does not excuse a word that differs elsewhere.
  const changed = article('d.txt', `${base}\n“We did not come this far to sign a deal our families cannot live on ... we will not go home empty-handed,” Brandvold said.`);
  const fs = of(analyzeCorpus([a, changed]).findings, 'quote-variant');
  assert.equal(fs.length, 2);
  assert.match(fs[0]!.message, /members|families/);
});

test('quote-attribution: the same words credited to two people; the same speaker is not', () => {
  const a = article('a.txt', `${base}\n“Every day the cranes stand still, we lose ships that may never come back,” Mayor Dario Quint said.`);
  const b = article('b.txt', `${base}\n“Every day the cranes stand still, we lose ships that may never come back,” Harbour Commissioner Renata Solberg said.`);
  const c = article('c.txt', `${base}\n“Every day the cranes stand still, we lose ships that may never come back,” said Dario Quint, the mayor.`);
  const fs = of(analyzeCorpus([a, b, c]).findings, 'quote-attribution');
  // Two sources credit Quint: the finding sits on the one that credits Solberg.
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0]!.location.article, b.id);
  assert.match(fs[0]!.message, /credited to Renata Solberg here, but most sources \(a\.txt and c\.txt\) credit it to Dario Quint/);
  assert.ok(of(analyzeCorpus([a, c]).findings, 'quote-attribution').length === 0);
  assert.equal(of(analyzeCorpus([a, b]).findings, 'quote-attribution').length, 2);
  // One person spelled two ways is not two people.
  const d = article('d.txt', `${base}\n“Every day the cranes stand still, we lose ships that may never come back,” Mayor Dario Quinn said.`);
  assert.deepEqual(of(analyzeCorpus([a, d]).findings, 'quote-attribution'), []);
});

test('role-conflict: chancellor vs chancellor’s spokesperson, spokeswoman vs president; compatible roles pass', () => {
  assert.ok(rolesConflict('german chancellor', "german chancellor's spokesperson"));
  assert.ok(rolesConflict('union spokeswoman', 'dwu president'));
  assert.ok(rolesConflict('deputy mayor', 'mayor'));
  assert.equal(rolesConflict('us envoy', 'son-in-law'), null);
  assert.equal(rolesConflict("ukraine's chief negotiator", "ukraine's lead negotiator"), null);
  assert.equal(rolesConflict("vladimir putin's foreign policy adviser", 'putin adviser'), null);
  assert.equal(rolesConflict("president donald trump's son-in-law", 'us envoy'), null);
  // Portfolios: a finance minister is not an economy minister, however the office is written.
  assert.ok(rolesConflict('finance minister', 'economy minister'));
  assert.ok(rolesConflict('minister of finance', 'interior minister'));
  assert.equal(rolesConflict('minister of finance', 'finance minister'), null);
  assert.equal(rolesConflict('finance and economy minister', 'economy minister'), null);
  assert.equal(rolesConflict('ostranian foreign minister', 'foreign minister'), null);
  // A former or acting holder may be named by the office too.
  assert.equal(rolesConflict('former foreign minister', 'foreign minister'), null);
  assert.equal(rolesConflict('former champion', 'champion'), null);
  assert.equal(rolesConflict('acting foreign minister', 'deputy foreign minister'), null);
  assert.ok(rolesConflict('deputy director', 'director'));
  const a = article('a.txt', `${base}\nGerman Chancellor Friedrich Merz said security would decide the outcome.`);
  const b = article('b.txt', `${base}\nThe German Chancellor’s spokesperson, Friedrich Merz, said security would decide the outcome.`);
  const fs = of(analyzeCorpus([a, b]).findings, 'role-conflict');
  assert.equal(fs.length, 2);
  const c = article('c.txt', `${base}\nUS envoy Jared Kushner arrived.`);
  const d = article('d.txt', `${base}\nTrump's son-in-law Jared Kushner arrived.`);
  assert.deepEqual(of(analyzeCorpus([c, d]).findings, 'role-conflict'), []);
});

test('name-variant: Zelenskyy vs Zelensky (majority named); different people sharing a surname are not variants', () => {
  const t = (n: string) => `Ukrainian President Volodymyr ${n} met envoys in Berlin. ${n} said talks went well.`;
  const fs = of(analyzeCorpus([article('a.txt', t('Zelenskyy')), article('b.txt', t('Zelenskyy')), article('c.txt', t('Zelensky'))]).findings, 'name-variant');
  // Only the source with the odd spelling gets the finding, pointing to the majority's spellings.
  assert.equal(fs.length, 1);
  const minority = fs.find((f) => f.location.article === 'mem:/c.txt')!;
  assert.match(minority.message, /most sources \(2 of 3\).*Zelenskyy/);
  assert.equal(minority.related.length, 2);
  assert.ok(minority.related.every((r) => r.message === 'spelled “Zelenskyy”'));
  const x = article('x.txt', 'Donald Trump spoke in Washington about the Berlin talks with envoys.');
  const y = article('y.txt', 'Melania Trump spoke in Washington about the Berlin talks with envoys.');
  assert.deepEqual(of(analyzeCorpus([x, y]).findings, 'name-variant'), []);
  // Case only (a dateline in capitals) is not a variant.
  const p = article('p.txt', 'DUNMERE, Sept 20 - Cavers were rescued near Dunmere in the Tarrow Hills.');
  const q = article('q.txt', 'Cavers were rescued near Dunmere in the Tarrow Hills on Sunday.');
  assert.deepEqual(of(analyzeCorpus([p, q]).findings, 'name-variant'), []);
});

test('name-variant: a name spelled differently in both words is one finding, not one per word', () => {
  const t = (n: string, who: string) => article(`${n}.txt`, `Mayor quits in Velden\nVELDEN, May 4 (Wire) - ${who}, the mayor of Velden, resigned on Monday, saying he was tired.`);
  const fs = of(analyzeCorpus([t('a', 'Jürgen Müller'), t('b', 'Juergen Mueller'), t('c', 'Jürgen Müller')]).findings, 'name-variant');
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0]!.location.article, 'mem:/b.txt');
  assert.match(fs[0]!.message, /spelled “Juergen Mueller” here, but most sources \(2 of 3\) spell it “Jürgen Müller”/);
  assert.equal(fs[0]!.related.length, 2);
  // Only the surname differs: the finding is about the surname alone.
  const one = of(analyzeCorpus([t('a', 'Jürgen Müller'), t('b', 'Jürgen Mueller'), t('c', 'Jürgen Müller')]).findings, 'name-variant');
  assert.equal(one.length, 1);
  assert.match(one[0]!.message, /spelled “Mueller” here, but most sources \(2 of 3\) spell it “Müller”/);
});

test('name-variant: two people one article names apart (a chief executive and his brother) are not one name spelled two ways', () => {
  const t = (n: string, body: string) => article(`${n}.txt`, `Brenner agrees to takeover\nFRANKFURT, Oct 2 (Wire) - ${body}`);
  const a = t('a', 'Brenner chief executive Klaus-Dieter Hahn said the offer was fair.');
  const b = t('b', 'Brenner CEO Klaus Dieter Hahn called the price fair.');
  const c = t('c', 'Chief executive Klaus-Dieter Hahn said the bid was fair; his brother Klaus Hahn, who sits on the board, did not vote.');
  const fs = of(analyzeCorpus([a, b, c]).findings, 'name-variant');
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0]!.location.article, b.id);
  assert.match(fs[0]!.message, /spelled “Klaus Dieter” here, but most sources \(2 of 3\) spell it “Klaus-Dieter”/);
});

test('name-variant: an initial is not another spelling of a first name; a transliterated first name (Sergei, Sergey) is', () => {
  const t = (n: string) => `Finance minister ${n} Halvorsen presented the budget in Dunmere on Tuesday. Halvorsen said taxes would not rise.`;
  const initial = of(analyzeCorpus([article('a.txt', t('Mark')), article('b.txt', t('M.')), article('c.txt', t('Mark'))]).findings, 'name-variant');
  assert.deepEqual(initial.map((f) => f.message), []);
  const spelled = of(analyzeCorpus([article('a.txt', t('Sergei')), article('b.txt', t('Sergey')), article('c.txt', t('Sergei'))]).findings, 'name-variant');
  assert.equal(spelled.length, 1, spelled.map((f) => f.message).join('\n'));
  assert.equal(spelled[0]!.location.article, 'mem:/b.txt');
});

test('unbalanced-quote and unattributed-speech: per-article problems become findings', () => {
  const a = article('a.txt', `${base}\n“We stand where we stand. And that is true, Brandvold said in the chat.\nI know that the owners see this differently,” she added.`);
  const u = article('u.txt', 'The storm hit the coast overnight.\n“Nobody knows what comes next.”');
  const fs = [...analyzeCorpus([a]).findings, ...analyzeCorpus([u]).findings];
  assert.equal(of(fs, 'unbalanced-quote').length, 1);
  assert.equal(of(fs, 'unattributed-speech').length, 1);
  assert.match(of(fs, 'unattributed-speech')[0]!.key, /u\.txt/);
  const ok = article('b.txt', `${base}\n“Nobody knows what comes next,” Brandvold said.`);
  assert.deepEqual(analyzeCorpus([ok]).findings, []);
});

test('date-conflict: a month against a month, the passive against the active voice, an evacuation dated on two days', () => {
  let n = 0;
  const t = (s: string) => article(`${++n}.txt`, `Forest fire near Brask\nBRASK, August 7 (Wire) - ${s}`);
  const one = { storyThreshold: 0 };
  // "The ban was imposed in June" and "the agency imposed its ban in July": one action, two months.
  const months = of(analyzeCorpus([t('The ban on open fires was imposed in June, the agency said.'), t('The forestry agency imposed its ban on open fires in July.')], one).findings, 'date-conflict');
  assert.equal(months.length, 2, months.map((f) => f.message).join('\n'));
  // "announced in March" is any announcement: without whose action it is, no month is compared.
  const loose = of(analyzeCorpus([t('The plan was announced in March by the council.'), t('The mayor announced in April that the road would close.')], one).findings, 'date-conflict');
  assert.deepEqual(loose.map((f) => f.message), []);
  // An action noun as the subject anchors the event: the evacuation ordered on Tuesday or on Wednesday.
  const nights = of(analyzeCorpus([t('The evacuation was ordered on Tuesday night as the wind turned.'), t('The evacuation was ordered on Wednesday night as the flames spread.')], one).findings, 'date-conflict');
  assert.equal(nights.length, 2, nights.map((f) => f.message).join('\n'));
});

test('date-conflict: days of a tournament are days of it, not one event dated twice', () => {
  const a = article('a.txt', 'Basketball in Varn\nVARN, August 28 - Velta beat Ostro 71-57 in the first match of a club tournament on Wednesday.');
  const b = article('b.txt', 'Basketball in Varn\nVARN, August 29 - Velta beat Krasno 69-60 in the third match of a club tournament on Thursday.');
  assert.deepEqual(of(analyzeCorpus([a, b]).findings, 'date-conflict').map((f) => f.message), []);
});

test('date-conflict: an organisation that approves on two days made two decisions', () => {
  const t = (n: string, s: string) => article(n, `Budget row in Velgrad\nVELGRAD, March 12, 2026 (Wire) - ${s}`);
  const fs = of(
    analyzeCorpus([t('a.txt', 'The government approved higher fuel taxes for Velgrad drivers on Monday.'), t('b.txt', 'The government approved higher bus fares for Velgrad drivers on Tuesday.')], { storyThreshold: 0 }).findings,
    'date-conflict',
  );
  assert.deepEqual(fs.map((f) => f.message), []);
});
