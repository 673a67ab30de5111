// The analysis worker: a worker thread that runs the core on the texts the pool sends it, one at a
// time, and posts the plain-data results back. It keeps a paragraph cache of the articles open in the
// editor, so when the pool sends it the next version of one, only the changed paragraphs are tagged
// again; the corpus's articles are not kept (they are analysed once per version, and the cache would
// hold ten megabytes of their tagged words). Bundled as its own entry (dist/analysisWorker.js) next to the server and the CLI.

import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/analyze';
import { extractArticleFacts } from '../analysis/cross/extract';
import { figureDisplay } from '../analysis/cross/factDisplay';
import { dateLabel, figureLabel } from '../analysis/cross/factLabels';
import { withWordFormJournal } from '../analysis/figures/wordForms';
import { factsToWire, type FactsWire } from '../analysis/cross/factsWire';
import { featuresToWire, type FeaturesWire } from '../analysis/cross/featuresWire';
import { storyFeatures } from '../analysis/cross/storyFeatures';
import type { ArticleAnalysis } from '../analysis/types';
import { TokenCache } from '../analysis/tokens';
import type { WorkerReply, WorkerRequest } from './messages';

const cache = new TokenCache();
const port = parentPort;

if (port) {
  port.on('message', (req: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const analysis = analyzeArticle(req.text, req.keep ? { ...req.options, tokenCache: cache } : req.options);
      if (req.facts && req.early) {
        // The editor's highlights need only the analysis: it goes now, the facts when they are made.
        port.postMessage({ id: req.id, ok: true, first: analysis } satisfies WorkerReply);
        reply = { id: req.id, ok: true, rest: { facts: factsOf(req.text, analysis), features: featuresOf(req.text, analysis) } };
      } else {
        reply = { id: req.id, ok: true, analysis };
        if (req.facts) {
          reply.facts = factsOf(req.text, analysis);
          reply.features = featuresOf(req.text, analysis);
        }
      }
    } catch (err) {
      // The core is written never to throw; if it does, the pool reports it for this article only.
      reply = { id: req.id, ok: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply);
  });
  // compromise builds its rule index and lexicon on first use (about a second): do it before saying
  // ready, so no article's time budget pays for it.
  analyzeArticle('Minister Anna Example said on Monday that “12 ships” had left Port Example, about 40 km away.');
  port.postMessage({ ready: true });
}

/** The article's story-grouping features as plain data. */
function featuresOf(text: string, analysis: ArticleAnalysis): FeaturesWire {
  return featuresToWire(storyFeatures({ id: '', name: '', text, analysis }));
}

/**
 * The article's facts as the engine extracts them (its id and name are the engine's to give), with the
 * word forms that extracting them and writing each item's label asked for: the main thread, which
 * writes the story's labels, then finds them without loading the language model.
 */
function factsOf(text: string, analysis: ArticleAnalysis): FactsWire {
  const { result: facts, forms } = withWordFormJournal(() => {
    const extracted = extractArticleFacts({ id: '', name: '', text, analysis });
    for (const it of extracted.figures) {
      figureLabel([it]);
      figureDisplay(it.figure, it);
    }
    for (const it of extracted.dates) dateLabel([it]);
    return extracted;
  });
  return factsToWire(facts, forms);
}
