import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { buildSchema, GraphQLSchema } from 'graphql';
import { Logger } from 'pino';
import { Logger as TypeOrmLogger } from 'typeorm';
import { Config, SUBGRAPH_NAMES } from '../shared/config';
import { Clock, IdGenerator, orderedIds, systemClock } from '../shared/clock';
import { EventBus, InMemoryEventBus } from '../shared/event-bus';
import { StoreName } from '../shared/db';
import { startSyncWorkers } from '../sync';
import { startSyncSchedule } from '../sync/sync.services';
import { ThreadJobQueue } from '../sync/jobs/thread/thread-job-queue';
import { InProcessJobQueue, JobQueue } from '../sync/jobs/job-queue';
import { scheduleFor } from '../sync/incremental/bullmq-schedule';
import { RedisEventBus } from '../shared/redis-event-bus';
import { BullMqJobQueue } from '../sync/jobs/bullmq-queue';
import { closeStores, openSomeStores, Stores } from './stores';
import { checkRemoteSubgraphs, ForwardingDataSource, remoteProbes, remoteSubscriber } from './remote-subgraphs';
import { getSubgraphs, Subgraphs } from './subgraphs';
import { CachedLocalDataSource } from './cached-local-data-source';
import { DirectExecution, ExecutionCounts } from './direct-execution';
import { readSupergraph, schemaFiles } from './schema-files';
import { AllServices, GatewayContext } from './context';
import { createSomeServices, storesFor } from './services';
import { connectorProbes } from '../sync/connectors/graphql/remote-graphql';

export { createServices } from './services';
import { createHttpHandler } from './http';
import { sharedApolloOptions } from './apollo-options';
import { attachWebSocket } from './ws';
import { createMetrics } from './metrics';
import { Readiness } from './health';
import { createLogger, describeUrl } from '../shared/log';
import { within } from '../shared/within';
import { seedDemoData } from './demo-data';

/** Optional parts a caller (a test, the CLI) may choose instead of the defaults. */
export interface GatewayOptions {
  config: Config;
  clock?: Clock;
  ids?: IdGenerator;
  bus?: EventBus;
  log?: Logger;
  /** Whether the incremental scheduler runs (default true). */
  scheduler?: boolean;
  /**
   * Without Redis, whether sync jobs run in their own worker thread (default: `config.jobThread`).
   * Never with an injected clock or ids: those cannot cross to another thread.
   */
  jobThread?: boolean;
  /** Per-store TypeORM loggers (tests count statements with them). */
  storeLoggers?: Partial<Record<StoreName, TypeOrmLogger>>;
}

/** A running gateway. */
export interface RunningGateway {
  url: string;
  wsUrl: string;
  port: number;
  /** The services of the in-process subgraphs (all three unless TANDEM_SUBGRAPHS names some). */
  services: AllServices;
  stores: Stores;
  readiness: Readiness;
  /** The Apollo Server over the gateway (in-process execution, e.g. for benchmarks). */
  apollo: ApolloServer<GatewayContext>;
  /** Operations run directly on one subgraph, on the merged schema and through the gateway's plans (tests check the route). */
  executions: ExecutionCounts;
  /** Stops gracefully: not ready at once, jobs handed back at a chunk's end, subscriptions completed, stores closed. */
  close(): Promise<void>;
}

/** The job thread's entry module, beside this one (.js when built, .ts under ts-node and jest). */
const JOB_THREAD_SCRIPT = join(__dirname, `job-thread${extname(__filename)}`);

/** SQLite page cache of each API-thread connection when jobs run on their own thread, in MB. */
const API_CACHE_MB = 4;

/** How long a stop waits for running jobs to reach the end of their chunk and hand back. */
export const JOB_STOP_MS = 5000;
/** How long a stop lets requests in flight finish before their connections are closed. */
export const REQUEST_STOP_MS = 1000;

function supergraphOf(subgraphs: Subgraphs): string {
  try {
    return readSupergraph();
  } catch {
    // No committed schema/ (a fresh build before `npm run schema`): compose in memory.
    return schemaFiles(subgraphs)['supergraph.graphql'];
  }
}

