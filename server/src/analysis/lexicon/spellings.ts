// Name spellings: the letter correspondences of transliteration that fold variants of one name together,
// and the exonyms and transliterations no such rule can derive.

/**
 * Letters that Unicode does not decompose into a base letter and an accent, with the Latin letters
 * writers put for them when their keyboard or style has none: Søren / Soren, Kjærgaard / Kjaergaard,
 * Łukasz / Lukasz, Straße / Strasse, Đoković / Djokovic (before the transliteration folds, dj → j).
 */
export const LETTER_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['ø', 'o'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ß', 'ss'],
  ['ł', 'l'],
  ['đ', 'dj'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ı', 'i'],
  ['ħ', 'h'],
];

/** Exonyms and transliterations that no spelling rule catches: folded variant → canonical fold. */
export const KNOWN_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['kiev', 'kyiv'],
  ['odessa', 'odesa'],
  ['kharkov', 'kharkiv'],
  ['lugansk', 'luhansk'],
  ['nikolaev', 'mykolaiv'],
  ['mykolayiv', 'mykolaiv'],
  ['zaporozhye', 'zaporizhzhia'],
  ['zaporizhia', 'zaporizhzhia'],
  ['dnepr', 'dnipro'],
  ['chernobyl', 'chornobyl'],
  ['donbass', 'donbas'],
  ['peking', 'beijing'],
  ['bombay', 'mumbai'],
  ['burma', 'myanmar'],
  ['volodimir', 'volodymyr'],
  ['vladimir', 'vladimir'],
  ['dmitri', 'dmitry'],
  ['dmitriy', 'dmitry'],
  ['sergey', 'sergei'],
  ['sergiy', 'serhiy'],
  ['alexei', 'alexey'],
  ['aleksei', 'alexey'],
  ['alexey', 'alexey'],
  ['aleksey', 'alexey'],
  ['mikhail', 'mikhail'],
  ['yevgeny', 'yevgeny'],
  ['evgeny', 'yevgeny'],
]);

/**
 * Letter clusters that different transliterations write for one sound, each with the one form it folds
 * to, applied in this order (longer clusters first): Gaddafi / Gadhafi / Kadhafi / Qaddafi, Mikhail /
 * Michail / Mihail, Volodymyr / Wolodymyr, Zelensky / Selenskyj, Tchaikovsky / Chaikovsky. General
 * letter correspondences of romanised Arabic, Cyrillic, Persian and Chinese names, not a list of names.
 */
export const TRANSLITERATION_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['dzh', 'j'],
  ['tsch', 'h'],
  ['tch', 'h'],
  ['sch', 's'],
  ['dj', 'j'],
  ['zh', 'j'],
  ['kh', 'h'],
  ['ch', 'h'],
  ['gh', 'g'],
  ['dh', 'd'],
  ['th', 't'],
  ['ph', 'f'],
  ['sh', 's'],
  ['cz', 'h'],
  ['ck', 'k'],
  ['q', 'k'],
  ['c', 'k'],
  ['g', 'k'],
  ['w', 'v'],
  ['z', 's'],
  ['x', 'ks'],
  ['j', 'y'],
];

/**
 * Word endings that transliterations write for one sound, folded before the letter clusters: the final
 * "v" of Slavic names written "ff" in older French and German romanisation (Smirnoff / Smirnov), and the
 * final "r" French writes "re" (Alexandre / Aleksandr / Alexander).
 */
export const TRANSLITERATION_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ff', 'v'],
  ['re', 'r'],
];

/** Letters that transliterations use for vowels (and the glide y, written i, j or y). */
export const TRANSLITERATION_VOWELS = 'aeiouy';

/**
 * Endings that make another word of a place's name (Korea / Korean, Kenya / Kenyan, Chile / Chilean,
 * Israel / Israeli, Berlin / Berliner): a derived word, never a misspelling of the name.
 */
export const NAME_DERIVATION_ENDINGS: readonly string[] = ['n', 'an', 'ian', 'i', 'ese', 'ish', 'er', 'ite', 'ans'];
