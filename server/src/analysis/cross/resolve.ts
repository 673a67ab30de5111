// Cross-source entity resolution: one CrossEntity per person/organisation/place across a story.
//
// People are matched by their surname. Spellings compare at two strengths: folded (case, accents,
// apostrophes, known exonyms, the -yy/-iy/-ii endings: Zelenskyy / Zelensky) and, for names long
// enough to carry it, transliterated (transliterationKey: Gaddafi / Gadhafi / Kadhafi / Qaddafi,
// Volodymyr / Vladimir). First names keep people apart: two different first names are two people
// (Donald vs Melania Trump) unless one is an initial of the other or a transliteration of it. A
// transliteration never merges two spellings that one article uses for two different people, and short
// names (Lee / Li, Wang / Wong) must match exactly. A bare surname joins the one full name it can
// belong to. Other names are matched by any folded spelling (titles and possessives are already off
// the mention text; known exonym pairs such as Kiev/Kyiv fold together).

import { DANGLING_ROLE, GENERIC_LEADER_HEADS, SUBORDINATE, SUBORDINATE_RANK } from '../lexicon/offices';
import { SURNAME_PARTICLES } from '../lexicon/names';
import { NAME_DERIVATION_ENDINGS } from '../lexicon/spellings';
import { STOP_WORDS } from '../lexicon/stopwords';
import { GIVEN_NAME_TITLES } from '../lexicon/titles';
import type { Entity, EntityType } from '../types';
import { foldName, foldWord, transliterationKey, withinOneEdit } from '../util/nameFold';
import { editDistance } from '../util/sequence';
import { oneHolderOffice, roleShape } from './roleCompare';
import type { CrossEntity, SourceArticle } from './types';

export { foldName, foldWord, transliterationKey };

/** Surnames compare loosely from five letters on; Lee / Li, Kim / Kym, Wang / Wong only as written. */
const SURNAME_MIN = 5;
/** First names compare loosely from six letters on: Volodymyr / Vladimir, but never Carl / Carol. */
const FIRST_NAME_MIN = 6;
/** A surname this short is taken as misspelled by one letter (Dunn / Dunne) only with a description in common. */
const SHORT_SURNAME_MIN = 4;

/** The words of a name. A title-like word the recogniser kept ("Haulier Pieter Volk") stays in. */
function nameWords(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

interface Member {
  article: SourceArticle;
  entity: Entity;
}

interface Cluster {
  type: EntityType;
  members: Member[];
  /** Folded first names (persons) seen in the cluster. */
  firsts: Set<string>;
  /** Folded keys (surname for persons; every folded spelling for others). */
  keys: Set<string>;
}

interface PersonParts {
  first: string | null;
  last: string;
  givens: string[];
  /** How many words the name has, a surname written with a space counted as one. */
  words: number;
}

/** Each person's parts, read once per resolution with the story's compound surnames (compoundSurnames). */
const partsOf = new WeakMap<Entity, PersonParts>();

function personParts(e: Entity): PersonParts {
  return partsOf.get(e) ?? readParts(e, new Set());
}

/**
 * A person's first name, surname and given names. A surname another source hyphenates ("Brekke-Holm")
 * is one surname where this one writes it with a space ("Sigrid Brekke Holm"), not a given name and a surname.
 */
function readParts(e: Entity, compounds: ReadonlySet<string>): PersonParts {
  let words = nameWords(e.name);
  const n = words.length;
  if (n >= 2 && compounds.has(`${foldWord(words[n - 2]!)}-${foldWord(words[n - 1]!)}`)) words = [...words.slice(0, n - 2), `${words[n - 2]}-${words[n - 1]}`];
  // "Piet van der Holm": the particles belong to the surname, which others write joined ("Vanderholm").
  words = withSurnameParticles(words);
  const last = foldWord(words[words.length - 1] ?? e.name);
  const first = words.length > 1 ? foldWord(words[0]!) : null;
  // The given names written as one word too: "Vishwash Kumar Ramesh" is also "Vishwashkumar Ramesh".
  const joined = words.length > 2 ? words.slice(0, -1).map(foldWord).join('') : null;
  return { first, last, givens: [first, joined].filter((g): g is string => g !== null), words: words.length };
}

/** The name's words with the lower-case surname particles before its last word joined to it: [Piet, vanderHolm]. */
function withSurnameParticles(words: string[]): string[] {
  let k = words.length - 1;
  while (k > 1 && /^\p{Ll}/u.test(words[k - 1]!) && SURNAME_PARTICLES.has(words[k - 1]!)) k--;
  return k === words.length - 1 ? words : [...words.slice(0, k), words.slice(k).join('')];
}

/** The hyphenated surnames of a story's people, folded ("brekke-holm"). */
export function compoundSurnames(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const last = nameWords(name).pop();
    if (last && /^[^-]+-[^-]+$/.test(last)) out.add(last.split('-').map(foldWord).join('-'));
  }
  return out;
}

