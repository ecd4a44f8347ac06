import { Arg, Authorized, Ctx, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TableMappingName } from '../enums';
import { TableMapping } from '../table-mapping.entity';
import { SyncJob } from '../sync-job.entity';
import { ConnectionSetup } from '../connection-setup.entity';
import { SyncJobFilter } from '../jobs/sync-job.input';
import { ApiRole, Me, SyncJobTrigger, TableMappingHealth } from './console.types';
import { MappingHealthService } from './mapping-health.service';
import { resetTableMapping } from './mapping-reset';
import { latestSyncJobs } from './latest-jobs';
import { Coupling } from '../coupling.entity';
import { mappingDef } from '../mappings/registry';
import type { SyncContext } from '../sync.context';

function healthOf(ctx: SyncContext): MappingHealthService {
  return new MappingHealthService(ctx.sync.db, ctx.sync.records, ctx.sync.erp, ctx.sync.crm, ctx.sync.clock);
}

/** Who is calling: the console shows what the role allows (the server still enforces every role). */
@Resolver()
export class MeResolver {
  @Query(() => Me, { description: 'the caller and its role' })
  me(@Ctx() ctx: SyncContext): Me {
    return { role: ctx.role as ApiRole };
  }

  @Query(() => [SyncJob], { description: 'the latest jobs first (queued time), optionally filtered; first at most 500 (default 50)' })
  latestSyncJobs(
    @Arg('filter', () => SyncJobFilter, { nullable: true }) filter: SyncJobFilter | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: SyncContext,
  ) {
    return latestSyncJobs(ctx.sync.jobs, filter ?? {}, first ?? 50);
  }
}

/** The per-mapping health the console shows, and putting a mapping back to its defaults. */
@Resolver(() => TableMapping)
export class MappingHealthResolver {
  @FieldResolver(() => TableMappingHealth, { description: 'record and coupling counts, last success, lag and status' })
  async health(@Root() mapping: TableMapping, @Ctx() ctx: SyncContext): Promise<TableMappingHealth> {
    return healthOf(ctx).health(mapping, await ctx.sync.setup.get());
  }

  @Authorized('admin')
  @Mutation(() => TableMapping, { description: 'puts a table mapping and its field mappings back to the defaults (watermarks kept)' })
  resetTableMapping(@Arg('name', () => TableMappingName) name: TableMappingName, @Ctx() ctx: SyncContext) {
    return resetTableMapping(ctx.sync.db, name);
  }
}

/** When this process started serving (the reference for `overdue` before any job finished). */
const STARTED_AT = new Date();

/** When any job last finished, and whether synchronization is overdue (the setup page's warning). */
@Resolver(() => ConnectionSetup)
export class SetupHealthResolver {
  @FieldResolver(() => Date, { nullable: true, description: 'when any sync job last finished' })
  lastJobFinishedAt(@Ctx() ctx: SyncContext) {
    return healthOf(ctx).lastJobAt();
  }

  @FieldResolver(() => Boolean, { description: 'true when synchronization is enabled but no job finished within 3 sync intervals' })
  async overdue(@Root() setup: ConnectionSetup, @Ctx() ctx: SyncContext): Promise<boolean> {
    if (!setup.isEnabled) return false;
    // A gateway that has never finished a job counts from its own start, not from the epoch.
    const last = (await healthOf(ctx).lastJobAt()) ?? STARTED_AT;
    return ctx.sync.clock.now().getTime() - last.getTime() > 3 * setup.syncIntervalSeconds * 1000;
  }
}

/** What started a job, and how fast it goes. */
@Resolver(() => SyncJob)
export class SyncJobRateResolver {
  @FieldResolver(() => SyncJobTrigger)
  trigger(@Root() job: SyncJob): SyncJobTrigger {
    if (job.fullSyncRunId) return SyncJobTrigger.FULL_SYNC;
    return job.params?.trigger === 'SCHEDULE' ? SyncJobTrigger.SCHEDULE : SyncJobTrigger.PERSON;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'processed records per second since the job started (null before it starts)' })
  recordsPerSecond(@Root() job: SyncJob, @Ctx() ctx: SyncContext): number | null {
    if (!job.startedAt) return null;
    const start = new Date(job.startedAt).getTime();
    const end = job.finishedAt ? new Date(job.finishedAt).getTime() : ctx.sync.clock.now().getTime();
    const seconds = (end - start) / 1000;
    if (seconds <= 0) return null;
    return Math.round((job.processed / seconds) * 10) / 10;
  }
}

/** The first naming field a record has: what the console shows next to its id. */
function labelOf(record: Record<string, unknown> | undefined, fallback: string): string | null {
  if (!record) return null;
  for (const f of ['name', 'fullName', 'description', fallback]) if (record[f] != null && record[f] !== '') return String(record[f]);
  return null;
}

/** Names both records of a coupling, so an operator sees what is joined (null when a record is gone). */
@Resolver(() => Coupling)
export class CouplingLabelResolver {
  @FieldResolver(() => String, { nullable: true, description: "the ERP record's name (null when it no longer exists)" })
  async erpName(@Root() c: Coupling, @Ctx() ctx: SyncContext): Promise<string | null> {
    const { erp } = mappingDef(c.mapping);
    return labelOf((await ctx.sync.records.erp.read(erp.table, [c.erpId])).get(c.erpId), erp.label);
  }

  @FieldResolver(() => String, { nullable: true, description: "the CRM record's name (null when it no longer exists)" })
  async crmName(@Root() c: Coupling, @Ctx() ctx: SyncContext): Promise<string | null> {
    const { crm } = mappingDef(c.mapping);
    return labelOf((await ctx.sync.records.crm.read(crm.table, [c.crmId])).get(c.crmId), crm.label);
  }
}
