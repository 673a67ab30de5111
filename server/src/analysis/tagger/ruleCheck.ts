// A quick, conservative test of whether one of compromise's match rules can match a sentence, run before
// compromise's own matcher. It answers "no" only when compromise's matcher cannot find the rule anywhere in
// the sentence, so skipping those rules changes nothing; about nine in ten of the rules the sweep would
// try are ruled out this way, each at the cost of a pass over the sentence's terms instead of compromise's
// attempt at every word (which copies the rest of the sentence each time).
//
// How: the rule's tokens ("regs") become the steps of a small automaton, each testing one term the way
// compromise's `doesMatch` does (a word, a tag, a word set, a switch, a method, a regex, a block of
// one-word choices). A step we cannot mirror exactly accepts any term, and the steps stop at a token whose
// span we cannot bound (a multi-word choice, ".*", "!foo+"): reaching it counts as a possible match. Every
// path compromise's matcher can take (optional tokens taken or skipped, repeats, the second half of a
// contraction skipped after its first) is a path of the automaton, so the automaton accepts whenever
// compromise would match.

/** A term as compromise's matcher reads it. */
export interface RuleTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  machine?: string | null;
  alias?: string[] | null;
  root?: string;
  implicit?: string;
  switch?: string;
}

/** One parsed match token of compromise (the fields the check reads). */
export interface Reg {
  word?: string;
  tag?: string;
  use?: string;
  method?: string;
  pre?: string;
  post?: string;
  regex?: unknown;
  chunk?: string;
  switch?: string;
  machine?: string;
  sense?: string;
  fastOr?: Set<string>;
  pos?: string;
  choices?: unknown;
  operator?: string;
  id?: string;
  fuzzy?: boolean;
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  anything?: boolean;
  start?: boolean;
  end?: boolean;
}

type TermTest = (t: RuleTerm) => boolean;
type TermMethods = Record<string, unknown>;

interface Step {
  /** The term test, or null: any term. */
  test: TermTest | null;
  optional: boolean;
  greedy: boolean;
  /** "^" or "$" on a single-term token: only the sentence's first or last term. */
  atStart: boolean;
  atEnd: boolean;
}

export interface RuleCheck {
  steps: Step[];
  /** The rule starts with "^": compromise tries it at the first term only. */
  anchored: boolean;
}

/** compromise's word test: the contraction's machine form, a slash alias, the text or the normal form. */
function wordTest(word: string, use: string | undefined): TermTest {
  if (use !== undefined && use !== '') return (t) => word === (t as unknown as Record<string, unknown>)[use];
  return (t) =>
    (t.machine !== null && t.machine !== undefined && t.machine === word) ||
    (Array.isArray(t.alias) && t.alias.some((a) => a === word)) ||
    word === t.text ||
    word === t.normal;
}

function fastOrTest(set: Set<string>, pos: string | undefined): TermTest {
  return (t) => {
    if (pos !== undefined && pos !== '' && !t.tags.has(pos)) return false;
    const s = t.root || t.implicit || t.machine || t.normal;
    return set.has(s) || set.has(t.text);
  };
}

/** A block of one-term choices, "(a|#Noun)" or "(#Noun && @hasHyphen)"; undefined when a choice spans several terms. */
function blockTest(reg: Reg, methods: TermMethods): TermTest | null | undefined {
  if (!Array.isArray(reg.choices)) return undefined;
  const tests: Array<TermTest | null> = [];
  for (const choice of reg.choices as unknown[]) {
    if (!Array.isArray(choice) || choice.length !== 1) return undefined;
    const r = choice[0] as Reg;
    if (r.greedy === true || r.optional === true || r.choices !== undefined) return undefined;
    tests.push(termTest(r, methods) ?? null);
  }
  if (reg.operator === 'and') {
    const all = tests.filter((f): f is TermTest => f !== null);
    return (t) => all.every((f) => f(t));
  }
  if (reg.operator !== 'or') return undefined;
  if (tests.some((f) => f === null)) return null;
  const any = tests as TermTest[];
  return (t) => any.some((f) => f(t));
}

/**
 * The test compromise's `doesMatch` applies to one term for this token, in its order of precedence; null
 * when it is not mirrored (the step then accepts any term), undefined for a block of multi-term choices.
 */
