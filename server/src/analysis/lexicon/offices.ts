// Offices and ranks: which role titles name the same office, which speak or work for someone else,
// and which one person cannot hold at once. Used to tell conflicting roles from compatible ones.

/** Role heads written differently for the same office ("spokeswoman" and "spokesman" are a spokesperson). */
export const HEAD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['advisor', 'adviser'], ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'],
  ['ceo', 'chief executive'], ['prime', 'prime minister'],
  // A head of government is called premier or prime minister by different papers ("French Premier").
  ['premier', 'prime minister'], ['cfo', 'chief financial officer'], ['coo', 'chief operating officer'],
  ['chief executive officer', 'chief executive'], ['skipper', 'captain'], ['head coach', 'manager'],
  ['defense attorney', 'defence lawyer'], ['defence attorney', 'defence lawyer'], ['defence counsel', 'defence lawyer'],
  ['co-pilot', 'first officer'], ['copilot', 'first officer'], ['lt', 'lieutenant'], ['col', 'colonel'], ['gen', 'general'],
  ['sgt', 'sergeant'], ['maj', 'major'],
  ['secretary general', 'general secretary'], ['secretary-general', 'general secretary'],
  // A rank's grades are often shortened to the rank ("Lt. Gen. Ivan Dorn", later "General Dorn").
  ['major general', 'general'], ['lieutenant general', 'general'], ['brigadier general', 'general'], ['brigadier', 'general'],
  ['lieutenant colonel', 'colonel'], ['rear admiral', 'admiral'], ['vice admiral', 'admiral'],
  // A company's finance director is its chief financial officer; a ship's first or chief mate its first officer.
  ['finance director', 'chief financial officer'], ['financial director', 'chief financial officer'],
  ['first mate', 'first officer'], ['chief mate', 'first officer'], ['police constable', 'constable'],
]);

/** Offices named by two or three words, whose last word alone would be another head ("prime minister"). */
export const TWO_WORD_HEADS: ReadonlySet<string> = new Set([
  'prime minister', 'chief executive', 'chief executive officer', 'chief financial officer', 'chief operating officer',
  'chief technology officer', 'chief engineer', 'first officer', 'head coach', 'defence lawyer', 'defense attorney',
  'defence attorney', 'defence counsel', 'attorney general', 'director general', 'surgeon general', 'solicitor general',
  'inspector general', 'major general', 'lieutenant general', 'brigadier general', 'lieutenant colonel', 'rear admiral',
  'vice admiral', 'finance director', 'financial director', 'managing director', 'first mate', 'chief mate',
  'chief inspector', 'chief superintendent', 'chief constable', 'police constable',
  // A union's, a party's or an international body's general secretary leads it: not a secretary.
  'general secretary', 'secretary general',
]);

/**
 * Positions of which one person holds at most one at a time in one story: the parties of a trial, a
 * company's chief officers, the officers of a ship's crew.
 */
export const EXCLUSIVE_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['judge', 'prosecutor', 'defence lawyer', 'defendant', 'juror']),
  new Set(['chief executive', 'chief financial officer', 'chief operating officer', 'chief technology officer']),
  // The chair of a board is not the chief executive it oversees (one person named with both holds both),
  // nor one of the officers who report to the chief executive.
  new Set(['chair', 'chief executive']),
  new Set(['chair', 'chief financial officer', 'chief operating officer', 'chief technology officer']),
  // A managing director runs the company: not its finance, operations or technology chief (but often its chief executive).
  new Set(['managing director', 'chief financial officer', 'chief operating officer', 'chief technology officer']),
  new Set(['captain', 'chief engineer', 'first officer']),
  // A union's or a party's general secretary runs it beside its president or chair, not as them.
  new Set(['general secretary', 'president', 'chair']),
  // A party's whip keeps its members in line for the party's leader: not the leader, nor its chair.
  new Set(['leader', 'whip']),
  new Set(['chair', 'whip']),
  // The officials of a match: the umpire in the chair is not the tournament's referee.
  new Set(['umpire', 'referee']),
  // A nurse is not the doctor or surgeon treating the patient.
  new Set(['nurse', 'doctor']),
  new Set(['nurse', 'surgeon']),
  // The posts of a museum, a gallery or a library: its director is not its curator or its archivist.
  new Set(['director', 'curator', 'conservator', 'archivist']),
  // Military ranks (their grades folded in HEAD_SYNONYMS): one officer holds one rank at a time.
  new Set(['general', 'colonel', 'major', 'sergeant', 'corporal', 'admiral']),
  // Police ranks ("Detective" before them says the branch, not the rank): a chief inspector is not an
  // inspector, a superintendent not a chief superintendent.
  new Set(['constable', 'sergeant', 'inspector', 'chief inspector', 'superintendent', 'chief superintendent', 'chief constable']),
];

