// The furniture around an article's text that is not its headline: notes about where it was first
// published, bylines, credits, timestamps and calls to action. Everything is lower-case.

import { wordSet } from './wordSet';

/** Phrases that make a line a note about the article wherever they stand in it. */
export const NOTE_PHRASES: ReadonlySet<string> = wordSet(`
  originally published, originally appeared, first published, first appeared, read the original,
  all rights reserved, copyright, this article was, this story was, this report was,
  reporting by, editing by, writing by, additional reporting, min read, minute read, minutes read`);

/** Words that make a short line a note when it starts with them. */
export const NOTE_OPENERS: ReadonlySet<string> = wordSet(`
  updated, published, posted, last updated, advertisement, sponsored, filed, listen to this article,
  sign up, subscribe, read more, see also, click here`);

/** Labels of captions and credits, a note when the line starts with one and a colon ("Photo: …"). */
export const NOTE_LABELS: ReadonlySet<string> = wordSet(`
  photo, photograph, image, picture, video, watch, source, credit, credits, related, share, caption, file`);
