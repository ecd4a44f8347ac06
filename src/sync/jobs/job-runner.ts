import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Logger } from 'pino';
import { Clock } from '../../shared/clock';
import { isTransient, withRetry } from '../../shared/retry';
import { FINAL_STATUSES, SyncDirection, SyncJobStatus, SyncJobType } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { Passes, PassHooks } from '../engine/passes';
import { inLogScope } from '../../shared/log';
import { SyncMetrics } from '../metrics/sync-metrics';
import { JobRecorder } from './job-recorder';
import { MappingLock } from './mapping-lock';
import { LeaseHeartbeat } from './heartbeat';
import { JobOutcome } from './job-queue';
import { JobLeases } from './job-lease';
import { LineParts } from './line-parts';
import { fullPassCheckpointOf } from './job-params';

/** Progress is published at least this often while a job runs. */
export const PROGRESS_INTERVAL_MS = 500;

/** The parameters a queued FULL or INCREMENTAL job carries. */
export interface PassParams {
  way: SyncDirection.TO_CRM | SyncDirection.FROM_CRM;
  matchFirst?: boolean;
  mergeCoupled?: boolean;
}

/** Thrown between chunks once the runner is stopping: the job keeps its checkpoint and is handed back. */
export class JobInterrupted extends Error {
  constructor() {
    super('The process is stopping; the job resumes from its checkpoint');
    this.name = 'JobInterrupted';
  }
}

/**
 * Executes queued jobs: takes the mapping's lease (waiting while another job holds it), runs
 * the pass chunk by chunk with checkpoints, publishes progress at least every 500 ms, retries
 * transient store errors with backoff, and ends the job SUCCEEDED, FAILED or CANCELED.
 */
