// Numbers and what they are measured in: hedges, number words, magnitudes, fractions, ordinals, units of
// measure, durations and currencies, as the figures extractor reads them. Everything is lower-case.

/**
 * Hedges and the intervals they give a value v (hi for a range, lo for a range's lower end):
 *
 *   about      [0.9·lo, 1.1·hi]   about, approximately, approx., around, roughly, some, circa, ca.,
 *                                 an estimated, estimated, or so (after the figure), just about
 *   nearly     [0.9·v, v]         nearly, almost, close to, just under, just shy of, not quite
 *                                 (v itself is excluded in meaning; the interval is stored closed)
 *   more than  [v, +Infinity]     more than, over, above, upwards of, in excess of, greater than,
 *                                 just over, well over, exceeding  (v excluded in meaning)
 *   at least   [v, +Infinity]     at least, no fewer than, no less than, not less than, a minimum of,
 *                                 or more (after the figure)
 *   less than  [0, v]             less than, fewer than, under, below  (v excluded in meaning)
 *   at most    [0, v]             at most, up to, as many as, as much as, no more than, not more than,
 *                                 a maximum of, or less / or fewer (after the figure)
 *
 * Every figure kind we hedge is non-negative, so the open lower ends stop at 0.
 */
export type HedgeName = 'about' | 'nearly' | 'more than' | 'at least' | 'less than' | 'at most';

/** Hedge phrases written before a figure, longest first so "more than" wins over "more". */
export const HEDGES_BEFORE: ReadonlyArray<readonly [readonly string[], HedgeName]> = (
  [
    [['an', 'estimated'], 'about'],
    [['just', 'about'], 'about'],
    [['about'], 'about'],
    [['approximately'], 'about'],
    [['approx'], 'about'],
    [['around'], 'about'],
    [['roughly'], 'about'],
    [['some'], 'about'],
    [['circa'], 'about'],
    [['ca'], 'about'],
    [['estimated'], 'about'],
    [['nearly'], 'nearly'],
    [['almost'], 'nearly'],
    [['close', 'to'], 'nearly'],
    [['just', 'under'], 'nearly'],
    [['just', 'shy', 'of'], 'nearly'],
    [['not', 'quite'], 'nearly'],
    [['more', 'than'], 'more than'],
    [['greater', 'than'], 'more than'],
    [['upwards', 'of'], 'more than'],
    [['in', 'excess', 'of'], 'more than'],
    [['just', 'over'], 'more than'],
    [['well', 'over'], 'more than'],
    [['over'], 'more than'],
    [['above'], 'more than'],
    [['exceeding'], 'more than'],
    [['at', 'least'], 'at least'],
    [['no', 'fewer', 'than'], 'at least'],
    [['no', 'less', 'than'], 'at least'],
    [['not', 'less', 'than'], 'at least'],
    [['a', 'minimum', 'of'], 'at least'],
    [['less', 'than'], 'less than'],
    [['fewer', 'than'], 'less than'],
    [['under'], 'less than'],
    [['below'], 'less than'],
    [['at', 'most'], 'at most'],
    [['up', 'to'], 'at most'],
    [['as', 'many', 'as'], 'at most'],
    [['as', 'much', 'as'], 'at most'],
    [['no', 'more', 'than'], 'at most'],
    [['not', 'more', 'than'], 'at most'],
    [['a', 'maximum', 'of'], 'at most'],
  ] as Array<[string[], HedgeName]>
).sort((a, b) => b[0].length - a[0].length);

/** Hedges written after a figure ("90 minutes or so", "five or more"). */
export const HEDGES_AFTER: ReadonlyArray<readonly [readonly string[], HedgeName]> = [
  [['or', 'so'], 'about'],
  [['or', 'more'], 'at least'],
  [['or', 'less'], 'at most'],
  [['or', 'fewer'], 'at most'],
];

/** One-word hedges that before a duration name a period, not a bound ("over two years", "under an hour"). */
export const PERIOD_HEDGES: ReadonlySet<string> = new Set(['over', 'under', 'above', 'below']);

/** Cardinal number words; compromise parses the phrases they form (see numbers.ts). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'thousand', 'million', 'billion', 'trillion',
]);

/** The tens words and their values ("forty" -> 40). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** The digit words that follow a tens word in a hyphenated cardinal ("forty-two"). */
const DIGIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** Hyphenated cardinals from "twenty-one" to "ninety-nine". */
export const HYPHENATED_CARDINALS: ReadonlySet<string> = new Set(
  [...TENS_WORDS.keys()].flatMap((tens) => DIGIT_WORDS.map((digit) => `${tens}-${digit}`)),
);

