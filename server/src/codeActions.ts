// Code actions on NewsLens findings, usable from any LSP editor: each action carries a command the
// SERVER executes (workspace/executeCommand, announced in executeCommandProvider), never a workspace
// edit and never a client-side command. Both commands record a decision in the ledger of the article's
// workspace folder (.newslens/ledger.json); the corpus then re-checks and republishes. Articles are
// never modified.
//
//   newslens.ignoreFinding  [{ uri, key, check?, note?, fingerprint? }]  → ledger.ignored += key
//   newslens.acceptValue    [{ uri, key, value, check?, fingerprint? }]  → ledger.canonical[key] = value
//     (key: the finding's fact id when it has one, else the finding key; fingerprint: the finding's, or
//     its fact's, identity without the fact's label, so the decision survives a relabelled fact)

import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type ExecuteCommandParams,
} from 'vscode-languageserver';
import type { CorpusIndex } from './corpus';
import { DIAGNOSTIC_SOURCE, type FindingData } from './diagnostics';
import { excerpt } from './format';

export const IGNORE_FINDING_COMMAND = 'newslens.ignoreFinding';
export const ACCEPT_VALUE_COMMAND = 'newslens.acceptValue';
export const SERVER_COMMANDS = [IGNORE_FINDING_COMMAND, ACCEPT_VALUE_COMMAND];

/** Checks whose findings name competing values one of which can be accepted as canonical. */
const ACCEPTABLE: ReadonlySet<string> = new Set(['name-variant', 'figure-conflict', 'date-conflict', 'role-conflict']);
const MAX_VALUES = 6;

export interface IgnoreFindingArgs {
  uri: string;
  key: string;
  check?: string;
  note?: string;
  fingerprint?: string;
}

export interface AcceptValueArgs {
  uri: string;
  key: string;
  value: string;
  check?: string;
  fingerprint?: string;
}

export function codeActions(params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k === CodeActionKind.QuickFix)) return [];
  const out: CodeAction[] = [];
  const uri = params.textDocument.uri;
  for (const d of params.context.diagnostics) {
    const data = findingData(d);
    if (!data) continue;
    const accept = data.values && data.values.length > 1 && ACCEPTABLE.has(data.check) ? data.values.slice(0, MAX_VALUES) : [];
    for (const value of accept) {
      const args: AcceptValueArgs = { uri, key: data.fact ?? data.key, value, check: data.check };
      if (data.factFingerprint) args.fingerprint = data.factFingerprint;
      out.push({
        title: `Accept '${excerpt(value, 50)}' as canonical for this story`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: 'Accept as canonical', command: ACCEPT_VALUE_COMMAND, arguments: [args] },
      });
    }
    const args: IgnoreFindingArgs = { uri, key: data.key, check: data.check, note: `${data.check}: ${excerpt(d.message, 120)}` };
    if (data.fingerprint) args.fingerprint = data.fingerprint;
    out.push({
      title: `Ignore this finding (${data.check})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: 'Ignore this finding', command: IGNORE_FINDING_COMMAND, arguments: [args] },
    });
  }
  return out;
}

function findingData(d: Diagnostic): FindingData | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = d.data as Partial<FindingData> | undefined;
  if (!data || typeof data.key !== 'string' || typeof data.check !== 'string') return undefined;
  const out: FindingData = { key: data.key, check: data.check };
  if (typeof data.fact === 'string') out.fact = data.fact;
  if (Array.isArray(data.values)) out.values = data.values.filter((v): v is string => typeof v === 'string');
  if (typeof data.fingerprint === 'string') out.fingerprint = data.fingerprint;
  if (typeof data.factFingerprint === 'string') out.factFingerprint = data.factFingerprint;
  return out;
}

/** Runs one of the server's commands; answers a short human message (or null for an unknown one). */
export async function executeCommand(params: ExecuteCommandParams, corpus: CorpusIndex, connection: Connection): Promise<string | null> {
  const arg: unknown = params.arguments?.[0];
  if (typeof arg !== 'object' || arg === null) throw new Error(`${params.command}: missing argument`);
  const a = arg as Record<string, unknown>;
  const uri = typeof a['uri'] === 'string' ? a['uri'] : '';
  const key = typeof a['key'] === 'string' ? a['key'] : '';
  if (!key) throw new Error(`${params.command}: missing key`);
  const print = typeof a['fingerprint'] === 'string' && a['fingerprint'] ? { fingerprint: a['fingerprint'] } : {};
  let path: string | undefined;
  switch (params.command) {
    case IGNORE_FINDING_COMMAND: {
      const note = typeof a['note'] === 'string' ? a['note'] : undefined;
      path = await corpus.editLedger(uri, (l) => {
        if (l.ignored.some((i) => i.key === key)) return;
        l.ignored.push({ key, ...(note ? { note } : {}), ...print });
      });
      break;
    }
    case ACCEPT_VALUE_COMMAND: {
      const value = typeof a['value'] === 'string' ? a['value'] : undefined;
      if (value === undefined) throw new Error(`${params.command}: missing value`);
      path = await corpus.editLedger(uri, (l) => {
        l.canonical = l.canonical.filter((c) => c.key !== key);
        l.canonical.push({ key, value, ...print });
      });
      break;
    }
    default:
      return null;
  }
  if (!path) {
    void connection.window.showWarningMessage('NewsLens: open a folder to record decisions in .newslens/ledger.json.');
    return null;
  }
  return `Recorded in ${path}`;
}
