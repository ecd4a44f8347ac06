import { existsSync, readdirSync } from 'node:fs';
import { freePort, gqlAt, killHard, ServerProcess, spawnSubgraph } from '../helpers/process';
import { freshStoreLocation, mysqlServer } from '../helpers/store';
import { startTcpProxy, TcpProxy } from '../helpers/tcp-proxy';
import { poll } from '../helpers/sync-engine';
import { customersOnce, expectCustomersOnce, expectRunDoneOnce, seedCustomers, startRunUnderway } from '../helpers/cluster';
import { closeStores, openSomeStores } from '../../src/gateway/stores';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { buildWorld, World } from '../helpers/documents-world';

/*
 * The GraphQL connector (issue 14): the ERP and the CRM subgraph run as standalone processes on
 * their store, the sync subgraph as a third on a store of its own with TANDEM_ERP_URL and
 * TANDEM_CRM_URL, so it reaches every ERP and CRM record through their record-access API and
 * never their databases. A full sync survives kill -9 of the sync process, an incremental sync
 * survives the CRM subgraph refusing connections for 3 s, and every record is there once.
 */

jest.setTimeout(300_000);

const PER_SIDE = 5000;
const KEYS = { viewer: 'conn-viewer-1', admin: 'conn-admin-1' };
const KEY_ENV = `viewer:${KEYS.viewer},admin:${KEYS.admin}`;

type Location = ReturnType<typeof freshStoreLocation>;
const storeEnv = (l: Location) => ({ DATA_DIR: l.dataDir, ...(l.databaseUrl ? { DATABASE_URL: l.databaseUrl } : {}) });

async function post(url: string, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> }) };
}

