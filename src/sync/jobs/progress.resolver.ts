import { Arg, ID, Resolver, Root, Subscription, SubscribeResolverData } from 'type-graphql';
import { notFound } from '../../shared/errors';
import { SyncJob } from '../sync-job.entity';
import { FullSyncRun } from '../full-sync-run.entity';
import type { SyncContext } from '../sync.context';

/** Event-bus topics of job and run progress. */
export const TOPICS = {
  allJobs: 'sync.jobs',
  job: (id: string) => `sync.job.${id}`,
  run: (id: string) => `sync.run.${id}`,
};

type Data = SubscribeResolverData<unknown, { jobId?: string; runId?: string }, SyncContext>;

/** Payloads travel as JSON; give timestamps back their Date type for the DateTimeISO scalar. */
function reviveDates<T extends object>(payload: T, keys: string[]): T {
  const out = { ...payload } as Record<string, unknown>;
  for (const k of keys) if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
  return out as T;
}

/** Live progress for UIs: every change of a job's counters, every change of a full sync run. */
@Resolver()
export class ProgressResolver {
  @Subscription(() => SyncJob, {
    description: "every change of a job's counters or status; all jobs when jobId is omitted",
    subscribe: ({ args, context }: Data) => context.sync.bus.subscribe(args.jobId ? TOPICS.job(args.jobId) : TOPICS.allJobs),
  })
  syncJobProgress(@Root() job: SyncJob, @Arg('jobId', () => ID, { nullable: true }) _jobId?: string): SyncJob {
    return reviveDates(job, ['queuedAt', 'startedAt', 'finishedAt']);
  }

  @Subscription(() => FullSyncRun, {
    description: "the whole run each time one of its lines changes; completes after the run's final state",
    subscribe: async ({ args, context }: Data) => {
      if (!(await context.sync.jobs.run(args.runId!))) throw notFound('Full synchronization run', args.runId!);
      return context.sync.bus.subscribe(TOPICS.run(args.runId!));
    },
  })
  fullSyncProgress(@Root() run: FullSyncRun, @Arg('runId', () => ID) _runId: string): FullSyncRun {
    return reviveDates(run, ['startedAt', 'finishedAt']);
  }
}
