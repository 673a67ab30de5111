// Whether two roles given to one person can both be true: "the chancellor" and "the chancellor's
// spokesperson" cannot, "envoy" and "son-in-law" can. Used by the role alignment and its check.

import { KINSHIP_ROLES } from '../lexicon/kinship';
import { EXCLUSIVE, HEAD_SYNONYMS, PRINCIPAL, RANK_WORD, ROLE_OBJECT_SPLIT, SUBORDINATE, TWO_WORD_HEADS } from '../lexicon/offices';

export interface RoleShape {
  head: string;
  possessor: Set<string>;
  modifiers: string;
}

/** A role's head office, whose it is ("the union's" spokesperson) and the words before the head. */
export function roleShape(normalized: string): RoleShape {
  const n = normalized.toLowerCase().replace(/’/g, "'");
  const main = n.split(ROLE_OBJECT_SPLIT)[0]!;
  const poss = main.lastIndexOf("'s ");
  const possessor = poss >= 0 ? new Set(main.slice(0, poss).split(/\s+/)) : new Set<string>();
  const own = poss >= 0 ? main.slice(poss + 3) : main;
  const ws = own.split(/\s+/).filter(Boolean);
  const twoWords = ws.slice(-2).join(' ');
  let head = TWO_WORD_HEADS.has(twoWords) ? twoWords : ws[ws.length - 1] ?? own;
  head = HEAD_SYNONYMS.get(head) ?? head;
  return { head, possessor, modifiers: ws.slice(0, -1).join(' ') };
}

/** Why two roles cannot both be true of one person, or null when they can. */
export function rolesConflict(a: string, b: string): string | null {
  const x = roleShape(a);
  const y = roleShape(b);
  if (KINSHIP_ROLES.has(x.head) || KINSHIP_ROLES.has(y.head)) return null;
  if (x.possessor.has(x.head) || y.possessor.has(y.head)) return null;
  if (x.possessor.has(y.head) && x.head !== y.head) return `“${a}” is someone who works for the ${y.head}`;
  if (y.possessor.has(x.head) && x.head !== y.head) return `“${b}” is someone who works for the ${x.head}`;
  if (x.head === y.head) {
    const rx = RANK_WORD.exec(x.modifiers)?.[1];
    const ry = RANK_WORD.exec(y.modifiers)?.[1];
    if (rx !== ry) return `one source says ${rx ?? 'the'} ${x.head}, another ${ry ?? 'the'} ${y.head}`;
    return null;
  }
  if ((SUBORDINATE.has(x.head) && PRINCIPAL.has(y.head)) || (SUBORDINATE.has(y.head) && PRINCIPAL.has(x.head)))
    return `a ${x.head} is not a ${y.head}`;
  if (EXCLUSIVE.has(x.head) && EXCLUSIVE.has(y.head)) return `a ${x.head} is not a ${y.head}`;
  return null;
}

/** The pairs of roles, from different articles, that cannot both be true. */
export function conflictingRoles(roles: ReadonlyArray<{ normalized: string; location: { article: string } }>): Array<[number, number]> {
  const conflicts: Array<[number, number]> = [];
  for (let i = 0; i < roles.length; i++)
    for (let j = i + 1; j < roles.length; j++)
      if (roles[i]!.location.article !== roles[j]!.location.article && rolesConflict(roles[i]!.normalized, roles[j]!.normalized)) conflicts.push([i, j]);
  return conflicts;
}
