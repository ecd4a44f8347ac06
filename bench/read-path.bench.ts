import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { freePort, gqlAt, killHard, ServerProcess, spawnServer } from '../test/helpers/process';
import { BenchStore, median, rawInsert, sqliteStore, withStores } from './full-sync.bench';
import { printTable } from './harness';
import { loadTest, LoadResult } from './load';

/** The three-subgraph page: ERP customers, their ERP salesperson, their CRM account through the sync subgraph. */
export const Q3 = '{ customers(first:50){ nodes{ no name salesperson{ name } coupledAccount{ name } } } }';
/** A flat page of one subgraph. */
export const QFLAT = '{ customers(first:5){ nodes{ no name } } }';
/** The flat page that also asks for the count of every matching row. */
export const QFLAT_COUNT = '{ customers(first:5){ totalCount nodes{ no name } } }';

const SALESPEOPLE = 5;

/**
 * Seeds n customers (each with one of five salespeople) straight into the ERP store, and CRM system
 * users of the salespeople's names (the full sync couples them by name, then the customers' owners).
 */
async function seedCustomers(store: BenchStore, n: number): Promise<void> {
  await withStores(store, async (stores) => {
    const now = new Date(Date.now() - 60_000);
    await rawInsert(
      stores.erp,
      'salesperson',
      Array.from({ length: SALESPEOPLE }, (_, i) => ({ code: `SP${i + 1}`, name: `Salesperson ${i + 1}`, modifiedAt: now })),
    );
    await rawInsert(
      stores.crm,
      'system_user',
      Array.from({ length: SALESPEOPLE }, (_, i) => ({ id: randomUUID(), fullName: `Salesperson ${i + 1}`, isDisabled: false, modifiedOn: now })),
    );
    await rawInsert(
      stores.erp,
      'customer',
      Array.from({ length: n }, (_, i) => {
        const no = `B${String(i).padStart(7, '0')}`;
        return { no, name: `Customer ${no}`, city: 'Cambridge', salespersonCode: `SP${(i % SALESPEOPLE) + 1}`, creditLimit: '1000.5', blocked: false, modifiedAt: now };
      }),
    );
  });
}

