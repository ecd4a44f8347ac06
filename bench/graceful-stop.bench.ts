import { Coupling } from '../src/sync/coupling.entity';
import { freePort, gqlAt, killHard, spawnServer } from '../test/helpers/process';
import { BenchStore, mariadbStore, median, seed, sqliteStore, withStores } from './full-sync.bench';
import { printTable } from './harness';

const RUN = 'query($id: ID!) { fullSyncRun(id: $id) { status lines { toCrmJob { processed total inserted } fromCrmJob { processed total inserted } } } }';

/** Where in the run the SIGTERM lands: a share of the first job's records, or inside the second job. */
interface LineJobs {
  toCrmJob: { processed: number; total: number | null };
  fromCrmJob: { processed: number; total: number | null } | null;
}

const MOMENTS: Array<{ label: string; reached: (line: LineJobs) => boolean }> = [
  { label: 'first job, 20%', reached: (l) => !!l.toCrmJob.total && l.toCrmJob.processed >= 0.2 * l.toCrmJob.total },
  { label: 'first job, 60%', reached: (l) => !!l.toCrmJob.total && l.toCrmJob.processed >= 0.6 * l.toCrmJob.total },
  { label: 'second job, 30%', reached: (l) => !!l.fromCrmJob?.total && l.fromCrmJob.processed >= 0.3 * l.fromCrmJob.total },
];

async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number): Promise<T> {
  for (const until = Date.now() + timeoutMs; ;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`timed out; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** One trial: full sync of n + n records, SIGTERM at `moment`, restart, the run completes; the stop's duration and whether every record is there once. */
async function trial(store: BenchStore, n: number, moment: (typeof MOMENTS)[number]): Promise<Record<string, number | string>> {
  try {
    await withStores(store, (stores) => seed(stores, n));
    const port = await freePort();
    let server = await spawnServer({ ...store.env, LOG_LEVEL: 'info' }, port, 120_000);
    const { runFullSynchronization: run } = await gqlAt(server.url, 'mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }');
    const at = await poll(
      () => gqlAt(server.url, RUN, { id: run.id }),
      (d) => moment.reached(d.fullSyncRun.lines[0]),
      600_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; the server (exit ${server.child.exitCode}, signal ${server.child.signalCode}) said:\n${server.output().slice(-3000)}`);
    });
    const done = at.fullSyncRun.lines[0];
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    const t0 = process.hrtime.bigint();
    server.child.kill('SIGTERM');
    const code = await exited;
    const stopMs = Number(process.hrtime.bigint() - t0) / 1e6;
    if (code !== 0) console.error(`exit ${code}; the server said:\n${server.output().split('\n').slice(-15).join('\n')}`);
    server = await spawnServer(store.env, port, 120_000);
    try {
      const final = await poll(
        () => gqlAt(server.url, RUN, { id: run.id }),
        (d) => d.fullSyncRun.status !== 'RUNNING',
        900_000,
      );
      const line = final.fullSyncRun.lines[0];
      const exact = await withStores(store, async (stores) => {
        const couplings = await stores.sync.getRepository(Coupling).count({ where: { mapping: 'CUSTOMER' as never } });
        const customers = await stores.erp.getRepository('Customer').count();
        const accounts = await stores.crm.getRepository('Account').count();
        const counts = { couplings, customers, accounts, insertedToCrm: line.toCrmJob.inserted, insertedFromCrm: line.fromCrmJob.inserted };
        const ok = couplings === 2 * n && customers === 2 * n && accounts === 2 * n && line.toCrmJob.inserted === n && line.fromCrmJob.inserted === n;
        if (!ok) console.error(`not exact: ${JSON.stringify(counts)}`);
        return ok;
      });
      return {
        store: store.label,
        moment: moment.label,
        processed: done.toCrmJob.processed + (done.fromCrmJob?.processed ?? 0),
        code: String(code),
        stopMs,
        status: final.fullSyncRun.status,
        exact: exact ? 'yes' : 'NO',
      };
    } finally {
      await killHard(server);
    }
  } finally {
    await store.dispose();
  }
}

/**
 * `npm run bench -- graceful-stop`: SIGTERM to `tandem serve` in the middle of a full sync of
 * BENCH_RECORDS (default 100000) customers + as many accounts, at three moments of the run; how
 * long the process took to exit, and whether the run then completed with every record once.
 */
export async function gracefulStop(): Promise<void> {
  const n = Number(process.env.BENCH_RECORDS ?? 100_000);
  const rows: Array<Record<string, number | string>> = [];
  for (const make of [sqliteStore, ...(process.env.BENCH_SKIP_MARIADB ? [] : [mariadbStore])]) {
    for (const moment of MOMENTS) rows.push(await trial(make(), n, moment));
  }
  printTable(
    `SIGTERM to tandem serve mid full sync of ${n} + ${n} records, then a restart`,
    ['store', 'SIGTERM at', 'records done', 'exit code', 'exit after ms', 'run after restart', 'every record once'],
    rows.map((r) => [r.store, r.moment, r.processed, r.code, r.stopMs, r.status, r.exact]),
  );
  const byStore = new Map<string, number[]>();
  for (const r of rows) byStore.set(r.store as string, [...(byStore.get(r.store as string) ?? []), r.stopMs as number]);
  printTable(
    'Time from SIGTERM to exit',
    ['store', 'median ms', 'max ms'],
    [...byStore].map(([s, v]) => [s, median(v), Math.max(...v)]),
  );
}
