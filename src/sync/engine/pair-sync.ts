import { Coupling } from '../coupling.entity';
import { DeletionConflictResolution, SyncDirection, SyncResult } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { FieldMapping } from '../table-mapping.entity';
import { JobRecorder } from '../jobs/job-recorder';
import { BaseValues } from '../coupling/coupling-store';
import { canonical, mapRecord, ReferenceResolver } from './field-mapper';
import { requireCoupled } from './dependency';
import { mergePair } from './merge';
import { MappingContext, RecordSync } from './record-sync';
import { SyncRecord } from './tables';
import { directionAllowed } from '../mappings/mapping.service';
import { yieldToEventLoop } from '../../shared/yield';
import { CouplingStore } from '../coupling/coupling-store';
import { ErpConnector } from '../connectors/erp-connector';
import { CrmConnector } from '../connectors/crm-connector';
import { chainOf } from '../jobs/job-params';

type Update = { key: string; fields: SyncRecord };

/** True when the coupling was last handled by a job of the same run (both passes of one incremental run). */
export function inSameRun(job: SyncJob | null, c: Coupling): boolean {
  const chain = job ? chainOf(job) : [];
  return !!c.lastSyncJobId && chain.includes(c.lastSyncJobId);
}

/** True when two base-value maps hold the same values. */
function sameBase(a: BaseValues | null, b: BaseValues): boolean {
  if (!a) return false;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k]?.[0] === b[k][0] && a[k]?.[1] === b[k][1]);
}

/**
 * Synchronizes coupled pairs in batches: reads both sides, merges field by field, writes each
 * side's changes in one transaction, and records on every coupling its result (SUCCESS,
 * CONFLICT with the fields, FAILURE with the error; twice the same failure sets `skipped`).
 * Couplings whose record is gone follow the mapping's deletion resolution.
 */
export class PairSync {
  constructor(
    private readonly records: RecordSync,
    private readonly couplings: CouplingStore,
    private readonly erp: ErpConnector,
    private readonly crm: CrmConnector,
    private readonly jobs: JobRecorder,
  ) {}

  /** Logs a failed record on a job. */
  recordError(job: SyncJob, ref: { erpId?: string | null; crmId?: string | null }, message: string): Promise<void> {
    return this.jobs.error(job, ref, message);
  }

  /** Records a failure of a coupling; the same error in two runs in a row sets `skipped` (one run counts once). */
  async fail(job: SyncJob | null, coupling: Coupling, message: string): Promise<void> {
    const sameRun = inSameRun(job, coupling);
    coupling.failureCount = coupling.lastSyncError === message ? (sameRun ? coupling.failureCount : coupling.failureCount + 1) : 1;
    coupling.skipped = coupling.failureCount >= 2;
    coupling.lastSyncResult = SyncResult.FAILURE;
    coupling.lastSyncError = message;
    coupling.lastSyncJobId = job?.id ?? coupling.lastSyncJobId;
    if (job) {
      job.failed++;
      await this.jobs.error(job, coupling, message);
    }
  }

