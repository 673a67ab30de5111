import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { extractFigures } from '../../server/src/analysis/figures';
import { tokenize } from '../../server/src/analysis/tokens';
import type { Figure } from '../../server/src/analysis/types';
import type { Token, Tokenized } from '../../server/src/analysis/tokens';

const REF = '2026-11-24';

function figs(text: string, referenceDate = REF) {
  return extractFigures(tokenize(text), { referenceDate });
}

/** The one figure whose text is exactly `written`; fails if there is none or several. */
function fig(text: string, written: string, referenceDate = REF): Figure {
  const found = figs(text, referenceDate).figures.filter((f) => f.text === written);
  assert.equal(found.length, 1, `expected one figure "${written}" in: ${text}\n got: ${figs(text, referenceDate).figures.map((f) => f.text).join(' | ')}`);
  const f = found[0]!;
  assert.equal(text.slice(f.start, f.end), written, 'span covers exactly the figure');
  return f;
}

function texts(text: string): string[] {
  return figs(text).figures.map((f) => f.text);
}

test('counts: numerals and number words with the noun they count', () => {
  const s = 'The fleet released 153 balloons at dawn, with 133 being recovered and 18 over Lake Vemmen.';
  const f = fig(s, '153');
  assert.equal(f.kind, 'count');
  assert.equal(f.value, 153);
  assert.equal(f.counts, 'balloon');
  // A bare number later in the sentence counts the same thing.
  assert.equal(fig(s, '133').counts, 'balloon');
  assert.equal(fig(s, '18').counts, 'balloon');
  const w = fig('Five student cavers and 46 volunteers were there.', 'Five');
  assert.equal(w.value, 5);
  assert.equal(w.counts, 'caver');
  assert.equal(fig('Five student cavers and 46 volunteers were there.', '46').counts, 'volunteer');
  assert.equal(fig('Police said 130 Norwegian kayaks were destroyed.', '130').counts, 'kayak');
  assert.equal(fig('It said 4,200 dockworkers walked out.', '4,200').value, 4200);
  const m = fig('Officials said over a million people lost power.', 'over a million');
  assert.equal(m.value, 1_000_000);
  assert.equal(m.counts, 'person');
  assert.equal(fig('They sent two dozen police officers.', 'two dozen').value, 24);
});

test('hedges widen the interval and are part of the span', () => {
  const about = fig('The port moved about 14,000 containers.', 'about 14,000');
  assert.equal(about.hedge, 'about');
  assert.deepEqual(about.interval, { lo: 12600, hi: 15400 });
  const nearly = fig('The war is nearly four years old.', 'nearly four years');
  assert.equal(nearly.kind, 'duration');
  assert.equal(nearly.hedge, 'nearly');
  assert.equal(nearly.interval!.hi, nearly.value);
  assert.ok(nearly.interval!.lo < (nearly.value as number));
  const more = fig('The session ran for more than six hours.', 'more than six hours');
  assert.equal(more.value, 21600);
  assert.equal(more.interval!.lo, 21600);
  assert.equal(more.interval!.hi, Infinity);
  const least = fig('At least two people were killed.', 'At least two');
  assert.equal(least.hedge, 'at least');
  assert.equal(least.counts, 'person');
  // "over two years" is a period, not "more than two years".
  const over = fig('Wages rise by 6.5% over two years.', 'two years');
  assert.equal(over.hedge, undefined);
});

test('percentages: signs, words and word fractions are fractions with unit %', () => {
  assert.equal(fig('Some 80% of voters agreed.', 'Some 80%').value, 0.8);
  const pc = fig('Turnout was 78 per cent on Tuesday.', '78 per cent');
  assert.equal(pc.kind, 'percent');
  assert.equal(pc.value, 0.78);
  assert.equal(pc.unit, '%');
  const frac = fig('Russia occupies about one-fifth of the country.', 'about one-fifth');
  assert.equal(frac.kind, 'percent');
  assert.equal(frac.value, 0.2);
  assert.equal(frac.unit, '%');
  assert.equal(frac.counts, 'country');
  assert.equal(fig('Two-thirds of members voted.', 'Two-thirds').value, 0.666666666667);
});

