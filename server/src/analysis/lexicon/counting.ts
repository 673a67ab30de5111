// The words around a number that say what it counts, or that it is no figure at all: determiners before
// the counted noun, labels ("Article 5"), idioms with "one" and ordinals, and nouns that make an amount money.
// Everything is lower-case.

/** Words after a number that are never the noun it counts ("five others", "two each", "ten years ago"). */
export const NOT_COUNTED: ReadonlySet<string> = new Set([
  'other', 'others', 'more', 'less', 'each', 'those', 'these', 'them', 'times', 'percent', 'per', 'cent',
  'a.m', 'p.m', 'am', 'pm', 'ago', 'later', 'earlier', 'apiece', 'or', 'so',
]);

/** Words right before a count that make it what is left of a group, a part: "the last six miners", "the remaining 40 passengers". */
export const REMAINDER_BEFORE = /\b(?:the|its|their)\s+(?:last|remaining|other)\s+$/i;

/**
 * A place, a day or a group a count is restricted to, after "alone" or "only": "in the capital alone",
 * "at the northern depot only," (an "only" that ends its phrase), "on Tuesday alone". Such a count is a part, never another report of the whole.
 */
export const RESTRICTED_PART = /\b(?:in|at|on|from|across|for|among)\s+(?:the\s+)?[^\s.,;:!?]+(?:\s+[^\s.,;:!?]+)?\s+(?:alone\b|only(?=\s*[,.;:!?]|\s*$))/i;

/**
 * After a count, the group it is picked out of with no number of its own: "Fifteen of the deaths", "nine of
 * them", "four of its victims". Said with a copula ("were children", "were in hospital") the count describes a
 * subgroup of that whole.
 */
export const OF_GROUP_AFTER = /^\s+of\s+(?:them|(?:the|its|their|these|those|his|her)\s+[a-z-]+)\s+(?:were|are|was|is|had\s+been|have\s+been)\b/i;

/**
 * Verbs that only tally what their object counts ("the ministry was counting 1,240 cases", "the outbreak had
 * caused 1,240 cases", "officials have logged 300 complaints"): the counted noun says what it is, not the verb.
 */
export const TALLY_VERBS: ReadonlySet<string> = new Set(['count', 'tally', 'register', 'log', 'cause', 'document', 'list', 'total']);

/** What a home or a customer is supplied with, by the name a report of an outage uses for it. */
export const SUPPLY_NOUNS: ReadonlyMap<string, string> = new Map([
  ['power', 'power'], ['electricity', 'power'], ['gas', 'gas'], ['heating', 'heating'], ['water', 'water'],
  ['phone', 'phone'], ['telephone', 'phone'], ['internet', 'internet'], ['broadband', 'internet'],
]);

/** Words that take a supply away, before its noun: "cut power to", "lost electricity", "without water", "knocked out power". */
export const SUPPLY_LOSS_BEFORE: readonly string[] = ['without', 'no', 'lost', 'lose', 'loses', 'losing', 'cut', 'cuts', 'cutting', 'knocked out', 'knocking out', 'knocks out'];

/** Words that give it back, before its noun ("restored power to", "reconnected electricity") or after it ("power is back", "power was restored"). */
export const SUPPLY_BACK_BEFORE: readonly string[] = ['restored', 'restore', 'restoring', 'restores', 'reconnected', 'reconnecting', 'reconnect'];
export const SUPPLY_BACK_AFTER: readonly string[] = ['back', 'restored', 'reconnected', 'returned'];

/** Words before a loss of supply that make the count what is left of the first one: "still without power", "remain without water". */
export const SUPPLY_STILL: readonly string[] = ['still', 'remain', 'remained', 'remains', 'remaining'];

/**
 * Words that may stand between a form of "have" and the participle it makes a tense of ("had now been sealed",
 * "have already opened", "has so far reported"): whatever the tagger makes of them, the "have" is no verb of its own.
 */
