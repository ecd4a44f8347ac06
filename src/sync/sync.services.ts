import { DataSource } from 'typeorm';
import { Clock, IdGenerator } from '../shared/clock';
import { EventBus } from '../shared/event-bus';
import { MappingService } from './mappings/mapping.service';
import { ConnectionSetupService } from './mappings/connection-setup.service';
import { CouplingQueryService } from './coupling/coupling-query.service';
import { SyncJobQueryService } from './jobs/sync-job-query.service';
import { ErpConnector } from './connectors/erp-connector';
import { CrmConnector } from './connectors/crm-connector';

/** What the sync subgraph is built over. */
export interface SyncDeps {
  db: DataSource;
  clock: Clock;
  ids: IdGenerator;
  bus: EventBus;
  erp: ErpConnector;
  crm: CrmConnector;
}

/** The sync subgraph's services over its store and the two connectors. */
export function createSyncServices(deps: SyncDeps) {
  return {
    ...deps,
    mappings: new MappingService(deps.db),
    setup: new ConnectionSetupService(deps.db),
    couplings: new CouplingQueryService(deps.db),
    jobs: new SyncJobQueryService(deps.db),
  };
}

export type SyncServices = ReturnType<typeof createSyncServices>;
