// compromise set up for the one job the core asks of it: tag a paragraph's words. Two changes to how it
// runs, neither to what it finds (the token stream is the same, tag for tag; a test compares them):
//
// - The 'chunks' step (noun/verb phrase chunks) is left out of a tagging pass: nothing in the core
//   reads a term's chunk, and it cost about a tenth of the tagging time. Other callers of compromise
//   (numbers.ts's `.numbers()`) still get the full pipeline: the hooks are swapped only for the length
//   of one synchronous call.
// - compromise's match sweep (`methods.one.bulkMatch`, run by its post-tagger on every sentence) looks
//   up each of its ~700 rule hooks in the sentence's word cache, and rebuilds the candidate list with
//   repeated concatenation: a fixed cost of thousands of operations per sentence, a sixth of all the
//   tagging time on news text. The replacement below asks the other way round (which of the sentence's
//   words and tags have rules), in compromise's own rule order, so it selects the same rules in the
//   same order and the tagger applies them identically.

import { nlp } from './nlp';

/** A compromise match rule as its sweep sees it (only the fields the selection reads). */
interface SweepRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface SweepNet {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
}

interface MatchResult {
  ptrs: number[][];
}

interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Array<Set<string>>;
    match(docs: unknown[][], rule: SweepRule): MatchResult;
  };
}

type Todo = SweepRule & { pointer: number[] };

interface World {
  hooks: string[];
  methods: { one: { bulkMatch: unknown } };
}

/** The hooks of a net in compromise's own order, as a lookup: word or tag → position, and the rules per position. */
interface HookIndex {
  position: Map<string, number>;
  rules: SweepRule[][];
}

const hookIndexes = new WeakMap<Record<string, SweepRule[]>, HookIndex>();

function hookIndex(hooks: Record<string, SweepRule[]>): HookIndex {
  let index = hookIndexes.get(hooks);
  if (!index) {
    const keys = Object.keys(hooks);
    index = { position: new Map(keys.map((k, i) => [k, i])), rules: keys.map((k) => hooks[k]!) };
    hookIndexes.set(hooks, index);
  }
  return index;
}

/** The rules that may match a sentence: those hooked on its words and tags, in hook order, each once. */
function candidates(haves: Set<string>, index: HookIndex): SweepRule[] {
  const positions: number[] = [];
  for (const key of haves) {
    const at = index.position.get(key);
    if (at !== undefined) positions.push(at);
  }
  positions.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: SweepRule[] = [];
  for (const at of positions) {
    for (const rule of index.rules[at]!) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      out.push(rule);
    }
  }
  return out;
}

/** compromise's own filter: every need present, no "if no" word present, enough of the wanted words. */
function applicable(rule: SweepRule, haves: Set<string>, termCount: number): boolean {
  if (!rule.needs.every((need) => haves.has(need))) return false;
  if (rule.ifNo?.some((no) => haves.has(no)) === true) return false;
  if (rule.wants.length > 0 && rule.wants.filter((w) => haves.has(w)).length < rule.minWant) return false;
  return termCount >= rule.minWords;
}

/** Drop-in for compromise's `bulkMatch`: the same matches, in the same order, found with less work. */
function sweep(document: unknown[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Todo[] {
  const docCache = methods.one.cacheDoc(document);
  const index = hookIndex(net.hooks);
  const results: Todo[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n]!;
    const sentence = document[n]!;
    const rules = candidates(haves, index).filter((r) => applicable(r, haves, sentence.length));
    for (const rule of net.always) if (sentence.length >= rule.minWords) rules.push(rule);
    for (const rule of rules) {
      const res = methods.one.match([sentence], rule);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push({ ...rule, pointer: ptr });
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
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
