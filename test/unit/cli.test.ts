// The command line as a user or a CI job runs it: `newslens annotate` (JSON schema, UTF-16 offsets,
// bad files skipped with a message) and `newslens check` (formats, exit codes, SARIF validity).

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import { checkFailureLine } from '../../server/src/cli/check';
import { REPO, berlinDir, runCli, tempDir } from '../helpers';

// An invented article: curly quotes, an em dash, non-ASCII names (Zoë Ångström, Tomás Ó Briain) and an
// astral-plane character before them, so UTF-16 offsets differ from code points and bytes.
const ARTICLE = `Harbour board backs dredging plan 🚢
KESTREL BAY, May 4 — The Kestrel Bay Harbour Board on Tuesday approved a plan to deepen the main channel, ending two years of debate.
“This is the most important decision the board has taken in a generation,” said board chair Zoë Ångström. She added that work would start in September.
Opponents, led by the fisherman Tomás Ó Briain, say the dredging will harm the shellfish beds. “Nobody asked us,” Ó Briain told reporters.
`;

interface Row {
  start: number;
  end: number;
  text: string;
}

function parseLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('newslens annotate', () => {
  it('prints one JSON object per file whose offsets are UTF-16 indices into the text', async () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.path, 'harbour.txt');
      writeFileSync(file, ARTICLE);
      const run = await runCli(['annotate', '--format', 'json', file]);
      assert.equal(run.code, 0, run.stderr);
      const records = parseLines(run.stdout);
      assert.equal(records.length, 1);
      const rec = records[0]!;
      assert.equal(rec['file'], file);
      for (const key of ['entities', 'figures', 'quotes', 'problems']) assert.ok(Array.isArray(rec[key]), key);
      for (const key of ['entities', 'figures'] as const) {
        for (const row of rec[key] as Row[]) {
          assert.equal(ARTICLE.slice(row.start, row.end), row.text, `${key} row offsets must cut out its text`);
        }
      }
      // A quote's start/end take in its quotation marks; `inner` cuts out the quoted words (`text`).
      for (const q of rec['quotes'] as Array<Row & { inner: { start: number; end: number } }>) {
        assert.equal(ARTICLE.slice(q.inner.start, q.inner.end), q.text);
        assert.match(ARTICLE.slice(q.start, q.end), /^[“"‘']/);
      }
      const entities = rec['entities'] as Array<Row & { type: string; id: string }>;
      for (const e of entities) assert.ok(['person', 'organization', 'place', 'other'].includes(e.type), e.type);
      const chair = entities.find((e) => e.text === 'Zoë Ångström');
      assert.ok(chair, 'the board chair is found with her full name');
      assert.equal(chair.type, 'person');
      const briain = entities.filter((e) => e.text.endsWith('Briain'));
      assert.ok(briain.length >= 2, 'both mentions of Ó Briain are found');
      assert.equal(new Set(briain.map((e) => e.id)).size, 1, 'the short mention is linked to the full name');
      const org = entities.find((e) => e.text === 'Kestrel Bay Harbour Board');
      assert.equal(org?.type, 'organization');

      const quotes = rec['quotes'] as Array<Row & { speaker: string | null; kind: string }>;
      const decision = quotes.find((q) => q.text.startsWith('This is the most important'));
      assert.ok(decision);
      assert.equal(decision.speaker, 'Zoë Ångström');
      assert.equal(decision.kind, 'speech');
      const nobody = quotes.find((q) => q.text.startsWith('Nobody asked us'));
      assert.equal(nobody?.speaker, 'Tomás Ó Briain');
    } finally {
      tmp.dispose();
    }
  });

  it('the text format lists people, quotes and their speakers for a reader', async () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.path, 'harbour.news');
      writeFileSync(file, ARTICLE);
      const run = await runCli(['annotate', '--format', 'text', file]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /People[\s\S]*Zoë Ångström/);
      assert.match(run.stdout, /Zoë Ångström: “This is the most important/);
    } finally {
      tmp.dispose();
    }
  });

  it('skips empty-of-text, binary, oversized and missing files with a message and annotates the rest', async () => {
    const tmp = tempDir();
    try {
      const good = join(tmp.path, 'good.txt');
      writeFileSync(good, ARTICLE);
      const binary = join(tmp.path, 'photo.txt');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]));
      const big = join(tmp.path, 'huge.txt');
      writeFileSync(big, 'The Harbour Board met again. '.repeat(400_000)); // ~11.6 MB
      const invalid = join(tmp.path, 'latin1.txt');
      writeFileSync(invalid, Buffer.concat([Buffer.from('Mayor Ren'), Buffer.from([0xe9]), Buffer.from(' Dubois said the port would reopen.\n')]));
      const empty = join(tmp.path, 'empty.txt');
      writeFileSync(empty, '');
      const missing = join(tmp.path, 'deleted.txt');
      const run = await runCli(['annotate', good, binary, big, invalid, empty, missing]);
      assert.equal(run.code, 1, 'exit 1 when some file was skipped');
      assert.match(run.stderr, /photo\.txt: skipped: binary/);
      assert.match(run.stderr, /huge\.txt: skipped: .*over the .* limit/);
      assert.match(run.stderr, /deleted\.txt: skipped: file not found/);
      const files = parseLines(run.stdout).map((r) => r['file']);
      assert.deepEqual(files, [good, invalid, empty], 'readable files are annotated, in argument order');
      const latin = parseLines(run.stdout).find((r) => r['file'] === invalid)!;
      const problems = latin['problems'] as Array<{ code: string }>;
      assert.ok(problems.some((p) => p.code === 'invalid-utf8'), 'invalid UTF-8 is reported on the article');
    } finally {
      tmp.dispose();
    }
  });

  it('a large article is analysed whole when --max-size allows it', async () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.path, 'long.txt');
      writeFileSync(file, (ARTICLE + '\n').repeat(2000)); // ~1 MB, many paragraphs
      // What is tested is the size limit, not the speed: the time budget (2 s per 100,000 characters,
      // about 19 s here) is raised so that a busy machine does not stop the analysis.
      const run = await runCli(['annotate', '--max-size', '4MB', file], { timeoutMs: 240_000, env: { NEWSLENS_ANALYSIS_BUDGET_MS_PER_100K: '10000' } });
      assert.equal(run.code, 0, run.stderr);
      const rec = parseLines(run.stdout)[0]!;
      assert.ok((rec['quotes'] as unknown[]).length >= 4000, 'quotes are found all the way through');
    } finally {
      tmp.dispose();
    }
  });

  it('usage errors exit with 2 and say what is wrong', async () => {
    const bad = await runCli(['annotate', '--format', 'xml', 'x.txt']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown format 'xml'/);
    const none = await runCli(['annotate']);
    assert.equal(none.code, 2);
    const unknown = await runCli(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command 'frobnicate'/);
  });
});

