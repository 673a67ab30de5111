// Developer aid: prints every figure item of the given files (one story) with its identity, so a missed
// alignment can be read. Usage: npx esbuild scripts/dev/figureIds.ts --bundle --platform=node --outfile=/tmp/ids.cjs && node /tmp/ids.cjs FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { analyzeCorpus } from '../../server/src/analysis/cross/engine';

const articles = process.argv.slice(2).map((f) => {
  const text = readFileSync(f, 'utf8');
  return { id: `mem:/${basename(f)}`, name: basename(f), text, analysis: analyzeArticle(text) };
});
const r = analyzeCorpus(articles, { storyThreshold: 0 });
for (const f of r.stories.flatMap((s) => s.facts)) {
  if (f.kind !== 'figure') continue;
  console.log(`${f.status.padEnd(7)} ${f.label}`);
  for (const x of (f as unknown as { items: unknown }).items as Array<{ article: string; figure: { text: string; kind: string; unit?: string }; fact: object }>)
    console.log(`   ${x.article.slice(5).padEnd(28)} ${JSON.stringify(x.figure.text)} ${x.figure.kind}/${x.figure.unit ?? ''} ${JSON.stringify(x.fact)}`);
}
