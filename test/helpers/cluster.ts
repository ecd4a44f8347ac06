import { randomUUID } from 'node:crypto';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { openStores, openSomeStores, closeStores } from '../../src/gateway/stores';
import { Coupling } from '../../src/sync/coupling.entity';
import { freshStoreLocation } from './store';
import { freePort, gqlAt, killHard, ServerProcess, spawnServer, spawnWorker } from './process';
import { poll } from './sync-engine';
import { REDIS_URL } from './redis';

/** `tandem serve` and `tandem worker` child processes over one fresh MariaDB store and one Redis namespace. */
export interface Cluster {
  location: ReturnType<typeof freshStoreLocation>;
  env: Record<string, string>;
  gateways: ServerProcess[];
  workers: Array<ServerProcess & { port: number }>;
  /** Starts one more worker (its ops server on a free port). */
  addWorker(extra?: Record<string, string>): Promise<ServerProcess & { port: number }>;
  /** A graphql-ws client of a gateway (dispose it). */
  ws(gateway: ServerProcess): Client;
  /** kill -9 of every process still running, then the store is dropped. */
  dispose(): Promise<void>;
}

/** Distinct ERP customers and CRM accounts (nothing to match), written straight into the store. */
export async function seedCustomers(location: ReturnType<typeof freshStoreLocation>, perSide: number, prefix = 'S'): Promise<void> {
  const stores = await openStores(location);
  try {
    const now = new Date();
    for (let i = 0; i < perSide; i += 500) {
      const n = Math.min(500, perSide - i);
      await stores.erp.getRepository('Customer').insert(
        Array.from({ length: n }, (_, j) => ({
          no: `${prefix}${String(i + j).padStart(6, '0')}`,
          name: `Scale customer ${i + j}`,
          creditLimit: '0',
          blocked: false,
          modifiedAt: now,
        })),
      );
      await stores.crm
        .getRepository('Account')
        .insert(Array.from({ length: n }, (_, j) => ({ id: randomUUID(), name: `Scale account ${i + j}`, state: 'ACTIVE', modifiedOn: now })));
    }
  } finally {
    await closeStores(stores);
  }
}

/** Every customer and account once, each coupled exactly once, nothing pending (the couplings in `syncLocation`'s store, when the sync store is elsewhere). */
export async function customersOnce(
  location: ReturnType<typeof freshStoreLocation>,
  syncLocation?: ReturnType<typeof freshStoreLocation>,
): Promise<{ customers: number; accounts: number; couplings: number; erpIds: number; crmIds: number; pending: number }> {
  const stores = syncLocation ? await openSomeStores(location, ['erp', 'crm']) : await openStores(location);
  const syncStores = syncLocation ? await openSomeStores(syncLocation, ['sync']) : stores;
  try {
    const couplings = await syncStores.sync!.getRepository(Coupling).findBy({ mapping: 'CUSTOMER' as never });
    return {
      customers: await stores.erp!.getRepository('Customer').count(),
      accounts: await stores.crm!.getRepository('Account').count(),
      couplings: couplings.length,
      erpIds: new Set(couplings.map((c) => c.erpId)).size,
      crmIds: new Set(couplings.map((c) => c.crmId)).size,
      pending: couplings.filter((c) => c.pending).length,
    };
  } finally {
    await closeStores(stores);
    if (syncStores !== stores) await closeStores(syncStores);
  }
}

/** A full sync run's status and its lines' two jobs, as the kill and stop tests read them. */
export const RUN_JOBS = `query($id: ID!) { fullSyncRun(id: $id) { status lines { toCrmJob { id status processed inserted failed message } fromCrmJob { id status processed inserted failed message } } } }`;

/**
 * Starts a one-line full sync of CUSTOMER at `startAt` and waits (reading it at `watchAt` every
 * 20 ms) until its first job has processed `processed` records: the moment the kill, stop and
 * outage tests strike. Answers the run's id and the run as RUN_JOBS read it then.
 */
