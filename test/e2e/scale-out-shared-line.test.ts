import { testStoreKind } from '../helpers/store';
import { gqlAt } from '../helpers/process';
import { poll, collect, within, Run, RUN_FIELDS } from '../helpers/sync-engine';
import { metricSum } from '../helpers/metrics';
import { probeRedis, REDIS_REQUIRED, REDIS_URL } from '../helpers/redis';
import { Cluster, expectCustomersOnce, expectRunDoneOnce, seedCustomers, startCluster, startRunUnderway } from '../helpers/cluster';

/*
 * Lines shared by workers (issue 15): with TANDEM_SYNC_PART_RECORDS, one full-sync line is cut
 * into parts that both workers process at once; the line's progress, followed on the other
 * gateway, is the sum of its parts; the records are counted once across processes. A worker
 * stopped with SIGTERM mid-line hands its parts back; one killed with SIGKILL loses its parts'
 * leases within seconds and the survivor finishes them: every record once, no counter twice.
 */

const PER_SIDE = 12000;
const PART = 2000;
const enabled = testStoreKind() === 'mariadb' && (probeRedis() || REDIS_REQUIRED);
const d = enabled ? describe : describe.skip;
const SUBSCRIBE = `subscription($id: ID!) { fullSyncProgress(runId: $id) { ${RUN_FIELDS} } }`;
const PARTS = `query($id: ID!) { fullSyncRun(id: $id) { lines { toCrmJob { id processed parts { id status processed inserted } } fromCrmJob { id parts { id status inserted } } } } }`;

async function inserted(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return metricSum(text, 'tandem_sync_records_total', { mapping: 'CUSTOMER', outcome: 'inserted' });
}

d('One full-sync line shared by two workers (TANDEM_SYNC_PART_RECORDS, Redis, MariaDB)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    if (!probeRedis()) throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}`);
    cluster = await startCluster({ gateways: 2, workers: 2, env: { TANDEM_SYNC_PART_RECORDS: String(PART) }, seed: (l) => seedCustomers(l, PER_SIDE, 'L') });
  }, 180_000);
  afterAll(() => cluster?.dispose());

  it('should run the parts of one line on both workers, stream the summed counters on the other gateway, and count every record once', async () => {
    const [a, b] = cluster.gateways;
    const client = cluster.ws(b);
    try {
      const { runFullSynchronization: run } = await gqlAt(a.url, 'mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }');
      const onB = collect<Run>(client, SUBSCRIBE, { id: run.id }, (x) => x.fullSyncProgress);
      await within(onB.done, 120_000, 'fullSyncProgress to complete');
      await expectRunDoneOnce(b.url, run.id, PER_SIDE);
      await expectCustomersOnce(cluster.location, PER_SIDE);
      // Each pass in parts of PART records, all SUCCEEDED, adding up to the line's counters.
      const { fullSyncRun } = await gqlAt(b.url, PARTS, { id: run.id });
      const to = fullSyncRun.lines[0].toCrmJob;
      expect(to.parts).toHaveLength(PER_SIDE / PART);
      expect(to.parts.every((p: any) => p.status === 'SUCCEEDED' && p.inserted === PART)).toBe(true);
      // Both workers created records of the line, and across the processes each record counted once.
      const perWorker = await Promise.all(cluster.workers.map((w) => inserted(w.port)));
      expect(perWorker.every((n) => n > 0)).toBe(true);
      expect(perWorker[0] + perWorker[1]).toBe(2 * PER_SIDE);
      // The stream on B: sums between the start and the end, never going back.
      const processed = onB.events.map((e) => e.lines[0].toCrmJob?.processed ?? 0);
      expect(processed).toEqual([...processed].sort((x, y) => x - y));
      expect(new Set(processed.filter((p) => p > 0 && p < PER_SIDE)).size).toBeGreaterThanOrEqual(2);
      console.log(`shared line: records inserted per worker ${perWorker.join(' / ')}, ${onB.events.length} progress events on B`);
    } finally {
      await client.dispose();
    }
  }, 300_000);
});

d('A shared line whose workers stop (SIGTERM) and die (SIGKILL)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    if (!probeRedis()) throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}`);
    // Parts of two chunks: a stop lands inside a part, which goes back to the queue at once.
    cluster = await startCluster({ gateways: 1, workers: 3, env: { TANDEM_SYNC_PART_RECORDS: String(2 * PART) }, seed: (l) => seedCustomers(l, PER_SIDE, 'M') });
  }, 180_000);
  afterAll(() => cluster?.dispose());

  it('should let a stopping worker exit within 10 s handing its parts back, finish a killed worker’s parts on the survivor within 15 s of the kill, every record once', async () => {
    const [a] = cluster.gateways;
    const run = await startRunUnderway(a.url, a.url, 1000, 60_000);
    const [stopping, victim] = cluster.workers;
    const exited = new Promise<number | null>((resolve) => stopping.child.once('exit', (code) => resolve(code)));
    const t0 = Date.now();
    stopping.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);

    const killed = new Promise((resolve) => victim.child.once('exit', resolve));
    victim.child.kill('SIGKILL');
    const killedAt = Date.now();
    await killed;
    await poll(
      () => gqlAt(a.url, PARTS, { id: run.id }),
      (x) => x.fullSyncRun.lines[0].toCrmJob.parts.length > 0 && x.fullSyncRun.lines[0].toCrmJob.parts.every((p: any) => p.status === 'SUCCEEDED'),
      'every part of the first pass to end',
      15_000,
      50,
    );
    const partsEndedMs = Date.now() - killedAt;
    await expectRunDoneOnce(a.url, run.id, PER_SIDE, 120_000);
    await expectCustomersOnce(cluster.location, PER_SIDE);
    console.log(`shared line after SIGTERM and SIGKILL: the first pass's parts ended ${partsEndedMs} ms after the kill`);
  }, 300_000);
});
