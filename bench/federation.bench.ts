import { freePort, gqlAt, killHard, ServerProcess, spawnServer, spawnSubgraph } from '../test/helpers/process';
import { median } from './full-sync.bench';
import { printTable } from './harness';
import { loadTest, LoadResult } from './load';
import { Q3, tandemOn } from './read-path.bench';

/**
 * `npm run bench -- federation`: the read-path bench's three-subgraph page (Q3, 50 customers with
 * their salesperson and coupled account) through Tandem's gateway over the three standalone
 * subgraphs (`tandem serve --subgraph`, TANDEM_SUBGRAPHS, HTTP over loopback) against the
 * in-process gateway on the same store, in the same run: medians of BENCH_ROUNDS (default 3)
 * rounds and the median of the per-round ratios. (The full sync through the GraphQL connectors
 * is `npm run bench -- connector`.)
 */
export async function federation(opts: { durationMs: number; concurrency: number }): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const seconds = Math.max(1, Math.round(opts.durationMs / 1000));
  const inProcess = await tandemOn(1000, true);
  const subgraphs: ServerProcess[] = [];
  let remote: ServerProcess | undefined;
  try {
    for (const name of ['erp', 'crm', 'sync'] as const) subgraphs.push(await spawnSubgraph(name, inProcess.store.env, await freePort(), 180_000));
    const [erp, crm, sync] = subgraphs;
    remote = await spawnServer({ ...inProcess.store.env, TANDEM_SUBGRAPHS: `erp=${erp.url},crm=${crm.url},sync=${sync.url}` }, await freePort(), 180_000);
    const [a, b] = [await gqlAt(inProcess.server.url, Q3), await gqlAt(remote.url, Q3)];
    if (JSON.stringify(a) !== JSON.stringify(b) || a.customers.nodes.some((c: { coupledAccount: unknown }) => !c.coupledAccount)) {
      throw new Error(`the gateway over remote subgraphs answers differently: ${JSON.stringify(b).slice(0, 300)}`);
    }
    const cases = [
      { name: 'in process', url: inProcess.server.url },
      { name: 'remote', url: remote.url },
    ];
    for (const c of cases) await loadTest(c.url, Q3, { seconds, concurrency: opts.concurrency });
    const results = new Map<string, LoadResult[]>(cases.map((c) => [c.name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const c of cases) {
        const r = await loadTest(c.url, Q3, { seconds, concurrency: opts.concurrency });
        if (r.failures) throw new Error(`${c.name}: ${r.failures} failed requests`);
        results.get(c.name)!.push(r);
      }
    }
    const m = (name: string, key: keyof LoadResult) => median(results.get(name)!.map((r) => r[key]));
    const ratio = median(results.get('remote')!.map((r, i) => r.rps / results.get('in process')![i].rps)).toFixed(2);
    printTable(
      `Q3 (3 subgraphs, 50 rows) through the gateway: concurrency ${opts.concurrency}, ${seconds}s per case, medians of ${rounds} rounds`,
      ['gateway', 'req/s', 'p50 ms', 'p99 ms', 'req/s ratio to in process'],
      [
        ['in process (embedded default)', m('in process', 'rps'), m('in process', 'p50'), m('in process', 'p99'), '1.00'],
        ['over 3 standalone subgraphs (HTTP, loopback)', m('remote', 'rps'), m('remote', 'p50'), m('remote', 'p99'), ratio],
      ],
    );
  } finally {
    for (const p of [remote, ...subgraphs, inProcess.server]) if (p) await killHard(p);
    await inProcess.store.dispose();
  }
}
