import { testStoreKind } from '../helpers/store';
import { gqlAt } from '../helpers/process';
import { poll, collect, within, Run, RUN_FIELDS, Collected } from '../helpers/sync-engine';
import { probeRedis, REDIS_REQUIRED, REDIS_URL } from '../helpers/redis';
import { Cluster, expectCustomersOnce, seedCustomers, startCluster } from '../helpers/cluster';

/*
 * Progress everywhere (issue 15): two gateways and two workers as child processes over one MariaDB
 * and one Redis. A full sync started on gateway A is followed on gateway B, from the start and from
 * the middle of the run: the snapshot, then every change in order, with the line's counters between
 * its start and its end, never going back, ending with the same final state A streams.
 */

// Six chunks of 2,000 per side: a few counters between start and end even when publishes coalesce.
const PER_SIDE = 12000;
// Processes share a store: the MariaDB run only. Redis is required in CI.
const enabled = testStoreKind() === 'mariadb' && (probeRedis() || REDIS_REQUIRED);
const d = enabled ? describe : describe.skip;
const RANK: Record<string, number> = { QUEUED: 0, RUNNING: 1, SUCCEEDED: 2, FAILED: 2, CANCELED: 2 };
const SUBSCRIBE = `subscription($id: ID!) { fullSyncProgress(runId: $id) { ${RUN_FIELDS} } }`;

/** The stream holds: run and line states never go back, each job's processed never goes back. */
function checkOrder(events: Run[]): void {
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1], events[i]];
    expect(RANK[b.status]).toBeGreaterThanOrEqual(RANK[a.status]);
    for (const [k, line] of b.lines.entries()) {
      expect(RANK[line.status]).toBeGreaterThanOrEqual(RANK[a.lines[k].status]);
      for (const f of ['toCrmJob', 'fromCrmJob'] as const) expect(line[f]?.processed ?? 0).toBeGreaterThanOrEqual(a.lines[k][f]?.processed ?? 0);
    }
  }
}

const between = (events: Run[], f: 'toCrmJob' | 'fromCrmJob') => new Set(events.map((e) => e.lines[0][f]?.processed ?? 0).filter((p) => p > 0 && p < PER_SIDE));

d('fullSyncProgress on every gateway (two gateways, two workers, Redis, MariaDB)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    if (!probeRedis()) throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}`);
    cluster = await startCluster({ gateways: 2, workers: 2, seed: (l) => seedCustomers(l, PER_SIDE) });
  }, 180_000);
  afterAll(() => cluster?.dispose());

  it('should stream a run started on A on B from its start and from its middle: in order, counters between start and end, the same end as on A', async () => {
    const [a, b] = cluster.gateways;
    const clients = [cluster.ws(a), cluster.ws(b), cluster.ws(b)];
    try {
      const { runFullSynchronization: run } = await gqlAt(a.url, 'mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }');
      const onA = collect<Run>(clients[0], SUBSCRIBE, { id: run.id }, (x) => x.fullSyncProgress);
      const onB = collect<Run>(clients[1], SUBSCRIBE, { id: run.id }, (x) => x.fullSyncProgress);
      // A third follower joins on B in the middle of the first job: its snapshot, then the rest, no gap.
      await poll(
        () => gqlAt(b.url, `query($id: ID!) { fullSyncRun(id: $id) { lines { toCrmJob { processed } } } }`, { id: run.id }),
        (x) => (x.fullSyncRun.lines[0].toCrmJob?.processed ?? 0) >= 1000,
        'the first job under way',
        60_000,
        20,
      );
      const late: Collected<Run> = collect<Run>(clients[2], SUBSCRIBE, { id: run.id }, (x) => x.fullSyncProgress);
      for (const c of [onA, onB, late]) await within(c.done, 120_000, 'fullSyncProgress to complete');
      for (const c of [onA, onB, late]) {
        expect(c.errors).toEqual([]);
        checkOrder(c.events);
        expect(c.events[c.events.length - 1]).toMatchObject({ status: 'SUCCEEDED' });
      }
      // B from the start: the counters of both jobs between start and end, as A sees them.
      for (const f of ['toCrmJob', 'fromCrmJob'] as const) {
        expect(between(onB.events, f).size).toBeGreaterThanOrEqual(2);
        expect(between(onA.events, f).size).toBeGreaterThanOrEqual(2);
      }
      // B from the middle: its first event is the snapshot under way, then the second job's counters too.
      expect(late.events[0].lines[0].toCrmJob!.processed).toBeGreaterThanOrEqual(1000);
      expect(between(late.events, 'fromCrmJob').size).toBeGreaterThanOrEqual(2);
      const end = (c: Collected<Run>) => c.events[c.events.length - 1].lines[0];
      for (const c of [onB, late]) expect(end(c)).toEqual(end(onA));
      expect(end(onA).toCrmJob).toMatchObject({ status: 'SUCCEEDED', processed: PER_SIDE, inserted: PER_SIDE, failed: 0 });
      expect(end(onA).fromCrmJob).toMatchObject({ status: 'SUCCEEDED', processed: PER_SIDE, inserted: PER_SIDE, failed: 0 });
      await expectCustomersOnce(cluster.location, PER_SIDE);
    } finally {
      for (const c of clients) await c.dispose();
    }
  }, 300_000);
});
