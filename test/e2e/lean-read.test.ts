import { Customer } from '../../src/erp/customer.entity';
import { Coupling } from '../../src/sync/coupling.entity';
import { leanFindIn, leanMany, leanPage } from '../../src/shared/lean-read';
import { fastUpdate, statementSizes, transaction } from '../../src/shared/db';
import { Account } from '../../src/crm/account.entity';
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

  it('should read pages in key order, whole or with only the named columns (and the key), and lists of any length', async () => {
    const customers = gw.stores.erp.getRepository(Customer);
    const all = await customers.find({ order: { no: 'ASC' } });
    expect(await leanPage(customers, 'no', null, 2)).toEqual(all.slice(0, 2));
    expect(await leanPage(customers, 'no', all[1].no, 100)).toEqual(all.slice(2));
    expect(await leanPage(customers, 'no', all[all.length - 1].no, 100)).toEqual([]);
    expect(await leanPage(customers, 'no', null, 100, ['name'])).toEqual(all.map((c) => ({ no: c.no, name: c.name })));
    // Lists padded to a power of two on SQLite answer each row once, whatever their length.
    for (const n of [1, 3, 9, 13]) expect((await leanFindIn(customers, 'no', all.map((c) => c.no).slice(0, n), {}, { no: 'ASC' })).length).toBe(Math.min(n, all.length));
    const keys = Array.from({ length: 13 }, (_, i) => `K${i}`);
    expect(await leanFindIn(customers, 'no', [...keys, all[0].no])).toEqual([all[0]]);
  });

  it('should cut bulk statements into few sizes on SQLite and count the rows an update matched', async () => {
    const sizes = statementSizes(gw.stores.erp, 2_345, 1_000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(2_345);
    if (gw.stores.erp.options.type === 'better-sqlite3') expect(sizes).toEqual([1_000, 1_000, 256, 64, 16, 8, 1]);
    else expect(sizes).toEqual([1_000, 1_000, 345]);
    expect(statementSizes(gw.stores.erp, 0, 1_000)).toEqual([]);
    const accounts = await gw.stores.crm.getRepository(Account).find({ take: 3 });
    const rows = [...accounts.map((a) => ({ id: a.id, name: `${a.name} renamed` })), { id: 'no-such-account', name: 'x' }];
    const matched = await transaction(gw.stores.crm, (m) => fastUpdate(m, Account, 'id', ['name'], rows));
    expect(matched).toBe(accounts.length);
    for (const a of await gw.stores.crm.getRepository(Account).findBy({ id: accounts[0].id })) expect(a.name).toBe(`${accounts[0].name} renamed`);
  });
});
