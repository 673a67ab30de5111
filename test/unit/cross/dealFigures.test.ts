// Figures of deals, bids, stakes and workforces read as the same fact however outlets word them
// (identity.ts, figures/frame.ts, lexicon/deals.ts): a deal's value before or after its noun, after a
// valuing verb or as what a bidder pays; a stake owned or held; a per-share price; yearly savings; the
// employed counted as staff, a workforce or with "employs". Each test has a twin that must stay apart
// (another bidder, another thing), so none passes by comparing nothing or everything. Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { article, of } from './util';

const LEAD = 'PERTHOLM, May 4 - Ambrel Mining made a new bid on Monday for its smaller rival Pellow Resources.';
const corpus = (...texts: string[]) => analyzeCorpus(texts.map((t, i) => article(`${'abcdef'[i]}.txt`, `${LEAD} ${t}`)), { storyThreshold: 0 });
const conflicts = (...texts: string[]): string[] => of(corpus(...texts).findings, 'figure-conflict').map((f) => f.message);

test('sums in pence and cents are money: "820p", "820 pence", "455 cents"', () => {
  const figs = analyzeArticle('Ambrel will pay 820p a share, or 820 pence in cash, after the shares rose 5 cents.').figures;
  const money = figs.filter((f) => f.kind === 'money').map((f) => `${f.text}:${f.unit}:${String(f.value)}`);
  assert.deepEqual(money, ['820p:GBX:820', '820 pence:GBX:820', '5 cents:cents:5']);
});

test('the value of a deal: "agreed to pay $1.4 billion for Pellow", "a deal worth $1.6 billion" and "values Pellow at $1.4 billion" are one fact', () => {
  const pay = 'Ambrel has agreed to pay $1.4 billion for Pellow, the companies said.';
  const worth = 'Ambrel will buy Pellow in a deal worth $1.6 billion, the companies said.';
  const values = 'The offer values Pellow at about $1.4 billion, the companies said.';
  assert.equal(conflicts(pay, worth).length, 2);
  assert.equal(conflicts(values, worth).length, 2);
  assert.deepEqual(conflicts(pay, values), []);
  // A payment for something that is not bought is not the deal's price.
  assert.deepEqual(conflicts('Ambrel will have to pay $1.4 billion for walking away, the companies said.', worth), []);
});

test('whose bid: "Dunmore\'s offer of $2.8 billion" is not "Ambrel\'s $3.1 billion offer", but two sources on Ambrel\'s offer are compared', () => {
  assert.deepEqual(conflicts("The board had backed Dunmore's offer of $2.8 billion in April.", "Pellow's board now backs Ambrel's $3.1 billion offer."), []);
  assert.equal(conflicts("Pellow's board now backs Ambrel's offer of $2.8 billion.", "Pellow's board now backs Ambrel's $3.1 billion offer.").length, 2);
});

test('a price per share: "410 cents for each Pellow share" and "430 cents per share" are one fact, not the total', () => {
  assert.equal(conflicts('Ambrel will pay 410 cents for each Pellow share in cash.', 'Ambrel offered 430 cents per share in cash.').length, 2);
  assert.deepEqual(conflicts('Ambrel will pay 410 cents for each Pellow share in cash.', 'Ambrel offered 430 cents in cash for the whole of the preferred stock.'), []);
});

test('a stake: "owns 12 percent of Pellow" and "holds a 14 percent stake in Pellow" are one fact; another holder\'s stake is not', () => {
  assert.equal(conflicts('Ambrel already owns 12 percent of Pellow.', 'Ambrel, which holds a 14 percent stake in Pellow, welcomed the vote.').length, 2);
  assert.deepEqual(conflicts('Ambrel already owns 12 percent of Pellow.', 'Dunmore Capital, which holds a 14 percent stake in Pellow, opposed the vote.'), []);
});

test('yearly savings: "annual cost savings of $60 million" and "expects to save $70 million a year" are one fact; one-off costs are not', () => {
  assert.equal(conflicts('Ambrel expects annual cost savings of $60 million from the deal.', 'Ambrel expects to save $70 million a year from the deal.').length, 2);
  assert.deepEqual(conflicts('Ambrel expects annual cost savings of $60 million from the deal.', 'Ambrel expects one-off integration costs of $70 million from the deal.'), []);
});

test('the employed: "employs 3,100 people", "its 3,400 staff" and "a workforce of 3,400" are one count; staff at one mine are a part, and staff who keep working are still its staff', () => {
  assert.equal(conflicts('Pellow, which employs 3,100 people, will keep its head office.', "Pellow's 3,400 staff will keep their jobs.").length, 2);
  assert.deepEqual(conflicts('Pellow, which has a workforce of 3,400, will keep its head office.', "Pellow's 3,400 staff will keep their jobs."), []);
  assert.equal(conflicts('Pellow, which has a workforce of 3,100, will keep its head office.', "Pellow's 3,400 staff will keep their jobs.").length, 2);
  assert.deepEqual(conflicts('Pellow, which employs 3,100 people, will keep its head office.', 'Pellow employs about 400 people at the mine in Kerran.'), []);
});

test('"Talvik Energy shares rose 4 percent": the shares are the subject of "rose" even where the tagger reads "shares" as the verb', () => {
  assert.equal(conflicts('Pellow Resources shares rose 4 percent on Monday.', 'Shares in Pellow Resources rose 6 percent on Monday.').length, 2);
  assert.deepEqual(conflicts('Pellow Resources shares rose 4 percent on Monday.', 'Shares in Pellow Resources fell 6 percent on Monday.'), []);
});

