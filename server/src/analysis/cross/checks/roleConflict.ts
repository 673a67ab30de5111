// role-conflict: one person given incompatible roles by different sources ("the chancellor" vs "the
// chancellor's spokesperson", "union spokeswoman" vs "union president"). Roles that can all be true
// at once (envoy and son-in-law, chief and lead negotiator, adviser and advisor) are not conflicts.

import { crossFindings, type Side } from './common';
import type { Check } from './index';
import { KINSHIP_ROLES } from '../../lexicon/kinship';

const HEAD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['advisor', 'adviser'], ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'],
  ['ceo', 'chief executive'], ['prime', 'prime minister'],
]);
/** Roles that speak or work for someone else. */
const SUBORDINATE = new Set(['spokesperson', 'aide', 'adviser', 'assistant', 'deputy', 'secretary', 'staffer', 'intern']);
/** Offices a person holds in their own right. */
const PRINCIPAL = new Set([
  'president', 'chancellor', 'minister', 'prime minister', 'premier', 'mayor', 'governor', 'chair', 'chief executive', 'king',
  'queen', 'commissioner', 'senator', 'director', 'leader', 'head', 'chief', 'ambassador', 'general', 'judge', 'mediator',
]);
/** Offices that one person cannot hold together. */
const EXCLUSIVE = new Set(['president', 'chancellor', 'prime minister', 'premier', 'mayor', 'governor', 'king', 'queen']);
const RANK = /\b(deputy|vice|assistant|acting|former|ex|interim|associate|junior)\b/;

export interface RoleShape {
  head: string;
  possessor: Set<string>;
  modifiers: string;
}

export function roleShape(normalized: string): RoleShape {
  const n = normalized.toLowerCase().replace(/[’]/g, "'");
  const main = n.split(/\s+(?:of|for|at|with|to|in)\s+/)[0]!;
  const poss = main.lastIndexOf("'s ");
  const possessor = poss >= 0 ? new Set(main.slice(0, poss).split(/\s+/)) : new Set<string>();
  const own = poss >= 0 ? main.slice(poss + 3) : main;
  const ws = own.split(/\s+/).filter(Boolean);
  let head = ws[ws.length - 1] ?? own;
  if (head === 'minister' && ws[ws.length - 2] === 'prime') head = 'prime minister';
  if (head === 'executive' && ws[ws.length - 2] === 'chief') head = 'chief executive';
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
    const rx = RANK.exec(x.modifiers)?.[1];
    const ry = RANK.exec(y.modifiers)?.[1];
    if (rx !== ry) return `one source says ${rx ?? 'the'} ${x.head}, another ${ry ?? 'the'} ${y.head}`;
    return null;
  }
  if ((SUBORDINATE.has(x.head) && PRINCIPAL.has(y.head)) || (SUBORDINATE.has(y.head) && PRINCIPAL.has(x.head)))
    return `a ${x.head} is not a ${y.head}`;
  if (EXCLUSIVE.has(x.head) && EXCLUSIVE.has(y.head)) return `a ${x.head} is not a ${y.head}`;
  return null;
}

export const roleConflict: Check = {
  id: 'role-conflict',
  description: 'One person is given incompatible roles or titles by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out = [];
    for (const fact of ctx.aligned.roles) {
      const roles = fact.person.roles;
      if (new Set(roles.map((r) => r.location.article)).size < 2) continue;
      const sides: Side[] = roles.map((r) => ({ article: r.location.article, span: r.location.span, text: r.text, value: r.normalized }));
      const conflicts: Array<[number, number]> = [];
      for (let i = 0; i < roles.length; i++)
        for (let j = i + 1; j < roles.length; j++)
          if (roles[i]!.location.article !== roles[j]!.location.article && rolesConflict(roles[i]!.normalized, roles[j]!.normalized)) conflicts.push([i, j]);
      if (conflicts.length === 0) continue;
      fact.status = 'differ';
      out.push(
        ...crossFindings(ctx, this.id, this.defaultSeverity, fact.id, sides, conflicts, (here, others) =>
          `Sources give ${fact.person.name} incompatible roles: “${here.text}” here, but ${others
            .map((o) => `${ctx.articles.find((a) => a.id === o.article)?.name ?? o.article} says “${o.text}”`)
            .join('; ')} (${rolesConflict(here.value, others[0]!.value) ?? 'incompatible'}).`,
        ),
      );
    }
    return out;
  },
};
