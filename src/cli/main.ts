#!/usr/bin/env node
import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import pino from 'pino';
import { loadConfig } from '../shared/config';
import { busFor, queueFor, startGateway } from '../gateway/app';
import { startSyncWorkers } from '../sync';
import { closeStores, openStores } from '../gateway/stores';
import { createServices } from '../gateway/app';
import { seedDemoData } from '../gateway/demo-data';
import { randomIds, systemClock } from '../shared/clock';
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
