// Whether files are read on the calling thread. On a local disk a small file reads synchronously in
// tens of microseconds, while the asynchronous API pays four thread-pool round trips for it (open, stat,
// read, close): a warm start of 1,000 articles, which reads each article and its cache entry, spent more
// time in those round trips than in anything else. So files are read inline while reads stay quick; a few
// slow ones (a network share, a disk waking up, a machine under heavy load) turn it off for the rest of the
// process, so the thread is never held long again. Callers give way to other work between reads.

/**
 * A read slower than this counts as slow. A local read takes well under a millisecond; on a busy machine
 * the thread can lose the processor for tens of milliseconds in the middle of one, which says nothing
 * about the disk, so only a much longer read counts.
 */
const SLOW_READ_MS = 100;
/** After this many slow reads, files are read asynchronously from then on. */
const SLOW_READS_ALLOWED = 5;

let enabled = true;
let slowReads = 0;

/** Whether the next read should be made inline. */
export function readsInline(): boolean {
  return enabled;
}

/** Runs one inline read and notes how long it took. */
export function timedRead<T>(read: () => T): T {
  const started = performance.now();
  try {
    return read();
  } finally {
    if (performance.now() - started > SLOW_READ_MS && ++slowReads >= SLOW_READS_ALLOWED) enabled = false;
  }
}

/** For tests: turns inline reads on or off (on also forgets the slow reads seen so far). */
export function setReadsInline(on: boolean): void {
  enabled = on;
  slowReads = 0;
}