/** Runs a full sync of salespeople and customers, so every customer has a coupled account. */
async function coupleAll(url: string): Promise<void> {
  const { runFullSynchronization: run } = await gqlAt(url, 'mutation { runFullSynchronization(input: { mappings: [SALESPEOPLE, CUSTOMER] }) { id } }');
  for (;;) {
    const { fullSyncRun } = await gqlAt(url, 'query($id: ID!) { fullSyncRun(id: $id) { status lines { mapping status message } } }', { id: run.id });
    if (fullSyncRun.status === 'SUCCEEDED') return;
    if (fullSyncRun.status !== 'RUNNING') throw new Error(`full sync ended ${fullSyncRun.status}: ${JSON.stringify(fullSyncRun)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A store of n customers served by a `tandem serve` child process (coupled: with a full sync first). */
export async function tandemOn(n: number, coupled: boolean, nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<{ server: ServerProcess; store: BenchStore }> {
  const store = sqliteStore();
  await seedCustomers(store, n);
  // BENCH_NODE_ARGS: node flags for the measured servers (e.g. "--max-semi-space-size=32"), to try runtime settings.
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = await spawnServer({ ...store.env, ...env }, await freePort(), 180_000, [...extra, ...nodeArgs]);
  if (coupled) await coupleAll(server.url);
  return { server, store };
}

/** The bare Apollo Server 5 child process, serving the same shapes from memory. */
async function bareApollo(rows: number, env: Record<string, string | undefined> = process.env): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'bare-apollo.server.ts'), String(port), String(rows)], {
    cwd: join(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bare Apollo exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, child };
}

/** Fails the bench when a shape does not answer what it should (a load test counts only HTTP statuses). */
async function check(url: string, query: string, rows: number, coupled: boolean): Promise<void> {
  const { customers } = await gqlAt(url, query);
  const nodes = customers.nodes as Array<{ name: string; salesperson?: { name: string }; coupledAccount?: { name: string } | null }>;
  const bad = nodes.length !== rows || (coupled && nodes.some((c) => !c.salesperson?.name || c.coupledAccount?.name !== c.name));
  if (bad) throw new Error(`unexpected answer from ${url}: ${JSON.stringify(customers).slice(0, 300)}`);
}

interface Case {
  name: string;
  url: string;
  query: string;
  /** The serving process, whose CPU time per request is the figure least moved by other load on the machine. */
  pid: number;
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * `npm run bench -- read-path`: the three-subgraph page and a flat page at BENCH_CONCURRENCY over
 * HTTP (autocannon in its own process), a `tandem serve` process against a bare Apollo Server 5
 * answering the same shapes from memory; and the flat page on a 1,000 against a BENCH_RECORDS
 * (default 100,000) customer store, with and without `totalCount`. BENCH_ROUNDS (default 3)
 * rounds, every case once per round; the table shows medians. Besides requests/s it shows the
 * serving process's CPU time per request: on a shared machine the figure least moved by other load.
 */
export async function readPath(opts: { durationMs: number; concurrency: number }): Promise<void> {
  const big = Number(process.env.BENCH_RECORDS ?? 100_000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const seconds = Math.max(1, Math.round(opts.durationMs / 1000));
  const small = await tandemOn(1000, true);
  // The same coupled store's shape answered through the gateway's query plans, for the merged execution's gain.
  const plans = await tandemOn(1000, true, [], { TANDEM_MERGED_EXECUTION: '0' });
  // The page-cost pair: two servers of the same history (no sync), only the store's size differs.
  const flat = await tandemOn(1000, false);
  const large = await tandemOn(big, false);
  // As the issue measured it (NODE_ENV unset), and as `tandem` runs unless told otherwise
  // (NODE_ENV=production, src/cli/production-env.ts): like against like.
  const bare = await bareApollo(1000, { ...process.env, NODE_ENV: undefined });
  const bareProd = await bareApollo(1000, { ...process.env, NODE_ENV: 'production' });
  try {
    await check(small.server.url, Q3, 50, true);
    await check(plans.server.url, Q3, 50, true);
    await check(bare.url, Q3, 50, true);
    await check(bareProd.url, Q3, 50, true);
    for (const url of [small.server.url, flat.server.url, large.server.url, bare.url, bareProd.url]) await check(url, QFLAT, 5, false);
    const [s, p, f, l, b, bp] = [small.server.child.pid!, plans.server.child.pid!, flat.server.child.pid!, large.server.child.pid!, bare.child.pid!, bareProd.child.pid!];
    const cases: Case[] = [
      { name: 'Q3 tandem', url: small.server.url, query: Q3, pid: s },
      { name: 'Q3 tandem plans', url: plans.server.url, query: Q3, pid: p },
      { name: 'Q3 bare', url: bare.url, query: Q3, pid: b },
      { name: 'Q3 bare prod', url: bareProd.url, query: Q3, pid: bp },
      { name: 'Qflat tandem', url: small.server.url, query: QFLAT, pid: s },
      { name: 'Qflat bare', url: bare.url, query: QFLAT, pid: b },
      { name: 'Qflat bare prod', url: bareProd.url, query: QFLAT, pid: bp },
      { name: 'Qflat tandem small', url: flat.server.url, query: QFLAT, pid: f },
      { name: 'Qflat tandem big', url: large.server.url, query: QFLAT, pid: l },
      { name: 'Qflat+count tandem', url: flat.server.url, query: QFLAT_COUNT, pid: f },
      { name: 'Qflat+count tandem big', url: large.server.url, query: QFLAT_COUNT, pid: l },
    ];
    // One unmeasured round: JIT (a server's CPU per request still falls for several seconds of load), statement caches.
    for (const c of cases) await loadTest(c.url, c.query, { seconds, concurrency: opts.concurrency });
    const results = new Map<string, Array<LoadResult & { cpu: number }>>(cases.map((c) => [c.name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const c of cases) {
        const cpu0 = cpuMs(c.pid);
        const r = await loadTest(c.url, c.query, { seconds, concurrency: opts.concurrency });
        if (r.failures) throw new Error(`${c.name}: ${r.failures} failed requests`);
        results.get(c.name)!.push({ ...r, cpu: (cpuMs(c.pid) - cpu0) / r.requests });
      }
    }
    type Key = keyof LoadResult | 'cpu';
    const m = (name: string, key: Key) => median(results.get(name)!.map((r) => r[key]));
    // Ratios within one round (both sides measured under the same noise), then their median.
    const ratio = (a: string, b: string) => median(results.get(a)!.map((r, i) => r.rps / results.get(b)![i].rps)).toFixed(2);
    const cpuRatio = (a: string, b: string) => median(results.get(a)!.map((r, i) => results.get(b)![i].cpu / r.cpu)).toFixed(2);
    const row = (label: string, name: string, vs: string) => [label, m(name, 'rps'), m(name, 'p50'), m(name, 'p99'), ratio(name, vs), m(name, 'cpu'), cpuRatio(name, vs)];
    printTable(
      `Read path over HTTP: concurrency ${opts.concurrency}, ${seconds}s per case, medians of ${rounds} rounds (autocannon in its own process)`,
      ['case', 'req/s', 'p50 ms', 'p99 ms', 'req/s ratio', 'server CPU ms/req', 'CPU ratio'],
      [
        row('Q3 (3 subgraphs, 50 rows): tandem', 'Q3 tandem', 'Q3 bare'),
        row('Q3 through query plans (TANDEM_MERGED_EXECUTION=0)', 'Q3 tandem plans', 'Q3 bare'),
        row('Q3: merged execution vs query plans', 'Q3 tandem', 'Q3 tandem plans'),
        row('Q3: bare Apollo Server 5 from memory', 'Q3 bare', 'Q3 bare'),
        row('Q3 tandem vs bare with NODE_ENV=production', 'Q3 tandem', 'Q3 bare prod'),
        row('Q3: bare Apollo, NODE_ENV=production', 'Q3 bare prod', 'Q3 bare prod'),
        row('Qflat (5 rows): tandem', 'Qflat tandem', 'Qflat bare'),
        row('Qflat: bare Apollo Server 5 from memory', 'Qflat bare', 'Qflat bare'),
        row('Qflat tandem vs bare with NODE_ENV=production', 'Qflat tandem', 'Qflat bare prod'),
        row('Qflat: bare Apollo, NODE_ENV=production', 'Qflat bare prod', 'Qflat bare prod'),
        row('Qflat on 1,000 customers (no sync run)', 'Qflat tandem small', 'Qflat tandem small'),
        row(`Qflat on ${big} customers vs 1,000`, 'Qflat tandem big', 'Qflat tandem small'),
        row('Qflat + totalCount on 1,000 vs Qflat', 'Qflat+count tandem', 'Qflat tandem small'),
        row(`Qflat + totalCount on ${big} vs Qflat`, 'Qflat+count tandem big', 'Qflat tandem big'),
      ],
    );
  } finally {
    bare.child.kill('SIGKILL');
    bareProd.child.kill('SIGKILL');
    for (const t of [small, plans, flat, large]) {
      await killHard(t.server);
      await t.store.dispose();
    }
  }
}
