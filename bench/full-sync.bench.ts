import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { readFileSync } from 'node:fs';
import { openStores, closeStores, Stores } from '../src/gateway/stores';
import { freePort, gqlAt, killHard, spawnServer } from '../test/helpers/process';
import { printTable } from './harness';

/** Where one bench run keeps its stores. */
export interface BenchStore {
  label: string;
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export function sqliteStore(): BenchStore {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  return { label: 'SQLite', env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

export function mariadbStore(): BenchStore {
  const base = `tb_${randomUUID().slice(0, 8)}`;
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  return {
    label: 'MariaDB',
    env: { DATA_DIR: dir, DATABASE_URL: `mysql://root:@127.0.0.1:3306/${base}` },
    dispose: async () => {
      const conn = await createConnection({ host: '127.0.0.1', user: 'root' });
      for (const s of ['erp', 'crm', 'sync']) await conn.query(`DROP DATABASE IF EXISTS \`${base}_${s}\``);
      await conn.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the bench's stores directly (seeding and the raw baseline run in the bench process). */
export async function withStores<T>(store: BenchStore, work: (stores: Stores) => Promise<T>): Promise<T> {
  const stores = await openStores({ dataDir: store.env.DATA_DIR, databaseUrl: store.env.DATABASE_URL });
  try {
    return await work(stores);
  } finally {
    await closeStores(stores);
  }
}

/** A value as both drivers bind it: dates as UTC 'YYYY-MM-DD HH:MM:SS.SSS', booleans as 1/0. */
const plain = (v: unknown) => (v instanceof Date ? v.toISOString().replace('T', ' ').replace('Z', '') : typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** Plain batched INSERTs of prepared rows, `chunk` rows per statement, one transaction per chunk. */
export async function rawInsert(ds: DataSource, table: string, rows: Array<Record<string, unknown>>, chunk = 500): Promise<void> {
  const cols = Object.keys(rows[0]);
  const q = (n: string) => ds.driver.escape(n);
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    const sql = `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES ${slice.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ')}`;
    await ds.transaction((m) =>
      m.query(
        sql,
        slice.flatMap((r) => cols.map((c) => plain(r[c]))),
      ),
    );
  }
}

const customerRow = (no: string, now: Date) => ({ no, name: `Customer ${no}`, city: 'Cambridge', creditLimit: '1000.5', blocked: false, modifiedAt: now });
const accountRow = (id: string, i: number, now: Date) => ({ id, name: `Account ${String(i).padStart(7, '0')}`, address1City: 'Redmond', state: 'ACTIVE', modifiedOn: now });

/** Seeds n customers and n accounts (uncoupled, distinct) with raw batched inserts. */
export async function seed(stores: Stores, n: number): Promise<void> {
  const now = new Date(Date.now() - 60_000);
  await rawInsert(
    stores.erp,
    'customer',
    Array.from({ length: n }, (_, i) => customerRow(`B${String(i).padStart(7, '0')}`, now)),
  );
  await rawInsert(
    stores.crm,
    'account',
    Array.from({ length: n }, (_, i) => accountRow(randomUUID(), i, now)),
  );
}

/** The raw baseline: the rows a full sync writes (n accounts, n customers, 2n couplings) with plain INSERTs, then removed. */
async function baseline(stores: Stores, n: number): Promise<number> {
  const now = new Date();
  const t0 = process.hrtime.bigint();
  await rawInsert(
    stores.crm,
    'account',
    Array.from({ length: n }, (_, i) => ({ ...accountRow(randomUUID(), n + i, now), name: `Baseline ${i}` })),
  );
  await rawInsert(
    stores.erp,
    'customer',
    Array.from({ length: n }, (_, i) => customerRow(`X${String(i).padStart(7, '0')}`, now)),
  );
  const coupling = (i: number) => ({
    id: randomUUID(),
    mapping: 'BENCH',
    erpId: `Y${i}`,
    crmId: randomUUID(),
    createdAt: now,
    lastSyncedAt: now,
    lastSyncResult: 'SUCCESS',
    skipped: false,
    conflicts: '[]',
    baseValues: '{"name":["a","a"],"city":["b","b"]}',
    pending: false,
    failureCount: 0,
  });
  await rawInsert(
    stores.sync,
    'coupling',
    Array.from({ length: 2 * n }, (_, i) => coupling(i)),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await stores.crm.query(`DELETE FROM account WHERE name LIKE 'Baseline %'`);
  await stores.erp.query(`DELETE FROM customer WHERE no LIKE 'X%'`);
  await stores.sync.query(`DELETE FROM coupling WHERE mapping = 'BENCH'`);
  return seconds;
}

function p99(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? NaN;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Peak resident memory of a process (Linux VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function waitJobs(url: string, ids: string[]): Promise<void> {
  for (;;) {
    const { syncJobs } = await gqlAt(url, 'query { syncJobs(first: 500, filter: { type: INCREMENTAL }) { nodes { id status } } }');
    const mine = (syncJobs.nodes as Array<{ id: string; status: string }>).filter((j) => ids.includes(j.id));
    if (mine.length === ids.length && mine.every((j) => j.status !== 'QUEUED' && j.status !== 'RUNNING')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** One incremental run of CUSTOMER after changing `changes` customers through the API, in ms. */
async function timeIncremental(url: string, changes: number): Promise<number> {
  const { customers } = changes > 0 ? await gqlAt(url, `{ customers(first: ${changes}) { nodes { no } } }`) : { customers: { nodes: [] } };
  for (const c of customers.nodes)
    await gqlAt(url, 'mutation($no: ID!, $c: String) { updateCustomer(no: $no, input: { city: $c }) { no } }', { no: c.no, c: `Changed ${Date.now()}` });
  const t0 = process.hrtime.bigint();
  const { runIncrementalSynchronization: jobs } = await gqlAt(url, 'mutation { runIncrementalSynchronization(mappings: [CUSTOMER]) { id } }');
  await waitJobs(
    url,
    jobs.map((j: { id: string }) => j.id),
  );
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Runs a full sync of CUSTOMER at `url` and waits until it SUCCEEDED. */
export async function fullSyncVia(url: string): Promise<void> {
  const { runFullSynchronization: run } = await gqlAt(url, 'mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }');
  for (;;) {
    const { fullSyncRun } = await gqlAt(url, 'query($id: ID!) { fullSyncRun(id: $id) { status } }', { id: run.id });
    if (fullSyncRun.status !== 'RUNNING') {
      if (fullSyncRun.status !== 'SUCCEEDED') throw new Error(`run ended ${fullSyncRun.status}`);
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Full sync of n + n records in a real `tandem serve` child process, measured from outside. */
async function fullSyncOn(store: BenchStore, n: number): Promise<Record<string, number | string>> {
  try {
    const baseSeconds = await withStores(store, async (stores) => {
      await seed(stores, n);
      return n >= 10_000 ? baseline(stores, n) : NaN;
    });
    const server = await spawnServer({ ...store.env, TANDEM_JOB_CONCURRENCY: '2' }, await freePort(), 120_000);
    try {
      const latencies: number[] = [];
      let querying = true;
      const prober = (async () => {
        while (querying) {
          const t = process.hrtime.bigint();
          await gqlAt(server.url, '{ connectionSetup { isEnabled } salespeople { code } }');
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const t0 = process.hrtime.bigint();
      await fullSyncVia(server.url);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      querying = false;
      await prober;
      const rss = peakRssMb(server.child.pid!);
      const catchUp = await timeIncremental(server.url, 0);
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) runs.push(await timeIncremental(server.url, 10));
      return {
        store: store.label,
        n,
        records: 2 * n,
        seconds,
        rate: (2 * n) / seconds,
        baseRate: (2 * n) / baseSeconds,
        rss,
        p99: p99(latencies),
        queries: latencies.length,
        catchUp,
        incremental: median(runs),
      };
    } finally {
      await killHard(server);
    }
  } finally {
    await store.dispose();
  }
}

/**
 * `npm run bench -- full-sync`: BENCH_RECORDS (default 100000) customers and as many accounts, SQLite then MariaDB
 * (BENCH_SKIP_SQLITE / BENCH_SKIP_MARIADB leave one out); the median of BENCH_RUNS (default 3) runs.
 */
export async function fullSync(): Promise<void> {
  const n = Number(process.env.BENCH_RECORDS ?? 100_000);
  const big: Array<Record<string, number | string>> = [];
  const small: Array<Record<string, number | string>> = [];
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  for (const make of [...(process.env.BENCH_SKIP_SQLITE ? [] : [sqliteStore]), ...(process.env.BENCH_SKIP_MARIADB ? [] : [mariadbStore])]) {
    small.push(await fullSyncOn(make(), 1000));
    // The run of median throughput of `runs` (each on a fresh store): one noisy run does not make the figure.
    const mine: Array<Record<string, number | string>> = [];
    for (let i = 0; i < runs; i++) mine.push(await fullSyncOn(make(), n));
    mine.sort((a, b) => (a.rate as number) - (b.rate as number));
    console.log(`${mine[0].store}: records/s of ${runs} runs: ${mine.map((r) => Math.round(r.rate as number)).join(', ')}`);
    big.push(mine[Math.floor(mine.length / 2)]);
  }
  printTable(
    `Full sync in a tandem serve process: ${n} customers + ${n} accounts (uncoupled, distinct) → ${2 * n} coupled pairs; a small query every 100 ms meanwhile`,
    ['store', 'records', 'seconds', 'records/s', 'raw INSERT records/s', 'ratio', 'peak RSS MB', 'query p99 ms', 'queries'],
    big.map((r) => [r.store, r.records, r.seconds, r.rate, r.baseRate, ((r.rate as number) / (r.baseRate as number)).toFixed(2), r.rss, r.p99, r.queries]),
  );
  printTable(
    'Incremental sync of 10 changed customers, median of 3 (after one catch-up run that re-reads what the full sync itself wrote)',
    ['store', 'catch-up, 1k store ms', '1,000-record store ms', `catch-up, ${n} store ms`, `${n}-record store ms`, 'ratio'],
    big.map((r, i) => [r.store, small[i].catchUp, small[i].incremental, r.catchUp, r.incremental, ((r.incremental as number) / (small[i].incremental as number)).toFixed(2)]),
  );
}
