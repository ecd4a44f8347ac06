/** How a handler left a job: done (whatever its status), or handed back unfinished by a process that stops. */
export type JobOutcome = 'done' | 'interrupted';

/** Runs one job. */
export type JobHandler = (jobId: string) => Promise<JobOutcome | void>;

/** Runs job ids through a handler: in process by default, BullMQ when Redis is configured. */
export interface JobQueue {
  /** Hands a job to the workers; resolves once it is queued (not when it has run). */
  enqueue(jobId: string): Promise<void>;
  /**
   * Starts consuming jobs with this handler. A job the handler hands back ('interrupted') is
   * queued again at once for another consumer (BullMQ); in process, the next start resumes it.
   */
  process(handler: JobHandler): void;
  /** Job counts by state (`waiting`, `active`, ...), for the metrics. */
  counts(): Promise<Record<string, number>>;
  /** Resolves when nothing is queued or running (tests, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The embedded default: an in-memory FIFO with a concurrency limit. A job already waiting or
 * running is not queued twice (the API thread and the job thread may both hand over the same
 * next line of a full sync; BullMQ dedupes by job id the same way).
 */
export class InProcessJobQueue implements JobQueue {
  private readonly waiting: string[] = [];
  private readonly queued = new Set<string>();
  private running = 0;
  private handler?: JobHandler;
  private closed = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly concurrency = 2) {}

  async enqueue(jobId: string): Promise<void> {
    if (this.closed || this.queued.has(jobId)) return;
    this.queued.add(jobId);
    this.waiting.push(jobId);
    this.pump();
  }

  process(handler: JobHandler): void {
    this.handler = handler;
    this.pump();
  }

  async counts(): Promise<Record<string, number>> {
    return { waiting: this.waiting.length, active: this.running };
  }

  private pump(): void {
    while (!this.closed && this.handler && this.running < this.concurrency && this.waiting.length > 0) {
      const id = this.waiting.shift()!;
      this.running++;
      void this.handler(id)
        .catch(() => undefined) // the runner records failures on the job itself
        .finally(() => {
          this.running--;
          this.queued.delete(id);
          this.pump();
          if (this.running === 0 && this.waiting.length === 0) this.idleWaiters.splice(0).forEach((w) => w());
        });
    }
  }

  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    this.queued.clear();
  }
}
