// What the connected editor supports, read once from the initialize request so that features can ask
// plain questions ("may tokens span lines?") instead of digging through ClientCapabilities.

import type { ClientCapabilities } from 'vscode-languageserver';

export interface ClientSupport {
  /** workspace/configuration: settings can be pulled per resource. */
  configuration: boolean;
  /** workspace/didChangeConfiguration can be registered dynamically (with a section). */
  configurationRegistration: boolean;
  workspaceFolders: boolean;
  /** workspace/didChangeWatchedFiles can be registered dynamically with globs. */
  watchedFilesRegistration: boolean;
  hierarchicalSymbols: boolean;
  multilineTokens: boolean;
  semanticTokensRefresh: boolean;
  relatedInformation: boolean;
}

export function readClientSupport(caps: ClientCapabilities): ClientSupport {
  return {
    configuration: !!caps.workspace?.configuration,
    configurationRegistration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    workspaceFolders: !!caps.workspace?.workspaceFolders,
    watchedFilesRegistration: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    hierarchicalSymbols: !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    multilineTokens: !!caps.textDocument?.semanticTokens?.multilineTokenSupport,
    semanticTokensRefresh: !!caps.workspace?.semanticTokens?.refreshSupport,
    relatedInformation: !!caps.textDocument?.publishDiagnostics?.relatedInformation,
  };
}

export const NO_SUPPORT: ClientSupport = readClientSupport({});
