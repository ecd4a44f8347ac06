#!/usr/bin/env node
import 'reflect-metadata';
import { Command, CommanderError, Option } from 'commander';
import { Logger } from 'pino';
import { loadConfig, SUBGRAPH_NAMES, SubgraphName } from '../shared/config';
import { startSubgraphServer } from '../gateway/standalone';
import { createLogger } from '../shared/log';
import { within } from '../shared/within';
import { busFor, JOB_STOP_MS, queueFor, startGateway, startupFacts } from '../gateway/app';
import { createMetrics } from '../gateway/metrics';
import { Readiness } from '../gateway/health';
import { startOpsServer } from '../gateway/ops-server';
import { startSyncWorkers } from '../sync';
import { scheduleFor } from '../sync/incremental/bullmq-schedule';
import { closeStores, openSomeStores, openStores } from '../gateway/stores';
import { createSomeServices, storesFor } from '../gateway/services';
import { connectorProbes } from '../sync/connectors/graphql/remote-graphql';
import type { SyncServices } from '../sync';
import { createServices } from '../gateway/app';
import { seedDemoData } from '../gateway/demo-data';
import { orderedIds, systemClock } from '../shared/clock';
import { InMemoryEventBus } from '../shared/event-bus';
import { CliError, registerClientCommands } from './client';
import { printJson } from './client/output';

export { parseMappingName } from './client/args';

/** Exit code of a command line that cannot be run as written (unknown command, option or name). */
const EXIT_USAGE = 2;

const program = new Command('tandem')
  .description('Tandem: one GraphQL graph over an ERP and a CRM, kept in sync')
  .showHelpAfterError('(run "tandem --help" for the commands and their options)')
  .exitOverride()
  // Options belong to the command they follow (`orders convert --json`), as scripts expect.
  .enablePositionalOptions();

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

program
  .command('serve')
  .description('run the gateway (HTTP and graphql-ws on /graphql, the console on /, /livez, /readyz, /metrics)')
  .addOption(new Option('--subgraph <name>', 'serve one subgraph on its own at /graphql instead of the gateway (any Federation 2 router can compose it)').choices(SUBGRAPH_NAMES))
  .action(async (opts: { subgraph?: SubgraphName }) => {
    const config = loadConfig();
    const log = createLogger({ level: config.logLevel, format: config.logFormat });
    const gateway = opts.subgraph ? await startSubgraphServer({ config, log, name: opts.subgraph }) : await startGateway({ config, log });
    stopOnSignals(log, () => gateway.close());
  });

program
  .command('worker')
  .description('run sync jobs from the BullMQ queue (needs REDIS_URL and a shared DATABASE_URL); /metrics, /livez and /readyz on METRICS_PORT')
  .action(async () => {
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
  });

program
  .command('migrate')
  .description('create the databases if missing and run pending migrations, then exit')
  .action(async () => {
    const config = loadConfig();
    const stores = await openStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    await closeStores(stores);
    console.log('migrations: up to date');
  });

program
  .command('seed')
  .description('seed the demo data into empty stores, then exit')
  .action(async () => {
    const config = loadConfig();
    const stores = await openStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    try {
      const services = await createServices(stores, systemClock, orderedIds, new InMemoryEventBus());
      console.log((await seedDemoData(services)) ? 'demo data seeded' : 'stores are not empty: nothing seeded');
    } finally {
      await closeStores(stores);
    }
  });

registerClientCommands(program);

program.parseAsync().catch((error) => {
  if (error instanceof CliError) {
    // What a script needs: the code and the message on stderr (never a stack), and with --json
    // the same as the one JSON document on stdout.
    if (process.argv.includes('--json')) printJson({ error: { code: error.code, message: error.message } });
    console.error(`${error.code}: ${error.message}`);
    process.exit(error.exitCode);
  }
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and --version are not failures.
    process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
  }
  // Configuration mistakes carry a message that says how to fix them; no stack needed.
  console.error(`tandem: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
