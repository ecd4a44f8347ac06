import { randomUUID } from 'node:crypto';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { poll, waitRun } from '../helpers/sync-engine';
import { Coupling } from '../../src/sync/coupling.entity';
import { SyncJob } from '../../src/sync/sync-job.entity';
import { SyncJobLease } from '../../src/sync/sync-job.entity';
import { TableMappingName } from '../../src/sync/enums';
import { tandem } from '../helpers/cli';

/*
 * Full-sync lines shared by workers (issue 15), in one process: a full pass over more than
 * TANDEM_SYNC_PART_RECORDS source records is cut into key ranges (part jobs), its lead sums their
 * counters, and the line's outcome is the same as unshared: every record once, held records
 * never created, the match step's pairs counted once. Parts run through the in-process queue
 * (two at a time) while the lead works on the rest.
 */

const PART = 400;
const JOB = 'id status total processed inserted coupled skipped failed parts { id status total processed inserted partOf: parentJobId }';
const RUN = `query($id: ID!) { fullSyncRun(id: $id) { id status lines { mapping status message toCrmJob { ${JOB} } fromCrmJob { ${JOB} } } } }`;

/** ERP customers and CRM accounts with distinct names, `matching` pairs of equal names, and one name two accounts share. */
async function seed(gw: TestGateway, perSide: number, matching: number): Promise<void> {
  const now = new Date();
  const customers = Array.from({ length: perSide }, (_, i) => ({
    no: `P${String(i).padStart(6, '0')}`,
    name: i < matching ? `Pair ${i}` : i === matching ? 'Twice in CRM' : `Customer ${i}`,
    creditLimit: '0',
    blocked: false,
    modifiedAt: now,
  }));
  const accounts = Array.from({ length: perSide }, (_, i) => ({
    id: randomUUID(),
    name: i < matching ? `Pair ${i}` : i === matching || i === matching + 1 ? 'Twice in CRM' : `Account ${i}`,
    state: 'ACTIVE',
    modifiedOn: now,
  }));
  for (let i = 0; i < perSide; i += 500) {
    await gw.stores.erp.getRepository('Customer').insert(customers.slice(i, i + 500));
    await gw.stores.crm.getRepository('Account').insert(accounts.slice(i, i + 500));
  }
}

async function runCustomers(gw: TestGateway): Promise<string> {
  const { runFullSynchronization } = await gw.ok('mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }');
  return runFullSynchronization.id;
}

const sum = (parts: Array<Record<string, number>>, field: string) => parts.reduce((n, p) => n + p[field], 0);

