import { badInput, invalidState } from '../../shared/errors';
import { SyncDirection, SyncResult, TableMappingName } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { JobRecorder } from '../jobs/job-recorder';
import { Coupling } from '../coupling.entity';
import { activeFields, ReferenceResolver, Way } from './field-mapper';
import { CouplingReferenceResolver } from './reference-resolver';
import { requireCoupled } from './dependency';
import { referenceOf } from '../mappings/mapping-def';
import { MappingContext, RecordSync } from './record-sync';
import { SyncRecord } from './tables';
import { yieldToEventLoop } from '../../shared/yield';
import { CouplingStore } from '../coupling/coupling-store';
import { ErpConnector } from '../connectors/erp-connector';
import { CrmConnector } from '../connectors/crm-connector';
import { EntityManager } from 'typeorm';
import { transaction } from '../../shared/db';
import { ChunkWrites } from './chunk-writes';

/** What completing a created pair changes on its coupling. */
const COMPLETED = ['erpStamp', 'crmStamp', 'baseValues', 'pending'] as const;

/**
 * Creates many records in the other system and couples them, in three writes per chunk:
 * pending couplings naming the keys chosen beforehand (sync store), the records (target store),
 * then the confirmation. A crash between them leaves pending couplings that `repairPending`
 * completes, so no record is ever created twice.
 */
export class BulkCreate {
  constructor(
    private readonly records: RecordSync,
    private readonly couplings: CouplingStore,
    private readonly erp: ErpConnector,
    private readonly crm: CrmConnector,
    private readonly jobs: JobRecorder,
  ) {}

  /** Loads, in one statement per referenced mapping, the couplings a chunk's references need. */
  async preloadReferences(ctx: MappingContext, way: Way, sources: SyncRecord[], refs: ReferenceResolver): Promise<void> {
    if (!(refs instanceof CouplingReferenceResolver)) return;
    for (const f of activeFields(ctx.table, ctx.fields, way)) {
      const reference = referenceOf(f.transform);
      if (!reference) continue;
      const field = way === SyncDirection.TO_CRM ? f.erpField : f.crmField;
      const keys = sources
        .map((s) => s[field])
        .filter((v) => v != null && v !== '')
        .map(String);
      await refs.preload(reference.through, way === SyncDirection.TO_CRM ? 'erpId' : 'crmId', keys);
    }
  }

