import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import pino from 'pino';
import { startGateway, RunningGateway } from '../src/gateway/app';
import { loadConfig } from '../src/shared/config';
import { SyncJobStatus, TableMappingName } from '../src/sync/enums';
import { printTable } from './harness';

/** Where one bench run keeps its stores. */
interface BenchStore {
  label: string;
  env: Record<string, string>;
  dispose(): Promise<void>;
}

function sqliteStore(): BenchStore {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  return { label: 'SQLite', env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

function mariadbStore(): BenchStore {
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

async function start(store: BenchStore): Promise<RunningGateway> {
  return startGateway({ config: loadConfig({ PORT: '0', TANDEM_DEMO_DATA: '0', ...store.env }), log: pino({ level: 'silent' }), scheduler: false });
}

/** A value as both drivers bind it: dates as UTC 'YYYY-MM-DD HH:MM:SS.SSS', booleans as 1/0. */
const plain = (v: unknown) => (v instanceof Date ? v.toISOString().replace('T', ' ').replace('Z', '') : typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** Plain batched INSERTs of prepared rows, `chunk` rows per statement, one transaction per chunk. */
async function rawInsert(ds: DataSource, table: string, rows: Array<Record<string, unknown>>, chunk = 500): Promise<void> {
  const cols = Object.keys(rows[0]);
  const q = (n: string) => ds.driver.escape(n);
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    const sql = `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES ${slice.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ')}`;
    await ds.transaction((m) => m.query(sql, slice.flatMap((r) => cols.map((c) => plain(r[c])))));
  }
}

const customerRow = (no: string, now: Date) => ({ no, name: `Customer ${no}`, city: 'Cambridge', creditLimit: '1000.5', blocked: false, modifiedAt: now });
const accountRow = (id: string, i: number, now: Date) => ({ id, name: `Account ${String(i).padStart(7, '0')}`, address1City: 'Redmond', state: 'ACTIVE', modifiedOn: now });

/** Seeds n customers and n accounts (uncoupled, distinct) with raw batched inserts. */
async function seed(gw: RunningGateway, n: number): Promise<void> {
  const now = new Date();
  await rawInsert(gw.stores.erp, 'customer', Array.from({ length: n }, (_, i) => customerRow(`B${String(i).padStart(7, '0')}`, now)));
  await rawInsert(gw.stores.crm, 'account', Array.from({ length: n }, (_, i) => accountRow(randomUUID(), i, now)));
}

/** The raw baseline: the rows a full sync writes (n accounts, n customers, 2n couplings), written with plain INSERTs. */
async function baseline(gw: RunningGateway, n: number): Promise<number> {
  const now = new Date();
  const t0 = process.hrtime.bigint();
  await rawInsert(gw.stores.crm, 'account', Array.from({ length: n }, (_, i) => accountRow(randomUUID(), n + i, now)));
  await rawInsert(gw.stores.erp, 'customer', Array.from({ length: n }, (_, i) => customerRow(`X${String(i).padStart(7, '0')}`, now)));
  const coupling = (i: number) => ({
    id: randomUUID(), mapping: 'BENCH', erpId: `Y${i}`, crmId: randomUUID(), createdAt: now, lastSyncedAt: now, lastSyncResult: 'SUCCESS',
    skipped: false, conflicts: '[]', baseValues: '{"name":["a","a"],"city":["b","b"]}', pending: false, failureCount: 0,
  });
  await rawInsert(gw.stores.sync, 'coupling', Array.from({ length: 2 * n }, (_, i) => coupling(i)));
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

async function waitRun(gw: RunningGateway, runId: string): Promise<void> {
  for (;;) {
    const run = await gw.services.sync.jobs.run(runId);
    if (run && run.status !== SyncJobStatus.RUNNING) {
      if (run.status !== SyncJobStatus.SUCCEEDED) throw new Error(`run ended ${run.status}`);
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function p99(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? NaN;
}

async function timeIncremental(gw: RunningGateway, changes: number): Promise<number> {
  const page = await gw.services.erp.customers.list({ first: changes });
  for (const c of page.nodes) await gw.services.erp.customers.update(c.no, { city: `Changed ${Date.now()}` });
  const t0 = process.hrtime.bigint();
  const jobs = await gw.services.sync.incremental.start([TableMappingName.CUSTOMER]);
  for (;;) {
    const states = await Promise.all(jobs.map((j) => gw.services.sync.jobs.get(j.id)));
    if (states.every((s) => s && s.status !== SyncJobStatus.QUEUED && s.status !== SyncJobStatus.RUNNING)) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Full sync of n customers + n accounts to 2n coupled pairs, then incremental on a small and this large store. */
async function fullSyncOn(store: BenchStore, n: number): Promise<Array<Array<string | number>>> {
  const gw = await start(store);
  try {
    await seed(gw, n);
    const baseSeconds = await baseline(gw, n);
    // Clear the baseline's rows so the full sync sees only its own data.
    await gw.stores.crm.query(`DELETE FROM account WHERE name >= 'Account ${String(n).padStart(7, '0')}'`);
    await gw.stores.erp.query(`DELETE FROM customer WHERE no LIKE 'X%'`);
    await gw.stores.sync.query(`DELETE FROM coupling WHERE mapping = 'BENCH'`);
    let peakRss = process.memoryUsage().rss;
    const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    const latencies: number[] = [];
    let querying = true;
    const prober = (async () => {
      while (querying) {
        const t = process.hrtime.bigint();
        await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ connectionSetup { isEnabled } salespeople { code } }"}' });
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const t0 = process.hrtime.bigint();
    const run = await gw.services.sync.fullSync.start([TableMappingName.CUSTOMER]);
    await waitRun(gw, run.id);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    querying = false;
    await prober;
    clearInterval(rssTimer);
    const rate = (2 * n) / seconds;
    const baseRate = (2 * n) / baseSeconds;
    const incLarge = await timeIncremental(gw, 10);
    return [[store.label, n, 2 * n, seconds, rate, baseRate, `${(rate / baseRate).toFixed(2)}`, Math.round(peakRss / 2 ** 20), p99(latencies), latencies.length, incLarge]];
  } finally {
    await gw.close();
    await store.dispose();
  }
}

async function incrementalSmall(store: BenchStore): Promise<number> {
  const gw = await start(store);
  try {
    await seed(gw, 1000);
    const run = await gw.services.sync.fullSync.start([TableMappingName.CUSTOMER]);
    await waitRun(gw, run.id);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(await timeIncremental(gw, 10));
    return times.sort((a, b) => a - b)[1];
  } finally {
    await gw.close();
    await store.dispose();
  }
}

/** `npm run bench -- full-sync`: BENCH_RECORDS (default 100000) customers and as many accounts, SQLite then MariaDB. */
export async function fullSync(): Promise<void> {
  const n = Number(process.env.BENCH_RECORDS ?? 100_000);
  const rows: Array<Array<string | number>> = [];
  const small: Record<string, number> = {};
  for (const make of [sqliteStore, ...(process.env.BENCH_SKIP_MARIADB ? [] : [mariadbStore])]) {
    small[make().label] = await incrementalSmall(make());
    rows.push(...(await fullSyncOn(make(), n)));
  }
  printTable(
    `Full sync: ${n} customers + ${n} accounts (uncoupled, distinct) → ${2 * n} coupled pairs; a small query every 100 ms meanwhile`,
    ['store', 'per side', 'records', 'seconds', 'records/s', 'raw INSERT records/s', 'ratio', 'peak RSS MB', 'query p99 ms', 'queries', 'incr. 10 changes ms'],
    rows,
  );
  printTable(
    'Incremental sync of 10 changed customers (median of 3 on the small store; one run on the large one)',
    ['store', '1,000-record store ms', `${n}-record store ms`, 'ratio'],
    rows.map((r) => [r[0], small[r[0] as string], r[10], `${((r[10] as number) / small[r[0] as string]).toFixed(2)}`]),
  );
}