test('money: symbols, codes, words and suffixes', () => {
  const usd = fig('Congress approved $20 billion in aid.', '$20 billion');
  assert.equal(usd.kind, 'money');
  assert.equal(usd.value, 20e9);
  assert.equal(usd.unit, 'USD');
  assert.equal(fig('Each worker gets €1,200 once.', '€1,200').unit, 'EUR');
  const words = fig('The strike costs 4.2 million euros a day.', '4.2 million euros');
  assert.equal(words.value, 4.2e6);
  assert.equal(words.unit, 'EUR');
  assert.equal(fig('The strike costs €4.2m a day.', '€4.2m').value, 4.2e6);
  const vague = fig('The EU may use tens of billions in frozen Russian assets.', 'tens of billions');
  assert.equal(vague.kind, 'money');
  assert.equal(vague.hedge, 'vague');
  assert.deepEqual(vague.interval, { lo: 1e10, hi: 1e11 });
});

test('durations are in seconds and hyphenated compounds count the noun after them', () => {
  const five = fig('They met for a five-hour session on Sunday.', 'five-hour');
  assert.equal(five.kind, 'duration');
  assert.equal(five.value, 18000);
  assert.equal(five.counts, 'session');
  assert.equal(fig('A 90-minute meeting followed.', '90-minute').value, 5400);
  assert.equal(fig('It was over in about an hour and a half.', 'about an hour and a half').value, 5400);
  assert.equal(fig('Talks lasted six hours of talks.', 'six hours').counts, 'talks');
  const plan = fig('They discussed the 20-point plan for peace.', '20-point');
  assert.equal(plan.kind, 'count');
  assert.equal(plan.value, 20);
  assert.equal(plan.unit, 'points');
  assert.equal(plan.counts, 'plan');
  const age = fig('A 19-year-old woman was treated.', '19-year-old');
  assert.equal(age.value, 19);
  assert.equal(age.unit, 'years old');
  assert.equal(age.counts, 'woman');
});

test('ranges keep both ends in the interval', () => {
  const km = fig('Forces would withdraw 5–10 kilometers from the line.', '5–10 kilometers');
  assert.equal(km.unit, 'kilometers');
  assert.deepEqual(km.interval, { lo: 5, hi: 10 });
  const days = fig('Clearing the backlog will take 10 to 14 days.', '10 to 14 days');
  assert.equal(days.kind, 'duration');
  assert.deepEqual(days.interval, { lo: 864000, hi: 1209600 });
  assert.deepEqual(fig('The cavers were aged between 19 and 24.', 'between 19 and 24').interval, { lo: 19, hi: 24 });
});

test('ordinals and years', () => {
  const o = fig('Officials met for a second day of talks.', 'second');
  assert.equal(o.kind, 'ordinal');
  assert.equal(o.value, 2);
  assert.equal(o.counts, 'day');
  assert.equal(fig('Saturday was the third day of the strike.', 'third').value, 3);
  const y = fig('Russia seized Crimea in 2014 and came back.', '2014');
  assert.equal(y.kind, 'year');
  assert.equal(y.value, '2014');
  assert.deepEqual(texts('At first, nobody came. First and foremost, talk.'), []);
});

