// Names: the words that never start one, the particles inside one, the nationality words before one,
// and the compromise tags and word shapes that tell a name from an ordinary capitalised word.

import { wordSet } from './wordSet';

/** Words that are never names even when capitalised mid-sentence. */
export const NEVER_NAMES = wordSet(`
  i, i'm, i've, i'd, i'll, a, an, the, and, or, but, if, so, it, he, she, we, they, you, his, her, its, our,
  their, my, your, this, that, these, those, there, here, mr, mrs, ms, ok, okay, yes, no, not, tv, am, pm, a.m.,
  p.m., none, nobody, nothing, everyone, everybody, someone, somebody, anyone, copyright, photo, video,
  advertisement, when, where, while, whereas, although, though, because, after, before, since, until, once,
  however, meanwhile
`);

/** Lower-case particles that may sit inside a name: "Bank of Lorland", "Marie de Vasse", "Idrin bin Sarraf". */
export const NAME_CONNECTORS = wordSet(`
  of, for, de, del, della, der, den, van, von, da, di, du, la, le, bin, al, el, y, and, &, on, upon, ter, ten, zu
`);

/**
 * Lower-case particles that sit only inside a person's surname ("Piet van der Holm", "Anna ter Brugge",
 * "Karl von Stade"): a name of capitalised words joined by them is a person's, whatever its length, and
 * the particles belong to the surname (written joined by others: "Vanderholm").
 */
export const SURNAME_PARTICLES = wordSet(`
  van, von, der, den, ter, ten, zu, bin, ibn
`);

/** Connectors allowed only between capitalised words of an organisation or place ("Bank of Lorland"). */
export const ORG_CONNECTORS = wordSet(`
  of, for, and, &, on, upon
`);

/** Nationality and group adjectives compromise's lexicon lacks or tags as something else. */
export const EXTRA_DEMONYMS = wordSet(`
  british, spanish, polish, swedish, danish, finnish, irish, scottish, welsh, turkish, english, flemish,
  kurdish, uzbek, tajik, kazakh, kyrgyz, latvian, lithuanian, estonian, czech, slovak, serb, croat, bosnian,
  western, eastern, soviet, arab, muslim, christian, jewish, catholic, protestant, orthodox, sunni, shia,
  shiite, hindu, buddhist, nordic, baltic, balkan, slavic, latino, hispanic, asian, african, european,
  transatlantic, allied, communist, socialist, democrat, democratic, republican, conservative, liberal,
  yugoslav, burmese, tibetan, nepali, nepalese, hutu, tutsi, maoist, marxist, leninist, stalinist, nazi,
  neo-nazi, fascist, zionist, islamist, islamic, sikh, kurd, kurds, bengali, punjabi, tamil, pashtun, uighur,
  uyghur, cypriot, maltese, kosovar, chechen, ossetian, abkhaz, basque, catalan, corsican, breton, flemish,
  walloon, afrikaner, zulu, xhosa, maori, aboriginal, inuit, palestinian, lebanese, sudanese
`);


/** Function words: never a name's content, and not counted when judging a line's capitals. */
export const FUNCTION_WORDS = wordSet(`
  a, an, the, and, or, but, of, for, in, on, at, to, with, by, from, as, is, are, was, were, be, into, over,
  after, before, about, against, amid, its, their
`);

/** Lower-case words a table row may hold besides names and figures: particles, "v", "not out", "up". */
export const TABLE_WORDS = wordSet(`
  of, de, del, la, le, van, von, der, den, da, di, du, and, v, vs, not, out, up, down, unch, b, c, st, lbw, pts
`);

/** The articles, which open a phrase but are never part of a role or a name. */
export const ARTICLES = wordSet(`
  the, a, an
`);

/** A lower-case article and the space after it, at the start of a text. */
export const LEADING_ARTICLE = /^(?:the|a|an)\s+/;

/** Capitalised nouns that take a number as part of a name: "Article 5", "Flight 17", "Resolution 2231". */
export const NUMBERED_HEADS = wordSet(`
  article, section, chapter, clause, resolution, flight, route, highway, amendment, phase, terminal, gate,
  platform, pier, berth, dock, unit, block, building, apollo, proposition
`);

/** Prefixes written with a capital and a hyphen before a name, not part of it: "Pro-Varnak", "Anti-Brel". */
export const HYPHEN_PREFIXES = wordSet(`
  pro, anti, non, ex, post, pre, neo, pan, mid, self, trans, inter
`);

