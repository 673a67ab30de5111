// compromise set up for the one job the core asks of it: tag a paragraph's words. Two changes to how it
// runs, neither to what it finds (the token stream is the same, tag for tag; a test compares them):
//
// - The 'chunks' step (noun/verb phrase chunks) is left out of a tagging pass: nothing in the core
//   reads a term's chunk, and it cost about a tenth of the tagging time. Other callers of compromise
//   (numbers.ts's `.numbers()`) still get the full pipeline: the hooks are swapped only for the length
//   of one synchronous call.
// - compromise's match sweep (`methods.one.bulkMatch`, run by its post-tagger on every sentence) is
//   replaced by `tagger/sweep.ts`, which finds the same matches of the same rules in the same order with
//   a third of the work, so the tagger applies them identically.

import { nlp } from './nlp';
import { sweep } from './tagger/sweep';

interface World {
  hooks: string[];
  methods: { one: { bulkMatch: unknown } };
}

/**
 * compromise set up for tagging, on first use: importing this module (the main thread does, through
 * modules that share helpers with the tokeniser) must not load compromise.
 */
let tagging: { world: World; hooks: string[] } | undefined;
function taggingWorld(): { world: World; hooks: string[] } {
  if (!tagging) {
    const world = (nlp() as unknown as { world(): World }).world();
    world.methods.one.bulkMatch = sweep;
    // compromise's steps for a tagging pass: all of them but the phrase chunker.
    tagging = { world, hooks: world.hooks.filter((h) => h !== 'chunks') };
  }
  return tagging;
}

/** A term of a tagged document; `normal`, `pre` and `post` may be missing on odd input. */
export interface TaggedTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** Tags a piece of text: its sentences, each a list of terms with tags and offsets into the piece. */
export function tagText(text: string): TaggedTerm[][] {
  const { world, hooks } = taggingWorld();
  const all = world.hooks;
  world.hooks = hooks;
  let doc: { document: TaggedTerm[][]; compute(name: string): void };
  try {
    doc = nlp()(text) as unknown as typeof doc;
  } finally {
    world.hooks = all;
  }
  doc.compute('offset');
  return doc.document;
}