test('dates: full, day-first, partial dates resolved against the article, bare weekdays', () => {
  const full = fig('Talks ended on Monday, December 15, 2025, in Berlin.', 'Monday, December 15, 2025');
  assert.equal(full.kind, 'date');
  assert.equal(full.value, '2025-12-15');
  assert.equal(full.precision, 'day');
  assert.equal(full.weekday, 'Monday');
  assert.equal(full.resolved, undefined);
  const text = 'Leaders met on 15 March 2024. Zelenskyy spoke on March 14. A summit follows on Wednesday 20 March. They met on Thursday.';
  const r = figs(text);
  assert.equal(r.anchorDate, '2024-03-15');
  const partial = r.figures.find((f) => f.text === 'March 14')!;
  assert.equal(partial.value, '2024-03-14');
  assert.equal(partial.resolved, true);
  assert.equal(r.figures.find((f) => f.text === 'Wednesday 20 March')!.value, '2024-03-20');
  const thu = r.figures.find((f) => f.text === 'Thursday')!;
  assert.equal(thu.value, '2024-03-14', 'a past-tense weekday is the latest one on or before the anchor');
  assert.equal(thu.resolved, true);
  assert.deepEqual(r.problems, []);
  // A dateline anchors bare weekdays; future tense looks forward.
  const wire = figs('OSLO, March 9 (Wire) - Unions reached a deal on Monday. Members will vote on Tuesday.');
  assert.equal(wire.anchorDate, '2026-03-09');
  assert.equal(wire.figures.find((f) => f.text === 'Monday')!.value, '2026-03-09');
  assert.equal(wire.figures.find((f) => f.text === 'Tuesday')!.value, '2026-03-10');
  // Without any date in the article a weekday stays a weekday.
  const bare = fig('The talks ended on Monday.', 'Monday');
  assert.equal(bare.value, null);
  assert.equal(bare.precision, 'weekday');
  const y = fig('The TCRT was founded in 1968, and the club in February 2022.', 'February 2022');
  assert.equal(y.value, '2022-02');
  assert.equal(y.precision, 'month');
});

test('weekday-mismatch: a weekday next to a date that falls on another day', () => {
  const r = figs('The talks ended on Monday, December 16, 2025, in Berlin.');
  assert.equal(r.problems.length, 1);
  const p = r.problems[0]!;
  assert.equal(p.code, 'weekday-mismatch');
  assert.equal(p.severity, 'warning');
  assert.match(p.message, /Tuesday/);
  assert.equal('The talks ended on Monday, December 16, 2025, in Berlin.'.slice(p.start, p.end), 'Monday, December 16, 2025');
  // The year of a partial date comes from the article's full date.
  const r2 = figs('The deal came on 9 March 2025. The strike began on Thursday, 5 March.');
  assert.equal(r2.problems.length, 1);
  assert.match(r2.problems[0]!.message, /Wednesday/);
  // Correct pairs raise nothing; a weekday-only article picks a year that fits.
  assert.deepEqual(figs('Work resumes on Wednesday, 11 March.').problems, []);
  assert.equal(fig('Work resumes on Wednesday, 11 March.', 'Wednesday, 11 March').value, '2026-03-11');
});

test('fractions in words, noun runs and inherited counts stay sensible', () => {
  const third = fig('About a third of voters stayed home.', 'About a third');
  assert.equal(third.kind, 'percent');
  assert.equal(third.counts, 'voter');
  assert.ok(Math.abs((third.value as number) - 1 / 3) < 1e-9);
  assert.equal(fig('Half of the staff left.', 'Half').value, 0.5);
  // A plural noun ends the counted run ("students", not "home"); plural compounds keep the head.
  assert.equal(fig('They brought four students home.', 'four').counts, 'student');
  assert.equal(fig('They sent 24 police officers.', '24').counts, 'officer');
  // Ages after "aged" do not inherit the noun counted earlier in the sentence.
  assert.equal(fig('Her three companions, aged between 19 and 24, left.', 'between 19 and 24').counts, undefined);
  assert.equal(fig('Members of the union, 3,100 in all, voted.', '3,100').counts, undefined);
});

