import { Logger } from 'pino';
import { Registry } from 'prom-client';
import { Clock, IdGenerator } from '../shared/clock';
import { EventBus } from '../shared/event-bus';
import { DataSource } from 'typeorm';
import { createErpServices, ErpServices } from '../erp/erp.services';
import { StoreName } from '../shared/db';
import { Config, SUBGRAPH_NAMES, SubgraphName } from '../shared/config';
import { createCrmServices } from '../crm/crm.services';
import { createSyncServices } from '../sync/sync.services';
import { InProcessCrmConnector, InProcessErpConnector } from '../sync/connectors/in-process.connectors';
import { InProcessJobQueue, JobQueue } from '../sync/jobs/job-queue';
import { inProcessErpDocuments } from '../sync/documents/erp-document.port';
import type { Stores } from './stores';
import { RemoteGraphQL } from '../sync/connectors/graphql/remote-graphql';
import { GraphQLCrmConnector, GraphQLErpConnector } from '../sync/connectors/graphql/graphql-record.connector';
import { graphqlErpDocuments } from '../sync/connectors/graphql/graphql-erp-documents';
import type { AllServices } from './context';

/** The ERP services with the default rows they need (the number series). */
async function erpServices(db: DataSource, clock: Clock, ids: IdGenerator, bus: EventBus): Promise<ErpServices> {
  const erp = createErpServices(db, clock, ids, bus);
  await erp.noSeries.ensureDefaults(db.manager);
  return erp;
}

/** What createServices may be given besides the stores and the process's clock, ids and bus. */
export interface ServiceOptions {
  queue?: JobQueue;
  log?: Logger;
  registry?: Registry;
  /** Whether the store gauges go into `registry` (the API thread's; a job thread leaves them to it). */
  storeGauges?: boolean;
  /** TANDEM_ERP_URL / TANDEM_CRM_URL: the sync engine reaches those systems through GraphQL connectors. */
  connectors?: Config['connectors'];
  /** TANDEM_SYNC_PART_RECORDS: source records per part of a full pass that workers share (0: not shared). */
  partRecords?: number;
}

/**
 * Builds the services of the three subgraphs over their stores and inserts the default setup
 * rows, with the built-in connectors. Imports no GraphQL schema.
 */
export async function createServices(stores: Stores, clock: Clock, ids: IdGenerator, bus: EventBus, options: ServiceOptions = {}): Promise<AllServices> {
  return (await createSomeServices(SUBGRAPH_NAMES, stores, clock, ids, bus, { ...options, connectors: {} })) as AllServices;
}

/**
 * The stores a process needs to run `local` subgraphs in process. The sync subgraph reaches ERP
 * and CRM records through connectors: the built-in ones work on those stores in process, so with
 * sync local each is opened unless a GraphQL connector (`connectors`) reaches it instead.
 */
export function storesFor(local: readonly SubgraphName[], connectors: Config['connectors'] = {}): StoreName[] {
  const sync = local.includes('sync');
  return (['erp', 'crm', 'sync'] as const).filter((n) => local.includes(n) || (sync && n !== 'sync' && !connectors[n]));
}

/** The GraphQL connectors `connectors` names, their table shapes read (a side it does not name stays undefined: the built-in connector serves it). */
async function graphqlConnectors(connectors: Config['connectors'], log?: Logger) {
  const remote = (side: 'erp' | 'crm') =>
    new RemoteGraphQL(side.toUpperCase(), connectors[side]!, { log: (e, attempt) => log?.warn({ err: e, attempt }, `${side.toUpperCase()} subgraph unavailable, retrying`) });
  const erpRemote = connectors.erp && remote('erp');
  const erp = erpRemote ? await new GraphQLErpConnector(erpRemote).load() : undefined;
  const crm = connectors.crm ? await new GraphQLCrmConnector(remote('crm')).load() : undefined;
  return { erp, crm, erpDocuments: erpRemote && erp ? graphqlErpDocuments(erpRemote, erp) : undefined };
}

/**
 * The services of the `local` subgraphs over their stores, with the default rows. A local ERP or
 * CRM subgraph also serves its records to GraphQL connectors (`services.records`). With sync
 * among them, its engine gets a connector per side: the GraphQL connector where `connectors`
 * names a URL, else the built-in one on the local store (whose services are then built too, as
 * the document conversions need the ERP's).
 */
export async function createSomeServices(
  local: readonly SubgraphName[],
  stores: Partial<Stores>,
  clock: Clock,
  ids: IdGenerator,
  bus: EventBus,
  options: ServiceOptions = {},
): Promise<Partial<AllServices>> {
  const connectors = options.connectors ?? {};
  const withSync = local.includes('sync');
  const services: Partial<AllServices> = {};
  if (local.includes('erp') || (withSync && !connectors.erp)) services.erp = await erpServices(stores.erp!, clock, ids, bus);
  if (local.includes('crm') || (withSync && !connectors.crm)) services.crm = createCrmServices(stores.crm!, clock, ids);
  const records: NonNullable<AllServices['records']> = {
    erp: services.erp && new InProcessErpConnector(stores.erp!, clock, ids),
    crm: services.crm && new InProcessCrmConnector(stores.crm!, clock, ids),
    erpDocuments: services.erp && inProcessErpDocuments(services.erp),
  };
  services.records = records;
  if (!withSync) return services;
  const remote = await graphqlConnectors(connectors, options.log);
  const sync = createSyncServices({
    db: stores.sync!,
    clock,
    ids,
    bus,
    queue: options.queue ?? new InProcessJobQueue(),
    log: options.log,
    registry: options.registry,
    storeGauges: options.storeGauges,
    partRecords: options.partRecords,
    erpDocuments: remote.erpDocuments ?? records.erpDocuments!,
    erp: remote.erp ?? records.erp!,
    crm: remote.crm ?? records.crm!,
  });
  await sync.mappings.ensureDefaults();
  await sync.setup.ensureDefaults();
  services.sync = sync;
  return services;
}