  async syncCouplings(ctx: MappingContext, couplings: Coupling[], refs: ReferenceResolver, job: SyncJob | null): Promise<void> {
    if (couplings.length === 0) return;
    const erpRecords = await this.erp.read(
      ctx.def.erp.table,
      couplings.map((c) => c.erpId),
    );
    const crmRecords = await this.crm.read(
      ctx.def.crm.table,
      couplings.map((c) => c.crmId),
    );
    const erpModified = this.erp.describe(ctx.def.erp.table).modified;
    const crmModified = this.crm.describe(ctx.def.crm.table).modified;
    const erpUpdates: Update[] = [];
    const crmUpdates: Update[] = [];
    const finals: Array<() => void> = [];
    const removed: Coupling[] = [];
    const dirty = new Set<Coupling>();
    // Couplings whose records the engine writes: their stamps take the written records' new times.
    const stampLater = new Map<string, Coupling>();
    const rule = ctx.def.rules;
    const checked = !!(rule?.check || rule?.excluded) && directionAllowed(ctx.table.direction, SyncDirection.TO_CRM);
    let n = 0;
    for (const c of couplings) {
      if (++n % 100 === 0) await yieldToEventLoop();
      const erp = erpRecords.get(c.erpId);
      const crm = crmRecords.get(c.crmId);
      if (!erp || !crm) {
        dirty.add(c);
        if (await this.deleted(ctx, c, erp, crm, refs, job)) removed.push(c);
        continue;
      }
      try {
        if (checked) {
          // A coupled record still meets its mapping's rules (still in the mapping, its currency coupled and matching...).
          requireCoupled((await this.records.plan(ctx, SyncDirection.TO_CRM, erp, refs)).missing);
        }
        // Fields changed on both sides may still agree; compare them as the CRM would store the ERP value.
        const bothChanged: FieldMapping[] = [];
        const decision = mergePair(ctx.table, ctx.fields, erp, crm, c.baseValues, { erp: erp[erpModified] as Date, crm: crm[crmModified] as Date }, (f) => {
          bothChanged.push(f);
          return false;
        });
        if (bothChanged.length) {
          const sameAs = await mapRecord(bothChanged, SyncDirection.TO_CRM, erp, refs);
          const fitted = this.crm.fitValues(ctx.def.crm.table, sameAs.values);
          const agree = new Set(bothChanged.filter((f) => f.crmField in fitted && canonical(fitted[f.crmField]) === canonical(crm[f.crmField])).map((f) => f.erpField));
          const keep = (fs: FieldMapping[]) => fs.filter((f) => !agree.has(f.erpField));
          decision.toCrm = keep(decision.toCrm);
          decision.toErp = keep(decision.toErp);
          decision.conflicts = decision.conflicts.filter((x) => !agree.has(x.erpField));
        }
        const toCrm = await this.values(decision.toCrm, SyncDirection.TO_CRM, erp, refs);
        const toErp = await this.values(decision.toErp, SyncDirection.FROM_CRM, crm, refs);
        const crmChanges = this.records.changes(ctx, SyncDirection.TO_CRM, toCrm, crm);
        const erpChanges = this.records.changes(ctx, SyncDirection.FROM_CRM, toErp, erp);
        if (Object.keys(crmChanges).length) crmUpdates.push({ key: c.crmId, fields: crmChanges });
        if (Object.keys(erpChanges).length) erpUpdates.push({ key: c.erpId, fields: erpChanges });
        const wrote = Object.keys(crmChanges).length + Object.keys(erpChanges).length > 0;
        const base = this.records.baseOf(ctx, { ...erp, ...erpChanges }, { ...crm, ...crmChanges });
        if (Object.keys(crmChanges).length) stampLater.set(c.crmId, c);
        if (Object.keys(erpChanges).length) stampLater.set(c.erpId, c);
        for (const conflict of decision.conflicts) base[conflict.erpField] = c.baseValues?.[conflict.erpField] ?? base[conflict.erpField];
        // A pair that was in sync and stays so needs no write at all (not even of its coupling).
        const restamped = this.records.stamp(ctx, c, erp, crm);
        const untouched = !wrote && !restamped && decision.conflicts.length === 0 && c.lastSyncResult === SyncResult.SUCCESS && sameBase(c.baseValues, base);
        if (!untouched) {
          finals.push(() => this.settle(c, base, decision.conflicts, job));
          dirty.add(c);
        }
        if (job) {
          if (decision.conflicts.length) job.skipped++;
          else if (wrote) job.modified++;
          else job.unchanged++;
        }
      } catch (error) {
        dirty.add(c);
        await this.fail(job, c, (error as Error).message);
      }
      if (job) job.processed++;
    }
    if (crmUpdates.length) {
      for (const row of await this.crm.update(ctx.def.crm.table, crmUpdates)) {
        const c = stampLater.get(String(row.id));
        if (c) c.crmStamp = row[crmModified] as Date;
      }
    }
    if (erpUpdates.length) {
      const key = this.erp.describe(ctx.def.erp.table).key;
      for (const row of await this.erp.update(ctx.def.erp.table, erpUpdates)) {
        const c = stampLater.get(String(row[key]));
        if (c) c.erpStamp = row[erpModified] as Date;
      }
    }
    finals.forEach((f) => f());
    await this.couplings.saveFields([...dirty].filter((c) => !removed.includes(c)));
    if (removed.length) await this.couplings.delete(removed.map((c) => c.id));
    for (const c of couplings) {
      if (c.lastSyncResult === SyncResult.CONFLICT && job && c.lastSyncJobId === job.id) {
        await this.jobs.error(job, c, `Conflict on ${c.conflicts.map((f) => f.erpField).join(', ')}: changed on both sides`);
      }
    }
  }

