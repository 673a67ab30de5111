// One person's name, the dates of one person's act and one person's role as several sources write them:
// letters with no plain decomposition, compound surnames, French transliterations, a verb before "as" and
// a role, a possessive pronoun before an event noun, a month without its year read by the verb's tense,
// a time phrase after a role. Invented sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { analyzeCorpus } from '../../../server/src/analysis/cross/engine';
import { resolveEntities } from '../../../server/src/analysis/cross/resolve';
import type { Finding } from '../../../server/src/analysis/cross/types';
import { article, of } from './util';

const run = (texts: string[]) => analyzeCorpus(texts.map((t, i) => article(`${String.fromCharCode(97 + i)}.txt`, t)), { storyThreshold: 0 });
const findings = (texts: string[], check: string): Finding[] => of(run(texts).findings, check);
const where = (fs: Finding[]): string[] => fs.map((f) => f.location.article.replace('mem:/', '')).sort();

test('a Danish name written without ø and æ is the same person: one finding, on the sources that drop the letters', () => {
  const fs = findings(
    [
      'The investor Søren Kjærgaard backed the Halsvik deal on Tuesday.',
      'Investor Søren Kjærgaard said the Halsvik deal was fair.',
      'Søren Kjærgaard, the largest outside shareholder, backed the Halsvik deal.',
      'The Halsvik deal won the support of Soren Kjaergaard, a Danish investor.',
    ],
    'name-variant',
  );
  assert.deepEqual(where(fs), ['d.txt'], fs.map((f) => f.message).join('\n'));
  assert.match(fs[0]!.message, /“Soren Kjaergaard” here, but most sources \(3 of 4\) spell it “Søren Kjærgaard”/);
});

test('a compound surname written with a space where others hyphenate it is one surname, not a given name and a surname', () => {
  const fs = findings(
    [
      'The family keeps a board seat for Marit Lunde-Berg, a cousin of the chairman.',
      'Marit Lunde-Berg will represent the family on the board of the Halsvik yard.',
      'The board of the Halsvik yard will include Marit Lunde Berg, the family representative.',
    ],
    'name-variant',
  );
  assert.deepEqual(where(fs), ['c.txt'], fs.map((f) => f.message).join('\n'));
  assert.match(fs[0]!.message, /spelled “(?:Marit )?Lunde Berg” here, but most sources \(2 of 3\) spell it “(?:Marit )?Lunde-Berg”/);
});

test('a French transliteration of first name and surname is one finding, quoting only sources that write both words the majority way', () => {
  const fs = findings(
    [
      'Foreign Minister Aleksandr Petrov of Ostravia resigned over the Kelm recording.',
      'Ostravia\'s foreign minister, Aleksandr Petrov, resigned after the Kelm recording.',
      'Ostravian Foreign Minister Aleksandr Petrov quit over the Kelm recording.',
      'Alexander Petrov, the Ostravian foreign minister, stepped down over the Kelm recording.',
      'Ostravia\'s Foreign Minister Alexandre Petroff has resigned over the Kelm recording.',
    ],
    'name-variant',
  );
  const french = fs.find((f) => f.location.article === 'mem:/e.txt');
  assert.ok(french, fs.map((f) => f.message).join('\n'));
  assert.match(french.message, /spelled “Alexandre Petroff” here, but most sources \(3 of 5\) spell it “Aleksandr Petrov”/);
  assert.deepEqual(french.related.map((r) => r.location.article.replace('mem:/', '')).sort(), ['a.txt', 'b.txt', 'c.txt']);
});

test('Alexandra and Alexandre with one surname are two people: no spelling finding', () => {
  const fs = findings(
    ['Alexandra Marek, the union\'s lawyer, spoke at the Kelm rally.', 'Alexandre Marek, the mayor of Kelm, spoke at the Kelm rally.'],
    'name-variant',
  );
  assert.deepEqual(fs, []);
});

test('the story label names one person once, whichever spelling the sources use', () => {
  const r = run([
    'Foreign Minister Aleksandr Petrov of Ostravia resigned over the Kelm recording, Prime Minister Ida Varn said.',
    'Ostravia\'s Foreign Minister Alexandre Petroff has resigned over the Kelm recording, Prime Minister Ida Varn said.',
  ]);
  const label = r.stories.find((s) => s.story.articles.length === 2)?.story.label ?? '';
  assert.match(label, /Petrov|Petroff/);
  assert.equal(/Petrov/.test(label) && /Petroff/.test(label), false, label);
});

