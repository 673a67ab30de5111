// Whose action a figure or a date is: the clause's subject read as a person or an organisation of the
// article (a pronoun as the person last named, "whose" as the name before it), or the owner its measured
// noun carries ("Halbrook's offer"). Part of the identity identity.ts builds; it knows no other article.

import { HUMAN_NOUNS, PRONOUN_SUBJECTS } from '../lexicon/events';
import { ROLE_NOUNS } from '../lexicon/titles';
import { singular } from '../numbers';
import { GENDERED_PRONOUNS } from '../lexicon/speech';
import type { Entity, FigureFrame, Span } from '../types';
import { describedPerson, personBefore, personGender, PRONOUN_REACH } from './dateActs';
import type { FactIdentity } from './factTypes';
import type { SourceArticle } from './types';

/** Subjects that name nothing ("it", "they", "which", "there"): no actor. */
export function isPronounLike(head: string): boolean {
  return PRONOUN_SUBJECTS.has(head);
}

/** The entity of the article whose mention overlaps a span. */
export function entityAt(entities: readonly Entity[], span: Span): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.start < span.end && span.start < m.end));
}

/**
 * "He pitched a complete game, allowing eight hits": the person last named before the pronoun, close by.
 * Used only to keep apart two figures whose actors are different people, never to pair figures.
 */
function pronounPerson(article: SourceArticle, actor: Span, pronoun: string): Entity | undefined {
  // "Mr Pellick … She will be sworn in": a person whose titles say otherwise is passed over.
  const gender = GENDERED_PRONOUNS.get(pronoun);
  const near = personBefore(article, actor.start, PRONOUN_REACH, 0, false, gender);
  if (near || !gender) return near;
  // Further back, only a person the article's titles give the pronoun's gender ("Ms Dastova", a paragraph up).
  const far = personBefore(article, actor.start, PRONOUN_REACH * FAR_PRONOUN_FACTOR, 0, false, gender);
  return far && personGender(article, far) === gender ? far : undefined;
}

/** How many times the usual reach a pronoun looks back for a person whose titles give its gender. */
const FAR_PRONOUN_FACTOR = 3;

export function readActor(article: SourceArticle, fr: FigureFrame | undefined, id: FactIdentity): void {
  if (!fr?.actor || fr.asSubject) return;
  if (GENDERED_PRONOUNS.has(fr.actor.head)) {
    const person = pronounPerson(article, fr.actor, fr.actor.head);
    if (person) id.actorEntity = person.id;
    return;
  }
  if (isPronounLike(fr.actor.head)) return;
  id.actor = fr.actor.head;
  id.actorText = fr.actor.text;
  if (whoseOwner(article, fr.actor, id)) return;
  // The name the subject's head belongs to: "Pellandian President Oskar Dalberg" is Dalberg, not "Pellandian".
  const found = entityAt(article.analysis.entities, { start: fr.actor.end - 1, end: fr.actor.end }) ?? entityAt(article.analysis.entities, fr.actor);
  // "The 23-year-old Ruvenian striker", "the Vardenholm coach": a name before a person's noun only describes the person.
  const e = found && nameDescribesPerson(article, fr.actor, found) ? (describedPersonOf(article, fr.actor) ?? found) : found;
  if (e) {
    id.actorEntity = e.id;
    // "Ferran Dalby's party": the name owns the actor, it is not the actor.
    if (!e.mentions.some((m) => m.start < fr.actor!.end && fr.actor!.end <= m.end)) id.actorType = `owner:${e.type}`;
    if (e.type === 'person' || e.type === 'organization') id.actorAgent = true;
  }
}

/** How far back (characters) the name "whose" refers to is looked for. */
const WHOSE_REACH = 60;

/**
 * "Ines Tarrow, whose party won 15.1%": the name just before "whose" owns the actor, as "Tarrow's party"
 * would say. Returns whether it found one.
 */
function whoseOwner(article: SourceArticle, actor: Span, id: FactIdentity): boolean {
  const before = article.text.slice(Math.max(0, actor.start - WHOSE_REACH), actor.start);
  const at = /\bwhose\s+$/i.exec(before);
  if (!at) return false;
  const end = actor.start - before.length + at.index;
  let best: Entity | undefined;
  let bestEnd = -1;
  for (const e of article.analysis.entities)
    for (const m of e.mentions)
      if (m.end <= end && m.end > bestEnd && end - m.end <= 3) {
        best = e;
        bestEnd = m.end;
      }
  if (!best) return false;
  id.actorEntity = best.id;
  id.actorType = `owner:${best.type}`;
  return true;
}

/**
 * "Halbrook's offer of 790p": the name whose possessive the measured noun carries is whose figure it is,
 * whoever the clause's subject ("the board backed Halbrook's offer"); two owners keep two bids apart.
 */
export function readOwner(article: SourceArticle, fr: FigureFrame | undefined, id: FactIdentity): void {
  const e = fr?.owner ? entityAt(article.analysis.entities, fr.owner) : undefined;
  if (!e) return;
  id.actorEntity = e.id;
  if (e.type === 'person' || e.type === 'organization') id.actorAgent = true;
}

/** The subject is a definite description of a person ("the Ruvenian striker"), and the name in it is not the person's, nor an owner's ("Vardenholm's coach"). */
function nameDescribesPerson(article: SourceArticle, actor: NonNullable<FigureFrame['actor']>, e: Entity): boolean {
  if (e.type === 'person' || !/^the\s/i.test(actor.text)) return false;
  const head = singular(actor.head.toLowerCase());
  if (!ROLE_NOUNS.has(head) && !HUMAN_NOUNS.has(head)) return false;
  const m = e.mentions.find((x) => x.start >= actor.start && x.end <= actor.end);
  return m !== undefined && m.end < actor.end && !/^['’]s?\b/.test(article.text.slice(m.end, m.end + 2));
}

/**
 * The person a description of that kind stands for: the one the article gave its role ("striker"), or,
 * for a description by age ("the 23-year-old Ruvenian striker"), the person named last before it, as a
 * speaker "the 37-year-old" is read.
 */
function describedPersonOf(article: SourceArticle, actor: NonNullable<FigureFrame['actor']>): Entity | undefined {
  const byRole = describedPerson(article, actor);
  if (byRole) return byRole;
  return /\b\d+-year-old\b/i.test(actor.text) ? personBefore(article, actor.start, PRONOUN_REACH) : undefined;
}