  /**
   * Creates the other record of each source and couples them. With `writes`, the completion of the
   * couplings is left for the caller's checkpoint (see ChunkWrites); until then they stay pending.
   */
  async createOthers(ctx: MappingContext, way: Way, sources: SyncRecord[], refs: ReferenceResolver, job: SyncJob | null, writes?: ChunkWrites): Promise<void> {
    if (sources.length === 0) return;
    const toCrm = way === SyncDirection.TO_CRM;
    const [source, target] = toCrm ? [this.erp, this.crm] : [this.crm, this.erp];
    const [sourceTable, targetTable] = toCrm ? [ctx.def.erp.table, ctx.def.crm.table] : [ctx.def.crm.table, ctx.def.erp.table];
    const sourceKey = source.describe(sourceTable).key;
    await this.preloadReferences(ctx, way, sources, refs);
    const planned: Array<{ source: SyncRecord; fields: SyncRecord }> = [];
    const failed = async (record: SyncRecord, message: string) => {
      if (!job) throw badInput(message);
      job.failed++;
      job.processed++;
      await this.jobs.error(job, toCrm ? { erpId: String(record[sourceKey]) } : { crmId: String(record[sourceKey]) }, message);
    };
    for (const record of sources) {
      if (!toCrm && !this.records.coversCrm(ctx, record)) continue;
      const outside = this.records.excluded(ctx, way, record);
      if (outside) {
        // Outside the mapping (BC's table filter): skipped, with the reason on the job, never created.
        if (!job) throw invalidState(outside);
        job.skipped++;
        job.processed++;
        await this.jobs.error(job, toCrm ? { erpId: String(record[sourceKey]) } : { crmId: String(record[sourceKey]) }, `Skipped: ${outside}`);
        continue;
      }
      try {
        const { values, missing } = await this.records.plan(ctx, way, record, refs);
        const extra = toCrm ? await this.records.createValues(ctx, record, refs) : { values: {}, missing: [] };
        requireCoupled([...missing, ...extra.missing]);
        planned.push({ source: record, fields: { ...extra.values, ...values } });
      } catch (error) {
        if (!job) throw error;
        await failed(record, (error as Error).message);
      }
    }
    if (planned.length === 0) return;
    // Validate every record before keys are taken, so a refused record uses up no number.
    let valid: typeof planned = [];
    let rows: SyncRecord[] = [];
    const targetKey = target.describe(targetTable).key;
    // The whole chunk in one call (one round trip to a remote system); a refusal names no record,
    // so then each record is checked on its own, for its own message.
    const all = await this.records.prepareMany(
      ctx,
      way,
      planned.map((p) => p.fields),
    );
    if (all) [valid, rows] = [planned, all];
    else {
      for (const p of planned) {
        try {
          const row = await this.records.validateNew(ctx, way, p.fields);
          valid.push(p);
          rows.push(row);
        } catch (error) {
          await failed(p.source, (error as Error).message);
        }
      }
    }
    if (valid.length === 0) return;
    await yieldToEventLoop();
    const keys = await target.newKeys(
      targetTable,
      valid.map((p) => p.fields),
    );
    rows.forEach((row, i) => (row[targetKey] = keys[i]));
    const couplings = valid.map((p, i) => {
      const srcKey = String(p.source[sourceKey]);
      const c = this.couplings.build(ctx.name, toCrm ? srcKey : keys[i], toCrm ? keys[i] : srcKey, true);
      if (toCrm) this.records.stamp(ctx, c, p.source, rows[i]);
      else this.records.stamp(ctx, c, rows[i], p.source);
      return Object.assign(c, {
        baseValues: toCrm ? this.records.baseOf(ctx, p.source, rows[i]) : this.records.baseOf(ctx, rows[i], p.source),
        lastSyncedAt: new Date(),
        lastSyncResult: SyncResult.SUCCESS,
        lastSyncJobId: job?.id ?? null,
      });
    });
    await this.couplings.insert(couplings);
    await yieldToEventLoop();
    try {
      await target.insertPrepared(targetTable, rows);
    } catch (error) {
      // One bad row fails the chunk's insert: undo the chunk's couplings and go record by record.
      await this.couplings.delete(couplings.map((c) => c.id));
      if (!job) throw error;
      for (let i = 0; i < rows.length; i++) {
        await this.couplings.insert([couplings[i]]);
        try {
          await target.insertPrepared(targetTable, [rows[i]]);
          await this.complete(ctx, way, [couplings[i]], [valid[i].source], [rows[i]], refs);
          job.inserted++;
          job.processed++;
        } catch (rowError) {
          await this.couplings.delete([couplings[i].id]);
          await failed(valid[i].source, (rowError as Error).message);
        }
      }
      return;
    }
    await yieldToEventLoop();
    await this.complete(
      ctx,
      way,
      couplings,
      valid.map((p) => p.source),
      rows,
      refs,
      writes,
    );
    // Left for the checkpoint, the chunk's records are counted as it commits (ChunkWrites).
    if (job && !writes) {
      job.inserted += rows.length;
      job.processed += rows.length;
    }
  }

  /**
   * Writes back into the sources what their new records give them (RecordSync.writeBack), then
   * confirms the couplings with the stamps and base values of the completed pairs (at once, or
   * with the checkpoint the caller's `writes` go to).
   */
  private async complete(
    ctx: MappingContext,
    way: Way,
    couplings: Coupling[],
    sources: SyncRecord[],
    rows: SyncRecord[],
    refs: ReferenceResolver,
    writes?: ChunkWrites,
  ): Promise<void> {
    const toCrm = way === SyncDirection.TO_CRM;
    const sourceKeyOf = (c: Coupling) => (toCrm ? c.erpId : c.crmId);
    const completed = await this.records.writeBack(
      ctx,
      way,
      couplings.map((c, i) => ({ sourceKey: sourceKeyOf(c), source: sources[i], created: rows[i] })),
      refs,
    );
    const rewritten: Coupling[] = [];
    couplings.forEach((c, i) => {
      const source = completed ? completed.get(sourceKeyOf(c)) : sources[i];
      if (!source) return;
      if (toCrm) this.records.stamp(ctx, c, source, rows[i]);
      else this.records.stamp(ctx, c, rows[i], source);
      const base = toCrm ? this.records.baseOf(ctx, source, rows[i]) : this.records.baseOf(ctx, rows[i], source);
      c.baseValues = completed ? base : this.records.withoutOneWayBase(ctx, base);
      c.pending = false;
      rewritten.push(c);
    });
    const confirmed = couplings.filter((c) => !rewritten.includes(c)).map((c) => c.id);
    const write = async (m?: EntityManager) => {
      await this.couplings.saveFields(rewritten, COMPLETED, m);
      await this.couplings.confirm(confirmed, m);
    };
    if (writes) writes.add(write, couplings.length);
    else await write();
  }

