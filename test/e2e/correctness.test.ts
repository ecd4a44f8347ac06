import { In } from 'typeorm';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { snapshotStores } from '../helpers/snapshot';
import { couplingOf, incremental, JOB_FIELDS, startFullSync, waitRun, within } from '../helpers/sync-engine';
import { Customer } from '../../src/erp/customer.entity';
import { TableMappingName } from '../../src/sync/enums';

/*
 * Correctness as a new user meets it (issue 8): field mappings refuse what cannot work, records
 * created in the other system complete both sides, counters count each record once, sync jobs
 * list newest first, syncJobProgress answers for finished and unknown jobs, and messages name
 * records people know (ambiguous matches, referenced CRM records, what an empty field needs,
 * text no store keeps).
 */

const { CUSTOMER, ITEM_PRODUCT } = TableMappingName;

const FIELD = `mutation($m: TableMappingName!, $f: String!, $i: FieldMappingUpdateInput!) {
  updateFieldMapping(mapping: $m, erpField: $f, input: $i) { erpField direction enabled constantValue }
}`;
const TABLE = `mutation($m: TableMappingName!, $i: TableMappingUpdateInput!) { updateTableMapping(name: $m, input: $i) { name direction syncOnlyCoupledRecords } }`;
const CREATE_IN_OTHER = `mutation($input: RecordRefInput!) { createInOther(input: $input) { id erpId crmId } }`;
const SYNC_NOW = `mutation($input: SynchronizeNowInput!) { synchronizeNow(input: $input) { id status processed modified failed } }`;

/** The first error of a request that must fail: code, message and extensions. */
async function refused(gw: TestGateway, query: string, variables?: Record<string, unknown>) {
  const r = await gw.gql(query, variables);
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return { code: r.errors[0].extensions?.code as string, message: r.errors[0].message, status: r.status };
}

const createAccount = async (gw: TestGateway, input: Record<string, unknown>): Promise<string> =>
  (await gw.ok(`mutation($i: AccountInput!) { createAccount(input: $i) { id } }`, { i: input })).createAccount.id;
const createCustomer = async (gw: TestGateway, input: Record<string, unknown>): Promise<string> =>
  (await gw.ok(`mutation($i: CustomerInput!) { createCustomer(input: $i) { no } }`, { i: input })).createCustomer.no;
const account = async (gw: TestGateway, id: string) => (await gw.ok(`query($id: ID!) { account(id: $id) { id name accountNumber creditLimit } }`, { id })).account;