  /** The values of some fields mapped one way; an uncoupled reference fails the pair. */
  private async values(fields: FieldMapping[], way: SyncDirection.TO_CRM | SyncDirection.FROM_CRM, source: SyncRecord, refs: ReferenceResolver): Promise<SyncRecord> {
    if (fields.length === 0) return {};
    const { values, missing } = await mapRecord(fields, way, source, refs);
    requireCoupled(missing);
    return values;
  }

  private settle(c: Coupling, base: BaseValues, conflicts: Coupling['conflicts'], job: SyncJob | null): void {
    const sameRun = inSameRun(job, c);
    c.baseValues = base;
    c.lastSyncedAt = new Date();
    c.lastSyncJobId = job?.id ?? c.lastSyncJobId;
    c.conflicts = conflicts;
    if (conflicts.length) {
      const message = `Conflict on ${conflicts.map((f) => f.erpField).join(', ')}`;
      c.failureCount = c.lastSyncError === message ? (sameRun ? c.failureCount : c.failureCount + 1) : 1;
      c.skipped = c.failureCount >= 2;
      c.lastSyncResult = SyncResult.CONFLICT;
      c.lastSyncError = message;
    } else {
      c.lastSyncResult = SyncResult.SUCCESS;
      c.lastSyncError = null;
      c.failureCount = 0;
    }
  }

  /** A coupling whose record is gone: answers true when the coupling is to be removed. */
  private async deleted(
    ctx: MappingContext,
    c: Coupling,
    erp: SyncRecord | undefined,
    crm: SyncRecord | undefined,
    refs: ReferenceResolver,
    job: SyncJob | null,
  ): Promise<boolean> {
    if (job) job.processed++;
    const gone = !erp ? `${ctx.def.erp.table} ${c.erpId}` : `${ctx.def.crm.table} ${c.crmId}`;
    const resolution = ctx.table.deletionConflictResolution;
    if ((!erp && !crm) || resolution === DeletionConflictResolution.REMOVE_COUPLING) {
      if (job) job.deleted++;
      return true;
    }
    if (resolution === DeletionConflictResolution.RESTORE_RECORDS) {
      try {
        const way = erp ? SyncDirection.TO_CRM : SyncDirection.FROM_CRM;
        const { values, missing } = await this.records.plan(ctx, way, (erp ?? crm)!, refs);
        requireCoupled(missing);
        const target = erp ? this.crm : this.erp;
        const table = erp ? ctx.def.crm.table : ctx.def.erp.table;
        const fields = { ...(erp ? this.records.createExtras(ctx) : {}), ...values };
        const key = await target.newKey(table, fields);
        const [created] = await target.create(table, [{ key, fields }]);
        if (erp) c.crmId = key;
        else c.erpId = key;
        this.settle(c, erp ? this.records.baseOf(ctx, erp, created) : this.records.baseOf(ctx, created, crm!), [], job);
        if (job) job.inserted++;
      } catch (error) {
        await this.fail(job, c, `${gone} was deleted and could not be restored: ${(error as Error).message}`);
      }
      return false;
    }
    await this.fail(job, c, `${gone} was deleted (deletion resolution NONE keeps the coupling)`);
    return false;
  }
}
