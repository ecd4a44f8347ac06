import { startTestGateway, TestGateway } from '../helpers/gateway';

/** Statements run by the three stores during one request. */
async function statements(gw: TestGateway, query: string) {
  const before = { erp: gw.counters.erp.count, crm: gw.counters.crm.count, sync: gw.counters.sync.count };
  await gw.ok(query);
  return {
    erp: gw.counters.erp.count - before.erp,
    crm: gw.counters.crm.count - before.crm,
    sync: gw.counters.sync.count - before.sync,
  };
}

describe('Nested list queries (no N+1)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
    const { erp, crm } = gw.services;
    for (let i = 1; i <= 5; i++) await erp.masterData.createSalesperson({ code: `SP${i}`, name: `Salesperson ${i}` });
    const users = [];
    for (let i = 1; i <= 5; i++) users.push(await crm.masterData.createSystemUser({ fullName: `User ${i}` }));
    for (let i = 0; i < 120; i++) {
      await erp.customers.create({ name: `Customer ${String(i).padStart(3, '0')}`, salespersonCode: `SP${(i % 5) + 1}` });
      await crm.accounts.create({ name: `Account ${String(i).padStart(3, '0')}`, ownerId: users[i % 5].id });
    }
  });
  afterAll(() => gw.stop());

  it('should count the rows of a list only when totalCount is selected', async () => {
    expect(await statements(gw, `{ customers(first: 5) { nodes { no name } } }`)).toEqual({ erp: 1, crm: 0, sync: 0 });
    expect(await statements(gw, `{ customers(first: 5) { totalCount nodes { no name } } }`)).toEqual({ erp: 2, crm: 0, sync: 0 });
    const counted = await gw.ok(`{ customers(first: 5) { totalCount } accounts(first: 1, search: "Account 00") { totalCount } }`);
    expect(counted).toEqual({ customers: { totalCount: 120 }, accounts: { totalCount: 10 } });
  });

  it('should run a constant number of statements for customers { salesperson } and accounts { owner } whatever the page size', async () => {
    const q = (n: number) => `{
      customers(first: ${n}) { nodes { no salesperson { name } coupledAccount { name } } }
      accounts(first: ${n}) { nodes { name owner { fullName } coupledCustomer { name } } }
    }`;
    const small = await statements(gw, q(5));
    const large = await statements(gw, q(100));
    expect(large).toEqual(small);
    // count + page + one batched lookup per nested field, per subgraph
    expect(large.erp).toBeLessThanOrEqual(3);
    expect(large.crm).toBeLessThanOrEqual(3);
    expect(large.sync).toBeLessThanOrEqual(2);
  });
});
