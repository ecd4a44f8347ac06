import { Logger } from 'pino';

/**
 * How often a running job renews its mapping's lease. Well inside LEASE_MS, so a job whose process
 * lives keeps its lease through a slow store, while the lease of a process that died (SIGKILL,
 * power loss) lapses within LEASE_MS of its last beat and another process resumes the job.
 */
export const HEARTBEAT_MS = 1500;

/**
 * Renews a running job's leases every HEARTBEAT_MS (its mapping's; for a part of a shared pass, the
 * part's and its lead's mapping lease). A renewal the store refuses because another job holds the
 * lease now (this process was frozen longer than the lease) marks it `lost`: the runner then stops
 * the job at the next chunk instead of writing beside the new holder. A renewal that fails on a
 * store error is simply tried again at the next beat.
 */
export class LeaseHeartbeat {
  private timer?: NodeJS.Timeout;
  private beating = false;
  /** True once another job took the lease: this one must stop writing. */
  lost = false;

  constructor(
    /** Renews the leases; false when one of them is held by another job now. */
    private readonly renew: () => Promise<boolean>,
    /** What the lease is on, for the log line (a mapping name). */
    private readonly mapping: string,
    private readonly log?: Logger,
  ) {}

  start(): this {
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
    return this;
  }

  private async beat(): Promise<void> {
    if (this.beating || this.lost) return;
    this.beating = true;
    try {
      if (!(await this.renew())) {
        this.lost = true;
        this.log?.warn({ mapping: this.mapping }, 'a lease of this job was taken by another run; this one stops at the end of its chunk');
      }
    } catch {
      // The store is away for a moment: the lease holds LEASE_MS, the next beat tries again.
    } finally {
      this.beating = false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
