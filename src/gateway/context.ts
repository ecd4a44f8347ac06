import type { ErpContext, ErpServices } from '../erp';
import type { CrmContext, CrmServices } from '../crm';
import type { SyncContext, SyncServices } from '../sync';
import { createErpLoaders } from '../erp';
import { createCrmLoaders } from '../crm';
import { createSyncLoaders } from '../sync';
import { Role } from '../shared/config';
import type { RecordAccessContext } from '../sync/connectors/graphql/record-access.resolver';

/** What the gateway passes on to remote subgraphs: the caller's credentials and request id. */
export interface ForwardedHeaders {
  authorization?: string;
  requestId?: string;
}

/** Everything a request can reach: the union of the three subgraphs' contexts. */
export type GatewayContext = ErpContext & CrmContext & SyncContext & RecordAccessContext & { forward?: ForwardedHeaders };

/** The services of the three subgraphs (one set per running gateway). */
export interface AllServices {
  erp: ErpServices;
  crm: CrmServices;
  sync: SyncServices;
  /** The ERP and CRM records as the record-access API serves them (the ERP and CRM subgraphs' own stores). */
  records?: RecordAccessContext['records'];
}

/**
 * A fresh request context: the caller's role, the services, and new DataLoaders (no cache shared
 * between requests). Each subgraph's loaders are built on its first use in the request: a page
 * of one subgraph builds none of the others'. A process that serves only some subgraphs in
 * process (a standalone subgraph, a gateway over remote ones) hands in only theirs: the context
 * then holds only their parts, and only their resolvers ever run in it. `forward` is what
 * remote subgraphs are sent.
 */
export function createContext(services: Partial<AllServices>, role: Role, forward?: ForwardedHeaders): GatewayContext {
  let erp: GatewayContext['erpLoaders'] | undefined;
  let crm: GatewayContext['crmLoaders'] | undefined;
  let sync: GatewayContext['syncLoaders'] | undefined;
  return {
    role,
    forward,
    erp: services.erp,
    crm: services.crm,
    sync: services.sync,
    records: services.records,
    get erpLoaders() {
      // Copying the context (a spread) reads every getter: a subgraph not served here has none.
      return services.erp && (erp ??= createErpLoaders(services.erp.db));
    },
    get crmLoaders() {
      return services.crm && (crm ??= createCrmLoaders(services.crm.db));
    },
    get syncLoaders() {
      return services.sync && (sync ??= createSyncLoaders(services.sync.db, services.sync.erp));
    },
  } as GatewayContext;
}