/** Roles that speak or work for someone else. */
export const SUBORDINATE: ReadonlySet<string> = new Set(['spokesperson', 'aide', 'adviser', 'assistant', 'deputy', 'secretary', 'staffer', 'intern']);

/** Offices a person holds in their own right. */
export const PRINCIPAL: ReadonlySet<string> = new Set([
  'president', 'chancellor', 'minister', 'prime minister', 'premier', 'mayor', 'governor', 'chair', 'chief executive', 'king',
  'queen', 'commissioner', 'senator', 'director', 'leader', 'head', 'chief', 'ambassador', 'general', 'judge', 'mediator',
  'general secretary',
]);

/** Offices that one person cannot hold together. */
export const EXCLUSIVE: ReadonlySet<string> = new Set(['president', 'chancellor', 'prime minister', 'premier', 'mayor', 'governor', 'king', 'queen']);

/** A rank word among a role's modifiers (group 1): a deputy or former president is not the president. */
export const RANK_WORD = /\b(deputy|vice|assistant|acting|former|ex|interim|associate|junior)\b/;

/**
 * The preposition that starts what a role is of or for ("minister of finance", "adviser to the
 * mayor"), or when it was held ("chief executive since 2024", "head of the police until April"): the
 * role's own words are the part before it. Matches start where the whitespace does.
 */
export const ROLE_OBJECT_SPLIT = /(?<!\s)\s+(?:of|for|at|with|to|in|since|until|till)\s+/;

/**
 * A role phrase that ends in a preposition or an article ("the captain of the", "a spokesman for") is the
 * office of someone else: the name after it is what the office is of (a ship, a company), not its holder.
 */
export const DANGLING_ROLE = /\s(?:of|for|at|to|in|on|with|from|by|the|a|an)$/i;

/**
 * Words that put a role in the past: a former or then minister, a head of the police "until last month",
 * "previously" or "until now" a deputy minister. A past role contradicts no role of today.
 */
export const PAST_ROLE = /\b(?:former|ex|then|late|erstwhile|one-time|onetime|previously|formerly|until|till)\b/;

/**
 * Offices one person holds at a time in one place: two people of one surname who both hold it in one
 * story are one person whose given name a source got wrong. Ministers and secretaries count only with
 * their portfolio ("finance minister").
 */
export const ONE_HOLDER_OFFICES: ReadonlySet<string> = new Set([
  'president', 'prime minister', 'chancellor', 'mayor', 'governor', 'speaker', 'chief executive', 'chair',
  'managing director', 'chief financial officer', 'chief operating officer', 'attorney general',
  'secretary-general', 'general secretary', 'director general', 'king', 'queen',
]);

/** Ranks below the office they are written on: a deputy head is not the head. */
export const SUBORDINATE_RANK = /\b(?:deputy|vice|assistant|associate|junior|under)\b/;

/** What a role's words say beside its office: ranks, time words and articles, left out to compare two offices. */
export const ROLE_TIME_AND_RANK_WORDS = /\b(?:former|ex|then|late|erstwhile|one-time|onetime|previously|formerly|deputy|vice|assistant|associate|junior|under|acting|interim|caretaker|outgoing|incoming|future|designate|elect|new|newly|current|the|a|an)\b/g;

/** Where a time phrase closing a role starts ("until last month", "since 2021"): not part of the office. */
export const ROLE_TIME_TAIL = /\s(?:until|till|since|from)\s/;

/**
 * Words that mark a role as held for a while or in a change of office, each with its kind: an acting
 * minister stands in, an outgoing one is leaving, an incoming one arriving. Two roles of the same kind are
 * compared as offices ("outgoing agriculture minister" / "outgoing environment minister" conflict); a role
 * of one kind against a role of another or a plain one contradicts nothing (the acting health minister may
 * be the justice minister; the outgoing agriculture minister may be the new environment minister).
 */
