// Date conflicts on a story's own act however each report words it: a possessive date dates its noun's
// act ("after Monday's capsizing"), the act the openings of most reports name happens once (so "the boat
// rolled over" and "the ferry capsized" are one capsizing), a word that names whatever the
// story is about dates its main act ("Tuesday's move"), "another rate hike on Tuesday" is a hike, the next
// time of an act is one time ("will next meet", "meet again"), a deal "was struck" as it is struck, and
// "increased borrowing costs" is a rise done to the costs (the gerund modifies the noun; the verb has an object).
// Invented reports about invented places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const conflicts = (...texts: string[]): string[] => messagesOf('date-conflict', ...texts);
/** The conflicts found on the last report only (the odd one). */
const onOdd = (texts: string[]): string[] => conflicts(...texts).filter((m) => /here/.test(m));

const FERRY = [
  'Ferry capsizes off Orsk\n\nORSK, April 9 (Ornewire) - The ferry Marta capsized off Orsk on Tuesday evening with 80 people on board, the coastguard said.',
  'Orsk Herald, 10 April 2026\n\nTwelve people died when the overloaded vessel overturned on Tuesday evening in heavy seas.',
];

test("the story's act dated otherwise by one report is a conflict, whatever its words: a possessive date, another subject, another verb", () => {
  for (const odd of [
    "Orsk Daily, 10 April 2026\n\nRescuers were still searching the bay after Monday's capsizing, in which 12 people died.",
    'Ferry horror: 12 dead\n\nOrsk Daily, 10 April 2026\n\nThe packed boat rolled over on Monday evening as passengers rushed to one side.',
    'Orsk Daily, 10 April 2026\n\nSurvivors of the sinking on Monday described panic on the lower deck.',
  ]) {
    const found = onOdd([...FERRY, odd]);
    assert.equal(found.length, 1, `${odd}\n${conflicts(...FERRY, odd).join('\n')}`);
  }
});

test("other acts on another day, another time of the act, and the story's act by two different named sides are no conflict", () => {
  for (const odd of ['Divers searched the wreck on Monday.', 'A second ferry sank near Vask on Monday.']) {
    assert.deepEqual(conflicts(...FERRY, `Orsk Daily, 10 April 2026\n\n${odd}`), [], odd);
  }
  assert.deepEqual(
    conflicts(
      'Orne Cup: Tarsk win\n\nTARSK, May 3 (Ornewire) - Tarsk Rovers won their quarter-final 2-0 at home on Saturday, the club said.',
      'Orne Cup: Velma win\n\nVelma Post, 4 May 2026\n\nVelma United won their quarter-final 3-1 away on Sunday in front of 9,000 fans.',
    ),
    [],
  );
});

const RATES = [
  'Orne central bank raises rates\n\nORNE, March 4 (Ornewire) - The Bank of Orneland raised its main interest rate to 4.5% on Wednesday, its third increase in a row.',
  'Bank lifts rates again\n\nOrne Times, 5 March 2026\n\nThe Bank of Orneland raised borrowing costs on Wednesday, and economists expect another rise in May.',
];

test('a word for whatever the story is about, "another" before an act noun and a new verb of the act date the main act', () => {
  for (const odd of [
    'Rate rise hits homeowners\n\nOrne Clarion, 5 March 2026\n\nHomeowners face higher bills after Tuesday\'s move by the Bank of Orneland.',
    'Rate rise hits homeowners\n\nOrne Clarion, 5 March 2026\n\nBorrowers were hit with another rate hike on Tuesday, the third this year.',
    'Rate rise hits homeowners\n\nOrne Clarion, 5 March 2026\n\nThe central bank hiked its key rate by a quarter point on Tuesday.',
  ]) {
    const found = onOdd([...RATES, odd]);
    assert.equal(found.length, 1, `${odd}\n${conflicts(...RATES, odd).join('\n')}`);
  }
  // A meeting that began the day before, and bond yields that rose, are not the decision.
  assert.deepEqual(conflicts(...RATES, 'Rate rise hits homeowners\n\nOrne Clarion, 5 March 2026\n\nThe bank\'s policy committee began its two-day meeting on Tuesday. Bond yields rose on Tuesday.'), []);
});

test('the next time of an act is one time, however it is worded: "will next meet", "its next meeting", "meet again"', () => {
  const majority = [
    'ORNE, March 4 (Ornewire) - The Bank of Orneland raised rates on Wednesday. Its monetary committee will next meet on 18 March.',
    'Orne Times, 5 March 2026\n\nThe bank raised rates on Wednesday. Its next policy meeting is on March 18.',
  ];
  for (const odd of ['Rate-setters meet again on March 11.', "The board's next rate meeting is on 11 March.", 'Policymakers will next meet on 11 March, the bank said.']) {
    const found = onOdd([...majority, `Orne Clarion, 5 March 2026\n\nThe bank raised rates on Wednesday. ${odd}`]);
    assert.equal(found.length, 1, odd);
  }
  // The last meeting is not the next one.
  assert.deepEqual(onOdd([...majority, 'Orne Clarion, 5 March 2026\n\nThe bank raised rates on Wednesday. Rate-setters last met on 11 February.']), []);
});

test('a deal "was struck" or "was reached" is the deal struck or reached, and "the deal between A and B" is the deal, not B', () => {
  const majority = [
    'HALDEN, June 5 (Ornewire) - The agreement between Halden Transit and the drivers\' union was reached on Friday after 17 hours of talks, ending a five-day strike.',
    'Halden Post, 6 June 2026\n\nThe pay deal was sealed in the early hours of Friday, and buses ran again on Saturday.',
  ];
  for (const odd of ['The deal was struck on Thursday, ending the strike.', 'Union leaders and the operator reached a deal on Thursday.', "Thursday's deal ended the strike."]) {
    const found = onOdd([...majority, `Halden Courier, 6 June 2026\n\n${odd}`]);
    assert.equal(found.length, 1, `${odd}\n${conflicts(...majority, `Halden Courier, 6 June 2026\n\n${odd}`).join('\n')}`);
  }
  assert.deepEqual(onOdd([...majority, 'Halden Courier, 6 June 2026\n\nA first round of talks collapsed on Thursday.']), []);
});

test('a verb of change with an object is an act done to it ("last increased borrowing costs in November"), not a level reached', () => {
  const majority = [
    'ORNE, March 4 (Ornewire) - The Bank of Orneland raised rates on Wednesday. The bank last raised rates on 10 December.',
    'Orne Times, 5 March 2026\n\nThe bank raised rates on Wednesday. The central bank last raised its rate on Dec. 10, by a quarter point.',
  ];
  for (const odd of ['The bank last increased its key rate in November.', 'The bank last increased borrowing costs in November.', 'The bank had last hiked its main rate in November.']) {
    const found = onOdd([...majority, `Orne Clarion, 5 March 2026\n\nThe bank raised rates on Wednesday. ${odd}`]);
    assert.equal(found.length, 1, odd);
  }
  // A level reached by something else, and another act, are not the last rise.
  for (const odd of ['Inflation last rose in November.', 'The bank last cut rates in November.']) {
    assert.deepEqual(onOdd([...majority, `Orne Clarion, 5 March 2026\n\nThe bank raised rates on Wednesday. ${odd}`]), [], odd);
  }
});
