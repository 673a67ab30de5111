// The measured thing of a figure meets across the wordings outlets use for one quantity (identity.ts):
// a length is a distance from what follows it, a depth or a height, whatever verb it stands in; a sum
// its noun names ("a refund of 49 euros") is that noun's whatever the clause's verb. Each test has a twin
// that must stay apart or agree, so none passes by comparing nothing or everything. Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { of, identityOf, corpus } from './util';


const conflicts = (...texts: string[]): string[] => of(corpus(...texts).findings, 'figure-conflict').map((f) => f.message);

const fireLead = 'TARVIK, June 4 - A forest fire in the hills above Tarvik forced the evacuation of two villages on Tuesday.';

test('a length is a distance from what follows it, whatever happened there: "came within 3 km of the town" meets "stopped 5 kilometres from the town"', () => {
  assert.equal(identityOf(`${fireLead} The flames came within 3 km of the town before the wind turned.`, '3 km').thing, 'distance from town');
  assert.equal(identityOf(`${fireLead} The fire stopped about five kilometres (three miles) short of the town, officials said.`, 'about five kilometres').thing, 'distance from town');
  const found = conflicts(
    `${fireLead} The flames came within 3 km of the town before the wind turned.`,
    `${fireLead} The fire was halted 5 km from the town, firefighters said.`,
  );
  assert.equal(found.length, 2);
  assert.match(found[0]!, /distance from the town/);
  // The same distance however the verb reads agrees; a distance from something else is not compared.
  assert.deepEqual(conflicts(`${fireLead} The flames came within 3 km of the town before the wind turned.`, `${fireLead} The fire was halted 3 km from the town, firefighters said.`), []);
  assert.deepEqual(conflicts(`${fireLead} The flames came within 3 km of the town before the wind turned.`, `${fireLead} The fire was halted 5 km from the motorway, firefighters said.`), []);
});

test('a depth below ground meets across wordings, and a length of tunnel is no depth', () => {
  const lead = 'OSTRELL, May 12 - Four workers were trapped on Monday when a tunnel flooded at the Brannock tin mine.';
  assert.equal(identityOf(`${lead} The water broke in 400 metres below ground.`, '400 metres').thing, 'depth');
  assert.equal(identityOf(`${lead} The men were working some 400 metres underground.`, 'some 400 metres').thing, 'depth');
  const found = conflicts(`${lead} The water broke in 400 metres below ground, the company said.`, `${lead} The men were working some 600 metres underground when the water broke in.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /depth/);
  assert.deepEqual(conflicts(`${lead} The water broke in 400 metres below ground, the company said.`, `${lead} The water filled 600 metres of tunnel within an hour.`), []);
});

test('a sum its noun names is that noun\'s whatever the verb: "will receive a refund of 49 euros" against "are entitled to a refund of 94 euros"', () => {
  const lead = 'ARNSVIK, April 2 - Kettleby Appliances recalled its Solo toaster on Wednesday after reports of fires.';
  const receive = identityOf(`${lead} Customers will receive a refund of 49 euros.`, '49 euros');
  assert.equal(receive.thing, 'refund');
  assert.equal(receive.event, undefined);
  assert.ok(receive.quantityNamed);
  const found = conflicts(`${lead} Customers will receive a refund of 49 euros.`, `${lead} Owners are entitled to a refund of 94 euros.`, `${lead} Buyers can choose a refund of 49 euros or a new toaster.`);
  assert.equal(found.length, 1);
  assert.match(found[0]!, /refund/);
  // The same refund agrees; a voucher is another sum.
  assert.deepEqual(conflicts(`${lead} Customers will receive a refund of 49 euros.`, `${lead} Owners are entitled to a refund of 49 euros.`), []);
  assert.deepEqual(conflicts(`${lead} Customers will receive a refund of 49 euros.`, `${lead} Owners are entitled to a voucher of 20 euros.`), []);
});

test('two companies\' profits named by their noun stay apart', () => {
  const lead = 'HALDEN, March 9 - Coal producers in Vassland reported their results for last year on Thursday.';
  assert.deepEqual(conflicts(`${lead} Brightwater Coal reported a net profit of 140 million euros.`, `${lead} Norholt Energy reported a net profit of 95 million euros.`), []);
});

const flightLead = 'ORSVIK, Nov 3 - A Nordair turboprop crashed into a field near Orsvik airport on Monday, killing 11 people.';

test('the time into an event meets however its start is named: "crashed 41 minutes after take-off" against "about 55 minutes into the flight"', () => {
  assert.equal(identityOf(`${flightLead} The aircraft crashed 41 minutes after take-off.`, '41 minutes').thing, 'time into flight');
  assert.equal(identityOf(`${flightLead} It was about 55 minutes into the flight.`, 'about 55 minutes').thing, 'time into flight');
  const found = conflicts(`${flightLead} The aircraft crashed 41 minutes after take-off.`, `${flightLead} It was about 55 minutes into the flight when the pilot lost contact.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /time into the flight/);
  // An hour and a few minutes written in words is one duration, and it agrees with the same minutes in digits.
  assert.deepEqual(conflicts(`${flightLead} The aircraft crashed 64 minutes after take-off.`, `${flightLead} It came down an hour and four minutes after take-off.`), []);
  // "after police arrived" names no event by its noun: a duration of something else is not compared.
  assert.deepEqual(conflicts(`${flightLead} The aircraft crashed 41 minutes after take-off.`, `${flightLead} The fire burned for 55 minutes after firefighters arrived.`), []);
});

