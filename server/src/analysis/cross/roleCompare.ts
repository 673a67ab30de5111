// Whether two roles given to one person can both be true: "the chancellor" and "the chancellor's
// spokesperson" cannot, "envoy" and "son-in-law" can. Used by the role alignment and its check.

import { KINSHIP_ROLES } from '../lexicon/kinship';
import { COMPANY_REFERENCES, INSTITUTION_REFERENCES } from '../lexicon/speech';
import { STOP_WORDS } from '../lexicon/stopwords';
import { memoised } from '../util/memo';
import {
  EXCLUSIVE,
  CHIEF_OFFICER,
  EXCLUSIVE_GROUPS,
  FIELD_RANK_WORDS,
  HEAD_SYNONYMS,
  LEADING_HEADS,
  ONE_HOLDER_OFFICES,
  PAST_ROLE,
  PORTFOLIO_HEADS,
  PORTFOLIOS,
  PRINCIPAL,
  RANK_WORD,
  ROLE_OBJECT_SPLIT,
  ROLE_TIME_AND_RANK_WORDS,
  ROLE_TIME_TAIL,
  SERVED_OFFICES,
  SUBORDINATE,
  SUBORDINATE_RANK,
  TIMED_KINDS,
  TWO_WORD_HEADS,
} from '../lexicon/offices';

export interface RoleShape {
  head: string;
  possessor: Set<string>;
  modifiers: string;
  /** The portfolios its own words name, before the head or after it ("minister of finance"). */
  portfolios: Set<string>;
  /** Whose office it serves, for a spokesperson or an adviser ("government", "president"). */
  serves: Set<string>;
  /** Placed in the past ("former", "then", "until last month"). */
  past: boolean;
  /** The kind of its timing word ("acting", "outgoing", "incoming"), or '' for a plain role. */
  timed: string;
  /** The office without ranks, time words and articles ("head of state police" for "the former head of the State Police"). */
  office: string;
  /** Ranked below the office it names ("deputy head"). */
  subordinate: boolean;
  /** For an office that leads a field, the words naming the field ("infectious diseases", "medical"); else empty. */
  field: string[];
}

/**
 * A role's head office, whose it is ("the union's" spokesperson) and the words before the head. Memoised:
 * every re-check of a story compares its people's roles pairwise again (callers never change a shape).
 */
export const roleShape: (normalized: string) => Readonly<RoleShape> = memoised(shapeOf);

