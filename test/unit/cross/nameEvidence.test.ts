// Name resolution where the spelling is thin evidence: two similar surnames (Hansen / Hanson) with the
// same first name are one person only when nothing says otherwise. Invented sentences about invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesOf } from './util';

const variants = (...texts: string[]): string[] => messagesOf('name-variant', ...texts);

test('similar surnames with descriptions that share no word are two people: a bank chief and an analyst elsewhere', () => {
  assert.deepEqual(
    variants(
      'NORLAND BANK TO BUY KESTREL FUND UNIT\n\nSTAVANGER, June 3 (Wire) - Norland Bank chief executive Erik Hansen said on Tuesday the bank would buy the fund unit of Kestrel Holdings. Finance Minister Lena Moberg welcomed the deal. Hansen\'s deputy, Jon Paulsen, will run the unit. Analyst Maria Lindqvist of Varde Securities said the price was high. Kestrel Holding\'s operating arm, Kestrel Partners, keeps its staff. The unit is based in Luxembourg.',
      'Norland buys Kestrel unit\n\nSTAVANGER, 3 June - Erik Hanson, an analyst at Fyrst Markets, said Norland Bank had paid a full price for the Kestrel Holdings unit. Environment Minister Lene Moberg said the ministry had not been consulted. Jon Paulson, a lawyer for the sellers, said the sale would close in August. Marie Lindqvist, who chairs Kestrel Holdings, said staff would stay. The buyer is Norlands Bank\'s asset arm, based in Luxembourg City.',
      'Kestrel sells fund arm to Norland\n\nNorland Bank chief executive Erik Hansen defended the purchase. Hansen said on Tuesday the fund business fitted the bank. Kestrel chairwoman Marie Lindqvist said the sale was good for staff. Finance Minister Lena Moberg said on Wednesday the deal was welcome.',
    ),
    [],
  );
});

test('the same description keeps a misspelled surname one person: Hanson is a variant of Hansen', () => {
  const found = variants(
    'Norland Bank chief executive Erik Hansen said on Tuesday the bank would buy the fund unit.',
    'Erik Hanson, chief executive of Norland Bank, said the price was fair.',
    'Norland Bank chief executive Erik Hansen defended the purchase on Wednesday.',
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /Hanson/);
});

test('one person with disputed ranks is still one person: "fire chief" and "deputy fire chief" with Kowalczyk / Kowalcyk', () => {
  const found = variants(
    'Fire chief Marek Kowalczyk said the blaze was contained.',
    'Deputy fire chief Marek Kowalcyk said the blaze was contained.',
    'Fire chief Marek Kowalczyk said crews would stay overnight.',
  );
  assert.equal(found.length, 1, found.join('\n'));
});

test('a four-letter surname one letter off with the same first name, undescribed, is one person spelled two ways', () => {
  const found = variants(
    'Tram hits barrier in Ostervik\n\nOSTERVIK, May 4 - A tram left the rails in Ostervik on Monday. The driver, Tobias Lund, was taken to hospital with cuts. City officials said the line would reopen on Wednesday.',
    'Ostervik tram crash\n\nOSTERVIK, 4 May - Tram driver Tobias Lunde was treated in hospital after his tram hit a barrier on Monday. The city said the line would reopen on Wednesday.',
    'Tram derails in Ostervik\n\nA tram came off the rails in Ostervik on Monday, injuring its driver, Tobias Lund. The line reopens on Wednesday, the city said.',
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /Lunde/);
});

test('a four-letter surname a letter off stays apart undescribed when a letter is changed, or when another person has a near spelling', () => {
  assert.deepEqual(
    variants(
      'Port board meets\n\nHALVIK, May 4 - Karin Berg opened the meeting of the port board on Monday.',
      'Halvik port plan\n\nHALVIK, 4 May - Karin Borg said the dredging plan for the port was overdue on Monday.',
    ),
    [],
  );
  assert.deepEqual(
    variants(
      'Port board meets\n\nHALVIK, May 4 - Karin Lund opened the meeting of the port board on Monday. Harbour pilot Olav Lund spoke after her.',
      'Halvik port plan\n\nHALVIK, 4 May - Karin Lunde said the dredging plan for the port was overdue on Monday.',
    ),
    [],
  );
});
