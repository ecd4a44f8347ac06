import { startTestGateway, TestGateway } from '../helpers/gateway';
import { snapshotStores } from '../helpers/snapshot';
import { TableMappingName } from '../../src/sync/enums';
import { TOPICS } from '../../src/sync/events/topics';
import { In } from 'typeorm';
import { Customer } from '../../src/erp/customer.entity';
import {
  collect,
  couplingOf,
  getJob,
  getRun,
  holdMapping,
  incremental,
  Job,
  JOB_FIELDS,
  Run,
  RUN_FIELDS,
  startFullSync,
  times,
  totals,
  waitForListener,
  waitJobs,
  waitRun,
  within,
} from '../helpers/sync-engine';

/*
 * The sync engine through the real gateway: full synchronization (plan, dependency order,
 * progress streams, one run at a time, limited runs, preview), incremental synchronization
 * both ways (merge, conflicts, deletions, skip after repeated failures), cancellation, and the
 * refusals of the sync mutations.
 */

jest.setTimeout(60_000);

const { SALESPEOPLE, CUSTOMER } = TableMappingName;
const time = (iso: string | null | undefined) => new Date(iso!).getTime();
const UNKNOWN_UUID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const COUPLE = `mutation($input: CoupleInput!) { couple(input: $input) { id } }`;

const line = (run: Run, mapping: string) => {
  const l = run.lines.find((x) => x.mapping === mapping);
  if (!l) throw new Error(`run ${run.id} has no line ${mapping}`);
  return l;
};

