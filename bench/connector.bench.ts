import { freePort, killHard, ServerProcess, spawnServer, spawnSubgraph } from '../test/helpers/process';
import { BenchStore, fullSyncVia, mariadbStore, median, seed, sqliteStore, withStores } from './full-sync.bench';
import { printTable } from './harness';

/**
 * `npm run bench -- connector`: a full sync of BENCH_RECORDS (default 100,000) customers + as many
 * accounts through the GraphQL connectors over loopback (issue 14): the ERP and the CRM subgraph
 * as standalone processes on their store, the sync subgraph as a third on a store of its own with
 * TANDEM_ERP_URL / TANDEM_CRM_URL, so every record read and written crosses HTTP. Next to it, in
 * the same run, the same sync in one `tandem serve` with the built-in connectors; SQLite, then
 * MariaDB (BENCH_SKIP_MARIADB=1 skips it); the median of BENCH_RUNS (default 1) runs each.
 */
export async function connector(): Promise<void> {
  const n = Number(process.env.BENCH_RECORDS ?? 100_000);
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
  const rows: Array<Array<string | number>> = [];
  for (const make of [sqliteStore, ...(process.env.BENCH_SKIP_MARIADB ? [] : [mariadbStore])]) {
    const remote: number[] = [];
    const local: number[] = [];
    let label = '';
    for (let i = 0; i < runs; i++) {
      const r = await throughConnectors(make(), make(), n);
      label = r.label;
      remote.push(r.rate);
      local.push(await inProcess(make(), n));
    }
    const ratio = median(remote.map((r, i) => r / local[i]));
    rows.push([label, 2 * n, median(remote), median(local), ratio.toFixed(2)]);
  }
  printTable(
    `Full sync of ${n} customers + ${n} accounts → ${2 * n} coupled pairs, median of ${runs} run(s)`,
    ['store', 'records', 'through GraphQL connectors records/s', 'built-in connectors records/s', 'ratio'],
    rows,
  );
}

/** records/s of a full sync whose sync subgraph reaches ERP and CRM only over HTTP. */
async function throughConnectors(records: BenchStore, own: BenchStore, n: number): Promise<{ label: string; rate: number }> {
  const procs: ServerProcess[] = [];
  try {
    await withStores(records, (stores) => seed(stores, n));
    const erp = await spawnSubgraph('erp', records.env, await freePort(), 180_000);
    procs.push(erp);
    const crm = await spawnSubgraph('crm', records.env, await freePort(), 180_000);
    procs.push(crm);
    const sync = await spawnSubgraph('sync', { ...own.env, TANDEM_ERP_URL: erp.url, TANDEM_CRM_URL: crm.url, TANDEM_JOB_CONCURRENCY: '2' }, await freePort(), 180_000);
    procs.push(sync);
    const t0 = process.hrtime.bigint();
    await fullSyncVia(sync.url);
    return { label: records.label, rate: (2 * n) / (Number(process.hrtime.bigint() - t0) / 1e9) };
  } finally {
    for (const p of procs.reverse()) await killHard(p);
    await records.dispose();
    await own.dispose();
  }
}

/** records/s of the same full sync in one `tandem serve` (jobs on its job thread, built-in connectors). */
async function inProcess(store: BenchStore, n: number): Promise<number> {
  try {
    await withStores(store, (stores) => seed(stores, n));
    const server = await spawnServer({ ...store.env, TANDEM_JOB_CONCURRENCY: '2' }, await freePort(), 180_000);
    try {
      const t0 = process.hrtime.bigint();
      await fullSyncVia(server.url);
      return (2 * n) / (Number(process.hrtime.bigint() - t0) / 1e9);
    } finally {
      await killHard(server);
    }
  } finally {
    await store.dispose();
  }
}
