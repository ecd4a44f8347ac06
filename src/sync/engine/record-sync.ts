import { isTransient } from '../../shared/retry';
import { badInput, invalidState, notFound } from '../../shared/errors';
import { Coupling } from '../coupling.entity';
import { SyncDirection, TableMappingName } from '../enums';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { MappingService } from '../mappings/mapping.service';
import { ErpConnector } from '../connectors/erp-connector';
import { CrmConnector } from '../connectors/crm-connector';
import { RecordConnector } from '../connectors/record-connector';
import { BaseValues, CouplingStore } from '../coupling/coupling-store';
import { activeFields, canonical, mapRecord, ReferenceResolver, Way } from './field-mapper';
import { MissingDependency, requireCoupled } from './dependency';
import { SyncRecord } from './tables';
import { MappingDef, referenceOf } from '../mappings/mapping-def';
import { mappingDef } from '../mappings/registry';

/** A mapping with everything needed to move its records: its registry entry and its stored settings and field rows. */
export interface MappingContext {
  name: TableMappingName;
  def: MappingDef;
  table: TableMapping;
  fields: FieldMapping[];
}

/** What one overwrite did. */
export type WriteOutcome = 'modified' | 'unchanged';

/**
 * Moves single records between the systems: plan the mapped values (translating references,
 * refusing uncoupled dependencies), write only what differs, create-and-couple with the key
 * chosen and the coupling recorded before the write.
 */
export class RecordSync {
  constructor(
    readonly erp: ErpConnector,
    readonly crm: CrmConnector,
    readonly couplings: CouplingStore,
    private readonly mappings: MappingService,
  ) {}

  async context(name: TableMappingName): Promise<MappingContext> {
    const table = await this.mappings.getOrFail(name);
    return { name, def: mappingDef(name), table, fields: await this.mappings.fields(name) };
  }

  connector(side: 'erp' | 'crm'): RecordConnector {
    return side === 'erp' ? this.erp : this.crm;
  }

  /** Fields a record created in the CRM needs that no field mapping carries: the kind of record the mapping covers (a product's type). */
  createExtras(ctx: MappingContext): SyncRecord {
    return { ...ctx.def.crm.kind };
  }

  /**
   * The rows many records created `way` would be (nothing is written), in one call; null when any
   * of them is refused (validateNew then tells which and why). Transient errors are thrown.
   */
  async prepareMany(ctx: MappingContext, way: Way, fields: SyncRecord[]): Promise<SyncRecord[] | null> {
    const toCrm = way === SyncDirection.TO_CRM;
    const [target, table] = toCrm ? [this.crm, ctx.def.crm.table] : [this.erp, ctx.def.erp.table];
    try {
      return await target.prepare(
        table,
        fields.map((f) => ({ key: '', fields: f })),
      );
    } catch (error) {
      if (isTransient(error)) throw error;
      return null;
    }
  }

  /**
   * The row a record created `way` would be (nothing is written). A required field left empty is
   * refused with what would fill it: the source field to set, the reference to couple, or the
   * field mapping to enable.
   */
  async validateNew(ctx: MappingContext, way: Way, fields: SyncRecord): Promise<SyncRecord> {
    const toCrm = way === SyncDirection.TO_CRM;
    const [target, table] = toCrm ? [this.crm, ctx.def.crm.table] : [this.erp, ctx.def.erp.table];
    try {
      const [row] = await target.prepare(table, [{ key: '', fields }]);
      return row;
    } catch (error) {
      const empty = (error as { extensions?: { emptyFields?: string[] } }).extensions?.emptyFields;
      if (!empty?.length) throw error;
      const source = toCrm ? ctx.def.erp.table : ctx.def.crm.table;
      const hints = empty.map((name) => {
        const f = ctx.fields.find((x) => (toCrm ? x.crmField : x.erpField) === name);
        if (!f) return `${name}: no field mapping of ${ctx.name} fills it`;
        const from = toCrm ? f.erpField : f.crmField;
        if (!activeFields(ctx.table, [f], way).length)
          return `${name}: field mapping ${ctx.name}.${f.erpField} does not carry values ${way}; enable it for ${way} or give it a constantValue`;
        const reference = referenceOf(f.transform);
        if (reference) return `${name} comes from the ${source}'s ${from}, which must be set to a record coupled through ${reference.through}`;
        return `${name} comes from the ${source}'s ${from}, which is empty`;
      });
      throw badInput(`Cannot create ${table} from ${source}: ${hints.join('; ')}`, { emptyFields: empty });
    }
  }