/** The words for "versus" between two sides of a sports result: "Kelsbridge v Ardent". */
export const VERSUS = wordSet(`
  v, vs, v., vs.
`);

/** Words before a one-letter name that make it a platform rather than noise ("a post on X"). */
export const PLATFORM_CUE_BEFORE = /\b(?:on|via)\s+$/i;

/**
 * English derivational and plural endings that give an ordinary word away even when it is capitalised
 * and unknown to compromise ("Negotiations", "Territorial", "Shifting", "Disputes").
 */
export const ORDINARY_ENDINGS =
  /\p{L}{3}(?:tions?|sions?|ments?|ness|ities|ity|isms?|ists?|ive|ous|ful|less|able|ible|ial|ings?|ship|ances?|ences?|scapes?|ures?|ized|ised|ated|ling|ering|[^aeiouyhm\s]ed)$/u;

/** compromise tags that mark a word as some kind of name (not an ordinary word). */
export const NAME_TAGS: ReadonlySet<string> = new Set([
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region',
  'Organization', 'ProperNoun', 'Demonym', 'Honorific', 'Acronym',
]);

/** compromise lexicon tags that name a kind of person, place or organisation (not a guess from a capital). */
export const NAME_KIND_TAGS: ReadonlySet<string> = new Set([
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization',
]);

/** compromise tags of word classes that a name never has: a capitalised verb or adverb is not a name. */
export const NON_NAME_WORD_CLASSES: readonly string[] = [
  'Verb', 'Adjective', 'Adverb', 'Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'QuestionWord',
];

/** compromise tags that make a word a place. */
export const PLACE_TAGS: readonly string[] = ['Place', 'Country', 'City', 'Region'];

/**
 * Given names that are also ordinary words, months or weekdays, which compromise's lexicon therefore reads
 * as words ("Frank", "Dawn", "Jan", "Will"). Before a capitalised surname they make a person's name.
 */
export const GIVEN_NAMES_ALSO_WORDS = wordSet(`
  frank, bill, mark, rose, dawn, gail, jean, will, grant, chase, dean, earl, guy, les, art, ray, jack, bob, pat,
  sue, joy, hope, faith, grace, victor, gene, carol, april, may, june, august, jan, sunday, ernest, miles, wade,
  rob, sandy, penny, ivy, holly, heather, robin, iris, amber, ruby, pearl, lily, daisy, jasmine, crystal,
  summer, autumn, harry, bud, buck, chuck, hank, rich, rusty, sonny, sunny, woody, dusty, skip, tiger, sterling,
  cliff, dale, glen, glenn, brook, brooke, lee, neil, nick, norm, sally, peggy, kitty, dolly, betty, bette,
  jewel, precious, angel, max, marsha, randy, drew, gay, gary, colin, constance, prudence, patience, liberty,
  destiny, trinity, shirley, stanley, nigel
`);

/**
 * Abbreviations in capitals that name no organisation or place: times, measures, statistics, diseases,
 * treaties and currency codes ("GMT", "RBI", "CPI", "AIDS", "CTBT", "DEM").
 */
export const OTHER_ACRONYMS = wordSet(`
  gmt, utc, est, edt, cet, bst, rbi, rbis, era, hr, hrs, ip, mph, kph, cpi, ppi, gdp, gnp, vat, eps, p/e, pe,
  yr, div, ytd, ipo, m&a, aids, hiv, sars, bse, cjd, tb, dna, rna, ceo, cfo, coo, cto, pm, am, tv, pc, cd, dvd,
  suv, iq, ufo, gps, id, pin, atm, sms, ctbt, npt, abm, salt, start, lng, lpg, bpd, mw, gw, kwh, usd, eur, gbp,
  jpy, dem, frf, itl, chf, cny, rub, inr, cad, aud, nzd, hkd, sek, nok, dkk, bef, nlg, esp, ats, ecu, sdr, ok,
  faq, nb, ps, rip, asap, fyi, vip, mvp, pow, mia, awol, tba, tbd, n/a
`);

/** Last words that make a name an event or a competition (not an organisation): "Nordic Open", "Harbour Cup". */
export const EVENT_HEADS = wordSet(`
  open, classic, cup, championship, championships, trophy, prix, games, olympics, series, marathon, stakes,
  masters, derby, invitational, tournament, festival, expo, grand prix, rally, regatta, jamboree, challenge
`);
