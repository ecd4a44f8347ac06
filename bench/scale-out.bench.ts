import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Redis } from 'ioredis';
import { freePort, gqlAt, killHard, ServerProcess, spawnServer, spawnWorker } from '../test/helpers/process';
import { mariadbStore, median, seed, withStores } from './full-sync.bench';
import { printTable } from './harness';

/*
 * `npm run bench -- scale-out`: tandem serve + tandem worker processes over one MariaDB and one Redis.
 *  1. a full sync of N + N customers/accounts (SCALE_OUT_RECORDS, default 100 000) with 1, 2 and 4 workers,
 *     the line shared as parts of 10,000 records (the default with Redis), and with 2 workers unshared;
 *  2. the time from SIGKILL of the worker running a line to the job running on another one, unshared,
 *     and for a shared line to the dead worker's parts being taken over (SCALE_OUT_TRIALS);
 *  3. SCALE_OUT_CLIENTS (default 1000) graphql-ws clients across two gateways following one run:
 *     events delivered, and the lag from publish (as a Redis subscriber in this process hears it) to client.
 */

const REDIS_URL = process.env.TANDEM_TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const RUN = `query($id: ID!) { fullSyncRun(id: $id) { status lines { toCrmJob { id status processed } fromCrmJob { id status processed } } } }`;
const START = 'mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }';

interface Deployment {
  gateways: ServerProcess[];
  workers: Array<ServerProcess & { port: number }>;
  namespace: string;
  stop(): Promise<void>;
}

async function deploy(env: Record<string, string>, gateways: number, workers: number): Promise<Deployment> {
  const namespace = `b${randomUUID().slice(0, 8)}`;
  const all = { ...env, REDIS_URL, TANDEM_REDIS_NAMESPACE: namespace, LOG_LEVEL: 'warn' };
  const d: Deployment = { gateways: [], workers: [], namespace, stop: async () => undefined };
  d.stop = async () => {
    for (const p of [...d.gateways, ...d.workers]) await killHard(p);
  };
  for (let i = 0; i < gateways; i++) d.gateways.push(await spawnServer({ ...all, TANDEM_RUN_JOBS: '0' }, await freePort(), 120_000));
  for (let i = 0; i < workers; i++) {
    const port = await freePort();
    d.workers.push(Object.assign(await spawnWorker(all, port, 120_000), { port }));
  }
  return d;
}

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number, everyMs = 50): Promise<T> {
  for (const end = Date.now() + timeoutMs; ; await new Promise((r) => setTimeout(r, everyMs))) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last: ${JSON.stringify(v)}`);
  }
}

/** Records per part of a shared line (TANDEM_SYNC_PART_RECORDS): the default with Redis, or 0 (unshared). */
type Parts = 'default' | 0;
const partsEnv = (parts: Parts): Record<string, string> => (parts === 0 ? { TANDEM_SYNC_PART_RECORDS: '0' } : {});

/** One full sync of n + n records with `workers` workers: records/s over the whole run. */
async function throughput(n: number, workers: number, parts: Parts): Promise<Array<string | number>> {
  const store = mariadbStore();
  try {
    await withStores(store, (stores) => seed(stores, n));
    const d = await deploy({ ...store.env, ...partsEnv(parts) }, 1, workers);
    try {
      const t0 = Date.now();
      const { runFullSynchronization: run } = await gqlAt(d.gateways[0].url, START);
      const done = await until(
        () => gqlAt(d.gateways[0].url, RUN, { id: run.id }),
        (x) => x.fullSyncRun.status !== 'RUNNING',
        3_600_000,
        250,
      );
      const seconds = (Date.now() - t0) / 1000;
      if (done.fullSyncRun.status !== 'SUCCEEDED') throw new Error(`run ended ${done.fullSyncRun.status}`);
      return [workers, parts === 0 ? 'no' : 'parts of 10,000', 2 * n, seconds, (2 * n) / seconds];
    } finally {
      await d.stop();
    }
  } finally {
    await store.dispose();
  }
}

/** SIGKILL of the worker running the (unshared) line at ~30 %: ms until the job's counters move on another worker. */
async function takeover(n: number): Promise<number> {
  const store = mariadbStore();
  try {
    await withStores(store, (stores) => seed(stores, n));
    const d = await deploy({ ...store.env, ...partsEnv(0) }, 1, 2);
    try {
      const url = d.gateways[0].url;
      const { runFullSynchronization: run } = await gqlAt(url, START);
      const at = await until(
        () => gqlAt(url, RUN, { id: run.id }),
        (x) => (x.fullSyncRun.lines[0].toCrmJob?.processed ?? 0) >= 0.3 * n,
        600_000,
        20,
      );
      const running = await Promise.all(
        d.workers.map(async (w) => /tandem_sync_jobs_running(?:\{[^}]*\})? 1\b/.test(await (await fetch(`http://127.0.0.1:${w.port}/metrics`)).text())),
      );
      const victim = d.workers[running.indexOf(true)];
      if (!victim) throw new Error('no worker says it runs the job');
      const seen = at.fullSyncRun.lines[0].toCrmJob.processed;
      const t0 = Date.now();
      await killHard(victim);
      // Running elsewhere: the counters move past the last value the dead worker published.
      await until(
        () => gqlAt(url, RUN, { id: run.id }),
        (x) => x.fullSyncRun.lines[0].toCrmJob.processed > seen || x.fullSyncRun.status !== 'RUNNING',
        120_000,
        20,
      );
      return Date.now() - t0;
    } finally {
      await d.stop();
    }
  } finally {
    await store.dispose();
  }
}

