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

/** Closes every store. */
export async function closeStores(stores: Stores): Promise<void> {
  await Promise.all(Object.values(stores).map((ds) => (ds.isInitialized ? ds.destroy() : undefined)));
}
