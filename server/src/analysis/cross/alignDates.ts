// Date alignment: which dates of different articles date the same event, and whether they agree. The
// same event is the same action (the verb's class or lemma, or the noun the date is about: "Sunday's
// final", "the final on Saturday") by the same participants; sharing names is not enough. Statements
// ("said on Tuesday") are never one event across sources, and an event one source dates on two days
// (talks "on Sunday" and "on Monday") spans both: its dates never conflict.

import { ACT_CARRIERS, ARTICLES, BODY_OF_MEMBERS, GOVERNING_BODIES, HUMAN_NOUNS, OCCURRENCE_BEFORE, OFFICIALS_UNNAMED, PLACE_BEFORE_DATE, STORY_ACT_WORDS, SUPPORT_VERBS } from '../lexicon/events';
import { DEAL_ACT_NOUNS } from '../lexicon/deals';
import { singular } from '../numbers';
import { STOP_WORDS } from '../lexicon/stopwords';
import { ROLE_NOUNS } from '../lexicon/titles';
import { ACTION_NOUN_ENDING, MULTI_DAY_EVENTS, ONCE_ACTS, RECURRING_THINGS } from '../lexicon/timeCues';
import { weekdayOfIso } from '../util/calendar';
import { clusterItems, clusterStatus, dedupeIds, factValue, type Edge } from './cluster';
import { actOfNoun } from './dateActs';
import { dateDisplay } from './factDisplay';
import { dateLabel } from './factLabels';
import type { DateFact, DateItem } from './factTypes';
import { overlap, stem } from './text';
import { pastYearAfterStory } from './timeFrame';

export const DATE_AGREE_THRESHOLD = 0.45;
export const DATE_CONFLICT_THRESHOLD = 0.5;

/** What date alignment knows beyond the dates: the cross entity of an article's entity, the story's year. */
export interface DateContext {
  crossId(article: string, entityId: string): string | undefined;
  year?: number;
  /** The acts the story's reports name in their openings (`storyActs.ts`), and the one most of them name. */
  central?: ReadonlySet<string>;
  mainAct?: string;
}

