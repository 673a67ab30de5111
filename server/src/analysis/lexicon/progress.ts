// Words that say an act is under way, not done: "began releasing the passengers", "started to evacuate",
// "continued to pull people out". A count of such an act is what has been done so far.

/** Forms of the verbs that put the act after them in progress (followed by the act, with or without "to"). */
export const PROGRESS_VERBS: readonly string[] = [
  'start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'begun', 'beginning',
  'continue', 'continues', 'continued', 'continuing', 'still',
];