describe('Field mappings refuse what cannot work', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());

  it.each([
    ['a word for a decimal', CUSTOMER, 'creditLimit', { constantValue: 'abc' }, /creditLimit.*"abc".*decimal number/],
    ['a decimal with a comma', CUSTOMER, 'creditLimit', { constantValue: '25,00' }, /decimal number/],
    ['too many digits for the column', CUSTOMER, 'creditLimit', { constantValue: '1234567890123456789012345' }, /at most \d+ digits before the point/],
    ['text longer than the column', CUSTOMER, 'city', { constantValue: 'x'.repeat(120) }, /at most \d+ characters/],
    ['a NUL character', CUSTOMER, 'city', { constantValue: 'Oslo\u0000' }, /NUL/],
    ['the ERP key sent back from the CRM', CUSTOMER, 'no', { direction: 'BIDIRECTIONAL' }, /CUSTOMER\.no.*key.*TO_CRM only/],
    ['the ERP key FROM_CRM', CUSTOMER, 'no', { direction: 'FROM_CRM' }, /TO_CRM only/],
    ['inventory written from the CRM', ITEM_PRODUCT, 'inventory', { direction: 'BIDIRECTIONAL' }, /inventory is maintained by the ERP alone/],
    ['a constant on a reference', CUSTOMER, 'salespersonCode', { constantValue: 'AH' }, /translated through the SALESPEOPLE couplings.*no constantValue/],
    ['a constant on the blocked state', ITEM_PRODUCT, 'blocked', { constantValue: 'true' }, /no constantValue/],
  ])('should refuse %s with BAD_USER_INPUT naming the field and what it accepts, changing nothing', async (_what, mapping, erpField, input, message) => {
    const before = await snapshotStores(gw.stores);
    const e = await refused(gw, FIELD, { m: mapping, f: erpField, i: input });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(message);
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it('should accept a constant that fits, carry it on synchronizeNow, and go back to the field on null', async () => {
    const no = await createCustomer(gw, { name: 'Constant Ltd', creditLimit: '100.00' });
    const acc = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: no } })).createInOther.crmId;
    expect((await gw.ok(FIELD, { m: 'CUSTOMER', f: 'creditLimit', i: { constantValue: '25000.50' } })).updateFieldMapping).toMatchObject({ constantValue: '25000.50' });
    const job = (await gw.ok(SYNC_NOW, { input: { mapping: 'CUSTOMER', erpId: no, direction: 'TO_CRM' } })).synchronizeNow;
    expect(job).toMatchObject({ status: 'SUCCEEDED', modified: 1, failed: 0 });
    expect((await account(gw, acc)).creditLimit).toBe('25000.5');
    await gw.ok(FIELD, { m: 'CUSTOMER', f: 'creditLimit', i: { constantValue: null } });
    await gw.ok(SYNC_NOW, { input: { mapping: 'CUSTOMER', erpId: no, direction: 'TO_CRM' } });
    expect((await account(gw, acc)).creditLimit).toBe('100');
  });

  it('should refuse syncOnlyCoupledRecords false on a document mapping (documents are created by conversion only)', async () => {
    const before = await snapshotStores(gw.stores);
    const e = await refused(gw, TABLE, { m: 'SALESORDER_ORDER', i: { syncOnlyCoupledRecords: false } });
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/SALESORDER_ORDER.*convertOrder.*true only/) });
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it('should disable the fields that cannot go the new way when a table mapping is narrowed', async () => {
    const t = (await gw.ok(TABLE, { m: 'ITEM_PRODUCT', i: { direction: 'FROM_CRM' } })).updateTableMapping;
    expect(t.direction).toBe('FROM_CRM');
    const fields = (await gw.ok(`{ tableMapping(name: ITEM_PRODUCT) { fieldMappings { erpField direction enabled } } }`)).tableMapping.fieldMappings;
    const byName = Object.fromEntries(fields.map((f: { erpField: string }) => [f.erpField, f]));
    expect(byName.no).toEqual({ erpField: 'no', direction: 'FROM_CRM', enabled: false });
    expect(byName.inventory).toEqual({ erpField: 'inventory', direction: 'FROM_CRM', enabled: false });
    expect(byName.description).toEqual({ erpField: 'description', direction: 'FROM_CRM', enabled: true });
    // Turning the key back on in that direction is refused, like any field mapping that cannot work.
    expect((await refused(gw, FIELD, { m: 'ITEM_PRODUCT', f: 'no', i: { enabled: true } })).code).toBe('BAD_USER_INPUT');
  });
});

