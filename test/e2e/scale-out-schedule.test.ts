import { Queue } from 'bullmq';
import { openStores, closeStores } from '../../src/gateway/stores';
import { SyncJob } from '../../src/sync/sync-job.entity';
import { SCHEDULE_QUEUE, SCHEDULER_ID } from '../../src/sync/incremental/bullmq-schedule';
import { testStoreKind } from '../helpers/store';
import { gqlAt } from '../helpers/process';
import { poll, sleep } from '../helpers/sync-engine';
import { probeRedis, REDIS_REQUIRED, REDIS_URL } from '../helpers/redis';
import { Cluster, startCluster } from '../helpers/cluster';

/*
 * One schedule (issue 15): with Redis, a BullMQ job scheduler replaces the per-process timers.
 * Two gateways and two workers as child processes; the interval set to 5 s on one gateway: one
 * incremental pass per interval across all four processes, never two at once; disabling the
 * setup on the other gateway removes the schedule for all of them.
 */

const enabled = testStoreKind() === 'mariadb' && (probeRedis() || REDIS_REQUIRED);
const d = enabled ? describe : describe.skip;
const SETUP = `mutation($i: ConnectionSetupInput!) { updateConnectionSetup(input: $i) { isEnabled syncIntervalSeconds } }`;

/** The scheduled incremental runs so far: the first job of each, by when it was queued. */
async function scheduledRuns(cluster: Cluster): Promise<Array<{ at: number; jobs: SyncJob[] }>> {
  const stores = await openStores(cluster.location);
  try {
    const jobs = (await stores.sync.getRepository(SyncJob).findBy({ type: 'INCREMENTAL' as never })).filter((j) => (j.params as { trigger?: string })?.trigger === 'SCHEDULE');
    const runs = new Map<string, SyncJob[]>();
    for (const j of jobs) {
      const first = ((j.params as { chain?: string[] }).chain ?? [j.id])[0];
      runs.set(first, [...(runs.get(first) ?? []), j]);
    }
    return [...runs.values()].map((js) => ({ at: Math.min(...js.map((j) => new Date(j.queuedAt).getTime())), jobs: js })).sort((a, b) => a.at - b.at);
  } finally {
    await closeStores(stores);
  }
}

d('One schedule across gateways and workers (BullMQ job scheduler)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    if (!probeRedis()) throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}`);
    cluster = await startCluster({ gateways: 2, workers: 2 });
  }, 180_000);
  afterAll(() => cluster?.dispose());

  it('should run one incremental pass per 5 s interval across 4 processes for 30 s, never two at once, and none once disabled', async () => {
    const [a, b] = cluster.gateways;
    const queue = new Queue(SCHEDULE_QUEUE, { connection: { url: REDIS_URL } as never, prefix: `tandem:${cluster.env.TANDEM_REDIS_NAMESPACE}` });
    try {
      // Every process upserted the same one scheduler at start (the default 300 s).
      expect((await queue.getJobSchedulers()).map((s) => [s.key, s.every])).toEqual([[SCHEDULER_ID, 300_000]]);
      expect((await gqlAt(a.url, SETUP, { i: { syncIntervalSeconds: 5, isEnabled: true } })).updateConnectionSetup).toEqual({ isEnabled: true, syncIntervalSeconds: 5 });
      const t0 = Date.now();
      // The gateway that changed the setup upserts the scheduler right after (no restart of anything).
      await poll(
        () => queue.getJobSchedulers(),
        (s) => s[0]?.every === 5000,
        'the scheduler at 5 s',
        3000,
        20,
      );
      expect((await queue.getJobSchedulers()).map((s) => [s.key, s.every])).toEqual([[SCHEDULER_ID, 5000]]);
      await sleep(30_000);
      // Disabled on the other gateway: the schedule is gone for every process.
      await gqlAt(b.url, SETUP, { i: { isEnabled: false } });
      await poll(
        () => queue.getJobSchedulers(),
        (s) => s.length === 0,
        'the scheduler removed',
        3000,
        20,
      );
      const t1 = Date.now();
      const runs = (await scheduledRuns(cluster)).filter((r) => r.at >= t0 - 1000);
      // 30 s at 5 s: 6 intervals (5 to 7 with the edges); the per-process timers would give twice as many or more.
      expect(runs.length).toBeGreaterThanOrEqual(5);
      expect(runs.length).toBeLessThanOrEqual(7);
      // One per interval: each run starts in its own 5 s slot.
      const slots = runs.map((r) => Math.round(r.at / 5000));
      expect(new Set(slots).size).toBe(runs.length);
      // Never two at once: a run's jobs all finished before the next run was queued.
      for (let i = 1; i < runs.length; i++) {
        const ended = Math.max(...runs[i - 1].jobs.map((j) => new Date(j.finishedAt ?? Date.now()).getTime()));
        expect(ended).toBeLessThanOrEqual(runs[i].at);
      }
      await sleep(8000);
      expect((await scheduledRuns(cluster)).filter((r) => r.at > t1 + 500)).toEqual([]);
    } finally {
      await queue.close();
    }
  }, 180_000);
});
