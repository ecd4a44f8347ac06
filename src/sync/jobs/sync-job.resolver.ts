import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType, PageArgs } from '../../shared/pagination';
import { SyncJob, SyncJobError } from '../sync-job.entity';
import { FullSyncLine, FullSyncRun } from '../full-sync-run.entity';
import { SyncJobSort, TableMappingName } from '../enums';
import { FullSyncInput, SyncJobFilter, SyncPreviewLine } from './sync-job.input';
import type { SyncContext } from '../sync.context';

export const SyncJobConnection = connectionType(SyncJob, 'SyncJobConnection');

/** Sync jobs and their errors. */
@Resolver(() => SyncJob)
export class SyncJobResolver {
  @Query(() => SyncJobConnection)
  syncJobs(
    @Args() page: PageArgs,
    @Arg('filter', () => SyncJobFilter, { nullable: true }) filter: SyncJobFilter | undefined,
    @Arg('sort', () => SyncJobSort, { nullable: true, defaultValue: SyncJobSort.NEWEST_FIRST }) sort: SyncJobSort,
    @Ctx() ctx: SyncContext,
  ) {
    return ctx.sync.jobs.list(page, filter, sort ?? SyncJobSort.NEWEST_FIRST);
  }
  @Query(() => SyncJob, { nullable: true }) syncJob(@Arg('id', () => ID) id: string, @Ctx() ctx: SyncContext) {
    return ctx.sync.jobs.get(id);
  }

  @FieldResolver(() => [SyncJob], { description: 'The parts of a full pass that workers share, each a key range with its own counters (empty for any other job)' })
  parts(@Root() job: SyncJob, @Ctx() ctx: SyncContext) {
    return ctx.sync.jobs.parts(job);
  }

  @FieldResolver(() => [SyncJobError])
  errors(@Root() job: SyncJob, @Arg('first', () => Int, { nullable: true }) first: number | undefined, @Ctx() ctx: SyncContext) {
    return ctx.sync.jobs.errors(job.id, Math.min(Math.max(first ?? 100, 0), 500));
  }

  @Authorized('operator')
  @Mutation(() => [SyncJob])
  runIncrementalSynchronization(@Arg('mappings', () => [TableMappingName], { nullable: true }) mappings: TableMappingName[] | undefined, @Ctx() ctx: SyncContext) {
    return ctx.sync.incremental.start(mappings);
  }
  @Authorized('operator')
  @Mutation(() => SyncJob)
  cancelSyncJob(@Arg('id', () => ID) id: string, @Ctx() ctx: SyncContext) {
    return ctx.sync.cancel.cancel(id);
  }
}

/** Full synchronization runs and their review lines. */
@Resolver(() => FullSyncRun)
export class FullSyncRunResolver {
  @Query(() => [FullSyncRun])
  fullSyncRuns(@Arg('first', () => Int, { nullable: true }) first: number | undefined, @Ctx() ctx: SyncContext) {
    return ctx.sync.jobs.runs(Math.min(Math.max(first ?? 20, 0), 500));
  }
  @Query(() => FullSyncRun, { nullable: true }) fullSyncRun(@Arg('id', () => ID) id: string, @Ctx() ctx: SyncContext) {
    return ctx.sync.jobs.run(id);
  }
  @Query(() => [SyncPreviewLine])
  previewFullSynchronization(@Arg('input', () => FullSyncInput, { nullable: true }) input: FullSyncInput | undefined, @Ctx() ctx: SyncContext) {
    return ctx.sync.fullSync.preview(input?.mappings);
  }

  @FieldResolver(() => [FullSyncLine])
  lines(@Root() run: FullSyncRun & { lines?: FullSyncLine[] }, @Ctx() ctx: SyncContext) {
    // A progress event carries its lines (a subscription's loaders would serve stale ones).
    return run.lines ?? ctx.syncLoaders.linesByRun.load(run.id);
  }

  @Authorized('operator')
  @Mutation(() => FullSyncRun)
  runFullSynchronization(@Arg('input', () => FullSyncInput, { nullable: true }) input: FullSyncInput | undefined, @Ctx() ctx: SyncContext) {
    return ctx.sync.fullSync.start(input?.mappings);
  }
}

type LineWithJobs = FullSyncLine & { toCrmJob?: SyncJob | null; fromCrmJob?: SyncJob | null };

/** A line's job: from a progress event when it carries one (with its timestamps revived), else loaded. */
function jobOf(line: LineWithJobs, field: 'toCrmJob' | 'fromCrmJob', id: string | null, ctx: SyncContext) {
  if (field in line) {
    const job = line[field];
    if (!job) return null;
    const out = { ...job } as Record<string, unknown>;
    for (const k of ['queuedAt', 'startedAt', 'finishedAt']) if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
    return out;
  }
  return id ? ctx.syncLoaders.job.load(id) : null;
}

/** The jobs of a review line. */
@Resolver(() => FullSyncLine)
export class FullSyncLineResolver {
  @FieldResolver(() => SyncJob, { nullable: true })
  toCrmJob(@Root() line: LineWithJobs, @Ctx() ctx: SyncContext) {
    return jobOf(line, 'toCrmJob', line.toCrmJobId, ctx);
  }
  @FieldResolver(() => SyncJob, { nullable: true })
  fromCrmJob(@Root() line: LineWithJobs, @Ctx() ctx: SyncContext) {
    return jobOf(line, 'fromCrmJob', line.fromCrmJobId, ctx);
  }
}
