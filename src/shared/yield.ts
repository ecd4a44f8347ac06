/**
 * Lets the event loop run pending I/O (HTTP requests, timers). better-sqlite3 answers
 * synchronously, so a long job would otherwise run from microtask to microtask and starve
 * every request: bulk work calls this between slices.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
