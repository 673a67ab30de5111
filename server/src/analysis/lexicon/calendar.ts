// Calendar words as the name finder sees them: capitalised words that are dates, never names.

import { wordSet } from './wordSet';

/** Months and weekdays with their abbreviations: capitalised but dates, not names. */
export const CALENDAR_WORDS = wordSet(`
  january, february, march, april, may, june, july, august, september, october, november, december,
  jan., feb., mar., apr., jun., jul., aug., sep., sept., oct., nov., dec., monday, tuesday, wednesday, thursday,
  friday, saturday, sunday
`);