/** Resolves the entities of a story's articles into cross-source entities. */
export function resolveEntities(articles: SourceArticle[]): CrossEntity[] {
  const people: Member[] = [];
  const others: Member[] = [];
  for (const article of articles) {
    for (const entity of article.analysis.entities) {
      if (entity.mentions.length === 0) continue;
      (entity.type === 'person' ? people : others).push({ article, entity });
    }
  }
  const compounds = compoundSurnames(people.map((m) => m.entity.name));
  for (const m of people) partsOf.set(m.entity, readParts(m.entity, compounds));
  const clusters: Cluster[] = [];
  const bySurname = clusterPeople(people, clusters);
  clusterOthers(others, bySurname, clusters);
  return clusters.map(toCrossEntity).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The bucket of a folded surname: its transliteration key when it is long enough, else itself. */
function surnameKey(folded: string): string {
  return transliterationKey(folded, SURNAME_MIN) ?? `=${folded}`;
}

/** A first name fits a cluster: the same, an initial of it, or a transliteration of it (Volodymyr / Vladimir). */
function firstFits(c: Cluster, first: string): boolean {
  if (c.firsts.has(first)) return true;
  const key = transliterationKey(first, FIRST_NAME_MIN);
  const spelled = (f: string) => (undoubled(f) === undoubled(first) && undoubled(first).length >= 4) || (key !== null && transliterationKey(f, FIRST_NAME_MIN) === key);
  if ([...c.firsts].some(spelled)) return true;
  // An initial fits the first names of its letter, but it never bridges two different ones: "M.
  // Atherton" fits Michael, yet Michael and Mike are not one spelling because an initial stands for both.
  const written = [...c.firsts].filter((f) => f.length > 1);
  return compatibleFirst(c.firsts, first) && (first.length === 1 || written.length === 0);
}

/** A name with its doubled letters single: Allan / Alan, Phillip / Philip are one name spelled two ways. */
function undoubled(w: string): string {
  return w.replace(/(.)\1+/g, '$1');
}

/**
 * One article of the story names both as two people: spelled apart (a transliteration must not merge
 * them), or with the same surname and another first name ("Klaus-Dieter Hahn" and his brother "Klaus
 * Hahn"): the article's own linking already decided they are two people.
 */
function keptApart(c: Cluster, m: Member, last: string): boolean {
  const first = personParts(m.entity).first;
  return c.members.some((x) => {
    if (x.article !== m.article || x.entity === m.entity) return false;
    const other = personParts(x.entity);
    return other.last !== last || (first !== null && other.first !== null && other.first !== first);
  });
}

/** The content words of a role ("analyst at fyrst markets" → analyst, fyrst, markets), possessives folded. */
function roleWords(normalized: string): Set<string> {
  return new Set(normalized.split(/\s+/).map((w) => w.replace(/'s?$/, '')).filter((w) => w.length > 1 && !STOP_WORDS.has(w)));
}

/**
 * Two descriptions without one word in common ("chief executive of Norland Bank" / "analyst at Fyrst
 * Markets"). Roles that merely exclude each other ("fire chief" / "deputy fire chief") are one person's
 * disputed role, which the role-conflict check reports, not a sign of two people.
 */
function rolesDiffer(a: string, b: string): boolean {
  const wb = roleWords(b);
  // One office written two ways ("CEO" / "chief executive") is a word in common.
  if ([...roleWords(a)].some((w) => wb.has(w))) return false;
  const x = roleShape(a);
  const y = roleShape(b);
  // "pit boss" / "mine manager": an informal word for whoever runs something fits a leading office.
  const leads = (s: typeof x, o: typeof x) => GENERIC_LEADER_HEADS.has(s.head) && !o.subordinate && !SUBORDINATE.has(o.head) && !SUBORDINATE_RANK.test(o.modifiers);
  return x.head !== y.head && !leads(x, y) && !leads(y, x);
}

/**
 * A surname spelled differently (Hansen / Hanson, Paulsen / Paulson) is thin evidence of one person:
 * when both sides are described and no description of one shares a word with one of the other, they are
 * two people who happen to have similar names. The same spelling is not questioned here.
 */
function describedApart(c: Cluster, m: Member, last: string): boolean {
  return !c.keys.has(last) && describedDifferently(c, m);
}

/** Both sides described, and no description of one shares a word with one of the other. */
function describedDifferently(c: Cluster, m: Member): boolean {
  // A role of another time ("the former police chief", "outgoing interior minister") describes the person
  // then, not now: it is no sign of another person than today's minister.
  const present = (r: { normalized: string }) => {
    const s = roleShape(r.normalized);
    return !s.past && !s.timed;
  };
  const mine = m.entity.roles.filter(present).map((r) => r.normalized);
  const theirs = c.members.flatMap((x) => x.entity.roles.filter(present).map((r) => r.normalized));
  if (mine.length === 0 || theirs.length === 0) return false;
  return mine.every((a) => theirs.every((b) => rolesDiffer(a, b)));
}

/**
 * A first name that fits only as a transliteration (Kristen / Kristin, Frances / Francis) is thin
 * evidence too: with descriptions that share no word, they are two people (a judge and her namesake).
 */
function looselyNamedApart(c: Cluster, givens: string[], m: Member): boolean {
  return !givens.some((g) => c.firsts.has(g) || compatibleFirst(c.firsts, g)) && describedDifferently(c, m);
}

/** Both sides described, and some description of one shares a word with one of the other. */
function describedAlike(c: Cluster, m: Member): boolean {
  const mine = m.entity.roles.map((r) => r.normalized);
  const theirs = c.members.flatMap((x) => x.entity.roles.map((r) => r.normalized));
  return mine.some((a) => theirs.some((b) => !rolesDiffer(a, b)));
}

/** The clusters of a surname bucket that spell it exactly as `last` when there are any, else all of them. */
function closest(list: Cluster[], last: string): Cluster[] {
  const exact = list.filter((c) => c.keys.has(last));
  return exact.length > 0 ? exact : list;
}

/**
 * The cluster of a surname bucket a full name fits: among those that spell the surname as it does first,
 * else among its other spellings (Jürgen Müller and Juergen Mueller, when an Anna Müller is also named).
 */
function fitting(list: Cluster[], last: string, fits: (c: Cluster) => boolean): Cluster | undefined {
  return list.find((c) => c.keys.has(last) && fits(c)) ?? list.find(fits);
}

/**
 * A surname misspelled by one letter (Kowalczyk / Kowalcyk) is the same person only with the same full
 * first name written out: an initial, or another first name, leaves two people.
 */
function misspelled(clusters: Cluster[], m: Member, first: string | null, last: string): Cluster | undefined {
  if (!first || first.length < 3) return undefined;
  const single = (w: string) => w.replace(/(.)\1+/g, '$1');
  // A short surname only by a doubled letter (Annor / Anor); Wang and Wong stay two names.
  // A four-letter surname one letter off (Dunn / Dunne) only when both sides are described alike, or
  // when one has a letter more, the story names no one else of either spelling and nothing describes
  // them apart (below).
  const short = (k: string) => Math.min(k.length, last.length) >= SHORT_SURNAME_MIN && withinOneEdit(k, last);
  const near = (c: Cluster, k: string) =>
    (Math.min(k.length, last.length) >= SURNAME_MIN && withinOneEdit(k, last)) ||
    (single(k) === single(last) && single(last).length >= 4) ||
    (short(k) && describedAlike(c, m));
  const fits = (c: Cluster) => c.type === 'person' && c.firsts.has(first) && !keptApart(c, m, last) && !describedApart(c, m, last);
  const found = clusters.find((c) => fits(c) && [...c.keys].some((k) => near(c, k)));
  if (found || first.length < UNDESCRIBED_FIRST_MIN) return found;
  // Undescribed on one side or both, the same full first name of four letters or more (Emil Rask / Emil
  // Raske) is one person when that first name and a surname one letter longer or shorter fit exactly one
  // person of the story. A letter changed is another name (Anna Wang / Anna Wong).
  const added = (k: string) => short(k) && Math.abs(k.length - last.length) === 1;
  const loose = clusters.filter((c) => c.type === 'person' && [...c.keys].some(added));
  return loose.length === 1 && fits(loose[0]!) && !describedDifferently(loose[0]!, m) ? loose[0] : undefined;
}

/** The shortest first name that, written out the same, joins a four-letter surname one letter off undescribed. */
const UNDESCRIBED_FIRST_MIN = 4;

/**
 * A given name written another way by another source (Mihai / Mihail, Petru / Petro, Iurie / Yuri,
 * Yevgeny / Yevhen): the same surname and a given name a letter or two apart, of the same sex (a final
 * "a": Ivan / Ivana, Daniel / Daniela are two people). It is thin evidence, so it joins only when both
 * are described alike (a word of their roles in common), or when the story names no one else of that
 * surname and neither side is described apart; never when one article names both.
 */
function givenVariantOf(bucket: Cluster[], m: Member, first: string | null, last: string): Cluster | undefined {
  if (!first || first.length < 4) return undefined;
  const fits = (c: Cluster) => c.type === 'person' && c.keys.has(last) && [...c.firsts].some((f) => givenVariant(f, first)) && !keptApart(c, m, last);
  const candidates = bucket.filter(fits);
  if (candidates.length !== 1) return undefined;
  const c = candidates[0]!;
  if (describedDifferently(c, m)) return undefined;
  if (describedAlike(c, m)) return c;
  // Undescribed, only names of five letters or more (Carl / Carol are two people) and only the one
  // person of that surname in the story.
  const long = [...c.firsts].some((f) => givenVariant(f, first) && Math.min(f.length, first.length) >= UNDESCRIBED_GIVEN_MIN);
  return long && bucket.filter((x) => x.keys.has(last)).length === 1 ? c : undefined;
}

/** The shortest given names joined as variants of each other with no description to confirm it. */
const UNDESCRIBED_GIVEN_MIN = 5;

/**
 * Another given name for a person of the same surname who holds the same one-holder office in the story
 * ("Finance Minister Andrei Ceban" where the others write Vadim Ceban, the finance minister): one person,
 * whose given name one source got wrong. Only when exactly one person of that surname holds it.
 */
function sameOfficeHolder(bucket: Cluster[], m: Member, last: string): Cluster | undefined {
  const mine = new Set(m.entity.roles.map((r) => oneHolderOffice(r.normalized)).filter((o): o is string => o !== null));
  if (mine.size === 0) return undefined;
  const holds = (c: Cluster) => c.members.some((x) => x.entity.roles.some((r) => mine.has(oneHolderOffice(r.normalized) ?? '')));
  const candidates = bucket.filter((c) => c.type === 'person' && c.keys.has(last) && holds(c) && !keptApart(c, m, last));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Two folded given names that may be one name transliterated or misspelled (see givenVariantOf). */
function givenVariant(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || a === b) return false;
  const x = glideFolded(a);
  const y = glideFolded(b);
  if (x === y) return true;
  if (x[0] !== y[0] || x.endsWith('a') !== y.endsWith('a') || feminineForm(x, y) || feminineForm(y, x)) return false;
  const edits = Math.max(x.length, y.length) >= GIVEN_TWO_EDITS_MIN && Math.min(x.length, y.length) >= 5 ? 2 : 1;
  return editDistance(x, y, edits) <= edits;
}

/** `longer` is `shorter` with a vowel ending added: the other sex's form (Louis / Louise, Daniel / Danielle). */
function feminineForm(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && longer.startsWith(shorter) && /[aeiou]$/.test(longer);
}

/** Given names this long (the longer of the two) may differ by two letters: Yevgeny / Yevhen. */
const GIVEN_TWO_EDITS_MIN = 6;

/**
 * A given name with its glides written one way: the "i" or "j" before a vowel that starts a name is "y"
 * (Iurie, Julia / Yuri, Yulia), and a final "ie" or "iy" is "y" (Iurie / Yury).
 */
function glideFolded(w: string): string {
  return w.replace(/^[ij](?=[aeou])/, 'y').replace(/(?:ie|iy|i)$/, 'y');
}

function newPersonCluster(m: Member, key: string, last: string, bySurname: Map<string, Cluster[]>, clusters: Cluster[]): Cluster {
  const c: Cluster = { type: 'person', members: [m], firsts: new Set(), keys: new Set([last]) };
  bySurname.set(key, [...(bySurname.get(key) ?? []), c]);
  clusters.push(c);
  return c;
}

/** The most letters a bare surname may differ by from a spelling of the person it joins (Sobotzik / Sabotzik). */
const BARE_SPELLING_EDITS = 2;

/**
 * Whether a bare name (one word: "Berri", "King Hussein", "Sobotzik") may be the person of a cluster. A
 * name after a monarch's title is a given name, never a surname ("King Hussein" is not Saddam Hussein):
 * it joins only other bare names. A bare name spelled otherwise than every member writes the surname
 * is thin evidence: it joins only when the spellings are a letter or two apart (Sobotzik / Sabotzik,
 * not Claus / Kallis or Heinrich / Henry) and the two are not described apart ("Parliament Speaker
 * Berri" is not the racehorse trainer Jack Berry).
 */
function bareFits(c: Cluster, m: Member, last: string): boolean {
  if (givenNameTitled(m.entity)) return c.firsts.size === 0 && c.members.every((x) => givenNameTitled(x.entity));
  if (c.members.every((x) => givenNameTitled(x.entity) && personParts(x.entity).first === null)) return false;
  const written = plainLast(m.entity);
  if (c.members.some((x) => plainLast(x.entity) === written)) return true;
  if (!c.keys.has(last) && ![...c.keys].some((k) => editDistance(k, last, BARE_SPELLING_EDITS) <= BARE_SPELLING_EDITS)) return false;
  // Described, it must share a description with the person: "Speaker Berri" is not an undescribed Jack Berry.
  return m.entity.roles.length === 0 || describedAlike(c, m);
}

/** A name called with a monarch's or ruler's title ("King", "Prince", "Sheikh"): its word is a given name. */
function givenNameTitled(e: Entity): boolean {
  return e.roles.some((r) => r.via === 'title' && GIVEN_NAME_TITLES.has(r.head.toLowerCase())) && nameWords(e.name).length === 1;
}

/** The last word of a name as written, without case or accents (Berri and Berry differ here, not in foldWord). */
function plainLast(e: Entity): string {
  const w = nameWords(e.name).pop() ?? e.name;
  return w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * People: full names first, so bare surnames can join them afterwards. Adds the clusters to `clusters`
 * and returns them by surname bucket (surnameKey).
 */
function clusterPeople(people: Member[], clusters: Cluster[]): Map<string, Cluster[]> {
  const bySurname = new Map<string, Cluster[]>();
  const full = people.filter((m) => personParts(m.entity).first !== null);
  const bare = people.filter((m) => personParts(m.entity).first === null);
  for (const m of full) {
    const { first, givens, last } = personParts(m.entity);
    const key = surnameKey(last);
    const bucket = bySurname.get(key) ?? [];
    const c =
      fitting(bucket, last, (x) => givens.some((g) => firstFits(x, g)) && !keptApart(x, m, last) && !describedApart(x, m, last) && !looselyNamedApart(x, givens, m)) ??
      misspelled(clusters, m, first, last) ??
      givenVariantOf(bucket, m, first, last) ??
      sameOfficeHolder(bucket, m, last);
    const target = c ?? newPersonCluster(m, key, last, bySurname, clusters);
    if (c) {
      c.members.push(m);
      c.keys.add(last);
      if (!bucket.includes(c)) bySurname.set(key, [...bucket, c]);
    }
    for (const g of givens) target.firsts.add(g);
  }
  const pending: Member[] = [];
  for (const m of bare) {
    const last = personParts(m.entity).last;
    const list = closest(bySurname.get(surnameKey(last)) ?? [], last).filter((c) => bareFits(c, m, last));
    // Within the same article a bare surname that the article did not link is ambiguous only when
    // the story has several people with that surname.
    if (list.length === 1 && !keptApart(list[0]!, m, last)) list[0]!.members.push(m);
    else if (list.length === 0) pending.push(m);
    // Several people share the surname: the mention stays unresolved (not merged with anyone).
    else clusters.push({ type: 'person', members: [m], firsts: new Set(), keys: new Set([last]) });
  }
  for (const m of pending) {
    const last = personParts(m.entity).last;
    const key = surnameKey(last);
    const c = closest(bySurname.get(key) ?? [], last).find((x) => !keptApart(x, m, last) && bareFits(x, m, last)) ?? (bySurname.has(key) ? undefined : firstNameOnly(clusters, m, last));
    if (c) {
      c.members.push(m);
      c.keys.add(last);
    } else newPersonCluster(m, key, last, bySurname, clusters);
  }
  return bySurname;
}

/**
 * A bare name no surname fits that is the first name of exactly one person of the story ("Marta" in a
 * tabloid, "Marta Reiner" elsewhere) is that person: tabloids and features call people by their first
 * name. Never a name written with a title ("Ms Marta" takes a surname), nor one that two people share.
 */
function firstNameOnly(clusters: Cluster[], m: Member, first: string): Cluster | undefined {
  if (m.entity.mentions.some((x) => x.title) || givenNameTitled(m.entity)) return undefined;
  const holders = clusters.filter((c) => c.type === 'person' && c.firsts.has(first) && c.members.some((x) => personParts(x.entity).first !== null));
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * Other names: merge by any folded spelling. A one-word non-person whose fold is the surname of
 * exactly one person in the story is that person (the recogniser sometimes types a bare surname
 * as an organisation: "Kjellin, who was appointed ...").
 */
function clusterOthers(others: Member[], bySurname: Map<string, Cluster[]>, clusters: Cluster[]): void {
  const byKey = new Map<string, Cluster>();
  for (const m of others) {
    const keys = new Set(m.entity.spellings.map((s) => foldName(s)).concat(foldName(m.entity.name)));
    if (nameWords(m.entity.name).length === 1) {
      const folded = foldWord(m.entity.name);
      // A surname folded exactly, or, for a word of no known kind, misspelled by one letter ("Halvarsik
      // 67th" for Tomas Halvorsik): "Canada" is no spelling of Petr Gunda, nor the club "Molenbeek" of
      // Michael Mollenbeck.
      const misspelt = (k: string) => m.entity.type === 'other' && m.entity.subtype !== 'nationality' && Math.min(k.length, folded.length) >= SURNAME_MIN + 1 && withinOneEdit(k, folded);
      const persons = (bySurname.get(surnameKey(folded)) ?? []).filter((c) => c.keys.has(folded) || [...c.keys].some(misspelt));
      if (persons.length === 1 && m.entity.spellings.every((s) => /\p{Ll}/u.test(s))) {
        persons[0]!.members.push(m);
        continue;
      }
    }
    // A name of no kind that another source gives a person, in full ("Even Brekke": "Even" is also a
    // word), is that person.
    const person = m.entity.type === 'other' && nameWords(m.entity.name).length > 1 ? personNamed(clusters, foldName(m.entity.name)) : undefined;
    if (person) {
      person.members.push(m);
      continue;
    }
    let c: Cluster | undefined;
    for (const k of keys) {
      c = byKey.get(k);
      if (c) break;
    }
    // A hyphen, a space or one letter apart (Trans-Karst / Transkarst, Brennmark / Brenmark Forestry
    // Agency) is a misspelling of one name, unless one article names both.
    // A one-word name only within its kind: the club Coritiba is not a spelling of the city Curitiba.
    const kin = (x: Cluster, k: string) => k.includes(' ') || x.type === m.entity.type;
    c ??= clusters.find((x) => x.type !== 'person' && !x.members.some((y) => y.article === m.article) && [...keys].some((k) => kin(x, k) && [...x.keys].some((xk) => sameOtherName(k, xk))));
    if (!c) {
      c = { type: m.entity.type, members: [], firsts: new Set(), keys: new Set() };
      clusters.push(c);
    }
    c.members.push(m);
    for (const k of keys) {
      c.keys.add(k);
      byKey.set(k, c);
    }
  }
}

/** The one person cluster with a member of this full folded name, or undefined (none, or several). */
function personNamed(clusters: Cluster[], folded: string): Cluster | undefined {
  const found = clusters.filter((c) => c.type === 'person' && c.members.some((x) => foldName(x.entity.name) === folded));
  return found.length === 1 ? found[0] : undefined;
}

/** The shortest name word whose misspelling by one letter is still taken for the name. */
const MISSPELLED_WORD_MIN = 5;
/** The shortest one-word name of an organisation or a place taken as misspelled by one letter. */
const MISSPELLED_ONE_WORD_MIN = 8;

/** `longer` is `shorter` with a plural or a derivational ending (Strait / Straits, Korea / Korean). */
function derived(longer: string, shorter: string): boolean {
  const ending = longer.slice(shorter.length);
  return longer.startsWith(shorter) && (ending === 's' || NAME_DERIVATION_ENDINGS.includes(ending));
}

/**
 * Two folded names of an organisation or a place that are one name written differently: the same
 * letters once hyphens and spaces are gone (Trans-Karst / Transkarst), or the same words but one,
 * misspelled by one letter (Brennmark / Brenmark Forestry Agency). A short and a full name ("the Salvation
 * Party" / "the National Salvation Party") differ in their words and are not merged here.
 */
export function sameOtherName(a: string, b: string): boolean {
  if (a === b) return true;
  const joined = (x: string) => x.replace(/[\s-]+/g, '');
  if (joined(a) === joined(b)) return joined(a).length >= MISSPELLED_WORD_MIN;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  const diff = wa.map((w, i) => [w, wb[i]!] as const).filter(([x, y]) => x !== y);
  if (diff.length !== 1) return false;
  const [x, y] = diff[0]!;
  // A plural (Strait / Straits) is grammar, not a spelling; so is a derived word (Korea / Korean).
  if (derived(x, y) || derived(y, x)) return false;
  // A name of one word needs more letters to be taken as misspelled (Hollinford / Hollingford).
  // A name of one word needs more letters, and its ends as written: a letter changed at the end makes
  // another word ("Indonesias" / "Indonesian").
  if (wa.length < 2) return Math.min(x.length, y.length) >= MISSPELLED_ONE_WORD_MIN && x.slice(0, 2) === y.slice(0, 2) && x.slice(-2) === y.slice(-2) && withinOneEdit(x, y);
  return Math.min(x.length, y.length) >= MISSPELLED_WORD_MIN && withinOneEdit(x, y);
}

function compatibleFirst(firsts: Set<string>, first: string): boolean {
  for (const f of firsts) {
    // An initial ("J.") matches a first name starting with it.
    if ((f.length === 1 && first.startsWith(f)) || (first.length === 1 && f.startsWith(first))) return true;
  }
  return false;
}

function toCrossEntity(c: Cluster): CrossEntity {
  // Type: the majority over members (a place in four sources, an organisation in one, is a place).
  const typeVotes = new Map<EntityType, number>();
  for (const m of c.members) typeVotes.set(m.entity.type, (typeVotes.get(m.entity.type) ?? 0) + 1);
  const type = c.type === 'person' && typeVotes.has('person') ? 'person' : [...typeVotes].sort((a, b) => b[1] - a[1])[0]![0];

  // Spellings: per surface text, the articles using it.
  const spellings = new Map<string, Set<string>>();
  for (const m of c.members) {
    for (const mention of m.entity.mentions) {
      const set = spellings.get(mention.text) ?? new Set<string>();
      set.add(m.article.id);
      spellings.set(mention.text, set);
    }
  }
  // The fullest names (most words), then the spelling most articles use, then the longest.
  const length = (e: Entity): number => (e.type === 'person' ? personParts(e).words : nameWords(e.name).length);
  const maxWords = Math.max(...c.members.map((m) => length(m.entity)));
  const nameVotes = new Map<string, Set<string>>();
  for (const m of c.members) {
    if (length(m.entity) !== maxWords) continue;
    const set = nameVotes.get(m.entity.name) ?? new Set<string>();
    set.add(m.article.id);
    nameVotes.set(m.entity.name, set);
  }
  const name = [...nameVotes]
    .sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
  const roles: CrossEntity['roles'] = [];
  for (const m of c.members) {
    for (const r of m.entity.roles) {
      if (!usableRole(r.head, r.text)) continue;
      roles.push({ text: r.text, normalized: r.normalized, location: { article: m.article.id, span: { start: r.start, end: r.end } } });
    }
  }
  return {
    id: `${type}:${foldName(name)}`,
    type,
    name,
    spellings: [...spellings]
      .map(([text, set]) => ({ text, articles: [...set].sort() }))
      .sort((a, b) => b.articles.length - a.articles.length || (a.text < b.text ? -1 : 1)),
    roles,
    members: c.members.map((m) => ({
      article: m.article.id,
      entityId: m.entity.id,
      mentions: m.entity.mentions.map((x) => ({ start: x.start, end: x.end })),
    })),
  };
}

/**
 * Roles the recogniser produced from clock times ("p.m.") and other non-words are not roles, nor is an
 * office the name is the object of ("the captain of the Ingrid Halvard": the ship is not its captain).
 */
function usableRole(head: string, text: string): boolean {
  return /^[\p{L}-]{3,}$/u.test(head) && !/\b[ap]\.m\./i.test(text) && !DANGLING_ROLE.test(text.trim());
}

/** For an article: its entity id → the cross entity it resolved to. */
export function entityIndex(entities: CrossEntity[]): Map<string, CrossEntity> {
  const map = new Map<string, CrossEntity>();
  for (const e of entities) for (const m of e.members) map.set(`${m.article}\u0000${m.entityId}`, e);
  return map;
}

export function crossOf(index: Map<string, CrossEntity>, article: string, entityId: string | null | undefined): CrossEntity | undefined {
  return entityId ? index.get(`${article}\u0000${entityId}`) : undefined;
}
