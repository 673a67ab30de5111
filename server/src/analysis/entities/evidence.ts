// What the article as a whole says about capitals: which sentences' capitals carry information (not an
// all-caps line or a title-case headline), which words the article writes capitalised mid-sentence or in
// lower case, and its datelines ("KELSBRIDGE, Nordland (Meridian) -").

import { FUNCTION_WORDS, TABLE_WORDS } from '../lexicon/names';
import type { Token, Tokenized } from '../tokens';
import { isSportsReport } from './sports';
import { breaksAfter, givenName, isAllUpper, nameKey, ordinaryWord, startsUpper, surnameLike, titleCaseNoun } from './words';

export interface SentenceInfo {
  /** Capital letters carry no information here: an all-caps line or a title-case headline. */
  unreliable: boolean;
  /** Two or more words of two letters or more, at least 70% of them in capitals. */
  allCaps: boolean;
  /** As allCaps, with at least three such words: an all-capital name here is no acronym. */
  mostlyCapitals: boolean;
  /**
   * A row of a table: figures and names, no lower-case words but particles ("Kelsbridge 3 Ardent 1",
   * "OSTRA 62 62 .500 4"). Every capitalised word of a row is a name, its first one too.
   */
  table: boolean;
}

/**
 * Collects words seen capitalised in the middle of well-formed sentences and words seen in lower case,
 * so the capital of a sentence's first word or a headline's words can be judged against the article.
 */
export interface Evidence {
  /** Words seen capitalised inside well-formed sentences. */
  capitalised: Set<string>;
  /** Words seen in lower case anywhere. */
  lower: Set<string>;
  /** Token indices of datelines' place names ("KELSBRIDGE, Dec 15 (Meridian) -"). */
  dateline: Set<number>;
  /** Token indices of the news agency named in brackets in a dateline ("(Meridian)", "(AP)"). */
  agency: Set<number>;
  /** The article is a sports report: towns named as sides are clubs. */
  sports: boolean;
}