function differ(x: string | undefined, y: string | undefined): boolean {
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * Two subjects name one thing: the same noun, or a compound and its head ("the wildfire" / "the fire",
 * "the shipyard" / "the yard"), whose first part is a word of its own.
 */
function sameActor(x: string | undefined, y: string | undefined): boolean {
  if (x === undefined || y === undefined) return false;
  if (x === y || oneDeal(x, y)) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.length - short.length >= 4 && long.endsWith(short);
}

/** "The deal", "the takeover", "the transaction": a story's deal, whichever word names it. */
function oneDeal(x: string | undefined, y: string | undefined): boolean {
  return x !== undefined && y !== undefined && DEAL_ACT_NOUNS.has(x) && DEAL_ACT_NOUNS.has(y);
}

/** One names the members of the body the other names ("MPs" / "parliament"): their act together is the body's. */
function membersOfBody(x: string | undefined, y: string | undefined): boolean {
  return x !== undefined && y !== undefined && (BODY_OF_MEMBERS.get(x) === y || BODY_OF_MEMBERS.get(y) === x);
}

/**
 * One names the body that governs a place by the place's word, the other the place ("the provincial
 * government" / "the province", "the city council" / "the city"), or only "officials": the place acts
 * through its government. "The national government" is not the province.
 */
function governmentOfPlace(a: DateItem, b: DateItem): boolean {
  const fits = (body: DateItem, place: DateItem): boolean => {
    const head = body.fact.actor;
    const other = place.fact.actor;
    if (!head || !other || !GOVERNING_BODIES.has(head)) return false;
    // "Officials declared", "bosses declared": the people in charge, whatever body the other names.
    if (OFFICIALS_UNNAMED.has(other)) return true;
    if (GOVERNING_BODIES.has(other)) return false;
    const modifiers = (body.fact.actorText ?? '').toLowerCase().split(/\s+/).filter((w) => w !== head);
    return modifiers.some((w) => commonPrefix(w, other) >= Math.max(4, other.length - 1));
  };
  return fits(a, b) || fits(b, a);
}

/** The lower-case words before a governing body's noun ("provincial", "national"; not "the"). */
function bodyModifiers(d: DateItem): string[] {
  const head = d.fact.actor ?? '';
  const words = (d.fact.actorText ?? '').split(/\s+/);
  return words.filter((w) => /^\p{Ll}+$/u.test(w) && w !== head && !ARTICLES.has(w) && !singularOf(w, head));
}

function singularOf(w: string, head: string): boolean {
  return singular(w) === head;
}

/** Two governments of different places ("the provincial government", "the national government"): two bodies. */
function otherBodies(a: DateItem, b: DateItem): boolean {
  if (!a.fact.actor || a.fact.actor !== b.fact.actor || !GOVERNING_BODIES.has(a.fact.actor)) return false;
  const x = bodyModifiers(a);
  const y = bodyModifiers(b);
  return x.length > 0 && y.length > 0 && !x.some((w) => y.includes(w));
}

function commonPrefix(x: string, y: string): number {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

function participants(d: DateItem): Set<string> {
  return new Set(d.participants);
}

/**
 * The act a date dates and the noun it is about beside it. A noun that names an act dates that act when
 * a verb only carries it ("handed in his resignation on Monday") or when the date stands with the noun
 * before the clause's verb ("his resignation on Tuesday surprised analysts"): then the noun's class is
 * the event, as if its verb were written ("resigned on Monday").
 */
function act(d: DateItem, ctx?: DateContext): { event?: string; about?: string } {
  const { about } = d.fact;
  // "Wednesday's decision", "the move": a word that names whatever the story is about dates its main act.
  const event = d.fact.event !== undefined && ctx?.mainAct !== undefined && STORY_ACT_WORDS.has(d.fact.event) ? ctx.mainAct : d.fact.event;
  const v = d.figure.frame?.verb;
  if (!about || !v) return { event, about };
  const dateAt = d.sentence.indexOf(d.figure.text);
  const verbAt = d.sentence.indexOf(v.text);
  const onNoun = SUPPORT_VERBS.has(v.lemma) || (dateAt >= 0 && verbAt > dateAt) || carriedNoun(d, about, verbAt, dateAt);
  return onNoun ? { event: about } : { event, about };
}

/**
 * "Called a national strike for 5 May", "has threatened a strike on May 12": a verb that only carries the
 * act its object names, with the date after that object, dates the act (the strike), not the calling.
 */
function carriedNoun(d: DateItem, about: string, verbAt: number, dateAt: number): boolean {
  const v = d.figure.frame?.verb;
  if (!v || !ACT_CARRIERS.has(v.lemma) || verbAt < 0 || dateAt <= verbAt) return false;
  const between = d.sentence.slice(verbAt + v.text.length, dateAt).toLowerCase().split(/[^\p{L}-]+/u);
  return between.some((w) => w === about || stem(w) === stem(about));
}

interface Thing {
  head: string;
  words: string[];
  modifiers: string[];
}

/** Each item's thing, read once: the pairwise comparisons of a story ask for it again and again. */
const things = new WeakMap<DateItem, Thing | null>();

/** The thing a date's act happens to, when it is no person and no body of people: the subject's head and its words. */
function thingOf(d: DateItem): Thing | undefined {
  let t = things.get(d);
  if (t === undefined) things.set(d, (t = readThing(d) ?? null));
  return t ?? undefined;
}

function readThing(d: DateItem): Thing | undefined {
  const x = d.fact;
  const head = x.actor;
  if (!head || x.actorAgent || HUMAN_NOUNS.has(head) || ROLE_NOUNS.has(head) || GOVERNING_BODIES.has(head) || OFFICIALS_UNNAMED.has(head) || BODY_OF_MEMBERS.has(head) || RECURRING_THINGS.has(head)) return undefined;
  const text = x.actorText ?? head;
  const written = text.split(/\s+/).filter((w) => w.length > 0);
  // A name's class word written before it ("Storm Ylva", "Mount Arvel"), which the other may name it by.
  const at = d.sentence.indexOf(text);
  const before = at > 0 && /^\p{Lu}/u.test(text) ? /(\p{Lu}\p{Ll}+)\s+$/u.exec(d.sentence.slice(0, at))?.[1] : undefined;
  const words = [...written, ...(before ? [before] : [])].map((w) => stem(w.toLowerCase()));
  // The words as written in lower case before the head ("domestic flights", "the vaccination campaign"), not a name's.
  // The first word of a sentence is capitalised whatever it is ("Freight trains resumed").
  const cased = at === 0 ? [written[0]!.toLowerCase(), ...written.slice(1)] : written;
  const modifiers = cased.filter((w) => /^\p{Ll}+$/u.test(w) && !ARTICLES.has(w) && !STOP_WORDS.has(w)).map((w) => stem(w)).filter((w) => w !== stem(head));
  return { head: stem(head), words, modifiers };
}

/**
 * Both subjects name one thing that is no person: the same noun or its compound ("the vaccination
 * campaign" / "the campaign", "Storm Ylva" / "the storm"), unless each narrows it with other words
 * ("domestic flights" / "international flights": two things of one kind).
 */
function sameThing(a: DateItem, b: DateItem): boolean {
  return thingsFit(a, b) === 'same';
}

/**
 * Two sets of things of one kind, each narrowed by its own words ("freight trains" / "passenger trains");
 * one thing is often named with other words ("the policy meeting" / "the rate meeting").
 */
function otherKinds(a: DateItem, b: DateItem): boolean {
  return pluralThing(a) && pluralThing(b) && thingsFit(a, b) === 'kinds';
}

function thingsFit(a: DateItem, b: DateItem): 'same' | 'kinds' | undefined {
  const x = thingOf(a);
  const y = thingOf(b);
  if (!x || !y) return undefined;
  if (!(sameActor(x.head, y.head) || x.words.includes(y.head) || y.words.includes(x.head))) return undefined;
  const mx = x.modifiers.filter((w) => w !== y.head);
  const my = y.modifiers.filter((w) => w !== x.head);
  return mx.length === 0 || my.length === 0 || mx.some((w) => my.includes(w)) ? 'same' : 'kinds';
}

/** The ordinal a subject carries ("the first case", "the second flight"), which makes it one thing. */
function ordinalOf(d: DateItem): string | undefined {
  const words = (d.fact.actorText ?? '').toLowerCase().split(/\s+/);
  const o = words.map((w) => OCCURRENCE_BEFORE.get(w)).find((w) => w !== undefined);
  return o === 'later' || o === 'previous' ? undefined : o;
}

/** "The first shipment" and "the second shipment": two things, whatever is done to them. */
function otherOrdinals(a: DateItem, b: DateItem): boolean {
  return differ(ordinalOf(a), ordinalOf(b));
}

/**
 * The same act of the same thing that is no person, an act that happens to it once: schools reopen once,
 * the campaign begins once, the storm comes ashore once, the first case is confirmed once ("the first X"
 * is one thing, whatever is done to it). Days of such acts are one event's, so they may conflict.
 */
function onceActOfThing(a: DateItem, b: DateItem): boolean {
  const e = a.fact.event;
  if (e === undefined || e !== b.fact.event || !sameThing(a, b)) return false;
  const first = ordinalOf(a);
  return ONCE_ACTS.has(e) || (first !== undefined && first === ordinalOf(b));
}

/**
 * What both name as the act, a verb against a noun of its class ("resigned" / "the resignation"), or the
 * act of a participle one coordinates after its date ("convicted on Thursday …, and jailed" / "was jailed").
 */
function sameAct(a: DateItem, b: DateItem, ctx: DateContext): boolean {
  const x = act(a, ctx);
  const y = act(b, ctx);
  if (sameActs(x, y)) return true;
  return (a.fact.coEvent !== undefined && sameActs({ event: a.fact.coEvent }, y)) || (b.fact.coEvent !== undefined && sameActs(x, { event: b.fact.coEvent }));
}

function sameActs(x: { event?: string; about?: string }, y: { event?: string; about?: string }): boolean {
  if (differ(x.event, y.event) || differ(x.about, y.about)) return false;
  if ((x.event && y.event) || (x.about && y.about)) return true;
  const p = x.event ?? x.about;
  return p !== undefined && p === (y.event ?? y.about);
}

const coarse = (d: DateItem): boolean => d.precision === 'year' || d.precision === 'month';

/**
 * One clause in the passive, the other active: the passive's subject is what the active verb acts on
 * ("the ban was imposed in June", "the agency imposed its ban in July"), named in the active one's words.
 */
function otherVoice(a: DateItem, b: DateItem): boolean {
  const [p, q] = a.fact.passive ? [a, b] : [b, a];
  if (!p.fact.passive || q.fact.passive || !p.fact.actor) return false;
  // The active clause's object as its frame read it ("arrested two men": "man") or among its words.
  return q.context.has(p.fact.actor) || q.figure.frame?.about === p.fact.actor;
}

/**
 * A month or a year dates an event only with its action and whose action it is named in both
 * ("Voronov was appointed in June 2023"): "announced in March" may be any announcement.
 */
function coarseComparable(a: DateItem, b: DateItem, ctx: DateContext): boolean {
  if (!coarse(a) && !coarse(b)) return true;
  const x = a.fact;
  const y = b.fact;
  const e = act(a, ctx).event;
  if (!e || e !== act(b, ctx).event) return false;
  // One person named in one and meant by a pronoun in the other ("he was appointed in July 2023").
  const ea = x.actorEntity ? ctx.crossId(a.article, x.actorEntity) : undefined;
  if (ea !== undefined && ea === (y.actorEntity ? ctx.crossId(b.article, y.actorEntity) : undefined)) return true;
  return !!x.actor && !!y.actor && (sameActor(x.actor, y.actor) || otherVoice(a, b));
}

/**
 * Dates of days inside a longer event: "the first day of the match" and "the second day of the match"
 * (or the match as a whole) are different days, a day of a tournament or of talks is one day of it, and
 * a session or a round is one of several ("Monday's session" and "Tuesday's session" of one summit).
 */
function dayOfLonger(a: DateItem, b: DateItem): boolean {
  if (a.dayOfEvent !== b.dayOfEvent) return true;
  return [a, b].some((d) => (d.fact.about !== undefined && MULTI_DAY_EVENTS.has(d.fact.about)) || partOfSeveral(d));
}

/**
 * The noun as written, when nothing else names the act: "Monday's session ran for three hours" is read as
 * the class of meetings, but a session is one of several. "Walked out of the talks on Monday" dates the
 * walk-out, an act of its own, not a day of the talks.
 */
function partOfSeveral(d: DateItem): boolean {
  const noun = d.figure.frame?.about;
  return d.fact.event === undefined && noun !== undefined && MULTI_DAY_EVENTS.has(noun);
}

/**
 * Two times of one act: "his first court appearance" is not "will next appear in court", and an act
 * said to come again ("next", "again") or to have come before ("last imposed") is not the one told
 * without such a word. Two ordinals must be the same; an ordinal and no word may be one act.
 */
function otherOccurrence(a: DateItem, b: DateItem): boolean {
  const x = a.fact.occurrence;
  const y = b.fact.occurrence;
  if (x === y) return false;
  const relative = (o: string | undefined): boolean => o === 'later' || o === 'previous';
  return relative(x) || relative(y) || (x !== undefined && y !== undefined);
}

/**
 * Both date the story's own act (`storyActs.ts`: "derailed", "Thursday's derailment", "came off the
 * tracks"), on a day: it happens once in the story, so who each report makes its subject does not set the
 * two apart. Not another time of it ("last raised", "next meeting"), which `otherOccurrence` keeps apart.
 */
function storyAct(a: DateItem, b: DateItem, ctx: DateContext): boolean {
  if (coarse(a) || coarse(b) || a.fact.occurrence !== undefined || b.fact.occurrence !== undefined || !ctx.central) return false;
  // The act, or the one a participle coordinated after the date shares it with ("convicted on Thursday …, and jailed").
  const acts = (d: DateItem): Array<string | undefined> => [act(d, ctx).event, d.fact.coEvent];
  const theirs = acts(b);
  return acts(a).some((e) => e !== undefined && ctx.central!.has(e) && theirs.includes(e));
}

/**
 * Both date the next time of one act ("will next meet", "its next policy meeting", "meet again"), or
 * both its last time ("last raised rates", "last increased"): there is one next meeting and one last rise.
 */
function sameRelativeOccurrence(a: DateItem, b: DateItem, ctx: DateContext): boolean {
  const o = a.fact.occurrence;
  if ((o !== 'later' && o !== 'previous') || o !== b.fact.occurrence) return false;
  const e = act(a, ctx).event ?? act(a, ctx).about;
  return e !== undefined && e === (act(b, ctx).event ?? act(b, ctx).about);
}

/**
 * Two subjects that are no named entity fit one act: the same noun or its head ("the wildfire" / "the
 * fire"), a body and its members, the two voices; and "its next meeting is on 18 March" against "the
 * committee will next meet", where the subject that is the act itself names no one.
 */
function actorsFit(a: DateItem, b: DateItem, ctx: DateContext): boolean {
  const x = a.fact;
  const y = b.fact;
  if (otherBodies(a, b)) return false;
  if (!differ(x.actor, y.actor) || sameActor(x.actor, y.actor) || membersOfBody(x.actor, y.actor) || otherVoice(a, b) || governmentOfPlace(a, b) || sameThing(a, b)) return true;
  return sameRelativeOccurrence(a, b, ctx) && (!!x.eventActor || !!y.eventActor);
}

/**
 * Both name what the act happened to with different nouns, and names that differ: "the Skarn dam burst" and
 * "the collapse of the Orva bridge" are two collapses, where "the span over the Tarn gave way" and "a
 * bridge over the Tarn collapsed" are one.
 */
function otherThings(a: DateItem, b: DateItem): boolean {
  const x = a.fact;
  const y = b.fact;
  if (x.actorAgent || y.actorAgent) return false;
  const pa = participants(a);
  const pb = participants(b);
  const apart = pa.size > 0 && pb.size > 0 && overlap(pa, pb).shared === 0;
  // "Schools in Varn" and "schools in Osterby": things of one kind in two places are two sets of things.
  if (!differ(x.actor, y.actor) || sameActor(x.actor, y.actor)) return apart && pluralThing(a) && pluralThing(b);
  return apart;
}

/** The subject is things in the plural that are no people ("schools", "ferries"), a set narrowed by its place. */
function pluralThing(d: DateItem): boolean {
  const last = (d.fact.actorText ?? '').split(/\s+/).pop()?.toLowerCase() ?? '';
  return thingOf(d) !== undefined && last.length > 3 && last.endsWith('s') && stem(last) !== last;
}

/** The same event by the same participants, judged without looking at the dates' values. */
function sameEvent(a: DateItem, b: DateItem, ctx: DateContext): boolean {
  if (a.speech || b.speech || otherOccurrence(a, b) || otherKinds(a, b) || otherOrdinals(a, b)) return false;
  const x = a.fact;
  const y = b.fact;
  if (!coarseComparable(a, b, ctx) || dayOfLonger(a, b)) return false;
  if (!sameAct(a, b, ctx)) return false;
  const ea = x.actorEntity ? ctx.crossId(a.article, x.actorEntity) : undefined;
  const eb = y.actorEntity ? ctx.crossId(b.article, y.actorEntity) : undefined;
  // The story's act: only two different named agents ("Dunmore won", "Carrow won") are two acts of it.
  // The other people its clauses name (who swore the ministers in, whose ministers they are) may differ.
  if (storyAct(a, b, ctx)) return !(differ(ea, eb) && !!x.actorAgent && !!y.actorAgent) && !otherThings(a, b);
  if (differ(ea, eb) && !otherVoice(a, b)) return false;
  if (!ea && !eb && !actorsFit(a, b, ctx)) return false;
  const pa = participants(a);
  const pb = participants(b);
  if (pa.size === 0 || pb.size === 0) return true;
  // Each names a person the other does not: Rell meeting Varn is not Rell meeting Kovic.
  const onlyA = [...pa].some((p) => p.startsWith('person:') && !pb.has(p));
  const onlyB = [...pb].some((p) => p.startsWith('person:') && !pa.has(p));
  // One person's act ("his resignation … followed rows with the Commission", "Ionescu resigned"): the
  // other names in its clause need not be the other source's.
  const samePerson = ea !== undefined && ea === eb;
  // The act is itself the subject both name ("production ends", "production will stop"): the other names
  // of its clause (a street, the executive who told analysts) need not be the other source's.
  const sameEventActor = !!x.eventActor && !!y.eventActor && sameActor(x.actor, y.actor);
  return (samePerson || sameEventActor || overlap(pa, pb).shared > 0) && !(onlyA && onlyB);
}

/** The two dates' action is anchored to the same participants or to a named event. */
function anchored(a: DateItem, b: DateItem, ctx: DateContext): boolean {
  if (overlap(participants(a), participants(b)).shared > 0) return true;
  // One act happens once in the story, and there is one next (or last) time of an act.
  if (storyAct(a, b, ctx) || sameRelativeOccurrence(a, b, ctx) || onceActOfThing(a, b)) return true;
  const ea = a.fact.actorEntity ? ctx.crossId(a.article, a.fact.actorEntity) : undefined;
  const eb = b.fact.actorEntity ? ctx.crossId(b.article, b.fact.actorEntity) : undefined;
  if (ea !== undefined && ea === eb) return true;
  if (a.fact.about !== undefined && a.fact.about === b.fact.about) return true;
  // "Protesters gathered outside the ministry" on two days in two sources: one act at one place.
  if (!!a.fact.actor && a.fact.actor === b.fact.actor && placeOf(a) !== undefined && placeOf(a) === placeOf(b)) return true;
  // The story's deal ("the deal is expected to close", "the takeover will close"): one deal.
  if (oneDeal(a.fact.actor, b.fact.actor) && !!a.fact.event && a.fact.event === b.fact.event) return true;
  // A body and its members act as one ("parliament votes", "MPs will vote"): the body is one.
  if (membersOfBody(a.fact.actor, b.fact.actor)) return true;
  // The action both name is itself the subject of a passive ("the evacuation was ordered"; in the
  // active, "the government announced" is an agent, not an action), or what one names in the passive the other acts on.
  const actionNoun = !!a.fact.actor && (ACTION_NOUN_ENDING.test(a.fact.actor) || actOfNoun(a.fact.actor) !== undefined) && !!a.fact.passive && !!b.fact.passive;
  if (sameActor(a.fact.actor, b.fact.actor) && (actionNoun || (!!a.fact.eventActor && !!b.fact.eventActor))) return true;
  return !!a.fact.event && a.fact.event === b.fact.event && otherVoice(a, b);
}

/** Where the act a date dates happened, from a place phrase right before the date ("outside the ministry on …"). */
function placeOf(d: DateItem): string | undefined {
  const at = d.sentence.indexOf(d.figure.text);
  const m = at < 0 ? null : PLACE_BEFORE_DATE.exec(d.sentence.slice(Math.max(0, at - 80), at));
  return m ? `${m[1]!.toLowerCase()} ${singular(m[2]!.toLowerCase())}` : undefined;
}

/** How surely two dates of different articles date the same event, or -1 when they cannot. */
export function dateAffinity(a: DateItem, b: DateItem, ctx: DateContext): number {
  if (a.article === b.article || !sameEvent(a, b, ctx)) return -1;
  let score = 0.3;
  const x = act(a, ctx);
  const y = act(b, ctx);
  if (x.event && y.event) score += 0.2;
  if (x.about && y.about) score += 0.2;
  if (!(x.event && y.event) && !(x.about && y.about)) score += 0.2;
  if (a.fact.actor && b.fact.actor) score += 0.15;
  score += 0.3 * overlap(a.context, b.context).coef;
  return score;
}

/** The weekday a date falls on: from its full date, from its day and month in the story's year, or as written. */
function weekdayOf(d: DateItem, year: number | undefined): string | undefined {
  // A full written date outweighs the weekday next to it (a wrong weekday is a weekday-mismatch).
  if (d.iso && d.monthDayWritten && d.explicitYear) {
    // "9 March 2026" in a story of 2027 against "on Tuesday": the written year is out-of-place-date's to
    // judge; the day and month are compared as the story's own day.
    const offYear = year !== undefined && Number(d.iso.slice(0, 4)) !== year && !d.weekday && d.monthDay !== undefined;
    return offYear ? weekdayOfIso(`${year}-${d.monthDay}`) : weekdayOfIso(d.iso);
  }
  if (d.weekday) return d.weekday;
  if (d.iso) return weekdayOfIso(d.iso);
  return d.monthDay && year !== undefined ? weekdayOfIso(`${year}-${d.monthDay}`) : undefined;
}

/** The year a date's value carries ("2023-06", "2026-03-07"), when the date is read with one. */
function yearOfValue(d: DateItem): string | undefined {
  const v = d.figure.value;
  return typeof v === 'string' && /^\d{4}/.test(v) ? v.slice(0, 4) : undefined;
}

/** The month a date's value carries ("2023-06", "--06", "2026-03-07"), when it has one. */
function monthOfValue(d: DateItem): string | undefined {
  const v = d.figure.value;
  return typeof v === 'string' ? /^(?:\d{4}|-)-(\d{2})/.exec(v)?.[1] : undefined;
}

/** A month ("in June", "June 2023") against another month or a day: the months, and the years both write, must be the same. */
function monthsAgree(a: DateItem, b: DateItem): boolean {
  if (a.explicitYear && b.explicitYear && differ(yearOfValue(a), yearOfValue(b))) return false;
  if (a.precision === 'year' || b.precision === 'year') return true;
  return !differ(monthOfValue(a), monthOfValue(b));
}

/** Two dates agree when every part both sources give (weekday, day and month, year) is the same. */
export function datesAgree(a: DateItem, b: DateItem, year?: number): boolean {
  if (coarse(a) || coarse(b)) return monthsAgree(a, b);
  // "on 29 March" in both, with no year and no weekday written: the sources say the same day, whatever
  // year each article's own dates would put it in.
  if (bareDayMonth(a) && bareDayMonth(b)) return a.monthDay === b.monthDay;
  // "on February 16" against "on 16 February 2025": the same written day; a year only one source writes
  // is for out-of-place-date to judge, not a weekday the other's year would give.
  if ((bareDayMonth(a) && yearWritten(b)) || (bareDayMonth(b) && yearWritten(a))) return a.monthDay === b.monthDay;
  if (differ(weekdayOf(a, year), weekdayOf(b, year))) return false;
  if (a.monthDay && b.monthDay && a.monthDayWritten && b.monthDayWritten && a.monthDay !== b.monthDay) return false;
  if (a.iso && b.iso && a.explicitYear && b.explicitYear && a.iso.slice(0, 4) !== b.iso.slice(0, 4)) return false;
  return true;
}

/** A day and month written with their year, and no weekday. */
function yearWritten(d: DateItem): boolean {
  return d.monthDayWritten === true && d.monthDay !== undefined && d.explicitYear && !d.weekday;
}

/** A day and month as written, with neither a year nor a weekday. */
function bareDayMonth(d: DateItem): boolean {
  return d.monthDayWritten === true && d.monthDay !== undefined && !d.explicitYear && !d.weekday;
}

/** Both name the same actor or the same noun. */
function sameNamed(a: DateItem, b: DateItem): boolean {
  return (a.fact.actor !== undefined && a.fact.actor === b.fact.actor) || (a.fact.about !== undefined && a.fact.about === b.fact.about);
}

/** Items whose event their own article dates on two different days: the event spans days. */
function multiDay(items: DateItem[], ctx: DateContext): Set<DateItem> {
  const out = new Set<DateItem>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.article !== b.article || datesAgree(a, b, ctx.year)) continue;
      // Only the same named action, or the same noun, dated twice by one source shows it spans days.
      if (sameNamed(a, b) && sameEvent(a, b, ctx)) {
        out.add(a);
        out.add(b);
      }
    }
  }
  return out;
}

