// `newslens check PATH...`: groups the articles into stories, runs every cross-source check with the
// same engine the language server uses, and prints the findings as text, JSON or SARIF 2.1.0.

import { basename, dirname, join } from 'node:path';
import { DEFAULT_MAX_CHARS } from '../analysis/limits';
import { CHECK_INFO } from '../analysis/cross/checks/index';
import { analyzeCorpus } from '../analysis/cross/engine';
import { parseLedgerText } from '../analysis/cross/ledger';
import type { CheckFailure, CorpusOptions, Finding, Ledger, Severity, SeveritySetting, SourceArticle, StoryResult } from '../analysis/cross/types';
import { DEFAULT_MAX_FILE_BYTES, formatBytes, readRegularFile } from '../articleFile';
import { MAX_LEDGER_BYTES } from '../ledgerFile';
import { ANALYSE_ARGS, ANALYSE_HELP, analyseArgs, analyseFiles, type AnalyseOptions } from './analyseFiles';
import { checkFailureText } from '../format';
import { EXIT_OK, EXIT_PARTIAL, lastValue, maxSizeOption, parseCommandArgs, UsageError, type ArgValue, type CliIO, type Command } from './command';
import { ARTICLE_EXTENSIONS, collectInputs } from './inputs';
import { formatFindingsJson, formatFindingsSarif, formatFindingsText, type CheckedFile } from './findingFormats';
import { safeName } from './textFormat';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'none'];
const SEVERITY_RANK: Record<Severity, number> = { error: 4, warning: 3, information: 2, hint: 1 };
const SETTINGS: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

export const checkCommand: Command = {
  name: 'check',
  summary: 'find where the articles of each story disagree (figures, dates, names, roles, quotes)',
  help: `Usage: newslens check [options] PATH...

Reads the article files (a directory is searched recursively for ${ARTICLE_EXTENSIONS.map((e) => '*' + e).join(', ')}),
groups them into stories, and reports every place where the sources of a story disagree, plus each
article's own problems (unbalanced quotation marks, unattributed speech). Articles of different
stories are never compared.

Options:
  --format text|json|sarif   text (default): one line per finding, file:line:col severity check message,
                             with the other sources' passages indented below;
                             json: one JSON document with stories and findings;
                             sarif: SARIF 2.1.0, for code-scanning tools
  --fail-on LEVEL            exit with 1 when a finding is at LEVEL or above:
                             error (default), warning, information, hint, or none (never)
  --severity CHECK=LEVEL     change a check's severity (off, hint, information, warning, error);
                             repeatable. Checks: ${CHECK_INFO.map((c) => c.id).join(', ')}
  --threshold N              how similar two articles must be (0..1) to count as one story
  --ledger FILE              ignored findings and accepted values (default: .newslens/ledger.json
                             in the current directory or in the directory given, when it exists)
  --no-ledger                do not read any ledger
  --max-size BYTES           skip files larger than this (default ${formatBytes(DEFAULT_MAX_FILE_BYTES)})
${ANALYSE_HELP}
  -h, --help                 show this help

Files that cannot be read (missing, binary, too large) get one line on stderr and are left out, as
does a file whose analysis runs past its time budget (2 s per 100,000 characters): "analysis stopped".

Exit status: 0 no finding at or above --fail-on, 1 some finding is (or no article could be read),
2 usage error.`,

  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals, help } = parseCommandArgs(checkCommand, argv, {
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
      severity: { type: 'string', multiple: true },
      threshold: { type: 'string' },
      ledger: { type: 'string' },
      'no-ledger': { type: 'boolean' },
      'max-size': { type: 'string' },
      ...ANALYSE_ARGS,
    });
    if (help) {
      await io.out(checkCommand.help + '\n');
      return EXIT_OK;
    }
    const format = oneOf(lastValue(values.format) ?? 'text', FORMATS, 'format') as Format;
    const failOn = oneOf(lastValue(values['fail-on']) ?? 'error', LEVELS, '--fail-on level');
    const options: CorpusOptions = { severity: parseSeverities(values.severity), onCheckError: (f) => io.err(checkFailureLine(f)) };
    const threshold = parseThreshold(lastValue(values.threshold));
    if (threshold !== undefined) options.storyThreshold = threshold;
    const maxBytes = maxSizeOption(values['max-size'], DEFAULT_MAX_FILE_BYTES, checkCommand);
    if (positionals.length === 0) throw new UsageError('no files given', checkCommand);

    if (values['no-ledger'] !== true) {
      const ledger = await loadLedger(lastValue(values.ledger), positionals, io);
      if (ledger === 'failed') return EXIT_PARTIAL;
      if (ledger) options.ledger = ledger;
    }

    const { articles, files } = await readArticles(positionals, { maxBytes, maxChars: Math.max(DEFAULT_MAX_CHARS, maxBytes), facts: true, ...analyseArgs(values, checkCommand) }, io);
    if (articles.length === 0) {
      io.err('newslens: no article could be read');
      return EXIT_PARTIAL;
    }

    const result = analyzeCorpus(articles, options);
    const findings = sortFindings(result.findings, files);
    await writeFindings(format, findings, files, result.stories, io);

    if (failOn === 'none') return EXIT_OK;
    const rank = SEVERITY_RANK[failOn as Severity];
    return findings.some((f) => SEVERITY_RANK[f.severity] >= rank) ? EXIT_PARTIAL : EXIT_OK;
  },
};

