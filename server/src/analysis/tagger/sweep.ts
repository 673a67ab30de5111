// compromise's match sweep (`methods.one.bulkMatch`: its post-tagger runs it on every sentence, and so
// does any other compiled set of rules), done with less work and the same result: the same matches of the
// same rules in the same order, so the tagger applies them identically.
//
// compromise looks up each of its ~700 rule hooks in the sentence's word cache, rebuilds the candidate
// list by repeated concatenation, filters it three times, then runs its matcher for every candidate at
// every word: about 14 candidates per sentence of which one in ten matches. Here the sentence's words and
// tags are stamped in an array of interned keys; each rule is filed under one of the keys it needs, so a
// sentence visits only rules with a chance; compromise's filters (needs, "if no", wants, length) run on the
// stamps; the selected rules are put in compromise's order (the first of their hooks the sentence has,
// then their place in that hook's list); and `ruleCheck.ts` rules out, without compromise's matcher, the
// rules that cannot match the sentence.

import { compileRule, mayMatch, type Reg, type RuleCheck, type RuleTerm } from './ruleCheck';

/** A compromise match rule as its sweep sees it (only the fields the selection reads). */
export interface SweepRule {
  match: string;
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

export interface SweepNet {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
}

interface MatchResult {
  ptrs: number[][];
}

export interface SweepMethods {
  one: {
    match(docs: RuleTerm[][], rule: SweepRule): MatchResult;
    termMethods?: Record<string, unknown>;
  };
}

type Todo = SweepRule & { pointer: number[] };

/** A rule with its needs and wants as interned key ids. */
interface PlannedRule {
  rule: SweepRule;
  needs: number[];
  ifNo: number[];
  wants: number[];
  /** Its hooks in compromise's order: key id and the rule's rank under that key. */
  ranks: Array<[number, number]>;
  check: RuleCheck;
  /** The sentence it was last visited for, and its rank there. */
  seen: number;
  rank: number;
}

/** A net made ready for sweeping: keys interned, each rule filed under one key it needs (or its wants). */
interface Plan {
  ids: Map<string, number>;
  /** Tags by bare name ("Noun"), as the hooks write them with "#". */
  tagIds: Map<string, number>;
  filed: Array<PlannedRule[] | undefined>;
  /** present[id] === sentence: the key is in the sentence. */
  present: Uint32Array;
  keys: number[];
  sentence: number;
}

const plans = new WeakMap<Record<string, SweepRule[]>, Plan>();

/** How common a key is likely to be: a tag or a switch more than a word, a key of many rules more than of few. */
function commonness(key: string, hooks: Record<string, SweepRule[]>): number {
  return (key.startsWith('#') || key.startsWith('%') ? 1e6 : 0) + (hooks[key]?.length ?? 0);
}

function plannedRules(hooks: Record<string, SweepRule[]>, idOf: (key: string) => number, methods: SweepMethods): PlannedRule[] {
  const keys = Object.keys(hooks);
  const stride = Math.max(0, ...keys.map((k) => hooks[k]!.length)) + 1;
  // compromise keeps the first rule of each match text (in every hook list the same one).
  const byMatch = new Map<string, PlannedRule>();
  keys.forEach((key, at) => {
    hooks[key]!.forEach((rule, index) => {
      let planned = byMatch.get(rule.match);
      if (!planned) {
        planned = {
          rule,
          needs: rule.needs.map(idOf),
          ifNo: (rule.ifNo ?? []).map(idOf),
          wants: rule.wants.map(idOf),
          ranks: [],
          check: compileRule(rule.regs, methods.one.termMethods ?? {}),
          seen: 0,
          rank: 0,
        };
        byMatch.set(rule.match, planned);
      }
      planned.ranks.push([idOf(key), at * stride + index]);
    });
  });
  return [...byMatch.values()];
}

function makePlan(hooks: Record<string, SweepRule[]>, methods: SweepMethods): Plan {
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  for (const key of Object.keys(hooks)) idOf(key);
  const rules = plannedRules(hooks, idOf, methods);
  const filed: Array<PlannedRule[] | undefined> = [];
  const file = (id: number, rule: PlannedRule): void => {
    (filed[id] ??= []).push(rule);
  };
  for (const planned of rules) {
    planned.ranks.sort((a, b) => a[1] - b[1]);
    const { needs } = planned.rule;
    if (needs.length > 0) {
      // All needs must be present, so one of them is enough to find the rule by: the least common.
      const rarest = needs.reduce((best, n) => (commonness(n, hooks) < commonness(best, hooks) ? n : best));
      file(idOf(rarest), planned);
    } else {
      // No needs: at least one want must be present (wants come from "(a|b)" tokens, one per token).
      for (const id of new Set(planned.wants)) file(id, planned);
    }
  }
  const tagIds = new Map<string, number>();
  for (const [key, id] of ids) if (key.startsWith('#')) tagIds.set(key.slice(1), id);
  return { ids, tagIds, filed, present: new Uint32Array(ids.size), keys: [], sentence: 0 };
}

/** Stamps the sentence's keys as compromise's `cacheDoc` lists them (words, switch, contraction and machine forms, root, aliases, tags). */
function stamp(plan: Plan, terms: readonly RuleTerm[]): void {
  const { ids, tagIds, present, keys, sentence } = plan;
  keys.length = 0;
  const put = (id: number | undefined): void => {
    if (id !== undefined && present[id] !== sentence) {
      present[id] = sentence;
      keys.push(id);
    }
  };
  for (const t of terms) {
    if (t.normal !== '') put(ids.get(t.normal));
    if (t.switch) put(ids.get(`%${t.switch}%`));
    if (t.implicit) put(ids.get(t.implicit));
    if (t.machine) put(ids.get(t.machine));
    if (t.root) put(ids.get(t.root));
    if (t.alias) for (const a of t.alias) put(ids.get(a));
    for (const tag of t.tags) put(tagIds.get(tag));
  }
}

/** compromise's filters on one rule: long enough, every need present, no "if no" present, enough wants present. */
function applies(r: PlannedRule, present: Uint32Array, sentence: number, words: number): boolean {
  if (words < r.rule.minWords) return false;
  for (const id of r.needs) if (present[id] !== sentence) return false;
  for (const id of r.ifNo) if (present[id] === sentence) return false;
  if (r.wants.length === 0) return true;
  let found = 0;
  for (const id of r.wants) if (present[id] === sentence) found++;
  return found >= r.rule.minWant;
}

/** The rules compromise would try on the sentence, in its order. */
function selectRules(plan: Plan, terms: readonly RuleTerm[]): PlannedRule[] {
  // A new number per sentence makes every earlier stamp stale (wrapping after four billion sentences is harmless:
  // a stale stamp equal to the new number would need that exact sentence count since it was set).
  plan.sentence = (plan.sentence + 1) >>> 0 || 1;
  stamp(plan, terms);
  const { present, filed, keys, sentence } = plan;
  const out: PlannedRule[] = [];
  for (const key of keys) {
    const rules = filed[key];
    if (rules === undefined) continue;
    for (const r of rules) {
      if (r.seen === sentence) continue;
      r.seen = sentence;
      if (!applies(r, present, sentence, terms.length)) continue;
      // Its place in compromise's order: under the first of its hooks the sentence has.
      for (const [id, rank] of r.ranks) {
        if (present[id] === sentence) {
          r.rank = rank;
          break;
        }
      }
      out.push(r);
    }
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/** Drop-in for compromise's `bulkMatch`: the same matches, in the same order, found with less work. */
export function sweep(document: RuleTerm[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Todo[] {
  let plan = plans.get(net.hooks);
  if (!plan) {
    plan = makePlan(net.hooks, methods);
    plans.set(net.hooks, plan);
  }
  const results: Todo[] = [];
  /** Runs one rule on sentence n; true when the caller asked for one match and has it. */
  const run = (n: number, rule: SweepRule): boolean => {
    const res = methods.one.match([document[n]!], rule);
    for (const ptr of res.ptrs) {
      ptr[0] = n;
      results.push({ ...rule, pointer: ptr });
    }
    return res.ptrs.length > 0 && opts.matchOne === true;
  };
  for (let n = 0; n < document.length; n++) {
    const sentence = document[n]!;
    for (const r of selectRules(plan, sentence)) if (mayMatch(sentence, r.check) && run(n, r.rule)) return [results[0]!];
    // Rules with nothing to hook on (none among compromise's own) are tried on every sentence, after the others.
    for (const rule of net.always) if (sentence.length >= rule.minWords && run(n, rule)) return [results[0]!];
  }
  return results;
}