export class JobRunner {
  private readonly listeners: Array<(job: SyncJob) => Promise<void>> = [];
  private stopping = false;
  private readonly active = new Set<Promise<JobOutcome>>();

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly recorder: JobRecorder,
    private readonly lock: MappingLock,
    private readonly leases: JobLeases,
    private readonly parts: LineParts,
    private readonly passes: Passes,
    private readonly metrics: SyncMetrics,
    private readonly log?: Logger,
  ) {}

  /**
   * Stops taking jobs: each running job ends its current chunk, saves its checkpoint, gives its
   * mapping's lease back and is handed back to the queue (it resumes at the next start, or on
   * another worker at once). Resolves when no job of this runner is running any more.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.active]);
  }

  /** Runs one job; 'interrupted' when it was handed back unfinished because the runner is stopping. */
  run(jobId: string): Promise<JobOutcome> {
    if (this.stopping) return Promise.resolve('interrupted');
    const running = this.execute(jobId).finally(() => this.active.delete(running));
    this.active.add(running);
    return running;
  }

  /** Called with every job that reached a final state (the full sync coordinator listens). */
  onFinished(listener: (job: SyncJob) => Promise<void>): void {
    this.listeners.push(listener);
  }

  private async execute(jobId: string): Promise<JobOutcome> {
    const found = await this.db.getRepository(SyncJob).findOneBy({ id: jobId });
    if (!found) return 'done';
    // Every log line of the job names it, its run, mapping and direction.
    return inLogScope({ jobId: found.id, runId: found.fullSyncRunId ?? undefined, mapping: found.mapping, direction: found.direction }, () => this.runJob(found));
  }

  private async runJob(found: SyncJob): Promise<JobOutcome> {
    const jobId = found.id;
    let job = found;
    if (FINAL_STATUSES.has(job.status)) {
      // Already final (canceled while queued...): let the run or chain it belongs to move on.
      if (!job.parentJobId) await this.tellListeners(job);
      return 'done';
    }
    if (job.parentJobId) return this.runPart(job);
    while (!(await this.lock.acquire(job.mapping, job.id))) {
      if (this.stopping) return 'interrupted';
      await new Promise((r) => setTimeout(r, 200));
      job = (await this.db.getRepository(SyncJob).findOneBy({ id: jobId }))!;
      if (job.status === SyncJobStatus.CANCELED) return 'done';
    }
    job = (await this.db.getRepository(SyncJob).findOneBy({ id: jobId }))!;
    if (FINAL_STATUSES.has(job.status)) {
      await this.lock.release(job.mapping, job.id);
      return 'done';
    }
    const { job: ended, outcome } = await this.drive(job, {
      renew: () => this.lock.acquire(job.mapping, job.id),
      canceled: async (j) => (await this.db.getRepository(SyncJob).findOneBy({ id: j.id }))?.status === SyncJobStatus.CANCELED,
    });
    // A lead handed back with its parts running elsewhere keeps the mapping: their heartbeats renew it in its name.
    const parted = outcome === 'interrupted' && fullPassCheckpointOf(ended).phase === 'parts';
    if (!parted) await this.lock.release(ended.mapping, ended.id).catch(() => undefined);
    if (outcome === 'interrupted') return outcome;
    await this.tellListeners(ended);
    return outcome;
  }

  /**
   * Runs a part of a shared full pass (line-parts.ts) under the part's own lease, while the mapping
   * stays leased to its lead. A part someone else holds is left to them (the lead takes it over if
   * they die); a part whose lead ended, or whose mapping another job holds, does not run.
   */
  private async runPart(found: SyncJob): Promise<JobOutcome> {
    const holder = randomUUID();
    if (!(await this.leases.acquire(found.id, holder).catch(() => false))) return 'done';
    try {
      const [part, lead] = await Promise.all([this.db.getRepository(SyncJob).findOneBy({ id: found.id }), this.db.getRepository(SyncJob).findOneBy({ id: found.parentJobId! })]);
      if (!part || FINAL_STATUSES.has(part.status)) return 'done';
      if (!lead || FINAL_STATUSES.has(lead.status)) {
        await this.recorder.finish(part, SyncJobStatus.CANCELED, 'Canceled: the job it is a part of has ended');
        return 'done';
      }
      if (!(await this.lock.acquire(part.mapping, lead.id))) return 'done';
      const { outcome } = await this.drive(part, {
        renew: async () => (await this.leases.acquire(part.id, holder)) && (await this.lock.acquire(part.mapping, lead.id)),
        canceled: async (j) => {
          const rows = await this.db.getRepository(SyncJob).findBy({ id: In([j.id, lead.id]) });
          return rows.length < 2 || rows.some((r) => r.status === SyncJobStatus.CANCELED || (r.id === lead.id && FINAL_STATUSES.has(r.status)));
        },
      });
      return outcome;
    } finally {
      await this.leases.release(found.id, holder).catch(() => undefined);
    }
  }

  private async tellListeners(job: SyncJob): Promise<void> {
    for (const l of this.listeners) await l(job).catch((e) => this.log?.error({ err: e }, 'job listener failed'));
  }

  /**
   * Runs a job whose leases are held: the pass chunk by chunk with checkpoints, a heartbeat that
   * renews the leases, progress at least every 500 ms, retries of transient errors; ends the job
   * SUCCEEDED, FAILED or CANCELED, or hands it back ('interrupted') when the process stops.
   */
  private async drive(found: SyncJob, lease: { renew: () => Promise<boolean>; canceled: (job: SyncJob) => Promise<boolean> }): Promise<{ job: SyncJob; outcome: JobOutcome }> {
    let job = found;
    this.metrics.adopted(job);
    const heartbeat = new LeaseHeartbeat(lease.renew, job.mapping, this.log).start();
    let lastPublish = 0;
    const hooks: PassHooks = {
      checkpoint: async (j, checkpoint, alongside) => {
        j.checkpoint = checkpoint;
        const now = Date.now();
        // Counters and checkpoint are saved every chunk; the bus hears at least every 500 ms.
        const loud = now - lastPublish >= PROGRESS_INTERVAL_MS;
        if (loud) lastPublish = now;
        await this.recorder.saveProgress(j, !loud, alongside);
      },
      canceled: async (j) => {
        // Asked between chunks, after the last checkpoint was saved: the safe moment to stop.
        // Stopping, or the lease went to another process while this one was frozen: never write beside it.
        if (this.stopping || heartbeat.lost) throw new JobInterrupted();
        return lease.canceled(j);
      },
    };
    hooks.share = (j, plan) => this.parts.share(j, plan, { hooks, runHere: (id) => this.run(id) });
    let outcome: JobOutcome = 'done';
    const ticker = setInterval(() => void this.recorder.publish(job).catch(() => undefined), PROGRESS_INTERVAL_MS);
    try {
      job.startedAt ??= this.clock.now();
      // Conditional: a cancel that landed since the job was read keeps the job CANCELED.
      if (!(await this.recorder.markRunning(job))) {
        job = (await this.db.getRepository(SyncJob).findOneBy({ id: job.id }))!;
        return { job, outcome };
      }
      this.metrics.adopted(job);
      this.log?.info(
        { type: job.type, total: job.total, ...(job.processed ? { resumedAt: job.processed } : {}), ...(job.parentJobId ? { partOf: job.parentJobId } : {}) },
        'sync job started',
      );
      const params = (job.params ?? {}) as unknown as PassParams;
      await withRetry(
        async () => {
          if (job.type === SyncJobType.FULL) await this.passes.full(job, params.way, !!params.matchFirst, params.mergeCoupled !== false, hooks);
          else await this.passes.incremental(job, params.way, hooks);
        },
        {
          log: (e, attempt) => {
            this.metrics.error(job.mapping, 'transient');
            this.log?.warn({ err: e, attempt }, 'transient store error, retrying');
          },
          // A stopping process does not wait out an outage: the job resumes from its checkpoint.
          until: () => this.stopping,
        },
      );
      if (await hooks.canceled(job)) job = await this.recorder.finish(job, SyncJobStatus.CANCELED, 'Canceled');
      else job = await this.recorder.finish(job, SyncJobStatus.SUCCEEDED, job.message);
      const { status, processed, inserted, modified, deleted, unchanged, skipped, failed, coupled } = job;
      this.log?.info({ status, processed, inserted, modified, deleted, unchanged, skipped, failed, coupled }, 'sync job ended');
    } catch (error) {
      if (error instanceof JobInterrupted || (this.stopping && isTransient(error))) {
        // Not an end: the job stays RUNNING with its last checkpoint, for whoever takes it next.
        outcome = 'interrupted';
        this.metrics.released(job);
        this.log?.info({ processed: job.processed, total: job.total }, 'sync job handed back: the process is stopping');
      } else {
        const message = isTransient(error) ? `Store unavailable: ${(error as Error).message}` : (error as Error).message;
        this.metrics.error(job.mapping, isTransient(error) ? 'transient' : 'permanent');
        this.log?.error({ err: error }, 'sync job failed');
        job = await this.recorder.finish(job, SyncJobStatus.FAILED, message).catch(() => job);
      }
    } finally {
      heartbeat.stop();
      clearInterval(ticker);
    }
    return { job, outcome };
  }
}