export const INTERPOSED_ADVERBS: ReadonlySet<string> = new Set([
  'now', 'already', 'also', 'just', 'since', 'still', 'recently', 'finally', 'so', 'far', 'reportedly', 'apparently',
  'never', 'not', 'yet', 'all', 'both', 'previously', 'originally', 'again', 'meanwhile', 'largely', 'mostly',
]);

/** Determiners skipped when looking through "of" for the counted noun ("40 of the ferries"). */
export const OF_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'its', 'his', 'her', 'their', 'our', 'these', 'those', 'all', 'a', 'an', 'this', 'that',
]);

/** Words before a bare number that keep it from taking the noun of an earlier figure ("aged 40", "number 9"). */
export const NO_INHERITED_COUNT_AFTER: ReadonlySet<string> = new Set(['age', 'aged', 'number', 'numbered']);

/** Nouns after "in" that make a bare big number money: "hundreds of millions in emergency aid". */
export const MONEY_NOUNS: ReadonlySet<string> = new Set([
  'asset', 'assets', 'aid', 'funding', 'funds', 'fund', 'loan', 'loans', 'reserves', 'revenue',
  'revenues', 'profits', 'damages', 'cash', 'bonds', 'debt', 'investment', 'investments', 'spending',
  'payments', 'credit', 'credits', 'grants', 'subsidies', 'sales', 'exports', 'imports', 'financing',
]);

/**
 * Words after which a number is part of a name or label, not a figure: "Article 5", "version 2",
 * "No. 1", "Flight 17". Capitalised nouns directly before a number are treated the same way.
 */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'article', 'section', 'chapter', 'paragraph', 'clause', 'resolution', 'amendment', 'title',
  'version', 'v', 'release', 'build', 'model', 'no', 'nos', 'number', 'num', 'page', 'pages', 'p',
  'pp', 'line', 'flight', 'route', 'highway', 'road', 'room', 'gate', 'platform', 'channel', 'bus',
  'seat', 'row', 'item', 'step', 'phase', 'stage', 'level', 'grade', 'class', 'category', 'type',
  'vol', 'volume', 'issue', 'episode', 'season', 'part', 'figure', 'fig', 'table', 'appendix',
  'annex', 'protocol', 'rule', 'act', 'law', 'code', 'unit', 'district', 'ward', 'block', 'lot',
  'exit', 'terminal', 'tier', 'track', 'iphone', 'windows', 'covid',
]);

/** Abbreviated labels that are written with a dot before the number ("pp. 34-36", "No. 4", "Art. 12"). */
export const LABEL_ABBREVIATIONS: ReadonlySet<string> = new Set(['p', 'pp', 'no', 'nos', 'vol', 'fig', 'art']);

/** Compound heads that make "N-x" a name or manner, not a figure: "Clause 4-like", "two-way". */
export const COMPOUND_SKIP: ReadonlySet<string> = new Set([
  'like', 'style', 'type', 'esque', 'ish', 'way', 'fold', 'sided', 'off', 'on', 'to', 'and',
  'time', 'times', 'dimensional', 'd', 'up', 'nil', 'all', 'plus', 'odd',
]);

/** Determiners that make "one" a pronoun ("no one", "the one that", "each one"). */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'someone', 'anyone', 'such', 'last',
  'only', 'another', 'little', 'loved', 'chosen',
]);

/** Words after "one" that make an idiom, not a count ("one day", "one by one", "one another", "one or two"). */
export const ONE_IDIOM_AFTER: ReadonlySet<string> = new Set([
  'day', 'time', 'point', 'way', 'thing', 'another', 'other', 'hand', 'by', 'after', 'or', 'and', 'more', 'less',
  'too', 'bit',
]);

/** Relative pronouns after "one" that make it a pronoun ("one who", "one that"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/** Idiomatic neighbours of ordinals that are not figures: "at first", "first and foremost". */
export const ORDINAL_IDIOM_AFTER: ReadonlySet<string> = new Set([
  'foremost', 'hand', 'handedly', 'ever', 'rate', 'class', 'degree', 'guessing', 'nature', 'thoughts',
  'opinion', 'fiddle', 'person', 'lady', 'gentleman', 'responder', 'responders', 'strike',
]);