const updates = (...texts: string[]): string[] => of(corpus(...texts).findings, 'figure-update').map((f) => f.message);

test('a revised value: "raised its offer to 820 pence" against another source\'s 760 pence is an update; against 840 pence a conflict', () => {
  const raised = 'Ambrel raised its offer to 820 pence a share, its board said.';
  assert.deepEqual(conflicts(raised, 'Ambrel offered 760 pence a share, its board said.'), []);
  assert.equal(updates(raised, 'Ambrel offered 760 pence a share, its board said.').length, 1);
  assert.equal(conflicts(raised, 'Ambrel will pay 840 pence a share, its board said.').length, 2);
});

test('an earlier value is not the current one: "an earlier proposal of 760 pence a share" is not compared with "will pay 820 pence a share"', () => {
  assert.deepEqual(conflicts("Ambrel's earlier proposal of 760 pence a share was rejected.", "Ambrel's offer of 820 pence a share was accepted."), []);
  assert.equal(conflicts("Ambrel's offer of 760 pence a share was accepted.", "Ambrel's offer of 820 pence a share was accepted.").length, 2);
});

test('a value including debt is another measure: "including debt, the deal values Pellow at $3.5 billion" is not the $3.1 billion offer', () => {
  assert.deepEqual(conflicts('Including debt, the deal values Pellow at $3.5 billion.', 'The deal values Pellow at $3.1 billion.'), []);
  assert.equal(conflicts('Including debt, the deal values Pellow at $3.5 billion.', 'Including its debt, the deal values Pellow at $3.1 billion.').length, 2);
});

test('a premium: "38 percent above the closing price" and "a premium of 36 percent" are one fact; the shares\' rise is not', () => {
  assert.equal(conflicts("The offer is 38 percent above Pellow's closing price on Friday.", 'The offer is a premium of 36 percent to the closing price on Friday.').length, 2);
  assert.deepEqual(conflicts("The offer is 38 percent above Pellow's closing price on Friday.", 'Pellow shares rose 36 percent on Friday.'), []);
});

const VOTE = 'KELLBY, June 9 - Ada Okafor won the Kellby North seat for the Greens in Thursday\'s election.';
const vote = (...texts: string[]): string[] =>
  of(analyzeCorpus(texts.map((t, i) => article(`${'abcdef'[i]}.txt`, `${VOTE} ${t}`)), { storyThreshold: 0 }).findings, 'figure-conflict').map((f) => f.message);

test('a margin: "won by 3,900 votes" and "a majority of 4,100" are one fact, never the votes won; "a two-goal win" is a margin in goals', () => {
  const found = vote('Okafor won by 3,900 votes.', 'Okafor won the seat with a majority of 4,100 votes.');
  assert.equal(found.length, 2);
  assert.match(found[0]!, /margin|majority/);
  assert.deepEqual(vote('Okafor won by 3,900 votes.', 'Okafor won 21,300 votes.'), []);
  assert.equal(conflicts('In the cup, Ambrel Rovers won the final by three goals.', 'In the cup, Ambrel Rovers secured a two-goal win in the final.').length, 2);
});

test('what a measure covers: "will affect 4,000 homes" and "covering 5,000 homes" are one count; homes built are not', () => {
  assert.equal(conflicts('The closure will affect 4,000 homes near the mine.', 'The closure, covering 5,000 homes near the mine, starts in June.').length, 2);
  assert.deepEqual(conflicts('The closure will affect 4,000 homes near the mine.', 'Ambrel built 5,000 homes near the mine.'), []);
});

test('a forecast is not a result: "expects a pretax profit of $120 million" against "reported a pretax profit of $110 million"', () => {
  assert.deepEqual(conflicts('Ambrel expects a pretax profit of $120 million for the year.', 'Ambrel reported a pretax profit of $110 million for the year.'), []);
  assert.equal(conflicts('Ambrel reported a pretax profit of $120 million for the year.', 'Ambrel reported a pretax profit of $110 million for the year.').length, 2);
});

test('parts of a financial year: a first-half profit is not a third-quarter profit; two first-half profits are compared', () => {
  assert.deepEqual(conflicts('Ambrel reported a first-half profit of $50 million.', 'Ambrel reported a profit of $45 million in the third quarter.'), []);
  assert.equal(conflicts('Ambrel reported a first-half profit of $50 million.', 'Ambrel reported a profit of $45 million in the first half.').length, 2);
});

test('a noun that names the event outweighs a verb of no class: "ordered the evacuation of 320 homes" and "350 homes were evacuated"; a level verb spelt as a noun: "the jobless rate hit 5.4 percent"', () => {
  const lead = 'KERRAN, May 4 - Floods hit the valley below the Pellow mine on Sunday.';
  const run = (...texts: string[]): string[] => of(analyzeCorpus(texts.map((t, i) => article(`${'abcdef'[i]}.txt`, `${lead} ${t}`)), { storyThreshold: 0 }).findings, 'figure-conflict').map((f) => f.message);
  assert.equal(run('Officials ordered the evacuation of 320 homes.', 'Some 450 homes were evacuated.').length, 2);
  assert.deepEqual(run('Officials ordered the inspection of 320 homes.', 'Some 450 homes were evacuated.'), []);
  assert.equal(run('The jobless rate in the valley hit 5.4 percent.', 'The jobless rate in the valley was 6.1 percent.').length, 2);
});
