import { firstAnswer } from '../helpers/raw';
import { startTestGateway, TestGateway } from '../helpers/gateway';

const KEYS = { viewer: 'viewer-key-123', operator: 'operator-key-123' };

/** Runs `work` and answers how many operations went each way meanwhile. */
async function routed<T>(gw: TestGateway, work: () => Promise<T>): Promise<{ value: T; direct: number; merged: number; planned: number }> {
  const before = { ...gw.executions };
  const value = await work();
  return { value, direct: gw.executions.direct - before.direct, merged: gw.executions.merged - before.merged, planned: gw.executions.planned - before.planned };
}

/** The first error of a graphql-ws answer. */
function wsError(answer: Awaited<ReturnType<typeof firstAnswer>>): { code: string; message: string } {
  const errors = 'error' in answer ? answer.error : 'next' in answer ? answer.next.errors : undefined;
  if (!Array.isArray(errors) || !errors.length) throw new Error(`expected errors, got ${JSON.stringify(answer)}`);
  return { code: errors[0].extensions?.code, message: errors[0].message };
}

describe('Direct execution of single-subgraph operations', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ apiKeys: KEYS });
    const { erp, crm } = gw.services;
    for (let i = 1; i <= 2; i++) await erp.masterData.createSalesperson({ code: `SP${i}`, name: `Salesperson ${i}` });
    for (let i = 0; i < 4; i++) await erp.customers.create({ name: `Customer ${i}`, salespersonCode: `SP${(i % 2) + 1}` });
    await crm.accounts.create({ name: 'Account 0' });
  });
  afterAll(() => gw.stop());

  it('should run a one-subgraph query on its subgraph, with fragments, aliases, variables and __typename, as the gateway answers it', async () => {
    const query = `query Page($n: Int) { __typename list: customers(first: $n) { totalCount nodes { ...C salesperson { name } } pageInfo { hasNextPage } } }
      fragment C on Customer { no name __typename }`;
    const r = await routed(gw, () => gw.ok(query, { n: 2 }, KEYS.viewer));
    expect(r).toMatchObject({ direct: 1, planned: 0 });
    expect(r.value).toEqual({
      __typename: 'Query',
      list: {
        totalCount: 4,
        nodes: [
          { no: 'C00010', name: 'Customer 0', __typename: 'Customer', salesperson: { name: 'Salesperson 1' } },
          { no: 'C00020', name: 'Customer 1', __typename: 'Customer', salesperson: { name: 'Salesperson 2' } },
        ],
        pageInfo: { hasNextPage: true },
      },
    });
  });

  it('should run operations over several subgraphs on the merged schema, and leave introspection to the gateway', async () => {
    const across = await routed(gw, () => gw.ok('{ customers(first: 1) { nodes { no coupledAccount { name } } } accounts(first: 1) { nodes { name } } }', {}, KEYS.viewer));
    expect(across).toMatchObject({ direct: 0, merged: 1, planned: 0 });
    expect(across.value.accounts.nodes).toEqual([{ name: 'Account 0' }]);
    const introspection = await routed(gw, () => gw.ok('{ __type(name: "Customer") { name } customers(first: 1) { nodes { no } } }', {}, KEYS.viewer));
    expect(introspection).toMatchObject({ direct: 0, planned: 1, value: { __type: { name: 'Customer' } } });
  });

  it('should decide a document once and keep each request its own variables', async () => {
    const query = 'query($n: Int) { customers(first: $n) { nodes { no } } }';
    const one = await routed(gw, () => gw.ok(query, { n: 1 }, KEYS.viewer));
    const three = await routed(gw, () => gw.ok(query, { n: 3 }, KEYS.viewer));
    expect([one.direct, three.direct]).toEqual([1, 1]);
    expect(one.value.customers.nodes).toHaveLength(1);
    expect(three.value.customers.nodes).toHaveLength(3);
  });

  it('should still enforce the query limits and text checks before a direct run, over HTTP and graphql-ws', async () => {
    const tooLarge = await routed(gw, () => gw.gql('{ customers(first: 501) { nodes { no } } }', {}, KEYS.viewer));
    expect(tooLarge).toMatchObject({ direct: 0, planned: 0, value: { status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
    const costly = `{ ${Array.from({ length: 120 }, (_, i) => `a${i}: customers(first: 500) { nodes { no name } }`).join(' ')} }`;
    expect(await gw.code(costly, {}, KEYS.viewer)).toBe('QUERY_TOO_COMPLEX');
    const nul = await gw.gql('mutation($i: CustomerInput!) { createCustomer(input: $i) { no } }', { i: { name: 'A\u0000B' } }, KEYS.operator);
    expect(nul).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    const client = gw.ws(KEYS.viewer);
    try {
      expect(wsError(await firstAnswer(client, { query: '{ customers(first: 501) { nodes { no } } }' })).code).toBe('BAD_USER_INPUT');
      expect(wsError(await firstAnswer(client, { query: costly })).code).toBe('QUERY_TOO_COMPLEX');
      const served = await routed(gw, () => firstAnswer(client, { query: '{ customers(first: 1) { nodes { no } } }' }));
      expect(served).toMatchObject({ direct: 1, value: { next: { data: { customers: { nodes: [{ no: 'C00010' }] } } } } });
    } finally {
      await client.dispose();
    }
  });

  it('should still check roles on a direct mutation, over HTTP and graphql-ws, and change nothing when refused', async () => {
    const mutation = 'mutation($i: CustomerInput!) { createCustomer(input: $i) { no name } }';
    const refused = await routed(gw, () => gw.gql(mutation, { i: { name: 'Not allowed' } }, KEYS.viewer));
    expect(refused.direct).toBe(1);
    expect(refused.value.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const client = gw.ws(KEYS.viewer);
    try {
      expect(wsError(await firstAnswer(client, { query: mutation, variables: { i: { name: 'Not allowed' } } })).code).toBe('FORBIDDEN');
    } finally {
      await client.dispose();
    }
    expect((await gw.ok('{ customers(search: "Not allowed") { totalCount } }', {}, KEYS.viewer)).customers.totalCount).toBe(0);
    const created = await routed(gw, () => gw.ok(mutation, { i: { name: 'Allowed' } }, KEYS.operator));
    expect(created).toMatchObject({ direct: 1, value: { createCustomer: { name: 'Allowed' } } });
  });

  it('should answer resolver and input errors with their extensions.code and no internals', async () => {
    const missing = await gw.gql('mutation { updateCustomer(no: "NOPE", input: { name: "X" }) { no } }', {}, KEYS.operator);
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, path: ['updateCustomer'] });
    const blank = await gw.gql('mutation { createCustomer(input: { name: "   " }) { no } }', {}, KEYS.operator);
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].message).toMatch(/^Invalid input: name must not be empty/);
    const badCursor = await gw.gql('{ customers(after: "not-a-cursor") { nodes { no } } }', {}, KEYS.viewer);
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badVariable = await gw.gql('query($n: Int) { customers(first: $n) { nodes { no } } }', { n: 'five' }, KEYS.viewer);
    expect(badVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const r of [missing, blank, badCursor, badVariable]) {
      expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|serviceName|at .*\.ts:\d+/);
    }
  });
});
