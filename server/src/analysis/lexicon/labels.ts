// Words a fact label must not carry over from the sentence it was read in.

import { wordSet } from './wordSet';

/** Possessive determiners: "its reservoirs", "their homes" name nothing once taken out of the sentence. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = wordSet('its, their, his, her, our, my, your');

/** Parts of a day and days relative to the report: a time, never the thing that did something at it. */
export const DAY_PARTS: ReadonlySet<string> = wordSet(
  'morning, afternoon, evening, night, midnight, noon, midday, dawn, dusk, daybreak, nightfall, overnight, today, tonight, yesterday, weekend',
);
