// Whether two roles given to one person can both be true: "the chancellor" and "the chancellor's
// spokesperson" cannot, "envoy" and "son-in-law" can. Used by the role alignment and its check.

import { KINSHIP_ROLES } from '../lexicon/kinship';
import {
  EXCLUSIVE,
  EXCLUSIVE_GROUPS,
  HEAD_SYNONYMS,
  PORTFOLIO_HEADS,
  PORTFOLIOS,
  PRINCIPAL,
  RANK_WORD,
  ROLE_OBJECT_SPLIT,
  SUBORDINATE,
  TIMED_RANK,
  TWO_WORD_HEADS,
} from '../lexicon/offices';

export interface RoleShape {
  head: string;
  possessor: Set<string>;
  modifiers: string;
  /** The portfolios its own words name, before the head or after it ("minister of finance"). */
  portfolios: Set<string>;
}

/** A role's head office, whose it is ("the union's" spokesperson) and the words before the head. */
export function roleShape(normalized: string): RoleShape {
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
  const portfolios = new Set([...ws.slice(0, -size), ...objectWords].flatMap((w) => PORTFOLIOS.get(w) ?? []));
  return { head, possessor, modifiers: ws.slice(0, -size).join(' '), portfolios };
}

/**
 * Why two roles cannot both be true of one person, or null when they can. The roles are compared in
 * their normalised form; the reason quotes them as `shownA` and `shownB` (as written, when given).
 */
export function rolesConflict(a: string, b: string, shownA = a, shownB = b): string | null {
  const x = roleShape(a);
  const y = roleShape(b);
  if (KINSHIP_ROLES.has(x.head) || KINSHIP_ROLES.has(y.head)) return null;
  if (x.possessor.has(x.head) || y.possessor.has(y.head)) return null;
  if (x.possessor.has(y.head) && x.head !== y.head) return `“${shownA}” is someone who works for the ${y.head}`;
  if (y.possessor.has(x.head) && x.head !== y.head) return `“${shownB}” is someone who works for the ${x.head}`;
  // A former or acting holder may be called by the office too: one source's "former minister" is
  // another's "minister" of last week.
  if (TIMED_RANK.test(x.modifiers) || TIMED_RANK.test(y.modifiers)) return null;
  const portfolio = portfolioConflict(x, y);
  if (portfolio) return portfolio;
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
  return null;
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
  const conflicts: Array<[number, number]> = [];
  for (let i = 0; i < roles.length; i++)
    for (let j = i + 1; j < roles.length; j++)
      if (roles[i]!.location.article !== roles[j]!.location.article && rolesConflict(roles[i]!.normalized, roles[j]!.normalized) && !heldTogether(shapes[i]!, shapes[j]!))
        conflicts.push([i, j]);
  return conflicts;
}
