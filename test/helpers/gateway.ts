import pino, { Logger } from 'pino';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startGateway, RunningGateway } from '../../src/gateway/app';
import { loadConfig, Role } from '../../src/shared/config';
import { StatementCounter, StoreName } from '../../src/shared/db';
import { freshStoreLocation } from './store';
import type { EventBus } from '../../src/shared/event-bus';

/** A GraphQL response as the tests read it. */
export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

/** A gateway started for one test, on a fresh store, with helpers to call it. */
export interface TestGateway extends RunningGateway {
  counters: Record<StoreName, StatementCounter>;
  location: ReturnType<typeof freshStoreLocation>;
  /** POSTs an operation; `key` is sent as a Bearer API key. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GqlResult<T>>;
  /** Like gql, but fails the test when the response has errors. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, key?: string): Promise<T>;
  /** The error code of the first error (fails when there is none). */
  code(query: string, variables?: Record<string, unknown>, key?: string): Promise<string>;
  /** A graphql-ws client (dispose it). */
  ws(key?: string): Client;
  stop(): Promise<void>;
}

/** Options of a test gateway. */
export interface TestGatewayOptions {
  demoData?: boolean;
  apiKeys?: Partial<Record<Role, string>>;
  /** The event bus (default: in memory); two gateways over one store can share a Redis bus. */
  bus?: EventBus;
  /** Reuse the stores of an earlier gateway (restart tests). */
  location?: ReturnType<typeof freshStoreLocation>;
  /**
   * Sync jobs on their own worker thread, as `tandem serve` runs them (default false: on the test's
   * thread, where statement counters and the scheduler can be reached).
   */
  jobThread?: boolean;
  /** More environment for loadConfig (TANDEM_ALLOWED_ORIGINS, TANDEM_ALLOWED_HOSTS, ...). */
  env?: Record<string, string>;
  /** The gateway's logger (default: silent). */
  log?: Logger;
}

/** Starts the real gateway on 127.0.0.1 and a random port over a fresh store. */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const location = options.location ?? freshStoreLocation();
  const keys = Object.entries(options.apiKeys ?? {})
    .map(([role, key]) => `${role}:${key}`)
    .join(',');
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: location.dataDir,
    DATABASE_URL: location.databaseUrl,
    TANDEM_API_KEYS: keys,
    TANDEM_DEMO_DATA: options.demoData ? '1' : '0',
    // What a job thread logs (the test's own logger is silent).
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const counters = { erp: new StatementCounter(), crm: new StatementCounter(), sync: new StatementCounter() };
  const running = await startGateway({ config, log: options.log ?? pino({ level: 'silent' }), storeLoggers: counters, bus: options.bus, jobThread: options.jobThread ?? false });
  const gql = async (query: string, variables?: Record<string, unknown>, key?: string): Promise<GqlResult> => {
    const res = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
  return {
    ...running,
    counters,
    location,
    gql,
    async ok(query, variables, key) {
      const r = await gql(query, variables, key);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data;
    },
    async code(query, variables, key) {
      const r = await gql(query, variables, key);
      if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
      return r.errors[0].extensions?.code;
    },
    ws: (key?: string) =>
      createClient({
        url: running.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        connectionParams: key ? { authorization: `Bearer ${key}` } : {},
      }),
    async stop() {
      await running.close();
      if (!options.location) await location.dispose();
    },
  };
}