function termTest(reg: Reg, methods: TermMethods): TermTest | null | undefined {
  if (reg.negative === true || reg.anything === true || reg.id !== undefined || reg.fuzzy === true) return null;
  if (reg.word !== undefined) return wordTest(reg.word, reg.use);
  if (reg.tag !== undefined) {
    const tag = reg.tag;
    return (t) => t.tags.has(tag);
  }
  if (reg.method !== undefined) {
    const fn = methods[reg.method];
    if (typeof fn !== 'function') return null;
    return (t) => (fn as (t: RuleTerm) => unknown)(t) === true;
  }
  if (reg.pre !== undefined || reg.post !== undefined) return null;
  if (reg.regex !== undefined) {
    const re = reg.regex;
    // A global or sticky regex keeps state between tests: testing it here would change compromise's own test.
    if (!(re instanceof RegExp) || re.global || re.sticky) return null;
    const use = reg.use;
    return (t) => re.test(use !== undefined && use !== '' ? String((t as unknown as Record<string, unknown>)[use]) : t.normal);
  }
  if (reg.chunk !== undefined) return null;
  if (reg.switch !== undefined) {
    const sw = reg.switch;
    return (t) => t.switch === sw;
  }
  if (reg.machine !== undefined || reg.sense !== undefined) return null;
  if (reg.fastOr !== undefined) return fastOrTest(reg.fastOr, reg.pos);
  if (reg.choices !== undefined) return blockTest(reg, methods);
  return null;
}

/** The automaton of a rule's tokens, up to the first token whose span it cannot bound. */
export function compileRule(regs: readonly Reg[], methods: TermMethods): RuleCheck {
  const steps: Step[] = [];
  // compromise's lookahead after a plain optional repeat ("foo*") can hand the repeat to the next token.
  let widen = false;
  for (const reg of regs) {
    if ((reg.anything === true || reg.negative === true) && reg.greedy === true) break;
    const block = reg.choices !== undefined;
    if (reg.negative === true || reg.anything === true) {
      // Any one term; none when optional, and a negative block may also pass without taking one.
      steps.push({ test: null, optional: reg.optional === true || block, greedy: widen, atStart: false, atEnd: false });
      widen = false;
      continue;
    }
    const test = termTest(reg, methods);
    if (test === undefined) break;
    const greedy = reg.greedy === true;
    const single = test !== null && !greedy && !block;
    steps.push({ test, optional: reg.optional === true, greedy: greedy || widen, atStart: single && reg.start === true, atEnd: single && reg.end === true });
    widen = greedy && reg.optional === true && !block;
  }
  return { steps, anchored: regs[0]?.start === true };
}

/** The states reachable by skipping optional steps. */
function closure(mask: number, steps: readonly Step[]): number {
  for (let j = 0; j < steps.length; j++) if ((mask >> j) & 1 && steps[j]!.optional) mask |= 1 << (j + 1);
  return mask;
}

/** The states after term p is taken by some step active at it. */
function advance(active: number, steps: readonly Step[], term: RuleTerm, p: number, last: number): number {
  let next = 0;
  for (let j = 0; j < steps.length; j++) {
    if (!((active >> j) & 1)) continue;
    const s = steps[j]!;
    if ((s.atEnd && p !== last) || (s.atStart && p !== 0)) continue;
    if (s.test !== null && !s.test(term)) continue;
    next |= 1 << (j + 1);
    if (s.greedy) next |= 1 << j;
  }
  return next;
}

/** False only when compromise's matcher cannot match the rule anywhere in the sentence. */
export function mayMatch(terms: readonly RuleTerm[], check: RuleCheck): boolean {
  const { steps, anchored } = check;
  // More steps than a mask holds: no check (no rule of compromise comes close).
  if (steps.length === 0 || steps.length > 30) return true;
  const accept = 1 << steps.length;
  const last = terms.length - 1;
  let active = 0;
  // States one term further on, reached by skipping the second half of a contraction ("we've": we, have).
  let skipped = 0;
  for (let p = 0; p < terms.length; p++) {
    if (!anchored || p === 0) active |= 1;
    active = closure(active, steps);
    if (active & accept) return true;
    let next = skipped;
    skipped = 0;
    if (active !== 0) {
      const term = terms[p]!;
      const taken = advance(active, steps, term, p, last);
      next |= taken;
      if (term.implicit && p < last && terms[p + 1]!.implicit) skipped = taken;
    } else if (anchored && next === 0) return false;
    active = next;
  }
  return (closure(active, steps) & accept) !== 0;
}
