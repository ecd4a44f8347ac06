import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType, PageArgs } from '../../shared/pagination';
import { notImplemented } from '../../shared/errors';
import { SyncJob, SyncJobError } from '../sync-job.entity';
import { FullSyncLine, FullSyncRun } from '../full-sync-run.entity';
import { TableMappingName } from '../enums';
import { FullSyncInput, SyncJobFilter, SyncPreviewLine } from './sync-job.input';
import type { SyncContext } from '../sync.context';

export const SyncJobConnection = connectionType(SyncJob, 'SyncJobConnection');

/** Sync jobs and their errors. */
@Resolver(() => SyncJob)
export class SyncJobResolver {
  @Query(() => SyncJobConnection)
  syncJobs(@Args() page: PageArgs, @Arg('filter', () => SyncJobFilter, { nullable: true }) filter: SyncJobFilter | undefined, @Ctx() ctx: SyncContext) {
    return ctx.sync.jobs.list(page, filter);
  }
  @Query(() => SyncJob, { nullable: true }) syncJob(@Arg('id', () => ID) id: string, @Ctx() ctx: SyncContext) { return ctx.sync.jobs.get(id); }

  @FieldResolver(() => [SyncJobError])
  errors(@Root() job: SyncJob, @Arg('first', () => Int, { nullable: true }) first: number | undefined, @Ctx() ctx: SyncContext) {
    return ctx.sync.jobs.errors(job.id, Math.min(Math.max(first ?? 100, 0), 500));
  }

  @Authorized('operator') @Mutation(() => [SyncJob])
  runIncrementalSynchronization(@Arg('mappings', () => [TableMappingName], { nullable: true }) _m?: TableMappingName[]): SyncJob[] {
    throw notImplemented('runIncrementalSynchronization');
  }
  @Authorized('operator') @Mutation(() => SyncJob)
  cancelSyncJob(@Arg('id', () => ID) _id: string): SyncJob { throw notImplemented('cancelSyncJob'); }
}

/** Full synchronization runs and their review lines. */
@Resolver(() => FullSyncRun)
export class FullSyncRunResolver {
  @Query(() => [FullSyncRun])
  fullSyncRuns(@Arg('first', () => Int, { nullable: true }) first: number | undefined, @Ctx() ctx: SyncContext) {
    return ctx.sync.jobs.runs(Math.min(Math.max(first ?? 20, 0), 500));
  }
  @Query(() => FullSyncRun, { nullable: true }) fullSyncRun(@Arg('id', () => ID) id: string, @Ctx() ctx: SyncContext) { return ctx.sync.jobs.run(id); }
  @Query(() => [SyncPreviewLine])
  previewFullSynchronization(@Arg('input', () => FullSyncInput, { nullable: true }) _input?: FullSyncInput): SyncPreviewLine[] {
    throw notImplemented('previewFullSynchronization');
  }

  @FieldResolver(() => [FullSyncLine])
  lines(@Root() run: FullSyncRun, @Ctx() ctx: SyncContext) { return ctx.syncLoaders.linesByRun.load(run.id); }

  @Authorized('operator') @Mutation(() => FullSyncRun)
  runFullSynchronization(@Arg('input', () => FullSyncInput, { nullable: true }) _input?: FullSyncInput): FullSyncRun {
    throw notImplemented('runFullSynchronization');
  }
}

/** The jobs of a review line. */
@Resolver(() => FullSyncLine)
export class FullSyncLineResolver {
  @FieldResolver(() => SyncJob, { nullable: true })
  toCrmJob(@Root() line: FullSyncLine, @Ctx() ctx: SyncContext) { return line.toCrmJobId ? ctx.syncLoaders.job.load(line.toCrmJobId) : null; }
  @FieldResolver(() => SyncJob, { nullable: true })
  fromCrmJob(@Root() line: FullSyncLine, @Ctx() ctx: SyncContext) { return line.fromCrmJobId ? ctx.syncLoaders.job.load(line.fromCrmJobId) : null; }
}
