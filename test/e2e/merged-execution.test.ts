import { startTestGateway, TestGateway, GqlResult } from '../helpers/gateway';
import { freshStoreLocation } from '../helpers/store';

const KEYS = { viewer: 'viewer-key-123', operator: 'operator-key-123', admin: 'admin-key-123' };

/**
 * Operations across subgraphs, each answered once on the merged schema and once through the
 * gateway's query plans (TANDEM_MERGED_EXECUTION=0) over the same store: the answers must be
 * the same, data and errors (message, path, code).
 */
const OPERATIONS: Array<{ name: string; query: string; variables?: Record<string, unknown>; key?: string }> = [
  {
    name: 'customers with salesperson, coupled account, owner and coupling',
    query: `query($n: Int) { customers(first: $n) { totalCount pageInfo { hasNextPage endCursor } nodes { __typename no name creditLimit modifiedAt
      salesperson { code name coupledSystemUser { fullName coupledSalesperson { code } } }
      coupledAccount { __typename id name creditLimit state owner { fullName } coupledCustomer { no } }
      coupling { mapping erpId crmId lastSyncResult skipped } } } }`,
    variables: { n: 50 },
  },
  {
    name: 'accounts with fragments, aliases and a condition (included)',
    query: `query($full: Boolean!) { list: accounts(first: 20) { nodes { ...A back: coupledCustomer @include(if: $full) { no name
      salesperson { name } coupledAccount { id } contacts { no } } } } }
      fragment A on Account { __typename id name state owner { fullName coupledSalesperson { code name } } }`,
    variables: { full: true },
  },
  {
    name: 'accounts with the condition skipped',
    query: `query($full: Boolean!) { accounts(first: 5) { nodes { id coupledCustomer @include(if: $full) { no } } } }`,
    variables: { full: false },
  },
  {
    name: 'products, items and availability',
    query: `{ products(first: 20) { nodes { name productType price availability coupledItem { no description unitPrice inventory coupledProduct { id } }
      coupledResource { no } coupling { mapping erpId } } } items { no type coupledProduct { name state } } }`,
  },
  {
    name: 'root fields of every subgraph, enums of each',
    query: `{ me { role } tableMappings { name direction conflictResolution } salespeople { code coupledSystemUser { fullName coupledSalesperson { name } } }
      currencies { code exchangeRate coupledTransactionCurrency { isoCurrencyCode exchangeRate } } unitsOfMeasure { code coupledUnitGroup { name } } }`,
  },
  {
    name: 'records that are not there',
    query: `{ customer(no: "NOPE") { no coupledAccount { name } } account(id: "00000000-0000-0000-0000-000000000000") { name coupledCustomer { name } } }`,
  },
  {
    name: 'a coupled account deleted in the CRM',
    query: `query($no: ID!) { customer(no: $no) { no name coupledAccount { id name } coupling { crmId } } }`,
    variables: { no: 'DELETED' },
  },
  {
    name: 'an admin-only field next to cross-subgraph ones, as a viewer',
    query: `{ crmRecordCount(table: "account") customers(first: 2) { nodes { no coupledAccount { name } } } }`,
    key: KEYS.viewer,
  },
  {
    name: 'a bad argument value inside a cross-subgraph query',
    query: `query($n: Int) { customers(first: $n) { nodes { no coupledAccount { name } } } }`,
    variables: { n: -1 },
  },
];

type Answer = Pick<GqlResult, 'status' | 'data'> & { errors?: Array<{ message: string; path?: unknown; code?: unknown }> };

/** An answer as compared: errors by message, path and code (the plan's own fields, like locations, left out). */
function comparable(r: GqlResult): Answer {
  return { status: r.status, data: r.data, errors: r.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })) };
}

async function answers(gw: TestGateway, deletedNo: string): Promise<Answer[]> {
  const out: Answer[] = [];
  for (const op of OPERATIONS) {
    const variables = op.variables?.no === 'DELETED' ? { no: deletedNo } : op.variables;
    out.push(comparable(await gw.gql(op.query, variables, op.key ?? KEYS.admin)));
  }
  return out;
}

