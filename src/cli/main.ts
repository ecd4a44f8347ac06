#!/usr/bin/env node
import 'reflect-metadata';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import pino from 'pino';
import { loadConfig } from '../shared/config';
import { busFor, queueFor, startGateway } from '../gateway/app';
import { startSyncWorkers } from '../sync';
import { InProcessJobQueue } from '../sync/jobs/job-queue';
import { SyncJobStatus, TableMappingName } from '../sync/enums';
import { closeStores, openStores } from '../gateway/stores';
import { createServices } from '../gateway/app';
import { seedDemoData } from '../gateway/demo-data';
import { randomIds, systemClock } from '../shared/clock';
import { InMemoryEventBus } from '../shared/event-bus';

/** Polls until `done` answers true. */
async function waitFor(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((r) => setTimeout(r, 200));
}

/** Exit code of a command line that cannot be run as written (unknown command, option or name). */
const EXIT_USAGE = 2;

const MAPPING_NAMES = Object.values(TableMappingName) as string[];

/** Parses one table mapping name (any letter case); unknown names are refused with the valid ones. */
export function parseMappingName(value: string, previous: TableMappingName[] = []): TableMappingName[] {
  const name = value.trim().toUpperCase();
  if (!MAPPING_NAMES.includes(name)) {
    throw new InvalidArgumentError(`unknown table mapping "${value}"; valid names: ${MAPPING_NAMES.join(', ')}`);
  }
  return [...previous, name as TableMappingName];
}

const program = new Command('tandem')
  .description('Tandem: one GraphQL graph over an ERP and a CRM, kept in sync')
  .showHelpAfterError('(run "tandem --help" for the commands and their options)')
  .exitOverride();

program
  .command('serve')
  .description('run the gateway (HTTP and graphql-ws on /graphql, /healthz, /readyz, /metrics)')
  .action(async () => {
    const config = loadConfig();
    const log = pino({ level: config.logLevel });
    const gateway = await startGateway({ config, log });
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: shutting down`);
      await gateway.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  });

program
  .command('worker')
  .description('run sync jobs from the BullMQ queue (needs REDIS_URL and a shared DATABASE_URL); no HTTP')
  .action(async () => {
    const config = loadConfig();
    if (!config.redisUrl) throw new Error('tandem worker needs REDIS_URL (the embedded default runs jobs inside tandem serve)');
    const log = pino({ level: config.logLevel });
    const stores = await openStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    const bus = busFor(config, log);
    const queue = queueFor(config, log, true);
    const services = await createServices(stores, systemClock, randomIds, bus, queue, log);
    await startSyncWorkers(services.sync, { embedded: false, scheduler: false });
    log.info('Tandem worker ready');
    const stop = async () => {
      await queue.close();
      await bus.close();
      await closeStores(stores);
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    process.on('SIGTERM', () => void stop());
  });

program
  .command('sync')
  .description('run a synchronization in this process and wait for it (incremental by default)')
  .option('--full', 'run a full synchronization instead')
  .option('-m, --mapping <names...>', `only these table mappings (${MAPPING_NAMES.join(', ')})`, parseMappingName)
  .action(async (opts: { full?: boolean; mapping?: TableMappingName[] }) => {
    const config = loadConfig();
    const log = pino({ level: config.logLevel });
    const stores = await openStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    const queue = new InProcessJobQueue(config.jobConcurrency);
    const services = await createServices(stores, systemClock, randomIds, new InMemoryEventBus(), queue, log);
    try {
      await startSyncWorkers(services.sync, { embedded: true, scheduler: false });
      const mappings = opts.mapping;
      if (opts.full) {
        const run = await services.sync.fullSync.start(mappings);
        await waitFor(async () => (await services.sync.jobs.run(run.id))!.status !== SyncJobStatus.RUNNING);
        console.log(`full synchronization ${(await services.sync.jobs.run(run.id))!.status}`);
      } else {
        const jobs = await services.sync.incremental.start(mappings);
        await waitFor(async () => (await Promise.all(jobs.map((j) => services.sync.jobs.get(j.id)))).every((j) => j && !['QUEUED', 'RUNNING'].includes(j.status)));
        for (const j of jobs) {
          const done = (await services.sync.jobs.get(j.id))!;
          console.log(`${done.mapping} ${done.direction}: ${done.status} processed ${done.processed}, inserted ${done.inserted}, modified ${done.modified}, failed ${done.failed}`);
        }
      }
    } finally {
      await queue.close();
      await closeStores(stores);
    }
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
      const services = await createServices(stores, systemClock, randomIds, new InMemoryEventBus());
      console.log((await seedDemoData(services)) ? 'demo data seeded' : 'stores are not empty: nothing seeded');
    } finally {
      await closeStores(stores);
    }
  });

program.parseAsync().catch((error) => {
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and --version are not failures.
    process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
  }
  // Configuration mistakes carry a message that says how to fix them; no stack needed.
  console.error(`tandem: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
