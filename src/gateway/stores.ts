import { DataSource, Logger } from 'typeorm';
import { openStore, StoreLocation, StoreName } from '../shared/db';
import { ERP_ENTITIES } from '../erp/entities';
import { CRM_ENTITIES } from '../crm/entities';
import { SYNC_ENTITIES } from '../sync/entities';
import { MIGRATIONS } from '../../migrations';

/** The three stores, one per subgraph. */
export type Stores = Record<StoreName, DataSource>;

/** Opens (and migrates) the three stores; `loggers` lets tests count statements per store. */
export async function openStores(location: StoreLocation, loggers: Partial<Record<StoreName, Logger>> = {}): Promise<Stores> {
  const opened: DataSource[] = [];
  try {
    const erp = await openStore('erp', location, ERP_ENTITIES, MIGRATIONS.erp, loggers.erp);
    opened.push(erp);
    const crm = await openStore('crm', location, CRM_ENTITIES, MIGRATIONS.crm, loggers.crm);
    opened.push(crm);
    const sync = await openStore('sync', location, SYNC_ENTITIES, MIGRATIONS.sync, loggers.sync);
    return { erp, crm, sync };
  } catch (error) {
    await Promise.all(opened.map((ds) => ds.destroy()));
    throw error;
  }
}

const STORE_PARTS = { erp: [ERP_ENTITIES, MIGRATIONS.erp], crm: [CRM_ENTITIES, MIGRATIONS.crm], sync: [SYNC_ENTITIES, MIGRATIONS.sync] } as const;

/** Opens (and migrates) the named stores only: a standalone subgraph, or a gateway whose other subgraphs are remote. */
export async function openSomeStores(location: StoreLocation, names: readonly StoreName[], loggers: Partial<Record<StoreName, Logger>> = {}): Promise<Partial<Stores>> {
  const opened: Partial<Stores> = {};
  try {
    for (const name of names) opened[name] = await openStore(name, location, STORE_PARTS[name][0], STORE_PARTS[name][1], loggers[name]);
    return opened;
  } catch (error) {
    await closeStores(opened);
    throw error;
  }
}

/** Closes every store. */
export async function closeStores(stores: Partial<Stores>): Promise<void> {
  await Promise.all(Object.values(stores).map((ds) => (ds?.isInitialized ? ds.destroy() : undefined)));
}
