// A date's subject written as a description of a person with a name inside it ("the 23-year-old Ruvenian
// striker", "the Halmstad goalkeeper"): the name only describes the person, who is the one the article
// gave that role, or, described by age, the person just named. So the act is that person's, and two
// outlets dating it on different days conflict. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('date-conflict', ...texts);

test("a person's act told through a description with a name in it is that person's act", () => {
  const cases: Array<[string, string]> = [
    [
      'Crowds greeted Aleksi Varkonen at the airport. The 31-year-old Tessarian goalkeeper, who signed his contract on Monday, waved from the steps.',
      'Aleksi Varkonen signed his contract on Tuesday, the club said.',
    ],
    [
      'Marta Oyelaran was cheered in Dorvik. The 27-year-old Dorvik City midfielder, who completed her transfer on Wednesday, thanked the fans.',
      'Marta Oyelaran completed her transfer on Thursday after a week of talks.',
    ],
    [
      'Police questioned Ivo Brantsen for six hours. The 45-year-old Arvel Shipping executive, who surrendered his passport on Friday, denies wrongdoing.',
      'Ivo Brantsen surrendered his passport on Saturday, his lawyer said.',
    ],
  ];
  for (const [a, b] of cases) {
    const found = conflicts(a, b);
    assert.ok(found.length >= 1, `${a}\n${b}\n${found.join('\n')}`);
  }
});

test('look-alike: a description by age after another person is named is that other person, not the one the other outlet dates', () => {
  assert.deepEqual(
    conflicts(
      'Aleksi Varkonen watched from the stand. Beside him, Pavo Lund sat in silence. The 19-year-old Tessarian defender, who signed his contract on Monday, had not yet trained.',
      'Aleksi Varkonen signed his contract on Tuesday, the club said.',
    ),
    [],
  );
});
