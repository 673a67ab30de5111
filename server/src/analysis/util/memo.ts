// Bounded memoisation for pure one-argument functions of short strings (a word's plural, a name's folded
// form): the same few thousand words come back for every article and story, and some of these functions
// ask compromise's conjugation and inflection models, which are slow per call.

/** Entries kept per memoised function before it starts afresh (a clear, not an LRU: cheap and enough here). */
const MEMO_LIMIT = 50_000;

/** A memoised function; `prime` tells it an answer worked out elsewhere by the same function. */
export interface Memo<V> {
  (key: string): V;
  prime(key: string, value: V): void;
}

/** `fn` with its results remembered by argument; `fn` must be pure. `undefined` results are remembered too. */
export function memoised<V>(fn: (key: string) => V): Memo<V> {
  const memo = new Map<string, V>();
  const remember = (key: string, value: V): void => {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, value);
  };
  const get = (key: string): V => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = fn(key);
    remember(key, value);
    return value;
  };
  return Object.assign(get, { prime: remember });
}

/**
 * `fn` of two objects with its results remembered for as long as both objects live (weak maps: nothing
 * is kept for objects no one else holds). For pure comparisons of facts that stay the same objects while
 * their article does not change, such as two quotations' words: re-checking a story after an edit then
 * compares again only the pairs that involve the edited article.
 */
export function pairMemoised<K extends object, V>(fn: (a: K, b: K) => V): (a: K, b: K) => V {
  const memo = new WeakMap<K, WeakMap<K, { value: V }>>();
  return (a, b) => {
    let inner = memo.get(a);
    if (!inner) memo.set(a, (inner = new WeakMap()));
    const known = inner.get(b);
    if (known) return known.value;
    const value = fn(a, b);
    inner.set(b, { value });
    return value;
  };
}