  /** Refuses a direction the table mapping does not allow. */
  checkWay(ctx: MappingContext, way: Way): void {
    if (ctx.table.direction !== SyncDirection.BIDIRECTIONAL && ctx.table.direction !== way) {
      throw badInput(`Mapping ${ctx.name} synchronizes ${ctx.table.direction} only, not ${way}`);
    }
  }

  /** Reads one record of a mapping's side, NOT_FOUND when it does not exist. */
  async readOne(ctx: MappingContext, side: 'erp' | 'crm', key: string): Promise<SyncRecord> {
    const table = side === 'erp' ? ctx.def.erp.table : ctx.def.crm.table;
    const record = (await this.connector(side).read(table, [key])).get(key);
    if (!record) throw notFound(table, key);
    if (side === 'crm') this.checkKind(ctx, record);
    return record;
  }

  /** The CRM records a mapping covers, when not the whole table (items: SALES_INVENTORY products; resources: SERVICES). */
  crmKind(ctx: MappingContext): SyncRecord | undefined {
    return ctx.def.crm.kind;
  }

  /** Whether a CRM record is of the kind the mapping covers (a SERVICES product is no item's partner). */
  coversCrm(ctx: MappingContext, record: SyncRecord): boolean {
    const kind = this.crmKind(ctx);
    return !kind || Object.entries(kind).every(([k, v]) => record[k] === v);
  }

  /** The field mappings (by ERP field) that flow one way only: their master alone writes them. */
  oneWayFields(ctx: MappingContext): Set<string> {
    return new Set(ctx.fields.filter((f) => f.direction !== SyncDirection.BIDIRECTIONAL).map((f) => f.erpField));
  }

  /** How many records of one side a mapping covers. */
  countOf(ctx: MappingContext, side: 'erp' | 'crm'): Promise<number> {
    return side === 'erp' ? this.erp.count(ctx.def.erp.table) : this.crm.count(ctx.def.crm.table, this.crmKind(ctx));
  }

  /** A CRM record of another kind than the mapping covers is refused (items couple to SALES_INVENTORY products, resources to SERVICES products). */
  checkKind(ctx: MappingContext, record: SyncRecord): void {
    const { table, label, kind } = ctx.def.crm;
    for (const [field, expected] of Object.entries(kind ?? {})) {
      if (record[field] !== expected) {
        throw badInput(`${table} ${String(record[label])} is of ${field} ${String(record[field])}; ${ctx.name} couples ${table} records of ${field} ${String(expected)} only`);
      }
    }
  }

  /**
   * The values `way` would write into the other record, and the references that are not coupled.
   * Records going to the CRM also meet the mapping's rules (record-rules.ts): a record outside the
   * mapping, or one whose values the CRM cannot hold, is refused with INVALID_STATE.
   */
  async plan(ctx: MappingContext, way: Way, source: SyncRecord, refs: ReferenceResolver, withRules = true): Promise<{ values: SyncRecord; missing: MissingDependency[] }> {
    const planned = await mapRecord(activeFields(ctx.table, ctx.fields, way), way, source, refs);
    const rule = ctx.def.rules;
    if (!withRules || !rule || way !== SyncDirection.TO_CRM) return planned;
    const reason = this.excluded(ctx, way, source);
    if (reason) throw invalidState(reason);
    if (rule.check) planned.missing.push(...(await rule.check(source, planned.values, { refs, erp: this.erp, crm: this.crm })));
    return planned;
  }

