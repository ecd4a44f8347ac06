import { SyncDirection, SyncResult, TableMappingName } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { TableMapping } from '../table-mapping.entity';
import { Coupling } from '../coupling.entity';
import { SyncJob as SyncJobEntity } from '../sync-job.entity';
import { transaction } from '../../shared/db';
import { uncoupledError } from './dependency';
import { Way } from './field-mapper';
import { CouplingReferenceResolver } from './reference-resolver';
import { MappingContext, RecordSync } from './record-sync';
import { inSameRun, PairSync } from './pair-sync';
import { BulkCreate } from './bulk-create';
import { MatchService } from '../coupling/match.service';
import { SyncRecord } from './tables';
import type { RecordConnector } from '../connectors/record-connector';
import { yieldToEventLoop } from '../../shared/yield';
import { chainOf, fullPassCheckpointOf, Held, partOf } from '../jobs/job-params';
import { CheckpointAlongside, ChunkWrites } from './chunk-writes';

/**
 * Records per chunk: one transaction per store per chunk. 2,000 rather than 1,000: on MySQL/MariaDB
 * each commit is a log flush, and the bench's 100k full sync went from 3,495 to 4,577 records/s
 * (SQLite 5,835 to 6,535), for about 12 MB more peak memory.
 */
export const CHUNK = 2000;
/** Incremental reads re-read this far behind the watermark, for writes committed late in the same millisecond range. */
export const OVERLAP_MS = 1000;

/** What a pass reports between chunks (progress, checkpoint, cancellation). */
export interface PassHooks {
  /** Saves counters and position; `alongside` (the chunk's coupling writes) commits with them. */
  checkpoint(job: SyncJob, checkpoint: Record<string, unknown>, alongside?: CheckpointAlongside): Promise<void>;
  canceled(job: SyncJob): Promise<boolean>;
  /**
   * Offered the create phase of a full pass that is not a part itself: true when it ran it (as key
   * ranges that several workers share, see jobs/line-parts.ts), false to leave it to the pass.
   */
  share?(job: SyncJob, plan: SharePlan): Promise<boolean>;
}

/** What the create phase of a full pass covers, as offered to `PassHooks.share`. */
export interface SharePlan {
  /** The source side's connector and table, and the table's key field. */
  connector: RecordConnector;
  table: string;
  key: string;
  /** Where the phase starts (null: at the first key). */
  after: string | null;
  held: Held;
  /** How many records the source table has (what the phase pages through). */
  records: number;
}

/** The work of full and incremental synchronization jobs, chunk by chunk. */
export class Passes {
  constructor(
    private readonly records: RecordSync,
    private readonly pairs: PairSync,
    private readonly bulk: BulkCreate,
    private readonly match: MatchService,
  ) {}

  private refs() {
    return new CouplingReferenceResolver(this.records.couplings.dataSource, this.records.crm);
  }

  /**
   * Splits a chunk of one side's records into couplings to merge and records to create. For an
   * incremental job, records that are no change are left out and not counted: coupled records
   * unchanged since the engine last wrote or read them (in sync, or in a conflict on record), and pairs another pass of the same run
   * has handled already (its merge covered both sides), so one edit or one conflict counts once.
   */
  private async split(ctx: MappingContext, side: 'erp' | 'crm', chunk: SyncRecord[], incremental: SyncJob | null = null) {
    const { key, modified } = this.records.connector(side).describe(side === 'erp' ? ctx.def.erp.table : ctx.def.crm.table);
    const keys = chunk.map((r) => String(r[key]));
    const coupled = await this.records.couplings.many(ctx.name, side === 'erp' ? 'erpId' : 'crmId', keys);
    const couplings: Coupling[] = [];
    const uncoupled: SyncRecord[] = [];
    for (const r of chunk) {
      const c = coupled.get(String(r[key]));
      const stamp = side === 'erp' ? c?.erpStamp : c?.crmStamp;
      if (!c) uncoupled.push(r);
      // Unchanged since the engine saw it: in sync, or its open conflict is on record already.
      else if (incremental && stamp && c.lastSyncResult !== SyncResult.FAILURE && stamp.getTime() === (r[modified] as Date).getTime()) continue;
      else if (incremental && inSameRun(incremental, c)) continue;
      else if (!c.skipped && !c.pending) couplings.push(c);
    }
    return { couplings, uncoupled };
  }

  /** The records of a chunk that have no coupling (pending and skipped ones count as coupled), as `split` answers them. */
  private async uncoupledOf(ctx: MappingContext, side: 'erp' | 'crm', chunk: SyncRecord[]) {
    const { key } = this.records.connector(side).describe(side === 'erp' ? ctx.def.erp.table : ctx.def.crm.table);
    const coupled = await this.records.couplings.coupledAmong(
      ctx.name,
      side === 'erp' ? 'erpId' : 'crmId',
      chunk.map((r) => String(r[key])),
    );
    return { couplings: [] as Coupling[], uncoupled: chunk.filter((r) => !coupled.has(String(r[key]))) };
  }

