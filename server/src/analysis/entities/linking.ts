// In-article coreference: groups the mentions of one name into an entity ("Brel" -> "Tomas Brel",
// "NU" -> "Nordic Union") and gives each entity its fullest name.

import { NAME_CONNECTORS } from '../lexicon/names';
import { GIVEN_NAME_TITLES } from '../lexicon/titles';
import type { Entity, EntityType, Mention } from '../types';
import type { EntityResult, NameCandidate } from './types';

/** A capitalised word right after a name: the name may have been cut short. */
const FOLLOWED_BY_CAPITAL = /^[ \t]\p{Lu}/u;

/** The mentions of one entity while they are being gathered. */
interface Group {
  type: EntityType;
  subtype?: string;
  members: NameCandidate[];
  keys: Set<string>;
  /** For people: the lower-case words of the fullest name. */
  words: string[];
}

/** Groups mentions into entities and gives each its fullest name. Sorts `cands` by start. */
export function link(cands: NameCandidate[], text = ''): EntityResult {
  cands.sort((x, y) => x.start - y.start);
  const groups = groupMentions(cands, text);
  mergeAcronymGroups(groups);
  const live = groups.filter((g) => g.members.length > 0);
  for (const g of live) g.members.sort((x, y) => x.start - y.start);
  live.sort((x, y) => x.members[0]!.start - y.members[0]!.start);
  const entities: Entity[] = [];
  const mentions: EntityResult['mentions'] = [];
  live.forEach((g, idx) => entities.push(toEntity(g, `e${idx}`, mentions)));
  mentions.sort((x, y) => x.start - y.start);
  return { entities, mentions };
}

function groupMentions(cands: NameCandidate[], text: string): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // People with full names first, so a surname mentioned before the full name still links to it.
  const order = [...cands].sort((x, y) => {
    const fx = x.type === 'person' && x.key.includes(' ') ? 0 : 1;
    const fy = y.type === 'person' && y.key.includes(' ') ? 0 : 1;
    return fx - fy || x.start - y.start;
  });
  for (const c of order) {
    const existing = byKey.get(`${c.type}:${c.key}`);
    if (existing) {
      existing.members.push(c);
      continue;
    }
    // linkTarget may make a lone surname a person: the key below takes the new type.
    let target = linkTarget(groups, c, text);
    if (!target) {
      target = { type: c.type, members: [], keys: new Set(), words: c.key.split(' ') };
      if (c.subtype) target.subtype = c.subtype;
      groups.push(target);
    }
    target.members.push(c);
    target.keys.add(c.key);
    byKey.set(`${c.type}:${c.key}`, target);
  }
  return groups;
}

/** The existing group a new spelling belongs to: a shorter form of a person's name, or an acronym. */
function linkTarget(groups: Group[], c: NameCandidate, text: string): Group | undefined {
  const personGroups = () => groups.filter((g) => g.type === 'person');
  if (c.type === 'person') {
    const words = c.key.split(' ');
    // After a monarch's or ruler's title the one name is a given name ("King Khalef"): not the surname
    // of a full name the article also gives ("President Omar Khalef").
    if (words.length === 1 && givenNameTitle(c)) return undefined;
    // A shorter form of a full name already seen: "Brel" for "Tomas Brel", "Varga" for "Anna
    // Varga". With several candidates, the one mentioned most recently before wins.
    const matches = personGroups().filter((g) => g.words.length > words.length && endsWithWords(g.words, words));
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) return nearestBefore(matches, c.start) ?? matches[0];
    return firstNameOf(personGroups(), c, words, text);
  } else if (c.type !== 'place' && !c.key.includes(' ') && c.confidence < 3 && !/^[\p{Lu}.]+$/u.test(c.text)) {
    // A lone word whose type was only guessed and which is the surname of exactly one person of the
    // article: "appointed Kjellin on Saturday" after "Edda Kjellin" (or, with no such surname, the first name
    // of exactly one: "Helka, 41, said" after "Helka Varjonen").
    const matches = personGroups().filter((g) => g.words.length > 1 && endsWithWords(g.words, [c.key]));
    const target = matches.length === 1 ? matches[0] : matches.length === 0 ? firstNameOf(personGroups(), c, [c.key], text) : undefined;
    if (target) {
      c.type = 'person';
      return target;
    }
  }
  if (c.type === 'organization' && /^[A-Z]{2,6}$/.test(c.text.replace(/\./g, ''))) {
    const acronym = c.text.replace(/\./g, '');
    return groups.find((g) => g.type === 'organization' && g.members.some((m) => initials(m.text) === acronym));
  }
  return undefined;
}

