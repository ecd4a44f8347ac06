import { Arg, ID, Resolver, Root, Subscription, SubscribeResolverData } from 'type-graphql';
import { notFound } from '../../shared/errors';
import { SyncJob } from '../sync-job.entity';
import { FINAL_STATUSES } from '../enums';
import { FullSyncRun } from '../full-sync-run.entity';
import type { SyncContext } from '../sync.context';
import { followRun } from '../fullsync/run-progress';
import { TOPICS } from '../events/topics';
import { whenSubscribed } from '../../shared/subscription-ready';

type Data = SubscribeResolverData<unknown, { jobId?: string; runId?: string }, SyncContext>;

/** Payloads travel as JSON; give timestamps back their Date type for the DateTimeISO scalar. */
function reviveDates<T extends object>(payload: T, keys: string[]): T {
  const out = { ...payload } as Record<string, unknown>;
  for (const k of keys) if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
  return out as T;
}

/** The current state, then every change, completing after the first final state. */
async function* untilFinal<T extends { status: string }>(current: T, events: AsyncIterableIterator<T>): AsyncGenerator<T> {
  try {
    yield current;
    if (FINAL_STATUSES.has(current.status)) return;
    for await (const event of events) {
      yield event;
      if (FINAL_STATUSES.has(event.status)) return;
    }
  } finally {
    await events.return?.();
  }
}

/** Live progress for UIs: every change of a job's counters, every change of a full sync run. */
@Resolver()
export class ProgressResolver {
  @Subscription(() => SyncJob, {
    description:
      "every change of a job's counters or status; with jobId, the job's current state first, completing after its final state (NOT_FOUND for an unknown job); all jobs when jobId is omitted",
    subscribe: async ({ args, context }: Data) => {
      if (!args.jobId) return context.sync.bus.subscribe(TOPICS.allJobs);
      // Subscribe before reading the current state, so no change falls between the two.
      const events = context.sync.bus.subscribe(TOPICS.job(args.jobId));
      // Over Redis the SUBSCRIBE must be answered first: events published before that reach no one.
      await whenSubscribed([events]);
      const current = await context.sync.jobs.get(args.jobId);
      if (!current) {
        await events.return?.();
        throw notFound('Sync job', args.jobId);
      }
      return untilFinal(current as { status: string }, events);
    },
  })
  syncJobProgress(@Root() job: SyncJob, @Arg('jobId', () => ID, { nullable: true }) _jobId?: string): SyncJob {
    return reviveDates(job, ['queuedAt', 'startedAt', 'finishedAt']);
  }

  @Subscription(() => FullSyncRun, {
    description: "the whole run each time one of its lines or a counter of one of its jobs changes; completes after the run's final state",
    subscribe: async ({ args, context }: Data) => {
      const runId = args.runId!;
      // Subscribe before reading the current state, so no change falls between the two.
      const events = context.sync.bus.subscribe(TOPICS.run(runId));
      // Job counters travel on the jobs topic: every change of a line's jobs reaches the run's stream.
      const jobs = context.sync.bus.subscribe(TOPICS.allJobs);
      // Over Redis the SUBSCRIBEs must be answered first (another gateway's events published before that reach no one);
      // what arrives between then and the snapshot is buffered and merged without going back (run-progress).
      await whenSubscribed([events, jobs]);
      const current = await context.sync.fullSync.snapshot(runId);
      if (!current) {
        await events.return?.();
        await jobs.return?.();
        throw notFound('Full synchronization run', runId);
      }
      return followRun(current, events, jobs);
    },
  })
  fullSyncProgress(@Root() run: FullSyncRun & { lines?: Array<Record<string, unknown>> }, @Arg('runId', () => ID) _runId: string): FullSyncRun {
    return reviveDates(run, ['startedAt', 'finishedAt']);
  }
}
