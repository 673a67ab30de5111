// How eval:cross matches findings to gold passages (scripts/eval/cross.mjs), kept apart so a test can
// check the rules on made-up spans. A span and a passage are {file, start, end}; a finding's spans are its
// location first, then its related locations.

/** The files of a gold item whose passages one finding overlaps. */
export function filesTouched(spans, passages) {
  const files = new Set();
  for (const p of passages) if (spans.some((s) => s.file === p.file && s.start < p.end && p.start < s.end)) files.add(p.file);
  return files;
}

/** The finding (its location first, then its related locations) sets two passages of a look-alike against each other. */
export function setsApart(spans, passages) {
  const overlaps = (s, p) => s.file === p.file && s.start < p.end && p.start < s.end;
  const [own, ...related] = spans;
  if (!passages.some((p) => overlaps(own, p))) return false;
  if (needed(passages) < 2) return true;
  return related.some((r) => passages.some((p) => p.file !== own.file && overlaps(r, p)));
}

/** Checks that judge one article's own text (its dates against its own frame): one passage is enough. */
const ONE_ARTICLE = new Set(['weekday-mismatch', 'out-of-place-date', 'impossible-date']);

export function needed(passages, check) {
  if (ONE_ARTICLE.has(check)) return 1;
  return Math.min(2, new Set(passages.map((p) => p.file)).size);
}
