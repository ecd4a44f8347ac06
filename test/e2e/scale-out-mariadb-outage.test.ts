import { testStoreKind } from '../helpers/store';
import { poll, sleep } from '../helpers/sync-engine';
import { metricSum } from '../helpers/metrics';
import { probeRedis, REDIS_REQUIRED, REDIS_URL } from '../helpers/redis';
import { startTcpProxy, TcpProxy } from '../helpers/tcp-proxy';
import { Cluster, expectCustomersOnce, expectRunDoneOnce, seedCustomers, startRunUnderway, startCluster } from '../helpers/cluster';

/*
 * MariaDB lost for a few seconds (issue 15): two gateways and two workers reach MariaDB through a
 * loopback proxy that drops every connection for 3 s in the middle of a full-sync line (Redis is
 * reached directly). The jobs pause and go on, /readyz names the store while it is gone, and the
 * run completes with every record and every counter exactly once. The seed and the final check
 * go to MariaDB itself, so they see the store as it is, not through the proxy.
 */

const PER_SIDE = 6000;
const enabled = testStoreKind() === 'mariadb' && (probeRedis() || REDIS_REQUIRED);
const d = enabled ? describe : describe.skip;

d('MariaDB lost for 3 s in the middle of a run (loopback proxy)', () => {
  let cluster: Cluster;
  let proxy: TcpProxy;
  beforeAll(async () => {
    if (!probeRedis()) throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}`);
    proxy = await startTcpProxy(3306);
    const throughProxy = (storeUrl: string) => {
      const url = new URL(storeUrl);
      url.port = String(proxy.port);
      return url.toString();
    };
    cluster = await startCluster({ gateways: 2, workers: 2, databaseUrl: throughProxy, seed: (l) => seedCustomers(l, PER_SIDE, 'M') });
  }, 180_000);
  afterAll(async () => {
    await cluster?.dispose();
    await proxy?.close();
  });

  it('should pause and go on: /readyz names the store while MariaDB is gone, the run completes exactly once', async () => {
    const [a, b] = cluster.gateways;
    const readyz = [`http://127.0.0.1:${cluster.workers[0].port}/readyz`, b.url.replace(/\/graphql$/, '/readyz')];
    const run = await startRunUnderway(a.url, b.url, 1000, 60_000);
    const outage = proxy.outage(3000);
    await sleep(500);
    // While MariaDB is gone: not ready, and saying which stores do not answer.
    for (const url of readyz) {
      const res = await fetch(url);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { reason?: string }).reason).toMatch(/store (erp|crm|sync)/);
    }
    await outage;
    await expectRunDoneOnce(b.url, run.id, PER_SIDE);
    await expectCustomersOnce(cluster.location, PER_SIDE);
    // The outage did reach the running job: it met transient store errors and retried them.
    const transient = await Promise.all(
      cluster.workers.map(async (w) => metricSum(await (await fetch(`http://127.0.0.1:${w.port}/metrics`)).text(), 'tandem_sync_errors_total', { class: 'transient' })),
    );
    expect(transient[0] + transient[1]).toBeGreaterThan(0);
    // Ready again once MariaDB is back: both processes' pools reconnect.
    for (const url of readyz) {
      await poll(
        () => fetch(url).then((r) => r.status),
        (s) => s === 200,
        `ready again (${url})`,
        10_000,
        100,
      );
    }
  }, 300_000);
});