/** Magnitude words and the factor they multiply by ("4.2 million"). */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** Plural magnitude words used vaguely ("hundreds", "tens of billions"). */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['tens', 10],
  ['dozens', 12],
  ['hundreds', 1e2],
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
  ['trillions', 1e12],
]);

/** Group words of vague amounts ("tens of", "dozens of", "scores of") and the size of one group. */
export const VAGUE_GROUPS: ReadonlyMap<string, number> = new Map([
  ['tens', 10],
  ['dozens', 12],
  ['scores', 20],
]);

/** Multipliers written straight after the digits: "£3m", "$1.5bn", "20bn", "3k". */
export const SUFFIX_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['bln', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
]);

/** Multipliers read only when attached to the digits ("3m"): as a word of their own ("3 m") they are too ambiguous. */
export const MULTIPLIERS_ONLY_ATTACHED: ReadonlySet<string> = new Set(['m', 'k']);

/** Denominators of fractions written in words ("one-fifth", "two-thirds", "a quarter of"). */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2],
  ['third', 3], ['thirds', 3],
  ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5],
  ['sixth', 6], ['sixths', 6],
  ['seventh', 7], ['sevenths', 7],
  ['eighth', 8], ['eighths', 8],
  ['ninth', 9], ['ninths', 9],
  ['tenth', 10], ['tenths', 10],
  ['twentieth', 20], ['twentieths', 20],
  ['hundredth', 100], ['hundredths', 100],
]);

/** Ordinal words. Digit ordinals ("1st", "22nd") are recognised by pattern. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
]);

/** Seconds in a year of 365.25 days; a month is a twelfth of it. */
const YEAR_S = 365.25 * 86400;

/** Duration units in seconds. A month is 1/12 of a Julian year; a year is 365.25 days. */
/** Vulgar fractions written after digits ("2½"), with their values. */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 0.5], ['¼', 0.25], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅛', 0.125],
]);

export const DURATION_UNITS: ReadonlyMap<string, number> = new Map([
  ['second', 1], ['seconds', 1], ['sec', 1], ['secs', 1],
  ['minute', 60], ['minutes', 60], ['min', 60], ['mins', 60],
  ['hour', 3600], ['hours', 3600], ['hr', 3600], ['hrs', 3600],
  ['day', 86400], ['days', 86400],
  ['week', 604800], ['weeks', 604800],
  ['fortnight', 1209600], ['fortnights', 1209600],
  ['month', YEAR_S / 12], ['months', YEAR_S / 12],
  ['year', YEAR_S], ['years', YEAR_S], ['yr', YEAR_S], ['yrs', YEAR_S],
  ['decade', 10 * YEAR_S], ['decades', 10 * YEAR_S],
  ['century', 100 * YEAR_S], ['centuries', 100 * YEAR_S],
]);

/** Units of measure, normalised: every spelling of one unit maps to one name. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'kilometers'], ['kms', 'kilometers'], ['kilometer', 'kilometers'], ['kilometers', 'kilometers'],
  ['kilometre', 'kilometers'], ['kilometres', 'kilometers'],
  ['m', 'meters'], ['meter', 'meters'], ['meters', 'meters'], ['metre', 'meters'], ['metres', 'meters'],
  ['cm', 'centimeters'], ['centimeter', 'centimeters'], ['centimeters', 'centimeters'],
  ['centimetre', 'centimeters'], ['centimetres', 'centimeters'],
  ['mm', 'millimeters'], ['millimeter', 'millimeters'], ['millimeters', 'millimeters'],
  ['millimetre', 'millimeters'], ['millimetres', 'millimeters'],
  ['mile', 'miles'], ['miles', 'miles'], ['mi', 'miles'],
  ['foot', 'feet'], ['feet', 'feet'], ['ft', 'feet'],
  ['inch', 'inches'], ['inches', 'inches'],
  ['yard', 'yards'], ['yards', 'yards'],
  ['kg', 'kilograms'], ['kgs', 'kilograms'], ['kilogram', 'kilograms'], ['kilograms', 'kilograms'],
  ['kilogramme', 'kilograms'], ['kilogrammes', 'kilograms'], ['kilo', 'kilograms'], ['kilos', 'kilograms'],
  ['gram', 'grams'], ['grams', 'grams'], ['gramme', 'grams'], ['grammes', 'grams'],
  ['tonne', 'tonnes'], ['tonnes', 'tonnes'], ['metric ton', 'tonnes'], ['metric tons', 'tonnes'],
  ['ton', 'tons'], ['tons', 'tons'],
  ['lb', 'pounds'], ['lbs', 'pounds'],
  ['liter', 'liters'], ['liters', 'liters'], ['litre', 'liters'], ['litres', 'liters'],
  ['gallon', 'gallons'], ['gallons', 'gallons'],
  ['barrel', 'barrels'], ['barrels', 'barrels'],
  ['hectare', 'hectares'], ['hectares', 'hectares'], ['acre', 'acres'], ['acres', 'acres'],
  ['square kilometer', 'square kilometers'], ['square kilometers', 'square kilometers'],
  ['square kilometre', 'square kilometers'], ['square kilometres', 'square kilometers'],
  ['sq km', 'square kilometers'], ['km²', 'square kilometers'], ['km2', 'square kilometers'],
  ['square mile', 'square miles'], ['square miles', 'square miles'],
  ['mph', 'miles per hour'], ['km/h', 'kilometers per hour'], ['kph', 'kilometers per hour'],
  ['kilowatt', 'kilowatts'], ['kilowatts', 'kilowatts'], ['kw', 'kilowatts'],
  ['megawatt', 'megawatts'], ['megawatts', 'megawatts'], ['mw', 'megawatts'],
  ['gigawatt', 'gigawatts'], ['gigawatts', 'gigawatts'], ['gw', 'gigawatts'],
  ['degree', 'degrees'], ['degrees', 'degrees'],
  ['magnitude', 'magnitude'],
]);

/**
 * Scales a reading is given on, by a word written before the value ("magnitude 6.1", "force 9") or the
 * scale's name after "on the" ("6.1 on the Richter scale"): the value is a reading, not a count.
 */