  /** Whether records of this mapping may be created in the direction `way`. */
  private creates(ctx: MappingContext, way: Way, full: boolean): boolean {
    if (ctx.def.documents) return false;
    if (ctx.table.direction !== SyncDirection.BIDIRECTIONAL && ctx.table.direction !== way) return false;
    return full || !ctx.table.syncOnlyCoupledRecords;
  }

  /**
   * A full synchronization pass: couple by match first (COUPLE_RECORDS), then create every
   * uncoupled record of the source side in the other system; the TO_CRM pass also merges the
   * pairs that were already coupled. Resumes after `checkpoint.after`.
   */
  async full(job: SyncJob, way: Way, matchFirst: boolean, mergeCoupled: boolean, hooks: PassHooks): Promise<void> {
    const ctx = await this.records.context(job.mapping);
    const part = partOf(job);
    const cp = fullPassCheckpointOf(job);
    // Pending couplings of this job's own last chunk (its checkpoint did not commit) are counted as they are completed.
    // A part repairs its own only, and a pass whose parts may be running repairs none: those are theirs.
    if (part) await this.bulk.repairPending(ctx, job, true);
    else if (cp.phase !== 'parts') await this.bulk.repairPending(ctx, job);
    let held: Held = cp.held ?? { erp: [], crm: [], failedErp: [] };
    if (part) {
      held = await this.heldByLead(job);
    } else if (matchFirst && cp.phase !== 'create' && cp.phase !== 'parts' && ctx.def.match.length > 0) {
      held = await this.coupleMatches(ctx, job, hooks, cp.phase === 'match' ? cp.held : undefined);
      await hooks.checkpoint(job, { phase: 'create', after: null, held });
    } else if (!matchFirst && job.fullSyncRunId && cp.phase !== 'parts') {
      held = await this.heldBySibling(job);
    }
    // Records that matched a partner (but could not be coupled) or matched several are left for a person, never created.
    const heldKeys = new Set(way === SyncDirection.TO_CRM ? held.erp : held.crm);
    // Counted already by the match step: records it failed (the pairs it coupled carry this job's id).
    const countedKeys = new Set(way === SyncDirection.TO_CRM ? (held.failedErp ?? []) : []);
    const side = way === SyncDirection.TO_CRM ? 'erp' : 'crm';
    const connector = this.records.connector(side);
    const table = side === 'erp' ? ctx.def.erp.table : ctx.def.crm.table;
    const key = connector.describe(table).key;
    // The second job of a line only creates what is still uncoupled: the first one merged (and counted) the pairs.
    // The source's size, counted once: the job's total and the offer to share the pass both need it.
    let sourceRecords: number | undefined;
    const countSource = async () => (sourceRecords ??= await this.records.countOf(ctx, side));
    job.total ??= Math.max(0, (await countSource()) - (mergeCoupled ? 0 : await this.records.couplings.countOf(ctx.name)));
    let after = cp.phase === 'create' ? (cp.after ?? null) : null;
    // Offered once the pass has not created anything on its own yet (a pass resumed mid-way goes on alone).
    const offer = !part && (cp.phase === 'parts' || after == null) && hooks.share;
    if (offer && (await hooks.share!(job, { connector, table, key, after, held, records: await countSource() }))) {
      if (!(await hooks.canceled(job))) await this.advanceWatermark(ctx.name, way, job.startedAt ?? new Date());
      return;
    }
    if (part && cp.phase !== 'create') after = part.after;
    const range = { untilKey: part?.until ?? null };
    let next: Promise<SyncRecord[]> | null = null;
    for (;;) {
      await yieldToEventLoop();
      if (await hooks.canceled(job)) return;
      const chunk = await (next ?? connector.page(table, after, CHUNK, range));
      next = null;
      if (chunk.length === 0) break;
      if (chunk.length === CHUNK) {
        // The next page is read while this chunk is processed (a remote source answers it meanwhile):
        // pages go by key, and a chunk writes only its own source records, all before that page.
        // A pass that stops early (error, cancel) leaves the read unused: it is a read, nothing else.
        next = connector.page(table, String(chunk[chunk.length - 1][key]), CHUNK, range);
        next.catch(() => undefined);
      }
      // Records another mapping covers (a SERVICES product in the item line) are neither processed nor counted.
      const mine = side === 'crm' ? chunk.filter((r) => this.records.coversCrm(ctx, r)) : chunk;
      // Without a merge only the uncoupled records matter: which are coupled is read, not the couplings.
      const split = mergeCoupled ? await this.split(ctx, side, mine) : await this.uncoupledOf(ctx, side, mine);
      // Pairs this job (or, for a part, its lead's match step) merged already are not merged nor counted again.
      const couplings = split.couplings.filter((c) => c.lastSyncJobId !== job.id && (!job.parentJobId || c.lastSyncJobId !== job.parentJobId));
      const uncoupled = split.uncoupled.filter((r) => !heldKeys.has(String(r[key])));
      const heldHere = split.uncoupled.filter((r) => heldKeys.has(String(r[key])) && !countedKeys.has(String(r[key]))).length;
      job.processed += heldHere;
      job.skipped += heldHere;
      const refs = this.refs();
      const writes = new ChunkWrites(job);
      if (this.creates(ctx, way, true)) await this.bulk.createOthers(ctx, way, uncoupled, refs, job, writes);
      else job.processed += uncoupled.length;
      if (mergeCoupled) await this.pairs.syncCouplings(ctx, couplings, refs, job);
      after = String(chunk[chunk.length - 1][key]);
      // A part's held keys stay on its lead's checkpoint (read again on resume), not copied into each part's.
      await hooks.checkpoint(job, part ? { phase: 'create', after } : { phase: 'create', after, held }, writes);
    }
    // Changes made while the pass ran are newer than its start: the next incremental run reads them.
    // (A part's lead moves the watermark once every part is done.)
    if (!part) await this.advanceWatermark(ctx.name, way, job.startedAt ?? new Date());
  }