test('times of day: seconds after midnight, local unless a zone is written, hedged by minutes', () => {
  const times = (t: string) => figs(t).figures.map((f) => [f.kind, f.text, f.value, f.unit, f.interval ? [f.interval.lo, f.interval.hi] : null]);
  assert.deepEqual(times('They met at 7 p.m. and left at 10:30 a.m. and again at 5.30 p.m.'), [
    ['time', '7 p.m.', 19 * 3600, 'local time', null],
    ['time', '10:30 a.m.', 10.5 * 3600, 'local time', null],
    ['time', '5.30 p.m.', 17.5 * 3600, 'local time', null],
  ]);
  assert.deepEqual(times('At 5pm the G20 met; the vote closed at 14:00 GMT.'), [
    ['time', '5pm', 17 * 3600, 'local time', null],
    ['time', '14:00 GMT', 14 * 3600, 'GMT', null],
  ]);
  assert.deepEqual(times('It sank at about 4:50 a.m., shortly before 5 a.m. by other accounts.'), [
    ['time', 'about 4:50 a.m.', 4 * 3600 + 50 * 60, 'local time', [4 * 3600 + 35 * 60, 5 * 3600 + 5 * 60]],
    ['time', 'shortly before 5 a.m.', 5 * 3600, 'local time', [4.5 * 3600, 5 * 3600]],
  ]);
  assert.deepEqual(figs('The score was 10.30 at the break and he left at 10.').figures.filter((f) => f.kind === 'time'), []);
});

test('durations: vulgar fractions and smaller units add up', () => {
  const secs = (t: string) => figs(t).figures.filter((f) => f.kind === 'duration').map((f) => [f.text, f.value]);
  assert.deepEqual(secs('The summit lasted 2½ hours.'), [['2½ hours', 9000]]);
  assert.deepEqual(secs('The hearing took an hour and 40 minutes; the appeal two hours and 10 minutes.'), [
    ['an hour and 40 minutes', 6000],
    ['two hours and 10 minutes', 7800],
  ]);
  assert.deepEqual(secs('She won in 2 hours 4 minutes 12 seconds.'), [['2 hours 4 minutes 12 seconds', 7452]]);
});

test('look-alikes that are not figures', () => {
  assert.deepEqual(texts('See pp. 34-36 and p. 7 for details.'), []);
  assert.deepEqual(texts('Prices rose in the 1990s, and the G20 met.'), []);
  assert.deepEqual(texts('Theresa May spoke.'), []);
  assert.deepEqual(texts('Call 555-123-4567 or +44 20 7946 0958 today.'), []);
  assert.deepEqual(texts('NATO invoked Article 5 after the G7 met.'), []);
  assert.deepEqual(texts('COVID-19 grounded the F-16 fleet, see page 12.'), []);
  assert.deepEqual(texts('The Boeing 737 landed safely.'), []);
  assert.deepEqual(texts('He is the one who came. No one knew. One day we will win. It is one of the best.'), []);
  assert.deepEqual(texts('The pay deal was a one-off and Article 5-like guarantees were offered.'), []);
  assert.deepEqual(texts('We sang, and they came back at half past five.'), []);
  assert.deepEqual(texts('Bloody Sunday is remembered here.'), []);
});

/** The tokenisation of `unit` repeated n times (one paragraph), without re-tagging every copy. */
function repeated(unit: string, n: number): Tokenized {
  const base = tokenize(unit);
  const tokens: Token[] = [];
  const sentences: Tokenized['sentences'] = [];
  const sentenceTokens: Array<[number, number]> = [];
  for (let r = 0; r < n; r++) {
    const off = r * unit.length;
    base.sentences.forEach((s, si) => {
      const [a, b] = base.sentenceTokens[si]!;
      sentenceTokens.push([tokens.length, tokens.length + b - a]);
      for (let k = a; k < b; k++) {
        const tok = base.tokens[k]!;
        tokens.push({ ...tok, start: tok.start + off, end: tok.end + off, sentence: sentences.length, index: tokens.length });
      }
      sentences.push({ start: s.start + off, end: s.end + off, paragraph: 0 });
    });
  }
  const text = unit.repeat(n);
  return { text, tokens, sentences, sentenceTokens, paragraphs: [{ start: 0, end: text.length }] };
}

