import { DataSource, In } from 'typeorm';
import { Clock, IdGenerator } from '../../shared/clock';
import { transaction } from '../../shared/db';
import { badInput } from '../../shared/errors';
import { SyncJobStatus, SyncJobType, TableMappingName } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { MappingService } from '../mappings/mapping.service';
import { JobRecorder, newJob } from '../jobs/job-recorder';
import { JobQueue } from '../jobs/job-queue';
import { waysOf } from '../fullsync/full-sync.service';
import { nextOf } from '../jobs/job-params';

/**
 * Incremental synchronization: one job per mapping and direction, run one after another in
 * dependency order (each mapping's TO_CRM pass, then its FROM_CRM pass). Each reads only what
 * changed since the mapping's watermark.
 */
export class IncrementalService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly mappings: MappingService,
    private readonly recorder: JobRecorder,
    private readonly queue: JobQueue,
  ) {}

  /** Queues a run and answers its jobs (QUEUED) at once; `trigger` says who asked (kept in the jobs' params). */
  async start(names?: TableMappingName[] | null, trigger: 'PERSON' | 'SCHEDULE' = 'PERSON'): Promise<SyncJob[]> {
    if (names && names.length === 0) throw badInput('mappings must name at least one mapping (or be omitted for all)');
    const all = await this.mappings.list();
    const selected = names ? all.filter((m) => names.includes(m.name)) : all;
    const jobs: SyncJob[] = [];
    for (const m of selected) {
      for (const way of waysOf(m.direction)) {
        jobs.push(
          newJob(this.ids.uuid(), this.clock.now(), { mapping: m.name, direction: way, type: SyncJobType.INCREMENTAL, status: SyncJobStatus.QUEUED, params: { way, trigger } }),
        );
      }
    }
    // `chain` names every job of the run: a record seen by two passes of one run fails only once.
    jobs.forEach((j, i) => (j.params = { ...j.params, next: jobs[i + 1]?.id ?? null, chain: jobs.map((x) => x.id) }));
    await transaction(this.db, (m) => m.getRepository(SyncJob).insert(jobs as never));
    for (const j of jobs) await this.recorder.publish(j);
    if (jobs[0]) await this.queue.enqueue(jobs[0].id);
    return jobs;
  }

  /** Chains the run: when a job ends (whatever its result), the next one is queued. */
  async jobFinished(job: SyncJob): Promise<void> {
    const next = nextOf(job);
    if (job.type === SyncJobType.INCREMENTAL && next) await this.queue.enqueue(next);
  }

  /** True while an incremental run has jobs not yet finished (the scheduler does not start a second one). */
  async inProgress(): Promise<boolean> {
    return this.db.getRepository(SyncJob).existsBy({ type: SyncJobType.INCREMENTAL, status: In([SyncJobStatus.QUEUED, SyncJobStatus.RUNNING]) });
  }

  /** Incremental jobs left unfinished by a stopped process: the first of each chain goes back on the queue. */
  async resume(): Promise<void> {
    const open = await this.db
      .getRepository(SyncJob)
      .find({ where: { type: SyncJobType.INCREMENTAL, status: In([SyncJobStatus.QUEUED, SyncJobStatus.RUNNING]) }, order: { queuedAt: 'ASC' } });
    const nexts = new Set(open.map(nextOf).filter(Boolean));
    for (const j of open) if (!nexts.has(j.id) || j.status === SyncJobStatus.RUNNING) await this.queue.enqueue(j.id);
  }
}
