// Word forms from compromise's conjugation and inflection tables: a verb's lemma, its past forms, a
// noun's plural. Used to read frames (the lemma of "rose") and to write labels ("people killed").
//
// Only the analysis workers load compromise. The main thread writes labels too, so each article's facts
// carry the word forms worked out for them (a journal kept while the worker extracted and labelled
// them); decoding the facts primes these functions with them, and the main thread asks compromise only
// for a form no journal held.

import { SAME_PLURAL_NOUNS } from '../lexicon/counting';
import { EVENT_CLASSES } from '../lexicon/events';
import { nlp } from '../nlp';
import { memoised } from '../util/memo';

type Transform = (word: string, model: unknown, tense?: string) => string;
interface World {
  model: { one: { lexicon: Record<string, string | undefined> } };
  methods: {
    two: {
      transform: {
        verb: { toInfinitive: Transform; conjugate: (lemma: string, model: unknown) => Record<string, string | undefined> };
        noun: { toPlural: Transform; toSingular: Transform };
      };
    };
  };
}
let loadedWorld: World | undefined;
/** compromise's world, on first use. */
function theWorld(): World {
  loadedWorld ??= (nlp() as unknown as { world(): World }).world();
  return loadedWorld;
}

/**
 * The lemma of a verb form ("rose" → "rise", "killed" → "kill", "vote" → "vote"), from compromise's
 * conjugation tables; a form that is not a past tense of what it would become stays as it is.
 */
export function verbLemma(word: string): string {
  const lemma = lemmaMemo(word.toLowerCase());
  journal?.push(['lemma', word.toLowerCase(), lemma]);
  return lemma;
}

const lemmaMemo = memoised(verbLemmaNow);

function verbLemmaNow(w: string): string {
  // A word compromise's lexicon holds as an infinitive is its own lemma ("begin", "threaten"): read as a
  // participle it would lose its ending ("begy", "threat").
  try {
    const world = theWorld();
    if (world.model.one.lexicon[w] === 'Infinitive') return w;
    const toInf = world.methods.two.transform.verb.toInfinitive;
    if (/ing$/.test(w)) {
      // A gerund compromise does not know ("defrauding") keeps its ending: its stem is tried as the lemma.
      const inf = toInf(w, world.model, 'Gerund') || w;
      return inf === w && EVENT_CLASSES.has(w.slice(0, -3)) ? w.slice(0, -3) : inf;
    }
    if (/[^s]s$/.test(w)) return toInf(w, world.model, 'PresentTense') || w;
    // A past tense ("rose") or, ending in -n, a past participle ("taken", "gone"); a form that would become
    // another word ("vote" read as a past tense gives "vite") stays as it is.
    const candidates = [toInf(w, world.model, 'PastTense'), /ne?$/.test(w) ? toInf(w, world.model, 'Participle') : ''];
    for (const c of candidates) {
      if (!c || c === w) continue;
      if (c === 'be' || c === 'have' || c === 'do' || c === 'go') return c;
      const forms = world.methods.two.transform.verb.conjugate(c, world.model);
      if (forms.PastTense === w || forms.Participle === w) return c;
      if (/ne?$/.test(w) && c.length < w.length && w.startsWith(c.slice(0, 2))) return c;
    }
    return w;
  } catch {
    return w;
  }
}

/** A verb's past tense and past participle ("leave" → "left", "left"; "rise" → "rose", "risen"). */
export function verbForms(lemma: string): { past: string; participle: string } {
  const forms = formsMemo(lemma);
  journal?.push(['forms', lemma, forms]);
  return forms;
}

const formsMemo = memoised(verbFormsNow);

function verbFormsNow(lemma: string): { past: string; participle: string } {
  const [head, ...rest] = lemma.split(' ');
  try {
    const world = theWorld();
    const c = world.methods.two.transform.verb.conjugate(head!, world.model);
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    const past = (c.PastTense ?? head!) + tail;
    return { past, participle: (c.Participle ?? c.PastTense ?? head!) + tail };
  } catch {
    return { past: lemma, participle: lemma };
  }
}

/** A noun that is already a plural ("shares", "jobs", "data"): its singular's plural is itself. */
function isPlural(w: string): boolean {
  const world = theWorld();
  const nouns = world.methods.two.transform.noun;
  if (SAME_PLURAL_NOUNS.has(w) || world.model.one.lexicon[w] === 'Uncountable') return true;
  if (world.model.one.lexicon[w] === 'Singular') return false;
  const one = nouns.toSingular(w, world.model);
  return !!one && one !== w && nouns.toPlural(one, world.model) === w;
}

/** A noun's plural as English writes it ("person" → "people", "crew member" → "crew members"); a plural stays as it is. */
export function nounPlural(noun: string): string {
  const plural = pluralMemo(noun);
  journal?.push(['plural', noun, plural]);
  return plural;
}

const pluralMemo = memoised(nounPluralNow);

function nounPluralNow(noun: string): string {
  const ws = noun.split(' ');
  const last = ws.pop()!;
  try {
    if (isPlural(last.toLowerCase())) return noun;
    const world = theWorld();
    const p = world.methods.two.transform.noun.toPlural(last, world.model) || last;
    return [...ws, p].join(' ');
  } catch {
    return noun;
  }
}

/** Word forms worked out for one article: [which, word, answer]. */
export type WordFormEntry = ['lemma' | 'plural', string, string] | ['forms', string, { past: string; participle: string }];

let journal: WordFormEntry[] | undefined;

/** Runs `work` and returns, besides its result, every word form it asked for (each once). */
export function withWordFormJournal<T>(work: () => T): { result: T; forms: WordFormEntry[] } {
  const outer = journal;
  journal = [];
  try {
    const result = work();
    const seen = new Set<string>();
    const forms = journal.filter((e) => {
      const k = `${e[0]}\u0000${e[1]}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return { result, forms };
  } finally {
    outer?.push(...journal);
    journal = outer;
  }
}

/** Runs `work` without recording the word forms it asks for in an enclosing journal. */
export function unjournaled<T>(work: () => T): T {
  const outer = journal;
  journal = undefined;
  try {
    return work();
  } finally {
    journal = outer;
  }
}

/** Takes word forms another thread worked out with this build; anything not shaped as a journal writes them is skipped. */
export function primeWordForms(forms: unknown): void {
  if (!Array.isArray(forms)) return;
  for (const e of forms as unknown[]) {
    if (!Array.isArray(e) || e.length !== 3 || typeof e[1] !== 'string') continue;
    const [which, word, answer] = e as [unknown, string, unknown];
    if (which === 'plural' && typeof answer === 'string') pluralMemo.prime(word, answer);
    else if (which === 'lemma' && typeof answer === 'string') lemmaMemo.prime(word, answer);
    else if (which === 'forms' && isForms(answer)) formsMemo.prime(word, { past: answer.past, participle: answer.participle });
  }
}

function isForms(v: unknown): v is { past: string; participle: string } {
  const f = v as { past?: unknown; participle?: unknown } | null;
  return typeof f === 'object' && f !== null && typeof f.past === 'string' && typeof f.participle === 'string';
}
