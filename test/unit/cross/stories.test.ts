// Story grouping: which articles of a workspace are reports of one story. Invented articles about
// invented events (real cities only as settings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus, CorpusEngine } from '../../../server/src/analysis/cross/engine';
import { averageLinkage, strongParts, type ScoredPair } from '../../../server/src/analysis/cross/linkage';
import { storyFeatures, type StoryFeatures } from '../../../server/src/analysis/cross/storyFeatures';
import { StoryIndex } from '../../../server/src/analysis/cross/storyIndex';
import { groupStories, StoryGrouper, timeCloseness, type Grouping } from '../../../server/src/analysis/cross/stories';

import type { CorpusResult, SourceArticle } from '../../../server/src/analysis/cross/types';
import { article } from './util';

// Two unrelated stories in one city in one month: a museum theft and a court verdict.
const THEFT = [
  article(
    'theft-wire.txt',
    'Jewels stolen from Lyon museum in four-minute raid\n\nLYON, Oct. 19, 2025 (Rhone Wire) - Thieves on a motor scooter smashed two display cases at the Musee Varenne in Lyon on Sunday and escaped with eight pieces of a nineteenth-century sapphire parure, police said.\n\nCurator Odile Marchetti said the pieces were "beyond price". The gang used an angle grinder on the east gallery window, according to the Lyon prosecutor\'s office.\n\nThe Varenne museum stayed closed on Monday while forensic teams worked in the gallery.',
  ),
  article(
    'theft-daily.txt',
    'Sapphire parure taken in daylight heist at the Varenne\n\nPublished 20 October 2025\n\nA brazen daylight raid at Lyon\'s Musee Varenne on Sunday netted thieves eight pieces of the museum\'s celebrated sapphire parure. Odile Marchetti, the museum\'s curator, told reporters the gang needed barely four minutes.\n\nThe thieves forced a window of the east gallery with an angle grinder, broke two display cases and fled on a scooter. Police in Lyon have opened an investigation for organised theft. The Varenne will reopen on Wednesday, Marchetti said.',
  ),
  article(
    'theft-radio.txt',
    'Police hunt scooter gang after Varenne jewel theft\n\nOct. 20, 2025\n\nInvestigators are examining footage from cameras near the Musee Varenne after Sunday\'s theft of eight sapphire jewels, prosecutors said. The parure had been on show in the east gallery since 1998. Curator Odile Marchetti appealed for witnesses who saw two men on a scooter near the museum.',
  ),
];
const VERDICT = [
  article(
    'verdict-wire.txt',
    'Former Lyon deputy mayor convicted of favouritism\n\nLYON, Oct. 21, 2025 (Rhone Wire) - A Lyon court on Tuesday convicted former deputy mayor Helene Castagnet of favouritism in the award of a tram depot contract and gave her an 18-month suspended sentence, police and court officials said.\n\nJudge Armand Delorme also barred Castagnet from public office for three years. Her lawyer, Bastien Roux, said she would appeal.',
  ),
  article(
    'verdict-daily.txt',
    'Castagnet found guilty over tram depot contract\n\nPublished 21 October 2025\n\nHelene Castagnet, once the most powerful deputy mayor in Lyon, was found guilty on Tuesday of steering a tram depot contract to a builder she knew. Presiding judge Armand Delorme handed her an 18-month suspended prison term and a three-year ban from office.\n\n"We will appeal," her lawyer Bastien Roux told reporters outside the courthouse.',
  ),
  article(
    'verdict-radio.txt',
    'Appeal planned after Castagnet verdict\n\nOct. 22, 2025\n\nLawyers for Helene Castagnet said on Wednesday they had lodged an appeal against her conviction for favouritism over the tram depot deal. Judge Armand Delorme had ruled on Tuesday that the contract was rigged. Prosecutors in Lyon said they were satisfied with the sentence.',
  ),
];

