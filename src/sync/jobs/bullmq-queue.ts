import { Job, Queue, Worker } from 'bullmq';
import { JobQueue } from './job-queue';

export interface BullMqJobQueueOptions {
  /** Jobs this process runs at the same time (its worker's concurrency). */
  concurrency: number;
  /** BullMQ queue name (default `sync`); keys live under `<prefix>:<queueName>:`. */
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
}

interface SyncJobData {
  jobId: string;
}

/** The states in which a job still has to run or is running. */
const UNFINISHED = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

/**
 * BullMQ rejects custom ids that look like integers or contain ':'. SyncJob ids are UUIDs and are
 * used as they are (readable in any BullMQ dashboard); anything else is encoded.
 */
export function bullJobIdOf(jobId: string): string {
  const safe = `${parseInt(jobId, 10)}` !== jobId && !jobId.includes(':');
  return safe ? jobId : `sync-${encodeURIComponent(jobId).replace(/:/g, '%3A')}`;
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

/**
 * The scale-out job queue: SyncJob ids on a BullMQ queue in Redis, shared by every `tandem serve`
 * and `tandem worker` process. The BullMQ job id is the SyncJob id, so enqueuing a job that is
 * still waiting or running is a no-op; finished jobs are removed at once (the SyncJob row is the
 * record), so the same id can be enqueued again later. A handler failure is the handler's to
 * record: the BullMQ job fails (no retry) and the worker goes on.
 *
 * A job whose worker process dies is "stalled": BullMQ hands it to another worker after its lock
 * expires (30 s), once; the runner resumes from the job's checkpoint.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly queue: Queue<SyncJobData>;
  private worker?: Worker<SyncJobData>;
  private handler?: (jobId: string) => Promise<void>;
  private readonly report: (error: Error, context: string) => void;
  private readonly queueName: string;
  private readonly prefix: string;
  private closed = false;

  constructor(private readonly url: string, private readonly opts: BullMqJobQueueOptions) {
    this.queueName = opts.queueName ?? 'sync';
    this.prefix = opts.prefix ?? 'tandem';
    this.report = opts.onError ?? throttledConsoleReporter();
    this.queue = new Queue<SyncJobData>(this.queueName, {
      // The producer's connection keeps ioredis' bounded retries: an enqueue fails rather than hang
      // forever while Redis is away.
      connection: { url, connectionName: `tandem-queue-${this.queueName}` },
      prefix: this.prefix,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: true, attempts: 1 },
    });
    this.queue.on('error', (e: Error) => this.closed || this.report(e, `job queue ${this.queueName}`));
  }

  async enqueue(jobId: string): Promise<void> {
    if (this.closed) return;
    await this.queue.add('sync', { jobId }, { jobId: bullJobIdOf(jobId) });
  }

  process(handler: (jobId: string) => Promise<void>): void {
    this.handler = handler;
    if (this.opts.worker === false || this.worker || this.closed) return;
    this.worker = new Worker<SyncJobData>(
      this.queueName,
      async (job: Job<SyncJobData>) => {
        try {
          await this.handler!(job.data.jobId);
        } catch (e) {
          this.report(e instanceof Error ? e : new Error(String(e)), `sync job ${job.data.jobId}`);
          throw e;
        }
      },
      {
        // Workers block on Redis and must retry forever: BullMQ insists on maxRetriesPerRequest null.
        connection: { url: this.url, maxRetriesPerRequest: null, connectionName: `tandem-worker-${this.queueName}` },
        prefix: this.prefix,
        concurrency: Math.max(1, this.opts.concurrency),
        autorun: true,
      },
    );
    this.worker.on('error', (e: Error) => this.closed || this.report(e, `job worker ${this.queueName}`));
  }

  /** Resolves when the queue (all processes) has nothing waiting, delayed or running. */
  async idle(): Promise<void> {
    const every = this.opts.idlePollMs ?? 100;
    while (!this.closed) {
      const counts = await this.queue.getJobCounts(...UNFINISHED);
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  }

  /** Lets this process's running jobs finish, then closes the worker, the queue and their connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const errors: unknown[] = [];
    await this.worker?.close().catch((e: unknown) => errors.push(e));
    await this.queue.close().catch((e: unknown) => errors.push(e));
    if (errors.length > 0) this.report(errors[0] as Error, `closing job queue ${this.queueName}`);
  }
}
