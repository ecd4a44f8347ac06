import { Clock, IdGenerator } from '../shared/clock';
import { EventBus } from '../shared/event-bus';
import { StoreName } from '../shared/db';
import { SubgraphName } from '../shared/config';
import { createErpServices } from '../erp';
import { createCrmServices } from '../crm';
import type { AllServices } from './context';
import type { Stores } from './stores';

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
 * is built by `all` (the gateway's createServices: sync needs ERP and CRM services); otherwise
 * only the ERP and/or CRM services, with their default rows.
 */
export async function createSomeServices(
  local: readonly SubgraphName[],
  stores: Partial<Stores>,
  clock: Clock,
  ids: IdGenerator,
  bus: EventBus,
  all: () => Promise<AllServices>,
): Promise<Partial<AllServices>> {
  if (local.includes('sync')) return all();
  const services: Partial<AllServices> = {};
  if (local.includes('erp')) {
    services.erp = createErpServices(stores.erp!, clock, ids, bus);
    await services.erp.noSeries.ensureDefaults(stores.erp!.manager);
  }
  if (local.includes('crm')) services.crm = createCrmServices(stores.crm!, clock, ids);
  return services;
}