test('"stepped down as finance director on Monday" and "His resignation on Tuesday" date one person\'s resignation', () => {
  const fs = findings(
    [
      'Halsvik\'s finance director Tor Amble has left the company. His resignation on Tuesday surprised analysts.',
      'Tor Amble stepped down as Halsvik\'s finance director on Monday after opposing the merger.',
      'Tor Amble, who quit as finance director of Halsvik on Monday, declined to comment.',
    ],
    'date-conflict',
  );
  assert.deepEqual(where(fs), ['a.txt'], fs.map((f) => f.message).join('\n'));
  assert.match(fs[0]!.message, /Tor Amble's resignation/);
});

test('two people who step down "as" something on different days are two acts', () => {
  const fs = findings(
    ['Anna Lindqvist stepped down as chair of the Halsvik board on Monday.', 'Olav Strand stepped down as treasurer of the Halsvik board on Tuesday.'],
    'date-conflict',
  );
  assert.deepEqual(fs, []);
});

test('a month read by the tense of its verb: last June for "was appointed in June" in a May article, next January for "will end in January"', () => {
  const a = analyzeArticle(
    'KELM, May 14, 2026 (Wire) - Ida Varn was appointed deputy minister in June. The ban will end in January. The budget is due in June. Completion was expected in June.',
  );
  const months = a.figures.filter((f) => f.kind === 'date' && f.text !== 'May 14, 2026').map((f) => f.value);
  // "was expected in June" reports, in the past, what was still to come: this June.
  assert.deepEqual(months, ['2025-06', '2027-01', '2026-06', '2026-06']);
});

test('an appointment month one source gives with the name and another with "he" is one appointment', () => {
  const fs = findings(
    [
      'KELM, March 12, 2026 - Foreign Minister Aleksandr Petrov resigned on Tuesday. Petrov was appointed in June 2023.',
      'KELM, March 12, 2026 - Foreign Minister Aleksandr Petrov resigned on Tuesday. He had been a surprise choice when he was appointed in July 2023.',
    ],
    'date-conflict',
  );
  assert.equal(fs.length, 2, fs.map((f) => f.message).join('\n'));
});

test('"chief executive since 2024" is a chief executive: only the source that says finance chief gets a finding', () => {
  const fs = findings(
    [
      'Chief Executive Tobias Wenn said the Harlow plant would close.',
      'Vellbrook\'s chief executive, Tobias Wenn, called the closure of the Harlow plant painful.',
      'Tobias Wenn, Vellbrook\'s chief executive since 2024, has argued for closing the Harlow plant.',
      'The company\'s chief financial officer, Tobias Wenn, said the Harlow plant would close.',
    ],
    'role-conflict',
  );
  assert.deepEqual(where(fs), ['d.txt'], fs.map((f) => f.message).join('\n'));
});

test('a Slavic feminine surname is not a spelling of the masculine one: Zelenska is not Zelensky', () => {
  const fs = findings(
    [
      'President Volodymyr Zelensky visited the Kharkiv hospital on Monday.',
      'Volodymyr Zelensky thanked the doctors of the Kharkiv hospital on Monday.',
      'First lady Zelenska visited the children\'s ward of the Kharkiv hospital on Monday.',
    ],
    'name-variant',
  );
  assert.deepEqual(fs, [], fs.map((f) => f.message).join('\n'));
});

test('a colonel is not a general, though a lieutenant general may be called general; an attorney general is no military general', () => {
  const ranks = findings(['Colonel Ivan Dorn led the inquiry into the crash.', 'General Ivan Dorn led the inquiry into the crash.'], 'role-conflict');
  assert.equal(ranks.length, 2, ranks.map((f) => f.message).join('\n'));
  const grades = findings(['Lieutenant General Ivan Dorn led the inquiry into the crash.', 'General Ivan Dorn led the inquiry into the crash.'], 'role-conflict');
  assert.deepEqual(grades, []);
  const lawyers = findings(['Attorney General Mara Voss opened the inquiry.', 'Mara Voss, the attorney general, opened the inquiry.'], 'role-conflict');
  assert.deepEqual(lawyers, []);
});

test('a union\'s general secretary is its chief or leader, but not its president', () => {
  const leader = findings(
    [
      'Dock union general secretary Pia Strand said the strike would go on.',
      'Union chief Pia Strand said the strike would go on.',
      'Pia Strand, the dockers\' union leader, said the strike would go on.',
      'The union\'s secretary-general, Pia Strand, said the strike would go on.',
    ],
    'role-conflict',
  );
  assert.deepEqual(leader, [], leader.map((f) => f.message).join('\n'));
  const president = findings(
    ['Dock union general secretary Pia Strand said the strike would go on.', 'Dock union general secretary Pia Strand called for talks.', 'Dock union president Pia Strand said the strike would go on.'],
    'role-conflict',
  );
  assert.deepEqual(where(president), ['c.txt'], president.map((f) => f.message).join('\n'));
});

test('a full name the recogniser could not type in one source is the person another source names so', () => {
  const a = article('a.txt', 'Finance director Tor Amble resigned on Monday.');
  const b = article('b.txt', 'Tor Amble, who ran the finance department, resigned on Monday.');
  const amble = b.analysis.entities.find((e) => e.name === 'Tor Amble');
  assert.ok(amble);
  amble.type = 'other';
  const people = resolveEntities([a, b]).filter((e) => e.name === 'Tor Amble');
  assert.equal(people.length, 1);
  assert.equal(people[0]!.type, 'person');
  assert.deepEqual(people[0]!.members.map((m) => m.article).sort(), ['mem:/a.txt', 'mem:/b.txt']);
});

test('"The resignation of Tor Amble, the finance director, on Tuesday has raised questions" dates his resignation', () => {
  const fs = findings(
    [
      'The resignation of Tor Amble, the finance director of Halsvik, on Tuesday has raised questions about the merger.',
      'Tor Amble stepped down as Halsvik\'s finance director on Monday after opposing the merger.',
      'Tor Amble resigned as finance director of Halsvik on Monday, two people close to the family said.',
    ],
    'date-conflict',
  );
  assert.deepEqual(where(fs), ['a.txt'], fs.map((f) => f.message).join('\n'));
});

test('the resignation of one person and the appointment of another on other days are not one act', () => {
  const fs = findings(
    [
      'The resignation of Tor Amble, the finance director of Halsvik, on Tuesday has raised questions about the merger.',
      'The appointment of Lene Ask as finance director of Halsvik on Wednesday surprised analysts.',
    ],
    'date-conflict',
  );
  assert.deepEqual(fs, []);
});

test('"her resignation" is the woman\'s named before, not the man named last', () => {
  const fs = findings(
    [
      'Ms Lene Ask, the finance director, met chairman Mr Tor Amble on Friday. Her resignation on Monday surprised analysts.',
      'Lene Ask resigned as finance director of Halsvik on Tuesday.',
      'Lene Ask stepped down as Halsvik\'s finance director on Tuesday.',
    ],
    'date-conflict',
  );
  assert.deepEqual(where(fs), ['a.txt'], fs.map((f) => f.message).join('\n'));
});

test('an outlet\'s name and the date on a line of their own near the top date the article ("The Kelm Courier, 14 May 2026")', () => {
  const a = analyzeArticle('Varn takes over at the ministry\n\nThe Kelm Courier, 14 May 2026\n\nIda Varn was appointed deputy minister in June.');
  assert.deepEqual(a.timeFrame, { date: '2026-05-14', source: 'dateline' });
  assert.equal(a.figures.find((f) => f.text === 'June')?.value, '2025-06');
  // A sentence that opens with a place and a date is no such line.
  const b = analyzeArticle('Kelm, 14 May 2026. Ida Varn, the mayor of Kelm, was appointed in June after a long dispute.');
  assert.notEqual(b.timeFrame?.source, 'dateline');
});

test('"were sworn in" is an act, not a statement: two days for one swearing-in conflict', () => {
  const fs = findings(
    ['The new ministers Ida Varn and Tor Amble were sworn in on Wednesday by President Lene Ask.', 'The new ministers Ida Varn and Tor Amble were sworn in on Tuesday by President Lene Ask.'],
    'date-conflict',
  );
  assert.equal(fs.length, 2, fs.map((f) => f.message).join('\n'));
});

test('one person\'s act is one act whatever else its clause names: "His resignation on Sunday followed rows with the Kelm Commission"', () => {
  const fs = findings(
    [
      'Finance Minister Ivo Marr was the first to go. His resignation on Sunday followed months of rows with the Kelm Commission.',
      'Finance Minister Ivo Marr resigned on Monday after the budget was delayed.',
      'Ivo Marr resigned on Monday, two days before the reshuffle.',
    ],
    'date-conflict',
  );
  assert.deepEqual(where(fs), ['a.txt'], fs.map((f) => f.message).join('\n'));
});