  /** Why a record stays outside the mapping in direction `way` (never synchronized), or null. */
  excluded(ctx: MappingContext, way: Way, source: SyncRecord): string | null {
    return way === SyncDirection.TO_CRM ? (ctx.def.rules?.excluded?.(source) ?? null) : null;
  }

  /** Values a record created in the CRM from `source` gets beyond its field mappings (and what they need coupled). */
  async createValues(ctx: MappingContext, source: SyncRecord, refs: ReferenceResolver): Promise<{ values: SyncRecord; missing: MissingDependency[] }> {
    const extra = await ctx.def.rules?.createValues?.(source, { refs, erp: this.erp, crm: this.crm });
    return { values: { ...this.createExtras(ctx), ...extra?.values }, missing: extra?.missing ?? [] };
  }

  /** Of the planned values, those that differ from what the target holds (compared as the target stores them). */
  changes(ctx: MappingContext, way: Way, values: SyncRecord, target: SyncRecord): SyncRecord {
    const [connector, table] = way === SyncDirection.TO_CRM ? [this.crm, ctx.def.crm.table] : [this.erp, ctx.def.erp.table];
    const fitted = connector.fitValues(table, values);
    return Object.fromEntries(Object.entries(fitted).filter(([k, v]) => canonical(v) !== canonical(target[k])));
  }

  /** Records on a coupling the modification times both records have now (see Coupling.erpStamp). */
  stamp(ctx: MappingContext, coupling: Coupling, erpRecord: SyncRecord, crmRecord: SyncRecord): boolean {
    const erp = (erpRecord[this.erp.describe(ctx.def.erp.table).modified] as Date | undefined) ?? null;
    const crm = (crmRecord[this.crm.describe(ctx.def.crm.table).modified] as Date | undefined) ?? null;
    const changed = coupling.erpStamp?.getTime() !== erp?.getTime() || coupling.crmStamp?.getTime() !== crm?.getTime();
    coupling.erpStamp = erp;
    coupling.crmStamp = crm;
    return changed;
  }

  /** The base of the next three-way merge: every enabled field mapping's value on both sides. */
  baseOf(ctx: MappingContext, erpRecord: SyncRecord, crmRecord: SyncRecord): BaseValues {
    const base: BaseValues = {};
    for (const f of ctx.fields) if (f.enabled) base[f.erpField] = [canonical(erpRecord[f.erpField]), canonical(crmRecord[f.crmField])];
    return base;
  }

  /** Overwrites the target side of a coupled pair from the source side (only differing fields). */
  async overwrite(
    ctx: MappingContext,
    coupling: Coupling,
    way: Way,
    erpRecord: SyncRecord,
    crmRecord: SyncRecord,
    refs: ReferenceResolver,
    jobId: string | null,
  ): Promise<WriteOutcome> {
    const toCrm = way === SyncDirection.TO_CRM;
    const { values, missing } = await this.plan(ctx, way, toCrm ? erpRecord : crmRecord, refs);
    requireCoupled(missing);
    const changed = this.changes(ctx, way, values, toCrm ? crmRecord : erpRecord);
    let [erpAfter, crmAfter] = [erpRecord, crmRecord];
    if (Object.keys(changed).length > 0) {
      const [written] = toCrm
        ? await this.crm.update(ctx.def.crm.table, [{ key: coupling.crmId, fields: changed }])
        : await this.erp.update(ctx.def.erp.table, [{ key: coupling.erpId, fields: changed }]);
      if (toCrm) crmAfter = written;
      else erpAfter = written;
    }
    this.stamp(ctx, coupling, erpAfter, crmAfter);
    await this.couplings.synced(coupling, this.baseOf(ctx, erpAfter, crmAfter), jobId);
    return Object.keys(changed).length > 0 ? 'modified' : 'unchanged';
  }

