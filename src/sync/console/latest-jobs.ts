import { SyncJob } from '../sync-job.entity';
import { SyncJobSort } from '../enums';
import type { SyncJobFilterArgs, SyncJobQueryService } from '../jobs/sync-job-query.service';

/** The latest jobs first, as the console's job list shows them: the first page of `syncJobs(sort: NEWEST_FIRST)`. */
export async function latestSyncJobs(jobs: SyncJobQueryService, filter: SyncJobFilterArgs, first: number): Promise<SyncJob[]> {
  const take = Math.min(Math.max(first, 0), 500);
  return (await jobs.list({ first: take }, filter, SyncJobSort.NEWEST_FIRST)).nodes;
}
