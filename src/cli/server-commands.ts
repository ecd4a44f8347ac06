import { Logger } from 'pino';
import { loadConfig, SubgraphName } from '../shared/config';
import { startSubgraphServer } from '../gateway/standalone';
import { createLogger } from '../shared/log';
import { within } from '../shared/within';
import { busFor, createServices, JOB_STOP_MS, queueFor, startGateway, startupFacts } from '../gateway/app';
import { createMetrics } from '../gateway/metrics';
import { Readiness } from '../gateway/health';
import { startOpsServer } from '../gateway/ops-server';
import { startSyncWorkers } from '../sync';
import { scheduleFor } from '../sync/incremental/bullmq-schedule';
import { closeStores, openSomeStores, openStores } from '../gateway/stores';
import { createSomeServices, storesFor } from '../gateway/services';
import { connectorProbes } from '../sync/connectors/graphql/remote-graphql';
import type { SyncServices } from '../sync';
import { seedDemoData } from '../gateway/demo-data';
import { orderedIds, systemClock } from '../shared/clock';
import { InMemoryEventBus } from '../shared/event-bus';

// The commands that run Tandem itself (serve, worker, migrate, seed), loaded only when one of
// them runs (main.ts): the client commands of scripts start without the gateway's modules
// (about a second of loading per call).

/** A process asked to stop exits within this, whatever is still running (checkpoints make that safe). */
const STOP_DEADLINE_MS = 9000;

/**
 * On SIGTERM or SIGINT: `stop` once, then exit 0; a second signal, or a stop that outlasts
 * STOP_DEADLINE_MS, exits at once (1) — jobs resume from their last checkpoint either way.
 */
function stopOnSignals(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    const started = Date.now();
    log.info({ signal }, 'stopping: not ready any more; running jobs checkpoint and hand back');
    setTimeout(() => {
      log.error(`not stopped within ${STOP_DEADLINE_MS} ms: exiting; jobs resume from their last checkpoint`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    try {
      await stop();
      log.info({ ms: Date.now() - started }, 'stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error, ms: Date.now() - started }, 'stopped with an error');
      process.exit(1);
    }
  };
  process.on('SIGINT', (s) => void onSignal(s));
  process.on('SIGTERM', (s) => void onSignal(s));
}

/** `tandem serve`: the gateway, or one subgraph on its own. */
export async function serve(opts: { subgraph?: SubgraphName }): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const gateway = opts.subgraph ? await startSubgraphServer({ config, log, name: opts.subgraph }) : await startGateway({ config, log });
  stopOnSignals(log, () => gateway.close());
}

/** `tandem worker`: sync jobs from the BullMQ queue. */
export async function worker(): Promise<void> {
  const config = loadConfig();
  if (!config.redisUrl) throw new Error('tandem worker needs REDIS_URL (the embedded default runs jobs inside tandem serve)');
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const stores = await openSomeStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }, storesFor(['sync'], config.connectors));
  const bus = busFor(config, log);
  const queue = queueFor(config, log, true);
  const metrics = createMetrics(queue);
  const services = (await createSomeServices(['sync'], stores, systemClock, orderedIds, bus, {
    queue,
    log,
    registry: metrics.registry,
    connectors: config.connectors,
    partRecords: config.syncPartRecords,
  })) as {
    sync: SyncServices;
  };
  const readiness = new Readiness(stores, config.redisUrl, {}, connectorProbes(config.connectors));
  await startSyncWorkers(services.sync, { embedded: false, scheduler: false });
  // Workers take the scheduled ticks of the deployment's one schedule (and upsert it, as every process does).
  const schedule = scheduleFor(config, services.sync, true, log);
  await schedule?.start();
  const ops = config.metricsPort === undefined ? undefined : await startOpsServer(config, config.metricsPort, metrics.registry, readiness);
  const { store, queue: queueFact, bus: busFact, keys } = startupFacts(config);
  log.info({ store, queue: queueFact, bus: busFact, keys, metrics: ops ? `${ops.url}/metrics` : 'none (METRICS_PORT unset)' }, 'Tandem worker ready');
  stopOnSignals(log, async () => {
    readiness.markStopping();
    await schedule?.close();
    // Running jobs end their chunk, checkpoint and go back to the queue for another worker.
    if (!(await within(Promise.all([services.sync.runner.stop(), queue.close()]), JOB_STOP_MS))) {
      log.warn(`jobs did not hand back within ${JOB_STOP_MS} ms; they resume from their last checkpoint`);
    }
    await bus.close();
    await ops?.close();
    await closeStores(stores);
  });
}

/** `tandem migrate`: the stores created and migrated. */
export async function migrate(): Promise<void> {
  const config = loadConfig();
  const stores = await openStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  await closeStores(stores);
  console.log('migrations: up to date');
}

/** `tandem seed`: the demo data, into empty stores. */
export async function seed(): Promise<void> {
  const config = loadConfig();
  const stores = await openStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const services = await createServices(stores, systemClock, orderedIds, new InMemoryEventBus());
    console.log((await seedDemoData(services)) ? 'demo data seeded' : 'stores are not empty: nothing seeded');
  } finally {
    await closeStores(stores);
  }
}
