// compromise, loaded on first use rather than when the bundle loads. Building its lexicon takes about
// half a second; the analysis workers need it at once, but the language server's main thread needs it
// only for word forms in the cross-source pass, so it can answer `initialize` (and start the first worker)
// without waiting for it. Every module of the core reaches compromise through here, so there is one copy.

import type NlpType from 'compromise';

export type Nlp = typeof NlpType;

let instance: Nlp | undefined;

export function nlp(): Nlp {
  if (!instance) {
    // A require, not an import: an import is evaluated when the bundle loads, which is what this avoids.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('compromise') as Nlp & { default?: Nlp };
    instance = loaded.default ?? loaded;
  }
  return instance;
}

/** Whether compromise has been loaded in this thread (the language server's main thread should not need it). */
export function nlpLoaded(): boolean {
  return instance !== undefined;
}