/** How far the capitals of sentence s can be trusted. */
export function sentenceInfo(tk: Tokenized, s: number): SentenceInfo {
  const [a, b] = tk.sentenceTokens[s]!;
  let alpha = 0;
  let upper = 0;
  let capital = 0;
  let content = 0;
  let figures = 0;
  let prose = 0;
  for (let i = a; i < b; i++) {
    const t = tk.tokens[i]!;
    if (/\d/.test(t.text)) figures++;
    if (/^\p{Ll}\p{L}/u.test(t.text) && !TABLE_WORDS.has(t.normal)) prose++;
    if (!/\p{L}/u.test(t.text)) continue;
    if (t.text.length >= 2) {
      alpha++;
      if (isAllUpper(t.text)) upper++;
    }
    if (!FUNCTION_WORDS.has(t.normal)) {
      content++;
      if (startsUpper(t.text)) capital++;
    }
  }
  const allCaps = alpha >= 2 && upper / alpha >= 0.7;
  const mostlyCapitals = alpha >= 3 && upper / alpha >= 0.7;
  // A headline in capitals with a score in it ("ARDENT BEAT OSTRA 4-0") is no table: rows have few words.
  const table = figures > 0 && prose === 0 && capital > 0 && (!mostlyCapitals || figures >= alpha);
  if (table) return { unreliable: false, allCaps, mostlyCapitals, table };
  if (allCaps) return { unreliable: true, allCaps, mostlyCapitals, table };
  // A headline: a whole paragraph, no sentence-ending punctuation, most content words capitalised.
  const sent = tk.sentences[s]!;
  const para = tk.paragraphs[sent.paragraph]!;
  const whole = sent.start <= para.start + 1 && sent.end >= para.end - 1;
  const last = tk.tokens[b - 1];
  const ends = last ? /[.!?"”]\s*$/.test(last.post) : false;
  const headline = whole && !ends && b - a <= 25 && content >= 3 && capital / content >= 0.6;
  return { unreliable: headline && capitalsOnCommonWords(tk, a, b), allCaps, mostlyCapitals, table };
}

/**
 * A title-case headline capitalises ordinary words ("Talks Stall Over Territory"); a line of names
 * ("Mara Velden (Nordland) 36.307", "Piet Oduya, Joren Daal") capitalises names only, and
 * its capitals are as informative as in running text. True when enough of the capitalised words after
 * the first are ordinary English words.
 */
function capitalsOnCommonWords(tk: Tokenized, a: number, b: number): boolean {
  let capital = 0;
  let common = 0;
  for (let i = a + 1; i < b; i++) {
    const t = tk.tokens[i]!;
    // Acronyms and codes ("MG", "U.S.") say nothing about the line's capitals.
    if (!startsUpper(t.text) || FUNCTION_WORDS.has(t.normal) || !/\p{L}{2}/u.test(t.text) || isAllUpper(t.text)) continue;
    capital++;
    // "Gail Devers": a given name that is also a word, before a surname, is no ordinary word here.
    const next = tk.tokens[i + 1];
    if (next && next.sentence === t.sentence && givenName(t) && surnameLike(next)) continue;
    if (ordinaryWord(t)) common++;
    // compromise's title-case reading of the line is weaker evidence: half a vote.
    else if (titleCaseNoun(t)) common += 0.5;
  }
  return capital === 0 || common / capital >= 0.34;
}

/** Is the token at this index in a position where any word is capitalised (sentence or quote start)? */
export function atClauseStart(tk: Tokenized, i: number, sentStart: number): boolean {
  if (i === sentStart) return true;
  const t = tk.tokens[i]!;
  // A bracket that closes within a few words holds a name or a label ("(Nordland)", "(NU)"), not a sentence.
  if (/[([]\s*$/.test(t.pre)) return !closesSoon(tk, i);
  if (/[“"‘'«—–-]\s*$/.test(t.pre)) return true;
  const prev = tk.tokens[i - 1]!;
  return /[:;—–]\s*$/.test(prev.post) || /\s-+\s*$/.test(prev.post) || /[“"]\s*$/.test(prev.post.trimEnd());
}

/** Whether a bracket opened before token i closes within its next four words. */
function closesSoon(tk: Tokenized, i: number): boolean {
  for (let j = i; j < Math.min(tk.tokens.length, i + 4); j++) {
    const post = tk.tokens[j]!.post;
    if (/[)\]]/.test(post)) return true;
    if (/[.;:!?(]/.test(post) || tk.tokens[j + 1]?.sentence !== tk.tokens[i]!.sentence) return false;
  }
  return false;
}

export function documentEvidence(tk: Tokenized, infos: SentenceInfo[]): Evidence {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  tk.sentenceTokens.forEach(([a, b], s) => {
    const info = infos[s]!;
    for (let i = a; i < b; i++) {
      const t = tk.tokens[i]!;
      const norm = nameKey(t.text);
      if (!/\p{L}/u.test(t.text)) continue;
      if (/^\p{Ll}/u.test(t.text)) lower.add(norm);
      else if (!info.unreliable && startsUpper(t.text) && !atClauseStart(tk, i, a)) capitalised.add(norm);
    }
  });
  return { capitalised, lower, ...datelines(tk), sports: isSportsReport(tk) };
}

/**
 * News datelines: a paragraph opening with a place in capitals, then a comma and a region, a date, an
 * agency in brackets or a dash, and text that is not in capitals: "KELSBRIDGE, Nordland —",
 * "ARDENT (AP) -", "KELSBRIDGE 2031-04-12". The capitalised words are a place whatever they mean as
 * ordinary words ("NICE").
 */
function datelines(tk: Tokenized): { dateline: Set<number>; agency: Set<number> } {
  const dateline = new Set<number>();
  const agency = new Set<number>();
  let prevPara = -1;
  for (const [a, b] of tk.sentenceTokens) {
    const first = tk.tokens[a];
    if (!first || first.paragraph === prevPara) continue;
    prevPara = first.paragraph;
    const k = datelineEnd(tk, a, b);
    if (k < 0) continue;
    for (let i = a; i <= k; i++) dateline.add(i);
    // "KELSBRIDGE, Nordland 2031-04-12", "OSTRA, N.J. -": the region after the comma is a place too.
    let r = k + 1;
    if (/^,\s*$/.test(tk.tokens[k]!.post)) {
      while (r < b && r - k <= 3 && startsUpper(tk.tokens[r]!.text) && !/[([]/.test(tk.tokens[r]!.pre) && !tk.tokens[r]!.tags.has('Month')) {
        dateline.add(r);
        if (breaksAfter(tk.tokens[r]!)) break;
        r++;
      }
    }
    agencyAfter(tk, k, b, agency);
  }
  return { dateline, agency };
}

function capsWord(t: Token): boolean {
  return /\p{L}{2}/u.test(t.text) && isAllUpper(t.text);
}

/** The last token of the dateline that opens the sentence [a, b), or -1 when none does. */
function datelineEnd(tk: Tokenized, a: number, b: number): number {
  if (!capsWord(tk.tokens[a]!)) return -1;
  // k: the last word of the run of capitals that opens the paragraph (at most four words).
  let k = a;
  while (k + 1 < b && k - a < 3 && !breaksAfter(tk.tokens[k]!) && capsWord(tk.tokens[k + 1]!)) k++;
  const last = tk.tokens[k]!;
  const next = tk.tokens[k + 1];
  if (!next || next.paragraph !== last.paragraph || !datelineCue(last, next)) return -1;
  // The rest of the line is ordinary text (or just a date), not a headline in capitals.
  return restInCapitals(tk, k + 1, tk.paragraphs[last.paragraph]!.end) ? -1 : k;
}

/** What follows a dateline's place: a comma and a capitalised word, a dash, a bracket or a date. */
function datelineCue(last: Token, next: Token): boolean {
  const post = last.post;
  return (
    (/^,\s*$/.test(post) && startsUpper(next.text)) ||
    /^\s*[—–]|\s[-—–]+\s*$/.test(post) ||
    /\(\s*$/.test(next.pre) ||
    /^\d{4}-\d\d-\d\d$/.test(next.text) ||
    next.tags.has('Month') ||
    next.tags.has('Date')
  );
}

/** True when a word of four capitals or more (not in brackets) stands between token `from` and offset `end`. */
function restInCapitals(tk: Tokenized, from: number, end: number): boolean {
  for (let i = from; i < tk.tokens.length && tk.tokens[i]!.start < end; i++) {
    const t = tk.tokens[i]!.text;
    if (/\p{L}{2}/u.test(t) && isAllUpper(t) && t.length > 3 && !tk.tokens[i]!.pre.startsWith('(')) return true;
  }
  return false;
}

/** "(Reuters)", "(AP)", "(Meridian)" within the next few words of a dateline: the agency that filed the story. */
function agencyAfter(tk: Tokenized, k: number, b: number, agency: Set<number>): void {
  for (let i = k + 1; i < Math.min(b, k + 6); i++) {
    const t = tk.tokens[i]!;
    if (/\(\s*$/.test(t.pre) && startsUpper(t.text)) {
      let j = i;
      while (j < b - 1 && j - i < 3 && !tk.tokens[j]!.post.includes(')')) j++;
      if (tk.tokens[j]!.post.startsWith(')')) for (let x = i; x <= j; x++) agency.add(x);
      break;
    }
  }
}
