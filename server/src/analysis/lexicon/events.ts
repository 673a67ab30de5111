// Event and measure words of the cross-source fact alignment: what happened to a counted thing, what
// is counted, and the units a figure is a rate of or is measured in.

/** Verb stems that name what happened to a counted thing; different classes are different quantities. */
export const EVENT_CLASSES: ReadonlyMap<string, string> = new Map([
  ['launch', 'launch'], ['fire', 'launch'], ['fir', 'launch'], ['sent', 'launch'], ['attack', 'launch'],
  ['destroy', 'destroy'], ['intercept', 'destroy'], ['neutraliz', 'destroy'], ['neutralis', 'destroy'],
  ['down', 'destroy'], ['shot', 'destroy'], ['downed', 'destroy'],
  ['kill', 'kill'], ['die', 'kill'], ['dead', 'kill'], ['death', 'kill'],
  ['injur', 'injure'], ['injure', 'injure'], ['wound', 'injure'], ['hurt', 'injure'],
  ['evacuat', 'evacuate'], ['evacuate', 'evacuate'],
  ['arrest', 'arrest'], ['detain', 'arrest'],
  ['divert', 'divert'], ['wait', 'wait'], ['anchor', 'wait'],
  ['demand', 'demand'], ['ask', 'demand'], ['offer', 'offer'], ['opening', 'offer'],
  ['turnout', 'turnout'], ['favour', 'vote'], ['favor', 'vote'],
  ['cost', 'cost'], ['costing', 'cost'],
  ['rise', 'rise'], ['raise', 'rise'], ['premium', 'premium'],
  ['handle', 'handle'], ['member', 'member'],
  ['occupy', 'occupy'], ['occupi', 'occupy'], ['control', 'occupy'],
]);

/** Event classes that make a figure one side's position: a demand is not an offer is not the outcome. */
export const STANCE_EVENTS: readonly string[] = ['demand', 'offer'];

/**
 * A rate right after a figure ("a day", "per worker", "each month"): group 1 is what the figure is
 * counted per.
 */
export const RATE_AFTER_FIGURE = /^\s*(?:a|an|per|each|every)\s+(day|week|month|year|hour|minute|worker|person|head|member|employee|docker|household|annum)\b/i;

/** Rate words that name the same period as another ("per annum" is "a year"). */
export const RATE_SYNONYMS: ReadonlyMap<string, string> = new Map([['annum', 'year']]);

/** Counted nouns (stems) that name the same things, mapped to one name for them. */
export const COUNT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['vessel', 'ship'], ['boat', 'ship'], ['ship', 'ship'],
  ['docker', 'dockworker'], ['dockworker', 'dockworker'], ['striker', 'dockworker'],
  ['talk', 'session'], ['meeting', 'session'], ['session', 'session'], ['negotiation', 'session'],
  ['people', 'person'], ['person', 'person'], ['individual', 'person'], ['resident', 'person'],
  ['uav', 'drone'], ['drone', 'drone'],
  ['euro', 'EUR'], ['dollar', 'USD'],
]);

/** Counted nouns that may stand for each other in one story ("members of the union" who struck). */
export const COUNT_FAMILIES: ReadonlyMap<string, string> = new Map([
  ['dockworker', 'workers'], ['worker', 'workers'], ['member', 'workers'], ['employee', 'workers'], ['staff', 'workers'],
]);

/** The unit a figure of a kind is measured in when the extractor gives none. */
export const KIND_UNIT_DEFAULT: Readonly<Record<string, string>> = { percent: '%', duration: 'seconds' };

/** Units a duration is shown in, largest first, in seconds; a year is 365.25 days, as the figures extractor counts. */
export const DURATION_DISPLAY_UNITS: ReadonlyArray<readonly [number, string]> = [
  [31_557_600, 'year'],
  [2_629_800, 'month'],
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];