describe('Creating a record in the other system completes both sides', () => {
  let gw: TestGateway;
  let pcsGroup: string;
  beforeAll(async () => {
    gw = await startTestGateway();
    await gw.services.erp.masterData.createUnitOfMeasure({ code: 'PCS', description: 'Piece' });
    await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'UNIT_OF_MEASURE', erpId: 'PCS' } });
    pcsGroup = (await couplingOf(gw, TableMappingName.UNIT_OF_MEASURE, { erpId: 'PCS' }))!.crmId;
  });
  afterAll(() => gw.stop());

  it('should write the new customer number into the account at once (createInOther from the CRM)', async () => {
    const acc = await createAccount(gw, { name: 'Fabrikam, Inc.', address1City: 'Redmond' });
    const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', crmId: acc } })).createInOther;
    expect(c.erpId).toMatch(/^C\d+/);
    expect((await account(gw, acc)).accountNumber).toBe(c.erpId);
    // Nothing is left for the next synchronization to find, and the account stays complete.
    const jobs = await incremental(gw, [CUSTOMER]);
    expect(jobs.reduce((n, j) => n + j.modified + j.failed, 0)).toBe(0);
    expect((await account(gw, acc)).accountNumber).toBe(c.erpId);
  });

  it('should give a product made into an item the item number, price and quantity on hand', async () => {
    const product = (
      await gw.ok(`mutation($i: ProductInput!) { createProduct(input: $i) { id } }`, {
        i: { productNumber: 'CRM-DESK', name: 'Standing desk', productType: 'SALES_INVENTORY', unitGroupId: pcsGroup, price: '350.00' },
      })
    ).createProduct.id;
    const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'ITEM_PRODUCT', crmId: product } })).createInOther;
    const p = (await gw.ok(`query($id: ID!) { product(id: $id) { productNumber quantityOnHand state coupledItem { no description inventory } } }`, { id: product })).product;
    expect(p).toEqual({ productNumber: c.erpId, quantityOnHand: '0', state: 'ACTIVE', coupledItem: { no: c.erpId, description: 'Standing desk', inventory: '0' } });
  });

  it('should fill accountNumber on every account a full synchronization creates customers from', async () => {
    const ids = [await createAccount(gw, { name: 'Bulk One' }), await createAccount(gw, { name: 'Bulk Two' })];
    // Only the CRM has records of this mapping that are not coupled: the line creates customers from them.
    const run = await waitRun(gw, (await startFullSync(gw, [CUSTOMER])).id);
    expect(run.status).toBe('SUCCEEDED');
    for (const id of ids) {
      const coupled = (await couplingOf(gw, CUSTOMER, { crmId: id }))!;
      expect((await account(gw, id)).accountNumber).toBe(coupled.erpId);
    }
  });
});

describe('Counters count each record once', () => {
  let gw: TestGateway;
  const no: string[] = [];
  const acc: string[] = [];
  const updateCustomer = (n: string, input: Record<string, unknown>) =>
    gw.ok(`mutation($no: ID!, $i: CustomerUpdateInput!) { updateCustomer(no: $no, input: $i) { no } }`, { no: n, i: input });
  const updateAccount = (id: string, input: Record<string, unknown>) =>
    gw.ok(`mutation($id: ID!, $i: AccountUpdateInput!) { updateAccount(id: $id, input: $i) { id } }`, { id, i: input });
  const sum = (jobs: object[], k: string) => jobs.reduce((n, j) => n + ((j as Record<string, number>)[k] ?? 0), 0);
  const errorsOf = async (ids: string[]) => {
    const out: Array<{ erpId: string; message: string }> = [];
    for (const id of ids) out.push(...(await gw.ok(`query($id: ID!) { syncJob(id: $id) { errors { erpId message } } }`, { id })).syncJob.errors);
    return out;
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    for (let i = 0; i < 3; i++) no.push(await createCustomer(gw, { name: `Counted ${i}`, city: 'Cambridge' }));
    // Changed long ago: incremental passes see only what a test changes.
    await gw.stores.erp.getRepository(Customer).update({ no: In(no) }, { modifiedAt: new Date(Date.now() - 3_600_000) });
    expect((await waitRun(gw, (await startFullSync(gw, [CUSTOMER])).id)).status).toBe('SUCCEEDED');
    for (const n of no) acc.push((await couplingOf(gw, CUSTOMER, { erpId: n }))!.crmId);
    await incremental(gw, [CUSTOMER]); // the catch-up pass after a full sync
  });
  afterAll(() => gw.stop());

  it('should count a single ERP edit once over both passes of a run: processed 1, modified 1, unchanged 0', async () => {
    await updateCustomer(no[0], { city: 'Oslo' });
    const jobs = await incremental(gw, [CUSTOMER]);
    expect({ processed: sum(jobs, 'processed'), modified: sum(jobs, 'modified'), unchanged: sum(jobs, 'unchanged') }).toEqual({ processed: 1, modified: 1, unchanged: 0 });
  });

  it('should count a single CRM edit once as well', async () => {
    await updateAccount(acc[1], { address1City: 'Bergen' });
    const jobs = await incremental(gw, [CUSTOMER]);
    expect({ processed: sum(jobs, 'processed'), modified: sum(jobs, 'modified'), unchanged: sum(jobs, 'unchanged') }).toEqual({ processed: 1, modified: 1, unchanged: 0 });
  });

  it('should log a single conflict once and count it once: processed 1, skipped 1, one error', async () => {
    await updateCustomer(no[2], { name: 'Counted 2 (ERP)' });
    await updateAccount(acc[2], { name: 'Counted 2 (CRM)' });
    const jobs = await incremental(gw, [CUSTOMER]);
    expect({ processed: sum(jobs, 'processed'), skipped: sum(jobs, 'skipped') }).toEqual({ processed: 1, skipped: 1 });
    const errors = await errorsOf(jobs.map((j) => j.id));
    expect(errors).toEqual([{ erpId: no[2], message: expect.stringContaining('Conflict on name') }]);
  });

  it('should list couplings by mapping, then ERP key, not by their random ids', async () => {
    const nodes = (await gw.ok(`{ couplings { nodes { mapping erpId } } }`)).couplings.nodes as Array<{ mapping: string; erpId: string }>;
    const keys = nodes.map((n) => `${n.mapping}|${n.erpId}`);
    expect(keys).toEqual([...keys].sort());
    expect(nodes.filter((n) => n.mapping === 'CUSTOMER').map((n) => n.erpId)).toEqual([...no].sort());
  });

  it('should count nothing in a run with no change', async () => {
    const jobs = await incremental(gw, [CUSTOMER]);
    expect(sum(jobs, 'processed')).toBe(0);
  });
});

