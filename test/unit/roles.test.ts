// The titles and descriptions an article gives each person, as the hover and the role checks show them.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { berlinDir } from '../helpers';

function rolesOf(a: ArticleAnalysis, name: string): string[] {
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `${name} is found (entities: ${a.entities.map((x) => x.name).join(', ')})`);
  return e.roles.map((r) => r.text);
}

describe('roles', () => {
  it('a title before the name is a role, and the name stays whole', () => {
    const a = analyzeArticle('Prime Minister Aleksandra Novak arrived in Tallinn on Friday.');
    assert.deepEqual(rolesOf(a, 'Aleksandra Novak'), ['Prime Minister']);
    const mention = a.entities.find((x) => x.name === 'Aleksandra Novak')!.mentions[0]!;
    assert.equal(mention.text, 'Aleksandra Novak', 'the title is not part of the name');
  });

  it('appositives after and before the name, with possessives kept in the role', () => {
    const text = [
      'Oskar Lindqvist, the union’s chief negotiator, left the room at midnight.',
      'The port authority’s spokeswoman, Mira Dahl, said talks would resume.',
    ].join('\n');
    const a = analyzeArticle(text);
    assert.ok(rolesOf(a, 'Oskar Lindqvist').some((r) => /chief negotiator/.test(r)));
    assert.ok(rolesOf(a, 'Mira Dahl').some((r) => /spokeswoman/.test(r)));
  });

  it('a plural role before two coordinated names belongs to both', () => {
    const a = analyzeArticle('The talks were led by U.N. envoys Hana Sato and Luis Ferreira on Sunday.');
    assert.ok(rolesOf(a, 'Hana Sato').some((r) => /envoys/.test(r)));
    assert.ok(rolesOf(a, 'Luis Ferreira').some((r) => /envoys/.test(r)));
  });

  it('a role is kept with the span it came from', () => {
    const text = 'Harbour Commissioner Renata Solberg urged patience.';
    const a = analyzeArticle(text);
    const role = a.entities.find((x) => x.name === 'Renata Solberg')!.roles[0]!;
    assert.equal(text.slice(role.start, role.end), role.text);
    assert.equal(role.head, 'commissioner');
  });
});

describe('roles on the real berlin-talks articles', () => {
  it('the Kremlin spokesman, the envoys and the negotiator have their roles', (t) => {
    const dir = berlinDir();
    if (!dir) return t.skip('../shared/corpus/berlin-talks not found');
    const roles = new Map<string, Set<string>>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const e of analyzeArticle(readFileSync(join(dir, name), 'utf8')).entities) {
        if (e.type !== 'person') continue;
        const set = roles.get(e.name) ?? new Set<string>();
        for (const r of e.roles) set.add(r.normalized);
        roles.set(e.name, set);
      }
    }
    const has = (person: RegExp, role: RegExp) =>
      [...roles].some(([n, rs]) => person.test(n) && [...rs].some((r) => role.test(r)));
    assert.ok(has(/Peskov/, /spokesperson|spokesman/), 'Peskov is the Kremlin spokesperson');
    assert.ok(has(/Kushner/, /envoy|son-in-law/), 'Kushner is an envoy / son-in-law');
    assert.ok(has(/Umerov/, /negotiator/), 'Umerov is the negotiator');
    assert.ok(has(/Merz/, /chancellor/), 'Merz is the chancellor');
  });
});

describe('an appositive before a name at the end of a sentence', () => {
  it('"…chaired by the state mediator, Edda Kjellin." gives her the role', () => {
    const a = analyzeArticle('The session was chaired by the state mediator, Edda Kjellin.');
    assert.deepEqual(rolesOf(a, 'Edda Kjellin'), ['state mediator']);
  });
});

describe('offices with "of" and "and"', () => {
  it('the whole office before the name is the role', () => {
    const a = analyzeArticle('Chief of the General Staff Oleksa Varnik met Trade and Industry Minister Ilse Vandorpe.');
    assert.deepEqual(rolesOf(a, 'Oleksa Varnik'), ['Chief of the General Staff']);
    assert.deepEqual(rolesOf(a, 'Ilse Vandorpe'), ['Trade and Industry Minister']);
  });
});
