// Words that say an act is under way, not done: "began releasing the passengers", "started to evacuate",
// "continued to pull people out". A count of such an act is what has been done so far.

/** Forms of the verbs that put the act after them in progress (followed by the act, with or without "to"). */
export const PROGRESS_VERBS: readonly string[] = [
  'start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'begun', 'beginning',
  'continue', 'continues', 'continued', 'continuing',
];

/** Verbs of a state or a possession, not of an act done one by one: "still have", "started taking" say nothing of a count. */
export const NOT_PROGRESSING = new Set([
  'be', 'have', 'do', 'get', 'make', 'take', 'say', 'see', 'give', 'go', 'come', 'include', 'hold', 'own', 'employ',
  'cost', 'need', 'want', 'expect', 'plan', 'use', 'play', 'run', 'work', 'trade', 'pay', 'sell', 'buy', 'win', 'lose',
]);
