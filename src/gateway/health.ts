import { DataSource } from 'typeorm';
import { redisReachable } from '../shared/redis-event-bus';

/** How long one dependency may take to answer a probe before it counts as down. */
export const PROBE_TIMEOUT_MS = 2000;

/** What `/readyz` answers. */
export interface ReadinessReport {
  ready: boolean;
  /** Why not, in words that name no host or secret (public: load balancers read it). */
  reason?: string;
  /** Each dependency: `ok` or the driver's message (only for callers who may use the API). */
  checks: Record<string, string>;
}

async function probe(check: () => Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS)))]);
    return 'ok';
  } catch (error) {
    return (error as Error).message || 'failed';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Liveness and readiness of one process (gateway, standalone worker). Ready means: not
 * shutting down, every store answers a trivial query and Redis (when configured) answers PING,
 * each within PROBE_TIMEOUT_MS. Shutting down is said first and at once, without asking anyone.
 */
export class Readiness {
  private stopping = false;

  constructor(
    private readonly stores: Partial<Record<string, DataSource>>,
    private readonly redisUrl?: string,
    /** Remote subgraphs by name, each with its probe (a gateway over remote subgraphs). */
    private readonly subgraphs: Record<string, () => Promise<unknown>> = {},
    /** More dependencies by the name /readyz says when they fail (e.g. `job thread`). */
    private readonly extra: Record<string, () => Promise<unknown>> = {},
  ) {}

  /** From now on the process is not ready: it is stopping (SIGTERM/SIGINT). */
  markStopping(): void {
    this.stopping = true;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  async check(): Promise<ReadinessReport> {
    if (this.stopping) return { ready: false, reason: 'shutting down', checks: {} };
    const entries = Object.entries(this.stores).map(async ([name, ds]) => [name, await probe(() => ds!.query('SELECT 1'))] as const);
    for (const [name, check] of Object.entries(this.subgraphs)) entries.push(probe(check).then((r) => [`subgraph ${name}`, r] as const));
    if (this.redisUrl) {
      const url = this.redisUrl;
      entries.push(
        probe(async () => {
          if (!(await redisReachable(url, PROBE_TIMEOUT_MS))) throw new Error('Redis does not answer PING');
        }).then((r) => ['redis', r] as const),
      );
    }
    for (const [name, check] of Object.entries(this.extra)) entries.push(probe(check).then((r) => [name, r] as const));
    const checks = Object.fromEntries(await Promise.all(entries));
    const down = Object.entries(checks)
      .filter(([, r]) => r !== 'ok')
      .map(([name]) => name);
    if (this.stopping) return { ready: false, reason: 'shutting down', checks };
    if (down.length === 0) return { ready: true, checks };
    const what = down.map((n) => (n === 'redis' || n in this.extra || n.startsWith('subgraph ') ? n : `store ${n}`)).join(', ');
    return { ready: false, reason: `${what} not answering`, checks };
  }
}
