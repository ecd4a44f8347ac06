import { randomUUID } from 'node:crypto';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { freePort } from '../helpers/process';
import { testStoreKind } from '../helpers/store';
import { startTandem, tandem } from '../helpers/cli';
import { holdMapping } from '../helpers/sync-engine';
import { TableMappingName } from '../../src/sync/enums';

/*
 * The client commands of `tandem` against a real gateway over HTTP and graphql-ws, as a script
 * meets them: plain output, --json (one document on stdout, nothing else) and exit codes.
 */

const OPERATOR = 'operator-key-cli-0001';
const VIEWER = 'viewer-key-cli-0001';
const ADMIN = 'admin-key-cli-0001';

/** Parses stdout as exactly one JSON document (fails the test otherwise). */
function json(stdout: string): any {
  return JSON.parse(stdout);
}

// The client talks to the API, whatever store the gateway has: one store run keeps CI short (each CLI start costs ~1 s).
const onSqlite = testStoreKind() === 'sqlite' ? describe : describe.skip;

onSqlite('tandem client commands', () => {
  let gw: TestGateway;
  let cli: (args: string[], key?: string) => ReturnType<typeof tandem>;

  beforeAll(async () => {
    gw = await startTestGateway({ demoData: true, apiKeys: { operator: OPERATOR, viewer: VIEWER, admin: ADMIN } });
    cli = (args, key = OPERATOR) => tandem(args, { TANDEM_URL: gw.url, TANDEM_API_KEY: key });
  });
  afterAll(async () => gw.stop());

  it('should show the status with one line per mapping, plain and --json', async () => {
    const plain = await cli(['status']);
    expect(plain).toMatchObject({ code: 0, stderr: '' });
    expect(plain.stdout).toMatch(/^gateway {2}http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(plain.stdout).toMatch(/MAPPING +DIRECTION +COUPLED/);
    expect(plain.stdout).toMatch(/SALESQUOTE_QUOTE +FROM_CRM +0 .*NEVER_SYNCED/);
    const doc = json((await cli(['status', '--json'])).stdout);
    expect(doc.mappings).toHaveLength(11);
    expect(doc.mappings[0]).toMatchObject({ mapping: 'SALESPEOPLE', coupled: 0, lagSeconds: null, status: 'NEVER_SYNCED' });
  });

  it('should list mappings, show one with its fields, and refuse an unknown name with exit 2', async () => {
    expect((await cli(['mappings'])).stdout).toMatch(/CUSTOMER +Customer +Account +BIDIRECTIONAL/);
    const one = json((await cli(['mappings', 'customer', '--json'])).stdout);
    expect(one).toMatchObject({ name: 'CUSTOMER', direction: 'BIDIRECTIONAL' });
    expect(one.fieldMappings.map((f: { erpField: string }) => f.erpField)).toContain('name');
    const bad = await cli(['mappings', 'bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown table mapping "bogus"/);
  });

  it('should preview the full synchronization as a table and as JSON', async () => {
    const plain = await cli(['preview', '-m', 'CUSTOMER']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/CUSTOMER +COUPLE_RECORDS/);
    const lines = json((await cli(['preview', '--json'])).stdout);
    expect(lines).toHaveLength(11);
  });

  it('should run a full synchronization, follow it line by line without a terminal, and exit 0', async () => {
    const r = await cli(['sync', 'full']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d\d:\d\d:\d\d CUSTOMER (QUEUED|RUNNING) /m);
    expect(r.stdout).toMatch(/^\d\d:\d\d:\d\d CUSTOMER SUCCEEDED \d+\/\d+ \d+ rec\/s$/m);
    expect(r.stdout).toMatch(/full synchronization [0-9a-f-]{36} SUCCEEDED in [\d.]+ s/);
    const status = json((await cli(['status', '--json'])).stdout);
    expect(status.mappings.find((m: { mapping: string }) => m.mapping === 'CUSTOMER')).toMatchObject({ status: 'SUCCEEDED' });
    expect(status.mappings[0].lagSeconds).toEqual(expect.any(Number));
  });

  it('should answer --json with the final run only, start with --no-wait and follow by id', async () => {
    const r = await cli(['sync', 'full', '-m', 'currency', '--json']);
    expect(r.code).toBe(0);
    const run = json(r.stdout);
    expect(run).toMatchObject({ status: 'SUCCEEDED' });
    expect(run.lines.map((l: { mapping: string }) => l.mapping)).toEqual(['CURRENCY']);
    const started = await cli(['sync', 'incremental', '--no-wait']);
    expect(started.code).toBe(0);
    const ids = started.stdout.trim().split('\n');
    expect(ids.length).toBeGreaterThan(1);
    const followed = await cli(['follow', ...ids, '--json']);
    expect(followed.code).toBe(0);
    expect(json(followed.stdout).map((j: { status: string }) => j.status)).toEqual(ids.map(() => 'SUCCEEDED'));
    const runId = (await cli(['sync', 'full', '-m', 'salespeople', '--no-wait'])).stdout.trim();
    const again = await cli(['follow', runId]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`full synchronization ${runId} SUCCEEDED`);
  });

  it('should run an incremental synchronization and print one summary line per job', async () => {
    const r = await cli(['sync', 'incremental', '-m', 'customer']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^CUSTOMER TO_CRM SUCCEEDED: processed \d+/m);
    expect(r.stdout).toMatch(/^CUSTOMER FROM_CRM SUCCEEDED: processed \d+/m);
    const jobs = json((await cli(['sync', 'incremental', '-m', 'customer', '--json'])).stdout);
    expect(jobs).toHaveLength(2);
  });

  it('should list jobs, filter failed ones, show one job, and exit 4 for an unknown job', async () => {
    const list = json((await cli(['jobs', '-m', 'CUSTOMER', '--json', '--first', '2'])).stdout);
    expect(list.nodes).toHaveLength(2);
    expect(list.nodes.every((j: { mapping: string }) => j.mapping === 'CUSTOMER')).toBe(true);
    expect(json((await cli(['jobs', '--failed', '--json'])).stdout).nodes).toEqual([]);
    const plain = await cli(['job', list.nodes[0].id]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/CUSTOMER (TO_CRM|FROM_CRM) INCREMENTAL {2}SUCCEEDED/);
    expect(json((await cli(['job', list.nodes[0].id, '--json'])).stdout)).toMatchObject({ id: list.nodes[0].id, errors: [] });
    const missing = await cli(['job', randomUUID()]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/^NOT_FOUND: sync job .* does not exist\n$/);
    expect(missing.stdout).toBe('');
  });

  it('should couple, uncouple and synchronize one record, with exit 4 for a state that forbids it and 2 for bad input', async () => {
    const { customer } = await gw.ok('{ customer(no: "10000") { no coupledAccount { id } } }', undefined, OPERATOR);
    const crmId = customer.coupledAccount.id;
    const now = await cli(['sync-now', '-m', 'customer', '--erp', '10000', '--direction', 'to_crm', '--json']);
    expect(now.code).toBe(0);
    expect(json(now.stdout)[0]).toMatchObject({ type: 'SINGLE', status: 'SUCCEEDED' });
    expect((await cli(['uncouple', '-m', 'customer', '--erp', '10000'])).stdout).toBe('uncoupled\n');
    const again = await cli(['uncouple', '-m', 'customer', '--erp', '10000']);
    expect(again.code).toBe(4);
    expect(again.stderr).toMatch(/^NOT_COUPLED: /);
    const coupled = await cli(['couple', '-m', 'customer', '--erp', '10000', '--crm', crmId, '--json']);
    expect(coupled.code).toBe(0);
    expect(json(coupled.stdout)).toMatchObject({ mapping: 'CUSTOMER', erpId: '10000', crmId });
    const twice = await cli(['couple', '-m', 'customer', '--erp', '10000', '--crm', crmId, '--json']);
    expect(twice.code).toBe(4);
    expect(json(twice.stdout)).toEqual({ error: { code: 'ALREADY_COUPLED', message: expect.any(String) } });
    const bad = await cli(['couple', '-m', 'customer', '--erp', '10000', '--crm', 'not-a-uuid']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^BAD_USER_INPUT: /);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const other = await cli(['create-in-other', '-m', 'customer', '--erp', '10000']);
    expect(other.code).toBe(4);
    expect((await cli(['couple', '-m', 'customer', '--erp', '1'])).code).toBe(2);
  });

  it('should match records by field and follow the job', async () => {
    const r = await cli(['match', '-m', 'customer', '--on', 'name=name', '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0]).toMatchObject({ type: 'MATCH_COUPLING', status: 'SUCCEEDED' });
    expect((await cli(['match', '-m', 'customer', '--on', 'name'])).code).toBe(2);
  });

  it('should list skipped couplings and conflicts, restore and resolve them', async () => {
    expect(json((await cli(['skipped', '--json'])).stdout)).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await cli(['skipped', 'restore', '--all', '--json'])).toMatchObject({ code: 0, stdout: '[]\n' });
    expect((await cli(['skipped', 'restore'])).code).toBe(2);
    expect(json((await cli(['conflicts', '-m', 'customer', '--json'])).stdout)).toMatchObject({ totalCount: 0 });
    expect((await cli(['conflicts'])).stdout).toMatch(/\(0 of 0 in conflict\)/);
    const missing = await cli(['conflicts', 'resolve', randomUUID(), '--keep', 'erp']);
    expect(missing.code).toBe(4);
    expect((await cli(['conflicts', 'resolve', randomUUID(), '--keep', 'nobody'])).code).toBe(2);
  });

  it('should list orders and quotes, convert and process them, and exit 4 for the wrong state', async () => {
    // The order's account and products must be coupled first (independent of the other tests).
    expect((await cli(['sync', 'full', '--json'])).code).toBe(0);
    const orders = json((await cli(['orders', '--json'])).stdout);
    const active = orders.nodes.find((o: { state: string }) => o.state === 'ACTIVE');
    expect((await cli(['orders'])).stdout).toMatch(/ORD-\d+ .*ACTIVE/);
    const refused = await cli(['orders', 'convert', active.id, '--json']);
    expect(refused.code).toBe(4);
    expect(json(refused.stdout)).toEqual([{ id: active.id, error: { code: 'INVALID_STATE', message: expect.any(String) } }]);
    await gw.ok('mutation($id: ID!) { submitOrder(id: $id) { id } }', { id: active.id }, OPERATOR);
    await gw.ok('mutation { updateSalesSetup(input: { writeInProductType: RESOURCE, writeInProductNo: "LINDA" }) { writeInProductNo } }', undefined, ADMIN);
    const converted = await cli(['orders', 'convert', '--all-submitted']);
    expect(converted.stderr).toBe('');
    expect(converted.code).toBe(0);
    expect(converted.stdout).toMatch(new RegExp(`^${active.id} -> sales order \\S+$`, 'm'));
    expect((await cli(['orders', 'convert', '--all-submitted'])).stdout).toBe('nothing to do\n');
    const quotes = json((await cli(['quotes', '--json'])).stdout);
    const draft = quotes.nodes[0];
    expect((await cli(['quotes', 'process', draft.id])).code).toBe(4);
    await gw.ok('mutation($id: ID!) { activateQuote(id: $id) { id } }', { id: draft.id }, OPERATOR);
    const processed = await cli(['quotes', 'process', draft.id, '--json']);
    expect(processed.code).toBe(0);
    expect(json(processed.stdout)).toEqual([{ id: draft.id, no: expect.any(String) }]);
  });

  it('should exit 3 for a wrong key and for a role that may not do it', async () => {
    const wrong = await cli(['status'], 'wrong-key-000000');
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/^UNAUTHENTICATED: /);
    const none = await tandem(['jobs', '--url', gw.url]);
    expect(none.code).toBe(3);
    const viewer = await cli(['sync', 'full', '--json'], VIEWER);
    expect(viewer.code).toBe(3);
    expect(json(viewer.stdout).error.code).toBe('FORBIDDEN');
  });

  it('should exit 5 when the gateway cannot be reached, and 2 for a URL that is not one', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    for (const args of [['status'], ['sync', 'full'], ['follow', randomUUID()]]) {
      const r = await tandem([...args, '--url', url]);
      expect(r.code).toBe(5);
      expect(r.stderr).toMatch(/^UNREACHABLE: cannot reach the gateway at http:\/\/127\.0\.0\.1:\d+\/graphql \(ECONNREFUSED\)\n$/);
    }
    expect((await tandem(['status', '--url', 'nonsense'])).code).toBe(2);
  });

  it('should leave the run going on Ctrl-C and say how to follow it again', async () => {
    // A run that takes a while: many records on both sides, nothing to match.
    const now = new Date();
    const customers = Array.from({ length: 3000 }, (_, i) => ({
      no: `Q${String(i).padStart(6, '0')}`,
      name: `Interrupt customer ${i}`,
      creditLimit: '0',
      blocked: false,
      modifiedAt: now,
    }));
    for (let i = 0; i < customers.length; i += 500) await gw.stores.erp.getRepository('Customer').insert(customers.slice(i, i + 500));
    const { child, result } = startTandem(['sync', 'full', '-m', 'customer'], { TANDEM_URL: gw.url, TANDEM_API_KEY: OPERATOR });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    while (!/CUSTOMER RUNNING/.test(out)) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const r = await result;
    expect(r.code).toBe(130);
    const runId = /tandem follow ([0-9a-f-]{36})/.exec(r.stderr)![1];
    const { fullSyncRun } = await gw.ok('query($id: ID!) { fullSyncRun(id: $id) { status } }', { id: runId }, OPERATOR);
    expect(['RUNNING', 'SUCCEEDED']).toContain(fullSyncRun.status);
    const followed = await cli(['follow', runId, '--json']);
    expect(followed.code).toBe(0);
    expect(json(followed.stdout)).toMatchObject({ id: runId, status: 'SUCCEEDED' });
  });

  it('should cancel the run on Ctrl-C with --cancel-on-interrupt and exit 1', async () => {
    const now = new Date();
    const customers = Array.from({ length: 3000 }, (_, i) => ({
      no: `R${String(i).padStart(6, '0')}`,
      name: `Cancel customer ${i}`,
      creditLimit: '0',
      blocked: false,
      modifiedAt: now,
    }));
    for (let i = 0; i < customers.length; i += 500) await gw.stores.erp.getRepository('Customer').insert(customers.slice(i, i + 500));
    // The job waits for the mapping's lease meanwhile: Ctrl-C lands while the run is live however fast the machine is.
    const release = await holdMapping(gw, TableMappingName.CUSTOMER);
    const { child, result } = startTandem(['sync', 'full', '-m', 'customer', '--cancel-on-interrupt'], { TANDEM_URL: gw.url, TANDEM_API_KEY: OPERATOR });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    try {
      while (!/CUSTOMER RUNNING/.test(out)) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGINT');
    } finally {
      await new Promise((r) => setTimeout(r, 300));
      await release();
    }
    const r = await result;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/interrupted: asked \d job\(s\) to cancel/);
    const failed = await cli(['jobs', '-m', 'customer', '--first', '1', '--json']);
    const last = json(failed.stdout).nodes[0];
    const final = await cli(['follow', last.id]);
    expect(final.code).toBe(1);
    expect(final.stdout).toMatch(/CUSTOMER (TO|FROM)_CRM CANCELED/);
  });
});
