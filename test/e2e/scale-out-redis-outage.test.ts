import { testStoreKind } from '../helpers/store';
import { gqlAt } from '../helpers/process';
import { poll, sleep } from '../helpers/sync-engine';
import { probeRedis, REDIS_REQUIRED, REDIS_URL } from '../helpers/redis';
import { startTcpProxy, TcpProxy } from '../helpers/tcp-proxy';
import { Cluster, expectCustomersOnce, expectRunDoneOnce, RUN_JOBS as RUN, seedCustomers, startRunUnderway, startCluster } from '../helpers/cluster';

/*
 * Redis lost for a few seconds (issue 15): two gateways and two workers reach Redis through a
 * loopback proxy that drops every connection for 3 s in the middle of a full-sync line. The jobs
 * pause and go on, /readyz names Redis while it is gone, the gateways keep answering from the
 * store, and the run completes with every record and every counter exactly once.
 */

const PER_SIDE = 6000;
const enabled = testStoreKind() === 'mariadb' && (probeRedis() || REDIS_REQUIRED);
const d = enabled ? describe : describe.skip;

d('Redis lost for 3 s in the middle of a run (loopback proxy)', () => {
  let cluster: Cluster;
  let proxy: TcpProxy;
  beforeAll(async () => {
    if (!probeRedis()) throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}`);
    const real = new URL(REDIS_URL);
    proxy = await startTcpProxy(Number(real.port || 6379));
    real.port = String(proxy.port);
    cluster = await startCluster({ gateways: 2, workers: 2, env: { REDIS_URL: real.toString() }, seed: (l) => seedCustomers(l, PER_SIDE, 'R') });
  }, 180_000);
  afterAll(async () => {
    await cluster?.dispose();
    await proxy?.close();
  });

  it('should pause and go on: /readyz names Redis while it is gone, the gateways answer from the store, the run completes exactly once', async () => {
    const [a, b] = cluster.gateways;
    const run = await startRunUnderway(a.url, b.url, 1000, 60_000);
    const outage = proxy.outage(3000);
    await sleep(500);
    // While Redis is gone: not ready, and saying why; reads from the store still answer.
    for (const url of [`http://127.0.0.1:${cluster.workers[0].port}/readyz`, b.url.replace(/\/graphql$/, '/readyz')]) {
      const res = await fetch(url);
      expect(res.status).toBe(503);
      expect(JSON.stringify(await res.json())).toMatch(/redis/i);
    }
    expect((await gqlAt(b.url, RUN, { id: run.id })).fullSyncRun.status).toBe('RUNNING');
    await outage;
    await expectRunDoneOnce(b.url, run.id, PER_SIDE);
    await expectCustomersOnce(cluster.location, PER_SIDE);
    // Ready again once Redis is back.
    await poll(
      () => fetch(`http://127.0.0.1:${cluster.workers[0].port}/readyz`).then((r) => r.status),
      (s) => s === 200,
      'ready again',
      10_000,
      100,
    );
  }, 300_000);
});
