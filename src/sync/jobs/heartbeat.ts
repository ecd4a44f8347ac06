import { Logger } from 'pino';
import { TableMappingName } from '../enums';
import { MappingLock } from './mapping-lock';

/**
 * How often a running job renews its mapping's lease. Well inside LEASE_MS, so a job whose process
 * lives keeps its lease through a slow store, while the lease of a process that died (SIGKILL,
 * power loss) lapses within LEASE_MS of its last beat and another process resumes the job.
 */
export const HEARTBEAT_MS = 1500;

/**
 * Renews a job's mapping lease every HEARTBEAT_MS while the job runs. A renewal the store refuses
 * because another job holds the lease now (this process was frozen longer than the lease) marks it
 * `lost`: the runner then stops the job at the next chunk instead of writing beside the new holder.
 * A renewal that fails on a store error is simply tried again at the next beat.
 */
export class LeaseHeartbeat {
  private timer?: NodeJS.Timeout;
  private beating = false;
  /** True once another job took the lease: this one must stop writing. */
  lost = false;

  constructor(
    private readonly lock: MappingLock,
    private readonly mapping: TableMappingName,
    private readonly jobId: string,
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
      if (!(await this.lock.acquire(this.mapping, this.jobId))) {
        this.lost = true;
        this.log?.warn({ mapping: this.mapping }, 'the mapping lease was taken by another job; this job stops at the end of its chunk');
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
