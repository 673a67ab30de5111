// The one way the lexicon modules write a word list: comma- or line-separated text, read once into a set.

/** A lower-case set of the comma- or line-separated entries of `words` (entries may contain spaces). */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/[,\n]/)
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean),
  );
}
