/** How long a subscription waits for its bus to confirm it before it reads its snapshot anyway (Redis away). */
export const SUBSCRIBE_WAIT_MS = 3000;

/**
 * Resolves once every iterator's bus has confirmed the subscription (a Redis SUBSCRIBE answered),
 * so a snapshot read afterwards misses no event published in between: every later event is in
 * the iterator's buffer. In-memory iterators are live at once. While Redis is away it gives up
 * after `timeoutMs` and answers false: the gateway still answers the snapshot, and the events
 * follow once the bus is back (the subscriber resubscribes on reconnect).
 */
export async function whenSubscribed(iterators: Array<AsyncIterableIterator<unknown>>, timeoutMs = SUBSCRIBE_WAIT_MS): Promise<boolean> {
  const readies = iterators.map((it) => (it as { ready?: Promise<boolean> }).ready).filter((r): r is Promise<boolean> => !!r);
  if (readies.length === 0) return true;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    const answers = await Promise.race([Promise.all(readies), late]);
    return Array.isArray(answers) && answers.every(Boolean);
  } finally {
    clearTimeout(timer);
  }
}