const crashLead = 'KELLSBY, Feb 2 - A Transvik Air jet crashed into a hillside near Kellsby on Sunday.';

test('one number for passengers and crew counts the people on board: "carrying 224 passengers and crew" against "242 people on board"', () => {
  assert.equal(identityOf(`${crashLead} The plane was carrying 224 passengers and crew.`, '224').thing, 'person');
  const found = conflicts(`${crashLead} The jet had 242 people on board when it hit the hillside.`, `${crashLead} The jet was carrying 224 passengers and crew when it hit the hillside.`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /people on board/);
  // Two numbers add up to the whole; passengers alone are not the people on board.
  assert.deepEqual(conflicts(`${crashLead} The jet had 242 people on board when it hit the hillside.`, `${crashLead} The jet was carrying 224 passengers and 18 crew when it hit the hillside.`), []);
  assert.notEqual(identityOf(`${crashLead} The plane was carrying 224 passengers.`, '224').thing, 'person');
});

test('the length of a fire however it is named: "the fire burned for 14 hours" against "the 12-hour blaze"', () => {
  const lead = 'MORVEN, Aug 8 - A wildfire swept through pine forest near Morven on Tuesday.';
  const found = conflicts(`${lead} The fire burned for 14 hours before it was contained.`, `${lead} Firefighters brought the 12-hour blaze under control.`);
  assert.equal(found.length, 2);
  assert.deepEqual(conflicts(`${lead} The fire burned for 14 hours before it was contained.`, `${lead} Firefighters brought the 14-hour blaze under control.`), []);
  assert.deepEqual(conflicts(`${lead} The fire burned for 14 hours before it was contained.`, `${lead} Residents were evacuated for 12 hours.`), []);
});

test('a count said to be among others is a part of them: "19 of our citizens were among the 27 killed" is no report of the toll', () => {
  const lead = 'VESTA, Nov 10 - A Skyline airliner crashed in fog near Vesta airport on Tuesday.';
  assert.ok(identityOf(`${lead} The ministry said 19 Norlander citizens were among the 27 people killed.`, '19').partOf);
  // The early toll of 19 is then an update of the later 27, not a twin of the 19 citizens.
  const r = corpus(
    `${lead} At least 19 people were killed when the airliner crashed on Tuesday, police said.`,
    `${lead} The ministry said on Wednesday that 19 Norlander citizens were among the 27 people killed when the airliner crashed on Tuesday.`,
    `${lead} Twenty-seven people were killed when the airliner crashed on Tuesday.`,
  );
  const updates = of(r.findings, 'figure-update');
  assert.ok(updates.length >= 1);
  assert.ok(updates.every((f) => /27/.test(f.message)));
});
