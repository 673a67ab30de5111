// Spans and measures: the states a length of time is spent in ("143 days in captivity", "above flood level
// for 36 hours"), the parts of the day that place a clock time written without a.m. or p.m. ("twenty to
// four this morning"), and the units of measure that convert into one another (180 mm is 18 cm).

import { wordSet as words } from './wordSet';

/** Prepositions that open the state a length of time is spent in ("in custody", "behind bars", "above flood level"). */
export const STATE_PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ['in', 'in'], ['into', 'in'], ['behind', 'in'], ['on', 'in'], ['at', 'in'], ['of', 'in'],
  ['above', 'above'], ['over', 'above'], ['below', 'below'], ['under', 'below'], ['beneath', 'below'],
]);

/**
 * Nouns of a state someone or something stays in, and the class one state is, however it is worded: "in
 * captivity", "in the hands of" their captors; "in custody", "in detention", "behind bars"; "in office",
 * "in power"; "above flood level", "above the danger mark".
 */
export const STATE_CLASSES: ReadonlyMap<string, string> = new Map([
  ['captivity', 'captivity'], ['hands', 'captivity'],
  ['custody', 'detention'], ['detention', 'detention'], ['jail', 'detention'], ['gaol', 'detention'], ['prison', 'detention'], ['bars', 'detention'], ['cells', 'detention'],
  ['office', 'office'], ['power', 'office'],
  ['hiding', 'hiding'], ['exile', 'exile'], ['hospital', 'hospital'], ['coma', 'coma'],
  ['quarantine', 'isolation'], ['isolation', 'isolation'], ['lockdown', 'lockdown'],
  ['orbit', 'orbit'], ['space', 'orbit'], ['sea', 'sea'], ['strike', 'strike'], ['run', 'run'],
  ['level', 'level'], ['levels', 'level'], ['mark', 'level'], ['line', 'level'],
]);

/** States whose noun needs another word before it to be a state ("flood level", "the danger mark", "the poverty line"; "on the line" is not). */
export const STATE_NEEDS_MODIFIER: ReadonlySet<string> = words('level, levels, mark, line');

/** How a state class is written in a label ("the time in captivity"); a class not here is written as the source wrote it. */
export const STATE_DISPLAY: ReadonlyMap<string, string> = new Map([
  ['captivity', 'captivity'], ['detention', 'detention'], ['office', 'office'],
]);

/**
 * Words after a clock time written without a.m. or p.m. that say which half of the day it is in ("twenty
 * to four this morning", "at a quarter past six in the evening", "at ten tonight").
 */
export const DAY_PART_PHRASES: ReadonlyArray<readonly [string, 'am' | 'pm']> = [
  ['this morning', 'am'], ['in the morning', 'am'], ['yesterday morning', 'am'], ['tomorrow morning', 'am'], ['that morning', 'am'],
  ['this afternoon', 'pm'], ['in the afternoon', 'pm'], ['yesterday afternoon', 'pm'], ['tomorrow afternoon', 'pm'], ['that afternoon', 'pm'],
  ['this evening', 'pm'], ['in the evening', 'pm'], ['yesterday evening', 'pm'], ['tomorrow evening', 'pm'], ['that evening', 'pm'],
  ['tonight', 'pm'], ['last night', 'pm'], ['at night', 'pm'], ['that night', 'pm'],
];

/** The minutes a word gives a clock time before "past" or "to" an hour ("a quarter past six", "twenty to four"). */
export const CLOCK_MINUTE_WORDS: ReadonlyMap<string, number> = new Map([
  ['quarter', 15], ['half', 30], ['five', 5], ['ten', 10], ['twenty', 20], ['twenty-five', 25],
]);

/**
 * Units of measure that convert into one another: the quantity measured, the factor to its base unit, and
 * the system (a converted figure is rounded, so metric and imperial values of one quantity are compared
 * with some play).
 */
export const UNIT_BASES: ReadonlyMap<string, { quantity: string; factor: number; system: 'metric' | 'imperial' }> = new Map([
  ['millimeters', { quantity: 'length', factor: 0.001, system: 'metric' }],
  ['centimeters', { quantity: 'length', factor: 0.01, system: 'metric' }],
  ['meters', { quantity: 'length', factor: 1, system: 'metric' }],
  ['kilometers', { quantity: 'length', factor: 1000, system: 'metric' }],
  ['inches', { quantity: 'length', factor: 0.0254, system: 'imperial' }],
  ['feet', { quantity: 'length', factor: 0.3048, system: 'imperial' }],
  ['yards', { quantity: 'length', factor: 0.9144, system: 'imperial' }],
  ['miles', { quantity: 'length', factor: 1609.344, system: 'imperial' }],
  ['grams', { quantity: 'mass', factor: 0.001, system: 'metric' }],
  ['kilograms', { quantity: 'mass', factor: 1, system: 'metric' }],
  ['tonnes', { quantity: 'mass', factor: 1000, system: 'metric' }],
  ['pounds', { quantity: 'mass', factor: 0.45359237, system: 'imperial' }],
  ['stones', { quantity: 'mass', factor: 6.35029318, system: 'imperial' }],
  ['liters', { quantity: 'volume', factor: 1, system: 'metric' }],
  ['hectares', { quantity: 'area', factor: 10_000, system: 'metric' }],
  ['square kilometers', { quantity: 'area', factor: 1_000_000, system: 'metric' }],
  ['acres', { quantity: 'area', factor: 4046.8564224, system: 'imperial' }],
  ['square miles', { quantity: 'area', factor: 2_589_988.110336, system: 'imperial' }],
]);