/**
 * SIGKILL of one of two workers sharing a line (parts of n / 10 records) at ~30 %: ms until the
 * last part the dead worker held has a new holder (read from sync_job_lease in the store: a part
 * whose holder changes was the dead worker's; the survivor's keep theirs).
 */
async function partTakeover(n: number): Promise<number> {
  const store = mariadbStore();
  try {
    await withStores(store, (stores) => seed(stores, n));
    const d = await deploy({ ...store.env, TANDEM_SYNC_PART_RECORDS: String(Math.ceil(n / 10)) }, 1, 2);
    try {
      const url = d.gateways[0].url;
      const { runFullSynchronization: run } = await gqlAt(url, START);
      await until(
        () => gqlAt(url, RUN, { id: run.id }),
        (x) => (x.fullSyncRun.lines[0].toCrmJob?.processed ?? 0) >= 0.3 * n,
        600_000,
        20,
      );
      return await withStores(store, async (stores) => {
        const leases = async () =>
          new Map(((await stores.sync.query('SELECT jobId, holder FROM sync_job_lease')) as Array<{ jobId: string; holder: string }>).map((r) => [r.jobId, r.holder]));
        const before = await leases();
        const t0 = Date.now();
        await killHard(d.workers[0]);
        const taken = new Map<string, number>();
        // Until the pass ends: every part the dead worker held is taken over before that.
        for (let done = false; !done; await new Promise((r) => setTimeout(r, 20))) {
          const now = await leases();
          for (const [jobId, holder] of before) {
            const current = now.get(jobId);
            if (current && current !== holder && !taken.has(jobId)) taken.set(jobId, Date.now() - t0);
          }
          const x = await gqlAt(url, RUN, { id: run.id });
          done = x.fullSyncRun.lines[0].toCrmJob.status !== 'RUNNING';
        }
        if (taken.size === 0) throw new Error('no part of the killed worker was taken over');
        return Math.max(...taken.values());
      });
    } finally {
      await d.stop();
    }
  } finally {
    await store.dispose();
  }
}

