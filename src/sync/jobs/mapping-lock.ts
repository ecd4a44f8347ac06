import { DataSource, IsNull, LessThan } from 'typeorm';
import { Clock } from '../../shared/clock';
import { transaction } from '../../shared/db';
import { TableMappingName } from '../enums';
import { TableMapping } from '../table-mapping.entity';

/**
 * How long a lease holds without renewal: a crashed worker's mapping frees itself after this, and
 * another process resumes the job (the running job renews it every HEARTBEAT_MS, see heartbeat.ts).
 */
export const LEASE_MS = 6000;

/**
 * A lease on a mapping, kept in the sync store: one conditional UPDATE takes it, so two jobs
 * never process the same mapping at once, whatever process they run in.
 */
export class MappingLock {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Takes (or renews) the lease for a job; answers whether it holds it. */
  async acquire(mapping: TableMappingName, jobId: string): Promise<boolean> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + LEASE_MS);
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(TableMapping);
      const free = await repo.update(
        [
          { name: mapping, lockedBy: IsNull() },
          { name: mapping, lockedUntil: LessThan(now) },
          { name: mapping, lockedBy: jobId },
        ],
        {
          lockedBy: jobId,
          lockedUntil: until,
        },
      );
      if (free.affected) return (await repo.findOneBy({ name: mapping }))?.lockedBy === jobId;
      return false;
    });
  }

  async release(mapping: TableMappingName, jobId: string): Promise<void> {
    await transaction(this.db, (m) => m.getRepository(TableMapping).update({ name: mapping, lockedBy: jobId }, { lockedBy: null, lockedUntil: null }));
  }

  /** Frees every lease (the embedded default at start-up: no other process can hold one). */
  async releaseAll(): Promise<void> {
    await transaction(this.db, (m) => m.createQueryBuilder().update(TableMapping).set({ lockedBy: null, lockedUntil: null }).execute());
  }
}
