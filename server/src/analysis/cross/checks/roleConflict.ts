// role-conflict: one person given incompatible roles by different sources ("the chancellor" vs "the
// chancellor's spokesperson", "union spokeswoman" vs "union president"). Roles that can all be true
// at once (envoy and son-in-law, chief and lead negotiator, adviser and advisor) are not conflicts.
// The role alignment marks such a role fact as differing; this check reports it where the odd role is.

import { RANK_WORD } from '../../lexicon/offices';
import { conflictingRoles, rolesConflict, roleShape } from '../roleCompare';
import type { Finding } from '../types';
import type { Check } from './check';
import { crossFindings, majorityOf, nameOf, namesOf, type Side } from './common';

export const roleConflict: Check = {
  id: 'role-conflict',
  scope: 'story',
  description: 'One person is given incompatible roles or titles by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    for (const fact of ctx.aligned.roles) {
      if (fact.status !== 'differ') continue;
      const roles = fact.person.roles;
      const sides: Side[] = roles.map((r) => {
        // The passages a finding points to are the majority's most common wording of the office ("manager").
        const rank = RANK_WORD.exec(roleShape(r.normalized).modifiers)?.[1] ?? '';
        return { article: r.location.article, span: r.location.span, text: r.text, value: r.normalized, key: `${rank} ${r.normalized.split(/\s+/).pop()}` };
      });
      const conflicts = conflictingRoles(roles);
      const majority = majorityOf(fact.positions);
      const why = (here: Side, other: Side): string => rolesConflict(here.value, other.value, here.text, other.text) ?? 'they cannot both be true';
      out.push(
        ...crossFindings(
          ctx,
          this.id,
          this.defaultSeverity,
          fact.id,
          sides,
          conflicts,
          (here, others, byMajority) =>
            byMajority
              ? `Sources give ${fact.person.name} incompatible roles: “${here.text}” here, but most sources (${namesOf(ctx, [...majority!])}) say “${others[0]!.text}” (${why(here, others[0]!)}).`
              : `Sources give ${fact.person.name} incompatible roles: “${here.text}” here, but ${others
                  .map((o) => `${nameOf(ctx, o.article)} says “${o.text}”`)
                  .join('; ')} (${why(here, others[0]!)}).`,
          (o) => `“${o.text}”`,
          majority,
        ),
      );
    }
    return out;
  },
};