/** `clients` graphql-ws followers across two gateways of one run: events delivered and publish-to-client lag. */
async function followers(n: number, clients: number): Promise<Array<string | number>> {
  const store = mariadbStore();
  const redis = new Redis(REDIS_URL);
  try {
    await withStores(store, (stores) => seed(stores, n));
    const d = await deploy(store.env, 2, 2);
    const sockets: Client[] = [];
    try {
      // When the bus carried each job state: a subscriber of the jobs channel in this process.
      const published = new Map<string, number>();
      await redis.subscribe(`tandem:${d.namespace}:sync.jobs`);
      redis.on('message', (_c, message) => {
        const j = JSON.parse(message) as { id: string; processed: number; status: string };
        const key = `${j.id}|${j.processed}|${j.status}`;
        if (!published.has(key)) published.set(key, Date.now());
      });
      // The followers subscribe right after the start: each one's first event is its snapshot.
      const { runFullSynchronization: run } = await gqlAt(d.gateways[0].url, START);
      const lags: number[] = [];
      let delivered = 0;
      let completed = 0;
      const allDone = new Promise<void>((resolve) => {
        for (let i = 0; i < clients; i++) {
          const gw = d.gateways[i % 2];
          const c = createClient({ url: gw.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
          sockets.push(c);
          const last: Record<string, string> = {};
          // The first event is the snapshot (states published before the client came): not timed.
          let first = true;
          c.subscribe(
            {
              query: `subscription($id: ID!) { fullSyncProgress(runId: $id) { status lines { toCrmJob { id status processed } fromCrmJob { id status processed } } } }`,
              variables: { id: run.id },
            },
            {
              next: (v) => {
                const now = Date.now();
                delivered++;
                const line = (v.data as { fullSyncProgress: { lines: Array<Record<string, { id: string; status: string; processed: number } | null>> } }).fullSyncProgress.lines[0];
                // The job whose state changed since this client's previous event: its publish time.
                for (const f of ['toCrmJob', 'fromCrmJob']) {
                  const j = line[f];
                  if (!j) continue;
                  const key = `${j.id}|${j.processed}|${j.status}`;
                  if (last[f] !== key) {
                    last[f] = key;
                    const at = published.get(key);
                    if (at !== undefined && !first) lags.push(now - at);
                  }
                }
                first = false;
              },
              error: () => {
                if (++completed === clients) resolve();
              },
              complete: () => {
                if (++completed === clients) resolve();
              },
            },
          );
        }
      });
      await Promise.race([allDone, new Promise((r) => setTimeout(r, 600_000))]);
      lags.sort((a, b) => a - b);
      const pct = (p: number) => lags[Math.min(lags.length - 1, Math.floor((lags.length * p) / 100))] ?? NaN;
      return [clients, delivered, completed, lags.length, pct(50), pct(99), lags[lags.length - 1] ?? NaN];
    } finally {
      for (const c of sockets) await c.dispose();
      await d.stop();
    }
  } finally {
    redis.disconnect();
    await store.dispose();
  }
}

/** The scale-out scenario (MariaDB + Redis). */
export async function scaleOut(): Promise<void> {
  const n = Number(process.env.SCALE_OUT_RECORDS ?? 100_000);
  const trials = Number(process.env.SCALE_OUT_TRIALS ?? 3);
  const clients = Number(process.env.SCALE_OUT_CLIENTS ?? 1000);
  const workerCounts = (process.env.SCALE_OUT_WORKERS ?? '1,2,4').split(',').map(Number);
  const rows: Array<Array<string | number>> = [];
  for (const w of workerCounts) rows.push(await throughput(n, w, 'default'));
  // The same line unshared (one worker runs each pass, however many there are): what sharing gains.
  if (process.env.SCALE_OUT_UNSHARED !== '0') rows.push(await throughput(n, 2, 0));
  const base = Number(rows[0][4]);
  printTable(
    `Full sync of ${n} + ${n} records (one line: CUSTOMER) on MariaDB, 1 gateway + k workers, ${cpus().length} cores`,
    ['workers', 'shared', 'records', 'seconds', 'records/s', 'vs 1 worker'],
    rows.map((r) => [...r, (Number(r[4]) / base).toFixed(2)]),
  );
  // SCALE_OUT_TRIALS=0 / SCALE_OUT_CLIENTS=0 leave out the takeover or the followers part.
  if (trials > 0) await takeoverTable(n, trials);
  if (clients > 0) await followersTable(n, clients);
}

async function takeoverTable(n: number, trials: number): Promise<void> {
  const takeovers: number[] = [];
  const parts: number[] = [];
  const m = Math.min(n, 20_000);
  for (let i = 0; i < trials; i++) takeovers.push(await takeover(m));
  for (let i = 0; i < trials; i++) parts.push(await partTakeover(m));
  printTable(
    `SIGKILL of a worker (${m} + ${m} records, at ~30 %): unshared, to the job running elsewhere; shared, to the dead worker's last part taken over`,
    ['line', 'trials', 'median ms', 'min ms', 'max ms'],
    [
      ['unshared', trials, median(takeovers), Math.min(...takeovers), Math.max(...takeovers)],
      [`shared (parts of ${Math.ceil(m / 10)})`, trials, median(parts), Math.min(...parts), Math.max(...parts)],
    ],
  );
}

async function followersTable(n: number, clients: number): Promise<void> {
  const f = await followers(Math.min(n, 20_000), clients);
  printTable(
    `${clients} graphql-ws clients across two gateways following one run (${Math.min(n, 20_000)} + ${Math.min(n, 20_000)} records)`,
    ['clients', 'events delivered', 'streams ended', 'events timed', 'lag p50 ms', 'lag p99 ms', 'lag max ms'],
    [f],
  );
}
