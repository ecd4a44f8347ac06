import { DataSource } from 'typeorm';
import { Clock, IdGenerator } from '../shared/clock';
import { EventBus } from '../shared/event-bus';
import { MappingService } from './mappings/mapping.service';
import { ConnectionSetupService } from './mappings/connection-setup.service';
import { CouplingQueryService } from './coupling/coupling-query.service';
import { SyncJobQueryService } from './jobs/sync-job-query.service';
import { ErpConnector } from './connectors/erp-connector';
import { CrmConnector } from './connectors/crm-connector';
import { JobRecorder } from './jobs/job-recorder';
import { CouplingStore } from './coupling/coupling-store';
import { RecordSync } from './engine/record-sync';
import { CouplingService } from './coupling/coupling.service';
import { MatchService } from './coupling/match.service';

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
  const mappings = new MappingService(deps.db);
  const recorder = new JobRecorder(deps.db, deps.clock, deps.ids, deps.bus);
  const couplingStore = new CouplingStore(deps.db, deps.clock, deps.ids);
  const records = new RecordSync(deps.erp, deps.crm, couplingStore, mappings);
  return {
    ...deps,
    mappings,
    setup: new ConnectionSetupService(deps.db),
    couplings: new CouplingQueryService(deps.db),
    jobs: new SyncJobQueryService(deps.db),
    recorder,
    couplingStore,
    records,
    coupling: new CouplingService(deps.db, records, recorder),
    match: new MatchService(deps.db, records, recorder),
  };
}

export type SyncServices = ReturnType<typeof createSyncServices>;
