// The analyser's limits and version, in a module of their own: the language server and the CLI read them
// without loading the analyser (and compromise with it) into their main thread.

/**
 * The analyser's version, part of every persistent cache key: bump it when a change to the analysis is not
 * visible in its sources (a dependency's data, say). Changes to the sources themselves already change the
 * build's hash of them, which is in the key too.
 */
export const ANALYSER_VERSION = 1;

// Half a million characters is a long book chapter; news articles are a few thousand. Beyond it the editor
// would wait seconds for an analysis, so the rest is left out and a problem says so.
export const DEFAULT_MAX_CHARS = 500_000;