/** The groups of a result as sorted lists of file names. */
function groups(r: CorpusResult): string[][] {
  return r.stories.map((s) => s.story.articles.map((id) => id.replace('mem:/', '')).sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

test('two stories in one city and one month stay apart: shared place names and a shared month are not enough', () => {
  const r = analyzeCorpus([...THEFT, ...VERDICT]);
  assert.deepEqual(groups(r), [
    ['theft-daily.txt', 'theft-radio.txt', 'theft-wire.txt'],
    ['verdict-daily.txt', 'verdict-radio.txt', 'verdict-wire.txt'],
  ]);
  // And in a feed of the city's other news.
  const withFeed = groups(analyzeCorpus([...BRIEFS, ...VERDICT, ...THEFT]));
  assert.ok(withFeed.some((g) => g.join() === 'theft-daily.txt,theft-radio.txt,theft-wire.txt'), JSON.stringify(withFeed));
  assert.ok(withFeed.some((g) => g.join() === 'verdict-daily.txt,verdict-radio.txt,verdict-wire.txt'), JSON.stringify(withFeed));
  const story = (id: string): string => id.replace('mem:/', '').split('-')[0]!;
  for (const f of r.findings) for (const rel of f.related) assert.equal(story(rel.location.article), story(f.location.article), f.message);
});

test('each link says why two articles are one story: the rare names they share, readable', () => {
  const r = analyzeCorpus([...THEFT, ...VERDICT]);
  const theft = r.stories.find((s) => s.story.articles.includes('mem:/theft-wire.txt'))!;
  assert.ok(theft.story.links.length > 0);
  for (const l of theft.story.links) {
    assert.equal(l.shared?.length, l.labels?.length);
    assert.ok(l.score > 0 && l.score <= 1);
  }
  const all = theft.story.links.flatMap((l) => l.labels ?? []);
  assert.ok(all.some((x) => /Varenne|Marchetti/.test(x)), all.join(', '));
  assert.ok(theft.story.links.flatMap((l) => l.shared ?? []).some((k) => k.startsWith('n:')));
  assert.match(theft.story.label, /Varenne|Marchetti/);
});

/** A league's results table of one day, as a wire files it. */
function table(day: number, scores: string[]): SourceArticle {
  const teams = ['Harwick', 'Dunmere', 'Castleby', 'Orrin Vale', 'Pellham', 'Saltmarsh', 'Tarrow', 'Keldby'];
  const lines = teams.slice(0, 4).map((t, i) => `${t} ${scores[i]} ${teams[i + 4]} ${scores[i + 4] ?? '0'}`);
  return article(`results-${day}.txt`, `SOCCER - NORTHERN LEAGUE RESULTS.\n\nKELDBY 2025-09-${day}\n\nResults of Northern League matches played on Saturday:\n\n${lines.join('\n\n')}\n`);
}

test('routine tables of different days are different stories; the same day\'s table joins nothing else', () => {
  const r = analyzeCorpus([table(13, ['2', '1', '0', '3', '1', '1', '2', '0']), table(20, ['1', '1', '4', '2', '0', '2', '1', '3']), ...THEFT]);
  assert.equal(r.stories.find((s) => s.story.articles.includes('mem:/results-13.txt'))!.story.articles.length, 1);
  assert.equal(r.stories.find((s) => s.story.articles.includes('mem:/results-20.txt'))!.story.articles.length, 1);
});

test('time: reports a day apart are close; dateline days far apart are not; an undated report is not penalised', () => {
  const at = (day: number) => ({ day, spread: 0, strong: true });
  assert.equal(timeCloseness(at(100), at(100)), 1);
  assert.ok(timeCloseness(at(100), at(101)) > 0.6);
  assert.ok(timeCloseness(at(100), at(110)) < 0.05);
  assert.ok(timeCloseness(at(100), at(101), 1) < 0.05, 'tables of consecutive days');
  assert.equal(timeCloseness(undefined, at(100)), 1);
  // A date inferred from the article's other dates (perhaps with a wrong year) is compared by month and day, loosely.
  const weak = (day: number) => ({ day, spread: 0, strong: false });
  assert.equal(timeCloseness(weak(100), weak(100 + 365)), 1);
  assert.ok(timeCloseness(weak(100), weak(160)) >= 0.5);
});

test('average linkage does not chain: A~B and B~C with A and C unrelated is not one group of three', () => {
  const pairs = [
    { a: 'a', b: 'b', score: 0.6 },
    { a: 'b', b: 'c', score: 0.5 },
  ];
  assert.deepEqual(averageLinkage(['a', 'b', 'c'], pairs, 0.3), [['a', 'b'], ['c']]);
  // When C is close to both, it joins.
  assert.deepEqual(averageLinkage(['a', 'b', 'c'], [...pairs, { a: 'a', b: 'c', score: 0.4 }], 0.3), [['a', 'b', 'c']]);
});

/** Short unrelated items from the same city, as a local feed carries them. */
const BRIEFS = ['a bus lane', 'a library roof', 'night trams', 'a bridge repair', 'school meals', 'a cycling race', 'river barges', 'a jazz festival', 'park benches', 'a water main'].map((topic, i) =>
  article(`brief-${i}.txt`, `The Lyon city council discussed ${topic} on Thursday. Councillors in Lyon will vote on it next month.`),
);

test('rarity: a name most articles share weighs less than a name three articles share', () => {
  const index = new StoryIndex();
  const arts = [...THEFT, ...VERDICT, ...BRIEFS];
  for (const a of arts) index.set(a.id, storyFeatures(a));
  assert.ok(index.df('n:lyon') >= 12);
  assert.equal(index.df('n:castagnet'), 3);
  const wire = index.weighted().find((w) => w.id === 'mem:/verdict-wire.txt')!;
  const weightOf = (f: string): number => wire.weights[[...wire.fids].findIndex((fid) => index.feature(fid) === f)]!;
  // Rarity is judged as if the workspace also held PRIOR_ARTICLES articles of other news, so in this small
  // workspace the gap is smaller than in a feed; the two stories set in Lyon still stay apart (above).
  assert.ok(weightOf('n:lyon') < weightOf('n:castagnet') * 0.75);
  // Document frequencies follow edits and removals.
  index.remove('mem:/verdict-radio.txt');
  assert.equal(index.df('n:castagnet'), 2);
  index.set('mem:/verdict-radio.txt', storyFeatures(VERDICT[2]!));
  assert.equal(index.df('n:castagnet'), 3);
});

test('deterministic: any input order, and any sequence of edits, gives the same grouping as a fresh run', () => {
  const arts = [...THEFT, ...VERDICT, table(13, ['2', '1', '0', '3', '1', '1', '2', '0']), ...BRIEFS];
  const fresh = analyzeCorpus(arts);
  const key = (r: CorpusResult): string => JSON.stringify(r.stories.map((s) => s.story));
  // Shuffled by a fixed linear congruential sequence, so a failure can be replayed.
  let seed = 7;
  for (let round = 0; round < 4; round++) {
    const shuffled = [...arts];
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    assert.equal(key(analyzeCorpus(shuffled)), key(fresh));
  }
  // Incremental: add, remove and re-add articles in another order; the engine ends where a fresh run does.
  const e = new CorpusEngine();
  for (const a of arts.slice(3)) e.upsert(a);
  e.upsert(article('theft-wire.txt', 'Nothing about jewels here.'));
  for (const a of arts.slice(0, 3)) e.upsert(a);
  e.remove('mem:/verdict-radio.txt');
  e.upsert(VERDICT[2]!);
  assert.equal(key(e.result()), key(fresh));
  assert.equal(JSON.stringify(e.result().findings), JSON.stringify(fresh.findings));
});

test('empty, garbage and very long articles group without error, each alone unless it shares something', () => {
  const long = article('long.txt', `${THEFT[0]!.text}\n\n${'Harbour cranes stood idle along the quay. '.repeat(20000)}`);
  const arts = [article('empty.txt', ''), article('noise.txt', '\u0000\u0001 ### 1-2-3 ???'), article('dates.txt', '2025-13-45 --12-99 Monday'), long, ...THEFT];
  const r = analyzeCorpus(arts);
  const sizeOf = (name: string): number => r.stories.find((s) => s.story.articles.includes(`mem:/${name}`))!.story.articles.length;
  assert.equal(sizeOf('empty.txt'), 1);
  assert.equal(sizeOf('noise.txt'), 1);
  assert.equal(sizeOf('dates.txt'), 1);
  assert.equal(r.stories.reduce((n, s) => n + s.story.articles.length, 0), arts.length);
});

test('an edit regroups only what it changed, and ends exactly where grouping from scratch does', () => {
  // Synthetic workspaces: clusters of articles sharing rare names, all sharing common words, with random
  // edits (a feature gained, lost or strengthened; an article moved to another cluster), additions and
  // removals. After every step the kept grouping must equal a fresh one, links and labels included.
  let seed = 20261201;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const featuresOf = (cluster: number, extra: string[]): StoryFeatures => {
    const counts = new Map<string, number>();
    const labels = new Map<string, string>();
    const salience = new Map<string, number>();
    const add = (k: string, c: number, sal = 0): void => {
      counts.set(k, c);
      labels.set(k, k.slice(2));
      if (sal) salience.set(k, sal);
    };
    add(`n:cluster${cluster}a`, 2, 3);
    add(`n:cluster${cluster}b`, 1.5, 1);
    add(`w:topic${cluster % 5}`, 1);
    add('w:said', 1);
    for (const e of extra) add(e, 1 + rand(3) / 2, e.startsWith('n:') ? 1 : 0);
    return { counts, labels, salience, time: { day: 9000 + (cluster % 3), spread: 0, strong: true }, routine: 0 };
  };
  const extras = (): string[] => Array.from({ length: rand(9) }, () => (rand(2) ? `n:person${rand(40)}` : `f:${100 + rand(30)}`));
  const index = new StoryIndex();
  const grouper = new StoryGrouper();
  const current = new Map<string, StoryFeatures>();
  const set = (id: string, f: StoryFeatures): void => {
    current.set(id, f);
    index.set(id, f);
  };
  for (let i = 0; i < 60; i++) set(`a${i}`, featuresOf(rand(15), extras()));
  const key = (g: { stories: unknown[] }): string => JSON.stringify(g.stories);
  assert.equal(key(grouper.group(index, 0.2)), key(groupStories(index, 0.2)));
  let regrouped = 0;
  for (let step = 0; step < 150; step++) {
    const id = `a${rand(70)}`;
    const r = rand(10);
    const now = current.get(id);
    if (r === 0) {
      index.remove(id);
      current.delete(id);
    } else if (r < 6 && now) {
      // The same features, other strengths: no rarity changes, only this article's weights.
      set(id, { ...now, counts: new Map([...now.counts].map(([k, c]) => [k, c * (0.5 + rand(4) / 2)])) });
    } else set(id, featuresOf(r < 8 ? rand(15) : Number(id.slice(1)) % 15, extras()));
    const kept = grouper.group(index, 0.2);
    const scratch = new StoryGrouper();
    const fresh = scratch.group(index, 0.2, true);
    assert.equal(key(kept), key(fresh), `step ${step}`);
    // Pairs between stories too: a pair lost now would join two stories after a later edit.
    assert.equal(JSON.stringify(grouper.pairs()), JSON.stringify(scratch.pairs()), `step ${step}`);
    regrouped += kept.stories.length;
  }
  assert.ok(regrouped > 0);
});

test('linking each part of the graph of strong pairs alone gives the groups of linking the whole graph', () => {
  // Random sparse graphs whose scores sit around the threshold, so weak pairs weigh in the averages.
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const threshold = 0.3;
  let split = 0;
  let weakInside = 0;
  for (let round = 0; round < 200; round++) {
    const ids = Array.from({ length: 4 + Math.floor(random() * 30) }, (_, i) => `a${String(i).padStart(2, '0')}`);
    const pairs: ScoredPair[] = [];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) if (random() < 0.15) pairs.push({ a: ids[i]!, b: ids[j]!, score: Math.round(random() * 0.6 * 1000) / 1000 });
    }
    const whole = averageLinkage(ids, pairs, threshold);
    const parts = strongParts(ids, pairs, threshold);
    const byParts = parts.flatMap((p) => averageLinkage(p.ids, p.pairs, threshold)).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    assert.deepEqual(byParts, whole, `round ${round}`);
    if (parts.filter((p) => p.ids.length > 1).length > 1) split++;
    if (parts.some((p) => p.pairs.some((x) => x.score < threshold))) weakInside++;
  }
  // The graphs did fall apart into several parts, and weak pairs did count inside parts.
  assert.ok(split > 50 && weakInside > 50, `${split} ${weakInside}`);
});

