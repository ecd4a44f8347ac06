import { startTestGateway, TestGateway } from '../helpers/gateway';
import { StoreName } from '../../src/shared/db';

/** The column list of the last statement of a store that reads `table` (quoted names, as the drivers print them). */
function lastRead(gw: TestGateway, store: StoreName, table: string): string[] {
  const sql = [...gw.counters[store].recent].reverse().find((s) => s.startsWith('SELECT') && new RegExp(`FROM [\`"]${table}[\`"]`).test(s));
  if (!sql) throw new Error(`no read of ${table} in ${store}`);
  const list = sql.slice('SELECT '.length, sql.indexOf(' FROM '));
  // `"c"."no" AS "c_no"` (a list) or `"no"` (a read by key): the column's own name.
  return list.split(', ').map((c) => /[`"]([^`"]+)[`"](?: AS [`"][^`"]+[`"])?$/.exec(c.replace(/ AS .*$/, ''))![1]);
}

describe('Reads load only the columns a query selects', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
    const { erp, crm } = gw.services;
    await erp.masterData.createSalesperson({ code: 'SP1', name: 'Salesperson 1' });
    const owner = await crm.masterData.createSystemUser({ fullName: 'Owner 1' });
    await gw.ok('mutation($c: ID!) { couple(input: { mapping: SALESPEOPLE, erpId: "SP1", crmId: $c }) { erpId } }', { c: owner.id });
    for (let i = 0; i < 6; i++) {
      const customer = await erp.customers.create({ name: `Customer ${i}`, city: 'Cambridge', salespersonCode: 'SP1', creditLimit: '1000.5' });
      const account = await crm.accounts.create({ name: `Account ${i}`, ownerId: owner.id, creditLimit: '12.25' });
      await gw.ok('mutation($e: String!, $c: ID!) { couple(input: { mapping: CUSTOMER, erpId: $e, crmId: $c }) { erpId } }', { e: customer.no, c: account.id });
    }
  });
  afterAll(() => gw.stop());

  it('should read the selected columns of a list, the sort key and what its field resolvers need, and answer as a whole-row read would', async () => {
    const page = await gw.ok('{ customers(first: 3) { nodes { name creditLimit salesperson { name } } pageInfo { endCursor } } }');
    expect(lastRead(gw, 'erp', 'customer').sort()).toEqual(['creditLimit', 'name', 'no', 'salespersonCode']);
    expect(page.customers.nodes[0]).toEqual({ name: 'Customer 0', creditLimit: '1000.5', salesperson: { name: 'Salesperson 1' } });
    // The same through fragments, aliases and __typename: the same columns, the same answer.
    const spelled =
      await gw.ok(`{ customers(first: 3) { ...Page } } fragment Page on CustomerConnection { nodes { __typename n: name ... on Customer { creditLimit } ...Sp } pageInfo { endCursor } }
      fragment Sp on Customer { salesperson { name } }`);
    expect(lastRead(gw, 'erp', 'customer').sort()).toEqual(['creditLimit', 'name', 'no', 'salespersonCode']);
    expect(spelled.customers.nodes.map((n: { n: string }) => n.n)).toEqual(page.customers.nodes.map((n: { name: string }) => n.name));
    expect(spelled.customers.pageInfo).toEqual(page.customers.pageInfo);
    // The next page from a pruned page's cursor is the same as from a whole page's.
    const next = await gw.ok(`query($a: String) { customers(first: 3, after: $a) { nodes { no blocked modifiedAt city } } }`, { a: page.customers.pageInfo.endCursor });
    expect(next.customers.nodes).toHaveLength(3);
    expect(next.customers.nodes[0]).toMatchObject({ blocked: false, city: 'Cambridge', modifiedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('should read the account and customer references of the federated graph by their selected columns only', async () => {
    const { customers } = await gw.ok('{ customers(first: 6) { nodes { name coupledAccount { name creditLimit owner { fullName } } } } }');
    expect(lastRead(gw, 'crm', 'account').sort()).toEqual(['creditLimit', 'id', 'name', 'ownerId']);
    // Run on the merged schema, the list's resolver sees coupledAccount too: another subgraph's field, which reads none of the row.
    expect(lastRead(gw, 'erp', 'customer').sort()).toEqual(['name', 'no']);
    expect(customers.nodes.map((c: { coupledAccount: unknown }) => c.coupledAccount)).toEqual(
      Array.from({ length: 6 }, (_, i) => ({ name: `Account ${i}`, creditLimit: '12.25', owner: { fullName: 'Owner 1' } })),
    );
    const { accounts } = await gw.ok('{ accounts(first: 6) { nodes { coupledCustomer { name city salesperson { name } } } } }');
    expect(lastRead(gw, 'erp', 'customer').sort()).toEqual(['city', 'name', 'no', 'salespersonCode']);
    expect(accounts.nodes.map((a: { coupledCustomer: unknown }) => a.coupledCustomer)).toEqual(
      Array.from({ length: 6 }, (_, i) => ({ name: `Customer ${i}`, city: 'Cambridge', salesperson: { name: 'Salesperson 1' } })),
    );
  });
});
