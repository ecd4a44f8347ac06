import { DataSource, In, LessThan } from 'typeorm';
import { Clock } from '../../shared/clock';
import { transaction } from '../../shared/db';
import { isDuplicateKeyError } from '../../shared/repository';
import { SyncJobLease } from '../sync-job.entity';
import { LEASE_MS } from './mapping-lock';

/**
 * Leases on parts of jobs (sync_job_lease): who runs a part now. The mapping's own lease stays
 * with the part's job (MappingLock) while its parts run in several processes; this one keeps two
 * processes off the same part, and frees a part whose process died LEASE_MS after its last beat.
 * A holder is one run of the part, not a process: the same process may try a part twice at once
 * (its queue hands it over while its lead reaches it), and only one of the two gets it.
 */
export class JobLeases {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Takes (or renews) a part's lease for `holder`; answers whether it holds it. */
  async acquire(jobId: string, holder: string): Promise<boolean> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + LEASE_MS);
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(SyncJobLease);
      const taken = await repo.update(
        [
          { jobId, holder },
          { jobId, until: LessThan(now) },
        ],
        { holder, until },
      );
      if (taken.affected) return (await repo.findOneBy({ jobId }))?.holder === holder;
      try {
        await repo.insert({ jobId, holder, until });
        return true;
      } catch (error) {
        // Another process inserted it first: it holds the part.
        if (isDuplicateKeyError(error)) return false;
        throw error;
      }
    });
  }

  async release(jobId: string, holder: string): Promise<void> {
    await transaction(this.db, (m) => m.getRepository(SyncJobLease).delete({ jobId, holder }));
  }

  /** The parts among `jobIds` that nobody holds now (never taken, released, or lapsed). */
  async free(jobIds: readonly string[]): Promise<Set<string>> {
    if (jobIds.length === 0) return new Set();
    const now = this.clock.now().getTime();
    const held = await this.db.getRepository(SyncJobLease).findBy({ jobId: In([...jobIds]) });
    const busy = new Set(held.filter((l) => l.until.getTime() >= now).map((l) => l.jobId));
    return new Set(jobIds.filter((id) => !busy.has(id)));
  }

  /** Drops the leases of these parts (their job ended). */
  async drop(jobIds: readonly string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await transaction(this.db, (m) => m.getRepository(SyncJobLease).delete({ jobId: In([...jobIds]) }));
  }

  /** Frees every part (the embedded default at start-up: no other process can hold one). */
  async releaseAll(): Promise<void> {
    await transaction(this.db, (m) => m.createQueryBuilder().delete().from(SyncJobLease).execute());
  }
}
