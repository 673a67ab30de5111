// role-conflict: one person given incompatible roles by different sources ("the chancellor" vs "the
// chancellor's spokesperson", "union spokeswoman" vs "union president"). Roles that can all be true
// at once (envoy and son-in-law, chief and lead negotiator, adviser and advisor) are not conflicts.
// The role alignment marks such a role fact as differing; this check reports it.

import { conflictingRoles, rolesConflict } from '../roleCompare';
import type { Finding } from '../types';
import type { Check } from './check';
import { crossFindings, nameOf, type Side } from './common';

export const roleConflict: Check = {
  id: 'role-conflict',
  description: 'One person is given incompatible roles or titles by different sources.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    for (const fact of ctx.aligned.roles) {
      if (fact.status !== 'differ') continue;
      const roles = fact.person.roles;
      const sides: Side[] = roles.map((r) => ({ article: r.location.article, span: r.location.span, text: r.text, value: r.normalized }));
      const conflicts = conflictingRoles(roles);
      out.push(
        ...crossFindings(ctx, this.id, this.defaultSeverity, fact.id, sides, conflicts, (here, others) =>
          `Sources give ${fact.person.name} incompatible roles: “${here.text}” here, but ${others
            .map((o) => `${nameOf(ctx, o.article)} says “${o.text}”`)
            .join('; ')} (${rolesConflict(here.value, others[0]!.value) ?? 'incompatible'}).`,
        ),
      );
    }
    return out;
  },
};
