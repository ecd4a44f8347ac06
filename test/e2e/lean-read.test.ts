import { Customer } from '../../src/erp/customer.entity';
import { Coupling } from '../../src/sync/coupling.entity';
import { leanFindIn, leanMany } from '../../src/shared/lean-read';
import { startTestGateway, TestGateway } from '../helpers/gateway';

describe('lean reads', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
    await gw.services.erp.masterData.createSalesperson({ code: 'SP1', name: 'Salesperson 1' });
    for (let i = 0; i < 4; i++) await gw.services.erp.customers.create({ name: `Customer ${i}`, salespersonCode: i % 2 ? 'SP1' : '', creditLimit: `12345678901.${i}125` });
    const { runFullSynchronization: run } = await gw.ok('mutation { runFullSynchronization(input: { mappings: [CUSTOMER] }) { id } }');
    for (;;) {
      const { fullSyncRun } = await gw.ok('query($id: ID!) { fullSyncRun(id: $id) { status } }', { id: run.id });
      if (fullSyncRun.status !== 'RUNNING') break;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  afterAll(() => gw.stop());

  it('should read rows with exactly the values and types of a TypeORM entity read (decimals, dates, booleans, nulls, JSON)', async () => {
    const customers = gw.stores.erp.getRepository(Customer);
    const all = await customers.find({ order: { no: 'ASC' } });
    const nos = all.map((c) => c.no);
    expect(await leanFindIn(customers, 'no', nos, {}, { no: 'ASC' })).toEqual(all);
    const lean = await leanFindIn(customers, 'no', [nos[1]]);
    expect(lean[0].modifiedAt).toBeInstanceOf(Date);
    expect(typeof lean[0].creditLimit).toBe('string');
    expect(lean[0].blocked).toBe(false);
    const page = await leanMany(customers.createQueryBuilder('c').orderBy('c.no', 'ASC').take(2));
    expect(page).toEqual(all.slice(0, 2));
    const couplings = gw.stores.sync.getRepository(Coupling);
    const stored = await couplings.find({ order: { erpId: 'ASC' } });
    expect(stored.length).toBeGreaterThan(0);
    expect(await leanFindIn(couplings, 'erpId', nos, { mapping: 'CUSTOMER' }, { erpId: 'ASC' })).toEqual(stored);
    expect(await leanFindIn(couplings, 'erpId', nos, { mapping: 'ITEM_PRODUCT' })).toEqual([]);
  });
});