/** The event bus: Redis pub/sub when REDIS_URL is set (scale-out), else in memory. */
export function busFor(config: Config, log: Logger): EventBus {
  return config.redisUrl
    ? new RedisEventBus(config.redisUrl, { namespace: config.redisNamespace, onError: (err: Error, ctx: string) => log.error({ err }, ctx) })
    : new InMemoryEventBus();
}

/** The job queue: BullMQ when REDIS_URL is set (any number of serve and worker processes), else in process. */
export function queueFor(config: Config, log: Logger, worker: boolean): JobQueue {
  return config.redisUrl
    ? new BullMqJobQueue(config.redisUrl, {
        concurrency: config.jobConcurrency,
        worker,
        prefix: config.redisNamespace ? `tandem:${config.redisNamespace}` : undefined,
        onError: (err: Error, ctx: string) => log.error({ err }, ctx),
      })
    : new InProcessJobQueue(config.jobConcurrency);
}

/** What a start-up line says about where things are (never a password or key). */
export function startupFacts(config: Config): Record<string, string> {
  const keys = [...config.apiKeys.values()];
  const count = (role: string) => keys.filter((r) => r === role).length;
  return {
    store: config.databaseUrl ? `mariadb ${describeUrl(config.databaseUrl)}` : `sqlite ${config.dataDir}`,
    queue: config.redisUrl
      ? `bullmq ${describeUrl(config.redisUrl)}${config.redisNamespace ? ` namespace ${config.redisNamespace}` : ''}${config.runJobs ? '' : ', jobs left to workers'}`
      : config.jobThread
        ? 'in process, jobs on their own thread'
        : 'in process',
    bus: config.redisUrl ? `redis ${describeUrl(config.redisUrl)}` : 'in memory',
    keys: keys.length === 0 ? 'none: loopback clients only' : `${keys.length} (admin ${count('admin')}, operator ${count('operator')}, viewer ${count('viewer')})`,
  };
}