describe('GraphQL connectors: the sync subgraph reaches the ERP and the CRM only through their GraphQL APIs', () => {
  const records = freshStoreLocation();
  const own = freshStoreLocation();
  let erp: ServerProcess;
  let crm: ServerProcess;
  let sync: ServerProcess;
  let crmProxy: TcpProxy;
  let syncPort: number;
  const startSync = async () =>
    (sync = await spawnSubgraph(
      'sync',
      {
        ...storeEnv(own),
        TANDEM_ERP_URL: erp.url,
        TANDEM_ERP_API_KEY: KEYS.admin,
        TANDEM_CRM_URL: `http://127.0.0.1:${crmProxy.port}/graphql`,
        TANDEM_CRM_API_KEY: KEYS.admin,
      },
      syncPort,
    ));

  beforeAll(async () => {
    await seedCustomers(records, PER_SIDE, 'G');
    erp = await spawnSubgraph('erp', { ...storeEnv(records), TANDEM_API_KEYS: KEY_ENV }, await freePort());
    const crmPort = await freePort();
    crm = await spawnSubgraph('crm', { ...storeEnv(records), TANDEM_API_KEYS: KEY_ENV }, crmPort);
    crmProxy = await startTcpProxy(crmPort);
    syncPort = await freePort();
    await startSync();
  });
  afterAll(async () => {
    for (const p of [sync, crm, erp]) if (p) await killHard(p);
    await crmProxy?.close();
    await records.dispose();
    await own.dispose();
  });

  it('should open no ERP or CRM store in the sync process', async () => {
    if (own.databaseUrl) {
      const url = new URL(own.databaseUrl);
      const conn = await mysqlServer(own.databaseUrl);
      try {
        const [rows] = await conn.query('SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE ?', [`${url.pathname.slice(1)}\\_%`]);
        expect((rows as Array<{ name: string }>).map((r) => r.name.replace(/^.*_/, '')).sort()).toEqual(['sync']);
      } finally {
        await conn.end();
      }
    } else {
      expect(readdirSync(own.dataDir).filter((f) => /^(erp|crm)\b/.test(f))).toEqual([]);
      expect(existsSync(own.dataDir)).toBe(true);
    }
  });

  it('should refuse bad record-access calls with a code, and callers without the admin role, changing nothing', async () => {
    const before = await post(erp.url, '{ erpRecordCount(table: "Customer") }', {}, KEYS.admin);
    expect(before.data.erpRecordCount).toBe(PER_SIDE);
    const viewer = await post(erp.url, '{ erpRecordCount(table: "Customer") }', {}, KEYS.viewer);
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await post(erp.url, '{ erpRecordCount(table: "Customer") }');
    expect([anonymous.status, anonymous.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const cases: Array<[string, Record<string, unknown>]> = [
      ['{ erpRecords(table: "Nope", keys: ["1"]) }', {}],
      ['{ erpRecordPage(table: "Customer", limit: 0) }', {}],
      ['{ erpRecordPage(table: "Customer", limit: 100000) }', {}],
      ['{ erpRecordsBy(table: "Customer", field: "nope", values: ["x"]) }', {}],
      ['mutation($r: [JSONObject!]!) { erpUpdateRecords(table: "Customer", records: $r) }', { r: [{ key: '', fields: {} }] }],
      ['mutation($r: [JSONObject!]!) { erpCreateRecords(table: "Customer", records: $r) }', { r: [{ key: 'X1', fields: [] }] }],
      ['mutation { erpNextSalesDocumentNo(kind: "INVOICE") }', {}],
    ];
    for (const [query, variables] of cases) {
      const r = await post(erp.url, query, variables, KEYS.admin);
      expect([query, r.errors?.[0].extensions?.code]).toEqual([query, 'BAD_USER_INPUT']);
    }
    // A key that exists: the whole batch is refused (one transaction), the store unchanged.
    const dup = await post(
      erp.url,
      'mutation($r: [JSONObject!]!) { erpCreateRecords(table: "Customer", records: $r) }',
      {
        r: [
          { key: 'GNEW1', fields: { name: 'New' } },
          { key: 'G000001', fields: { name: 'Twice' } },
        ],
      },
      KEYS.admin,
    );
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await post(erp.url, '{ erpRecordCount(table: "Customer") }', {}, KEYS.admin)).data.erpRecordCount).toBe(PER_SIDE);
    expect((await post(erp.url, '{ erpRecords(table: "Customer", keys: ["GNEW1"]) }', {}, KEYS.admin)).data.erpRecords).toEqual([]);
  });

  it('should run a full sync through the connectors and finish it after kill -9 of the sync process, every record once', async () => {
    const run = await startRunUnderway(sync.url, sync.url, 1000, 120_000);
    await killHard(sync);
    await startSync();
    await expectRunDoneOnce(sync.url, run.id, PER_SIDE, 240_000);
    await expectCustomersOnce(records, PER_SIDE, own);
  });

  it('should run an incremental sync of new and changed records while the CRM subgraph refuses connections for 3 s, every record once', async () => {
    const NEW = 2000;
    await seedCustomers(records, NEW, 'H');
    // Renames through the ERP's own API, as a user of the ERP would make them.
    for (const no of ['G000010', 'G000011', 'G000012']) {
      await post(erp.url, 'mutation($no: ID!, $i: CustomerUpdateInput!) { updateCustomer(no: $no, input: $i) { no } }', { no, i: { name: `Renamed ${no}` } }, KEYS.admin);
    }
    const outage = crmProxy.outage(3000);
    const { runIncrementalSynchronization: jobs } = await gqlAt(sync.url, 'mutation { runIncrementalSynchronization(mappings: [CUSTOMER]) { id } }');
    // While the CRM is gone the sync process says so, and still answers from its own store.
    const ready = await fetch(sync.url.replace(/\/graphql$/, '/readyz'));
    expect([ready.status, ((await ready.json()) as { reason?: string }).reason]).toEqual([503, 'CRM connector not answering']);
    await outage;
    const done = await poll(
      () => Promise.all(jobs.map((j: { id: string }) => gqlAt(sync.url, 'query($id: ID!) { syncJob(id: $id) { status failed message } }', { id: j.id }))),
      (xs) => xs.every((x) => x.syncJob.status !== 'RUNNING' && x.syncJob.status !== 'QUEUED'),
      'the incremental jobs ended',
      180_000,
      100,
    );
    expect(done.map((x) => [x.syncJob.status, x.syncJob.failed])).toEqual(jobs.map(() => ['SUCCEEDED', 0]));
    expect(await customersOnce(records, own)).toEqual({
      customers: 2 * PER_SIDE + 2 * NEW,
      accounts: 2 * PER_SIDE + 2 * NEW,
      couplings: 2 * PER_SIDE + 2 * NEW,
      erpIds: 2 * PER_SIDE + 2 * NEW,
      crmIds: 2 * PER_SIDE + 2 * NEW,
      pending: 0,
    });
    // The renames reached the coupled accounts.
    const stores = await openSomeStores(records, ['crm']);
    try {
      const renamed = await stores.crm!.getRepository('Account').findBy({ accountNumber: 'G000010' });
      expect(renamed.map((a) => a.name)).toEqual(['Renamed G000010']);
    } finally {
      await closeStores(stores);
    }
  });
});