describe('Full synchronization counts what each line covers', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
    await gw.services.erp.masterData.createUnitOfMeasure({ code: 'PCS', description: 'Piece' });
    await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'UNIT_OF_MEASURE', erpId: 'PCS' } });
    const pcs = (await couplingOf(gw, TableMappingName.UNIT_OF_MEASURE, { erpId: 'PCS' }))!.crmId;
    await createCustomer(gw, { name: 'Both Sides Ltd' });
    await createCustomer(gw, { name: 'ERP Only Ltd' });
    await createAccount(gw, { name: 'both sides ltd' });
    await createAccount(gw, { name: 'CRM Only Ltd' });
    for (const [productNumber, productType] of [
      ['LAMP', 'SALES_INVENTORY'],
      ['SUPPORT', 'SERVICES'],
    ]) {
      await gw.ok(`mutation($i: ProductInput!) { createProduct(input: $i) { id } }`, { i: { productNumber, name: productNumber, productType, unitGroupId: pcs } });
    }
  });
  afterAll(() => gw.stop());

  it('should end every job with processed = total, the second job of a line counting only what it creates, each product line only its kind', async () => {
    const run = await waitRun(gw, (await startFullSync(gw, [CUSTOMER, ITEM_PRODUCT, TableMappingName.RESOURCE_PRODUCT])).id);
    expect(run.status).toBe('SUCCEEDED');
    const line = (m: string) => run.lines.find((l) => l.mapping === m)!;
    expect(line('CUSTOMER').toCrmJob).toMatchObject({ total: 2, processed: 2, coupled: 1, inserted: 1 });
    expect(line('CUSTOMER').fromCrmJob).toMatchObject({ total: 1, processed: 1, inserted: 1, unchanged: 0 });
    // The CRM has one product of each kind and the ERP none: each line creates its one product's partner.
    for (const m of ['ITEM_PRODUCT', 'RESOURCE_PRODUCT']) {
      expect(line(m).recommendation).toBe('FULL_SYNCHRONIZATION');
      const jobs = [line(m).toCrmJob, line(m).fromCrmJob].filter(Boolean);
      expect(jobs.reduce((n, j) => n + j!.inserted, 0)).toBe(1);
      for (const j of jobs) expect(j!.processed).toBe(j!.total);
    }
  });
});