/** Determiners and possessives that make a following ordinal a figure even without a noun. */
export const ORDINAL_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'every',
  'each',
]);

/** Words before "second" that make it the unit of time, not an ordinal ("a second", "per second", "split second"). */
export const SECOND_AS_TIME_BEFORE: ReadonlySet<string> = new Set(['a', 'one', 'per', 'every', 'split', 'each']);

/** Irregular plurals compromise's singulariser gets wrong. */
export const SINGULAR_FIXES: ReadonlyMap<string, string> = new Map([
  ['lives', 'life'], ['series', 'series'], ['species', 'species'], ['news', 'news'],
  ['police', 'police'], ['personnel', 'personnel'], ['aircraft', 'aircraft'], ['data', 'data'],
  ['media', 'media'], ['means', 'means'], ['headquarters', 'headquarters'], ['arms', 'arms'],
  ['talks', 'talks'], ['forces', 'force'], ['wolves', 'wolf'], ['knives', 'knife'],
  ['thieves', 'thief'], ['wives', 'wife'], ['leaves', 'leave'],
]);

/** Nouns whose plural is the word itself when they count people or animals ("12 crew", "6,000 staff"): a label never adds -s. */
export const SAME_PLURAL_NOUNS: ReadonlySet<string> = new Set([
  'staff', 'crew', 'personnel', 'police', 'cattle', 'livestock', 'aircraft', 'sheep', 'deer', 'fish', 'offspring',
  'clergy', 'infantry', 'cavalry', 'poultry', 'swine', 'salmon', 'trout', 'bison', 'moose', 'series', 'species', 'headquarters',
]);

/**
 * Words after "N times" that make it a multiple or a rate, not a count of occasions: "three times the
 * amount", "five times as large", "ten times more", "twice a day" ("times a day": a rate). A
 * comparative ("-er") after it is a multiple too.
 */
export const MULTIPLE_AFTER_TIMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'as', 'more', 'less', 'fewer', 'over', 'that', 'what', 'his', 'her', 'its', 'their',
  'our', 'my', 'your', 'this', 'these', 'those', 'per', 'each', 'every', 'higher', 'lower', 'bigger',
  'larger', 'greater', 'smaller', 'faster', 'slower', 'longer', 'shorter', 'cheaper', 'dearer', 'worse', 'better',
]);

/**
 * Words after the verb that make its act a rescue, whatever the verb: coming out alive ("brought 16 miners
 * out alive", "were pulled alive from the rubble", "brought to the surface alive") or to safety ("airlifted
 * to safety"). "Alive" with no way out ("buried alive", "burned alive") is no rescue.
 */
export const RESCUE_COMPLEMENTS = /\bto\s+safety\b|\b(?:out|from|to|up)(?:\s+\S+){0,5}?\s+alive\b|\balive\s+(?:out|from)\b/i;

/**
 * Nouns for grown people of any trade: in a count of a running event ("nine men brought out alive") they may
 * name the same people another source names by what they do ("16 miners"). Two of them never stand for each
 * other, and "people" is not one: "dozens of injured people" and "17 patients" are told apart by what else
 * the sentences say.
 */
export const GENERIC_PEOPLE: ReadonlySet<string> = new Set(['man', 'woman']);

/** How a nationality or a people's adjective ends ("Corvanian", "British", "Chinese", "Dutch", "Pakistani"): capitalised before a counted noun it names a group. */
export const PEOPLE_ADJECTIVE_ENDING = /(?:an|ish|ese|ch|i)$/;

/** Units a change is counted in, as a percentage measures one: "rose 22 basis points", "fell 31 points". */
export const CHANGE_UNIT_NOUNS: ReadonlySet<string> = new Set(['point']);
