// Names and roles as facts: each cross entity (its spellings in every source) and each person's roles,
// with the spelling variants a name has across sources.

import { factValue } from './cluster';
import type { RoleFact } from './factTypes';
import { foldName, sameOtherName } from './resolve';
import { conflictingRoles } from './roleCompare';
import type { CrossEntity, Fact, FactValue } from './types';

/** Spelling variants of a cross entity: per name word position, the spellings and the articles. */
export interface NameVariant {
  /** "surname" | "first name" | "name". */
  part: string;
  spellings: Array<{ text: string; articles: string[] }>;
}

type Spellings = Map<string, { text: string; articles: Set<string> }>;

/**
 * A spelling as compared: case, full stops and apostrophes are style, not spelling ("St. Anne's" and
 * "St Anne's", "Workers' Union" and "Workers Union" are one name written two house styles' ways), and
 * so is the hyphen between the syllables of a romanised given name ("Jong-un" / "Jong Un"); a hyphen
 * between two capitalised names ("Brekke-Holm") is kept.
 */
function normSpelling(s: string): string {
  return s.replace(/(\p{L})-(\p{Ll})/gu, '$1 $2').replace(/[’‘`´'.]/g, '').toLowerCase();
}

function addSpelling(by: Spellings, text: string, articles: string[]): void {
  const k = normSpelling(text);
  const cur = by.get(k) ?? { text, articles: new Set<string>() };
  for (const a of articles) cur.articles.add(a);
  by.set(k, cur);
}

function variantOf(part: string, spellings: Iterable<{ text: string; articles: Set<string> }>): NameVariant {
  return { part, spellings: [...spellings].map((v) => ({ text: v.text, articles: [...v.articles].sort() })) };
}

/** A person's surname and first-name spellings, where a word position is spelled more than one way. */
function personVariants(e: CrossEntity): NameVariant[] {
  const out: NameVariant[] = [];
  // A compound first name some source hyphenates ("Klaus-Dieter") is two words where another does not.
  const compounds = new Set(e.spellings.map((s) => s.text.split(/\s+/)[0]!.toLowerCase()).filter((w) => w.includes('-')));
  // A compound surname another source writes with a space ("Brekke Holm" for "Brekke-Holm") is one word too.
  const surnames = new Set(e.spellings.map((s) => s.text.split(/\s+/).pop()!.toLowerCase()).filter((w) => w.includes('-')));
  const spaced = (ws: string[]): boolean => ws.length >= 2 && surnames.has(`${ws[ws.length - 2]}-${ws[ws.length - 1]}`.toLowerCase());
  // A first name alone ("Marta" where others write "Marta Reiner"): the tabloid's familiar form, not a surname.
  const givens = new Set(e.spellings.map((s) => s.text.split(/\s+/)).filter((ws) => ws.length > 1).map((ws) => ws[0]!.toLowerCase()));
  const givenAlone = (ws: string[]): boolean => ws.length === 1 && givens.has(ws[0]!.toLowerCase());
  const surname = (ws: string[]): string | undefined => (givenAlone(ws) ? undefined : spaced(ws) ? `${ws[ws.length - 2]} ${ws[ws.length - 1]}` : ws[ws.length - 1]);
  const firstName = (ws: string[]): string | undefined => {
    if (givenAlone(ws)) return ws[0];
    if (ws.length < 2 || (ws.length === 2 && spaced(ws))) return undefined;
    return ws.length > 2 && compounds.has(`${ws[0]}-${ws[1]}`.toLowerCase()) ? `${ws[0]} ${ws[1]}` : ws[0];
  };
  const parts: Array<[string, (ws: string[]) => string | undefined]> = [
    ['surname', surname],
    ['first name', firstName],
  ];
  for (const [part, pick] of parts) {
    const by: Spellings = new Map();
    for (const s of e.spellings) {
      const w = pick(s.text.split(/\s+/));
      // An initial ("M.", "J.R.") abbreviates a name; it is no other spelling of it.
      if (w && !isInitial(w)) addSpelling(by, w, s.articles);
    }
    if (by.size > 1) out.push(variantOf(part, by.values()));
  }
  return out;
}

/** "M.", "M", "J.R.", "J.-P.": initials, not a spelled name. */
export function isInitial(word: string): boolean {
  return /^(?:\p{Lu}\.?-?)+$/u.test(word) && word.replace(/[.-]/g, '').length <= 3;
}

/** Other names: spellings that differ beyond case, where both are full names (not an acronym). */
function otherNameVariants(e: CrossEntity): NameVariant[] {
  const by: Spellings = new Map();
  for (const s of e.spellings) {
    if (/^[\p{Lu}.&]+$/u.test(s.text) && s.text.length <= 6) continue;
    addSpelling(by, s.text, s.articles);
  }
  // Only spellings that fold together (Kiev / Kyiv) are variants; "Owlhole" vs "Owlhole Cave" is not.
  // Misspellings by a hyphen, a space or a letter (sameOtherName) group too; "Owlhole Cave" stays apart.
  const groups: Array<{ folds: string[]; members: Array<{ text: string; articles: Set<string> }> }> = [];
  for (const v of by.values()) {
    const f = foldName(v.text);
    const g = groups.find((x) => x.folds.some((y) => sameOtherName(y, f)));
    if (g) {
      g.folds.push(f);
      g.members.push(v);
    } else groups.push({ folds: [f], members: [v] });
  }
  return groups.filter((g) => g.members.length > 1).map((g) => variantOf('name', g.members));
}

export function nameVariants(e: CrossEntity): NameVariant[] {
  const out = e.type === 'person' ? personVariants(e) : otherNameVariants(e);
  // A variant needs the spellings to be in different articles (one article spelling two ways is not a
  // cross-source disagreement).
  return out.filter((v) => {
    const exclusive = v.spellings.filter((s) => s.articles.some((a) => v.spellings.every((t) => t === s || !t.articles.includes(a))));
    return exclusive.length >= 2;
  });
}

/** Every cross entity as a fact: its name in each source, differing when the spellings vary. */
export function entityFacts(entities: CrossEntity[]): Fact[] {
  const out: Fact[] = [];
  for (const e of entities) {
    const arts = new Set(e.members.map((m) => m.article));
    const values: FactValue[] = [];
    for (const m of e.members) {
      const first = m.mentions[0];
      if (first) values.push(factValue(m.article, first, '', e.name));
    }
    const spellingsDiffer = new Set(e.spellings.map((s) => s.text.toLowerCase())).size > 1 && nameVariants(e).length > 0;
    out.push({
      id: e.id,
      kind: e.type,
      label: e.name,
      entity: e.id,
      values: values.map((v) => ({ ...v, text: v.text || e.name })),
      status: arts.size < 2 ? 'single' : spellingsDiffer ? 'differ' : 'agree',
    });
  }
  return out;
}

/** Each person's roles as a fact: differing when two sources give roles that cannot both be true. */
export function roleFacts(entities: CrossEntity[]): RoleFact[] {
  const out: RoleFact[] = [];
  for (const e of entities) {
    if (e.type !== 'person' || e.roles.length === 0) continue;
    const arts = new Set(e.roles.map((r) => r.location.article));
    out.push({
      id: `role:${e.id}`,
      kind: 'role',
      label: `${e.name} — role`,
      entity: e.id,
      values: e.roles.map((r) => factValue(r.location.article, r.location.span, r.text, r.text)),
      status: arts.size < 2 ? 'single' : conflictingRoles(e.roles).length > 0 ? 'differ' : 'agree',
      person: e,
    });
  }
  return out;
}
