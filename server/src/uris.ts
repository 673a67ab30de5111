// The server's one spelling of a document URI. Clients encode URIs their own way: VS Code writes "("
// as %28 and a Windows drive's ":" as %3A, where Node's pathToFileURL, and so the workspace walk,
// writes them plainly. Every URI that comes in from the client is canonicalised where it enters
// (server.ts: requests, document events, file events), so that everything inside the server (the
// article store, the corpus, the diagnostics) can compare URIs as plain strings. What the server sends
// back uses the canonical spelling; LSP clients must accept another encoding of their URIs.

import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A file: URI as pathToFileURL spells its path; other schemes (untitled:) and malformed URIs as given. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/** The canonical URI of the document a request or notification is about. */
export function documentUri(params: { textDocument: { uri: string } }): string {
  return canonicalUri(params.textDocument.uri);
}

type DocumentEvents = Parameters<TextDocuments<TextDocument>['listen']>[0];

/** The params with the document's URI canonical. */
function canonicalParams<P extends { textDocument: { uri: string } }>(params: P): P {
  return { ...params, textDocument: { ...params.textDocument, uri: documentUri(params) } };
}

/**
 * The connection's document notifications with canonical URIs, for TextDocuments.listen: the open
 * documents are then keyed by the canonical URI, like everything else in the server.
 */
export function canonicalDocumentEvents(connection: DocumentEvents): DocumentEvents {
  return {
    onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument((p) => handler(canonicalParams(p))),
    onDidChangeTextDocument: (handler) => connection.onDidChangeTextDocument((p) => handler(canonicalParams(p))),
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument((p) => handler(canonicalParams(p))),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument((p) => handler(canonicalParams(p))),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil((p, token) => handler(canonicalParams(p), token)),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument((p) => handler(canonicalParams(p))),
  };
}
