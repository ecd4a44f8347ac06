import { randomUUID } from 'node:crypto';
import { openStores, closeStores, Stores } from '../../src/gateway/stores';
import { Coupling } from '../../src/sync/coupling.entity';
import { freshStoreLocation } from '../helpers/store';
import { freePort, gqlAt, killHard, spawnServer } from '../helpers/process';

const PER_SIDE = 1200;
const TRIALS = 5;

/** Distinct customers and accounts (nothing to match), written straight into fresh stores. */
async function seed(stores: Stores): Promise<void> {
  const now = new Date();
  const customers = Array.from({ length: PER_SIDE }, (_, i) => ({
    no: `K${String(i).padStart(6, '0')}`,
    name: `Crash customer ${i}`,
    creditLimit: '0',
    blocked: false,
    modifiedAt: now,
  }));
  const accounts = Array.from({ length: PER_SIDE }, (_, i) => ({ id: randomUUID(), name: `Crash account ${i}`, state: 'ACTIVE', modifiedOn: now }));
  for (let i = 0; i < PER_SIDE; i += 200) {
    await stores.erp.getRepository('Customer').insert(customers.slice(i, i + 200));
    await stores.crm.getRepository('Account').insert(accounts.slice(i, i + 200));
  }
}

/** Every record on both sides exactly once and coupled exactly once. */
async function verify(stores: Stores): Promise<void> {
  const customers = await stores.erp.getRepository('Customer').find({ select: { no: true, name: true } });
  const accounts = await stores.crm.getRepository('Account').find({ select: { id: true, name: true } });
  const couplings = await stores.sync.getRepository(Coupling).findBy({ mapping: 'CUSTOMER' as never });
  expect(customers).toHaveLength(2 * PER_SIDE);
  expect(accounts).toHaveLength(2 * PER_SIDE);
  expect(new Set(customers.map((c) => c.name)).size).toBe(2 * PER_SIDE);
  expect(new Set(accounts.map((a) => a.name)).size).toBe(2 * PER_SIDE);
  expect(couplings).toHaveLength(2 * PER_SIDE);
  expect(couplings.filter((c) => c.pending)).toHaveLength(0);
  const customerNos = new Set(customers.map((c) => c.no));
  const accountIds = new Set(accounts.map((a) => a.id));
  expect(new Set(couplings.map((c) => c.erpId)).size).toBe(2 * PER_SIDE);
  expect(new Set(couplings.map((c) => c.crmId)).size).toBe(2 * PER_SIDE);
  expect(couplings.every((c) => customerNos.has(c.erpId) && accountIds.has(c.crmId))).toBe(true);
}

/** `trials` runs, each killed at a random moment and completed after a restart; `extra`: more environment of the gateway. */
async function crashTrials(trials: number, extra: Record<string, string> = {}): Promise<void> {
  for (let trial = 0; trial < trials; trial++) {
    const location = freshStoreLocation();
    const env: Record<string, string> = { DATA_DIR: location.dataDir, ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}), ...extra };
    try {
      const stores = await openStores(location);
      await seed(stores);
      await closeStores(stores);
      const port = await freePort();
      let server = await spawnServer(env, port);
      const { runFullSynchronization: run } = await gqlAt(server.url, 'mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }');
      // Kill at a random moment of the run (it takes roughly a second or two here).
      await new Promise((r) => setTimeout(r, 50 + Math.floor(Math.random() * 1200)));
      await killHard(server);
      server = await spawnServer(env, port);
      let status = 'RUNNING';
      const deadline = Date.now() + 60_000;
      while (status === 'RUNNING' && Date.now() < deadline) {
        status = (await gqlAt(server.url, 'query($id: ID!) { fullSyncRun(id: $id) { status } }', { id: run.id })).fullSyncRun.status;
        if (status === 'RUNNING') await new Promise((r) => setTimeout(r, 100));
      }
      // Counted once whatever the kill interrupted: the chunk's couplings commit with its counters, or stay pending and are counted by the repair.
      const { fullSyncRun } = await gqlAt(
        server.url,
        'query($id: ID!) { fullSyncRun(id: $id) { lines { toCrmJob { processed inserted failed } fromCrmJob { processed inserted failed } } } }',
        {
          id: run.id,
        },
      );
      await killHard(server);
      expect({ trial, status }).toEqual({ trial, status: 'SUCCEEDED' });
      const [line] = fullSyncRun.lines;
      expect({ trial, toCrm: line.toCrmJob, fromCrm: line.fromCrmJob }).toEqual({
        trial,
        toCrm: { processed: PER_SIDE, inserted: PER_SIDE, failed: 0 },
        fromCrm: { processed: PER_SIDE, inserted: PER_SIDE, failed: 0 },
      });
      const after = await openStores(location);
      try {
        await verify(after);
      } finally {
        await closeStores(after);
      }
    } finally {
      await location.dispose();
    }
  }
}

describe('Crash safety (kill -9 during a full sync)', () => {
  it(
    `should complete the run after ${TRIALS} kills at random moments, with every record on both sides exactly once, coupled once and counted once`,
    () => crashTrials(TRIALS),
    600_000,
  );

  // Each pass shared as four parts of 300 (two run at once on the job thread): a kill leaves parts running, done and not started.
  it('should do the same when the passes are shared as parts (TANDEM_SYNC_PART_RECORDS)', () => crashTrials(2, { TANDEM_SYNC_PART_RECORDS: '300' }), 600_000);
});
