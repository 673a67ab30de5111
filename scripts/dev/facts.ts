// Developer aid: prints the cross-source facts of the given files (one story), with each value's
// identity, so a missed or false alignment can be read. Usage: npx tsx scripts/dev/facts.ts FILE...
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
  if (!process.env.ALL && (f.kind === 'person' || f.kind === 'organization' || f.kind === 'place' || f.kind === 'other')) continue;
  console.log(`${f.status.padEnd(7)} ${f.kind.padEnd(8)} ${f.label}`);
  for (const v of f.values) console.log(`          ${v.article.slice(5).padEnd(40)} ${JSON.stringify(v.text)} → ${v.display}`);
}