describe('Lead-to-cash through the connectors: a gateway over the ERP and CRM subgraphs, its sync engine reaching them over GraphQL', () => {
  const records = freshStoreLocation();
  const own = freshStoreLocation();
  const procs: ServerProcess[] = [];
  let gw: TestGateway;
  let w: World;

  beforeAll(async () => {
    const erp = await spawnSubgraph('erp', storeEnv(records), await freePort());
    procs.push(erp);
    const crm = await spawnSubgraph('crm', storeEnv(records), await freePort());
    procs.push(crm);
    gw = await startTestGateway({ location: own, env: { TANDEM_SUBGRAPHS: `erp=${erp.url},crm=${crm.url}`, TANDEM_ERP_URL: erp.url, TANDEM_CRM_URL: crm.url } });
    // Create in CRM / Create in ERP of the master data: every record through the connectors.
    w = await buildWorld(gw);
    await gw.ok(`mutation { updateSalesSetup(input: { writeInProductType: ITEM, writeInProductNo: "WRITEIN" }) { writeInProductNo } }`);
  });
  afterAll(async () => {
    await gw?.stop();
    for (const p of procs) await killHard(p);
    await records.dispose();
    await own.dispose();
  });

  it('should create the ERP order of a submitted CRM order once, with exact lines, and refuse a second', async () => {
    const { createOrder } = await gw.ok(`mutation($i: OrderInput!) { createOrder(input: $i) { id } }`, {
      i: {
        name: 'Connector order',
        customerId: w.account,
        lines: [
          { productId: w.desk, quantity: '3.5', pricePerUnit: '649.5', manualDiscountAmount: '10.25' },
          { productDescription: 'Installation', quantity: '1', pricePerUnit: '120' },
        ],
      },
    });
    await gw.ok(`mutation($id: ID!) { submitOrder(id: $id) { state } }`, { id: createOrder.id });
    const { convertOrder } = await gw.ok(
      `mutation($id: ID!) { convertOrder(crmOrderId: $id) { no sellToCustomerNo amount lines { type no quantity unitPrice lineDiscountAmount amount } coupledOrder { id } } }`,
      { id: createOrder.id },
    );
    expect(convertOrder).toMatchObject({ sellToCustomerNo: w.customerNo, coupledOrder: { id: createOrder.id } });
    expect(convertOrder.lines).toEqual([
      { type: 'ITEM', no: '1000', quantity: '3.5', unitPrice: '649.5', lineDiscountAmount: '10.25', amount: '2263' },
      { type: 'ITEM', no: 'WRITEIN', quantity: '1', unitPrice: '120', lineDiscountAmount: '0', amount: '120' },
    ]);
    const again = await gw.gql(`mutation($id: ID!) { convertOrder(crmOrderId: $id) { no } }`, { id: createOrder.id });
    expect(again.errors?.[0].extensions?.code).toMatch(/ALREADY_COUPLED|CONFLICT|INVALID_STATE/);
    expect((await gw.ok('{ salesOrders { totalCount } }')).salesOrders.totalCount).toBe(1);
  });

  it('should process an activated CRM quote into an ERP quote', async () => {
    const { createQuote } = await gw.ok(`mutation($i: QuoteInput!) { createQuote(input: $i) { id } }`, {
      i: { name: 'Connector quote', customerId: w.account, lines: [{ productId: w.linda, quantity: '2.25', pricePerUnit: '95.1234' }] },
    });
    await gw.ok(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id: createQuote.id });
    const { processQuote } = await gw.ok(`mutation($id: ID!) { processQuote(crmQuoteId: $id) { no sellToCustomerNo lines { type no quantity unitPrice } } }`, {
      id: createQuote.id,
    });
    expect(processQuote).toEqual({
      no: expect.any(String),
      sellToCustomerNo: w.customerNo,
      lines: [{ type: 'RESOURCE', no: w.resourceNo, quantity: '2.25', unitPrice: '95.1234' }],
    });
  });
});