  /**
   * Completes what a crash interrupted: a pending coupling whose two records exist is confirmed;
   * one whose new record is missing gets it created under the recorded key; one with neither is removed.
   * With `onlyOwn`, only the pending couplings `job` wrote.
   */
  async repairPending(ctx: MappingContext, job?: SyncJob, onlyOwn = false): Promise<number> {
    // A document's pending coupling belongs to its conversion (in flight, or stalled and completed by
    // the next conversion run): a sales document is never made from mapped fields alone.
    if (ctx.name === TableMappingName.SALESORDER_ORDER || ctx.name === TableMappingName.SALESQUOTE_QUOTE) return 0;
    // `onlyOwn`: a part of a shared line repairs its own chunk only; the other parts are writing theirs right now.
    const pending = (await this.couplings.pendingOf(ctx.name)).filter((c) => !onlyOwn || (job && c.lastSyncJobId === job.id));
    if (pending.length === 0) return 0;
    const erp = await this.erp.read(
      ctx.def.erp.table,
      pending.map((c) => c.erpId),
    );
    const crm = await this.crm.read(
      ctx.def.crm.table,
      pending.map((c) => c.crmId),
    );
    const refs = new CouplingReferenceResolver(this.couplings.dataSource, this.crm);
    const confirm: Array<{ c: Coupling; erp: SyncRecord; crm: SyncRecord }> = [];
    const remove: string[] = [];
    for (const c of pending) {
      let e = erp.get(c.erpId);
      let r = crm.get(c.crmId);
      if (!e && !r) {
        remove.push(c.id);
        continue;
      }
      if (!e || !r) {
        const way = e ? SyncDirection.TO_CRM : SyncDirection.FROM_CRM;
        // The record was planned (rules included) before the crash: complete it as planned.
        const { values } = await this.records.plan(ctx, way, (e ?? r)!, refs, false);
        const extra = e ? await this.records.createValues(ctx, e, refs) : { values: {} };
        const fields = { ...extra.values, ...values };
        if (e) [r] = await this.crm.create(ctx.def.crm.table, [{ key: c.crmId, fields }]);
        else [e] = await this.erp.create(ctx.def.erp.table, [{ key: c.erpId, fields }]);
      }
      confirm.push({ c, erp: e!, crm: r! });
    }
    // Which side was created is not recorded: the one-way fields of both directions are completed
    // (each flows only from its master, so this is right whichever side it was).
    if (confirm.length) {
      const toErp =
        (await this.records.writeBack(
          ctx,
          SyncDirection.TO_CRM,
          confirm.map((p) => ({ sourceKey: p.c.erpId, source: p.erp, created: p.crm })),
          refs,
        )) ?? new Map();
      const toCrm =
        (await this.records.writeBack(
          ctx,
          SyncDirection.FROM_CRM,
          confirm.map((p) => ({ sourceKey: p.c.crmId, source: p.crm, created: toErp.get(p.c.erpId) ?? p.erp })),
          refs,
        )) ?? new Map();
      const oneWay = this.records.oneWayFields(ctx);
      for (const p of confirm) {
        const e = toErp.get(p.c.erpId) ?? p.erp;
        const r = toCrm.get(p.c.crmId) ?? p.crm;
        const fresh = this.records.baseOf(ctx, e, r);
        if (!p.c.baseValues) {
          this.records.stamp(ctx, p.c, e, r);
          p.c.baseValues = fresh;
        } else if (toErp.has(p.c.erpId) || toCrm.has(p.c.crmId)) {
          // Keep the base of the other fields: a change made meanwhile must still be seen by the next merge.
          this.records.stamp(ctx, p.c, e, r);
          p.c.baseValues = { ...p.c.baseValues, ...Object.fromEntries(Object.entries(fresh).filter(([k]) => oneWay.has(k))) };
        }
        p.c.pending = false;
      }
      // A pending coupling of the resuming job is its last chunk's, which no saved counter holds yet.
      const own = job ? confirm.filter((p) => p.c.lastSyncJobId === job.id).length : 0;
      await transaction(this.couplings.dataSource, async (m) => {
        await this.couplings.saveFields(
          confirm.map((p) => p.c),
          undefined,
          m,
        );
        if (job && own) {
          job.inserted += own;
          job.processed += own;
          await this.jobs.saveCounters(job, m);
        }
      });
    }
    await this.couplings.delete(remove);
    return pending.length;
  }
}
