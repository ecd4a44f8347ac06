import { DataSource, EntityManager, In } from 'typeorm';
import { Clock, IdGenerator } from '../../shared/clock';
import { EventBus } from '../../shared/event-bus';
import { transaction } from '../../shared/db';
import { SyncDirection, SyncJobStatus, SyncJobType, TableMappingName } from '../enums';
import { SyncJob, SyncJobError } from '../sync-job.entity';
import { JobEvent, TOPICS } from '../events/topics';
import { SyncMetrics } from '../metrics/sync-metrics';
import type { CheckpointAlongside } from '../engine/chunk-writes';

/** What a new job is about. */
export interface JobInit {
  mapping: TableMappingName;
  direction: SyncDirection;
  type: SyncJobType;
  total?: number | null;
  params?: Record<string, unknown> | null;
  fullSyncRunId?: string | null;
  /** The job this one is a part of (see SyncJob.parentJobId). */
  parentJobId?: string | null;
  status?: SyncJobStatus;
}

/** The payload published for a job: plain, serializable (ISO strings). */
export function jobPayload(job: SyncJob): JobEvent {
  const { params, checkpoint: _c, ...rest } = job;
  // The params stay private; only who triggered the job travels (SyncJob.trigger reads it).
  return JSON.parse(JSON.stringify({ ...rest, params: params?.trigger ? { trigger: params.trigger } : null }));
}

/** A new job row: no counters yet, RUNNING (started now) unless told otherwise. */
export function newJob(id: string, now: Date, init: JobInit): SyncJob {
  const status = init.status ?? SyncJobStatus.RUNNING;
  return {
    id,
    mapping: init.mapping,
    direction: init.direction,
    type: init.type,
    status,
    queuedAt: now,
    startedAt: status === SyncJobStatus.RUNNING ? now : null,
    finishedAt: null,
    total: init.total ?? null,
    processed: 0,
    inserted: 0,
    modified: 0,
    deleted: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    coupled: 0,
    message: null,
    fullSyncRunId: init.fullSyncRunId ?? null,
    parentJobId: init.parentJobId ?? null,
    params: init.params ?? null,
    checkpoint: null,
  };
}

/** Keeps SyncJob rows and their errors, and publishes every change on the event bus. */
export class JobRecorder {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly bus: EventBus,
    private readonly metrics: SyncMetrics,
  ) {}

  /** Creates a job, RUNNING unless told otherwise. */
  async start(init: JobInit): Promise<SyncJob> {
    const job = newJob(this.ids.uuid(), this.clock.now(), init);
    await transaction(this.db, (m) => m.getRepository(SyncJob).insert(job as never));
    this.metrics.created(job);
    await this.publish(job);
    return job;
  }

  /** Saves the job's counters and status, and publishes them. */
  async save(job: SyncJob): Promise<void> {
    const { id, ...fields } = job;
    await transaction(this.db, (m) => m.getRepository(SyncJob).update({ id }, fields as never));
    this.metrics.progressed(job);
    await this.publish(job);
  }

  /** Sets a QUEUED or RUNNING job RUNNING (and publishes it); answers false when it was canceled meanwhile. */
  async markRunning(job: SyncJob): Promise<boolean> {
    const result = await transaction(this.db, (m) =>
      m.getRepository(SyncJob).update({ id: job.id, status: In([SyncJobStatus.QUEUED, SyncJobStatus.RUNNING]) }, { status: SyncJobStatus.RUNNING, startedAt: job.startedAt }),
    );
    if (!result.affected) return false;
    job.status = SyncJobStatus.RUNNING;
    await this.publish(job);
    return true;
  }

  /**
   * Saves counters and checkpoint only (never the status, which a cancel may have changed
   * meanwhile), and publishes them unless `quiet`; `alongside` runs in the same transaction
   * (a chunk's coupling writes).
   */
  async saveProgress(job: SyncJob, quiet = false, alongside?: CheckpointAlongside): Promise<void> {
    try {
      await transaction(this.db, async (m) => {
        if (alongside) await alongside.run(m);
        await this.saveCounters(job, m);
      });
    } catch (error) {
      alongside?.undo();
      throw error;
    }
    this.metrics.progressed(job);
    if (!quiet) await this.publish(job);
  }

  /** Writes counters and checkpoint (never the status) inside the caller's transaction. */
  async saveCounters(job: SyncJob, m: EntityManager): Promise<void> {
    const { id, status: _s, finishedAt: _f, ...fields } = job;
    await m.getRepository(SyncJob).update({ id }, fields as never);
  }

  /** Ends a job with a final status. */
  async finish(job: SyncJob, status: SyncJobStatus, message?: string | null): Promise<SyncJob> {
    job.status = status;
    job.finishedAt = this.clock.now();
    job.startedAt ??= job.finishedAt;
    if (message !== undefined) job.message = message;
    await this.save(job);
    this.metrics.finished(job);
    return job;
  }

  /** Records a failed record of a job. */
  async error(job: SyncJob, ref: { erpId?: string | null; crmId?: string | null }, message: string): Promise<void> {
    await transaction(this.db, (m) =>
      m.getRepository(SyncJobError).insert({
        id: this.ids.uuid(),
        jobId: job.id,
        erpId: ref.erpId ?? null,
        crmId: ref.crmId ?? null,
        message,
        createdAt: this.clock.now(),
      }),
    );
    this.metrics.error(job.mapping, 'permanent');
  }

  async publish(job: SyncJob): Promise<void> {
    const payload = jobPayload(job);
    await this.bus.publish(TOPICS.job(job.id), payload);
    // A part is not a job of its own to the job lists: its counters reach them summed on its job.
    if (!job.parentJobId) await this.bus.publish(TOPICS.allJobs, payload);
  }
}
