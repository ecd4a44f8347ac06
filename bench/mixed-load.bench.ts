import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { freePort, killHard, spawnServer } from '../test/helpers/process';
import { BenchStore, mariadbStore, median, sqliteStore, withStores } from './full-sync.bench';
import { printTable } from './harness';
import { Customer } from '../src/erp/customer.entity';

/** What the load generator process reports. */
interface ClientReport {
  seconds: number;
  writeMs: number[];
  readMs: number[];
  acknowledged: string[];
  failed: number;
  failures: string[];
}

/** Runs bench/mixed-load.client.ts in its own process and answers its report. */
function runClient(url: string, seconds: number, writers: number, readers: number, tag: string): Promise<ClientReport> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, 'mixed-load.client.ts'), url, String(seconds), String(writers), String(readers), tag],
    {
      cwd: join(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as ClientReport) : reject(new Error(`mixed-load client exited with ${code}`))));
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** One run against one store: the load, then every acknowledged number looked up in the ERP store. */
async function runOn(store: BenchStore, seconds: number, writers: number, readers: number): Promise<Record<string, number | string>> {
  const server = await spawnServer(store.env, await freePort(), 180_000, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
  const tag = `mixload-${randomUUID().slice(0, 8)}`;
  let report: ClientReport;
  try {
    // A short unmeasured run first (JIT, statement caches, pool connections).
    await runClient(server.url, 2, writers, readers, `${tag}-warm`);
    report = await runClient(server.url, seconds, writers, readers, tag);
  } finally {
    await killHard(server);
  }
  // Looked up after a kill -9: an acknowledged write must be durable, not merely answered.
  const stored = await withStores(store, async (stores) => {
    const rows: Array<{ no: string }> = await stores.erp
      .getRepository(Customer)
      .createQueryBuilder('c')
      .select('c.no', 'no')
      .where('c.name LIKE :p', { p: `${tag} %` })
      .getRawMany();
    return new Set(rows.map((r) => r.no));
  });
  const missing = report.acknowledged.filter((no) => !stored.has(no)).length;
  const distinct = new Set(report.acknowledged).size;
  if (report.failures.length) console.error(`${store.label}: first failures:\n  ${report.failures.join('\n  ')}`);
  return {
    store: store.label,
    'writes/s': report.acknowledged.length / report.seconds,
    'reads/s': report.readMs.length / report.seconds,
    'write p50 ms': percentile(report.writeMs, 50),
    'read p50 ms': percentile(report.readMs, 50),
    'read p99 ms': percentile(report.readMs, 99),
    failed: report.failed,
    acknowledged: report.acknowledged.length,
    stored: stored.size,
    'acknowledged missing': missing,
    'duplicate numbers': report.acknowledged.length - distinct,
  };
}

/**
 * `npm run bench -- mixed-load`: a `tandem serve` child process on SQLite and on MariaDB
 * (BENCH_STORES=sqlite or mariadb for one), BENCH_WRITERS (default 50) connections creating
 * customers and BENCH_READERS (default 20) reading a 20-row page for BENCH_MIXED_SECONDS
 * (default 20), BENCH_ROUNDS (default 3) rounds, medians shown. The server is killed hard
 * afterwards and every acknowledged customer number is looked up in the store.
 */
export async function mixedLoad(): Promise<void> {
  const seconds = Number(process.env.BENCH_MIXED_SECONDS ?? 20);
  const writers = Number(process.env.BENCH_WRITERS ?? 50);
  const readers = Number(process.env.BENCH_READERS ?? 20);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const kinds = (process.env.BENCH_STORES ?? 'sqlite,mariadb').split(',');
  const rows: Array<Array<string | number>> = [];
  for (const kind of kinds) {
    const runs: Array<Record<string, number | string>> = [];
    for (let round = 0; round < rounds; round++) {
      const store = kind === 'mariadb' ? mariadbStore() : sqliteStore();
      try {
        runs.push(await runOn(store, seconds, writers, readers));
      } finally {
        await store.dispose();
      }
    }
    const m = (k: string) => median(runs.map((r) => Number(r[k])));
    const sum = (k: string) => runs.reduce((s, r) => s + Number(r[k]), 0);
    rows.push([
      String(runs[0].store),
      m('writes/s'),
      m('reads/s'),
      m('write p50 ms'),
      m('read p50 ms'),
      m('read p99 ms'),
      sum('failed'),
      `${sum('stored')} / ${sum('acknowledged')}`,
      sum('acknowledged missing'),
      sum('duplicate numbers'),
    ]);
  }
  printTable(
    `Mixed load over HTTP: ${writers} connections creating customers, ${readers} reading a 20-row page, ${seconds}s, medians of ${rounds} rounds (load generator in its own process; server killed hard before counting)`,
    ['store', 'writes/s', 'reads/s', 'write p50 ms', 'read p50 ms', 'read p99 ms', 'failed (all rounds)', 'stored / acknowledged', 'missing', 'duplicate nos'],
    rows,
  );
}
