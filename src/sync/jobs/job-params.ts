/**
 * The parts of a job's `params` and `checkpoint` (stored as JSON) that more than one module
 * reads, typed once here instead of cast at each reader. The pass parameters of full and
 * incremental jobs (`way`, `matchFirst`, `mergeCoupled`) are `PassParams` in job-runner.ts.
 */
import type { SyncJob } from '../sync-job.entity';

/** How the jobs of one full-sync line or one incremental run hang together. */
export interface ChainParams {
  /** Every job of the line or run, in run order (this one included). */
  chain?: string[];
  /** The job an incremental run queues when this one ends (null for the last). */
  next?: string | null;
}

/** Keys the match step of a full-sync line settled: held back from creation, failed, or coupled. */
export interface Held {
  erp: string[];
  crm: string[];
  failedErp: string[];
}

/**
 * Where a full pass resumes: its phase, the last key it finished, and what its match step held
 * back. A pass whose create phase is shared by workers is in phase `parts`: `parts` names its
 * part jobs, `base` holds the counters it had before them (its counters are `base` plus theirs).
 */
export interface FullPassCheckpoint {
  phase?: string;
  after?: string | null;
  held?: Held;
  parts?: string[];
  base?: Record<string, number>;
}

/** The key range a part of a shared full pass covers: after `after` (null: the start) up to `until` (inclusive; null: the end). */
export interface PartRange {
  after: string | null;
  until: string | null;
}

/** A part's key range, or null for a job that is not a part. */
export function partOf(job: Pick<SyncJob, 'params' | 'parentJobId'>): PartRange | null {
  if (!job.parentJobId) return null;
  return ((job.params as { part?: PartRange } | null)?.part ?? null) as PartRange | null;
}

type JobParts = Pick<SyncJob, 'id' | 'params'>;

/** The jobs of this job's line or run (just itself when it has no chain). */
export function chainOf(job: JobParts): string[] {
  return (job.params as ChainParams | null)?.chain ?? [job.id];
}

/** The job to queue after this one, if it is part of an incremental run. */
export function nextOf(job: Pick<SyncJob, 'params'>): string | null {
  return (job.params as ChainParams | null)?.next ?? null;
}

/** A full pass's checkpoint ({} when it has none yet). */
export function fullPassCheckpointOf(job: Pick<SyncJob, 'checkpoint'>): FullPassCheckpoint {
  return (job.checkpoint ?? {}) as FullPassCheckpoint;
}
