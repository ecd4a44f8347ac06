import { DataSource } from 'typeorm';
import { fullPassCheckpointOf } from './job-params';
import { Page, PageArgs, paginate } from '../../shared/pagination';
import { SyncJob, SyncJobError } from '../sync-job.entity';
import { FullSyncRun } from '../full-sync-run.entity';
import { SyncJobSort, SyncJobStatus, SyncJobType, TableMappingName } from '../enums';

/** Filter of the `syncJobs` list. */
export interface SyncJobFilterArgs {
  mapping?: TableMappingName;
  status?: SyncJobStatus;
  type?: SyncJobType;
}

/** Reads sync jobs, their errors and full synchronization runs. */
export class SyncJobQueryService {
  constructor(private readonly db: DataSource) {}

  /** Jobs newest first (or oldest first), in a stable keyset order on (queuedAt, id). */
  async list(args: PageArgs, filter: SyncJobFilterArgs = {}, sort: SyncJobSort = SyncJobSort.NEWEST_FIRST): Promise<Page<SyncJob>> {
    // Parts of a shared full pass are listed under their job (SyncJob.parts), not on their own.
    const qb = this.db.getRepository(SyncJob).createQueryBuilder('j').where('j.parentJobId IS NULL');
    if (filter.mapping) qb.andWhere('j.mapping = :mapping', { mapping: filter.mapping });
    if (filter.status) qb.andWhere('j.status = :status', { status: filter.status });
    if (filter.type) qb.andWhere('j.type = :type', { type: filter.type });
    const descending = sort === SyncJobSort.NEWEST_FIRST;
    return paginate(
      qb,
      [
        { column: 'j.queuedAt', property: 'queuedAt', date: true, descending },
        { column: 'j.id', property: 'id', descending },
      ],
      args,
    );
  }

  get = (id: string) => this.db.getRepository(SyncJob).findOneBy({ id });

  /** A job's failed records, with those of its parts (a shared full pass). */
  errors(jobId: string, first = 100): Promise<SyncJobError[]> {
    return this.db
      .getRepository(SyncJobError)
      .createQueryBuilder('e')
      .where('e.jobId = :jobId', { jobId })
      .orWhere((qb) => `e.jobId IN ${qb.subQuery().select('p.id').from(SyncJob, 'p').where('p.parentJobId = :jobId').getQuery()}`)
      .orderBy('e.createdAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(first)
      .getMany();
  }

  /**
   * The parts of a shared full pass, in key order (none for any other job). The order is the
   * job's checkpoint's: the one `job` carries, else (a progress event carries none) the stored one.
   */
  async parts(job: Pick<SyncJob, 'id'> & { checkpoint?: SyncJob['checkpoint'] }): Promise<SyncJob[]> {
    const parts = await this.db.getRepository(SyncJob).findBy({ parentJobId: job.id });
    if (parts.length === 0) return parts;
    const checkpoint = job.checkpoint ?? (await this.get(job.id))?.checkpoint ?? null;
    const position = new Map((fullPassCheckpointOf({ checkpoint }).parts ?? []).map((id, i) => [id, i]));
    return parts.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  }

  runs(first = 20): Promise<FullSyncRun[]> {
    return this.db.getRepository(FullSyncRun).find({ order: { startedAt: 'DESC' }, take: first });
  }

  run = (id: string) => this.db.getRepository(FullSyncRun).findOneBy({ id });
}
