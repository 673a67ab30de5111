// Reads an article file from disk and decides whether it can be analysed. Shared by the CLI and the
// language server so both skip the same files with the same message. The analysis core never reads files.

import { promises as fs } from 'node:fs';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string; bytes: number; warning?: string }
  | { ok: false; reason: 'missing' | 'unreadable' | 'binary' | 'too-large' | 'directory'; message: string };

/**
 * Decodes file bytes as an article. Binary content is refused; invalid UTF-8 is decoded with
 * replacement characters (so the article is still usable) and reported as a warning.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: `${formatBytes(bytes.length)} is over the ${formatBytes(maxBytes)} limit for an article`,
    };
  }
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary', message: 'binary file, not an article' };
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // UTF-8 byte-order mark
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), bytes: bytes.length };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(body),
      bytes: bytes.length,
      warning: 'not valid UTF-8; undecodable bytes are shown as \uFFFD',
    };
  }
}

/** Reads and decodes one file; a file that vanishes or cannot be read yields a reason, never a throw. */
export async function readArticle(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return { ok: false, reason: 'directory', message: 'is a directory' };
    if (stat.size > maxBytes) {
      return {
        ok: false,
        reason: 'too-large',
        message: `${formatBytes(stat.size)} is over the ${formatBytes(maxBytes)} limit for an article`,
      };
    }
    return decodeArticle(await fs.readFile(path), maxBytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'missing', message: 'file not found (deleted or moved?)' };
    return { ok: false, reason: 'unreadable', message: `cannot be read (${code ?? String(err)})` };
  }
}

/**
 * A file is binary when its first 8 KB hold a NUL byte or mostly control characters. UTF-16 text
 * (which has NULs) is treated as binary too: news articles are UTF-8 in practice.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
