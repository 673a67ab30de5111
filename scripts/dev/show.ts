// Developer aid: prints what the core finds in the given files (entities, roles, quotes), compactly.
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../server/src/analysis/analyze';

for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const a = analyzeArticle(text);
  console.log(`== ${f}`);
  for (const e of a.entities) {
    const roles = e.roles.map((r) => r.text).join(' | ');
    console.log(`  ${e.type.padEnd(12)} ${e.name}  [${e.spellings.join(', ')}] x${e.mentions.length}${roles ? '  roles: ' + roles : ''}`);
  }
  for (const q of a.quotes) {
    console.log(`  Q ${q.kind.padEnd(7)} ${String(q.speaker).padEnd(20)} ${q.attribution?.method ?? ''} «${q.text.slice(0, 70)}»`);
  }
  for (const p of a.problems) console.log(`  ! ${p.code} ${p.message}`);
}