test('an edit that only strengthens what an article shares with another story moves it there, as grouping from scratch does', () => {
  // No feature is gained or lost, so no other article's weights change: only the edited article is
  // re-scored, and the story it joins must be linked again with it.
  const features = (weights: Record<string, number>): StoryFeatures => {
    const counts = new Map(Object.entries(weights));
    return { counts, labels: new Map([...counts.keys()].map((k) => [k, k.slice(2)])), salience: new Map([...counts.keys()].filter((k) => k.startsWith('n:')).map((k) => [k, 1])), time: { day: 9000, spread: 0, strong: true }, routine: 0 };
  };
  const index = new StoryIndex();
  for (const [id, w] of [
    ['b1', { 'n:harbin': 3, 'n:okafor': 2, 'w:said': 1 }],
    ['b2', { 'n:harbin': 3, 'n:okafor': 2, 'w:said': 1 }],
    ['c1', { 'n:tessaly': 3, 'n:ruud': 2, 'w:said': 1 }],
    ['c2', { 'n:tessaly': 3, 'n:ruud': 2, 'w:said': 1 }],
    ['x', { 'n:harbin': 3, 'n:okafor': 2, 'n:tessaly': 0.2, 'n:ruud': 0.2, 'w:said': 1 }],
  ] as const) index.set(id, features(w));
  const grouper = new StoryGrouper();
  const storyOf = (g: Grouping, id: string): string[] => g.stories.find((s) => s.articles.includes(id))!.articles;
  assert.deepEqual(storyOf(grouper.group(index, 0.2), 'x'), ['b1', 'b2', 'x']);
  index.set('x', features({ 'n:harbin': 0.2, 'n:okafor': 0.2, 'n:tessaly': 3, 'n:ruud': 2, 'w:said': 1 }));
  const kept = grouper.group(index, 0.2);
  assert.deepEqual(storyOf(kept, 'x'), ['c1', 'c2', 'x']);
  assert.equal(JSON.stringify(kept.stories), JSON.stringify(groupStories(index, 0.2).stories));
});
