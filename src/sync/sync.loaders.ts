import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { loaderByGroup, loaderByKey } from '../shared/repository';
import { leanFindColumnsIn, leanFindIn } from '../shared/lean-read';
import { Coupling } from './coupling.entity';
import { SyncJob } from './sync-job.entity';
import { FullSyncLine } from './full-sync-run.entity';
import { FieldMapping } from './table-mapping.entity';
import { ErpConnector } from './connectors/erp-connector';

/** "MAPPING\0key" keys grouped by mapping (appended in place: a page's 50 keys copied no list 50 times). */
function keysByMapping(keys: readonly string[]): Map<string, string[]> {
  const byMapping = new Map<string, string[]>();
  for (const k of keys) {
    const [mapping, id] = k.split('\u0000');
    const ids = byMapping.get(mapping);
    if (ids) ids.push(id);
    else byMapping.set(mapping, [id]);
  }
  return byMapping;
}

/** Couplings by "MAPPING\0key" on one side: one statement per mapping per batch. */
function couplingLoader(db: DataSource, side: 'erpId' | 'crmId') {
  return new DataLoader<string, Coupling | null>(async (keys) => {
    const byMapping = keysByMapping(keys);
    const found = new Map<string, Coupling>();
    for (const [mapping, ids] of byMapping) {
      const rows = await leanFindIn(db.getRepository(Coupling), side, ids, { mapping });
      for (const r of rows) found.set(`${mapping}\u0000${r[side]}`, r);
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}

/**
 * The other side's id of coupled records by "MAPPING\0key" on one side (`coupledX` fields need
 * nothing else): the two id columns only, not a coupling's stored values and conflicts.
 */
function coupledIdLoader(db: DataSource, side: 'erpId' | 'crmId') {
  const other = side === 'erpId' ? 'crmId' : 'erpId';
  return new DataLoader<string, string | null>(async (keys) => {
    const byMapping = keysByMapping(keys);
    const found = new Map<string, string>();
    for (const [mapping, ids] of byMapping) {
      const rows = await leanFindColumnsIn(db.getRepository(Coupling), side, ids, [side, other], { mapping });
      for (const r of rows) found.set(`${mapping}\u0000${r[side]}`, r[other]);
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}

/** Per-request DataLoaders of the sync subgraph. */
export function createSyncLoaders(db: DataSource, erp: ErpConnector) {
  return {
    couplingByErp: couplingLoader(db, 'erpId'),
    couplingByCrm: couplingLoader(db, 'crmId'),
    crmIdByErp: coupledIdLoader(db, 'erpId'),
    erpIdByCrm: coupledIdLoader(db, 'crmId'),
    job: loaderByKey(db.getRepository(SyncJob), 'id'),
    linesByRun: loaderByGroup(db.getRepository(FullSyncLine), 'runId', { position: 'ASC' }),
    fieldsByMapping: loaderByGroup(db.getRepository(FieldMapping), 'mapping', { position: 'ASC' }),
    itemInventory: new DataLoader<string, string | null>(async (nos) => {
      const inventory = await erp.itemInventory(nos);
      return nos.map((no) => inventory.get(no) ?? null);
    }),
  };
}

export type SyncLoaders = ReturnType<typeof createSyncLoaders>;