  /** What the lead of a part held back from creation (its checkpoint, saved before its parts were made). */
  private async heldByLead(part: SyncJob): Promise<Held> {
    const lead = await this.records.couplings.dataSource.getRepository(SyncJobEntity).findOneBy({ id: part.parentJobId! });
    return (lead && fullPassCheckpointOf(lead).held) ?? { erp: [], crm: [], failedErp: [] };
  }

  /** The records the first job of this line held back from creation (matched but not coupled, or ambiguous). */
  private async heldBySibling(job: SyncJob): Promise<Held> {
    const siblings = await this.records.couplings.dataSource.getRepository(SyncJobEntity).findBy({ fullSyncRunId: job.fullSyncRunId!, mapping: job.mapping });
    const first = siblings.find((s) => s.id !== job.id && fullPassCheckpointOf(s).held);
    return (first && fullPassCheckpointOf(first).held) ?? { erp: [], crm: [], failedErp: [] };
  }

  /**
   * Couples the unique matches of the mapping's match fields, in chunks (references must be
   * coupled); answers the keys held back from creation: pairs that could not be coupled and ambiguous records.
   * Each chunk ends with a checkpoint (`phase: 'match'`); resumed from one (`resumed`), it plans
   * again over what is still uncoupled, leaving out the pairs it failed and the ambiguous records
   * it reported already, so nothing is counted twice.
   */
  private async coupleMatches(ctx: MappingContext, job: SyncJob, hooks: PassHooks, resumed?: Held): Promise<Held> {
    const held = { erp: [...(resumed?.erp ?? [])], crm: [...(resumed?.crm ?? [])] };
    const failedErp: string[] = [...(resumed?.failedErp ?? [])];
    const matchOn = ctx.def.match.map((p) => ({ erpField: p.erp, crmField: p.crm }));
    const plan = await this.match.plan(ctx, matchOn);
    if (!resumed) {
      await this.match.reportAmbiguous(ctx, plan, matchOn, job);
      held.erp.push(...plan.ambiguousErp);
      held.crm.push(...plan.ambiguousCrm);
    }
    const failedBefore = new Set(failedErp);
    const pairs = plan.pairs.filter(([erpId]) => !failedBefore.has(erpId));
    for (let i = 0; i < pairs.length; i += CHUNK) {
      // Saved before each chunk, the first included: a resumed pass never reports the ambiguous records twice.
      await hooks.checkpoint(job, { phase: 'match', held: { ...held, failedErp } });
      // A cancel ends the matching here (the create phase then stops at once); a stop throws.
      if (await hooks.canceled(job)) break;
      const slice = pairs.slice(i, i + CHUNK);
      const erp = await this.records.erp.read(
        ctx.def.erp.table,
        slice.map((p) => p[0]),
      );
      const crm = await this.records.crm.read(
        ctx.def.crm.table,
        slice.map((p) => p[1]),
      );
      const refs = this.refs();
      const couplings: Coupling[] = [];
      for (const [erpId, crmId] of slice) {
        const e = erp.get(erpId);
        const r = crm.get(crmId);
        if (!e || !r) continue;
        const uncoupled = uncoupledError([
          ...(await this.records.plan(ctx, SyncDirection.TO_CRM, e, refs)).missing,
          ...(await this.records.plan(ctx, SyncDirection.FROM_CRM, r, refs)).missing,
        ]);
        if (uncoupled) {
          held.erp.push(erpId);
          held.crm.push(crmId);
          failedErp.push(erpId);
          job.failed++;
          job.processed++;
          await this.pairs.recordError(job, { erpId, crmId }, uncoupled.message);
          continue;
        }
        couplings.push(this.records.couplings.build(ctx.name, erpId, crmId, false));
      }
      await this.records.couplings.insert(couplings);
      job.coupled += couplings.length;
      // Freshly coupled pairs have no base yet: the merge lets the newer record win each differing field.
      await this.pairs.syncCouplings(ctx, couplings, refs, job);
    }
    return { ...held, failedErp };
  }