const SARIF_SCHEMA = join(REPO, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
  return ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object);
}

/** A copy of the samples folder, so a test may add a ledger without touching the repo. */
function copySamples(into: string): string {
  const dir = join(into, 'samples');
  mkdirSync(dir);
  for (const name of readdirSync(join(REPO, 'samples'))) {
    if (/\.(?:txt|news|article)$/.test(name)) copyFileSync(join(REPO, 'samples', name), join(dir, name));
  }
  return dir;
}

describe('newslens check', () => {
  it('text output is compiler-style, one line per finding with the other source indented', async () => {
    const run = await runCli(['check', '--fail-on', 'none', 'samples']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    const findingLines = lines.filter((l) => !l.startsWith('    ') && l !== lines[lines.length - 1]);
    assert.ok(findingLines.length > 0, 'the sample story has planted disagreements');
    for (const l of findingLines) {
      assert.match(l, /^samples\/[\w.-]+:\d+:\d+ (error|warning|information|hint) [a-z-]+ \S/, l);
    }
    assert.match(lines[lines.length - 1]!, /finding/);
  });

  it('exit status follows --fail-on', async () => {
    const never = await runCli(['check', '--fail-on', 'none', 'samples']);
    assert.equal(never.code, 0);
    const any = await runCli(['check', '--fail-on', 'hint', 'samples']);
    assert.equal(any.code, 1, 'the samples have findings at hint level or above');
    const agreeing = await runCli(['check', '--fail-on', 'hint', ...readdirSync(join(REPO, 'samples')).filter((n) => n.startsWith('cave-rescue')).map((n) => join('samples', n))]);
    assert.equal(agreeing.code, 0, `the agreeing story has no findings:\n${agreeing.stdout}`);
    const usage = await runCli(['check', '--severity', 'no-such-check=error', 'samples']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /unknown check 'no-such-check'/);
  });

  it('JSON lists findings with rule, severity, file, range, message and related locations', async () => {
    const run = await runCli(['check', '--format', 'json', '--fail-on', 'none', 'samples']);
    assert.equal(run.code, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as { findings: Array<Record<string, unknown>>; stories: Array<{ articles: string[] }> };
    assert.ok(doc.findings.length > 0);
    for (const f of doc.findings) {
      for (const key of ['rule', 'severity', 'file', 'range', 'message', 'related']) assert.ok(key in f, key);
    }
    const cross = doc.findings.filter((f) => (f['related'] as unknown[]).length > 0);
    assert.ok(cross.length > 0, 'cross-source findings point at the other article');
    const storyOf = (file: string) => doc.stories.findIndex((s) => s.articles.includes(file));
    for (const f of cross) {
      for (const r of f['related'] as Array<{ file: string }>) {
        assert.equal(storyOf(r.file), storyOf(f['file'] as string), 'related locations stay within the story');
      }
    }
  });

  it('SARIF output validates against the official SARIF 2.1.0 schema', async () => {
    const validate = sarifValidator();
    const run = await runCli(['check', '--format', 'sarif', '--fail-on', 'none', 'samples']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.trimEnd().endsWith('}'), `the SARIF document is complete (${run.stdout.length} characters; stderr: ${run.stderr})`);
    const log = JSON.parse(run.stdout) as { version: string; runs: Array<{ results: unknown[] }> };
    assert.equal(log.version, '2.1.0');
    assert.ok(log.runs[0]!.results.length > 0);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    // The validator is not a rubber stamp: a broken result is refused.
    const broken = structuredClone(log);
    broken.runs[0]!.results = [{ level: 'catastrophic' }];
    assert.equal(validate(broken), false);
  });

  it('an ignored finding in the ledger is not reported again', async () => {
    const tmp = tempDir();
    try {
      const dir = copySamples(tmp.path);
      const first = JSON.parse((await runCli(['check', '--format', 'json', '--fail-on', 'none', dir])).stdout) as {
        findings: Array<{ key: string; rule: string }>;
      };
      assert.ok(first.findings.length > 0);
      const target = first.findings[0]!;
      mkdirSync(join(dir, '.newslens'));
      writeFileSync(join(dir, '.newslens', 'ledger.json'), JSON.stringify({ version: 1, ignored: [{ key: target.key }], canonical: [] }));
      const second = JSON.parse((await runCli(['check', '--format', 'json', '--fail-on', 'none', dir])).stdout) as {
        findings: Array<{ key: string }>;
      };
      assert.ok(!second.findings.some((f) => f.key === target.key), 'the ignored finding is gone');
      assert.ok(second.findings.length < first.findings.length);
      writeFileSync(join(dir, '.newslens', 'ledger.json'), '{ not json');
      const broken = await runCli(['check', dir]);
      assert.equal(broken.code, 1);
      assert.match(broken.stderr, /not a NewsLens ledger/);
    } finally {
      tmp.dispose();
    }
  });

  it('a check that throws is reported on one line of stderr', () => {
    const line = checkFailureLine({ check: 'figure-conflict', story: 'story-2', message: 'boom\n    at run (figureConflict.ts:10:5)' });
    assert.equal(line, 'newslens: Check figure-conflict failed on story story-2: boom');
  });

  it('on the real berlin-talks corpus every article lands in one story', async (t) => {
    const dir = berlinDir();
    if (!dir) return t.skip('../shared/corpus/berlin-talks not found');
    const run = await runCli(['check', '--format', 'json', '--fail-on', 'none', dir]);
    assert.equal(run.code, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as { stories: Array<{ articles: string[] }> };
    assert.ok(doc.stories.some((s) => s.articles.length === 5), JSON.stringify(doc.stories));
  });
});