/** Opens the stores, builds the federated graph and serves it over HTTP and graphql-ws. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config } = options;
  const log = options.log ?? createLogger({ level: config.logLevel, format: config.logFormat });
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? orderedIds;
  const bus = options.bus ?? busFor(config, log);
  // TANDEM_SUBGRAPHS: those are reached over HTTP (remote-subgraphs.ts); the rest run here on their stores.
  const remote = config.remoteSubgraphs;
  const local = SUBGRAPH_NAMES.filter((n) => !remote[n]);
  const threaded = !config.redisUrl && !remote.sync && (options.jobThread ?? config.jobThread) && !options.clock && !options.ids;
  // With the bulk writes on the job thread, the API thread's connections need little page cache.
  const location = { dataDir: config.dataDir, databaseUrl: config.databaseUrl, sqliteCacheMb: threaded ? API_CACHE_MB : undefined };
  const stores = (await openSomeStores(location, storesFor(local, config.connectors), options.storeLoggers)) as Stores;
  let server: Server | undefined;
  try {
    const thread = threaded ? new ThreadJobQueue({ script: JOB_THREAD_SCRIPT, data: { config }, bus, log }) : undefined;
    const queue = thread ?? (remote.sync ? new InProcessJobQueue() : queueFor(config, log, config.runJobs));
    const metrics = createMetrics(remote.sync ? undefined : queue);
    const services = (await createSomeServices(local, stores, clock, ids, bus, {
      queue,
      log,
      registry: metrics.registry,
      connectors: config.connectors,
      partRecords: config.syncPartRecords,
    })) as AllServices;
    const readiness = new Readiness(stores, config.redisUrl, remoteProbes(remote), {
      ...(thread ? { 'job thread': () => thread.ping() } : {}),
      ...(local.includes('sync') ? connectorProbes(config.connectors) : {}),
    });
    if (local.length === 3 && services.erp && services.crm && config.demoData && (await seedDemoData(services))) log.info('demo data seeded into the empty stores');
    // With Redis one BullMQ job scheduler replaces the per-process timers (see BullMqSchedule).
    const scheduler = (options.scheduler ?? true) && !config.redisUrl;
    let schedule: ReturnType<typeof scheduleFor> | undefined;
    if (services.sync) {
      if (thread) {
        // After the migrations and the setup rows: the thread opens stores that are ready.
        await thread.start();
        metrics.addSource(() => thread.metrics());
        await startSyncSchedule(services.sync, { scheduler });
      } else await startSyncWorkers(services.sync, { embedded: !config.redisUrl, scheduler });
      schedule = (options.scheduler ?? true) ? scheduleFor(config, services.sync, config.runJobs, log) : undefined;
      await schedule?.start();
    }

    const subgraphs = await getSubgraphs();
    const supergraphSdl = supergraphOf(subgraphs);
    if (local.length < 3) {
      const { unreachable } = await checkRemoteSubgraphs(config, subgraphs, supergraphSdl);
      for (const what of unreachable) log.warn(`remote subgraph not checked at start: ${what}`);
    }
    // @apollo/gateway otherwise starts an OpenTelemetry exporter that probes cloud metadata
    // addresses and reports to Apollo's servers: Tandem never phones home.
    process.env.APOLLO_TELEMETRY_DISABLED = 'true';
    const planned = new ApolloGateway({
      supergraphSdl,
      buildService: ({ name }) => {
        const url = remote[name as keyof Subgraphs];
        return url ? new ForwardingDataSource(name, url) : new CachedLocalDataSource(subgraphs[name as keyof Subgraphs].schema);
      },
      // A client header would otherwise have the plan (subgraph operations) printed into the response.
      __exposeQueryPlanExperimental: false,
    });
    // Single-subgraph operations run on their subgraph directly, operations across the local
    // subgraphs on their merged schema; the rest through the gateway's plans.
    // (only subgraphs served here: a remote one is always reached through the plan)
    const gateway = new DirectExecution(planned, supergraphSdl, Object.fromEntries(local.map((n) => [n, subgraphs[n].schema])), config.mergedExecution);
    // The API schema Apollo validates with, for graphql-ws to validate queries the same way
    // (composing it again on a first socket query would stall the server for a second).
    let apiSchema: GraphQLSchema | undefined;
    planned.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => (apiSchema = loaded));
    const logError = (detail: unknown) => log.error({ err: detail }, 'unexpected error');
    const apollo = new ApolloServer<GatewayContext>({ gateway, ...sharedApolloOptions(log, metrics) });
    await apollo.start();
    // All three served here, yet their schemas could not be merged: say why (operations still run, through the plans).
    if (config.mergedExecution && local.length === 3 && gateway.mergedOff) log.warn(`operations across subgraphs go through query plans: ${gateway.mergedOff}`);
    server = createServer(createHttpHandler({ config, apollo, services, readiness, metrics, log }));
    const ws = attachWebSocket(server, {
      config,
      apollo,
      services,
      log: logError,
      countOperation: metrics.operation,
      subscriptionSchema: subgraphs.sync.schema,
      remoteSubscribe: remote.sync ? remoteSubscriber(remote.sync) : undefined,
      apiSchema: () => (apiSchema ??= buildSchema(schemaFiles(subgraphs)['api.graphql'])),
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(config.port, config.host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://${config.host}:${port}/graphql`;
    if (config.apiKeys.size === 0) log.warn(`no API keys configured (TANDEM_API_KEYS): only loopback clients are served`);
    log.info({ url, ...startupFacts(config), ...(local.length < 3 && { remote: Object.keys(remote).join(', ') }) }, 'Tandem gateway ready');
    const httpServer = server;
    let closing: Promise<void> | undefined;
    const close = async () => {
      readiness.markStopping();
      services.sync?.scheduler.stop();
      await schedule?.close();
      // Running jobs end their chunk, checkpoint and hand back; the queue takes no new ones.
      if (!(await within(Promise.all([services.sync?.runner.stop(), queue.close()]), JOB_STOP_MS))) {
        log.warn(`jobs did not hand back within ${JOB_STOP_MS} ms; they resume from their last checkpoint`);
      }
      // The bus first: every subscription's stream ends, so each client gets its "complete".
      await bus.close();
      await ws.close();
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      if (!(await within(stopped, REQUEST_STOP_MS))) httpServer.closeAllConnections();
      await stopped;
      await apollo.stop();
      await closeStores(stores);
    };
    return {
      url,
      wsUrl: url.replace(/^http/, 'ws'),
      port,
      services,
      stores,
      readiness,
      apollo,
      executions: gateway.counts,
      close: () => (closing ??= close()),
    };
  } catch (error) {
    server?.close();
    await closeStores(stores);
    throw error;
  }
}
