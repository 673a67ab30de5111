// No result depends on the machine's clock: the command line gives the same output with the clock moved
// to 2031 (a preload shifts Date for the whole process), and a date without a year never takes the
// clock's year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { berlinDir, REPO, tempDir } from '../helpers';

const PRELOAD = join(REPO, 'out', 'test', 'support', 'shiftClock.js');
const CLI = join(REPO, 'dist', 'cli.js');

function run(args: string[], shifted: boolean): { status: number | null; stdout: string; stderr: string } {
  const pre = shifted ? ['--require', PRELOAD] : [];
  // NODE_OPTIONS is cleared so that the unshifted run is unshifted even when the suite itself runs with the preload.
  const env = { ...process.env, NODE_OPTIONS: '' };
  const r = spawnSync(process.execPath, [...pre, ...args], { encoding: 'utf8', cwd: REPO, env, timeout: 300_000, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the preload really moves the clock the process sees', () => {
  const r = run(['-e', 'console.log(new Date().getUTCFullYear(), new Date(Date.now()).getUTCFullYear(), Date().includes("2031"), new Date(0).getUTCFullYear())'], true);
  assert.equal(r.stdout.trim(), '2031 2031 true 1970', r.stderr);
  assert.notEqual(run(['-e', 'console.log(new Date().getUTCFullYear())'], false).stdout.trim(), '2031');
});

test('check and annotate give the same output with the clock moved to 2031', { timeout: 600_000 }, () => {
  const samples = readdirSync(join(REPO, 'samples')).filter((n) => /\.(?:txt|news)$/.test(n)).map((n) => join('samples', n));
  const berlin = berlinDir();
  const folders = ['samples', ...(berlin ? [berlin] : [])];
  const berlinFiles = berlin && existsSync(berlin) ? readdirSync(berlin).filter((n) => n.endsWith('.txt')).map((n) => join(berlin, n)) : [];
  for (const args of [
    [CLI, 'check', ...folders, '--format', 'json', '--no-ledger', '--fail-on', 'none'],
    [CLI, 'check', ...folders, '--no-ledger', '--fail-on', 'none'],
    [CLI, 'annotate', ...samples, ...berlinFiles],
  ]) {
    const now = run(args, false);
    const later = run(args, true);
    assert.equal(now.status, 0, now.stderr);
    assert.ok(now.stdout.length > 1000);
    assert.equal(later.stdout, now.stdout, `${args.slice(1, 2).join(' ')} differs with the clock moved to 2031`);
  }
});

test('a date without a year stays without one whatever the clock says', () => {
  const dir = tempDir();
  try {
    const file = join(dir.path, 'ferry.txt');
    writeFileSync(file, 'The ferry line reopened on October 19 after repairs, the operator said on Monday.\n');
    const r = run([CLI, 'annotate', file], true);
    assert.equal(r.status, 0, r.stderr);
    const dates = (JSON.parse(r.stdout) as { figures: Array<{ kind: string; text: string; value: unknown }> }).figures.filter((f) => f.kind === 'date');
    assert.deepEqual(
      dates.map((f) => [f.text, f.value]),
      [
        ['October 19', '--10-19'],
        ['Monday', null],
      ],
    );
  } finally {
    dir.dispose();
  }
});
