import { scheduleFor } from '../sync/incremental/bullmq-schedule';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { Logger } from 'pino';
import { Config, SubgraphName } from '../shared/config';
import { Clock, IdGenerator, orderedIds, systemClock } from '../shared/clock';
import { EventBus } from '../shared/event-bus';
import { StoreName } from '../shared/db';
import { startSyncWorkers } from '../sync';
import { createLogger } from '../shared/log';
import { within } from '../shared/within';
import { closeStores, openSomeStores, Stores } from './stores';
import { getSubgraphs } from './subgraphs';
import { AllServices, GatewayContext } from './context';
import { createHttpHandler } from './http';
import { sharedApolloOptions } from './apollo-options';
import { attachWebSocket } from './ws';
import { createMetrics } from './metrics';
import { Readiness } from './health';
import { busFor, JOB_STOP_MS, queueFor, REQUEST_STOP_MS, startupFacts } from './app';
import { createSomeServices, storesFor } from './services';
import { connectorProbes } from '../sync/connectors/graphql/remote-graphql';
import { seedDemoData } from './demo-data';

/**
 * The stores a standalone subgraph opens. The sync subgraph reaches ERP and CRM records through
 * connectors; the built-in ones work on the ERP and CRM stores in process, so unless it is given
 * GraphQL connectors (TANDEM_ERP_URL / TANDEM_CRM_URL) it opens those two stores too.
 */
export function standaloneStores(name: SubgraphName, connectors: Config['connectors'] = {}): StoreName[] {
  return storesFor([name], connectors);
}

/** A running standalone subgraph. */
export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  wsUrl: string;
  port: number;
  services: Partial<AllServices>;
  stores: Partial<Stores>;
  readiness: Readiness;
  close(): Promise<void>;
}

/** Options of a standalone subgraph (tests choose the clock, ids and bus). */
export interface SubgraphServerOptions {
  config: Config;
  name: SubgraphName;
  log?: Logger;
  clock?: Clock;
  ids?: IdGenerator;
  bus?: EventBus;
}

/**
 * `tandem serve --subgraph NAME`: one Federation 2 subgraph on its own, at /graphql (the sync
 * subgraph also over graphql-ws, for its subscriptions), with its own store, the same API keys,
 * Host/Origin guards and query limits as the gateway, and /livez, /readyz, /metrics. It answers
 * `_service { sdl }` and `_entities` for any Federation 2 router. The sync subgraph runs the sync
 * jobs and the schedule; with the built-in connectors it also opens the ERP and CRM stores.
 */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const { config, name } = options;
  const log = options.log ?? createLogger({ level: config.logLevel, format: config.logFormat });
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? orderedIds;
  const bus = options.bus ?? busFor(config, log);
  const stores = await openSomeStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }, standaloneStores(name, config.connectors));
  let server: Server | undefined;
  try {
    const queue = name === 'sync' ? queueFor(config, log, config.runJobs) : undefined;
    const metrics = createMetrics(queue);
    let schedule: ReturnType<typeof scheduleFor> | undefined;
    const services = await createSomeServices([name], stores, clock, ids, bus, {
      queue,
      log,
      registry: metrics.registry,
      connectors: config.connectors,
      partRecords: config.syncPartRecords,
    });
    if (name === 'sync') {
      const all = services as AllServices;
      if (all.erp && all.crm && config.demoData && (await seedDemoData(all))) log.info('demo data seeded into the empty stores');
      // With Redis one BullMQ job scheduler replaces the per-process timers (see BullMqSchedule).
      await startSyncWorkers(all.sync, { embedded: !config.redisUrl, scheduler: !config.redisUrl });
      schedule = scheduleFor(config, all.sync, config.runJobs, log);
      await schedule?.start();
    }
    const readiness = new Readiness(stores, config.redisUrl, {}, name === 'sync' ? connectorProbes(config.connectors) : {});
    const subgraph = (await getSubgraphs())[name];
    const logError = (detail: unknown) => log.error({ err: detail }, 'unexpected error');
    const apollo = new ApolloServer<GatewayContext>({ schema: subgraph.schema, ...sharedApolloOptions(log, metrics) });
    await apollo.start();
    server = createServer(createHttpHandler({ config, apollo, services, readiness, metrics, log, console: false }));
    // Only the sync subgraph has subscriptions; queries over its socket are its own, through Apollo.
    const ws =
      name === 'sync'
        ? attachWebSocket(server, {
            config,
            apollo,
            services,
            log: logError,
            countOperation: metrics.operation,
            subscriptionSchema: subgraph.schema,
            apiSchema: () => subgraph.schema,
          })
        : undefined;
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(config.port, config.host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://${config.host}:${port}/graphql`;
    if (config.apiKeys.size === 0) log.warn(`no API keys configured (TANDEM_API_KEYS): only loopback clients are served`);
    const { store, keys } = startupFacts(config);
    log.info({ url, subgraph: name, store, stores: Object.keys(stores).join(', '), keys }, `Tandem ${name} subgraph ready`);
    const httpServer = server;
    let closing: Promise<void> | undefined;
    const close = async () => {
      readiness.markStopping();
      const sync = (services as Partial<AllServices>).sync;
      if (sync) {
        sync.scheduler.stop();
        await schedule?.close();
        if (!(await within(Promise.all([sync.runner.stop(), queue!.close()]), JOB_STOP_MS))) {
          log.warn(`jobs did not hand back within ${JOB_STOP_MS} ms; they resume from their last checkpoint`);
        }
      }
      await bus.close();
      await ws?.close();
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      if (!(await within(stopped, REQUEST_STOP_MS))) httpServer.closeAllConnections();
      await stopped;
      await apollo.stop();
      await closeStores(stores);
    };
    return { name, url, wsUrl: url.replace(/^http/, 'ws'), port, services, stores, readiness, close: () => (closing ??= close()) };
  } catch (error) {
    server?.close();
    await closeStores(stores);
    throw error;
  }
}