  /**
   * What records created `way` give back to their sources: the fields that flow only the other
   * way (the ERP's number, price and inventory on a product made from an item, the new customer
   * number on the account it came from), so creating a record completes both sides at once.
   * Writes the differing values into the sources and answers the sources as they are now (by key).
   * References that are not coupled are left out rather than failing the create. When the write
   * itself fails (a product number another product has), answers null: the records stay created
   * and coupled, and `withoutOneWayBase` lets the next synchronization carry those fields.
   */
  async writeBack(
    ctx: MappingContext,
    way: Way,
    pairs: Array<{ sourceKey: string; source: SyncRecord; created: SyncRecord }>,
    refs: ReferenceResolver,
  ): Promise<Map<string, SyncRecord> | null> {
    const back = way === SyncDirection.TO_CRM ? SyncDirection.FROM_CRM : SyncDirection.TO_CRM;
    const forward = new Set(activeFields(ctx.table, ctx.fields, way).map((f) => f.erpField));
    const fields = activeFields(ctx.table, ctx.fields, back).filter((f) => !forward.has(f.erpField));
    const out = new Map<string, SyncRecord>();
    if (fields.length === 0 || pairs.length === 0) return out;
    const updates: Array<{ key: string; fields: SyncRecord }> = [];
    for (const p of pairs) {
      const { values } = await mapRecord(fields, back, p.created, refs);
      const changed = this.changes(ctx, back, values, p.source);
      if (Object.keys(changed).length) updates.push({ key: p.sourceKey, fields: changed });
    }
    if (updates.length === 0) return out;
    const [connector, table] = back === SyncDirection.TO_CRM ? [this.crm, ctx.def.crm.table] : [this.erp, ctx.def.erp.table];
    const key = connector.describe(table).key;
    try {
      const known = new Map(pairs.map((p) => [p.sourceKey, p.source]));
      for (const row of await connector.update(table, updates, known)) out.set(String(row[key]), row);
    } catch {
      return null;
    }
    return out;
  }

  /** A base without the one-way fields: the next merge sees them as differing and carries them from their master. */
  withoutOneWayBase(ctx: MappingContext, base: BaseValues): BaseValues {
    const oneWay = this.oneWayFields(ctx);
    return Object.fromEntries(Object.entries(base).filter(([k]) => !oneWay.has(k)));
  }

  /**
   * Creates the record in the other system from `source` and couples it. The other key is
   * chosen first and recorded on a pending coupling, so two concurrent calls cannot both
   * create (the second meets the unique index: ALREADY_COUPLED) and a crash leaves a pending
   * coupling that names the record to look for.
   */
  async createOther(ctx: MappingContext, way: Way, sourceKey: string, source: SyncRecord, refs: ReferenceResolver, jobId: string | null): Promise<Coupling> {
    const toCrm = way === SyncDirection.TO_CRM;
    const { values, missing } = await this.plan(ctx, way, source, refs);
    const extra = toCrm ? await this.createValues(ctx, source, refs) : { values: {}, missing: [] };
    missing.push(...extra.missing);
    requireCoupled(missing);
    const [target, table] = toCrm ? [this.crm, ctx.def.crm.table] : [this.erp, ctx.def.erp.table];
    const fields = { ...extra.values, ...values };
    // Validate the new record before a key is taken: a refused create must write nothing (not even a number).
    await this.validateNew(ctx, way, fields);
    const otherKey = await target.newKey(table, fields);
    const coupling = this.couplings.build(ctx.name, toCrm ? sourceKey : otherKey, toCrm ? otherKey : sourceKey, true);
    await this.couplings.insert([coupling]);
    let created: SyncRecord;
    try {
      [created] = await target.create(table, [{ key: otherKey, fields }]);
    } catch (error) {
      await this.couplings.delete([coupling.id]);
      throw error;
    }
    const back = await this.writeBack(ctx, way, [{ sourceKey, source, created }], refs);
    const completed = back?.get(sourceKey) ?? source;
    if (toCrm) this.stamp(ctx, coupling, completed, created);
    else this.stamp(ctx, coupling, created, completed);
    const base = toCrm ? this.baseOf(ctx, completed, created) : this.baseOf(ctx, created, completed);
    return this.couplings.synced(coupling, back ? base : this.withoutOneWayBase(ctx, base), jobId);
  }
}
