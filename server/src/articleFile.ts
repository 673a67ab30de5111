// Reads an article file from disk and decides whether it can be analysed. Shared by the CLI and the
// language server so both skip the same files with the same message. The analysis core never reads files.

import { closeSync, constants as fsConstants, fstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs';
import { readsInline, timedRead } from './inlineReads';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
/** O_NONBLOCK where the system has it (Windows has no FIFOs to block on, and no such flag). */
const NON_BLOCKING = (fsConstants as Partial<typeof fsConstants>).O_NONBLOCK ?? 0;
/** Bytes read per call while a file is read in pieces (so a file that grows while read stops at the limit). */
const CHUNK_BYTES = 1024 * 1024;

export type ReadFailure = { ok: false; reason: 'missing' | 'unreadable' | 'binary' | 'too-large' | 'directory' | 'not-regular'; message: string };

export type ReadResult = { ok: true; text: string; bytes: number; warning?: string } | ReadFailure;

/** The bytes of a regular file, with its modification time as the opened file's stat gave it. */
export type BytesResult = { ok: true; bytes: Buffer; mtimeMs: number } | ReadFailure;

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
  const read = await readRegularFile(path, maxBytes, 'an article');
  return read.ok ? decodeArticle(read.bytes, maxBytes) : read;
}

/**
 * Reads a regular file of at most `maxBytes`, whatever the path turns out to be. The file is opened
 * without blocking (opening a FIFO that no one writes to would wait forever), the OPENED file is
 * checked (so a link to /dev/zero is caught, and nothing can swap the file between check and read),
 * and the read stops after `maxBytes` + 1 bytes even if the file grows meanwhile. Never throws.
 */
export async function readRegularFile(path: string, maxBytes: number, what = 'a file'): Promise<BytesResult> {
  if (readsInline()) return timedRead(() => readRegularFileNow(path, maxBytes, what));
  let file: fs.FileHandle;
  try {
    file = await fs.open(path, fsConstants.O_RDONLY | NON_BLOCKING);
  } catch (err) {
    return openFailure(err);
  }
  try {
    const stat = await file.stat();
    const refused = refusal(stat, maxBytes, what);
    if (refused) return refused;
    const reader = new BoundedReader(maxBytes, stat);
    for (;;) {
      const chunk = reader.nextChunk();
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
      const done = reader.took(chunk, bytesRead, what);
      if (done) return done;
    }
  } catch (err) {
    return openFailure(err);
  } finally {
    await file.close().catch(() => undefined);
  }
}

/** readRegularFile on the calling thread, with the same checks. */
function readRegularFileNow(path: string, maxBytes: number, what: string): BytesResult {
  let fd: number;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | NON_BLOCKING);
  } catch (err) {
    return openFailure(err);
  }
  try {
    const stat = fstatSync(fd);
    const refused = refusal(stat, maxBytes, what);
    if (refused) return refused;
    const reader = new BoundedReader(maxBytes, stat);
    for (;;) {
      const chunk = reader.nextChunk();
      const done = reader.took(chunk, readSync(fd, chunk, 0, chunk.length, null), what);
      if (done) return done;
    }
  } catch (err) {
    return openFailure(err);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closing a descriptor that was read cannot lose anything.
    }
  }
}

/** Why the opened file is not read at all, or undefined when it may be. */
function refusal(stat: Stats, maxBytes: number, what: string): ReadFailure | undefined {
  if (stat.isDirectory()) return { ok: false, reason: 'directory', message: 'is a directory' };
  if (!stat.isFile()) return { ok: false, reason: 'not-regular', message: notRegularMessage(stat) };
  if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes, what);
  return undefined;
}

/**
 * The chunks of one bounded read. The first read asks for the whole file and one byte more (so the end is
 * seen in one call when the file did not grow); uninitialised memory is fine, only the bytes read are kept.
 */
class BoundedReader {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private want: number;

  constructor(
    private readonly maxBytes: number,
    private readonly stat: Stats,
  ) {
    this.want = Math.min(stat.size + 1, CHUNK_BYTES, maxBytes + 1);
  }

  nextChunk(): Buffer {
    return Buffer.allocUnsafe(this.want);
  }

  /** Takes what a read gave; the result once the file is read (or too large), else undefined. */
  took(chunk: Buffer, bytesRead: number, what: string): BytesResult | undefined {
    if (bytesRead === 0) {
      // A file read in one piece (the usual case) is that piece: no copy.
      const bytes = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.total);
      return { ok: true, bytes, mtimeMs: this.stat.mtimeMs };
    }
    this.chunks.push(chunk.subarray(0, bytesRead));
    this.total += bytesRead;
    this.want = Math.min(CHUNK_BYTES, this.maxBytes + 1 - this.total);
    return this.total > this.maxBytes ? tooLarge(undefined, this.maxBytes, what) : undefined;
  }
}

function openFailure(err: unknown): ReadFailure {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', message: 'file not found (deleted or moved?)' };
  if (code === 'EISDIR') return { ok: false, reason: 'directory', message: 'is a directory' };
  // A UNIX socket cannot be opened at all.
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') return { ok: false, reason: 'not-regular', message: 'is a socket or a device, not a regular file' };
  return { ok: false, reason: 'unreadable', message: `cannot be read (${code ?? String(err)})` };
}

function tooLarge(bytes: number | undefined, maxBytes: number, what: string): ReadFailure {
  const limit = `the ${formatBytes(maxBytes)} limit for ${what}`;
  const message = bytes === undefined ? `grew past ${limit} while being read` : `${formatBytes(bytes)} is over ${limit}`;
  return { ok: false, reason: 'too-large', message };
}

/** What the directory listing or stat() of a file says it is. */
export interface FileType {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}

/** Why a file that is not a regular file is not read, for the skip line ("is a FIFO (named pipe), …"). */
export function notRegularMessage(type: FileType): string {
  const kind = type.isFIFO()
    ? 'a FIFO (named pipe)'
    : type.isCharacterDevice()
      ? 'a character device'
      : type.isBlockDevice()
        ? 'a block device'
        : type.isSocket()
          ? 'a socket'
          : 'a special file';
  return `is ${kind}, not a regular file`;
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
