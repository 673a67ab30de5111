// Quotations as a reader sees them: the words, the kind and who said them. Invented sentences cover
// each attribution pattern; the real articles in ../shared check that nothing is given to the wrong
// person on actual news text.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import type { Quote } from '../../server/src/analysis/types';
import { berlinDir, REPO } from '../helpers';

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

  it('a quotation that ends its sentence is not credited to the next sentence\'s subject when that sentence says more', () => {
    const text =
      'Finance Minister Ola Brant said: "Nobody gets a free pass, and nobody gets a bad deal." Union leader Kari Moe said no one was happy with the offer.';
    assert.equal(quoteStarting(text, 'Nobody gets a free pass').speaker, 'Ola Brant');
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

describe('attribution as a procedure: the speaker is a name of the article, or nobody', () => {
  /** Every speaker of every quote of `text` is the name of an entity the article mentions. */
  function assertSpeakersAreNames(text: string): void {
    const a = analyzeArticle(text);
    for (const q of a.quotes) {
      if (!q.speaker) continue;
      const e = a.entities.find((x) => x.id === q.speakerId);
      assert.ok(e && e.name === q.speaker, `“${q.text}” is given to “${q.speaker}”, which is not a name of the article`);
    }
  }

  it('reporting verbs beyond "said": revealed, stressed, insisted, conceded, quipped, told reporters, posted', () => {
    const text = [
      '“The reservoir is safe,” Mayor Hilde Marsk revealed on Tuesday.',
      '“We checked every valve,” stressed Piet Oduya, the city engineer.',
      '“Water rates will not rise,” Marsk insisted.',
      '“That was a mistake,” Oduya conceded.',
      '“Bring an umbrella,” quipped Lars Fenn, the council’s weather officer.',
      'Ilse Kravitz told reporters: “The dam held.”',
    ].join('\n');
    assert.equal(quoteStarting(text, 'The reservoir').speaker, 'Hilde Marsk');
    assert.equal(quoteStarting(text, 'We checked').speaker, 'Piet Oduya');
    assert.equal(quoteStarting(text, 'Water rates').speaker, 'Hilde Marsk');
    assert.equal(quoteStarting(text, 'That was a mistake').speaker, 'Piet Oduya');
    assert.equal(quoteStarting(text, 'Bring an umbrella').speaker, 'Lars Fenn');
    assert.equal(quoteStarting(text, 'The dam held').speaker, 'Ilse Kravitz');
  });

  it('quote, verb and speaker in every order, with the name on either side of its role', () => {
    const text = [
      'Regional Governor Ilse Kravitz visited the dam.',
      '“The dam held,” Kravitz, the regional governor, said.',
      '“It held all night,” the regional governor, Ilse Kravitz, told the crowd.',
      '“Nobody was hurt,” according to Kravitz.',
      '“Next time in Oslo,” the governor said.',
    ].join('\n');
    for (const start of ['The dam held', 'It held all night', 'Nobody was hurt']) assert.equal(quoteStarting(text, start).speaker, 'Ilse Kravitz', start);
    const short = quoteStarting(text, 'Next time in Oslo');
    assert.equal(short.speaker, 'Ilse Kravitz', '"the governor" is the governor named before');
    assert.equal(short.kind, 'speech', 'a short quote with its speech verb and speaker is speech');
  });

  it('a colon introduces a quotation in the next paragraph', () => {
    const text = ['Talks resume in Geneva', 'The talks resumed on Monday.', 'Rustam Orlov, the country’s defence minister, wrote on Kestrel (formerly Chirp):', '“We have made real progress in Geneva.”'].join('\n');
    const q = quoteStarting(text, 'We have made real progress');
    assert.equal(q.speaker, 'Rustam Orlov');
    assert.ok(!analyzeArticle(text).problems.some((p) => p.code === 'unattributed-speech'));
  });

  it('"on behalf of X": X is not the speaker, the subject is', () => {
    const text = [
      'Envoy Tarek Lund arrived in Vardo on Friday.',
      'He said on behalf of Prime Minister Ravi Kolar, “We stand with the families.”',
      'The council, on behalf of Mayor Jonas Weller, said: “We regret the delay.”',
    ].join('\n');
    assert.equal(quoteStarting(text, 'We stand with').speaker, 'Tarek Lund');
    const council = quoteStarting(text, 'We regret');
    assert.notEqual(council.speaker, 'Jonas Weller');
  });

  it('"a spokesperson for X, Y": Y speaks; a spokesperson with no name is unattributed (never X); a statement speaks for who issued it', () => {
    const text = [
      '“The talks were useful,” a spokesperson for Chancellor Otto Brenner, Lukas Feld, told reporters.',
      '“No comment,” a spokesperson for Chancellor Brenner said.',
      '“We will win,” said a spokesperson for the Harbour Board.',
      '“The strike is over,” a Harbour Board spokesman said.',
    ].join('\n');
    assert.equal(quoteStarting(text, 'The talks were useful').speaker, 'Lukas Feld');
    const unnamed = quoteStarting(text, 'No comment');
    assert.equal(unnamed.speaker, null, 'never the chancellor the spokesperson speaks for');
    assert.equal(unnamed.described, 'a spokesperson for Chancellor Brenner');
    assert.equal(quoteStarting(text, 'We will win').speaker, null);
    assert.equal(quoteStarting(text, 'The strike is over').speaker, null);
    const statements = ['The Harbour Board met on Monday.', '“The strike is over,” the board’s statement said.', 'Mayor Ilse Brandt spoke later. “We are relieved,” her statement said.'].join('\n');
    assert.equal(quoteStarting(statements, 'The strike is over').speaker, 'Harbour Board');
    assert.equal(quoteStarting(statements, 'We are relieved').speaker, 'Ilse Brandt');
  });

  it('nested appositives and relative clauses between the speaker and the verb', () => {
    const text = [
      '“Sales rose,” Maria Kovac, 45, who runs the plant, told the Tallin Courier.',
      '“Fine,” the plant’s manager, Ivo Rask, a former welder, said.',
      'Ivo Rask, head of the Northern Millers Union, a group that represents 300 bakers, said: “Bread will cost more.”',
    ].join('\n');
    assert.equal(quoteStarting(text, 'Sales rose').speaker, 'Maria Kovac');
    assert.equal(quoteStarting(text, 'Fine').speaker, 'Ivo Rask');
    assert.equal(quoteStarting(text, 'Bread will cost').speaker, 'Ivo Rask');
  });

  it('pronouns resolve by gender (title, first name, the article’s own pronouns) and recency; a subject wins over an object', () => {
    const text = [
      '“We are ready,” said Tomas Varga, the harbour master.',
      'Varga met Councillor Anna Brandt on Monday. Brandt said her office would review the plan.',
      '“It will take a month,” she said.',
      '“Not a day longer,” he added.',
      'Dag Holm met Pavel Ruud in the evening.',
      '“It went well,” he said.',
    ].join('\n');
    assert.equal(quoteStarting(text, 'It will take').speaker, 'Anna Brandt');
    assert.equal(quoteStarting(text, 'Not a day longer').speaker, 'Tomas Varga', 'he → the man, not the woman just named');
    assert.equal(quoteStarting(text, 'It went well').speaker, 'Dag Holm', 'the subject of the last sentence, not its object');
  });

  it('"it said" and "the company said" are the organisation named before', () => {
    const text = [
      'The Foreign Ministry protested on Monday.',
      '“It is outrageous,” the ministry said. “We will respond,” it added.',
      'Vardenic Tyre Company posted its results.',
      '“Sales rose,” the company said in a statement.',
    ].join('\n');
    assert.equal(quoteStarting(text, 'It is outrageous').speaker, 'Foreign Ministry');
    assert.equal(quoteStarting(text, 'We will respond').speaker, 'Foreign Ministry');
    assert.equal(quoteStarting(text, 'Sales rose').speaker, 'Vardenic Tyre Company');
    // An outlet someone spoke to is not "the airline".
    const told = ['“He is stable,” Dr. Lena Hart told the Tallin Courier.', '“We are deeply saddened,” the airline said in a statement.'].join('\n');
    assert.equal(quoteStarting(told, 'We are deeply saddened').speaker, null);
  });

  it('"X quoted Y as saying" and "Y was quoted as saying": Y speaks', () => {
    const text = ['The Tallin Courier quoted Ivo Rask as saying: “It was a bad year.”', '“We lost money,” Rask was quoted as saying.'].join('\n');
    assert.equal(quoteStarting(text, 'It was a bad year').speaker, 'Ivo Rask');
    assert.equal(quoteStarting(text, 'We lost money').speaker, 'Ivo Rask');
  });

  it('a paragraph that is only a quotation continues the previous speaker, unless someone else was named since', () => {
    const text = [
      'Harbour master Tomas Varga spoke again later:',
      '“We have waited long enough.”',
      '“The ships are waiting too.”',
      'Councillor Anna Brandt left the meeting early.',
      '“I have nothing to add.”',
      '“The harbour stays closed,” Varga said on Friday. Brandt did not reply.',
      '“We will see.”',
    ].join('\n');
    assert.equal(quoteStarting(text, 'The ships are waiting').speaker, 'Tomas Varga');
    assert.equal(quoteStarting(text, 'I have nothing').speaker, null, 'a paragraph of narration in between: not a continuation');
    assert.equal(quoteStarting(text, 'We will see').speaker, null, 'Brandt was named after Varga’s quote: not clearly Varga');
  });

  it('a quotation opening its paragraph continues a statement reported just before it, not a statement someone did not make', () => {
    const text = [
      'Harbour master Tomas Varga met the press on Monday.',
      'Varga said the harbour would reopen within a week.',
      '“We have cleared the wrecks and the channel is safe.”',
      'He added that pilots would guide the first ships in. Insurers had been consulted.',
      '“Nobody will sail blind.”',
      'Councillor Anna Brandt did not comment.',
      '“It is a good day for the town.”',
    ].join('\n');
    assert.equal(quoteStarting(text, 'We have cleared').speaker, 'Tomas Varga');
    assert.equal(quoteStarting(text, 'Nobody will sail').speaker, 'Tomas Varga', 'two sentences back, nobody else named');
    assert.equal(quoteStarting(text, 'It is a good day').speaker, null, 'someone else named, and "did not comment" is no statement');
  });

  it('an attribution in a short paragraph of its own below the quotation', () => {
    const text = ['The ferry left on time.', '“We will be back by noon.”', 'Captain Ivo Rask said.'].join('\n');
    assert.equal(quoteStarting(text, 'We will be back').speaker, 'Ivo Rask');
  });

  it('a second verb or a participle shares the first verb’s subject', () => {
    const text = [
      'Tomas Varga lost the vote on the harbour but did say: “We will try again in spring.”',
      'Anna Brandt declined to comment on the result, saying only: “The council has spoken.”',
    ].join('\n');
    assert.equal(quoteStarting(text, 'We will try again').speaker, 'Tomas Varga');
    assert.equal(quoteStarting(text, 'The council has spoken').speaker, 'Anna Brandt');
  });

  it('"it said" after a country that spoke; "the statement said" is who issued it; "the 37-year-old said" is the person just named', () => {
    const text = [
      'Norway said on Tuesday that it backed the treaty.',
      '“The treaty is balanced,” it said.',
      'In a statement released on Monday, Mayor Ilse Brandt thanked the rescuers.',
      '“They saved the town,” the statement said.',
      'Ivo Rask finished third after a puncture.',
      '“I was lucky to finish at all,” said the 37-year-old veteran.',
    ].join('\n');
    assert.equal(quoteStarting(text, 'The treaty is balanced').speaker, 'Norway');
    assert.equal(quoteStarting(text, 'They saved the town').speaker, 'Ilse Brandt');
    assert.equal(quoteStarting(text, 'I was lucky').speaker, 'Ivo Rask');
  });

  it('"it said" after a statement the sentence before reports is who made that statement', () => {
    const text = [
      'Norway signed the treaty on Monday.',
      'The official Tallin Courier newspaper said Norway had backed the treaty from the start.',
      '“Some powers still cling to their arsenals,” it said.',
    ].join('\n');
    assert.equal(quoteStarting(text, 'Some powers').speaker, 'Tallin Courier');
  });

  it('"he said" after a quote attributed through someone else is the quoted speaker, not the one who quoted', () => {
    const text = [
      'Kremlin aide Sergei Tarkhanov spoke to the Vesti agency.',
      '“The president needs rest,” Vesti quoted Tarkhanov as saying.',
      '“He will be back at work next week,” he said.',
    ].join('\n');
    assert.equal(quoteStarting(text, 'The president needs rest').speaker, 'Sergei Tarkhanov');
    assert.equal(quoteStarting(text, 'He will be back').speaker, 'Sergei Tarkhanov');
  });

  it('no speaker is guessed: other words never speak, unnamed speakers stay unattributed with their description', () => {
    const text = [
      'The divers searched the cave on Sunday.',
      '“It was dark,” the crew entered from the outside.',
      '“It was over,” the sides reached an agreement.',
      'The tunnel had been flooded. “We had been warned,” had been written on the wall.',
      '“The deal is done,” a port official said.',
      'Officials said: “Work resumes Monday.”',
    ].join('\n');
    assertSpeakersAreNames(text);
    for (const start of ['It was dark', 'It was over', 'We had been warned', 'The deal is done', 'Work resumes']) {
      assert.equal(quoteStarting(text, start).speaker, null, start);
    }
    assert.equal(quoteStarting(text, 'The deal is done').described, 'a port official');
    const a = analyzeArticle(text);
    const official = a.problems.find((p) => p.code === 'unattributed-speech' && p.message.includes('a port official'));
    assert.ok(official, 'the problem says how the article describes the speaker');
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

  it('every labelled speaker of test/gold/berlin-quotes.json is found (offsets and names only in the gold)', (t) => {
    const dir = berlinDir();
    if (!dir) return t.skip('../shared/corpus/berlin-talks not found');
    const gold = JSON.parse(readFileSync(join(REPO, 'test', 'gold', 'berlin-quotes.json'), 'utf8')) as { quotes: Array<{ file: string; start: number; end: number; speaker: string }> };
    const byFile = new Map<string, Quote[]>();
    const wrong: string[] = [];
    for (const g of gold.quotes) {
      if (!byFile.has(g.file)) byFile.set(g.file, analyzeArticle(readFileSync(join(dir, g.file), 'utf8')).quotes);
      const q = byFile.get(g.file)!.find((x) => x.start < g.end && g.start < x.end);
      const surname = (n: string) => n.split(/\s+/).pop();
      if (!q?.speaker || surname(q.speaker) !== surname(g.speaker)) wrong.push(`${g.file}:${g.start} ${g.speaker} → ${q?.speaker ?? 'none'}`);
    }
    assert.ok(gold.quotes.length >= 18);
    assert.deepEqual(wrong, []);
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