async function fullSync(gw: TestGateway): Promise<void> {
  const run = (await gw.ok('mutation { runFullSynchronization { id } }', {}, KEYS.admin)).runFullSynchronization;
  for (;;) {
    const { fullSyncRun } = await gw.ok('query($id: ID!) { fullSyncRun(id: $id) { status } }', { id: run.id }, KEYS.admin);
    if (fullSyncRun.status !== 'RUNNING') {
      expect(fullSyncRun.status).toBe('SUCCEEDED');
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Merged execution of operations across the local subgraphs', () => {
  const location = freshStoreLocation();
  let merged: Answer[];
  let planned: Answer[];
  let counts: { merged: number; planned: number };
  let deletedNo = '';
  let created: { createCustomer: Record<string, unknown> };
  let mutationMerged = 0;

  beforeAll(async () => {
    let gw = await startTestGateway({ apiKeys: KEYS, demoData: true, location });
    try {
      await fullSync(gw);
      // A coupled pair whose account goes away in the CRM (the coupling stays until the next pass).
      const c = await gw.services.erp.customers.create({ name: 'Gone Ltd' });
      const a = await gw.services.crm.accounts.create({ name: 'Gone Ltd' });
      await gw.ok('mutation($i: CoupleInput!) { couple(input: $i) { id } }', { i: { mapping: 'CUSTOMER', erpId: c.no, crmId: a.id } }, KEYS.admin);
      await gw.services.crm.accounts.delete(a.id);
      deletedNo = c.no;
      // Before both runs of the operations: both see the record it creates.
      const mutation =
        'mutation($s: String) { createCustomer(input: { name: "Merged Mutation Ltd", salespersonCode: $s }) { no name salesperson { coupledSystemUser { fullName } } coupling { id } coupledAccount { name } } }';
      const atMutation = gw.executions.merged;
      created = await gw.ok(mutation, { s: 'AH' }, KEYS.operator);
      mutationMerged = gw.executions.merged - atMutation;
      const before = { ...gw.executions };
      merged = await answers(gw, deletedNo);
      counts = { merged: gw.executions.merged - before.merged, planned: gw.executions.planned - before.planned };
    } finally {
      await gw.stop();
    }
    gw = await startTestGateway({ apiKeys: KEYS, location, env: { TANDEM_MERGED_EXECUTION: '0' } });
    try {
      const before = gw.executions.merged;
      planned = await answers(gw, deletedNo);
      expect(gw.executions.merged - before).toBe(0);
    } finally {
      await gw.stop();
    }
  });

  it('should run every cross-subgraph operation on the merged schema', () => {
    // The bad argument fails in the limits before execution; every other operation is merged.
    expect(counts).toEqual({ merged: OPERATIONS.length - 1, planned: 0 });
  });

  it.each(OPERATIONS.map((op, i) => [op.name, i] as const))('should answer %s as the query plans do', (_name, i) => {
    expect(merged[i]).toEqual(planned[i]);
  });

  it('should run a mutation whose answer reaches other subgraphs on the merged schema, once', () => {
    expect(mutationMerged).toBe(1);
    expect(created.createCustomer).toEqual({
      no: expect.stringMatching(/^C\d{5}$/),
      name: 'Merged Mutation Ltd',
      salesperson: { coupledSystemUser: { fullName: 'Annette Hill' } },
      coupling: null,
      coupledAccount: null,
    });
  });

  it('should have answered real data (couplings across all three subgraphs)', () => {
    const nodes = merged[0].data.customers.nodes as Array<{ coupledAccount: { name: string; coupledCustomer: { no: string } } | null; no: string }>;
    const coupled = nodes.filter((n) => n.coupledAccount);
    expect(coupled.length).toBeGreaterThan(3);
    for (const n of coupled) expect(n.coupledAccount!.coupledCustomer?.no ?? n.no).toBe(n.no);
    expect(merged[4].data.me.role).toBe('ADMIN');
  });
});
