/** Error codes of a store that is briefly unavailable or busy (worth retrying). */
const TRANSIENT = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_LOCK_DEADLOCK',
  'ER_CON_COUNT_ERROR',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'ER_SERVER_SHUTDOWN',
  'POOL_CLOSED',
  // A remote ERP or CRM subgraph that a GraphQL connector cannot reach (see RemoteUnavailableError).
  'REMOTE_UNAVAILABLE',
]);

/** True when an error says the store is briefly unavailable (connection refused or lost, lock timeout, busy). */
export function isTransient(error: unknown): boolean {
  for (let e = error as { code?: string; driverError?: unknown; cause?: unknown } | undefined; e; e = (e.driverError ?? e.cause) as typeof e) {
    if (e.code && TRANSIENT.has(e.code)) return true;
    if (e === e.driverError) break;
  }
  return /connect ECONNREFUSED|Connection lost|Can't add new command when connection is in closed state|database is locked/i.test(String((error as Error)?.message));
}

/**
 * Runs `work`, retrying transient store errors with exponential backoff (0.2 s, 0.4 s, ... capped
 * at 5 s) for up to `maxMs`; other errors, and the last transient one, are thrown.
 */
export async function withRetry<T>(work: () => Promise<T>, opts: { maxMs?: number; log?: (e: unknown, attempt: number) => void; until?: () => boolean } = {}): Promise<T> {
  const deadline = Date.now() + (opts.maxMs ?? 30_000);
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      // `until`: the caller gives up early (a process that is stopping).
      if (!isTransient(error) || Date.now() >= deadline || opts.until?.()) throw error;
      opts.log?.(error, attempt);
      await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** (attempt - 1), 5000)));
    }
  }
}