export const TIMED_KINDS: ReadonlyMap<string, string> = new Map([
  ['acting', 'acting'], ['interim', 'acting'], ['caretaker', 'acting'],
  ['outgoing', 'outgoing'], ['departing', 'outgoing'], ['retiring', 'outgoing'],
  ['incoming', 'incoming'], ['future', 'incoming'], ['designate', 'incoming'], ['elect', 'incoming'],
  // A new holder, and the office a sentence gives someone with its verb ("becomes interior minister", "was
  // appointed finance minister", "takes over as chair": roles.ts reads the verb with the office).
  ['new', 'incoming'], ['newly', 'incoming'], ['becomes', 'incoming'], ['become', 'incoming'], ['appointed', 'incoming'],
  ['named', 'incoming'], ['elected', 'incoming'], ['takes', 'incoming'], ['steps', 'incoming'],
]);

/**
 * Whose office a spokesperson, an adviser or an aide serves, from a word of the role ("government
 * spokesman", "presidential adviser", "spokeswoman for the president", "the army's spokesman"): a
 * government spokesman is not the president's. Words of one institution map to one key.
 */
export const SERVED_OFFICES: ReadonlyMap<string, string> = new Map([
  ['government', 'government'], ['governmental', 'government'], ['cabinet', 'government'],
  ['president', 'president'], ['presidential', 'president'], ['presidency', 'president'],
  // A head of government's spokesperson is the government's.
  ['prime', 'government'], ['premier', 'government'], ['chancellor', 'government'], ['chancellery', 'government'],
  ['police', 'police'], ['army', 'military'], ['military', 'military'], ['navy', 'military'],
  ['royal', 'royal household'], ['palace', 'royal household'], ['mayor', 'mayor'], ['mayoral', 'mayor'],
  ['prosecutor', 'prosecutor'], ['prosecutors', 'prosecutor'], ['court', 'court'],
]);

/** Offices whose portfolio says which office it is: a finance minister is not an economy minister. */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner', 'ministry', 'department']);

/** Portfolio words of government offices, each with the one portfolio it names ("home" and "interior" are one). */
export const PORTFOLIOS: ReadonlyMap<string, string> = new Map([
  ['finance', 'finance'], ['treasury', 'finance'], ['economy', 'economy'], ['economic', 'economy'], ['economics', 'economy'],
  ['interior', 'interior'], ['home', 'interior'], ['foreign', 'foreign'], ['defence', 'defence'], ['defense', 'defence'],
  ['justice', 'justice'], ['health', 'health'], ['education', 'education'], ['environment', 'environment'],
  ['energy', 'energy'], ['trade', 'trade'], ['commerce', 'trade'], ['agriculture', 'agriculture'], ['labour', 'labour'],
  ['labor', 'labour'], ['employment', 'labour'], ['transport', 'transport'], ['culture', 'culture'], ['tourism', 'tourism'],
  ['housing', 'housing'], ['industry', 'industry'], ['science', 'science'], ['climate', 'climate'], ['fisheries', 'fisheries'],
  ['infrastructure', 'infrastructure'], ['digital', 'digital'], ['sport', 'sport'], ['sports', 'sport'], ['budget', 'budget'],
  ['intelligence', 'intelligence'], ['emergencies', 'emergencies'], ['emergency', 'emergencies'], ['veterans', 'veterans'],
]);

/**
 * Informal words for whoever runs something ("the pit boss", "the company's chief", "head of the
 * yard"): a tabloid's "boss" and a paper's "mine manager" may name one person, so such a word sets no
 * one apart from a leading office. Not a deputy's or a spokesperson's role.
 */
export const GENERIC_LEADER_HEADS: ReadonlySet<string> = new Set(['boss', 'chief', 'head', 'supremo', 'chieftain']);

/**
 * Heads of a role that lead something its words name ("head of infectious diseases", "police chief",
 * "communications director"); with "chief" before it, an officer leads the field between ("chief medical
 * officer"). Two such offices of fields that share no word are two posts, not one person's title.
 */
export const LEADING_HEADS: ReadonlySet<string> = new Set(['head', 'chief', 'boss', 'director', 'supremo']);

/** The head of a "chief … officer" office, and the rank word that makes it one. */
export const CHIEF_OFFICER = { head: 'officer', rank: 'chief' } as const;

/** Words of a role that say its rank or seniority, not the field it leads ("senior", "chief", "lead"). */
export const FIELD_RANK_WORDS: ReadonlySet<string> = new Set(['chief', 'senior', 'lead', 'principal', 'top', 'head', 'overall', 'joint', 'co']);
