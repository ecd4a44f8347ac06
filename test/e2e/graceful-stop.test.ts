import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { openStores, closeStores } from '../../src/gateway/stores';
import { Coupling } from '../../src/sync/coupling.entity';
import { freshStoreLocation, testStoreKind } from '../helpers/store';
import { freePort, gqlAt, killHard, ServerProcess, spawnServer } from '../helpers/process';
import { poll } from '../helpers/sync-engine';
import { startTandem } from '../helpers/cli';
import { expectRunDoneOnce, seedCustomers } from '../helpers/cluster';

const PER_SIDE = 6000;
/** What does not depend on the store runs once (the SQLite run). */
const once = testStoreKind() === 'sqlite' ? it : it.skip;
/** What the issue promises: the process is gone within 10 s of SIGTERM, even mid-run. */
const EXIT_WITHIN_MS = 10_000;

/** The JSON log lines of a process's output (pretty or foreign lines are left out). */
function jsonLines(output: string): Array<Record<string, any>> {
  return output.split('\n').flatMap((l) => {
    try {
      const v = JSON.parse(l);
      return v && typeof v === 'object' ? [v] : [];
    } catch {
      return [];
    }
  });
}

const LINE = `query($id: ID!) { fullSyncRun(id: $id) { status lines { mapping toCrmJob { id status processed total inserted failed } fromCrmJob { id status processed total inserted failed } } } }`;