export const SCALE_UNITS: ReadonlyMap<string, string> = new Map([
  ['magnitude', 'magnitude'], ['richter', 'magnitude'], ['force', 'force'], ['category', 'category'], ['beaufort', 'force'],
]);

/** The scales' names, as a figure's unit: a reading on one of them ("magnitude 6.1"). */
export const SCALE_NAMES: ReadonlySet<string> = new Set(SCALE_UNITS.values());

/** Unit abbreviations read only when attached to the digits ("5ft"): alone ("5 m", "5 mi") they are too ambiguous. */
export const UNITS_ONLY_ATTACHED: ReadonlySet<string> = new Set(['m', 'mi', 'ft']);

/** Words after a number that make it a percentage ("80 percent"); "per cent" is read as two words. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct']);

/** Currency symbols written before the digits (longest first matters: "US$" before "$"). */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['USD', 'USD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['A$', 'AUD'], ['AU$', 'AUD'],
  ['HK$', 'HKD'], ['NZ$', 'NZD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
  ['₴', 'UAH'], ['₽', 'RUB'], ['₹', 'INR'], ['₩', 'KRW'], ['₺', 'TRY'], ['₪', 'ILS'], ['zł', 'PLN'],
];

/** Currency names and codes written after the number ("20 billion euros", "5m USD"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['usd', 'USD'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'],
  ['sterling', 'GBP'], ['gbp', 'GBP'],
  ['yen', 'JPY'], ['jpy', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['cny', 'CNY'], ['rmb', 'CNY'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['rub', 'RUB'],
  ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['hryvnas', 'UAH'], ['uah', 'UAH'],
  ['rupee', 'INR'], ['rupees', 'INR'], ['inr', 'INR'],
  ['franc', 'CHF'], ['francs', 'CHF'], ['chf', 'CHF'],
  ['zloty', 'PLN'], ['zlotys', 'PLN'], ['pln', 'PLN'],
  // The Nordic and Czech currencies in their own spellings; "crowns", their English name, is in MAGNITUDE_CURRENCIES.
  ['kronor', 'crowns'], ['krona', 'crowns'], ['kroner', 'crowns'], ['krone', 'crowns'], ['koruna', 'crowns'], ['korunas', 'crowns'],
  // Minor units: share prices and per-share offers are quoted in them ("820 pence a share", "455 cents").
  // GBX is the exchanges' code for pence; cents are kept as cents (their currency is the story's).
  ['pence', 'GBX'], ['penny', 'GBX'], ['cents', 'cents'],
]);

/**
 * Currency names that are also ordinary words ("three crowns" won by a club, "six pounds" of flour): money
 * only after a magnitude ("12 million crowns") or before a rate ("650 crowns a month").
 */
export const MAGNITUDE_CURRENCIES: ReadonlyMap<string, string> = new Map([['crowns', 'crowns']]);

/** Suffixes written tight after the digits that make a sum in a minor unit ("820p" is 820 pence). */
export const MINOR_UNIT_SUFFIXES: ReadonlyMap<string, string> = new Map([['p', 'GBX']]);

/** ISO codes that may be written before the number ("USD 20 million"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'UAH', 'INR', 'CHF', 'PLN', 'CAD', 'AUD',
]);
