import { TableMapping, FieldMapping } from './table-mapping.entity';
import { ConnectionSetup } from './connection-setup.entity';
import { Coupling } from './coupling.entity';
import { SyncJob, SyncJobError, SyncJobLease } from './sync-job.entity';
import { FullSyncLine, FullSyncRun } from './full-sync-run.entity';

/** Every table of the sync store. */
export const SYNC_ENTITIES = [TableMapping, FieldMapping, ConnectionSetup, Coupling, SyncJob, SyncJobError, SyncJobLease, FullSyncRun, FullSyncLine];