/**
 * A first name alone, as tabloids and features write it ("Lotte, 34, said", "Tomasz's daughter"), is the
 * one person of the article whose full name begins with it. Never after a title ("Mr Kai" is a surname),
 * never when two people of the article share the first name, and never a first name a capitalised word
 * follows: that is another full name cut short ("Fred Couples 74" in a table with "Fred Funk").
 */
function firstNameOf(people: Group[], c: NameCandidate, words: string[], text: string): Group | undefined {
  if (words.length !== 1 || c.title || FOLLOWED_BY_CAPITAL.test(text.slice(c.end, c.end + 4))) return undefined;
  const matches = people.filter((g) => g.words.length > 1 && g.words[0] === words[0]);
  return matches.length === 1 ? matches[0] : undefined;
}

/** Whether a name is written after a title that takes a given name ("King", "Prince", "Sheikh"). */
function givenNameTitle(c: NameCandidate): boolean {
  const words = c.title?.text.toLowerCase().split(/\s+/) ?? [];
  return words.length > 0 && GIVEN_NAME_TITLES.has(words[words.length - 1]!);
}

/** A multi-word organisation's acronym may come first ("NU ... Nordic Union"): merge acronym-only groups. */
function mergeAcronymGroups(groups: Group[]): void {
  for (const g of groups) {
    if (g.type !== 'organization' || g.members.length === 0) continue;
    const acr = g.members[0]!.text.replace(/\./g, '');
    if (!/^[A-Z]{2,6}$/.test(acr)) continue;
    const full = groups.find((h) => h !== g && h.type === 'organization' && h.members.some((m) => initials(m.text) === acr));
    if (full) {
      full.members.push(...g.members);
      g.members = [];
    }
  }
}

/** The entity of a group, with id `id`; its mentions (with token ranges) are added to `mentions`. */
function toEntity(g: Group, id: string, mentions: EntityResult['mentions']): Entity {
  const counts = new Map<string, number>();
  for (const m of g.members) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const spellings = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([s]) => s);
  // The fullest name: most words, then most frequent, then first seen.
  const name = [...g.members].sort((x, y) => wordCount(y.text) - wordCount(x.text) || counts.get(y.text)! - counts.get(x.text)!)[0]!.text;
  const ms: Mention[] = g.members.map((m) => {
    const mention: EntityResult['mentions'][number] = { start: m.start, end: m.end, text: m.text, entityId: id, first: m.first, last: m.last, type: g.type };
    if (m.title) mention.title = m.title.text;
    mentions.push(mention);
    return { start: m.start, end: m.end, text: m.text, entityId: id, ...(m.title ? { title: m.title.text } : {}) };
  });
  // A trailing full stop stays only after one to three capitals ("U.S.", "J.").
  const entity: Entity = { id, type: g.type, name: name.replace(/\.$/, (d) => (/\b\p{Lu}{1,3}\.$/u.test(name) ? d : '')), spellings, mentions: ms, roles: [] };
  const sub = g.subtype ?? g.members.find((m) => m.subtype)?.subtype;
  if (sub) entity.subtype = sub;
  return entity;
}

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}

/** Whether the words `part` are the last words of `full`. */
function endsWithWords(full: string[], part: string[]): boolean {
  for (let i = 1; i <= part.length; i++) if (full[full.length - i] !== part[part.length - i]) return false;
  return true;
}

/** The group with the latest mention before `offset`. */
function nearestBefore<G extends { members: NameCandidate[] }>(groups: G[], offset: number): G | undefined {
  let best: G | undefined;
  let bestStart = -1;
  for (const g of groups) {
    for (const m of g.members) {
      if (m.start < offset && m.start > bestStart) {
        best = g;
        bestStart = m.start;
      }
    }
  }
  return best;
}

/** Initials of a multi-word name, skipping particles: "Nordic Union" -> "NU". */
function initials(text: string): string {
  const words = text.split(/[\s-]+/).filter((w) => w && !NAME_CONNECTORS.has(w.toLowerCase()) && w.toLowerCase() !== 'the');
  if (words.length < 2) return '';
  return words.map((w) => w[0]!.toUpperCase()).join('');
}
