// Family and personal relations: roles that describe a person's tie to someone else rather than an office
// ("son-in-law", "widow"), so they never conflict with an office the same person holds.

/** Kinship and personal-relation roles. */
export const KINSHIP_ROLES: ReadonlySet<string> = new Set([
  'son-in-law', 'daughter-in-law', 'father-in-law', 'mother-in-law', 'brother-in-law', 'sister-in-law', 'son', 'daughter',
  'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'cousin', 'nephew', 'niece', 'friend', 'partner', 'widow',
]);

/** The words that take "-in-law" ("son" in "son-in-law"). */
export const IN_LAW_BASES: ReadonlySet<string> = new Set(['son', 'daughter', 'brother', 'sister', 'father', 'mother']);
