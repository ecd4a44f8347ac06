import { DataSource } from 'typeorm';
import { Logger } from 'pino';
import { Clock } from '../../shared/clock';
import { isTransient, withRetry } from '../../shared/retry';
import { SyncDirection, SyncJobStatus, SyncJobType } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { Passes, PassHooks } from '../engine/passes';
import { JobRecorder } from './job-recorder';
import { MappingLock } from './mapping-lock';

/** Progress is published at least this often while a job runs. */
export const PROGRESS_INTERVAL_MS = 500;

/** The parameters a queued FULL or INCREMENTAL job carries. */
export interface PassParams {
  way: SyncDirection.TO_CRM | SyncDirection.FROM_CRM;
  matchFirst?: boolean;
  mergeCoupled?: boolean;
}

/**
 * Executes queued jobs: takes the mapping's lease (waiting while another job holds it), runs
 * the pass chunk by chunk with checkpoints, publishes progress at least every 500 ms, retries
 * transient store errors with backoff, and ends the job SUCCEEDED, FAILED or CANCELED.
 */
export class JobRunner {
  private readonly listeners: Array<(job: SyncJob) => Promise<void>> = [];

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly recorder: JobRecorder,
    private readonly lock: MappingLock,
    private readonly passes: Passes,
    private readonly log?: Logger,
  ) {}

  /** Called with every job that reached a final state (the full sync coordinator listens). */
  onFinished(listener: (job: SyncJob) => Promise<void>): void {
    this.listeners.push(listener);
  }

  async run(jobId: string): Promise<void> {
    let job = await this.db.getRepository(SyncJob).findOneBy({ id: jobId });
    if (!job) return;
    if (job.status === SyncJobStatus.SUCCEEDED || job.status === SyncJobStatus.FAILED || job.status === SyncJobStatus.CANCELED) {
      // Already final (canceled while queued...): let the run or chain it belongs to move on.
      for (const l of this.listeners) await l(job).catch((e) => this.log?.error({ err: e }, 'job listener failed'));
      return;
    }
    while (!(await this.lock.acquire(job.mapping, job.id))) {
      await new Promise((r) => setTimeout(r, 200));
      job = (await this.db.getRepository(SyncJob).findOneBy({ id: jobId }))!;
      if (job.status === SyncJobStatus.CANCELED) return;
    }
    job = (await this.db.getRepository(SyncJob).findOneBy({ id: jobId }))!;
    if ([SyncJobStatus.SUCCEEDED, SyncJobStatus.FAILED, SyncJobStatus.CANCELED].includes(job.status)) {
      await this.lock.release(job.mapping, job.id);
      return;
    }
    const renew = setInterval(() => void this.lock.acquire(job!.mapping, job!.id).catch(() => undefined), 5000);
    let lastPublish = 0;
    const hooks: PassHooks = {
      checkpoint: async (j, checkpoint) => {
        j.checkpoint = checkpoint;
        const now = Date.now();
        // Counters and checkpoint are saved every chunk; the bus hears at least every 500 ms.
        const loud = now - lastPublish >= PROGRESS_INTERVAL_MS;
        if (loud) lastPublish = now;
        await this.recorder.saveProgress(j, !loud);
      },
      canceled: async (j) => (await this.db.getRepository(SyncJob).findOneBy({ id: j.id }))?.status === SyncJobStatus.CANCELED,
    };
    const ticker = setInterval(() => void this.recorder.publish(job!).catch(() => undefined), PROGRESS_INTERVAL_MS);
    try {
      job.startedAt ??= this.clock.now();
      // Conditional: a cancel that landed since the job was read keeps the job CANCELED.
      if (!(await this.recorder.markRunning(job))) {
        job = (await this.db.getRepository(SyncJob).findOneBy({ id: jobId }))!;
        return;
      }
      const params = (job.params ?? {}) as unknown as PassParams;
      await withRetry(
        async () => {
          if (job!.type === SyncJobType.FULL) await this.passes.full(job!, params.way, !!params.matchFirst, params.mergeCoupled !== false, hooks);
          else await this.passes.incremental(job!, params.way, hooks);
        },
        { log: (e, attempt) => this.log?.warn({ err: e, attempt, job: job!.id }, 'transient store error, retrying') },
      );
      if (await hooks.canceled(job)) job = await this.recorder.finish(job, SyncJobStatus.CANCELED, 'Canceled');
      else job = await this.recorder.finish(job, SyncJobStatus.SUCCEEDED, job.message);
    } catch (error) {
      const message = isTransient(error) ? `Store unavailable: ${(error as Error).message}` : (error as Error).message;
      this.log?.error({ err: error, job: job.id }, 'sync job failed');
      job = await this.recorder.finish(job, SyncJobStatus.FAILED, message).catch(() => job!);
    } finally {
      clearInterval(renew);
      clearInterval(ticker);
      await this.lock.release(job.mapping, job.id).catch(() => undefined);
    }
    for (const l of this.listeners) await l(job).catch((e) => this.log?.error({ err: e }, 'job listener failed'));
  }
}