  /**
   * An incremental pass: the records of the source side modified after the watermark (plus
   * deletions and the couplings that failed last time), merged or created; the watermark then
   * moves to the newest change seen, but never past a record that failed to be created.
   */
  async incremental(job: SyncJob, way: Way, hooks: PassHooks): Promise<void> {
    const ctx = await this.records.context(job.mapping);
    await this.bulk.repairPending(ctx);
    const side = way === SyncDirection.TO_CRM ? 'erp' : 'crm';
    const connector = this.records.connector(side);
    const table = side === 'erp' ? ctx.def.erp.table : ctx.def.crm.table;
    const { key, modified } = connector.describe(table);
    const watermark = way === SyncDirection.TO_CRM ? ctx.table.erpWatermark : ctx.table.crmWatermark;
    const since = watermark ? new Date(watermark.getTime() - OVERLAP_MS) : null;
    const cp = (job.checkpoint ?? {}) as { at?: string; key?: string; newest?: string };
    let after = cp.at ? { at: new Date(cp.at), key: cp.key! } : null;
    let newest = cp.newest ? new Date(cp.newest) : watermark;
    let oldestFailure: Date | null = null;

    if (!after) {
      // Retry what failed last time, before reading new changes.
      const chain = chainOf(job);
      const failed = (await this.records.couplings.failedOf(ctx.name)).filter((c) => !c.lastSyncJobId || !chain.includes(c.lastSyncJobId));
      for (let i = 0; i < failed.length; i += CHUNK) await this.pairs.syncCouplings(ctx, failed.slice(i, i + CHUNK), this.refs(), job);
      // Deletions since the watermark: the couplings of deleted records follow the deletion resolution.
      const gone = await connector.deletedSince(table, since, 10_000);
      if (gone.length) {
        const couplings = await this.records.couplings.many(
          ctx.name,
          side === 'erp' ? 'erpId' : 'crmId',
          gone.map((g) => g.key),
        );
        // Couplings another pass of this run already handled are not processed (nor counted) twice.
        const fresh = [...couplings.values()].filter((c) => !c.pending && !c.skipped && !(c.lastSyncJobId && chain.includes(c.lastSyncJobId)));
        await this.pairs.syncCouplings(ctx, fresh, this.refs(), job);
        for (const g of gone) if (!newest || g.deletedAt > newest) newest = g.deletedAt;
      }
    }
    for (;;) {
      await yieldToEventLoop();
      if (await hooks.canceled(job)) return;
      const chunk = await connector.modifiedSince(table, since, after, CHUNK);
      if (chunk.length === 0) break;
      const { couplings, uncoupled } = await this.split(ctx, side, chunk, job);
      const refs = this.refs();
      if (this.creates(ctx, way, false)) {
        const failedBefore = job.failed;
        await this.bulk.createOthers(ctx, way, uncoupled, refs, job);
        if (job.failed > failedBefore) {
          // Keep the watermark before the oldest record of this chunk: its failed records are retried next run.
          const first = uncoupled[0][modified] as Date;
          if (!oldestFailure || first < oldestFailure) oldestFailure = first;
        }
      } else {
        job.processed += uncoupled.length;
        job.unchanged += uncoupled.length;
      }
      await this.pairs.syncCouplings(ctx, couplings, refs, job);
      const last = chunk[chunk.length - 1];
      after = { at: last[modified] as Date, key: String(last[key]) };
      if (!newest || after.at > newest) newest = after.at;
      await hooks.checkpoint(job, { at: after.at.toISOString(), key: after.key, newest: newest?.toISOString() });
    }
    const mark = oldestFailure ? new Date(Math.min(newest?.getTime() ?? Infinity, oldestFailure.getTime() - 1)) : newest;
    await this.advanceWatermark(ctx.name, way, mark ?? null);
  }

  /** Moves a mapping's watermark of one side (left as it is when nothing was seen). */
  private async advanceWatermark(mapping: TableMappingName, way: Way, to: Date | null): Promise<void> {
    if (!to) return;
    const column = way === SyncDirection.TO_CRM ? 'erpWatermark' : 'crmWatermark';
    const value = to;
    await transaction(this.records.couplings.dataSource, (m) => m.getRepository(TableMapping).update({ name: mapping }, { [column]: value }));
  }
}