export async function startRunUnderway(startAt: string, watchAt = startAt, processed = 1000, timeoutMs = 60_000): Promise<{ id: string; seen: any }> {
  const { runFullSynchronization: run } = await gqlAt(startAt, 'mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }');
  const seen = await poll(
    () => gqlAt(watchAt, RUN_JOBS, { id: run.id }),
    (x) => (x.fullSyncRun.lines[0].toCrmJob?.processed ?? 0) >= processed,
    'the first job under way',
    timeoutMs,
    20,
  );
  return { id: run.id, seen };
}

/**
 * Waits (over HTTP, at `url`) until a one-line full sync run is no longer RUNNING, then checks
 * that it SUCCEEDED with each of the line's jobs counting every one of `perSide` records once
 * (inserted and processed, none failed). Answers the run as RUN_JOBS reads it.
 */
export async function expectRunDoneOnce(url: string, runId: string, perSide: number, timeoutMs = 120_000): Promise<any> {
  const done = await poll(
    () => gqlAt(url, RUN_JOBS, { id: runId }),
    (x) => x.fullSyncRun.status !== 'RUNNING',
    'the run to finish',
    timeoutMs,
    100,
  );
  expect(done.fullSyncRun.status).toBe('SUCCEEDED');
  const line = done.fullSyncRun.lines[0];
  expect([line.toCrmJob.inserted, line.toCrmJob.processed, line.toCrmJob.failed]).toEqual([perSide, perSide, 0]);
  expect([line.fromCrmJob.inserted, line.fromCrmJob.processed, line.fromCrmJob.failed]).toEqual([perSide, perSide, 0]);
  return done;
}

/** customersOnce, expected: `perSide` customers and accounts each way, every one coupled once, nothing pending. */
export async function expectCustomersOnce(location: ReturnType<typeof freshStoreLocation>, perSide: number, syncLocation?: ReturnType<typeof freshStoreLocation>): Promise<void> {
  expect(await customersOnce(location, syncLocation)).toEqual({
    customers: 2 * perSide,
    accounts: 2 * perSide,
    couplings: 2 * perSide,
    erpIds: 2 * perSide,
    crmIds: 2 * perSide,
    pending: 0,
  });
}

/**
 * Starts gateways (TANDEM_RUN_JOBS=0: they only queue) and workers over a fresh store seeded by `seed`.
 * `databaseUrl` turns the store's URL into the one the processes get (e.g. through a proxy); the
 * seed and the checks on `location` keep using the store itself.
 */
export async function startCluster(options: {
  gateways: number;
  workers: number;
  seed?: (location: ReturnType<typeof freshStoreLocation>) => Promise<void>;
  env?: Record<string, string>;
  gatewayEnv?: Record<string, string>;
  databaseUrl?: (storeUrl: string) => string;
}): Promise<Cluster> {
  const location = freshStoreLocation();
  const env = {
    DATA_DIR: location.dataDir,
    DATABASE_URL: options.databaseUrl ? options.databaseUrl(location.databaseUrl!) : location.databaseUrl!,
    REDIS_URL,
    TANDEM_REDIS_NAMESPACE: `t${randomUUID().slice(0, 8)}`,
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const all: ServerProcess[] = [];
  const cluster: Cluster = {
    location,
    env,
    gateways: [],
    workers: [],
    async addWorker(extra = {}) {
      const port = await freePort();
      const w = Object.assign(await spawnWorker({ ...env, ...extra }, port), { port });
      all.push(w);
      cluster.workers.push(w);
      return w;
    },
    ws: (gateway) => createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true }),
    async dispose() {
      for (const p of all) await killHard(p);
      await location.dispose();
    },
  };
  try {
    // openStores migrates the fresh store before the seed writes into it.
    if (options.seed) await options.seed(location);
    for (let i = 0; i < options.gateways; i++) {
      const g = await spawnServer({ ...env, TANDEM_RUN_JOBS: '0', ...options.gatewayEnv }, await freePort());
      all.push(g);
      cluster.gateways.push(g);
    }
    for (let i = 0; i < options.workers; i++) await cluster.addWorker();
    return cluster;
  } catch (error) {
    await cluster.dispose();
    throw error;
  }
}
