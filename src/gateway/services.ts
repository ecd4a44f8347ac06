import { Logger } from 'pino';
import { Registry } from 'prom-client';
import { Clock, IdGenerator } from '../shared/clock';
import { EventBus } from '../shared/event-bus';
import { createErpServices } from '../erp/erp.services';
import { createCrmServices } from '../crm/crm.services';
import { createSyncServices } from '../sync/sync.services';
import { InProcessCrmConnector, InProcessErpConnector } from '../sync/connectors/in-process.connectors';
import { InProcessJobQueue, JobQueue } from '../sync/jobs/job-queue';
import { inProcessErpDocuments } from '../sync/documents/erp-document.port';
import type { Stores } from './stores';
import type { AllServices } from './context';

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
  const erp = createErpServices(stores.erp, clock, ids, bus);
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
  await erp.noSeries.ensureDefaults(stores.erp.manager);
  await sync.mappings.ensureDefaults();
  await sync.setup.ensureDefaults();
  return { erp, crm, sync };
}
