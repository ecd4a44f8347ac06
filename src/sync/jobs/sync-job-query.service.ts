import { DataSource } from 'typeorm';
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
    const qb = this.db.getRepository(SyncJob).createQueryBuilder('j');
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

  errors(jobId: string, first = 100): Promise<SyncJobError[]> {
    return this.db.getRepository(SyncJobError).find({ where: { jobId }, order: { createdAt: 'ASC', id: 'ASC' }, take: first });
  }

  runs(first = 20): Promise<FullSyncRun[]> {
    return this.db.getRepository(FullSyncRun).find({ order: { startedAt: 'DESC' }, take: first });
  }

  run = (id: string) => this.db.getRepository(FullSyncRun).findOneBy({ id });
}
