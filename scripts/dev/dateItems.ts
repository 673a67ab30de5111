// Developer aid: prints each article's date items with their identity (event, actor, about,
// participants), optionally only those whose sentence contains PATTERN. Usage:
// esbuild scripts/dev/dateItems.ts --bundle --platform=node --outfile=X.cjs && GREP=word node X.cjs FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { extractArticleFacts } from '../../server/src/analysis/cross/extract';

const grep = process.env.GREP ? new RegExp(process.env.GREP, 'i') : undefined;
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const facts = extractArticleFacts({ id: `mem:/${basename(f)}`, name: basename(f), text, analysis: analyzeArticle(text) });
  for (const d of facts.dates) {
    if (grep && !grep.test(d.sentence)) continue;
    const { event, verb, actor, actorEntity, actorAgent, about, passive, occurrence } = d.fact as unknown as Record<string, unknown>;
    console.log(`${basename(f)} "${d.figure.text}" ${JSON.stringify({ event, verb, actor, actorEntity, actorAgent, about, passive, occurrence, speech: d.speech, participants: d.participants })}\n    ${d.sentence.slice(0, 200)}`);
  }
}
