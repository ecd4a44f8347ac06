import { DataSource } from 'typeorm';
import { isUuid } from '../../shared/clock';
import { badInput, invalidState, notFound } from '../../shared/errors';
import { SyncJobStatus } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { JobRecorder } from './job-recorder';

/** Cancels jobs: a queued job at once, a running one at its next chunk boundary. */
export class CancelService {
  constructor(
    private readonly db: DataSource,
    private readonly recorder: JobRecorder,
    private readonly onCanceled: (job: SyncJob) => Promise<void>,
  ) {}

  async cancel(id: string): Promise<SyncJob> {
    if (!isUuid(id)) throw badInput(`id: "${id}" is not a UUID`);
    const job = await this.db.getRepository(SyncJob).findOneBy({ id });
    if (!job) throw notFound('Sync job', id);
    if (job.parentJobId) throw invalidState(`Sync job ${id} is a part of sync job ${job.parentJobId}: cancel that one`);
    if (job.status !== SyncJobStatus.QUEUED && job.status !== SyncJobStatus.RUNNING) {
      throw invalidState(`Sync job ${id} is already ${job.status}`);
    }
    const wasQueued = job.status === SyncJobStatus.QUEUED;
    // A running job sees the status at its next chunk and stops there, with its counters so far.
    const done = await this.recorder.finish(job, SyncJobStatus.CANCELED, 'Canceled');
    if (wasQueued) await this.onCanceled(done);
    return done;
  }
}
