/**
 * How the lines of a full synchronization move, as one pure step over the stored state: a line
 * starts when every line it depends on SUCCEEDED (dependencies outside the run count as
 * satisfied), runs its jobs one after the other (TO_CRM first), ends with its first FAILED or
 * CANCELED job, and blocks its dependants ("Waiting for X, which did not succeed"). The run ends
 * when no line can move any more: SUCCEEDED when every line did, else FAILED.
 *
 * FullSyncService.step reads the run, applies this and stores what changed; the job runner calls
 * it (through FullSyncService.jobFinished) whenever a job of the run ends.
 */
import { SyncJobStatus } from '../enums';
import type { FullSyncLine } from '../full-sync-run.entity';
import type { SyncJob } from '../sync-job.entity';

/** What the step reads of a line's jobs. */
export type LineJob = Pick<SyncJob, 'id' | 'status' | 'message' | 'checkpoint'>;

/** What one step decided. */
export interface LineStep {
  /** Jobs to hand to the queue, in order. */
  toEnqueue: string[];
  /** Whether a line's status or message changed (the lines were updated in place). */
  changed: boolean;
  /** The run's final status when no line can move any more, else null. */
  outcome: SyncJobStatus.SUCCEEDED | SyncJobStatus.FAILED | null;
}

const WAITING = 'Waiting for';

const ended = (j: LineJob) => j.status === SyncJobStatus.FAILED || j.status === SyncJobStatus.CANCELED;

/** CANCELED when a job was canceled, else FAILED; with the first message of a job that did not succeed. */
function endLine(line: FullSyncLine, own: LineJob[], fallback: string): void {
  line.status = own.some((j) => j.status === SyncJobStatus.CANCELED) ? SyncJobStatus.CANCELED : SyncJobStatus.FAILED;
  line.message = own.find((j) => j.message && j.status !== SyncJobStatus.SUCCEEDED)?.message ?? fallback;
}

/**
 * Moves every line of a run one step on, in position order (a line that starts in this step
 * lets no dependant start before the next step). Updates `lines` in place.
 */
export function stepLines(lines: FullSyncLine[], jobs: ReadonlyMap<string, LineJob>): LineStep {
  const byMapping = new Map(lines.map((l) => [l.mapping, l]));
  const toEnqueue: string[] = [];
  let changed = false;
  for (const line of lines) {
    const own = [line.toCrmJobId, line.fromCrmJobId].filter((id): id is string => !!id).map((id) => jobs.get(id)!);
    const before = `${line.status}|${line.message}`;
    if (line.status === SyncJobStatus.RUNNING) {
      if (own.some(ended)) {
        endLine(line, own, 'A job of this line failed');
      } else if (own.every((j) => j.status === SyncJobStatus.SUCCEEDED)) {
        line.status = SyncJobStatus.SUCCEEDED;
      } else {
        // The next job of the line starts when the one before it succeeded.
        const next = own.find((j) => j.status === SyncJobStatus.QUEUED);
        // (a canceled job ends the line above; only QUEUED jobs are ever handed to the queue)
        const busy = own.some((j) => j.status === SyncJobStatus.RUNNING);
        if (next && !busy && !next.checkpoint) toEnqueue.push(next.id);
      }
    } else if (line.status === SyncJobStatus.QUEUED && own.some(ended)) {
      // A job of the line was canceled (or failed) before the line could start: the line ends with it.
      endLine(line, own, 'A job of this line was canceled');
    } else if (line.status === SyncJobStatus.QUEUED) {
      // Dependencies outside the run count as satisfied.
      const deps = line.dependsOn.map((d) => byMapping.get(d)).filter((d): d is FullSyncLine => !!d);
      const blocked = deps.find(
        (d) => d.status === SyncJobStatus.FAILED || d.status === SyncJobStatus.CANCELED || (d.status === SyncJobStatus.QUEUED && d.message?.startsWith(WAITING)),
      );
      if (blocked) line.message = `${WAITING} ${blocked.mapping}, which did not succeed`;
      else if (deps.every((d) => d.status === SyncJobStatus.SUCCEEDED)) {
        line.status = SyncJobStatus.RUNNING;
        line.message = null;
        if (own[0]) toEnqueue.push(own[0].id);
      }
    }
    if (`${line.status}|${line.message}` !== before) changed = true;
  }
  const open = lines.some((l) => l.status === SyncJobStatus.RUNNING || (l.status === SyncJobStatus.QUEUED && !l.message?.startsWith(WAITING)));
  const outcome = open ? null : lines.every((l) => l.status === SyncJobStatus.SUCCEEDED) ? SyncJobStatus.SUCCEEDED : SyncJobStatus.FAILED;
  return { toEnqueue, changed, outcome };
}
