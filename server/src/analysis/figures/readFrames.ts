// Reading every figure's frame (frame.ts reads one), and copying the frames of an edited article's
// unchanged paragraphs from the last reading (TokenCache.derive) instead of reading them again.

import type { TokenCache, Tokenized } from '../tokens';
import type { Figure, FigureFrame } from '../types';
import { frameOf } from './frame';
import type { Sent } from './frameWords';

/**
 * Attaches a frame to every figure; a figure whose sentence cannot be read gets none. With a cache, the
 * frames of a paragraph whose text and figures are as they were last time (an edited article's unchanged
 * paragraphs) are copied from then: a frame is read from its figure and its sentence alone.
 */
export function readFrames(tk: Tokenized, figures: Figure[], cache?: TokenCache): void {
  const sents = new Map<number, Sent>();
  if (!cache) {
    for (const f of figures) setFrame(tk, f, sents);
    return;
  }
  let k = 0;
  for (const p of tk.paragraphs) {
    while (k < figures.length && figures[k]!.start < p.start) setFrame(tk, figures[k++]!, sents);
    const own: Figure[] = [];
    while (k < figures.length && figures[k]!.end <= p.end) own.push(figures[k++]!);
    if (own.length === 0) continue;
    const signature = JSON.stringify(own.map((f) => ({ ...f, start: f.start - p.start, end: f.end - p.start })));
    const frames = cache.derive(`frames:${signature}`, tk.text.slice(p.start, p.end), () =>
      own.map((f) => {
        setFrame(tk, f, sents);
        return f.frame && shiftFrame(f.frame, -p.start);
      }),
    );
    own.forEach((f, i) => {
      const fr = frames[i];
      if (fr) f.frame = shiftFrame(fr, p.start);
    });
  }
  while (k < figures.length) setFrame(tk, figures[k++]!, sents);
}

function setFrame(tk: Tokenized, f: Figure, sents: Map<number, Sent>): void {
  try {
    const fr = frameOf(tk, f, sents);
    if (fr) f.frame = fr;
  } catch (e) {
    // A sentence compromise tagged in a way the reader does not expect: no frame, never a crash.
    if (process.env.FRAME_DEBUG) console.error(e);
  }
}

/** A copy of a frame with its offsets moved by `shift`. */
function shiftFrame(fr: FigureFrame, shift: number): FigureFrame {
  const out: FigureFrame = { ...fr, clause: { start: fr.clause.start + shift, end: fr.clause.end + shift } };
  if (fr.verb) out.verb = { ...fr.verb };
  if (fr.actor) out.actor = { ...fr.actor, start: fr.actor.start + shift, end: fr.actor.end + shift };
  if (fr.owner) out.owner = { ...fr.owner, start: fr.owner.start + shift, end: fr.owner.end + shift };
  return out;
}