describe('Full synchronization of a few thousand records', () => {
  const N = 1500;
  let gw: TestGateway;
  let userId: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    const { erp, crm } = gw.services;
    await erp.masterData.createSalesperson({ code: 'SP01', name: 'Annette Hill' });
    await erp.masterData.createCurrency({ code: 'EUR', description: 'Euro', exchangeRate: '0.92' });
    userId = (await crm.masterData.createSystemUser({ fullName: 'Annette Hill', email: 'annette@example.com' })).id;
    await gw.ok(COUPLE, { input: { mapping: 'SALESPEOPLE', erpId: 'SP01', crmId: userId } });
    const started = Date.now();
    // Explicit numbers keep the customer inserts off the number series' row lock, so they can run side by side.
    await Promise.all([
      times(N, 8, (i) =>
        erp.customers.create({ no: `K${String(i).padStart(4, '0')}`, name: `ERP Customer ${String(i).padStart(4, '0')}`, salespersonCode: 'SP01', city: 'Cambridge' }),
      ),
      times(N, 8, (i) => crm.accounts.create({ name: `CRM Account ${String(i).padStart(4, '0')}`, ownerId: userId, telephone1: '555-0100' })),
    ]);
    console.log(`seeded ${N} customers and ${N} accounts in ${Date.now() - started} ms`);
  }, 120_000);
  afterAll(() => gw.stop());

  it('should run every line in dependency order and stream the run until it completes by itself', async () => {
    const before = await totals(gw);
    expect(before).toEqual({ customers: N, accounts: N, customerCouplings: 0 });
    const started = Date.now();
    const run = await startFullSync(gw);
    expect(run.status).toBe('RUNNING');
    expect(run.lines.map((l) => l.mapping)).toHaveLength(11);
    const customerLine = line(run, 'CUSTOMER');
    expect(customerLine).toMatchObject({ recommendation: 'COUPLE_RECORDS', dependsOn: ['SALESPEOPLE', 'CURRENCY'], direction: 'BIDIRECTIONAL' });
    expect(line(run, 'CURRENCY').recommendation).toBe('FULL_SYNCHRONIZATION');
    expect(line(run, 'CONTACT')).toMatchObject({ recommendation: 'NO_RECORDS', status: 'SUCCEEDED' });

    const client = gw.ws();
    try {
      const runEvents = collect<Run>(client, `subscription($id: ID!) { fullSyncProgress(runId: $id) { ${RUN_FIELDS} } }`, { id: run.id }, (d) => d.fullSyncProgress);
      // The FROM_CRM job of the CUSTOMER line starts last (after its TO_CRM job created 1,500 accounts).
      const jobId = customerLine.fromCrmJob!.id;
      const jobEvents = collect<Job>(client, `subscription($id: ID) { syncJobProgress(jobId: $id) { ${JOB_FIELDS} } }`, { id: jobId }, (d) => d.syncJobProgress);
      await waitForListener(gw, TOPICS.job(jobId));
      await within(runEvents.done, 60_000, 'fullSyncProgress to complete');
      console.log(`full sync of ${2 * N} records: ${Date.now() - started} ms, ${runEvents.events.length} run events, ${jobEvents.events.length} job events`);
      expect(runEvents.errors).toEqual([]);
      expect(runEvents.completed()).toBe(true);

      // Counters never go back, job by job, across the run's events.
      const seen = new Map<string, number>();
      for (const e of runEvents.events) {
        for (const l of e.lines) {
          for (const j of [l.toCrmJob, l.fromCrmJob]) {
            if (!j) continue;
            expect(j.processed).toBeGreaterThanOrEqual(seen.get(j.id) ?? 0);
            seen.set(j.id, j.processed);
          }
        }
      }
      const last = runEvents.events[runEvents.events.length - 1];
      expect(last.status).toBe('SUCCEEDED');
      expect(last.finishedAt).not.toBeNull();
      for (const l of last.lines) expect({ mapping: l.mapping, status: l.status }).toEqual({ mapping: l.mapping, status: 'SUCCEEDED' });
      const cust = line(last, 'CUSTOMER');
      expect(cust.toCrmJob).toMatchObject({ status: 'SUCCEEDED', inserted: N, failed: 0, total: N, processed: N });
      expect(cust.fromCrmJob).toMatchObject({ status: 'SUCCEEDED', inserted: N, failed: 0, total: N, processed: N });

      // The job stream: events while it ran, then the final one.
      const job = await waitJobs(gw, [jobId]);
      expect(jobEvents.errors).toEqual([]);
      expect(jobEvents.events.length).toBeGreaterThanOrEqual(2);
      expect(jobEvents.events.every((e) => e.id === jobId)).toBe(true);
      expect(jobEvents.events.some((e) => e.status === 'RUNNING')).toBe(true);
      const lastJob = jobEvents.events[jobEvents.events.length - 1];
      expect(lastJob).toMatchObject({ status: 'SUCCEEDED', processed: N, inserted: N, finishedAt: job[0].finishedAt });
      for (let i = 1; i < jobEvents.events.length; i++) expect(jobEvents.events[i].processed).toBeGreaterThanOrEqual(jobEvents.events[i - 1].processed);
      jobEvents.stop();

      // Dependency order: CUSTOMER started only after SALESPEOPLE and CURRENCY had succeeded.
      const final = await getRun(gw, run.id);
      const sp = line(final, 'SALESPEOPLE').fromCrmJob!;
      const cur = line(final, 'CURRENCY').toCrmJob!;
      const c = line(final, 'CUSTOMER');
      expect(time(c.toCrmJob!.startedAt)).toBeGreaterThanOrEqual(time(sp.finishedAt));
      expect(time(c.toCrmJob!.startedAt)).toBeGreaterThanOrEqual(time(cur.finishedAt));
      expect(time(c.fromCrmJob!.startedAt)).toBeGreaterThanOrEqual(time(c.toCrmJob!.finishedAt));
    } finally {
      await client.dispose();
    }
  });

  it('should leave every customer coupled to exactly one account and every account to exactly one customer', async () => {
    expect(await totals(gw)).toEqual({ customers: 2 * N, accounts: 2 * N, customerCouplings: 2 * N });
    const accounts = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await gw.ok(
          `query($after: String) { customers(first: 500, after: $after) {
        nodes { no name coupledAccount { id name } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        )
      ).customers;
      for (const n of page.nodes) {
        expect(n.coupledAccount).toEqual({ id: expect.any(String), name: n.name });
        accounts.add(n.coupledAccount.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // 3,000 customers with 3,000 distinct coupled accounts, and 3,000 accounts in all: a one-to-one coupling.
    expect(accounts.size).toBe(2 * N);
    const cur = await gw.ok(`{ currency(code: "EUR") { coupledTransactionCurrency { isoCurrencyCode currencyName } } }`);
    expect(cur.currency.coupledTransactionCurrency).toEqual({ isoCurrencyCode: 'EUR', currencyName: 'Euro' });
  });

  it('should limit a run to input.mappings and count dependencies outside the run as satisfied', async () => {
    const no = (await gw.ok(`mutation { createCustomer(input: { name: "Late Customer", salespersonCode: "SP01" }) { no } }`)).createCustomer.no;
    const acc = (await gw.ok(`mutation($o: ID) { createAccount(input: { name: "Late Account", ownerId: $o }) { id } }`, { o: userId })).createAccount.id;
    const run = await startFullSync(gw, [CUSTOMER]);
    expect(run.lines.map((l) => ({ mapping: l.mapping, recommendation: l.recommendation }))).toEqual([{ mapping: 'CUSTOMER', recommendation: 'COUPLE_RECORDS' }]);
    // SALESPEOPLE and CURRENCY are not in the run: the CUSTOMER line does not wait for them.
    expect(run.lines[0].status).toBe('RUNNING');
    const done = await waitRun(gw, run.id);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.lines[0]).toMatchObject({ status: 'SUCCEEDED', toCrmJob: { status: 'SUCCEEDED', inserted: 1 }, fromCrmJob: { status: 'SUCCEEDED', inserted: 1 } });
    expect(await totals(gw)).toEqual({ customers: 2 * N + 2, accounts: 2 * N + 2, customerCouplings: 2 * N + 2 });
    const r = await gw.ok(`query($no: ID!, $id: ID!) { customer(no: $no) { coupledAccount { name } } account(id: $id) { coupledCustomer { name salespersonCode } } }`, {
      no,
      id: acc,
    });
    expect(r).toEqual({ customer: { coupledAccount: { name: 'Late Customer' } }, account: { coupledCustomer: { name: 'Late Account', salespersonCode: 'SP01' } } });
    const runs = await gw.ok(`{ fullSyncRuns { id status lines { mapping } } }`);
    expect(runs.fullSyncRuns).toHaveLength(2);
    expect(runs.fullSyncRuns[0]).toEqual({ id: run.id, status: 'SUCCEEDED', lines: [{ mapping: 'CUSTOMER' }] });
  });

  it('should carry an ERP change and a CRM change to the other side, and create a new ERP customer in the CRM, in one incremental run', async () => {
    const pair = async (no: string) => (await gw.ok(`query($no: ID!) { customer(no: $no) { no city phoneNo coupledAccount { id address1City telephone1 } } }`, { no })).customer;
    const a = await pair('K0001');
    const b = await pair('K0002');
    await gw.ok(`mutation { updateCustomer(no: "K0001", input: { city: "Oslo" }) { no } }`);
    await gw.ok(`mutation($id: ID!) { updateAccount(id: $id, input: { telephone1: "555-7777" }) { id } }`, { id: b.coupledAccount.id });
    const zeta = (await gw.ok(`mutation { createCustomer(input: { name: "Zeta Incremental", salespersonCode: "SP01", city: "Bergen" }) { no } }`)).createCustomer.no;

    const jobs = await incremental(gw, [CUSTOMER]);
    expect(jobs.map((j) => [j.mapping, j.direction, j.type, j.status])).toEqual([
      ['CUSTOMER', 'TO_CRM', 'INCREMENTAL', 'SUCCEEDED'],
      ['CUSTOMER', 'FROM_CRM', 'INCREMENTAL', 'SUCCEEDED'],
    ]);
    expect(jobs[0]).toMatchObject({ modified: 1, inserted: 1, failed: 0 });
    expect(jobs[1]).toMatchObject({ modified: 1, inserted: 0, failed: 0 });
    expect(await pair('K0001')).toEqual({ ...a, city: 'Oslo', coupledAccount: { ...a.coupledAccount, address1City: 'Oslo' } });
    expect(await pair('K0002')).toEqual({ ...b, phoneNo: '555-7777', coupledAccount: { ...b.coupledAccount, telephone1: '555-7777' } });
    const z = await gw.ok(`query($no: ID!) { customer(no: $no) { coupledAccount { name accountNumber address1City owner { id } } } }`, { no: zeta });
    expect(z.customer.coupledAccount).toEqual({ name: 'Zeta Incremental', accountNumber: zeta, address1City: 'Bergen', owner: { id: userId } });
    expect(await totals(gw)).toEqual({ customers: 2 * N + 3, accounts: 2 * N + 3, customerCouplings: 2 * N + 3 });
  });

  it('should modify and insert nothing in a second incremental run right after the first (no ping-pong)', async () => {
    const before = await snapshotStores(gw.stores);
    const jobs = await incremental(gw, [CUSTOMER]);
    expect(jobs.every((j) => j.status === 'SUCCEEDED')).toBe(true);
    expect(jobs.reduce((sum, j) => sum + j.modified + j.inserted, 0)).toBe(0);
    expect(jobs.reduce((sum, j) => sum + j.failed + j.deleted, 0)).toBe(0);
    // Only the sync store moved (the new jobs, watermarks): no ERP or CRM row was written.
    const pick = (snap: string, prefix: string) => Object.entries(JSON.parse(snap)).filter(([k]) => k.startsWith(prefix));
    const after = await snapshotStores(gw.stores);
    expect(pick(after, 'erp.')).toEqual(pick(before, 'erp.'));
    expect(pick(after, 'crm.')).toEqual(pick(before, 'crm.'));
  });
});

describe('Full synchronization: dependency order, blocked lines, one run at a time, cancellation and refusals', () => {
  let gw: TestGateway;
  let userId: string;
  let stuck: Run;

  beforeAll(async () => {
    gw = await startTestGateway();
    const { erp, crm } = gw.services;
    // Not coupled: the SALESPEOPLE line couples them by name (COUPLE_RECORDS).
    await erp.masterData.createSalesperson({ code: 'SP01', name: 'Annette Hill' });
    userId = (await crm.masterData.createSystemUser({ fullName: 'Annette Hill' })).id;
    for (const name of ['Adatum', 'Contoso', 'Fabrikam']) await erp.customers.create({ name, salespersonCode: 'SP01' });
    for (const name of ['Litware', 'Northwind']) await crm.accounts.create({ name, ownerId: userId });
  });
  afterAll(() => gw.stop());

  it('should keep a dependant line QUEUED while a line it depends on has not succeeded, and refuse a second run meanwhile', async () => {
    const release = await holdMapping(gw, SALESPEOPLE); // another worker holds SALESPEOPLE: its job stays QUEUED
    try {
      const run = await startFullSync(gw);
      expect(run.status).toBe('RUNNING');
      expect(line(run, 'SALESPEOPLE')).toMatchObject({ recommendation: 'COUPLE_RECORDS', status: 'RUNNING', fromCrmJob: { status: 'QUEUED', startedAt: null } });
      expect(line(run, 'CUSTOMER')).toMatchObject({ recommendation: 'COUPLE_RECORDS', status: 'QUEUED', toCrmJob: { status: 'QUEUED' }, fromCrmJob: { status: 'QUEUED' } });

      // One run at a time: refused, and no second run nor job written.
      const counts = async () => {
        const r = await gw.ok(`{ fullSyncRuns { id } syncJobs { totalCount } }`);
        return { runs: r.fullSyncRuns.length, jobs: r.syncJobs.totalCount };
      };
      const before = await counts();
      expect(await gw.code(`mutation { runFullSynchronization { id } }`)).toBe('SYNC_ALREADY_RUNNING');
      expect(await gw.code(`mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }`)).toBe('SYNC_ALREADY_RUNNING');
      expect(await counts()).toEqual(before);

      const waiting = await getRun(gw, run.id);
      expect(line(waiting, 'CUSTOMER')).toMatchObject({ status: 'QUEUED', toCrmJob: { status: 'QUEUED', startedAt: null } });

      // A CANCELED line blocks its dependants, which stay QUEUED and say why; the run ends FAILED.
      const spJob = line(run, 'SALESPEOPLE').fromCrmJob!.id;
      const canceled = (await gw.ok(`mutation($id: ID!) { cancelSyncJob(id: $id) { id status finishedAt message } }`, { id: spJob })).cancelSyncJob;
      expect(canceled).toMatchObject({ id: spJob, status: 'CANCELED', message: 'Canceled' });
      expect(canceled.finishedAt).not.toBeNull();
      const done = await waitRun(gw, run.id);
      expect(done.status).toBe('FAILED');
      expect(done.finishedAt).not.toBeNull();
      expect(line(done, 'SALESPEOPLE')).toMatchObject({ status: 'CANCELED' });
      const customer = line(done, 'CUSTOMER');
      expect(customer.status).toBe('QUEUED');
      expect(customer.message).toMatch(/SALESPEOPLE/);
      expect(customer.toCrmJob).toMatchObject({ status: 'QUEUED', startedAt: null, processed: 0 });
      expect(customer.fromCrmJob).toMatchObject({ status: 'QUEUED', startedAt: null, processed: 0 });
      expect(await totals(gw)).toEqual({ customers: 3, accounts: 2, customerCouplings: 0 });
    } finally {
      await release();
    }
    await gw.services.sync.queue.idle();
  });

  it('should start a line only after every line it depends on SUCCEEDED', async () => {
    const run = await startFullSync(gw);
    const done = await waitRun(gw, run.id);
    expect(done.status).toBe('SUCCEEDED');
    const sp = line(done, 'SALESPEOPLE').fromCrmJob!;
    expect(sp).toMatchObject({ status: 'SUCCEEDED', coupled: 1 });
    const c = line(done, 'CUSTOMER');
    expect(c.toCrmJob).toMatchObject({ status: 'SUCCEEDED', inserted: 3 });
    expect(c.fromCrmJob).toMatchObject({ status: 'SUCCEEDED', inserted: 2 });
    expect(time(c.toCrmJob!.startedAt)).toBeGreaterThanOrEqual(time(sp.finishedAt));
    expect(time(c.fromCrmJob!.startedAt)).toBeGreaterThanOrEqual(time(c.toCrmJob!.finishedAt));
    expect(await totals(gw)).toEqual({ customers: 5, accounts: 5, customerCouplings: 5 });
  });

  it('should cancel a QUEUED job at once and let the chain of an incremental run go on', async () => {
    const release = await holdMapping(gw, CUSTOMER);
    let jobs: Job[];
    try {
      jobs = (await gw.ok(`mutation { runIncrementalSynchronization(mappings: [CUSTOMER]) { ${JOB_FIELDS} } }`)).runIncrementalSynchronization;
      expect(jobs.map((j) => [j.direction, j.status])).toEqual([
        ['TO_CRM', 'QUEUED'],
        ['FROM_CRM', 'QUEUED'],
      ]);
      const c = (await gw.ok(`mutation($id: ID!) { cancelSyncJob(id: $id) { ${JOB_FIELDS} } }`, { id: jobs[0].id })).cancelSyncJob;
      expect(c).toMatchObject({ id: jobs[0].id, status: 'CANCELED', processed: 0, message: 'Canceled' });
      expect(c.finishedAt).not.toBeNull();
      expect((await getJob(gw, jobs[0].id)).status).toBe('CANCELED');
    } finally {
      await release();
    }
    const [first, second] = await waitJobs(
      gw,
      jobs.map((j) => j.id),
    );
    expect(first).toMatchObject({ status: 'CANCELED', processed: 0 });
    expect(second.status).toBe('SUCCEEDED');
  });

  it('should refuse to cancel a finished job (INVALID_STATE), an unknown one (NOT_FOUND) and a malformed id (BAD_USER_INPUT), changing nothing', async () => {
    const finished = (await gw.ok(`{ syncJobs(filter: { status: SUCCEEDED }, first: 1) { nodes { id } } }`)).syncJobs.nodes[0].id;
    await gw.services.sync.queue.idle();
    const before = await snapshotStores(gw.stores);
    const CANCEL = `mutation($id: ID!) { cancelSyncJob(id: $id) { id status } }`;
    expect(await gw.code(CANCEL, { id: finished })).toBe('INVALID_STATE');
    expect(await gw.code(CANCEL, { id: UNKNOWN_UUID })).toBe('NOT_FOUND');
    expect(await gw.code(CANCEL, { id: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it('should refuse bad input of the sync mutations before writing anything', async () => {
    await gw.services.sync.queue.idle();
    const coupling = (await gw.ok(`{ couplings(filter: { mapping: CUSTOMER }, first: 1) { nodes { id lastSyncResult conflicts { erpField } } } }`)).couplings.nodes[0];
    expect(coupling.conflicts).toEqual([]);
    const before = await snapshotStores(gw.stores);
    expect(await gw.code(`mutation { runFullSynchronization(input: { mappings: [] }) { id } }`)).toBe('BAD_USER_INPUT');
    expect(await gw.code(`mutation { runIncrementalSynchronization(mappings: []) { id } }`)).toBe('BAD_USER_INPUT');
    expect(await gw.code(`{ previewFullSynchronization(input: { mappings: [] }) { mapping } }`)).toBe('BAD_USER_INPUT');
    expect(await gw.code(`mutation($id: ID!) { resolveConflict(couplingId: $id, keep: CRM) { id } }`, { id: coupling.id })).toBe('INVALID_STATE');
    expect(await gw.code(`mutation($id: ID!) { resolveConflict(couplingId: $id, keep: ERP) { id } }`, { id: UNKNOWN_UUID })).toBe('NOT_FOUND');
    expect(await gw.code(`mutation { resolveConflict(couplingId: "nope", keep: ERP) { id } }`)).toBe('BAD_USER_INPUT');
    expect(await gw.code(`mutation($ids: [ID!]!) { restoreSkippedCouplings(ids: $ids) { id } }`, { ids: [coupling.id, UNKNOWN_UUID] })).toBe('NOT_FOUND');
    expect(await gw.code(`mutation { restoreSkippedCouplings(ids: []) { id } }`)).toBe('BAD_USER_INPUT');
    expect(await gw.code(`mutation { restoreSkippedCouplings(ids: ["nope"]) { id } }`)).toBe('BAD_USER_INPUT');
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it('should cancel at once a job whose line still waits for its dependencies', async () => {
    const release = await holdMapping(gw, SALESPEOPLE);
    try {
      stuck = await startFullSync(gw);
      expect(line(stuck, 'CUSTOMER')).toMatchObject({ status: 'QUEUED', toCrmJob: { status: 'QUEUED' } });
      const c = (await gw.ok(`mutation($id: ID!) { cancelSyncJob(id: $id) { status } }`, { id: line(stuck, 'CUSTOMER').toCrmJob!.id })).cancelSyncJob;
      expect(c.status).toBe('CANCELED');
    } finally {
      await release();
    }
    const [sp] = await waitJobs(gw, [line(stuck, 'SALESPEOPLE').fromCrmJob!.id]);
    expect(sp.status).toBe('SUCCEEDED');
    await gw.services.sync.queue.idle();
    expect(await getJob(gw, line(stuck, 'CUSTOMER').toCrmJob!.id)).toMatchObject({ status: 'CANCELED', processed: 0 });
  });

  it('should then end that run FAILED, with the CUSTOMER line CANCELED', async () => {
    const done = await waitRun(gw, stuck.id, 3_000); // a run of 5 customers ends well within this
    expect(done.status).toBe('FAILED');
    expect(line(done, 'SALESPEOPLE').status).toBe('SUCCEEDED');
    expect(line(done, 'CUSTOMER').status).toBe('CANCELED');
  });
});

describe('previewFullSynchronization and a COUPLE_RECORDS run', () => {
  let gw: TestGateway;
  const no: Record<string, string> = {};
  const acc: Record<string, string> = {};

  beforeAll(async () => {
    gw = await startTestGateway();
    const { erp, crm } = gw.services;
    await erp.masterData.createSalesperson({ code: 'SP01', name: 'Annette Hill' });
    const user = (await crm.masterData.createSystemUser({ fullName: 'Annette Hill' })).id;
    await gw.ok(COUPLE, { input: { mapping: 'SALESPEOPLE', erpId: 'SP01', crmId: user } });
    for (const [k, name] of [
      ['alpha', 'Alpha Ltd'],
      ['beta', 'Beta GmbH'],
      ['erpOnly', 'Erp Only'],
      ['coupled', 'Already Coupled'],
    ]) {
      no[k] = (await erp.customers.create({ name, salespersonCode: 'SP01' })).no;
    }
    for (const [k, name] of [
      ['alpha', '  ALPHA ltd '],
      ['beta1', 'Beta GmbH'],
      ['beta2', 'beta gmbh'],
      ['crmOnly', 'Crm Only'],
    ]) {
      acc[k] = (await crm.accounts.create({ name, ownerId: user })).id;
    }
    acc.coupled = (await gw.ok(`mutation($no: String) { createInOther(input: { mapping: CUSTOMER, erpId: $no }) { crmId } }`, { no: no.coupled })).createInOther.crmId;
  });
  afterAll(() => gw.stop());

  const PREVIEW = `query($input: FullSyncInput) { previewFullSynchronization(input: $input) {
    mapping recommendation erpRecords crmRecords alreadyCoupled wouldCouple wouldCreateInCrm wouldCreateInErp ambiguous } }`;

  it('should compute the plan and the counts of every mapping without writing anything', async () => {
    const before = await snapshotStores(gw.stores);
    const lines = (await gw.ok(PREVIEW)).previewFullSynchronization;
    expect(lines.map((l: { mapping: string }) => l.mapping)).toEqual([
      'SALESPEOPLE',
      'CURRENCY',
      'UNIT_OF_MEASURE',
      'CUSTOMER',
      'CONTACT',
      'ITEM_PRODUCT',
      'RESOURCE_PRODUCT',
      'CUSTPRCGRP_PRICE',
      'SALESPRC_PRODPRICE',
      'SALESORDER_ORDER',
      'SALESQUOTE_QUOTE',
    ]);
    const by = (m: string) => lines.find((l: { mapping: string }) => l.mapping === m);
    expect(by('CUSTOMER')).toEqual({
      mapping: 'CUSTOMER',
      recommendation: 'COUPLE_RECORDS',
      erpRecords: 4,
      crmRecords: 5,
      alreadyCoupled: 1,
      wouldCouple: 1,
      wouldCreateInCrm: 1,
      wouldCreateInErp: 1,
      ambiguous: 3,
    });
    expect(by('SALESPEOPLE')).toEqual({
      mapping: 'SALESPEOPLE',
      recommendation: 'COUPLE_RECORDS',
      erpRecords: 1,
      crmRecords: 1,
      alreadyCoupled: 1,
      wouldCouple: 0,
      wouldCreateInCrm: 0,
      wouldCreateInErp: 0,
      ambiguous: 0,
    });
    for (const m of ['CURRENCY', 'CONTACT', 'ITEM_PRODUCT', 'SALESORDER_ORDER']) {
      expect(by(m)).toEqual({
        mapping: m,
        recommendation: 'NO_RECORDS',
        erpRecords: 0,
        crmRecords: 0,
        alreadyCoupled: 0,
        wouldCouple: 0,
        wouldCreateInCrm: 0,
        wouldCreateInErp: 0,
        ambiguous: 0,
      });
    }
    const only = (await gw.ok(PREVIEW, { input: { mappings: ['CUSTOMER'] } })).previewFullSynchronization;
    expect(only).toEqual([by('CUSTOMER')]);
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it('should couple the unique match instead of creating a duplicate, create the unmatched, and leave the ambiguous ones alone', async () => {
    const run = await startFullSync(gw);
    expect(line(run, 'CUSTOMER').recommendation).toBe('COUPLE_RECORDS');
    const done = await waitRun(gw, run.id);
    expect(done.status).toBe('SUCCEEDED');
    const c = line(done, 'CUSTOMER');
    expect(c.toCrmJob).toMatchObject({ status: 'SUCCEEDED', coupled: 1, inserted: 1, failed: 0 });
    expect(c.fromCrmJob).toMatchObject({ status: 'SUCCEEDED', coupled: 0, inserted: 1, failed: 0 });
    expect(await totals(gw)).toEqual({ customers: 5, accounts: 6, customerCouplings: 4 });

    const r = await gw.ok(
      `query($a: ID!, $b: ID!, $e: ID!, $b1: ID!, $b2: ID!, $aa: ID!, $co: ID!) {
      alpha: customer(no: $a) { name coupledAccount { id name } }
      beta: customer(no: $b) { coupling { id } }
      erpOnly: customer(no: $e) { coupledAccount { name } }
      beta1: account(id: $b1) { coupling { id } } beta2: account(id: $b2) { coupling { id } }
      alphaAccount: account(id: $aa) { name }
      crmOnly: account(id: $co) { coupledCustomer { name salespersonCode } }
      alphas: accounts(search: "alpha") { totalCount } alphaCustomers: customers(search: "alpha") { totalCount }
      betas: accounts(search: "beta") { totalCount } betaCustomers: customers(search: "beta") { totalCount }
    }`,
      { a: no.alpha, b: no.beta, e: no.erpOnly, b1: acc.beta1, b2: acc.beta2, aa: acc.alpha, co: acc.crmOnly },
    );
    expect(r.alpha.coupledAccount.id).toBe(acc.alpha);
    // Freshly matched, the newer record wins each differing field: both sides now agree.
    expect(r.alpha.name).toBe(r.alphaAccount.name);
    expect(r.beta).toEqual({ coupling: null });
    expect(r.beta1).toEqual({ coupling: null });
    expect(r.beta2).toEqual({ coupling: null });
    expect(r.erpOnly.coupledAccount).toEqual({ name: 'Erp Only' });
    expect(r.crmOnly.coupledCustomer).toEqual({ name: 'Crm Only', salespersonCode: 'SP01' });
    expect({ alphas: r.alphas.totalCount, alphaCustomers: r.alphaCustomers.totalCount, betas: r.betas.totalCount, betaCustomers: r.betaCustomers.totalCount }).toEqual({
      alphas: 1,
      alphaCustomers: 1,
      betas: 2,
      betaCustomers: 1,
    });

    const after = (await gw.ok(PREVIEW, { input: { mappings: ['CUSTOMER'] } })).previewFullSynchronization;
    expect(after).toEqual([
      {
        mapping: 'CUSTOMER',
        recommendation: 'COUPLE_RECORDS',
        erpRecords: 5,
        crmRecords: 6,
        alreadyCoupled: 4,
        wouldCouple: 0,
        wouldCreateInCrm: 0,
        wouldCreateInErp: 0,
        ambiguous: 3,
      },
    ]);
  });

  it('should never report more processed records than the job total', async () => {
    const run = (await gw.ok(`{ fullSyncRuns(first: 1) { ${RUN_FIELDS} } }`)).fullSyncRuns[0] as Run;
    for (const l of run.lines) {
      for (const j of [l.toCrmJob, l.fromCrmJob])
        if (j) expect({ mapping: j.mapping, direction: j.direction, over: j.processed > (j.total ?? 0) }).toEqual({ mapping: j.mapping, direction: j.direction, over: false });
    }
  });
});

describe('Incremental synchronization: merge, conflicts, deletions, skipped couplings', () => {
  let gw: TestGateway;
  let userId: string;
  const no: string[] = [];
  const acc: string[] = [];
  let lastRun: Job[] = [];

  const customer = async (n: string) => (await gw.ok(`query($no: ID!) { customer(no: $no) { no name city phoneNo } }`, { no: n })).customer;
  const account = async (id: string) => (await gw.ok(`query($id: ID!) { account(id: $id) { id name address1City telephone1 accountNumber } }`, { id })).account;
  const updateCustomer = (n: string, input: Record<string, unknown>) =>
    gw.ok(`mutation($no: ID!, $i: CustomerUpdateInput!) { updateCustomer(no: $no, input: $i) { no } }`, { no: n, i: input });
  const updateAccount = (id: string, input: Record<string, unknown>) =>
    gw.ok(`mutation($id: ID!, $i: AccountUpdateInput!) { updateAccount(id: $id, input: $i) { id } }`, { id, i: input });
  const deleteAccount = (id: string) => gw.ok(`mutation($id: ID!) { deleteAccount(id: $id) }`, { id });
  const setResolutions = (input: Record<string, unknown>) =>
    gw.ok(`mutation($i: TableMappingUpdateInput!) { updateTableMapping(name: CUSTOMER, input: $i) { conflictResolution deletionConflictResolution } }`, { i: input });

  beforeAll(async () => {
    gw = await startTestGateway();
    const { erp, crm } = gw.services;
    await erp.masterData.createSalesperson({ code: 'SP01', name: 'Annette Hill' });
    userId = (await crm.masterData.createSystemUser({ fullName: 'Annette Hill' })).id;
    await gw.ok(COUPLE, { input: { mapping: 'SALESPEOPLE', erpId: 'SP01', crmId: userId } });
    for (let i = 0; i < 7; i++) no.push((await erp.customers.create({ name: `Pair ${i}`, salespersonCode: 'SP01', city: 'Cambridge', phoneNo: '555-0100' })).no);
    // These customers were last changed long ago: incremental reads (which re-read 2 s behind the watermark) only see what a test changes.
    await gw.stores.erp.getRepository(Customer).update({ no: In(no) }, { modifiedAt: new Date(Date.now() - 3_600_000) });
    const run = await waitRun(gw, (await startFullSync(gw, [CUSTOMER])).id);
    expect(run.status).toBe('SUCCEEDED');
    for (const n of no) acc.push((await couplingOf(gw, CUSTOMER, { erpId: n }))!.crmId);
  });
  afterAll(() => gw.stop());

  it('should merge an ERP change and a CRM change of the same coupled pair field by field, without a conflict', async () => {
    await updateCustomer(no[0], { city: 'Oslo' });
    await updateAccount(acc[0], { telephone1: '555-1111' });
    const jobs = await incremental(gw);
    expect(jobs.map((j) => j.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(jobs[0]).toMatchObject({ direction: 'TO_CRM', modified: 1, failed: 0, skipped: 0 });
    expect(jobs[1]).toMatchObject({ direction: 'FROM_CRM', modified: 0, failed: 0, skipped: 0 });
    expect(await customer(no[0])).toEqual({ no: no[0], name: 'Pair 0', city: 'Oslo', phoneNo: '555-1111' });
    expect(await account(acc[0])).toEqual({ id: acc[0], name: 'Pair 0', address1City: 'Oslo', telephone1: '555-1111', accountNumber: no[0] });
    expect(await couplingOf(gw, CUSTOMER, { erpId: no[0] })).toMatchObject({ lastSyncResult: 'SUCCESS', lastSyncError: null, skipped: false, conflicts: [] });
  });

  it('should record a field changed on both sides as a CONFLICT (resolution NONE) and overwrite nothing', async () => {
    await updateCustomer(no[1], { name: 'Pair 1 (ERP)' });
    await updateAccount(acc[1], { name: 'Pair 1 (CRM)' });
    const jobs = await incremental(gw);
    expect(jobs.map((j) => j.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(jobs[0]).toMatchObject({ modified: 0, inserted: 0, skipped: 1 });
    const c = (await couplingOf(gw, CUSTOMER, { erpId: no[1] }))!;
    expect(c).toMatchObject({ crmId: acc[1], lastSyncResult: 'CONFLICT' });
    expect(c.conflicts).toEqual([{ erpField: 'name', crmField: 'name', baseValue: 'Pair 1', erpValue: 'Pair 1 (ERP)', crmValue: 'Pair 1 (CRM)' }]);
    expect((await customer(no[1])).name).toBe('Pair 1 (ERP)');
    expect((await account(acc[1])).name).toBe('Pair 1 (CRM)');
    const errors = (await gw.ok(`query($id: ID!) { syncJob(id: $id) { errors { erpId crmId message } } }`, { id: jobs[0].id })).syncJob.errors;
    expect(errors).toEqual([{ erpId: no[1], crmId: acc[1], message: expect.stringContaining('Conflict on name') }]);
  });

  it('should not mark a coupling skipped after the first run that found its conflict', async () => {
    const c = (await couplingOf(gw, CUSTOMER, { erpId: no[1] }))!;
    expect(c.lastSyncResult).toBe('CONFLICT');
    expect(c.skipped).toBe(false);
  });

  it('should write the kept side into the other with resolveConflict, clear the conflict, and then sync nothing more', async () => {
    const c = (await couplingOf(gw, CUSTOMER, { erpId: no[1] }))!;
    const resolved = (
      await gw.ok(`mutation($id: ID!) { resolveConflict(couplingId: $id, keep: CRM) { id lastSyncResult lastSyncError skipped conflicts { erpField } } }`, { id: c.id })
    ).resolveConflict;
    expect(resolved).toEqual({ id: c.id, lastSyncResult: 'SUCCESS', lastSyncError: null, skipped: false, conflicts: [] });
    expect((await customer(no[1])).name).toBe('Pair 1 (CRM)');
    expect((await account(acc[1])).name).toBe('Pair 1 (CRM)');
    expect(await gw.code(`mutation($id: ID!) { resolveConflict(couplingId: $id, keep: ERP) { id } }`, { id: c.id })).toBe('INVALID_STATE');
    const jobs = await incremental(gw);
    expect(jobs.reduce((sum, j) => sum + j.modified + j.inserted + j.skipped + j.failed, 0)).toBe(0);
    expect(await couplingOf(gw, CUSTOMER, { erpId: no[1] })).toMatchObject({ lastSyncResult: 'SUCCESS', conflicts: [] });
  });

  it('should let the CRM win a both-sides change with conflictResolution GET_UPDATE_FROM_CRM', async () => {
    expect((await setResolutions({ conflictResolution: 'GET_UPDATE_FROM_CRM' })).updateTableMapping.conflictResolution).toBe('GET_UPDATE_FROM_CRM');
    try {
      await updateCustomer(no[2], { name: 'Pair 2 (ERP)', city: 'Bergen' });
      await updateAccount(acc[2], { name: 'Pair 2 (CRM)' });
      const jobs = await incremental(gw);
      expect(jobs[0]).toMatchObject({ status: 'SUCCEEDED', modified: 1, skipped: 0 });
      expect(await customer(no[2])).toMatchObject({ name: 'Pair 2 (CRM)', city: 'Bergen' });
      expect(await account(acc[2])).toMatchObject({ name: 'Pair 2 (CRM)', address1City: 'Bergen' });
      expect(await couplingOf(gw, CUSTOMER, { erpId: no[2] })).toMatchObject({ lastSyncResult: 'SUCCESS', skipped: false, conflicts: [] });
    } finally {
      await setResolutions({ conflictResolution: 'NONE' });
    }
  });

  it('should keep the coupling of a deleted account as a FAILURE with deletion resolution NONE, skip it after the same failure twice, and restore it', async () => {
    await deleteAccount(acc[3]);
    const first = await incremental(gw);
    expect(first[1]).toMatchObject({ direction: 'FROM_CRM', status: 'SUCCEEDED', failed: 1 });
    let c = (await couplingOf(gw, CUSTOMER, { erpId: no[3] }))!;
    expect(c).toMatchObject({ crmId: acc[3], lastSyncResult: 'FAILURE', skipped: false });
    expect(c.lastSyncError).toMatch(new RegExp(`Account ${acc[3]} was deleted`));
    expect(await customer(no[3])).toMatchObject({ no: no[3], name: 'Pair 3' });

    // The next run retries the failed coupling; the same failure again marks it skipped.
    const second = await incremental(gw);
    expect(second.every((j) => j.status === 'SUCCEEDED')).toBe(true);
    c = (await couplingOf(gw, CUSTOMER, { erpId: no[3] }))!;
    expect(c).toMatchObject({ lastSyncResult: 'FAILURE', skipped: true });
    const listed = (await gw.ok(`{ couplings(filter: { skipped: true }) { totalCount nodes { id } } }`)).couplings;
    expect(listed).toEqual({ totalCount: 1, nodes: [{ id: c.id }] });

    const restored = (await gw.ok(`mutation($ids: [ID!]!) { restoreSkippedCouplings(ids: $ids) { id skipped lastSyncResult } }`, { ids: [c.id] })).restoreSkippedCouplings;
    expect(restored).toEqual([{ id: c.id, skipped: false, lastSyncResult: 'FAILURE' }]);
    expect((await couplingOf(gw, CUSTOMER, { erpId: no[3] }))!.skipped).toBe(false);
    expect((await gw.ok(`{ couplings(filter: { skipped: true }) { totalCount } }`)).couplings.totalCount).toBe(0);
  });

  it('should create the deleted account again from the customer with RESTORE_RECORDS and point the coupling to it', async () => {
    await setResolutions({ deletionConflictResolution: 'RESTORE_RECORDS' });
    await deleteAccount(acc[5]);
    const jobs = await incremental(gw);
    expect(jobs.every((j) => j.status === 'SUCCEEDED')).toBe(true);
    // The restored coupling of the previous test is retried under the new resolution too.
    expect(jobs.reduce((sum, j) => sum + j.inserted, 0)).toBe(2);
    for (const i of [3, 5]) {
      const c = (await couplingOf(gw, CUSTOMER, { erpId: no[i] }))!;
      expect(c).toMatchObject({ lastSyncResult: 'SUCCESS', skipped: false });
      expect(c.crmId).not.toBe(acc[i]);
      expect(await account(c.crmId)).toEqual({ id: c.crmId, name: `Pair ${i}`, address1City: 'Cambridge', telephone1: '555-0100', accountNumber: no[i] });
      acc[i] = c.crmId;
    }
    expect(await totals(gw)).toEqual({ customers: 7, accounts: 7, customerCouplings: 7 });
  });

  it('should remove the coupling of a deleted account with REMOVE_COUPLING and keep the customer', async () => {
    await setResolutions({ deletionConflictResolution: 'REMOVE_COUPLING' });
    await deleteAccount(acc[4]);
    const jobs = await incremental(gw);
    expect(jobs.every((j) => j.status === 'SUCCEEDED')).toBe(true);
    expect(jobs.reduce((sum, j) => sum + j.deleted, 0)).toBe(1);
    expect(jobs.reduce((sum, j) => sum + j.inserted, 0)).toBe(0);
    expect(await couplingOf(gw, CUSTOMER, { erpId: no[4] })).toBeNull();
    expect(await customer(no[4])).toMatchObject({ no: no[4], name: 'Pair 4' });
    expect(await totals(gw)).toEqual({ customers: 7, accounts: 6, customerCouplings: 6 });
  });

  it('should keep as a FAILURE the coupling of a changed customer whose account was deleted (resolution NONE)', async () => {
    await setResolutions({ deletionConflictResolution: 'NONE' });
    await updateCustomer(no[6], { city: 'Trondheim' });
    await deleteAccount(acc[6]);
    lastRun = await incremental(gw);
    expect(lastRun.every((j) => j.status === 'SUCCEEDED')).toBe(true);
    const c = (await couplingOf(gw, CUSTOMER, { erpId: no[6] }))!;
    expect(c).toMatchObject({ crmId: acc[6], lastSyncResult: 'FAILURE' });
    expect(c.lastSyncError).toMatch(/was deleted/);
  });

  it('should count that failure once in the run, and not skip the coupling yet', async () => {
    expect(lastRun.reduce((sum, j) => sum + j.failed, 0)).toBe(1);
    expect((await couplingOf(gw, CUSTOMER, { erpId: no[6] }))!.skipped).toBe(false);
  });
});
