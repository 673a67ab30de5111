// `newslens annotate FILE...`: runs the analysis core on article files and prints what it found.

import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_CHARS } from '../analysis/limits';
import { analyzeCorpus } from '../analysis/cross/engine';
import type { Problem } from '../analysis/types';
import { stoppedAnalysis } from '../pool/analysisPool';
import { DEFAULT_MAX_FILE_BYTES, formatBytes } from '../articleFile';
import { ANALYSE_ARGS, ANALYSE_HELP, analyseArgs, analyseFiles } from './analyseFiles';
import { EXIT_OK, EXIT_PARTIAL, lastValue, maxSizeOption, parseCommandArgs, UsageError, type CliIO, type Command } from './command';
import { ARTICLE_EXTENSIONS, collectInputs } from './inputs';
import { annotationCollection, type AnnotationCollection, type W3cArticle } from '../w3c';
import { checkFailureLine } from './check';
import { toRecord } from './record';
import { formatText, safeName } from './textFormat';

const FORMATS = ['json', 'text', 'w3c'] as const;
type Format = (typeof FORMATS)[number];

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'list the people, organisations, places, figures and quotes in articles (JSON, text or W3C Web Annotations)',
  help: `Usage: newslens annotate [options] PATH...

Analyses each article file and prints its entities, figures, quotes and problems.
A directory is searched (recursively) for ${ARTICLE_EXTENSIONS.map((e) => '*' + e).join(', ')} files,
skipping node_modules and hidden directories; files named explicitly are read whatever their name.

Options:
  --format json|text|w3c
                       json (default): one JSON object per line per file;
                       text: a readable summary per file;
                       w3c: one W3C Web Annotation collection (JSON-LD) for all the files,
                       with the findings where the files' sources disagree
  --max-size BYTES     skip files larger than this (default ${formatBytes(DEFAULT_MAX_FILE_BYTES)});
                       accepts suffixes: 512KB, 10MB
${ANALYSE_HELP}
  -h, --help           show this help

JSON output (one line per annotated file):
  {"file", "length",
   "entities": [{"id","type","text","start","end","name","roles", "title"?,"subtype"?}]  one row per mention,
   "figures":  [{"kind","text","start","end","value","unit","interval","hedge","counts", ...}],
   "quotes":   [{"kind","text","start","end","speaker","speakerId","inner","attribution","broken"}],
   "problems": [{"code","severity","message","start","end"}]}
  Offsets are UTF-16 code units into the file's text, half-open [start, end).
  type is person|organization|place|other; speaker is the canonical name or null;
  an open end of a figure's interval is null. Absent values are null.

W3C output: {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
  "total", "first": {"type": "AnnotationPage", "items": [Annotation, ...]}}: one Annotation per entity
  mention, figure and quote, and one per finding with every passage involved as its targets. A
  target is {"source": file URI, "selector": [TextPositionSelector (UTF-16 offsets),
  TextQuoteSelector (exact, prefix, suffix)]}; bodies are TextualBodies (see the README).

Files that cannot be annotated (missing, unreadable, binary, too large) get one line on stderr,
"newslens: PATH: skipped: REASON", and nothing on stdout. A file whose analysis runs past its time
budget (2 s per 100,000 characters) is stopped: one line on stderr, and its record has no entities,
figures or quotes, only an 'analysis-stopped' problem.

Exit status: 0 every file was annotated, 1 some were skipped, 2 usage error.`,

  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals, help } = parseCommandArgs(annotateCommand, argv, {
      format: { type: 'string', short: 'f' },
      'max-size': { type: 'string' },
      ...ANALYSE_ARGS,
    });
    if (help) {
      await io.out(annotateCommand.help + '\n');
      return EXIT_OK;
    }
    const formatArg = lastValue(values.format) ?? 'json';
    if (!(FORMATS as readonly string[]).includes(formatArg)) {
      throw new UsageError(`unknown format '${formatArg}' (expected ${FORMATS.join(' or ')})`, annotateCommand);
    }
    const format = formatArg as Format;
    const maxBytes = maxSizeOption(values['max-size'], DEFAULT_MAX_FILE_BYTES, annotateCommand);
    if (positionals.length === 0) throw new UsageError('no files given', annotateCommand);

    // A file the reader accepts is analysed whole: UTF-8 never has fewer bytes than UTF-16 units.
    const maxChars = Math.max(DEFAULT_MAX_CHARS, maxBytes);
    const inputs = await collectInputs(positionals);
    let skipped = 0;
    let annotated = 0;
    for (const p of inputs.problems) {
      io.err(`newslens: ${safeName(p.path)}: skipped: ${p.message}`);
      skipped++;
    }
    const w3c: W3cArticle[] = [];
    const paths = inputs.files.map((f) => f.path);
    await analyseFiles(paths, { maxBytes, maxChars, ...analyseArgs(values, annotateCommand) }, async (file) => {
      if (file.kind === 'unread' || file.kind === 'failed') {
        const why = file.kind === 'unread' ? file.message : `internal error while analysing (${file.message.split('\n')[0]})`;
        io.err(`newslens: ${safeName(file.path)}: skipped: ${why}`);
        skipped++;
        return;
      }
      const { path, read } = file;
      const fileProblems = read.warning ? [invalidUtf8Problem(read.text, read.warning)] : [];
      if (file.kind === 'stopped') {
        io.err(`newslens: ${safeName(path)}: ${file.message}`);
        skipped++;
      }
      const analysis = file.kind === 'stopped' ? stoppedAnalysis(read.text.length, file.message) : file.analysis;
      if (format === 'w3c') w3c.push({ id: path, source: pathToFileURL(resolve(path)).href, text: read.text, analysis });
      const output =
        format === 'json'
          ? JSON.stringify(toRecord(path, analysis, fileProblems)) + '\n'
          : format === 'text'
            ? (annotated > 0 ? '\n' : '') + formatText(path, read.text, analysis, fileProblems)
            : '';
      if (output) await io.out(output);
      annotated++;
    });
    if (format === 'w3c') await io.out(JSON.stringify(w3cCollection(w3c, io)) + '\n');
    if (format === 'text' && annotated + skipped > 1) {
      await io.out(`\n${plural(annotated, 'file')} annotated${skipped ? `, ${skipped} skipped` : ''}.\n`);
    }
    return skipped > 0 ? EXIT_PARTIAL : EXIT_OK;
  },
};

/** The files' annotations with the findings of the stories they form (as `check` finds them, without a ledger). */
function w3cCollection(articles: W3cArticle[], io: CliIO): AnnotationCollection {
  const sources = articles.map((a) => ({ id: a.id, name: basename(a.id), text: a.text, analysis: a.analysis }));
  const result = analyzeCorpus(sources, { onCheckError: (f) => io.err(checkFailureLine(f)) });
  return annotationCollection(articles, result.findings);
}

/** A problem pointing at the first run of replacement characters (the first undecodable bytes). */
function invalidUtf8Problem(text: string, message: string): Problem {
  const at = text.indexOf('\uFFFD');
  let end = at;
  while (end >= 0 && text.charCodeAt(end) === 0xfffd) end++;
  return { code: 'invalid-utf8', severity: 'warning', message, start: Math.max(0, at), end: Math.max(0, end) };
}

function plural(n: number, one: string): string {
  return `${n} ${n === 1 ? one : one + 's'}`;
}