/** The --threshold option: a number from 0 to 1, or undefined when absent. */
function parseThreshold(arg: string | undefined): number | undefined {
  if (arg === undefined) return undefined;
  const t = Number(arg);
  if (!(t >= 0 && t <= 1) || arg.trim() === '') {
    throw new UsageError(`--threshold needs a number between 0 and 1, not '${arg}'`, checkCommand);
  }
  return t;
}

/** One line on stderr for a check that threw: its findings are missing from the output. */
export function checkFailureLine(f: CheckFailure): string {
  return `newslens: ${checkFailureText({ ...f, message: f.message.split('\n')[0] ?? '' })}`;
}

/**
 * Reads and analyses every article the paths lead to. A file that cannot be read or analysed gets
 * one line on stderr and is left out; the others go on.
 */
async function readArticles(positionals: string[], options: AnalyseOptions, io: CliIO): Promise<{ articles: SourceArticle[]; files: CheckedFile[] }> {
  const inputs = await collectInputs(positionals);
  for (const p of inputs.problems) io.err(`newslens: ${safeName(p.path)}: skipped: ${p.message}`);
  const articles: SourceArticle[] = [];
  const files: CheckedFile[] = [];
  await analyseFiles(
    inputs.files.map((f) => f.path),
    options,
    (file) => {
      if (file.kind === 'unread') io.err(`newslens: ${safeName(file.path)}: skipped: ${file.message}`);
      else if (file.kind === 'failed') io.err(`newslens: ${safeName(file.path)}: skipped: internal error while analysing (${file.message.split('\n')[0]})`);
      else if (file.kind === 'stopped') io.err(`newslens: ${safeName(file.path)}: skipped: ${file.message}`);
      else {
        const { path, read } = file;
        if (read.warning) io.err(`newslens: ${safeName(path)}: ${read.warning}`);
        articles.push({ id: path, name: basename(path), text: read.text, analysis: file.analysis, facts: file.facts, features: file.features });
        files.push({ path, text: read.text });
      }
      return Promise.resolve();
    },
  );
  return { articles, files };
}

async function writeFindings(format: Format, findings: Finding[], files: CheckedFile[], stories: StoryResult[], io: CliIO): Promise<void> {
  const summary = stories.map((s) => ({ id: s.story.id, label: s.story.label, articles: s.story.articles, links: s.story.links }));
  if (format === 'json') await io.out(formatFindingsJson(findings, files, summary) + '\n');
  else if (format === 'sarif') await io.out(formatFindingsSarif(findings, files, CHECK_INFO) + '\n');
  else await io.out(formatFindingsText(findings, files, summary));
}

function oneOf(value: string, allowed: readonly string[], what: string): string {
  if (!allowed.includes(value)) throw new UsageError(`unknown ${what} '${value}' (expected ${allowed.join(', ')})`, checkCommand);
  return value;
}

function parseSeverities(v: ArgValue): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  const list = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
  for (const item of list) {
    const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(item.trim());
    if (!m) throw new UsageError(`--severity needs CHECK=LEVEL, not '${item}'`, checkCommand);
    const [, id, level] = m as unknown as [string, string, string];
    if (!CHECK_INFO.some((c) => c.id === id)) {
      throw new UsageError(`unknown check '${id}' (checks: ${CHECK_INFO.map((c) => c.id).join(', ')})`, checkCommand);
    }
    if (!SETTINGS.includes(level)) throw new UsageError(`unknown severity '${level}' (expected ${SETTINGS.join(', ')})`, checkCommand);
    out[id] = level as SeveritySetting;
  }
  return out;
}

/**
 * Finds and reads the ledger: the file given, or .newslens/ledger.json in the current directory or in
 * the single directory given. A ledger that exists but cannot be read is an error (its ignores would
 * silently come back otherwise); no ledger at all is normal. It is read like an article: a regular file
 * only (a FIFO or a device is refused, never waited on), and at most MAX_LEDGER_BYTES.
 */
async function loadLedger(given: string | undefined, positionals: string[], io: CliIO): Promise<Ledger | undefined | 'failed'> {
  const candidates = given !== undefined ? [given] : ledgerCandidates(positionals);
  for (const path of candidates) {
    const read = await readRegularFile(path, MAX_LEDGER_BYTES, 'a ledger');
    if (!read.ok) {
      if (given === undefined && read.reason === 'missing') continue;
      io.err(`newslens: ${safeName(path)}: cannot read the ledger: ${read.message}`);
      return 'failed';
    }
    const parsed = parseLedgerText(read.bytes.toString('utf8'));
    if (!parsed.ok) {
      io.err(`newslens: ${safeName(path)}: ${parsed.message}`);
      return 'failed';
    }
    return parsed.ledger;
  }
  return undefined;
}

function ledgerCandidates(positionals: string[]): string[] {
  const out = [join('.newslens', 'ledger.json')];
  if (positionals.length === 1) {
    const p = positionals[0]!;
    out.unshift(join(p, '.newslens', 'ledger.json'), join(dirname(p), '.newslens', 'ledger.json'));
  }
  return [...new Set(out)];
}

/** Files in the order given, findings by position within each file. */
function sortFindings(findings: Finding[], files: CheckedFile[]): Finding[] {
  const order = new Map(files.map((f, i) => [f.path, i]));
  return [...findings].sort(
    (a, b) =>
      (order.get(a.location.article) ?? 0) - (order.get(b.location.article) ?? 0) ||
      a.location.span.start - b.location.span.start ||
      a.check.localeCompare(b.check),
  );
}