describe('Graceful stop (SIGTERM in the middle of a full sync)', () => {
  it('should answer 503 at once, complete subscriptions, hand the job back and exit within 10 s; after a restart the run completes with every record once', async () => {
    const location = freshStoreLocation();
    const env: Record<string, string> = { DATA_DIR: location.dataDir, LOG_LEVEL: 'info', ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}) };
    let server: ServerProcess | undefined;
    try {
      await seedCustomers(location, PER_SIDE, 'G');
      const port = await freePort();
      server = await spawnServer(env, port);
      const base = server.url.replace('/graphql', '');
      // A script starts the run with the CLI and follows it; it must learn that the gateway went away, and how to go on.
      const follower = startTandem(['sync', 'full', '-m', 'CUSTOMER', '--url', server.url]);
      const run = (
        await poll(
          () => gqlAt(server!.url, '{ fullSyncRuns(first: 1) { id } }'),
          (d) => d.fullSyncRuns.length > 0,
          'the run to start',
          30_000,
          20,
        )
      ).fullSyncRuns[0];

      // A progress UI following the run: its subscription must end when the gateway stops, not hang.
      const client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
      let events = 0;
      const ended = new Promise<string>((resolve) => {
        client.subscribe(
          { query: 'subscription($id: ID!) { fullSyncProgress(runId: $id) { status } }', variables: { id: run.id } },
          {
            next: () => void events++,
            error: (e) => resolve(`error ${(e as { code?: number }).code ?? String(e)}`),
            complete: () => resolve('complete'),
          },
        );
      });

      // In the middle of the first job: some records done, most not.
      await poll(
        () => gqlAt(server!.url, LINE, { id: run.id }),
        (d) => (d.fullSyncRun.lines[0].toCrmJob?.processed ?? 0) >= 500,
        'the first job under way',
        60_000,
        20,
      );
      const exited = new Promise<number | null>((resolve) => server!.child.once('exit', (code) => resolve(code)));
      const t0 = Date.now();
      server.child.kill('SIGTERM');
      // Not ready from the first moment: a load balancer stops sending traffic at once.
      // (The first probe may still beat the signal's delivery; none may answer 200 after a 503.)
      const probes: Array<{ status: number; body: unknown }> = [];
      while (server.child.exitCode === null && Date.now() - t0 < EXIT_WITHIN_MS) {
        const probe = await fetch(`${base}/readyz`).then(
          (r) => r.json().then((body) => ({ status: r.status, body })),
          () => null,
        );
        if (!probe) break;
        probes.push(probe);
        await new Promise((r) => setTimeout(r, 5));
      }
      const first503 = probes.findIndex((p) => p.status === 503);
      expect(first503).toBeGreaterThanOrEqual(0);
      expect(probes[first503]).toMatchObject({ status: 503, body: { status: 'not ready', reason: 'shutting down' } });
      expect(probes.slice(first503).every((p) => p.status === 503)).toBe(true);
      const code = await exited;
      const stopMs = Date.now() - t0;
      expect(code).toBe(0);
      expect(stopMs).toBeLessThan(EXIT_WITHIN_MS);
      expect(await Promise.race([ended, new Promise((r) => setTimeout(() => r('still open'), 2000))])).toMatch(/^(complete|error 1001)$/);
      expect(events).toBeGreaterThan(0);
      await client.dispose();
      const followed = await follower.result;
      expect(followed.code).toBe(5);
      expect(followed.stderr).toContain(`tandem follow ${run.id}`);
      expect(followed.stderr).not.toMatch(/\n\s+at /);

      const lines = jsonLines(server.output());
      const ready = lines.find((l) => l.msg === 'Tandem gateway ready')!;
      expect(ready).toMatchObject({ url: server.url, queue: 'in process, jobs on their own thread', bus: 'in memory', keys: 'none: loopback clients only' });
      expect(ready.store).toMatch(location.databaseUrl ? /^mariadb mysql:\/\/127\.0\.0\.1:3306\// : /^sqlite \//);
      const handedBack = lines.find((l) => l.msg === 'sync job handed back: the process is stopping')!;
      expect(handedBack).toMatchObject({ jobId: expect.any(String), runId: run.id, mapping: 'CUSTOMER', direction: 'TO_CRM' });
      const started = lines.find((l) => l.msg === 'sync job started')!;
      expect(started).toMatchObject({ jobId: handedBack.jobId, runId: run.id, mapping: 'CUSTOMER', direction: 'TO_CRM', type: 'FULL' });
      expect(lines.find((l) => l.msg === 'stopped')).toMatchObject({ ms: expect.any(Number) });
      expect(server.output()).not.toMatch(/password|Bearer /i);

      // The job was left RUNNING with its checkpoint, neither failed nor canceled.
      const mid = await openStores(location);
      try {
        const job = await mid.sync.getRepository('SyncJob').findOneByOrFail({ id: handedBack.jobId });
        expect(job.status).toBe('RUNNING');
        expect(job.processed).toBeGreaterThan(0);
        expect(job.processed).toBeLessThan(PER_SIDE);
      } finally {
        await closeStores(mid);
      }

      server = await spawnServer(env, port);
      // Counters exact across the stop: each record counted once.
      await expectRunDoneOnce(server.url, run.id, PER_SIDE);
      await killHard(server);
      server = undefined;

      const after = await openStores(location);
      try {
        const customers = await after.erp.getRepository('Customer').count();
        const accounts = await after.crm.getRepository('Account').count();
        const couplings = await after.sync.getRepository(Coupling).findBy({ mapping: 'CUSTOMER' as never });
        expect({ customers, accounts, couplings: couplings.length }).toEqual({ customers: 2 * PER_SIDE, accounts: 2 * PER_SIDE, couplings: 2 * PER_SIDE });
        expect(new Set(couplings.map((c) => c.erpId)).size).toBe(2 * PER_SIDE);
        expect(new Set(couplings.map((c) => c.crmId)).size).toBe(2 * PER_SIDE);
        expect(couplings.filter((c) => c.pending)).toHaveLength(0);
      } finally {
        await closeStores(after);
      }
    } finally {
      if (server) await killHard(server);
      await location.dispose();
    }
  }, 300_000);

  once(
    'should write colored text for people with LOG_FORMAT=pretty and stop on SIGINT',
    async () => {
      const location = freshStoreLocation();
      const env: Record<string, string> = {
        DATA_DIR: location.dataDir,
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'pretty',
        ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}),
      };
      try {
        const server = await spawnServer(env, await freePort());
        const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
        server.child.kill('SIGINT');
        expect(await exited).toBe(0);
        const out = server.output();
        expect(out).toMatch(/INFO.*Tandem gateway ready/);
        expect(jsonLines(out)).toHaveLength(0);
      } finally {
        await location.dispose();
      }
    },
    120_000,
  );

  once(
    'should refuse a LOG_FORMAT or LOG_LEVEL it does not know, saying which',
    async () => {
      const location = freshStoreLocation();
      try {
        await expect(spawnServer({ DATA_DIR: location.dataDir, LOG_FORMAT: 'xml' }, await freePort(), 20_000)).rejects.toThrow(/LOG_FORMAT: "xml" is neither json/);
        await expect(spawnServer({ DATA_DIR: location.dataDir, LOG_LEVEL: 'loud' }, await freePort(), 20_000)).rejects.toThrow(/LOG_LEVEL: "loud" is not one of/);
      } finally {
        await location.dispose();
      }
    },
    60_000,
  );
});