describe('Sync jobs: newest first, progress of finished and unknown jobs', () => {
  let gw: TestGateway;
  const created: string[] = [];
  beforeAll(async () => {
    gw = await startTestGateway();
    const no = await createCustomer(gw, { name: 'Ordered' });
    await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: no } });
    for (let i = 0; i < 4; i++) {
      created.push((await gw.ok(SYNC_NOW, { input: { mapping: 'CUSTOMER', erpId: no, direction: 'TO_CRM' } })).synchronizeNow.id);
      await new Promise((r) => setTimeout(r, 5));
    }
  });
  afterAll(() => gw.stop());

  const page = async (args: string) => (await gw.ok(`{ syncJobs(${args}) { totalCount nodes { id queuedAt } pageInfo { hasNextPage endCursor } } }`)).syncJobs;

  it('should list jobs newest first by default and oldest first on request', async () => {
    const newest = await page('first: 4');
    expect(newest.nodes.map((n: { id: string }) => n.id)).toEqual([...created].reverse());
    const oldest = await page('sort: OLDEST_FIRST');
    const times = oldest.nodes.map((n: { queuedAt: string }) => n.queuedAt);
    expect([...times].sort()).toEqual(times);
    expect(oldest.nodes.slice(-4).map((n: { id: string }) => n.id)).toEqual(created);
  });

  it('should page through every job exactly once in either order', async () => {
    for (const sort of ['NEWEST_FIRST', 'OLDEST_FIRST']) {
      const all = (await page(`sort: ${sort}`)).nodes.map((n: { id: string }) => n.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } = await page(
          `sort: ${sort}, first: 1${after ? `, after: "${after}"` : ''}`,
        );
        seen.push(...p.nodes.map((n) => n.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    }
  });

  it('should refuse a cursor whose timestamp is not an instant', async () => {
    const forged = Buffer.from(JSON.stringify(['not a time', 'x'])).toString('base64url');
    expect(await gw.code(`{ syncJobs(after: "${forged}") { totalCount } }`)).toBe('BAD_USER_INPUT');
  });

  it('should send a finished job its current state over syncJobProgress and complete', async () => {
    const client = gw.ws();
    try {
      const got: Array<{ id: string; status: string; processed: number }> = [];
      await within(
        new Promise<void>((resolve, reject) => {
          client.subscribe<{ syncJobProgress: { id: string; status: string; processed: number } }>(
            { query: `subscription($id: ID!) { syncJobProgress(jobId: $id) { ${JOB_FIELDS} } }`, variables: { id: created[0] } },
            { next: (m) => (m.errors ? reject(new Error(JSON.stringify(m.errors))) : got.push(m.data!.syncJobProgress)), error: reject, complete: resolve },
          );
        }),
        10_000,
        'syncJobProgress to complete',
      );
      expect(got).toEqual([expect.objectContaining({ id: created[0], status: 'SUCCEEDED', processed: 1 })]);
    } finally {
      await client.dispose();
    }
  });

  it('should answer NOT_FOUND over syncJobProgress for an unknown job', async () => {
    const client = gw.ws();
    try {
      const errors = await within(
        new Promise<Array<{ extensions?: { code?: string } }>>((resolve, reject) => {
          client.subscribe(
            { query: `subscription { syncJobProgress(jobId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301") { id } }` },
            {
              next: (m) => (m.errors ? resolve(m.errors as never) : reject(new Error('data for an unknown job'))),
              error: (e) => resolve(e as never),
              complete: () => reject(new Error('completed without an error')),
            },
          );
        }),
        10_000,
        'syncJobProgress to fail',
      );
      expect(errors[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await client.dispose();
    }
  });
});

describe('Messages name what people know', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());

  it('should list each ambiguous record of coupleByMatch on the job, with the value its candidates share', async () => {
    const nos = [await createCustomer(gw, { name: 'Twin Traders' }), await createCustomer(gw, { name: 'Twin Traders' })];
    const accId = await createAccount(gw, { name: 'twin traders' });
    const job = (
      await gw.ok(`mutation($i: MatchCouplingInput!) { coupleByMatch(input: $i) { skipped message errors { erpId crmId message } } }`, {
        i: { mapping: 'CUSTOMER', matchOn: [{ erpField: 'name', crmField: 'name' }] },
      })
    ).coupleByMatch;
    expect(job.skipped).toBe(3);
    expect(job.message).toMatch(/3 ambiguous.*errors name each record/);
    const refs = job.errors.map((e: { erpId: string | null; crmId: string | null }) => e.erpId ?? e.crmId).sort();
    expect(refs).toEqual([...nos, accId].sort());
    for (const e of job.errors) expect(e.message).toMatch(new RegExp(`Ambiguous match on name = name "twin traders": Customer ${nos[0]}, ${nos[1]} and Account ${accId}`));
  });

  it('should name an uncoupled CRM currency by its code, not only its id', async () => {
    const chf = (await gw.ok(`mutation { createTransactionCurrency(input: { isoCurrencyCode: "CHF", currencyName: "Swiss franc" }) { id } }`)).createTransactionCurrency.id;
    const acc = await createAccount(gw, { name: 'Zurich AG', transactionCurrencyId: chf });
    const e = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', crmId: acc } });
    expect(e.code).toBe('DEPENDENCY_NOT_COUPLED');
    expect(e.message).toContain(`TransactionCurrency CHF (id ${chf}) must be coupled to a Currency first`);
  });

  it('should say what an item made from a product without a unit group needs', async () => {
    const product = (await gw.ok(`mutation { createProduct(input: { productNumber: "NO-UNIT", name: "No unit", productType: SALES_INVENTORY }) { id } }`)).createProduct.id;
    const before = await snapshotStores(gw.stores);
    const e = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'ITEM_PRODUCT', crmId: product } });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toBe(
      "Cannot create Item from Product: baseUnitOfMeasureCode comes from the Product's unitGroupId, which must be set to a record coupled through UNIT_OF_MEASURE",
    );
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it.each([
    ['a NUL in a variable', `mutation($i: CustomerInput!) { createCustomer(input: $i) { no } }`, { i: { name: 'Nul\u0000Ltd' } }, /variable i\.name must be text without NUL/],
    ['a lone high surrogate in a variable', `mutation($i: AccountInput!) { createAccount(input: $i) { id } }`, { i: { name: 'Half \ud83d' } }, /lone surrogate U\+D83D/],
    ['a lone low surrogate in a variable', `mutation($i: AccountInput!) { createAccount(input: $i) { id } }`, { i: { name: 'Half \udc00 moon' } }, /lone surrogate U\+DC00/],
    ['a NUL in a literal', `mutation { createSalesperson(input: { code: "NUL", name: "A\\u0000B" }) { code } }`, undefined, /NUL/],
  ])('should refuse %s with BAD_USER_INPUT over HTTP, changing nothing', async (_what, query, variables, message) => {
    const before = await snapshotStores(gw.stores);
    const e = await refused(gw, query, variables);
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message), status: 400 });
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it('should refuse a NUL over graphql-ws the same way', async () => {
    const before = await snapshotStores(gw.stores);
    const client = gw.ws();
    try {
      const result = await within(
        new Promise<{ errors?: Array<{ message: string; extensions?: { code?: string } }> }>((resolve, reject) => {
          client.subscribe(
            { query: `mutation($i: CustomerInput!) { createCustomer(input: $i) { no } }`, variables: { i: { name: 'Nul\u0000Ltd' } } },
            { next: resolve as never, error: reject, complete: () => undefined },
          );
        }),
        10_000,
        'the mutation over graphql-ws',
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await client.dispose();
    }
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it('should refuse a lone surrogate escape in a literal already when parsing (400)', async () => {
    const e = await refused(gw, `mutation { createAccount(input: { name: "Half \\udc00" }) { id } }`);
    expect(e).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', status: 400 });
  });

  it('should keep valid text with astral characters and accents as given', async () => {
    const no = await createCustomer(gw, { name: 'Café 🚀 Ünïcode' });
    expect((await gw.ok(`query($no: ID!) { customer(no: $no) { name } }`, { no })).customer.name).toBe('Café 🚀 Ünïcode');
  });
});
