import { randomUUID } from 'node:crypto';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { TOPICS } from '../../src/sync/events/topics';
import { TableMappingName } from '../../src/sync/enums';
import { ThreadJobQueue } from '../../src/sync/jobs/thread/thread-job-queue';
import { collect, poll, Run, RUN_FIELDS, startFullSync, totals, waitForListener, waitRun, within } from '../helpers/sync-engine';
import { metricSum } from '../helpers/metrics';

/*
 * The embedded default runs sync jobs on their own worker thread (`tandem serve` does; these
 * tests ask for it explicitly): progress, metrics, readiness, cancel and a thread that dies all
 * work across the thread boundary, with every record once.
 */

jest.setTimeout(150_000);

const N = 4000;

async function seedCustomers(gw: TestGateway, n: number, prefix: string): Promise<void> {
  const now = new Date();
  for (let i = 0; i < n; i += 500) {
    const rows = Array.from({ length: Math.min(500, n - i) }, (_, j) => ({
      no: `${prefix}${String(i + j).padStart(6, '0')}`,
      name: `Thread customer ${i + j}`,
      creditLimit: '0',
      blocked: false,
      modifiedAt: now,
    }));
    await gw.stores.erp.getRepository('Customer').insert(rows);
  }
}

async function seedAccounts(gw: TestGateway, n: number): Promise<void> {
  const now = new Date();
  for (let i = 0; i < n; i += 500) {
    const rows = Array.from({ length: Math.min(500, n - i) }, (_, j) => ({ id: randomUUID(), name: `Thread account ${i + j}`, state: 'ACTIVE', modifiedOn: now }));
    await gw.stores.crm.getRepository('Account').insert(rows);
  }
}

describe('Sync jobs on their own thread', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ jobThread: true });
  }, 120_000);
  afterAll(() => gw?.stop());

  it('should run a full sync there: every counter change reaches graphql-ws subscribers, /metrics and /readyz include the thread', async () => {
    expect(gw.services.sync.queue).toBeInstanceOf(ThreadJobQueue);
    await seedCustomers(gw, N, 'T');
    const run = await startFullSync(gw, [TableMappingName.CUSTOMER]);
    const client = gw.ws();
    try {
      const events = collect<Run>(client, `subscription($id: ID!) { fullSyncProgress(runId: $id) { ${RUN_FIELDS} } }`, { id: run.id }, (d) => d.fullSyncProgress);
      await waitForListener(gw, TOPICS.run(run.id));
      // The API thread answers while the job thread writes.
      const during = await gw.ok('{ customers(first: 5) { nodes { no } } }');
      expect(during.customers.nodes).toHaveLength(5);
      await within(events.done, 120_000, 'fullSyncProgress to complete');
      expect(events.errors).toEqual([]);
      const processed = events.events.map((e) => e.lines[0].toCrmJob?.processed ?? 0);
      expect(new Set(processed.filter((p) => p > 0 && p < N)).size).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < processed.length; i++) expect(processed[i]).toBeGreaterThanOrEqual(processed[i - 1]);
      expect(events.events.at(-1)).toMatchObject({ status: 'SUCCEEDED' });
    } finally {
      await client.dispose();
    }
    expect(await totals(gw)).toMatchObject({ customers: N, accounts: N, customerCouplings: N });

    const text = await (await fetch(gw.url.replace('/graphql', '/metrics'))).text();
    // Counted on the job thread, answered by the API thread's /metrics.
    expect(metricSum(text, 'tandem_sync_records_total', { mapping: 'CUSTOMER', outcome: 'inserted' })).toBe(N);
    expect(metricSum(text, 'tandem_couplings', { mapping: 'CUSTOMER' })).toBe(N);
    const ready = await (await fetch(gw.url.replace('/graphql', '/readyz'))).json();
    expect(ready).toMatchObject({ status: 'ready', stores: { 'job thread': 'ok' } });
  });

  it('should cancel from the API thread a job running on the job thread, between two chunks', async () => {
    await seedAccounts(gw, 6000);
    const run = await startFullSync(gw, [TableMappingName.CUSTOMER]);
    const running = await poll(
      () => gw.ok(`query($id: ID!) { fullSyncRun(id: $id) { lines { toCrmJob { id status processed } fromCrmJob { id status processed } } } }`, { id: run.id }),
      (r) => r.fullSyncRun.lines[0].fromCrmJob?.status === 'RUNNING' && r.fullSyncRun.lines[0].fromCrmJob.processed > 0,
      'the FROM_CRM job to run',
      60_000,
      20,
    );
    const jobId = running.fullSyncRun.lines[0].fromCrmJob.id;
    await gw.ok(`mutation($id: ID!) { cancelSyncJob(id: $id) { id } }`, { id: jobId });
    const ended = await waitRun(gw, run.id, 60_000);
    // A canceled line ends the run as not succeeded (line-flow.ts).
    expect(ended).toMatchObject({ status: 'FAILED', lines: [{ status: 'CANCELED' }] });
    const job = (await gw.ok(`query($id: ID!) { syncJob(id: $id) { status processed total } }`, { id: jobId })).syncJob;
    expect(job.status).toBe('CANCELED');
    expect(job.processed).toBeLessThan(job.total);
  });

  it('should start a job thread that died again and finish its run from the checkpoint, every record once', async () => {
    const before = await totals(gw);
    const run = await startFullSync(gw, [TableMappingName.CUSTOMER]);
    await poll(
      () => gw.ok(`query($id: ID!) { fullSyncRun(id: $id) { lines { fromCrmJob { status processed } } } }`, { id: run.id }),
      (r) => r.fullSyncRun.lines[0].fromCrmJob?.status === 'RUNNING' && r.fullSyncRun.lines[0].fromCrmJob.processed > 0,
      'the FROM_CRM job to run',
      60_000,
      20,
    );
    // What an uncaught error in the thread would do: it ends without handing anything back.
    await (gw.services.sync.queue as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const ended = await waitRun(gw, run.id, 120_000);
    expect(ended.status).toBe('SUCCEEDED');
    const after = await totals(gw);
    // The accounts written before the thread died and those after it: each once, each coupled once.
    expect(after.customers).toBe(after.accounts);
    expect(after.customerCouplings).toBe(after.customers);
    expect(after.customers).toBeGreaterThan(before.customers);
    const ready = (await (await fetch(gw.url.replace('/graphql', '/readyz'))).json()) as { status: string };
    expect(ready.status).toBe('ready');
  });
});
