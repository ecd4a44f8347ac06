import { In } from 'typeorm';
import { invalidState, notFound } from '../../shared/errors';
import { isUuid } from '../../shared/clock';
import { badInput } from '../../shared/errors';
import { Coupling } from '../coupling.entity';
import { ConflictWinner, SyncDirection, SyncResult } from '../enums';
import { RecordSync } from '../engine/record-sync';
import { CouplingReferenceResolver } from '../engine/reference-resolver';
import { mapRecord } from '../engine/field-mapper';
import { requireCoupled } from '../engine/dependency';
import { CouplingStore } from './coupling-store';
import { ErpConnector } from '../connectors/erp-connector';
import { CrmConnector } from '../connectors/crm-connector';

/** Settling what synchronization left open: conflicts, and couplings skipped after repeated failures. */
export class ConflictService {
  constructor(
    private readonly records: RecordSync,
    private readonly couplings: CouplingStore,
    private readonly erp: ErpConnector,
    private readonly crm: CrmConnector,
  ) {}

  /** Keeps one side's values of every conflicting field, writes them to the other side, and clears the conflict. */
  async resolve(couplingId: string, keep: ConflictWinner): Promise<Coupling> {
    if (!isUuid(couplingId)) throw badInput(`couplingId: "${couplingId}" is not a UUID`);
    const coupling = await this.couplings.byId(couplingId);
    if (!coupling) throw notFound('Coupling', couplingId);
    if (coupling.lastSyncResult !== SyncResult.CONFLICT || coupling.conflicts.length === 0) {
      throw invalidState(`Coupling ${couplingId} has no conflict to resolve (last result ${coupling.lastSyncResult ?? 'none'})`);
    }
    const ctx = await this.records.context(coupling.mapping);
    const erp = await this.records.readOne(ctx, 'erp', coupling.erpId);
    const crm = await this.records.readOne(ctx, 'crm', coupling.crmId);
    const names = new Set(coupling.conflicts.map((c) => c.erpField));
    const fields = ctx.fields.filter((f) => names.has(f.erpField));
    const way = keep === ConflictWinner.ERP ? SyncDirection.TO_CRM : SyncDirection.FROM_CRM;
    const refs = new CouplingReferenceResolver(this.couplings.dataSource, this.crm);
    const { values, missing } = await mapRecord(fields, way, keep === ConflictWinner.ERP ? erp : crm, refs);
    requireCoupled(missing);
    let [erpAfter, crmAfter] = [erp, crm];
    const changes = this.records.changes(ctx, way, values, keep === ConflictWinner.ERP ? crm : erp);
    if (Object.keys(changes).length) {
      if (keep === ConflictWinner.ERP) [crmAfter] = await this.crm.update(ctx.def.crm.table, [{ key: coupling.crmId, fields: changes }]);
      else [erpAfter] = await this.erp.update(ctx.def.erp.table, [{ key: coupling.erpId, fields: changes }]);
    }
    const base = { ...(coupling.baseValues ?? {}), ...this.records.baseOf(ctx, erpAfter, crmAfter) };
    return this.couplings.synced(Object.assign(coupling, { skipped: false }), base, coupling.lastSyncJobId);
  }

  /** Puts skipped couplings back into scheduled synchronization. */
  async restoreSkipped(ids: string[]): Promise<Coupling[]> {
    if (ids.length === 0 || ids.length > 500) throw badInput('ids must name 1 to 500 couplings');
    for (const id of ids) if (!isUuid(id)) throw badInput(`ids: "${id}" is not a UUID`);
    const rows = await this.couplings.dataSource.getRepository(Coupling).findBy({ id: In(ids) });
    const missing = ids.find((id) => !rows.some((r) => r.id === id));
    if (missing) throw notFound('Coupling', missing);
    for (const r of rows) Object.assign(r, { skipped: false, failureCount: 0 });
    await this.couplings.save(rows);
    return ids.map((id) => rows.find((r) => r.id === id)!);
  }
}
