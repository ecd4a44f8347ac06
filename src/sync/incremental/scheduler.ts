import { Logger } from 'pino';
import { ConnectionSetupService } from '../mappings/connection-setup.service';
import { IncrementalService } from './incremental.service';

/**
 * Runs incremental synchronization every `syncIntervalSeconds` while the connection setup is
 * enabled, and follows changes of the setup at once. Extra periodic work (automatic document
 * creation) registers with `also`.
 */
export class SyncScheduler {
  private timer?: NodeJS.Timeout;
  /** Until start(): a process whose ticks come from elsewhere (the BullMQ schedule, tests) arms no timer. */
  private stopped = true;
  private readonly extra: Array<() => Promise<void>> = [];

  constructor(
    private readonly setup: ConnectionSetupService,
    private readonly incremental: IncrementalService,
    private readonly log?: Logger,
  ) {
    setup.onChange(() => void this.reschedule());
  }

  /** Adds work to every tick (after the incremental run is queued). */
  also(work: () => Promise<void>): void {
    this.extra.push(work);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.reschedule();
  }

  private async reschedule(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.stopped) return;
    const setup = await this.setup.get().catch(() => null);
    if (!setup) return;
    this.timer = setTimeout(() => void this.tick(), setup.syncIntervalSeconds * 1000);
    this.timer.unref();
  }

  /** One scheduled run, then the next one armed (public for tests and `tandem sync`). */
  async tick(): Promise<void> {
    try {
      await this.runOnce();
    } finally {
      await this.reschedule();
    }
  }

  /** What one tick does, without arming a timer: the BullMQ schedule runs it once per interval for all processes. */
  async runOnce(): Promise<void> {
    try {
      const setup = await this.setup.get();
      if (setup.isEnabled) {
        if (!(await this.incremental.inProgress())) await this.incremental.start(undefined, 'SCHEDULE');
        for (const work of this.extra) await work();
      }
    } catch (error) {
      this.log?.error({ err: error }, 'scheduled synchronization failed to start');
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
