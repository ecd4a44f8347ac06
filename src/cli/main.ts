#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import pino from 'pino';
import { loadConfig } from '../shared/config';
import { startGateway } from '../gateway/app';
import { closeStores, openStores } from '../gateway/stores';
import { createServices } from '../gateway/app';
import { seedDemoData } from '../gateway/demo-data';
import { randomIds, systemClock } from '../shared/clock';
import { InMemoryEventBus } from '../shared/event-bus';

const program = new Command('tandem').description('Tandem: one GraphQL graph over an ERP and a CRM, kept in sync');

program
  .command('serve', { isDefault: true })
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
  // Configuration mistakes carry a message that says how to fix them; no stack needed.
  console.error(`tandem: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
