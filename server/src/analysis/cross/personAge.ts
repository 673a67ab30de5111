// A person's age as a fact of that person: "Tomasz Reiner, 51,", "Reiner, aged 51,",
// "the 51-year-old Tomasz Reiner", "a 51-year-old engineer, Tomasz Reiner,", "Reiner, a 51-year-old
// engineer,". The figure is keyed on the person the article names, so two sources' ages of one person
// (resolved across the story) are one fact, and two people's ages never are. Part of the identity
// identity.ts builds; it knows no other article.

import type { Entity, Figure, Mention } from '../types';
import { entityAt } from './actors';
import type { FactIdentity } from './factTypes';
import type { SourceArticle } from './types';

/** The thing an age of a person measures: apart from any other count, "retirement age" included. */
export const PERSON_AGE = 'age of person';

/** Oldest age read as a person's. */
const MAX_AGE = 120;

/** How far (characters) a name may stand from a "N-year-old" description it is in apposition with. */
const APPOSITION_REACH = 40;

/** A whole number of years a person may be, written without a hedge. */
function plainAge(f: Figure): boolean {
  const v = f.value;
  return f.kind === 'count' && typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= MAX_AGE && !f.hedge;
}

/** The person mention of the article that ends exactly at `end`, or that starts exactly at `start`. */
function personMention(entities: readonly Entity[], at: { end?: number; start?: number }): { e: Entity; m: Mention } | undefined {
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) if (m.end === at.end || m.start === at.start) return { e, m };
  }
  return undefined;
}

/**
 * "Reiner, 51," "Reiner, aged 51": the bare number right after a name, closed by punctuation or the
 * sentence's end. A number in brackets after a name is left alone: in sports reports it is a seeding
 * ("Davenport (8)") or a tally ("Tries: Wilson (2)"), "(aged 51)" excepted.
 */
function appositiveAge(article: SourceArticle, f: Figure): Entity | undefined {
  const { text } = article;
  const before = /(?:,\s*(?:aged\s+)?|\s\(\s*aged\s+)$/i.exec(text.slice(Math.max(0, f.start - 12), f.start));
  if (!before) return undefined;
  // Closed like an apposition: a comma, a bracket, the sentence's end, or "and" before the next name.
  const closed = before[0].includes('(') ? /^\s*\)/.test(text.slice(f.end)) : /^(?:\s*[,;.:)]|\s*$|\s+and\s+\p{Lu})/u.test(text.slice(f.end, f.end + 8));
  if (!closed) return undefined;
  return personMention(article.analysis.entities, { end: f.start - before[0].length })?.e;
}

/**
 * "the 51-year-old Tomasz Reiner", "a 51-year-old engineer, Tomasz Reiner,", "Tomasz Reiner, a 51-year-old
 * engineer,": a "N-year-old" description and the name it stands beside.
 */
function describedAge(article: SourceArticle, f: Figure): Entity | undefined {
  if (f.unit !== 'years old') return undefined;
  const { text } = article;
  const entities = article.analysis.entities;
  // Right before the name: "51-year-old Tomasz Reiner".
  const next = /^\s+/.exec(text.slice(f.end, f.end + 3));
  const direct = next ? personMention(entities, { start: f.end + next[0].length }) : undefined;
  if (direct) return direct.e;
  // Its noun, then the name in apposition: "a 51-year-old engineer, Tomasz Reiner".
  const noun = /^(?:\s+\p{Ll}+){1,2},\s+/u.exec(text.slice(f.end, f.end + APPOSITION_REACH));
  const after = noun ? personMention(entities, { start: f.end + noun[0].length }) : undefined;
  if (after) return after.e;
  // The name, then the description: "Tomasz Reiner, a 51-year-old engineer" ("the", "an" alike).
  const lead = /,\s+(?:a|an|the)\s+$/i.exec(text.slice(Math.max(0, f.start - 8), f.start));
  return lead ? personMention(entities, { end: f.start - lead[0].length })?.e : undefined;
}

/** The person whose age the figure is, or undefined when it is no one's age. */
export function ageOf(article: SourceArticle, f: Figure): Entity | undefined {
  if (!plainAge(f)) return undefined;
  const person = appositiveAge(article, f) ?? describedAge(article, f);
  // The figure must not be inside a name (a mention covering it is no apposition).
  if (!person || entityAt(article.analysis.entities, f)) return undefined;
  return person;
}

/** The identity of a person's age: the age, whose it is; nothing else in its clause. */
export function ageIdentity(person: Entity): FactIdentity {
  const surname = person.name.split(/\s+/).pop()!.toLowerCase();
  return { thing: PERSON_AGE, thingText: `age of ${person.name}`, quantityNamed: true, actor: surname, actorText: person.name, actorEntity: person.id, actorAgent: true };
}
