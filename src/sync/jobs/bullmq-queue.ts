import { Job, Queue, WaitingError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { closeRedisClient, redisReachable } from '../../shared/redis-event-bus';
import { within } from '../../shared/within';
import { JobHandler, JobQueue } from './job-queue';

export interface BullMqJobQueueOptions {
  /** Jobs this process runs at the same time (its worker's concurrency). */
  concurrency: number;
  /** BullMQ queue name (default `sync`); its keys live under `<prefix>:<queueName>:`. */
  queueName?: string;
  /** Redis key prefix (default `tandem`). */
  prefix?: string;
  /**
   * false: this process only enqueues (a `tandem serve` that leaves the work to `tandem worker`
   * processes); process() then starts nothing. Default true.
   */
  worker?: boolean;
  /** Receives connection errors and handler failures (default: console.error, throttled). */
  onError?: (error: Error, context: string) => void;
  /** How often idle() asks Redis for the job counts (default 100 ms). */
  idlePollMs?: number;
  /**
   * How long close() lets this process's running handlers finish (default 30 s). Jobs still
   * running after that are left to BullMQ's stalled-job recovery (another worker takes them over).
   */
  drainTimeoutMs?: number;
  /**
   * How long a worker's lock on a running job holds without renewal (BullMQ renews it at half
   * that while the process lives; default 5 s). A process killed mid-job loses it after this, and
   * the stalled-job check (every `stalledIntervalMs`, default 2 s) hands the job to another worker.
   */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/** Times a job may stall (its worker died) and be taken over before BullMQ gives up on it: resuming is safe, so many. */
const MAX_STALLED = 100;

interface SyncJobData {
  jobId: string;
}

/** The states in which a job still has to run or is running (BullMQ 6 has no separate 'paused' list). */
const UNFINISHED = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

/**
 * BullMQ rejects custom ids that look like integers or contain ':'. SyncJob ids are UUIDs and are
 * used as they are (readable in any BullMQ dashboard); anything else is encoded.
 */
export function bullJobIdOf(jobId: string): string {
  const safe = `${parseInt(jobId, 10)}` !== jobId && !jobId.includes(':');
  return safe ? jobId : `sync-${encodeURIComponent(jobId)}`;
}

function throttledConsoleReporter(): (error: Error, context: string) => void {
  const last = new Map<string, number>();
  return (error, context) => {
    const now = Date.now();
    if (now - (last.get(context) ?? 0) < 10_000) return;
    last.set(context, now);
    console.error(`[tandem] ${context}: ${error.message}`);
  };
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/**
 * The scale-out job queue: SyncJob ids on a BullMQ queue in Redis, shared by every `tandem serve`
 * and `tandem worker` process. The BullMQ job id is the SyncJob id, so enqueuing a job that is
 * still waiting or running is a no-op; finished jobs are removed at once (the SyncJob row is the
 * record), so the same id can be enqueued again later. A handler failure is the handler's to
 * record: the BullMQ job fails (no retry) and the worker goes on.
 *
 * A job whose worker process dies is "stalled": BullMQ hands it to another worker once its lock
 * expires (5 s by default, checked every 2 s); the runner there waits for the mapping's lease to
 * lapse (LEASE_MS, renewed by the dead worker's heartbeat no more) and resumes from the checkpoint.
 *
 * The queue owns its ioredis connections (BullMQ only borrows them), so close() can always drop
 * them, even while Redis is away.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly producer: Redis;
  private readonly queue: Queue<SyncJobData>;
  private consumer?: Redis;
  private worker?: Worker<SyncJobData>;
  private handler?: JobHandler;
  private readonly report: (error: Error, context: string) => void;
  private readonly queueName: string;
  private readonly prefix: string;
  private closed = false;
  /** Handlers of this process that have not returned yet. */
  private running = 0;
  private drainWaiters: Array<() => void> = [];

  constructor(
    private readonly url: string,
    private readonly opts: BullMqJobQueueOptions,
  ) {
    this.queueName = opts.queueName ?? 'sync';
    this.prefix = opts.prefix ?? 'tandem';
    this.report = opts.onError ?? throttledConsoleReporter();
    // ioredis' bounded retries: a command fails rather than wait forever on a Redis that went away
    // (an enqueue made while Redis is still unreachable waits for it, though: BullMQ waits for 'ready').
    this.producer = new Redis(url, { connectionName: `tandem-queue-${this.queueName}`, disconnectTimeout: 500 });
    this.producer.on('error', (e: Error) => this.closed || this.report(e, `job queue ${this.queueName}`));
    this.queue = new Queue<SyncJobData>(this.queueName, {
      connection: this.producer,
      prefix: this.prefix,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: true, attempts: 1 },
    });
    this.queue.on('error', (e: Error) => this.closed || this.report(e, `job queue ${this.queueName}`));
  }

  async enqueue(jobId: string): Promise<void> {
    if (this.closed) return;
    await this.queue.add('sync', { jobId }, { jobId: bullJobIdOf(jobId) });
  }

  process(handler: JobHandler): void {
    this.handler = handler;
    if (this.opts.worker === false || this.worker || this.closed) return;
    // Workers block on Redis and must retry forever: BullMQ insists on maxRetriesPerRequest null
    // (it duplicates this connection for its blocking reads).
    this.consumer = new Redis(this.url, { maxRetriesPerRequest: null, connectionName: `tandem-worker-${this.queueName}`, disconnectTimeout: 500 });
    this.consumer.on('error', (e: Error) => this.closed || this.report(e, `job worker ${this.queueName}`));
    this.worker = new Worker<SyncJobData>(
      this.queueName,
      async (job: Job<SyncJobData>, token?: string) => {
        this.running++;
        let outcome: Awaited<ReturnType<JobHandler>>;
        try {
          outcome = await this.handler!(job.data.jobId);
        } catch (e) {
          this.report(asError(e), `sync job ${job.data.jobId}`);
          throw e;
        } finally {
          if (--this.running === 0) this.drainWaiters.splice(0).forEach((w) => w());
        }
        if (outcome === 'interrupted') {
          // Handed back by a process that stops: waiting again at once, for another worker (not after a stall timeout).
          await job.moveToWait(token);
          throw new WaitingError();
        }
      },
      {
        connection: this.consumer,
        prefix: this.prefix,
        concurrency: Math.max(1, this.opts.concurrency),
        autorun: true,
        lockDuration: this.opts.lockDurationMs ?? 5000,
        stalledInterval: this.opts.stalledIntervalMs ?? 2000,
        maxStalledCount: MAX_STALLED,
      },
    );
    this.worker.on('error', (e: Error) => this.closed || this.report(e, `job worker ${this.queueName}`));
  }

  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
  }

  /** Resolves when the queue (of all processes) has nothing waiting, delayed or running. */
  async idle(): Promise<void> {
    const every = this.opts.idlePollMs ?? 100;
    while (!this.closed) {
      const counts = await this.queue.getJobCounts(...UNFINISHED);
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  }

  /**
   * Stops taking jobs, lets this process's running handlers finish (up to drainTimeoutMs), then
   * closes the worker, the queue and their connections. Never hangs on a Redis that is gone
   * (BullMQ's graceful close would wait for it forever): then the connections are just dropped.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const worker = this.worker;
    if (worker) {
      await within(worker.pause(true), 1000);
      if (this.running > 0) {
        await within(new Promise<void>((resolve) => this.drainWaiters.push(resolve)), this.opts.drainTimeoutMs ?? 30_000);
      }
    }
    const healthy = await redisReachable(this.url, 1000);
    const failures: unknown[] = [];
    const bound = healthy ? 10_000 : 2000;
    if (
      worker &&
      !(await within(
        worker.close(!healthy).catch((e: unknown) => failures.push(e)),
        bound,
      ))
    ) {
      failures.push(new Error('the worker did not close in time'));
    }
    if (
      !(await within(
        this.queue.close().catch((e: unknown) => failures.push(e)),
        bound,
      ))
    ) {
      failures.push(new Error('the queue did not close in time'));
    }
    await Promise.all([closeRedisClient(this.producer), this.consumer && closeRedisClient(this.consumer)]);
    if (failures.length > 0 && healthy) this.report(asError(failures[0]), `closing job queue ${this.queueName}`);
  }
}
