import { startTestGateway, TestGateway } from '../helpers/gateway';

const CREATE = 'mutation($i: CustomerInput!) { createCustomer(input: $i) { no name } }';

describe('Customer numbers under concurrent creation', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());

  it('should give concurrent creations unique, consecutive numbers, skip a number used by hand, and store every acknowledged one', async () => {
    // A number the series would hand out next, taken by hand first.
    await gw.ok(CREATE, { i: { no: 'C00030', name: 'By hand' } });
    const created = await Promise.all(Array.from({ length: 60 }, (_, i) => gw.ok(CREATE, { i: { name: `Concurrent ${i}` } })));
    const nos = created.map((c) => c.createCustomer.no as string);
    expect(new Set(nos).size).toBe(60);
    expect(nos).not.toContain('C00030');
    const numbers = nos.map((no) => Number(no.slice(1))).sort((a, b) => a - b);
    // Gap-free apart from the number used by hand.
    const expected = Array.from({ length: 61 }, (_, i) => (i + 1) * 10).filter((n) => n !== 30);
    expect(numbers).toEqual(expected);
    const stored = await gw.ok('{ customers(first: 100, search: "Concurrent") { totalCount nodes { no name } } }');
    expect(stored.customers.totalCount).toBe(60);
    for (const c of created) expect(stored.customers.nodes).toContainEqual(c.createCustomer);
  });

  it('should refuse a bad creation among concurrent ones alone, changing nothing for it', async () => {
    const answers = await Promise.all([
      gw.gql(CREATE, { i: { name: 'Good A' } }),
      gw.gql(CREATE, { i: { name: 'Bad', salespersonCode: 'NOPE' } }),
      gw.gql(CREATE, { i: { name: 'Good B' } }),
    ]);
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(['ok', 'BAD_USER_INPUT', 'ok']);
    expect((await gw.ok('{ customers(search: "Bad") { totalCount } }')).customers.totalCount).toBe(0);
    expect((await gw.ok('{ customers(search: "Good") { totalCount } }')).customers.totalCount).toBe(2);
  });
});
