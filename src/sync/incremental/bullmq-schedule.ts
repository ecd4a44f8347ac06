import { Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Logger } from 'pino';
import { closeRedisClient } from '../../shared/redis-event-bus';
import { within } from '../../shared/within';
import { ConnectionSetupService } from '../mappings/connection-setup.service';
import { SyncScheduler } from './scheduler';

/** The one job scheduler of a deployment (its id in BullMQ). */
export const SCHEDULER_ID = 'incremental-synchronization';
/** The BullMQ queue of the scheduled ticks (apart from the sync jobs' queue). */
export const SCHEDULE_QUEUE = 'schedule';

/** What the schedule needs of its process. */
export interface BullMqScheduleOptions {
  /** Redis key prefix (as the job queue's, e.g. `tandem:<namespace>`). */
  prefix?: string;
  /** Whether this process runs the scheduled ticks (a `tandem serve` with TANDEM_RUN_JOBS=0 only upserts). */
  runTicks: boolean;
  log?: Logger;
}

/**
 * One schedule for every process of a deployment (REDIS_URL): a BullMQ job scheduler replaces the
 * per-process timers. Every process upserts it at start and whenever it changes the connection
 * setup (interval, isEnabled), so the last change wins wherever it was made; upserting is
 * idempotent. BullMQ hands each scheduled tick to one worker. A tick claims its interval in Redis
 * first (SET NX), so a tick run again after a stall, or a second tick of the same interval while
 * the scheduler is being changed, starts nothing: one incremental pass per interval, and never
 * while the previous run is still going (the mapping lease serialises the jobs themselves).
 */
export class BullMqSchedule {
  private readonly producer: Redis;
  private readonly queue: Queue;
  private consumer?: Redis;
  private worker?: Worker;
  private closed = false;
  private readonly prefix: string;
  /** Upserts run one after another, so the last setup read is the one left in Redis. */
  private upserting: Promise<void> = Promise.resolve();

  constructor(
    url: string,
    private readonly setup: ConnectionSetupService,
    private readonly scheduler: SyncScheduler,
    private readonly opts: BullMqScheduleOptions,
  ) {
    this.prefix = opts.prefix ?? 'tandem';
    this.producer = new Redis(url, { connectionName: 'tandem-schedule', disconnectTimeout: 500 });
    this.producer.on('error', (e: Error) => this.closed || this.opts.log?.error({ err: e }, 'schedule connection'));
    this.queue = new Queue(SCHEDULE_QUEUE, { connection: this.producer, prefix: this.prefix });
    this.queue.on('error', (e: Error) => this.closed || this.opts.log?.error({ err: e }, 'schedule queue'));
    if (opts.runTicks) {
      this.consumer = new Redis(url, { maxRetriesPerRequest: null, connectionName: 'tandem-schedule-worker', disconnectTimeout: 500 });
      this.consumer.on('error', (e: Error) => this.closed || this.opts.log?.error({ err: e }, 'schedule worker connection'));
    }
  }

  /** Upserts the scheduler from the current setup and follows its changes; starts taking ticks when this process runs them. */
  async start(): Promise<void> {
    this.setup.onChange(() => void this.upsert());
    await this.upsert();
    if (this.consumer) {
      this.worker = new Worker(SCHEDULE_QUEUE, (job) => this.onTick(job), { connection: this.consumer, prefix: this.prefix, concurrency: 1, autorun: true });
      this.worker.on('error', (e: Error) => this.closed || this.opts.log?.error({ err: e }, 'schedule worker'));
    }
  }

  /** Puts the scheduler in Redis in line with the setup: every `syncIntervalSeconds` while enabled, none while disabled. */
  upsert(): Promise<void> {
    const next = this.upserting.then(async () => {
      if (this.closed) return;
      const setup = await this.setup.get();
      if (setup.isEnabled) {
        const every = setup.syncIntervalSeconds * 1000;
        // A new scheduler (or a new interval) first ticks one interval from now, as the per-process timer did
        // (BullMQ would tick at once); upserting an unchanged one keeps its next tick (startDate is then ignored).
        await this.queue.upsertJobScheduler(
          SCHEDULER_ID,
          { every, startDate: Date.now() + every },
          { name: 'tick', data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
        );
      } else {
        await this.queue.removeJobScheduler(SCHEDULER_ID);
      }
    });
    this.upserting = next.catch((e: unknown) => this.opts.log?.error({ err: e }, 'could not update the synchronization schedule'));
    return this.upserting;
  }

  /** The interval a tick belongs to, claimed once across all processes. */
  private async claim(job: Job): Promise<boolean> {
    const every = Number((job.opts as { repeat?: { every?: number } }).repeat?.every) || (await this.setup.get()).syncIntervalSeconds * 1000;
    const at = Number(job.opts.prevMillis) || job.timestamp || Date.now();
    // Ticks fall on multiples of `every`; rounding keeps a tick a little off them in its own interval.
    const slot = Math.round(at / every);
    const key = `${this.prefix}:${SCHEDULE_QUEUE}:claimed:${every}:${slot}`;
    return (await this.producer.set(key, job.id ?? String(at), 'PX', Math.max(4 * every, 60_000), 'NX')) === 'OK';
  }

  private async onTick(job: Job): Promise<void> {
    if (!(await this.claim(job))) {
      this.opts.log?.debug({ tick: job.id }, 'scheduled tick already run for this interval');
      return;
    }
    await this.scheduler.runOnce();
  }

  /** Scheduled ticks in Redis right now (tests, metrics). */
  async scheduled(): Promise<number> {
    return (await this.queue.getJobSchedulers()).length;
  }

  /** Stops taking ticks (a running one finishes, bounded) and drops the connections; the scheduler stays in Redis for the others. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await within(this.upserting, 1000);
    if (this.worker)
      await within(
        this.worker.close().catch(() => undefined),
        3000,
      );
    await within(
      this.queue.close().catch(() => undefined),
      2000,
    );
    await Promise.all([closeRedisClient(this.producer), this.consumer && closeRedisClient(this.consumer)]);
  }
}

/** The schedule of a process that uses Redis (the same key prefix as its job queue), or none without Redis. */
export function scheduleFor(
  config: { redisUrl?: string; redisNamespace?: string },
  sync: { setup: ConnectionSetupService; scheduler: SyncScheduler },
  runTicks: boolean,
  log?: Logger,
): BullMqSchedule | undefined {
  if (!config.redisUrl) return undefined;
  return new BullMqSchedule(config.redisUrl, sync.setup, sync.scheduler, { prefix: config.redisNamespace ? `tandem:${config.redisNamespace}` : 'tandem', runTicks, log });
}