describe('Full-sync lines shared as parts (TANDEM_SYNC_PART_RECORDS)', () => {
  let gw: TestGateway;
  afterEach(() => gw?.stop());

  it('should cut each pass into parts, sum their counters on the line, and create every record once (held and matched ones included)', async () => {
    gw = await startTestGateway({ env: { TANDEM_SYNC_PART_RECORDS: String(PART) } });
    const perSide = 2000;
    const matching = 150;
    await seed(gw, perSide, matching);
    const runId = await runCustomers(gw);
    await waitRun(gw, runId, 120_000);
    const { fullSyncRun: run } = await gw.ok(RUN, { id: runId });
    expect(run.status).toBe('SUCCEEDED');
    const [line] = run.lines;
    const to = line.toCrmJob;
    const from = line.fromCrmJob;
    // The ambiguous customer ("Twice in CRM") and its two accounts are held: never created, counted as skipped.
    expect({ processed: to.processed, coupled: to.coupled, inserted: to.inserted, failed: to.failed }).toEqual({
      processed: perSide,
      coupled: matching,
      inserted: perSide - matching - 1,
      failed: 0,
    });
    expect({ inserted: from.inserted, failed: from.failed }).toEqual({ inserted: perSide - matching - 2, failed: 0 });
    // Parts of PART source records each (the last one open-ended), all SUCCEEDED, their counters adding up.
    expect(to.parts.length).toBe(Math.ceil(perSide / PART));
    expect(to.parts.every((p: any) => p.status === 'SUCCEEDED' && p.partOf === to.id)).toBe(true);
    expect(to.parts.map((p: any) => p.total)).toEqual(Array.from({ length: to.parts.length }, () => PART));
    expect(sum(to.parts, 'inserted')).toBe(to.inserted);
    expect(sum(from.parts, 'inserted')).toBe(from.inserted);
    // Every record once: each coupled once, nothing pending, no lease left behind.
    const couplings = await gw.stores.sync.getRepository(Coupling).findBy({ mapping: TableMappingName.CUSTOMER });
    const created = perSide - matching - 1 + (perSide - matching - 2);
    expect(couplings.length).toBe(matching + created);
    expect(new Set(couplings.map((c) => c.erpId)).size).toBe(couplings.length);
    expect(new Set(couplings.map((c) => c.crmId)).size).toBe(couplings.length);
    expect(couplings.filter((c) => c.pending)).toEqual([]);
    expect(await gw.stores.erp.getRepository('Customer').count()).toBe(perSide + perSide - matching - 2);
    expect(await gw.stores.crm.getRepository('Account').count()).toBe(perSide + perSide - matching - 1);
    expect(await gw.stores.sync.getRepository(SyncJobLease).count()).toBe(0);
    // `tandem job` shows them under their job.
    const shown = await tandem(['job', to.id, '--url', gw.url]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`${to.parts.length} parts`);
    for (const p of to.parts) expect(shown.stdout).toContain(p.id);
    // Parts are listed under their job, not as jobs of their own.
    const { syncJobs } = await gw.ok('{ syncJobs(first: 100) { nodes { id } } }');
    expect(syncJobs.nodes.map((j: any) => j.id).sort()).toEqual([to.id, from.id].sort());
    // A second full sync finds everything coupled: nothing is created twice.
    const again = await runCustomers(gw);
    await waitRun(gw, again, 120_000);
    expect(await gw.stores.crm.getRepository('Account').count()).toBe(perSide + perSide - matching - 1);
  });

  it('should cancel the parts with their job: none runs on, every record it created is coupled once', async () => {
    gw = await startTestGateway({ env: { TANDEM_SYNC_PART_RECORDS: String(PART) } });
    await seed(gw, 6000, 0);
    const runId = await runCustomers(gw);
    const seen = await poll(
      () => gw.ok(RUN, { id: runId }),
      (d) => (d.fullSyncRun.lines[0].toCrmJob?.processed ?? 0) >= 800,
      'the first pass under way',
      60_000,
      20,
    );
    const lead = seen.fullSyncRun.lines[0].toCrmJob;
    await gw.ok('mutation($id: ID!) { cancelSyncJob(id: $id) { id status } }', { id: lead.id });
    const run = await waitRun(gw, runId, 60_000);
    expect(run.status).not.toBe('SUCCEEDED');
    await poll(
      () => gw.stores.sync.getRepository(SyncJob).findBy({ parentJobId: lead.id }),
      (parts) => parts.every((p) => p.status !== 'RUNNING' && p.status !== 'QUEUED'),
      'every part to end',
      30_000,
    );
    await gw.services.sync!.queue.idle();
    const { fullSyncRun } = await gw.ok(RUN, { id: runId });
    const to = fullSyncRun.lines[0].toCrmJob;
    expect(to.status).toBe('CANCELED');
    expect(to.processed).toBeLessThan(6000);
    const couplings = await gw.stores.sync.getRepository(Coupling).findBy({ mapping: TableMappingName.CUSTOMER });
    expect(couplings.filter((c) => c.pending)).toEqual([]);
    // What the parts created is what the job counted, each record once.
    expect(couplings.length).toBe(to.inserted);
    expect(await gw.stores.crm.getRepository('Account').count()).toBe(6000 + to.inserted);
  });

  it('should refuse to cancel a part on its own, changing nothing', async () => {
    gw = await startTestGateway({ env: { TANDEM_SYNC_PART_RECORDS: String(PART) } });
    await seed(gw, 1000, 0);
    const runId = await runCustomers(gw);
    await waitRun(gw, runId, 60_000);
    const { fullSyncRun } = await gw.ok(RUN, { id: runId });
    const part = fullSyncRun.lines[0].toCrmJob.parts[0];
    const res = await gw.gql('mutation($id: ID!) { cancelSyncJob(id: $id) { id } }', { id: part.id });
    expect(res.errors?.[0].extensions?.code).toBe('INVALID_STATE');
    expect(res.errors?.[0].message).toContain(fullSyncRun.lines[0].toCrmJob.id);
    expect((await gw.stores.sync.getRepository(SyncJob).findOneBy({ id: part.id }))!.status).toBe('SUCCEEDED');
  });

  it('should not share a pass at or under the part size', async () => {
    gw = await startTestGateway({ env: { TANDEM_SYNC_PART_RECORDS: String(PART) } });
    await seed(gw, PART, 0);
    const runId = await runCustomers(gw);
    await waitRun(gw, runId, 60_000);
    const { fullSyncRun } = await gw.ok(RUN, { id: runId });
    expect(fullSyncRun.lines[0].toCrmJob.parts).toEqual([]);
    // Every customer but the one whose name two accounts share (held for a person).
    expect(fullSyncRun.lines[0].toCrmJob.inserted).toBe(PART - 1);
  });
});
