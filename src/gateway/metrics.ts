import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, MetricObjectWithValues, MetricValue, Registry } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type { JobQueue } from '../sync/jobs/job-queue';

/** The `operation` label of a GraphQL request: its type, or `unknown` when it never parsed or named none. */
export type OperationLabel = 'query' | 'mutation' | 'subscription' | 'unknown';

/**
 * The Prometheus registry of one process (its own, so several gateways can share a process in
 * tests) with the series of the process itself: Node's defaults, HTTP requests, GraphQL
 * operations by type and result, and the job queue's counts. The sync engine adds its series to
 * the same registry (`src/sync/metrics/`).
 */
export function createMetrics(queue?: JobQueue) {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: 'tandem_' });
  // Gauges that prom-client names like counters (`promtool check metrics` refuses them); the
  // same figures stay available without the suffix (tandem_nodejs_active_handles...).
  for (const name of ['active_handles_total', 'active_requests_total', 'active_resources_total']) registry.removeSingleMetric(`tandem_nodejs_${name}`);
  if (queue) {
    new Gauge({
      name: 'tandem_queue_jobs',
      help: 'Jobs in the sync job queue by state (BullMQ: of all processes; in process: of this one)',
      labelNames: ['state'] as const,
      registers,
      async collect() {
        this.reset();
        try {
          for (const [state, n] of Object.entries(await queue.counts())) this.set({ state }, n);
        } catch {
          // Redis away: no counts this scrape; /readyz says why.
        }
      },
    });
  }
  const operations = new Counter({
    name: 'tandem_graphql_requests_total',
    help: 'GraphQL operations over HTTP and graphql-ws, by operation type and result (error: the response carried errors)',
    labelNames: ['operation', 'result'] as const,
    registers,
  });
  const sources: Array<() => Promise<MetricObjectWithValues<MetricValue<string>>[]>> = [];
  return {
    registry,
    /** Adds series kept elsewhere (the job thread's) to what /metrics answers. */
    addSource(source: () => Promise<MetricObjectWithValues<MetricValue<string>>[]>): void {
      sources.push(source);
    },
    /** The text /metrics answers: this registry's series, summed with those of every source (a silent source adds nothing this scrape). */
    async text(): Promise<string> {
      if (sources.length === 0) return registry.metrics();
      const parts = [await registry.getMetricsAsJSON(), ...(await Promise.all(sources.map((s) => s().catch(() => []))))];
      return AggregatorRegistry.aggregate(parts).metrics();
    },
    requests: new Counter({
      name: 'tandem_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['route', 'status'] as const,
      registers,
    }),
    duration: new Histogram({
      name: 'tandem_graphql_request_duration_seconds',
      help: 'Duration of GraphQL HTTP requests',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    /** Counts one GraphQL operation. */
    operation(operation: OperationLabel, ok: boolean): void {
      operations.inc({ operation, result: ok ? 'success' : 'error' });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * Counts every operation Apollo answers (HTTP requests, and queries and mutations sent over
 * graphql-ws, which go through Apollo too). Subscriptions are counted by the socket server.
 */
export function operationMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          metrics.operation(operation?.operation ?? 'unknown', !errors?.length);
        },
      };
    },
  };
}
