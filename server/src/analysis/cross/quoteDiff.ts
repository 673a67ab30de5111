// The words that differ between two wordings of one quote, as a reader scans them: the changed words in
// brackets with an arrow from this wording to the other, a few unchanged words around each change and
// "…" for the rest: "… guarantees [between Ukraine and the US → for us] from the US …".

import { lcs } from '../util/sequence';

/** Unchanged words kept on either side of a change. */
const CONTEXT_WORDS = 2;
/** A run of unchanged words this short between two changes is shown whole. */
const BRIDGE_WORDS = 4;
/** Words shown of one side of a change before "…". */
const SIDE_WORDS = 8;
/** Changes shown before the rest is elided. */
const MAX_CHANGES = 3;

type Op = { eq: string[] } | { a: string[]; b: string[] };

function tokens(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

function fold(w: string): string {
  return w.toLowerCase().replace(/’/g, "'");
}

/** The two wordings as runs of shared words and changes. */
export function diffOps(aText: string, bText: string): Op[] {
  const at = tokens(aText);
  const bt = tokens(bText);
  const pairs = lcs(at.map(fold), bt.map(fold));
  const ops: Op[] = [];
  let pi = 0;
  let pj = 0;
  for (const [i, j] of [...pairs, [at.length, bt.length] as [number, number]]) {
    if (i > pi || j > pj) ops.push({ a: at.slice(pi, i), b: bt.slice(pj, j) });
    if (i < at.length && j < bt.length) {
      const last = ops[ops.length - 1];
      if (last && 'eq' in last) last.eq.push(at[i]!);
      else ops.push({ eq: [at[i]!] });
    }
    pi = i + 1;
    pj = j + 1;
  }
  return ops;
}

function side(ws: string[]): string {
  return ws.length > SIDE_WORDS ? `${ws.slice(0, SIDE_WORDS).join(' ')} …` : ws.join(' ');
}

function change(a: string[], b: string[]): string {
  if (a.length === 0) return `[+ ${side(b)}]`;
  if (b.length === 0) return `[− ${side(a)}]`;
  return `[${side(a)} → ${side(b)}]`;
}

/** "… guarantees [between Ukraine and the US → for us] from the US …": from wording a to wording b. */
export function inlineDiff(aText: string, bText: string): string {
  const ops = diffOps(aText, bText);
  const out: string[] = [];
  let changes = 0;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    if (!('eq' in op)) {
      if (changes === MAX_CHANGES) {
        if (out[out.length - 1] !== '…') out.push('…');
        break;
      }
      out.push(change(op.a, op.b));
      changes++;
      continue;
    }
    const first = k === 0;
    const last = k === ops.length - 1 || changes === MAX_CHANGES;
    const ws = op.eq;
    if (!first && !last && ws.length <= BRIDGE_WORDS) out.push(ws.join(' '));
    else {
      const head = first ? [] : ws.slice(0, CONTEXT_WORDS);
      const tail = last ? [] : ws.slice(-CONTEXT_WORDS);
      if (head.length) out.push(head.join(' '));
      if (head.length + tail.length < ws.length) out.push('…');
      if (tail.length) out.push(tail.join(' '));
    }
  }
  return out.join(' ');
}
