import { EntityManager } from 'typeorm';

/** A write to the sync store, run inside a transaction its caller opens. */
export type SyncStoreWrite = (m: EntityManager) => Promise<void>;

/** What commits with a checkpoint: writes, and the counters they stand for. */
export interface CheckpointAlongside {
  /** Runs inside the checkpoint's transaction, before the job's counters are written. */
  run: SyncStoreWrite;
  /** Called when that transaction failed: whatever `run` changed in memory is taken back. */
  undo(): void;
}

/**
 * The sync-store writes a chunk leaves for its checkpoint, so that the chunk's couplings are
 * completed in the same transaction that saves the job's counters and position: a crash leaves
 * both or neither (the couplings then stay pending, and `repairPending` completes and counts
 * them), and a chunk commits the sync store once instead of twice. The records it created are
 * counted on the job only as that transaction runs, so a failed one counts nothing and the
 * retry's repair counts them once.
 */
export class ChunkWrites implements CheckpointAlongside {
  private readonly writes: SyncStoreWrite[] = [];
  private created = 0;
  private applied = 0;

  constructor(private readonly job: { inserted: number; processed: number }) {}

  /** Leaves a write for the checkpoint; `created` records become inserted and processed with it. */
  add(write: SyncStoreWrite, created: number): void {
    this.writes.push(write);
    this.created += created;
  }

  readonly run: SyncStoreWrite = async (m) => {
    for (const write of this.writes) await write(m);
    this.job.inserted += this.created - this.applied;
    this.job.processed += this.created - this.applied;
    this.applied = this.created;
  };

  undo(): void {
    this.job.inserted -= this.applied;
    this.job.processed -= this.applied;
    this.applied = 0;
  }
}
