import { DataSource, EntityManager, In } from 'typeorm';
import { Clock, IdGenerator } from '../../shared/clock';
import { fastInsert, fastUpdate, transaction } from '../../shared/db';
import { ErrorCode, TandemError } from '../../shared/errors';
import { isDuplicateKeyError } from '../../shared/repository';
import { leanFindColumnsIn, leanFindIn } from '../../shared/lean-read';
import { Coupling } from '../coupling.entity';
import { SyncResult, TableMappingName } from '../enums';
import { mappingDef } from '../mappings/registry';

/** The mapped values of both sides after the last successful sync: erpField → [ERP value, CRM value]. */
export type BaseValues = Record<string, [string | null, string | null]>;

/** Reads and writes couplings; the unique indexes turn every race into ALREADY_COUPLED. */
export class CouplingStore {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /** The sync store itself (reference resolvers read couplings from it). */
  get dataSource(): DataSource {
    return this.db;
  }

  byErp = (mapping: TableMappingName, erpId: string) => this.db.getRepository(Coupling).findOneBy({ mapping, erpId });
  byCrm = (mapping: TableMappingName, crmId: string) => this.db.getRepository(Coupling).findOneBy({ mapping, crmId });
  byId = (id: string) => this.db.getRepository(Coupling).findOneBy({ id });

  /** Couplings of many records of one side at once. */
  async many(mapping: TableMappingName, side: 'erpId' | 'crmId', keys: readonly string[]): Promise<Map<string, Coupling>> {
    const out = new Map<string, Coupling>();
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await leanFindIn(this.db.getRepository(Coupling), side, unique.slice(i, i + 500), { mapping });
      for (const r of rows) out.set(r[side], r);
    }
    return out;
  }

  /**
   * Which of many records of one side are coupled (pending and skipped couplings included): only
   * the key column is read, a fifth of the cost of whole rows (their stored values are the bulk).
   */
  async coupledAmong(mapping: TableMappingName, side: 'erpId' | 'crmId', keys: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += 500) {
      for (const r of await leanFindColumnsIn(this.db.getRepository(Coupling), side, unique.slice(i, i + 500), [side], { mapping })) out.add(r[side]);
    }
    return out;
  }

  /** Every coupled key of one side of a mapping. */
  async coupledKeys(mapping: TableMappingName, side: 'erpId' | 'crmId'): Promise<Set<string>> {
    const rows = await this.db.getRepository(Coupling).find({ where: { mapping }, select: { [side]: true } as never });
    return new Set(rows.map((r) => r[side]));
  }

  /** A new coupling row (not yet written). */
  build(mapping: TableMappingName, erpId: string, crmId: string, pending: boolean): Coupling {
    return {
      id: this.ids.uuid(),
      mapping,
      erpId,
      crmId,
      createdAt: this.clock.now(),
      lastSyncedAt: null,
      lastSyncResult: null,
      lastSyncError: null,
      lastSyncJobId: null,
      skipped: false,
      conflicts: [],
      baseValues: null,
      pending,
      failureCount: 0,
      erpStamp: null,
      crmStamp: null,
    };
  }

  /** Inserts couplings; a record already coupled in the mapping gives ALREADY_COUPLED and inserts none. */
  async insert(couplings: Coupling[], m?: EntityManager): Promise<void> {
    if (couplings.length === 0) return;
    try {
      if (m) await fastInsert(m, Coupling, couplings as never);
      else await transaction(this.db, (tm) => fastInsert(tm, Coupling, couplings as never));
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const c = couplings[0];
      const { erp, crm } = mappingDef(c.mapping);
      throw new TandemError(
        ErrorCode.ALREADY_COUPLED,
        couplings.length === 1 ? `${erp.table} ${c.erpId} or ${crm.table} ${c.crmId} is already coupled in ${c.mapping}` : `A record is already coupled in ${c.mapping}`,
      );
    }
  }

  /** Confirms pending couplings once their records exist on both sides. */
  async confirm(ids: string[], m?: EntityManager): Promise<void> {
    // Usually empty (complete() rewrites its couplings whole): no empty transaction then.
    if (ids.length === 0) return;
    const write = async (tm: EntityManager) => {
      for (let i = 0; i < ids.length; i += 500) await tm.getRepository(Coupling).update({ id: In(ids.slice(i, i + 500)) }, { pending: false });
    };
    if (m) await write(m);
    else await transaction(this.db, write);
  }

  /** Moves a coupling to another CRM record only if it still points where the caller saw it (one caller wins). */
  async moveCrm(id: string, fromCrmId: string, toCrmId: string): Promise<boolean> {
    const result = await transaction(this.db, (m) => m.getRepository(Coupling).update({ id, crmId: fromCrmId }, { crmId: toCrmId }));
    return !!result.affected;
  }

  /** Waits (a few seconds at most) until a coupling is no longer pending; answers it, or null. */
  async settled(mapping: TableMappingName, crmId: string, timeoutMs = 10_000): Promise<Coupling | null> {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
      const c = await this.byCrm(mapping, crmId);
      if (!c || !c.pending) return c;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  }

  /** Pending couplings of a mapping (left by a crash between the writes of a create). */
  /** How many couplings a mapping has (pending ones included). */
  countOf = (mapping: TableMappingName) => this.db.getRepository(Coupling).countBy({ mapping });

  pendingOf = (mapping: TableMappingName) => this.db.getRepository(Coupling).find({ where: { mapping, pending: true } });

  /** Couplings that failed last time and are not skipped: retried by every run. */
  failedOf = (mapping: TableMappingName) => this.db.getRepository(Coupling).find({ where: { mapping, lastSyncResult: SyncResult.FAILURE, skipped: false, pending: false } });

  async delete(ids: string[]): Promise<void> {
    if (ids.length) await transaction(this.db, (m) => m.getRepository(Coupling).delete({ id: In(ids) }));
  }

  /** Records a successful sync of a coupling: its new base values, and the job that did it. */
  async synced(coupling: Coupling, base: BaseValues, jobId: string | null): Promise<Coupling> {
    Object.assign(coupling, {
      pending: false,
      baseValues: base,
      lastSyncedAt: this.clock.now(),
      lastSyncResult: SyncResult.SUCCESS,
      lastSyncError: null,
      lastSyncJobId: jobId,
      conflicts: [],
      failureCount: 0,
    });
    await this.save([coupling]);
    return coupling;
  }

  /**
   * Writes the sync state of many couplings (every column but the id, or `only` those), one UPDATE
   * per slice, no reads first; a coupling deleted meanwhile stays deleted. One transaction (the
   * caller's, with `m`).
   */
  async saveFields(couplings: Coupling[], only?: ReadonlyArray<keyof Coupling>, m?: EntityManager): Promise<void> {
    if (couplings.length === 0) return;
    // Fewer columns, less to write: an indexed column left out of the SET leaves its index alone.
    const properties =
      only ??
      this.db
        .getMetadata(Coupling)
        .columns.map((c) => c.propertyName)
        .filter((p) => p !== 'id');
    if (m) await fastUpdate(m, Coupling, 'id', properties, couplings as never);
    else await transaction(this.db, (tm) => fastUpdate(tm, Coupling, 'id', properties, couplings as never));
  }

  async save(couplings: Coupling[], m?: EntityManager): Promise<void> {
    if (couplings.length === 0) return;
    const write = (tm: EntityManager) => tm.getRepository(Coupling).save(couplings, { chunk: 200 });
    if (m) await write(m);
    else await transaction(this.db, write);
  }
}
