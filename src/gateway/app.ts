import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { buildSchema, GraphQLSchema } from 'graphql';
import pino, { Logger } from 'pino';
import { Logger as TypeOrmLogger } from 'typeorm';
import { Config } from '../shared/config';
import { Clock, IdGenerator, randomIds, systemClock } from '../shared/clock';
import { EventBus, InMemoryEventBus } from '../shared/event-bus';
import { StoreName } from '../shared/db';
import { createErpServices } from '../erp';
import { createCrmServices } from '../crm';
import { createSyncServices, InProcessCrmConnector, InProcessErpConnector, startSyncWorkers } from '../sync';
import { InProcessJobQueue, JobQueue } from '../sync/jobs/job-queue';
import { inProcessErpDocuments } from '../sync/documents/erp-document.port';
import { RedisEventBus } from '../shared/redis-event-bus';
import { BullMqJobQueue } from '../sync/jobs/bullmq-queue';
import { closeStores, openStores, Stores } from './stores';
import { getSubgraphs, Subgraphs } from './subgraphs';
import { readSupergraph, schemaFiles } from './schema-files';
import { AllServices, GatewayContext } from './context';
import { MAX_TOKENS, queryLimitsPlugin } from './limits';
import { textInputPlugin } from './text-input';
import { formatGatewayError } from './errors';
import { createHttpHandler } from './http';
import { attachWebSocket } from './ws';
import { createMetrics } from './metrics';
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
  /** Per-store TypeORM loggers (tests count statements with them). */
  storeLoggers?: Partial<Record<StoreName, TypeOrmLogger>>;
}

/** A running gateway. */
export interface RunningGateway {
  url: string;
  wsUrl: string;
  port: number;
  services: AllServices;
  stores: Stores;
  /** The Apollo Server over the gateway (in-process execution, e.g. for benchmarks). */
  apollo: ApolloServer<GatewayContext>;
  close(): Promise<void>;
}

/** Builds the services of the three subgraphs over their stores and inserts the default setup rows. */
export async function createServices(stores: Stores, clock: Clock, ids: IdGenerator, bus: EventBus, queue: JobQueue = new InProcessJobQueue(), log?: Logger): Promise<AllServices> {
  const erp = createErpServices(stores.erp, clock, ids, bus);
  const crm = createCrmServices(stores.crm, clock, ids);
  const sync = createSyncServices({
    db: stores.sync, clock, ids, bus, queue, log, erpDocuments: inProcessErpDocuments(erp), erp: new InProcessErpConnector(stores.erp, clock, ids), crm: new InProcessCrmConnector(stores.crm, clock, ids),
  });
  await erp.noSeries.ensureDefaults(stores.erp.manager);
  await sync.mappings.ensureDefaults();
  await sync.setup.ensureDefaults();
  return { erp, crm, sync };
}

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
  return config.redisUrl ? new RedisEventBus(config.redisUrl, { onError: (err: Error, ctx: string) => log.error({ err }, ctx) }) : new InMemoryEventBus();
}

/** The job queue: BullMQ when REDIS_URL is set (any number of serve and worker processes), else in process. */
export function queueFor(config: Config, log: Logger, worker: boolean): JobQueue {
  return config.redisUrl
    ? new BullMqJobQueue(config.redisUrl, { concurrency: config.jobConcurrency, worker, onError: (err: Error, ctx: string) => log.error({ err }, ctx) })
    : new InProcessJobQueue(config.jobConcurrency);
}

/** Opens the stores, builds the federated graph and serves it over HTTP and graphql-ws. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config } = options;
  const log = options.log ?? pino({ level: config.logLevel });
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const bus = options.bus ?? busFor(config, log);
  const stores = await openStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }, options.storeLoggers);
  let server: Server | undefined;
  try {
    const queue = queueFor(config, log, true);
    const services = await createServices(stores, clock, ids, bus, queue, log);
    if (config.demoData && (await seedDemoData(services))) log.info('demo data seeded into the empty stores');
    await startSyncWorkers(services.sync, { embedded: !config.redisUrl, scheduler: options.scheduler ?? true });

    const subgraphs = await getSubgraphs();
    // @apollo/gateway otherwise starts an OpenTelemetry exporter that probes cloud metadata
    // addresses and reports to Apollo's servers: Tandem never phones home.
    process.env.APOLLO_TELEMETRY_DISABLED = 'true';
    const gateway = new ApolloGateway({
      supergraphSdl: supergraphOf(subgraphs),
      buildService: ({ name }) => new LocalGraphQLDataSource(subgraphs[name as keyof Subgraphs].schema),
    });
    // The API schema Apollo validates with, for graphql-ws to validate queries the same way
    // (composing it again on a first socket query would stall the server for a second).
    let apiSchema: GraphQLSchema | undefined;
    gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => (apiSchema = loaded));
    const logError = (detail: unknown) => log.error({ err: detail }, 'unexpected error');
    const apollo = new ApolloServer<GatewayContext>({
      gateway,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginUsageReportingDisabled(),
        ApolloServerPluginSchemaReportingDisabled(),
        queryLimitsPlugin(),
        textInputPlugin(),
      ],
      formatError: (formatted, error) => formatGatewayError(formatted, logError, error),
      // The parser stops past MAX_TOKENS: no validation rule ever sees a huge document.
      parseOptions: { maxTokens: MAX_TOKENS },
      logger: { debug: () => {}, info: () => {}, warn: (m) => log.warn(m), error: (m) => log.error(m) },
    });
    await apollo.start();
    const metrics = createMetrics();
    server = createServer(createHttpHandler({ config, apollo, services, stores, metrics }));
    const ws = attachWebSocket(server, {
      config, apollo, services, log: logError,
      subscriptionSchema: subgraphs.sync.schema,
      apiSchema: () => (apiSchema ??= buildSchema(schemaFiles(subgraphs)['api.graphql'])),
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(config.port, config.host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://${config.host}:${port}/graphql`;
    if (config.apiKeys.size === 0) log.warn(`no API keys configured (TANDEM_API_KEYS): only loopback clients are served`);
    log.info({ url, store: config.databaseUrl ? 'mysql' : `sqlite in ${config.dataDir}` }, 'Tandem gateway ready');
    const httpServer = server;
    return {
      url,
      wsUrl: url.replace(/^http/, 'ws'),
      port,
      services,
      stores,
      apollo,
      close: async () => {
        services.sync.scheduler.stop();
        await queue.close();
        await ws.close();
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
        await apollo.stop();
        await bus.close();
        await closeStores(stores);
      },
    };
  } catch (error) {
    server?.close();
    await closeStores(stores);
    throw error;
  }
}
