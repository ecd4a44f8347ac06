import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freshStoreLocation, testStoreKind } from '../helpers/store';
import { freePort, gqlAt, killHard, ServerProcess, spawnServer, spawnWorker } from '../helpers/process';
import { poll } from '../helpers/sync-engine';
import { sample } from '../helpers/metrics';
import { probeRedis, REDIS_REQUIRED, REDIS_URL } from '../helpers/redis';
import { expectCustomersOnce, expectRunDoneOnce, RUN_JOBS as RUN, seedCustomers, startRunUnderway } from '../helpers/cluster';

const PER_SIDE = 6000;
// Workers share a store: the MariaDB run only. Redis is required in CI.
const enabled = testStoreKind() === 'mariadb' && (probeRedis() || REDIS_REQUIRED);
const d = enabled ? describe : describe.skip;

async function metricsAt(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(res.status).toBe(200);
  return res.text();
}

d('tandem worker: its own /metrics, and a SIGTERM that hands the job to another worker at once', () => {
  it('should count its jobs on METRICS_PORT, and on SIGTERM mid-job exit within 10 s while the other worker takes the job over at once; every record once', async () => {
    if (!probeRedis()) throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}`);
    const location = freshStoreLocation();
    const env = { DATA_DIR: location.dataDir, DATABASE_URL: location.databaseUrl!, REDIS_URL, TANDEM_REDIS_NAMESPACE: `t${randomUUID().slice(0, 8)}`, LOG_LEVEL: 'info' };
    const processes: ServerProcess[] = [];
    try {
      await seedCustomers(location, PER_SIDE, 'W');
      // The gateway only queues; the two workers run the jobs.
      const serve = await spawnServer({ ...env, TANDEM_RUN_JOBS: '0' }, await freePort());
      processes.push(serve);
      const ports = [await freePort(), await freePort()];
      const workers = [await spawnWorker(env, ports[0]), await spawnWorker(env, ports[1])];
      processes.push(...workers);
      for (const port of ports) {
        expect(await (await fetch(`http://127.0.0.1:${port}/livez`)).json()).toEqual({ status: 'ok' });
        expect(await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()).toEqual({ status: 'ready', stores: { erp: 'ok', crm: 'ok', sync: 'ok', redis: 'ok' } });
      }

      const run = await startRunUnderway(serve.url, serve.url, 500, 60_000);
      // Which worker runs it: the one whose own series says so.
      const running = await Promise.all(ports.map(async (p) => sample(await metricsAt(p), 'tandem_sync_jobs_running')));
      expect([...running].sort()).toEqual([0, 1]);
      const busy = running.indexOf(1) === 0 ? 0 : 1;
      const [stopping, other] = [workers[busy], workers[1 - busy]];
      const otherPort = ports[1 - busy];
      const exited = new Promise<number | null>((resolve) => stopping.child.once('exit', (code) => resolve(code)));
      const t0 = Date.now();
      stopping.child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const stopMs = Date.now() - t0;
      expect(stopMs).toBeLessThan(10_000);
      const handedBack = stopping
        .output()
        .split('\n')
        .filter((l) => l.includes('sync job handed back'))
        .map((l) => JSON.parse(l))[0];
      expect(handedBack).toMatchObject({ runId: run.id, mapping: 'CUSTOMER', direction: 'TO_CRM', processed: expect.any(Number) });

      // Taken over right away (BullMQ's stall timeout is 30 s): the other worker runs it within a few seconds.
      const tookOver = Date.now();
      await poll(
        () => gqlAt(serve.url, RUN, { id: run.id }),
        (d) => d.fullSyncRun.lines[0].toCrmJob.processed > handedBack.processed,
        'the other worker to go on',
        8000,
        50,
      );
      expect(Date.now() - tookOver).toBeLessThan(8000);

      await expectRunDoneOnce(serve.url, run.id, PER_SIDE);

      // The survivor counted what it did itself: the rest of the first job and the whole second one.
      const text = await metricsAt(otherPort);
      expect(sample(text, 'tandem_sync_records_total', { mapping: 'CUSTOMER', direction: 'TO_CRM', outcome: 'inserted' })).toBe(PER_SIDE - handedBack.processed);
      expect(sample(text, 'tandem_sync_records_total', { mapping: 'CUSTOMER', direction: 'FROM_CRM', outcome: 'inserted' })).toBe(PER_SIDE);
      expect(sample(text, 'tandem_couplings', { mapping: 'CUSTOMER', state: 'synced' })).toBe(2 * PER_SIDE);
      expect(sample(text, 'tandem_queue_jobs', { state: 'active' })).toBe(0);
      if (existsSync('/usr/bin/promtool')) {
        const check = spawnSync('/usr/bin/promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
        expect(check.stdout + check.stderr).toBe('');
      }
      expect(other.output()).toContain('"msg":"Tandem worker ready"');

      await expectCustomersOnce(location, PER_SIDE);
    } finally {
      for (const p of processes) await killHard(p);
      await location.dispose();
    }
  }, 300_000);
});
