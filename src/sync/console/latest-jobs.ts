import { DataSource } from 'typeorm';
import { SyncJob } from '../sync-job.entity';
import type { SyncJobFilterArgs } from '../jobs/sync-job-query.service';

/** The latest jobs first, as the console's job list shows them (`syncJobs` pages in id order). */
export function latestSyncJobs(db: DataSource, filter: SyncJobFilterArgs, first: number): Promise<SyncJob[]> {
  const take = Math.min(Math.max(first, 0), 500);
  const where: Record<string, unknown> = {};
  if (filter.mapping) where.mapping = filter.mapping;
  if (filter.status) where.status = filter.status;
  if (filter.type) where.type = filter.type;
  return db.getRepository(SyncJob).find({ where, order: { queuedAt: 'DESC', id: 'DESC' }, take });
}