/** The play (a fraction of the value) given a figure converted from another system of units: "14 feet" for 4.2 metres. */
export const CONVERSION_PLAY = 0.03;

/** Words of position that open a prepositional phrase after a noun ("the levee below the tannery", "the dam above the town"). */
export const POSITION_PREPOSITIONS: ReadonlySet<string> = words('below, above, beneath, beside, behind, near, outside, inside, opposite');

/** Verbs that say a structure failed when a structure is their subject ("the levee broke", "the dam failed", "the sea wall was breached"). */
export const FAILURE_VERBS: ReadonlySet<string> = words('break, fail, breach, rupture, crack, split, overflow, overtop, give');

/** Structures that hold water, earth or loads back: their breaking, failing or bursting is one event, their collapse. */
export const RETAINING_STRUCTURES: ReadonlySet<string> = words(`
  levee, dam, dyke, dike, embankment, sea wall, seawall, wall, barrier, flood barrier, flood wall, floodwall, dam wall,
  bridge, pipe, pipeline, water main, main, tank, reservoir, tailings dam, retaining wall, roof, ceiling, mine shaft
`);

/** Structures that collapse when they come down or fall ("the roof came down", "the stand fell"): a crash of one is its collapse. */
export const FALLING_STRUCTURES: ReadonlySet<string> = words(`
  roof, ceiling, bridge, building, tower, wall, tunnel, gallery, shaft, stand, grandstand, stage, balcony, floor,
  scaffolding, scaffold, crane, block, house, apartment block, mine, pit, dam, levee, embankment
`);

/**
 * Verbs that only carry an event named by their subject ("the collapse struck at 6.50am", "the strike began
 * at 5.30am", "the blast happened shortly after midnight"): the time is that event's.
 */
export const EVENT_CARRIER_VERBS: ReadonlySet<string> = words('strike, hit, happen, occur, take place, come, begin, start, kick off, get under way, break out, erupt, unfold');

/** Prepositions before the period a measured matter built up over ("in 24 hours", "over the weekend", "within a single day"). */
export const ACCUMULATION_PREPOSITIONS: ReadonlySet<string> = words('in, within, over, during, across, throughout');

/** Named periods a measured matter built up over, after "over the", "during the", "throughout the" ("over the weekend"), or alone ("overnight"). */
export const ACCUMULATION_PERIODS: ReadonlyMap<string, string> = new Map([
  ['weekend', 'weekend'], ['night', 'night'], ['overnight', 'night'], ['week', 'week'], ['month', 'month'], ['year', 'year'],
  ['storm', 'storm'], ['winter', 'season'], ['summer', 'season'], ['season', 'season'],
]);

/**
 * Words before a length of detention that make it a sentence or a penalty, not time spent ("was sentenced
 * to five years in prison", "jailed for two years", "faces up to 10 years in jail", "a term of six years").
 */
export const SENTENCE_BEFORE = /\b(?:sentenced|sentence|sentences|jailed|imprisoned|faces?|facing|faced|carry|carries|carrying|given|gets?|got|handed|term\s+of|terms\s+of|punishable\s+by|up\s+to)(?:\s+[\p{L}-]+){0,3}\s+$/iu;

/** Words that may stand between a clock time and a clause "when …" that says what happened then ("at 5.40am on Sunday when"). */
export const CLOCK_CLAUSE_LINKS: ReadonlySet<string> = words('on, in, at, local');

/** Determiners opening the subject of a clause "when …". */
export const WHEN_DETERMINERS: ReadonlySet<string> = words('the, a, an, its, their, his, her');

/** Auxiliaries between the subject of a clause "when …" and its verb ("when the ferry was hit"). */
export const WHEN_AUXILIARIES: ReadonlySet<string> = words('was, were, had, has, finally, suddenly');

/**
 * Verbs that say nothing of what happened after a length of time ("was after 12 minutes", "said after two
 * hours"): the length only places a moment.
 */
export const EMPTY_AFTER_LENGTH: ReadonlySet<string> = words('be, have, do, make, get, happen, occur, take place, come, go, say, tell, add, announce, report, state, note, remain, stay, leave');

/** Verbs of ending: "the talks ended after 14 hours", "the session broke up after six hours" — the length of what ended. */
export const ENDING_VERBS: ReadonlySet<string> = words('end, finish, conclude, close, break up, break down, wind up, wrap up, adjourn, stop, cease');
