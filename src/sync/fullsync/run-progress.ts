/**
 * What `fullSyncProgress` streams: the run's snapshot whenever a line changes (run topic) AND
 * whenever a counter of one of its jobs changes (job topic). Both topics travel on the event
 * bus, in memory or through Redis, so every gateway streams every change, whichever process
 * runs the job.
 */

import { FINAL_STATUSES } from '../enums';
import type { JobEvent as Job, RunSnapshot } from '../events/topics';

const RANK: Record<string, number> = { QUEUED: 0, RUNNING: 1, SUCCEEDED: 2, FAILED: 2, CANCELED: 2 };
const rankOf = (status: string) => RANK[status] ?? 0;

/** True when `a` is a later state of a job than `b` (events of two topics may cross). */
function later(a: Job, b: Job): boolean {
  const ra = RANK[a.status] ?? 0,
    rb = RANK[b.status] ?? 0;
  return ra !== rb ? ra > rb : a.processed >= b.processed;
}

/** Keeps the latest state of each job of a run and folds it into the snapshots. */
export class RunProgressMerger {
  private readonly latest = new Map<string, Job>();

  constructor(private snap: RunSnapshot) {
    this.remember(snap);
  }

  get current(): RunSnapshot {
    return this.snap;
  }

  private remember(snap: RunSnapshot): void {
    for (const l of snap.lines) for (const j of [l.toCrmJob, l.fromCrmJob]) if (j) this.keep(j);
  }

  private keep(job: Job): boolean {
    const known = this.latest.get(job.id);
    if (known && !later(job, known)) return false;
    this.latest.set(job.id, job);
    return true;
  }

  /**
   * A new run snapshot: neither the run, nor a line, nor a job goes back to an older state than one
   * already streamed (a snapshot published before the subscriber read its own arrives after it).
   * Null for a snapshot of the run older than the one streamed.
   */
  onRun(snap: RunSnapshot): RunSnapshot | null {
    if (rankOf(snap.status) < rankOf(this.snap.status)) return null;
    this.remember(snap);
    const pick = (j: Job | null | undefined) => (j ? (this.latest.get(j.id) ?? j) : j);
    const known = new Map(this.snap.lines.map((l) => [l.mapping, l]));
    const lines = snap.lines.map((l) => {
      const before = known.get(l.mapping);
      // An older state of the line keeps the newer one already streamed.
      const line = before && rankOf(String(l.status)) < rankOf(String(before.status)) ? { ...l, status: before.status, message: before.message } : l;
      return { ...line, toCrmJob: pick(l.toCrmJob), fromCrmJob: pick(l.fromCrmJob) };
    });
    this.snap = { ...snap, lines };
    return this.snap;
  }

  /** A job event: the new snapshot when it is a newer state of one of the run's jobs, else null. */
  onJob(job: Job): RunSnapshot | null {
    if (job.fullSyncRunId !== this.snap.id) return null;
    const line = this.snap.lines.find((l) => l.toCrmJobId === job.id || l.fromCrmJobId === job.id);
    if (!line || !this.keep(job)) return null;
    const field = line.toCrmJobId === job.id ? 'toCrmJob' : 'fromCrmJob';
    this.snap = { ...this.snap, lines: this.snap.lines.map((l) => (l === line ? { ...l, [field]: job } : l)) };
    return this.snap;
  }
}

/** Merges two event streams into one, in arrival order. */
async function* merged<A, B>(a: AsyncIterableIterator<A>, b: AsyncIterableIterator<B>): AsyncGenerator<{ run?: A; job?: B }> {
  const queue: Array<{ run?: A; job?: B }> = [];
  let wake: (() => void) | null = null;
  let ended = 0;
  const pump = async <T>(it: AsyncIterableIterator<T>, wrap: (v: T) => { run?: A; job?: B }) => {
    try {
      for await (const v of it) {
        queue.push(wrap(v));
        wake?.();
      }
    } catch {
      // A closed bus ends the stream like a completed one.
    } finally {
      ended++;
      wake?.();
    }
  };
  void pump(a, (run) => ({ run }));
  void pump(b, (job) => ({ job }));
  while (true) {
    while (queue.length === 0) {
      if (ended === 2) return;
      await new Promise<void>((r) => (wake = r));
      wake = null;
    }
    yield queue.shift()!;
  }
}

/** The current snapshot, then every line change and job counter change, until the run's final state. */
export async function* followRun(current: RunSnapshot, runEvents: AsyncIterableIterator<RunSnapshot>, jobEvents: AsyncIterableIterator<Job>): AsyncGenerator<RunSnapshot> {
  const merger = new RunProgressMerger(current);
  try {
    yield merger.current;
    if (FINAL_STATUSES.has(current.status)) return;
    for await (const event of merged(runEvents, jobEvents)) {
      const next = event.run ? merger.onRun(event.run) : merger.onJob(event.job!);
      if (!next) continue;
      yield next;
      if (FINAL_STATUSES.has(next.status)) return;
    }
  } finally {
    await runEvents.return?.();
    await jobEvents.return?.();
  }
}
