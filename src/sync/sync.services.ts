import { DataSource, In } from 'typeorm';
import { SyncJob as SyncJobEntity } from './sync-job.entity';
import { SyncJobStatus, SyncJobType } from './enums';
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
import { Logger } from 'pino';
import { SyncJob } from './sync-job.entity';
import { JobQueue } from './jobs/job-queue';
import { PairSync } from './engine/pair-sync';
import { BulkCreate } from './engine/bulk-create';
import { MappingLock } from './jobs/mapping-lock';
import { JobRunner } from './jobs/job-runner';
import { JobLeases } from './jobs/job-lease';
import { LineParts } from './jobs/line-parts';
import { Passes } from './engine/passes';
import { FullSyncService } from './fullsync/full-sync.service';
import { IncrementalService } from './incremental/incremental.service';
import { ConflictService } from './coupling/conflict.service';
import { CancelService } from './jobs/cancel.service';
import { SyncScheduler } from './incremental/scheduler';
import { DocumentsService } from './documents/documents.service';
import { ErpDocumentPort } from './documents/erp-document.port';
import { DocumentPairing } from './documents/document-pairing';
import { Registry } from 'prom-client';
import { SyncMetrics } from './metrics/sync-metrics';
import { registerStoreGauges } from './metrics/store-gauges';

/** What the sync subgraph is built over. */
export interface SyncDeps {
  db: DataSource;
  clock: Clock;
  ids: IdGenerator;
  bus: EventBus;
  erp: ErpConnector;
  crm: CrmConnector;
  queue: JobQueue;
  erpDocuments: ErpDocumentPort;
  log?: Logger;
  /** Where the sync series go (the process's /metrics); default: a registry of their own. */
  registry?: Registry;
  /** Whether the store gauges (couplings, lag) go into `registry` (default true; a job thread leaves them to the API thread). */
  storeGauges?: boolean;
  /** Source records per part of a shared full pass (TANDEM_SYNC_PART_RECORDS; default 0: passes are not shared). */
  partRecords?: number;
}

/** The sync subgraph's services over its store and the two connectors. */
export function createSyncServices(deps: SyncDeps) {
  const mappings = new MappingService(deps.db, { erp: deps.erp, crm: deps.crm });
  const registry = deps.registry ?? new Registry();
  const metrics = new SyncMetrics(registry);
  if (deps.storeGauges !== false) registerStoreGauges(registry, deps.db, deps.clock);
  const recorder = new JobRecorder(deps.db, deps.clock, deps.ids, deps.bus, metrics);
  const couplingStore = new CouplingStore(deps.db, deps.clock, deps.ids);
  const records = new RecordSync(deps.erp, deps.crm, couplingStore, mappings);
  const match = new MatchService(deps.db, records, couplingStore, deps.erp, deps.crm, recorder);
  const pairs = new PairSync(records, couplingStore, deps.erp, deps.crm, recorder);
  const pairing = new DocumentPairing(records);
  const bulk = new BulkCreate(records, couplingStore, deps.erp, deps.crm, recorder);
  const lock = new MappingLock(deps.db, deps.clock);
  const leases = new JobLeases(deps.db, deps.clock);
  const parts = new LineParts(deps.db, deps.clock, deps.ids, recorder, deps.queue, leases, metrics, deps.partRecords ?? 0, deps.log);
  const runner = new JobRunner(deps.db, deps.clock, recorder, lock, leases, parts, new Passes(records, pairs, bulk, match), metrics, deps.log);
  const setup = new ConnectionSetupService(deps.db);
  const fullSync = new FullSyncService(deps.db, deps.clock, deps.ids, deps.bus, mappings, records, deps.erp, match, recorder, deps.queue);
  const incremental = new IncrementalService(deps.db, deps.clock, deps.ids, mappings, recorder, deps.queue);
  const afterJob = async (job: SyncJob) => {
    await fullSync.jobFinished(job);
    await incremental.jobFinished(job);
  };
  runner.onFinished(afterJob);
  return {
    ...deps,
    metrics,
    mappings,
    setup,
    couplings: new CouplingQueryService(deps.db),
    jobs: new SyncJobQueryService(deps.db),
    recorder,
    couplingStore,
    records,
    coupling: new CouplingService(deps.db, records, couplingStore, deps.crm, recorder, pairing),
    match,
    pairs,
    bulk,
    lock,
    leases,
    runner,
    fullSync,
    incremental,
    conflicts: new ConflictService(records, couplingStore, deps.erp, deps.crm),
    cancel: new CancelService(deps.db, recorder, afterJob),
    scheduler: new SyncScheduler(setup, incremental, deps.log),
    documents: new DocumentsService(records, deps.erpDocuments, recorder, deps.clock, deps.ids, pairing, metrics, deps.log),
  };
}

export type SyncServices = ReturnType<typeof createSyncServices>;

/**
 * Starts the job workers and picks up what a stopped process left: leases are freed (in the
 * embedded default no other process can hold one), SINGLE and MATCH_COUPLING jobs that were
 * running are marked FAILED (they ran inside a request that is gone), full sync runs and
 * incremental chains resume from their checkpoints. Then the schedule (startSyncSchedule).
 */
export async function startSyncWorkers(sync: SyncServices, opts: { embedded: boolean; scheduler: boolean }): Promise<void> {
  await startJobExecution(sync, opts);
  await startSyncSchedule(sync, opts);
}

/**
 * The job half of startSyncWorkers: what runs where the jobs run (the embedded default's job
 * thread, a `tandem worker`, or a gateway that runs its own jobs).
 */
export async function startJobExecution(sync: SyncServices, opts: { embedded: boolean; restarted?: boolean }): Promise<void> {
  // Only the embedded default knows it is alone: with Redis, other processes may hold leases and run jobs.
  if (opts.embedded) {
    await sync.lock.releaseAll();
    await sync.leases.releaseAll();
  }
  // A job thread started again after a crash: the SINGLE jobs running inside requests are alive.
  const interrupted =
    !opts.embedded || opts.restarted
      ? []
      : await sync.db.getRepository(SyncJobEntity).find({
          where: { status: In([SyncJobStatus.RUNNING, SyncJobStatus.QUEUED]), type: In([SyncJobType.SINGLE, SyncJobType.MATCH_COUPLING]) },
        });
  for (const job of interrupted) await sync.recorder.finish(job, SyncJobStatus.FAILED, 'Interrupted: the gateway stopped while this job ran');
  sync.queue.process((id) => sync.runner.run(id));
  await sync.fullSync.resume();
  await sync.incremental.resume();
}

/**
 * The gateway's half: automatic document conversion on ERP events and on every tick, and the
 * incremental schedule (when `scheduler`). It only queues jobs; they run wherever jobs run.
 */
export async function startSyncSchedule(sync: SyncServices, opts: { scheduler: boolean }): Promise<void> {
  sync.documents.listen(sync.bus);
  sync.scheduler.also(async () => sync.documents.runAutomatic(await sync.setup.get()));
  if (opts.scheduler) await sync.scheduler.start();
}
