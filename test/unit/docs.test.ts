// The README documents every check the registry has, under the anchor the diagnostics link to, with
// the registry's default severity: a check cannot ship undocumented, and docs cannot drift.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CHECK_INFO } from '../../server/src/analysis/cross/checks/index';
import { REPO } from '../helpers';

test('every check has a README section under its anchor, with its default severity', () => {
  const lines = readFileSync(join(REPO, 'README.md'), 'utf8').split(/\r?\n/);
  const documented = new Set<string>();
  lines.forEach((line, i) => {
    const m = /^<a id="check-([a-z0-9-]+)"><\/a>$/.exec(line);
    if (!m) return;
    documented.add(m[1]!);
    const heading = lines[i + 1] ?? '';
    const info = CHECK_INFO.find((c) => c.id === m[1]);
    assert.ok(info, `the README documents a check the registry does not have: ${m[1]}`);
    assert.equal(heading, `### \`${info.id}\` (${info.defaultSeverity})`, `the heading after the ${info.id} anchor`);
  });
  for (const c of CHECK_INFO) assert.ok(documented.has(c.id), `README has no section for ${c.id}`);
});
