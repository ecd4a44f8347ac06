import type { ErpContext, ErpServices } from '../erp';
import type { CrmContext, CrmServices } from '../crm';
import type { SyncContext, SyncServices } from '../sync';
import { createErpLoaders } from '../erp';
import { createCrmLoaders } from '../crm';
import { createSyncLoaders } from '../sync';
import { Role } from '../shared/config';

/** Everything a request can reach: the union of the three subgraphs' contexts. */
export type GatewayContext = ErpContext & CrmContext & SyncContext;

/** The services of the three subgraphs (one set per running gateway). */
export interface AllServices {
  erp: ErpServices;
  crm: CrmServices;
  sync: SyncServices;
}

/**
 * A fresh request context: the caller's role, the services, and new DataLoaders (no cache shared
 * between requests). Each subgraph's loaders are built on its first use in the request: a page
 * of one subgraph no longer builds the thirty-odd loaders of all three.
 */
export function createContext(services: AllServices, role: Role): GatewayContext {
  let erp: GatewayContext['erpLoaders'] | undefined;
  let crm: GatewayContext['crmLoaders'] | undefined;
  let sync: GatewayContext['syncLoaders'] | undefined;
  return {
    role,
    erp: services.erp,
    crm: services.crm,
    sync: services.sync,
    get erpLoaders() {
      return (erp ??= createErpLoaders(services.erp.db));
    },
    get crmLoaders() {
      return (crm ??= createCrmLoaders(services.crm.db));
    },
    get syncLoaders() {
      return (sync ??= createSyncLoaders(services.sync.db, services.sync.erp));
    },
  };
}
