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
 * One request's context. The DataLoaders are getters on the prototype, built on first use: Apollo
 * copies the context it is given with `Object.assign` onto an object of the same prototype, which
 * copies own properties only, so a getter on the object itself would be read (and every
 * subgraph's loaders built) by that copy on every request.
 */
class RequestContext {
  // Own fields, so Apollo's copy keeps them; `undefined` until a resolver asks.
  private builtErp: GatewayContext['erpLoaders'] | undefined = undefined;
  private builtCrm: GatewayContext['crmLoaders'] | undefined = undefined;
  private builtSync: GatewayContext['syncLoaders'] | undefined = undefined;
  readonly erp: AllServices['erp'] | undefined;
  readonly crm: AllServices['crm'] | undefined;
  readonly sync: AllServices['sync'] | undefined;
  readonly records: AllServices['records'];

  constructor(
    private readonly services: Partial<AllServices>,
    readonly role: Role,
    readonly forward?: ForwardedHeaders,
  ) {
    this.erp = services.erp;
    this.crm = services.crm;
    this.sync = services.sync;
    this.records = services.records;
  }

  // A subgraph not served in this process has no loaders.
  get erpLoaders(): GatewayContext['erpLoaders'] | undefined {
    return this.services.erp && (this.builtErp ??= createErpLoaders(this.services.erp.db));
  }

  get crmLoaders(): GatewayContext['crmLoaders'] | undefined {
    return this.services.crm && (this.builtCrm ??= createCrmLoaders(this.services.crm.db));
  }

  get syncLoaders(): GatewayContext['syncLoaders'] | undefined {
    return this.services.sync && (this.builtSync ??= createSyncLoaders(this.services.sync.db, this.services.sync.erp));
  }
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
  return new RequestContext(services, role, forward) as unknown as GatewayContext;
}
