import { Logger } from 'pino';
import { Registry } from 'prom-client';
import { Clock, IdGenerator } from '../shared/clock';
import { EventBus } from '../shared/event-bus';
import { DataSource } from 'typeorm';
import { createErpServices, ErpServices } from '../erp/erp.services';
import { StoreName } from '../shared/db';
import { SubgraphName } from '../shared/config';
import { createCrmServices } from '../crm/crm.services';
import { createSyncServices } from '../sync/sync.services';
import { InProcessCrmConnector, InProcessErpConnector } from '../sync/connectors/in-process.connectors';
import { InProcessJobQueue, JobQueue } from '../sync/jobs/job-queue';
import { inProcessErpDocuments } from '../sync/documents/erp-document.port';
import type { Stores } from './stores';
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
}

/**
 * Builds the services of the three subgraphs over their stores and inserts the default setup
 * rows. Imports no GraphQL schema: the job thread builds its services with it too.
 */
export async function createServices(stores: Stores, clock: Clock, ids: IdGenerator, bus: EventBus, options: ServiceOptions = {}): Promise<AllServices> {
  const erp = await erpServices(stores.erp, clock, ids, bus);
  const crm = createCrmServices(stores.crm, clock, ids);
  const sync = createSyncServices({
    db: stores.sync,
    clock,
    ids,
    bus,
    queue: options.queue ?? new InProcessJobQueue(),
    log: options.log,
    registry: options.registry,
    storeGauges: options.storeGauges,
    erpDocuments: inProcessErpDocuments(erp),
    erp: new InProcessErpConnector(stores.erp, clock, ids),
    crm: new InProcessCrmConnector(stores.crm, clock, ids),
  });
  await sync.mappings.ensureDefaults();
  await sync.setup.ensureDefaults();
  return { erp, crm, sync };
}

/**
 * The stores a process needs to run `local` subgraphs in process. The sync subgraph reaches ERP
 * and CRM records through the built-in connectors, which work on those stores in process: with
 * sync local, all three are opened.
 */
export function storesFor(local: readonly SubgraphName[]): StoreName[] {
  return local.includes('sync') ? ['erp', 'crm', 'sync'] : [...local];
}

/**
 * The services of the `local` subgraphs over their stores. With sync among them every service
 * is built (sync needs the ERP and CRM services); otherwise only the ERP and/or CRM services,
 * with their default rows.
 */
export async function createSomeServices(
  local: readonly SubgraphName[],
  stores: Partial<Stores>,
  clock: Clock,
  ids: IdGenerator,
  bus: EventBus,
  options: ServiceOptions = {},
): Promise<Partial<AllServices>> {
  if (local.includes('sync')) return createServices(stores as Stores, clock, ids, bus, options);
  const services: Partial<AllServices> = {};
  if (local.includes('erp')) services.erp = await erpServices(stores.erp!, clock, ids, bus);
  if (local.includes('crm')) services.crm = createCrmServices(stores.crm!, clock, ids);
  return services;
}