// Speed is measured by `npm run bench`, not asserted here: this checks that nothing is lost or thrown.
test('never throws and finds every figure on a 1 MB single line and on random text', () => {
  const unit = 'The 153 kayaks cost $20 billion on Monday, December 15, 2025 and 5–10 km, about one-fifth of 40 people. ';
  const r = extractFigures(repeated(unit, 10000), { referenceDate: REF }); // ~1 MB, one line
  assert.equal(r.figures.length, 60000);
  let junk = '';
  let seed = 7;
  for (let i = 0; i < 30000; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    junk += '0123456789 -–,.$€%abcMonday March\n'.charAt(seed % 34);
  }
  assert.doesNotThrow(() => extractFigures(tokenize(junk)));
  assert.doesNotThrow(() => extractFigures(tokenize('')));
  assert.doesNotThrow(() => extractFigures(tokenize('9'.repeat(500) + ' 1e999 $' + '9'.repeat(400) + ' February 30, 2025 Monday,')));
});

const SHARED = process.env.NEWSLENS_SHARED ?? path.resolve(process.cwd(), '..', 'shared');
const BERLIN = path.join(SHARED, 'corpus', 'berlin-talks');

function berlin(prefix: string): string | undefined {
  if (!existsSync(BERLIN)) return undefined;
  const name = readdirSync(BERLIN).find((n) => n.startsWith(prefix));
  return name ? readFileSync(path.join(BERLIN, name), 'utf8') : undefined;
}

test('berlin articles: real reporting reads as a reader would', (t) => {
  const a0 = berlin('000_');
  const a1 = berlin('001_');
  const a4 = berlin('004_');
  if (!a0 || !a1 || !a4) {
    t.skip('berlin-talks corpus not found');
    return;
  }
  const r0 = analyzeArticle(a0, { referenceDate: REF }).figures;
  const drones = r0.find((f) => f.text === '153')!;
  assert.equal(drones.counts, 'drone');
  const session = r0.find((f) => f.text === 'five-hour')!;
  assert.equal(session.kind, 'duration');
  assert.equal(session.value, 18000);
  assert.equal(session.counts, 'session');
  assert.equal(r0.find((f) => f.text === 'approximately 90 minutes')!.hedge, 'about');

  const r1 = analyzeArticle(a1, { referenceDate: REF });
  assert.equal(r1.anchorDate, '2025-12-15');
  assert.ok(r1.figures.some((f) => f.kind === 'date' && f.text === 'Sunday' && f.value === '2025-12-14' && f.resolved));
  assert.ok(!r1.problems.some((p) => p.code === 'weekday-mismatch'));

  const r4 = analyzeArticle(a4, { referenceDate: REF }).figures;
  const fifth = r4.find((f) => f.text.endsWith('one-fifth'))!;
  assert.equal(fifth.kind, 'percent');
  assert.equal(fifth.value, 0.2);
  assert.equal(fifth.unit, '%');
  assert.ok(r4.some((f) => f.text === 'December 14' && f.value === '2025-12-14' && f.resolved));
  assert.ok(r4.some((f) => f.text === '5–10 kilometers' && f.interval?.lo === 5 && f.interval.hi === 10));
  assert.ok(r4.some((f) => f.kind === 'year' && f.value === '2014'));
  // "Article 5-like" and "(c)2025" are not figures.
  assert.ok(!r4.some((f) => f.text.includes('5-like') || f.text === '5'));
});

test('a duration completed by smaller units written in words: "an hour and nine minutes", "two hours and forty-five minutes"', () => {
  const a = analyzeArticle('The jet came down an hour and nine minutes after take-off; the search lasted two hours and forty-five minutes.');
  const ds = a.figures.filter((f) => f.kind === 'duration').map((f) => [f.text, f.value]);
  assert.deepEqual(ds, [
    ['an hour and nine minutes', 4140],
    ['two hours and forty-five minutes', 9900],
  ]);
});