export function alignDates(all: DateItem[], ctx: DateContext): DateFact[] {
  // A dateline says when an article was written, not when an event happened: it is no fact to compare.
  // A year told as past after the story's own ("mayor since 2029" in 2027) is out-of-place-date's to report.
  const items = all.filter((x) => !x.figure.dateline && !pastYearAfterStory(x, ctx.year));
  const spanning = multiDay(items, ctx);
  const edges: Edge[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      // Two dates of one article never join (clusterItems refuses the merge): not worth scoring.
      if (items[i]!.article === items[j]!.article) continue;
      const s = dateAffinity(items[i]!, items[j]!, ctx);
      if (s < DATE_AGREE_THRESHOLD) continue;
      edges.push({ i, j, score: s, agree: datesAgree(items[i]!, items[j]!, ctx.year) });
    }
  }
  // Two dates of one action conflict only when the action is anchored: a participant both name, one
  // named actor, or an event both name ("the strike began", "the final"). "Shares surged" on two days
  // are two days of trading.
  const clusters = clusterItems(
    items.length,
    items.map((x) => x.article),
    edges,
    (e) => e.agree || (e.score >= DATE_CONFLICT_THRESHOLD && anchored(items[e.i]!, items[e.j]!, ctx)),
    (i, j) => items[i]!.article === items[j]!.article || sameEvent(items[i]!, items[j]!, ctx),
  );
  const out: DateFact[] = [];
  for (const members of clusters) {
    const its = members.map((m) => items[m]!);
    const label = dateLabel(its);
    // An event some source dates on two days, or one any source dates on two days, spans them.
    const spans = its.some((x) => spanning.has(x)) || [...spanning].some((x) => its.some((y) => x.article !== y.article && sameEvent(x, y, ctx) && sameNamed(x, y)));
    out.push({
      id: `date:${label}`,
      kind: 'date',
      label,
      values: its.map((x) => factValue(x.article, x.figure, x.figure.text, dateDisplay(x))),
      status: spans ? (new Set(its.map((x) => x.article)).size < 2 ? 'single' : 'agree') : clusterStatus(its, (a, b) => datesAgree(a, b, ctx.year)),
      items: its,
    });
  }
  return dedupeIds(out);
}
