/**
 * The sync engine's event-bus topics and the payloads they carry: one plain module that the
 * publishers (JobRecorder, FullSyncService) and the readers (ProgressResolver, run-progress)
 * import, so no persistence class has to load a GraphQL resolver module to name a topic.
 * Payloads are plain JSON (ISO strings), as every bus carries them.
 */
import { topic } from '../../shared/event-bus';

/**
 * A job as it travels on the bus: its SyncJob row as plain JSON, without the checkpoint, params
 * reduced to who triggered it (see `jobPayload`). Readers rely on the fields named here.
 */
export type JobEvent = { id: string; status: string; processed: number; fullSyncRunId?: string | null } & Record<string, unknown>;

/** A full-sync line in a run snapshot, with its two jobs as they were when the snapshot was taken. */
export type RunLineSnapshot = {
  toCrmJobId: string | null;
  fromCrmJobId: string | null;
  toCrmJob?: JobEvent | null;
  fromCrmJob?: JobEvent | null;
} & Record<string, unknown>;

/** A run snapshot as `FullSyncService.snapshot` answers it (plain JSON). */
export type RunSnapshot = { id: string; status: string; lines: RunLineSnapshot[] } & Record<string, unknown>;

/** Topics of job and run progress. */
export const TOPICS = {
  /** Every change of every job. */
  allJobs: topic<JobEvent>('sync.jobs'),
  /** Every change of one job. */
  job: (id: string) => topic<JobEvent>(`sync.job.${id}`),
  /** Every change of one full-sync run's lines. */
  run: (id: string) => topic<RunSnapshot>(`sync.run.${id}`),
};