function shapeOf(normalized: string): RoleShape {
  const n = normalized.toLowerCase().replace(/’/g, "'");
  const main = n.split(ROLE_OBJECT_SPLIT)[0]!;
  const poss = main.lastIndexOf("'s ");
  const possessor = poss >= 0 ? new Set(main.slice(0, poss).split(/\s+/)) : new Set<string>();
  const own = poss >= 0 ? main.slice(poss + 3) : main;
  // A rank written onto its office with a hyphen ("vice-president", "ex-minister") is a rank word before it.
  const ws = own.split(/\s+/).filter(Boolean).flatMap((w) => {
    const rank = /^([a-z]+)-(\p{L}.*)$/u.exec(w);
    return rank && RANK_WORD.test(rank[1]!) ? [rank[1]!, rank[2]!] : [w];
  });
  const size = [3, 2].find((k) => ws.length >= k && TWO_WORD_HEADS.has(ws.slice(-k).join(' '))) ?? 1;
  let head = ws.slice(-size).join(' ') || own;
  head = HEAD_SYNONYMS.get(head) ?? head;
  const objectWords = n.slice(main.length).split(/[\s,]+/);
  const before = ws.slice(0, -size);
  const portfolios = new Set([...before, ...objectWords].flatMap((w) => PORTFOLIOS.get(w) ?? []));
  const served = [...before, ...possessor, ...objectWords].map((w) => w.replace(/'s?$/, ''));
  const serves = new Set(served.flatMap((w) => SERVED_OFFICES.get(w) ?? []));
  const timed = before.flatMap((w) => w.split('-')).map((w) => TIMED_KINDS.get(w)).find((k) => k !== undefined) ?? '';
  const tail = n.search(ROLE_TIME_TAIL);
  const office = (tail >= 0 ? n.slice(0, tail) : n).replace(ROLE_TIME_AND_RANK_WORDS, ' ').replace(/\s+/g, ' ').trim();
  const field = fieldOf(head, before, n.slice(main.length));
  return { head, possessor, modifiers: before.join(' '), portfolios, serves, past: PAST_ROLE.test(n), timed, office, subordinate: SUBORDINATE_RANK.test(main), field };
}

/**
 * The field an office leads: the words before a leading head ("police chief", "communications director"),
 * between "chief" and "officer" ("chief medical officer"), or of its "of" phrase up to the next preposition
 * ("head of infectious diseases at …"). Ranks, articles and nouns that only refer to an institution ("the
 * agency", "the company") name no field. Empty for any other office.
 */
function fieldOf(head: string, before: string[], object: string): string[] {
  const chiefOfficer = head === CHIEF_OFFICER.head && before.includes(CHIEF_OFFICER.rank);
  if (!LEADING_HEADS.has(head) && !chiefOfficer) return [];
  const of = /^\s+of\s(.*)$/.exec(object)?.[1]?.trim() ?? '';
  const ofWords = of.split(ROLE_OBJECT_SPLIT)[0]!.split(/[\s,]+/);
  return [...before, ...ofWords]
    .map((w) => w.replace(/'s?$/, ''))
    .filter((w) => w.length > 1 && /^\p{L}/u.test(w) && !STOP_WORDS.has(w) && !FIELD_RANK_WORDS.has(w) && !RANK_WORD.test(w))
    .filter((w) => !COMPANY_REFERENCES.has(w) && !INSTITUTION_REFERENCES.has(w));
}

/** Two words of a field that may name one thing: one begins the other, or they share five letters ("finance", "financial"). */
function fieldWordsMeet(a: string, b: string): boolean {
  const pa = PORTFOLIOS.get(a);
  if (pa !== undefined && pa === PORTFOLIOS.get(b)) return true;
  return a.startsWith(b) || b.startsWith(a) || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

/**
 * Two offices that each lead a named field, the fields sharing no word: "head of infectious diseases" is not
 * "the chief medical officer", a "communications director" not "head of security". One leading head and one
 * officer of a field the other names ("police chief", "head of the police") agree.
 */
function fieldConflict(x: RoleShape, y: RoleShape): string | null {
  if (x.field.length === 0 || y.field.length === 0 || x.subordinate || y.subordinate || x.head === y.head) return null;
  if (x.field.some((a) => y.field.some((b) => fieldWordsMeet(a, b)))) return null;
  return `the ${x.field.join(' ')} ${x.head} is not the ${y.field.join(' ')} ${y.head}`;
}

/**
 * The office a role names when one person holds it at a time (lexicon/offices.ts ONE_HOLDER_OFFICES),
 * as a key two sources' wordings of it share ("minister|finance" for "finance minister" and "minister
 * of finance"); null for a role of the past, a stand-in, a deputy, or an office many hold.
 */
export function oneHolderOffice(normalized: string): string | null {
  const s = roleShape(normalized);
  if (s.past || s.timed || s.subordinate || RANK_WORD.test(s.modifiers)) return null;
  if (PORTFOLIO_HEADS.has(s.head)) return s.portfolios.size > 0 ? `${s.head}|${[...s.portfolios].sort().join(' ')}` : null;
  return ONE_HOLDER_OFFICES.has(s.head) ? s.office : null;
}

/**
 * Why two roles cannot both be true of one person, or null when they can. The roles are compared in
 * their normalised form; the reason quotes them as `shownA` and `shownB` (as written, when given).
 */
export function rolesConflict(a: string, b: string, shownA = a, shownB = b): string | null {
  const x = roleShape(a);
  const y = roleShape(b);
  const settled = ownerOrTime(x, y, shownA, shownB);
  if (settled !== undefined) return settled;
  const portfolio = portfolioConflict(x, y);
  if (portfolio) return portfolio;
  const served = servedConflict(x, y);
  if (served) return served;
  if (x.head === y.head) {
    const rx = RANK_WORD.exec(x.modifiers)?.[1];
    const ry = RANK_WORD.exec(y.modifiers)?.[1];
    if (rx !== ry) return `one source says ${rx ?? 'the'} ${x.head}, another ${ry ?? 'the'} ${y.head}`;
    return null;
  }
  // "Chairman and chief executive" holds both offices: neither contradicts it.
  if (namesOffice(x, y.head) || namesOffice(y, x.head)) return null;
  if ((SUBORDINATE.has(x.head) && PRINCIPAL.has(y.head)) || (SUBORDINATE.has(y.head) && PRINCIPAL.has(x.head)))
    return `a ${x.head} is not a ${y.head}`;
  if (EXCLUSIVE.has(x.head) && EXCLUSIVE.has(y.head)) return `a ${x.head} is not a ${y.head}`;
  if (EXCLUSIVE_GROUPS.some((g) => g.has(x.head) && g.has(y.head))) return `one person is not both ${article(x.head)} and ${article(y.head)}`;
  return fieldConflict(x, y);
}

/**
 * What whose office it is and when it was held settle, or undefined when the offices must be compared:
 * kinship never conflicts; "the chancellor's spokesperson" is not the chancellor. A former holder may be
 * called by the office too: one source's "former minister" is another's "minister" of last week. An
 * acting or outgoing holder is compared only with a role of the same kind ("outgoing agriculture
 * minister" / "outgoing environment minister"): against a plain role it may be the office held before
 * or beside it.
 */
function ownerOrTime(x: RoleShape, y: RoleShape, shownA: string, shownB: string): string | null | undefined {
  if (KINSHIP_ROLES.has(x.head) || KINSHIP_ROLES.has(y.head)) return null;
  if (x.possessor.has(x.head) || y.possessor.has(y.head)) return null;
  if (x.possessor.has(y.head) && x.head !== y.head) return `“${shownA}” is someone who works for the ${y.head}`;
  if (y.possessor.has(x.head) && x.head !== y.head) return `“${shownB}” is someone who works for the ${x.head}`;
  const demoted = demotion(x, y, shownA, shownB) ?? demotion(y, x, shownB, shownA);
  if (demoted) return demoted;
  if (x.past || y.past || x.timed !== y.timed) return null;
  return undefined;
}

/** Whether a role's words before its head name another office too ("chairman and" before "chief executive"). */
function namesOffice(x: RoleShape, head: string): boolean {
  const before = ` ${x.modifiers} `;
  if (before.includes(` ${head} `)) return true;
  return x.modifiers.split(/\s+/).some((w) => HEAD_SYNONYMS.get(w) === head);
}

/** Two holders of one kind of office with different portfolios: a finance minister is not an economy minister. */
function portfolioConflict(x: RoleShape, y: RoleShape): string | null {
  if (x.head !== y.head || !PORTFOLIO_HEADS.has(x.head) || x.portfolios.size === 0 || y.portfolios.size === 0) return null;
  if ([...x.portfolios].some((p) => y.portfolios.has(p))) return null;
  return `${article([...x.portfolios].join(' and '))} ${x.head} is not ${article([...y.portfolios].join(' and '))} ${y.head}`;
}

/**
 * A former holder of an office called its deputy today ("former head of the State Police" / "deputy head
 * of the State Police"): people are promoted from deputy, rarely made deputy of what they ran, so the
 * two tell different stories. The other way round (a former deputy, now the head) is a promotion.
 */
function demotion(past: RoleShape, now: RoleShape, shownPast: string, shownNow: string): string | null {
  if (!past.past || past.subordinate || now.past || now.timed || !now.subordinate || past.office !== now.office || past.office === '') return null;
  return `“${shownPast}” ran the office “${shownNow}” is the deputy of`;
}

/** Two spokespeople or advisers of different offices: a government spokesman is not a presidential one. */
function servedConflict(x: RoleShape, y: RoleShape): string | null {
  if (x.head !== y.head || !SUBORDINATE.has(x.head) || x.serves.size === 0 || y.serves.size === 0) return null;
  if ([...x.serves].some((s) => y.serves.has(s))) return null;
  return `a ${x.head} for the ${[...x.serves].join(' and ')} is not a ${y.head} for the ${[...y.serves].join(' and ')}`;
}

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * The pairs of roles, from different articles, that cannot both be true. When a source gives the person
 * both offices ("chairman and chief executive"), one source's "chairman" and another's "chief executive"
 * are each half of it, not a contradiction.
 */
export function conflictingRoles(roles: ReadonlyArray<{ normalized: string; location: { article: string } }>): Array<[number, number]> {
  const shapes = roles.map((r) => roleShape(r.normalized));
  const heldTogether = (a: RoleShape, b: RoleShape): boolean => shapes.some((s) => (s.head === a.head && namesOffice(s, b.head)) || (s.head === b.head && namesOffice(s, a.head)));
  // Offices some source says the person held before ("the former interior minister", "until now interior
  // minister"): a source calling the person by one of them writes of the time before the change, so
  // it contradicts no office the person holds after it (a reshuffle: interior minister, now foreign minister).
  const pastOffices = new Set(shapes.filter((s) => s.past).map(officeKey));
  const inTime = (a: RoleShape, b: RoleShape): boolean => !a.past && !b.past && (pastOffices.has(officeKey(a)) || pastOffices.has(officeKey(b)));
  const conflicts: Array<[number, number]> = [];
  for (let i = 0; i < roles.length; i++)
    for (let j = i + 1; j < roles.length; j++)
      if (
        roles[i]!.location.article !== roles[j]!.location.article &&
        rolesConflict(roles[i]!.normalized, roles[j]!.normalized) &&
        !heldTogether(shapes[i]!, shapes[j]!) &&
        !inTime(shapes[i]!, shapes[j]!)
      )
        conflicts.push([i, j]);
  return conflicts;
}

/** An office as two wordings of it share it: its rank, head, portfolios and whom it serves ("minister|interior|"). */
function officeKey(s: RoleShape): string {
  return `${s.subordinate ? 'deputy ' : ''}${s.head}|${[...s.portfolios].sort().join(' ')}|${[...s.serves].sort().join(' ')}`;
}
