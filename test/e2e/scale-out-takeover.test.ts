import { testStoreKind } from '../helpers/store';
import { gqlAt } from '../helpers/process';
import { poll } from '../helpers/sync-engine';
import { sample } from '../helpers/metrics';
import { probeRedis, REDIS_REQUIRED, REDIS_URL } from '../helpers/redis';
import { Cluster, expectCustomersOnce, expectRunDoneOnce, RUN_JOBS as RUN, seedCustomers, startRunUnderway, startCluster } from '../helpers/cluster';

/*
 * Takeover (issue 15): a worker killed with SIGKILL in the middle of a full-sync line loses its
 * BullMQ lock and its mapping lease within seconds (heartbeat), and another worker resumes the job
 * from its checkpoint: the line ends within 15 s of the kill, every record once, no counter twice.
 */

const PER_SIDE = 6000;
const enabled = testStoreKind() === 'mariadb' && (probeRedis() || REDIS_REQUIRED);
const d = enabled ? describe : describe.skip;

d('Takeover of a job whose worker was killed (SIGKILL)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    if (!probeRedis()) throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}`);
    cluster = await startCluster({ gateways: 2, workers: 2, seed: (l) => seedCustomers(l, PER_SIDE, 'K') });
  }, 180_000);
  afterAll(() => cluster?.dispose());

  it('should resume the line on the other worker from its checkpoint and end the killed job within 15 s of the kill, every record once, counters once', async () => {
    const [a, b] = cluster.gateways;
    const run = await startRunUnderway(a.url, b.url, 1000, 60_000);
    const before = run.seen;
    const running = await Promise.all(cluster.workers.map(async (w) => sample(await (await fetch(`http://127.0.0.1:${w.port}/metrics`)).text(), 'tandem_sync_jobs_running')));
    expect([...running].sort()).toEqual([0, 1]);
    const victim = cluster.workers[running.indexOf(1)];
    const exited = new Promise((resolve) => victim.child.once('exit', resolve));
    victim.child.kill('SIGKILL');
    const killedAt = Date.now();
    await exited;
    const seen = before.fullSyncRun.lines[0].toCrmJob.processed;

    // Resumed elsewhere: the counters move on again (from the checkpoint, never back below what was saved).
    await poll(
      () => gqlAt(b.url, RUN, { id: run.id }),
      (x) => x.fullSyncRun.lines[0].toCrmJob.processed > seen + 500 || x.fullSyncRun.status !== 'RUNNING',
      'the other worker to resume the job',
      15_000,
      50,
    );
    const resumedMs = Date.now() - killedAt;
    // The killed job itself ends on the other worker within 15 s of the kill (the line's second job follows).
    await poll(
      () => gqlAt(b.url, RUN, { id: run.id }),
      (x) => x.fullSyncRun.lines[0].toCrmJob.status !== 'RUNNING',
      'the killed job to end elsewhere',
      15_000 - resumedMs,
      50,
    );
    const jobEndedMs = Date.now() - killedAt;
    expect(jobEndedMs).toBeLessThan(15_000);
    // Counters once: what the dead worker counted up to its last checkpoint, plus what the survivor did after it.
    await expectRunDoneOnce(b.url, run.id, PER_SIDE, 60_000);
    const finishedMs = Date.now() - killedAt;
    await expectCustomersOnce(cluster.location, PER_SIDE);
    const survivor = cluster.workers.find((w) => w !== victim)!;
    expect(survivor.output()).toContain('"resumedAt"');
    console.log(`takeover after SIGKILL: resumed ${resumedMs} ms, killed job ended ${jobEndedMs} ms, line ended ${finishedMs} ms after the kill`);
  }, 300_000);
});
