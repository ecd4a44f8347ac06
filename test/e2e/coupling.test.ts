import { startTestGateway, TestGateway } from '../helpers/gateway';
import { snapshotStores } from '../helpers/snapshot';
import { TableMappingName } from '../../src/sync/enums';

/*
 * Coupling through the gateway: couple / uncouple / createInOther / synchronizeNow / coupleByMatch,
 * the coupling fields of every entity pair, Product.availability, dependencies, uniqueness under
 * concurrency, role checks and the statement count of a coupled list.
 */

const COUPLE = `mutation($input: CoupleInput!) { couple(input: $input) { id mapping erpId crmId lastSyncResult lastSyncJobId lastSyncedAt } }`;
const UNCOUPLE = `mutation($input: RecordRefInput!) { uncouple(input: $input) }`;
const CREATE_IN_OTHER = `mutation($input: RecordRefInput!) { createInOther(input: $input) { id mapping erpId crmId lastSyncResult lastSyncedAt } }`;
const SYNC_NOW = `mutation($input: SynchronizeNowInput!) {
  synchronizeNow(input: $input) { id mapping direction type status total processed inserted modified deleted unchanged skipped failed coupled }
}`;
const MATCH = `mutation($input: MatchCouplingInput!) {
  coupleByMatch(input: $input) {
    id mapping type status total processed inserted modified unchanged skipped failed coupled message errors { erpId crmId message }
  }
}`;
const COUPLING = `query($mapping: TableMappingName!, $erpId: String, $crmId: ID) { coupling(mapping: $mapping, erpId: $erpId, crmId: $crmId) { id mapping erpId crmId lastSyncResult lastSyncJobId } }`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNKNOWN_UUID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

const pause = (ms = 15) => new Promise((r) => setTimeout(r, ms));
const time = (iso: string) => new Date(iso).getTime();

/** The code and message of the first error of a request that must fail. */
async function refused(gw: TestGateway, query: string, variables?: Record<string, unknown>, key?: string) {
  const r = await gw.gql(query, variables, key);
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return { code: r.errors[0].extensions?.code as string, message: r.errors[0].message, extensions: r.errors[0].extensions ?? {} };
}

async function createCustomer(gw: TestGateway, input: Record<string, unknown>): Promise<string> {
  return (await gw.ok(`mutation($i: CustomerInput!) { createCustomer(input: $i) { no } }`, { i: input })).createCustomer.no;
}

async function createAccount(gw: TestGateway, input: Record<string, unknown>): Promise<string> {
  return (await gw.ok(`mutation($i: AccountInput!) { createAccount(input: $i) { id } }`, { i: input })).createAccount.id;
}

async function customerStamp(gw: TestGateway, no: string): Promise<string> {
  return (await gw.ok(`query($no: ID!) { customer(no: $no) { modifiedAt } }`, { no })).customer.modifiedAt;
}

async function accountStamp(gw: TestGateway, id: string): Promise<string> {
  return (await gw.ok(`query($id: ID!) { account(id: $id) { modifiedOn } }`, { id })).account.modifiedOn;
}

describe('Coupling actions through the gateway', () => {
  let gw: TestGateway;
  let annette: string; // system user, coupled to SP01 in the tests below
  let brian: string; // system user, coupled to a salesperson created from it
  let carl: string; // system user that stays uncoupled
  let adatumNo: string; // customer with salesperson SP01
  let adatumAccount: string; // account created from it
  let freshNo: string; // a customer that stays uncoupled
  let freshAccount: string; // an account that stays uncoupled
  let pcsGroup: { id: string; units: Array<{ id: string; name: string }> };
  let deskProduct: string;
  let lindaProduct: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    const { erp, crm } = gw.services;
    await erp.masterData.createSalesperson({ code: 'SP01', name: 'Annette Hill' });
    await erp.masterData.createSalesperson({ code: 'SP02', name: 'Never Coupled' });
    await erp.masterData.createCurrency({ code: 'EUR', description: 'Euro', exchangeRate: '0.92' });
    await erp.masterData.createCurrency({ code: 'USD', description: 'US Dollar', exchangeRate: '1' });
    await erp.masterData.createUnitOfMeasure({ code: 'PCS', description: 'Piece' });
    await erp.masterData.createUnitOfMeasure({ code: 'HOUR', description: 'Hour' });
    annette = (await crm.masterData.createSystemUser({ fullName: 'Annette Hill', email: 'annette@example.com' })).id;
    brian = (await crm.masterData.createSystemUser({ fullName: 'Brian Lee', email: 'brian@example.com' })).id;
    carl = (await crm.masterData.createSystemUser({ fullName: 'Carl Uncoupled' })).id;
  });
  afterAll(() => gw.stop());

  describe('dependencies', () => {
    it('should refuse createInOther and couple (with or without synchronize) while the salesperson or owner is not coupled, naming it, and write nothing', async () => {
      adatumNo = await createCustomer(gw, { name: 'Adatum Corporation', salespersonCode: 'SP01', city: 'Cambridge' });
      const adatumCrm = await createAccount(gw, { name: 'Adatum (CRM)', ownerId: annette });
      const before = await snapshotStores(gw.stores);

      const toCrm = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: adatumNo } });
      expect(toCrm.code).toBe('DEPENDENCY_NOT_COUPLED');
      expect(toCrm.message).toContain('Salesperson SP01 must be coupled to a SystemUser first');
      expect(toCrm.extensions.dependencies).toEqual([expect.objectContaining({ mapping: 'SALESPEOPLE', erpId: 'SP01' })]);

      const fromCrm = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', crmId: adatumCrm } });
      expect(fromCrm.code).toBe('DEPENDENCY_NOT_COUPLED');
      expect(fromCrm.message).toContain(`SystemUser Annette Hill (id ${annette}) must be coupled to a Salesperson first`);

      const coupleTo = await refused(gw, COUPLE, { input: { mapping: 'CUSTOMER', erpId: adatumNo, crmId: adatumCrm, synchronize: 'TO_CRM' } });
      expect(coupleTo).toMatchObject({ code: 'DEPENDENCY_NOT_COUPLED', message: expect.stringContaining('Salesperson SP01 must be coupled to a SystemUser first') });
      const coupleFrom = await refused(gw, COUPLE, { input: { mapping: 'CUSTOMER', erpId: adatumNo, crmId: adatumCrm, synchronize: 'FROM_CRM' } });
      expect(coupleFrom).toMatchObject({
        code: 'DEPENDENCY_NOT_COUPLED',
        message: expect.stringContaining(`SystemUser Annette Hill (id ${annette}) must be coupled to a Salesperson first`),
      });
      const couplePlain = await refused(gw, COUPLE, { input: { mapping: 'CUSTOMER', erpId: adatumNo, crmId: adatumCrm } });
      expect(couplePlain.code).toBe('DEPENDENCY_NOT_COUPLED');

      expect(await snapshotStores(gw.stores)).toEqual(before);
      await gw.ok(`mutation($id: ID!) { deleteAccount(id: $id) }`, { id: adatumCrm });
    });

    it('should name the currency when a customer currency is not coupled', async () => {
      const no = await createCustomer(gw, { name: 'Dollar Buyer', currencyCode: 'USD' });
      const before = await snapshotStores(gw.stores);
      const e = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: no } });
      expect(e.code).toBe('DEPENDENCY_NOT_COUPLED');
      expect(e.message).toContain('Currency USD must be coupled to a TransactionCurrency first');
      expect(await snapshotStores(gw.stores)).toEqual(before);
      await gw.ok(`mutation($no: ID!) { deleteCustomer(no: $no) }`, { no });
    });
  });

  describe('salespeople, currencies, units of measure', () => {
    it('should couple a salesperson to a system user and resolve coupledSystemUser / coupledSalesperson both ways', async () => {
      const c = (await gw.ok(COUPLE, { input: { mapping: 'SALESPEOPLE', erpId: 'SP01', crmId: annette } })).couple;
      expect(c).toMatchObject({ mapping: 'SALESPEOPLE', erpId: 'SP01', crmId: annette, lastSyncResult: null, lastSyncJobId: null });
      expect(c.id).toMatch(UUID);
      const r = await gw.ok(
        `query($id: ID!) {
        salesperson(code: "SP01") { coupling { id crmId } coupledSystemUser { id fullName coupledSalesperson { code } } }
        systemUser(id: $id) { coupling { erpId } coupledSalesperson { code name coupledSystemUser { fullName } } }
      }`,
        { id: annette },
      );
      expect(r.salesperson).toEqual({ coupling: { id: c.id, crmId: annette }, coupledSystemUser: { id: annette, fullName: 'Annette Hill', coupledSalesperson: { code: 'SP01' } } });
      expect(r.systemUser).toEqual({ coupling: { erpId: 'SP01' }, coupledSalesperson: { code: 'SP01', name: 'Annette Hill', coupledSystemUser: { fullName: 'Annette Hill' } } });
    });

    it('should create a salesperson from a system user (SALESPEOPLE is FROM_CRM) and refuse the other direction', async () => {
      const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'SALESPEOPLE', crmId: brian } })).createInOther;
      expect(c).toMatchObject({ mapping: 'SALESPEOPLE', crmId: brian, lastSyncResult: 'SUCCESS' });
      const sp = await gw.ok(`query($code: ID!) { salesperson(code: $code) { code name email coupledSystemUser { id } } }`, { code: c.erpId });
      expect(sp.salesperson).toEqual({ code: c.erpId, name: 'Brian Lee', email: 'brian@example.com', coupledSystemUser: { id: brian } });
      expect(await gw.code(CREATE_IN_OTHER, { input: { mapping: 'SALESPEOPLE', erpId: 'SP02' } })).toBe('BAD_USER_INPUT');
    });

    it('should create a transaction currency from a currency and a unit group whose base unit has the same name from a unit of measure', async () => {
      await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CURRENCY', erpId: 'EUR' } });
      const cur = await gw.ok(`{ currency(code: "EUR") { coupledTransactionCurrency { id isoCurrencyCode currencyName exchangeRate coupledCurrency { code } } } }`);
      expect(cur.currency.coupledTransactionCurrency).toMatchObject({ isoCurrencyCode: 'EUR', currencyName: 'Euro', exchangeRate: '0.92', coupledCurrency: { code: 'EUR' } });

      const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'UNIT_OF_MEASURE', erpId: 'PCS' } })).createInOther;
      const uom = await gw.ok(`{ unitOfMeasure(code: "PCS") { coupledUnitGroup { id name baseUnitName units { id name quantity } coupledUnitOfMeasure { code } } } }`);
      const group = uom.unitOfMeasure.coupledUnitGroup;
      expect(group).toMatchObject({ id: c.crmId, name: 'PCS', baseUnitName: 'PCS', units: [{ name: 'PCS', quantity: '1' }], coupledUnitOfMeasure: { code: 'PCS' } });
      pcsGroup = group;
      const back = await gw.ok(`query($id: ID!) { unitGroup(id: $id) { coupling { erpId } coupledUnitOfMeasure { code description } } }`, { id: c.crmId });
      expect(back.unitGroup).toEqual({ coupling: { erpId: 'PCS' }, coupledUnitOfMeasure: { code: 'PCS', description: 'Piece' } });
    });
  });

  describe('customers and accounts', () => {
    it('should create an account from a customer, with the system user coupled to its salesperson as owner, without touching the customer', async () => {
      const stamp = await customerStamp(gw, adatumNo);
      const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: adatumNo } })).createInOther;
      expect(c).toMatchObject({ mapping: 'CUSTOMER', erpId: adatumNo, lastSyncResult: 'SUCCESS' });
      expect(c.crmId).toMatch(UUID);
      adatumAccount = c.crmId;
      const r = await gw.ok(
        `query($no: ID!) {
        customer(no: $no) { modifiedAt coupling { id crmId } coupledAccount { id name accountNumber address1City creditLimit owner { fullName } coupledCustomer { no } } }
      }`,
        { no: adatumNo },
      );
      expect(r.customer.modifiedAt).toBe(stamp);
      expect(r.customer.coupling).toEqual({ id: c.id, crmId: adatumAccount });
      expect(r.customer.coupledAccount).toEqual({
        id: adatumAccount,
        name: 'Adatum Corporation',
        accountNumber: adatumNo,
        address1City: 'Cambridge',
        creditLimit: '0',
        owner: { fullName: 'Annette Hill' },
        coupledCustomer: { no: adatumNo },
      });
      const back = await gw.ok(`query($id: ID!) { account(id: $id) { coupling { erpId } coupledCustomer { no name salesperson { name } coupledAccount { id } } } }`, {
        id: adatumAccount,
      });
      expect(back.account).toEqual({
        coupling: { erpId: adatumNo },
        coupledCustomer: { no: adatumNo, name: 'Adatum Corporation', salesperson: { name: 'Annette Hill' }, coupledAccount: { id: adatumAccount } },
      });
    });

    it('should find a coupling by either side and list it in couplings(filter)', async () => {
      const byErp = (await gw.ok(COUPLING, { mapping: 'CUSTOMER', erpId: adatumNo })).coupling;
      const byCrm = (await gw.ok(COUPLING, { mapping: 'CUSTOMER', crmId: adatumAccount })).coupling;
      expect(byErp).toEqual(byCrm);
      expect(byErp).toMatchObject({ mapping: 'CUSTOMER', erpId: adatumNo, crmId: adatumAccount });
      expect((await gw.ok(COUPLING, { mapping: 'CONTACT', erpId: adatumNo })).coupling).toBeNull();
      const list = await gw.ok(`{
        customers: couplings(filter: { mapping: CUSTOMER }) { totalCount nodes { erpId crmId mapping } }
        people: couplings(filter: { mapping: SALESPEOPLE }) { totalCount }
        all: couplings { totalCount }
        ok: couplings(filter: { lastSyncResult: SUCCESS }) { totalCount }
      }`);
      expect(list.customers).toEqual({ totalCount: 1, nodes: [{ erpId: adatumNo, crmId: adatumAccount, mapping: 'CUSTOMER' }] });
      expect(list.people.totalCount).toBe(2);
      expect(list.all.totalCount).toBe(5); // 2 salespeople, currency, unit of measure, customer
      expect(list.ok.totalCount).toBe(4); // the plain `couple` of SP01 has not synchronized yet
    });

    it('should create a customer from an account, with the salesperson coupled to the account owner, writing back only the new customer number', async () => {
      const fourth = await createAccount(gw, { name: 'Fourth Coffee', ownerId: annette, address1City: 'Seattle', telephone1: '555-0100', creditLimit: '2500' });
      const trey = await createAccount(gw, { name: 'Trey Research', ownerId: brian });
      const stamp = await accountStamp(gw, fourth);
      const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', crmId: fourth } })).createInOther;
      expect(c).toMatchObject({ mapping: 'CUSTOMER', crmId: fourth, lastSyncResult: 'SUCCESS' });
      expect(c.erpId).toMatch(/^C\d{5}$/);
      const r = await gw.ok(
        `query($id: ID!) { account(id: $id) { modifiedOn accountNumber coupledCustomer { no name city phoneNo creditLimit salespersonCode salesperson { name } } } }`,
        { id: fourth },
      );
      // accountNumber flows only TO_CRM: the new customer's number completes the account at once (and nothing else changes).
      expect(time(r.account.modifiedOn)).toBeGreaterThan(time(stamp));
      expect(r.account.accountNumber).toBe(c.erpId);
      expect(r.account.coupledCustomer).toEqual({
        no: c.erpId,
        name: 'Fourth Coffee',
        city: 'Seattle',
        phoneNo: '555-0100',
        creditLimit: '2500',
        salespersonCode: 'SP01',
        salesperson: { name: 'Annette Hill' },
      });
      const t = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', crmId: trey } })).createInOther;
      const brianCode = (await gw.ok(`query($id: ID!) { systemUser(id: $id) { coupledSalesperson { code } } }`, { id: brian })).systemUser.coupledSalesperson.code;
      expect((await gw.ok(`query($no: ID!) { customer(no: $no) { salespersonCode } }`, { no: t.erpId })).customer.salespersonCode).toBe(brianCode);
    });

    it('should answer ALREADY_COUPLED to couple and createInOther on a record coupled on either side, and write nothing', async () => {
      freshNo = await createCustomer(gw, { name: 'Fresh Customer' });
      freshAccount = await createAccount(gw, { name: 'Fresh Account' });
      const before = await snapshotStores(gw.stores);
      expect(await gw.code(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: adatumNo } })).toBe('ALREADY_COUPLED');
      expect(await gw.code(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', crmId: adatumAccount } })).toBe('ALREADY_COUPLED');
      expect(await gw.code(COUPLE, { input: { mapping: 'CUSTOMER', erpId: adatumNo, crmId: freshAccount } })).toBe('ALREADY_COUPLED');
      expect(await gw.code(COUPLE, { input: { mapping: 'CUSTOMER', erpId: freshNo, crmId: adatumAccount } })).toBe('ALREADY_COUPLED');
      expect(await gw.code(COUPLE, { input: { mapping: 'CUSTOMER', erpId: adatumNo, crmId: adatumAccount, synchronize: 'TO_CRM' } })).toBe('ALREADY_COUPLED');
      expect(await gw.code(COUPLE, { input: { mapping: 'SALESPEOPLE', erpId: 'SP02', crmId: annette } })).toBe('ALREADY_COUPLED');
      expect(await snapshotStores(gw.stores)).toEqual(before);
    });

    it('should create exactly one account and one coupling when 20 createInOther calls race for the same customer', async () => {
      const no = await createCustomer(gw, { name: 'Race Condition Ltd', salespersonCode: 'SP01' });
      const counts = async () => {
        const r = await gw.ok(`{ accounts { totalCount } couplings(filter: { mapping: CUSTOMER }) { totalCount } }`);
        return { accounts: r.accounts.totalCount as number, couplings: r.couplings.totalCount as number };
      };
      const before = await counts();
      const results = await Promise.all(Array.from({ length: 20 }, () => gw.gql(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: no } })));
      const winners = results.filter((r) => !r.errors?.length);
      const losers = results.filter((r) => r.errors?.length);
      expect(winners).toHaveLength(1);
      expect(losers.map((r) => r.errors![0].extensions?.code)).toEqual(Array(19).fill('ALREADY_COUPLED'));
      expect(await counts()).toEqual({ accounts: before.accounts + 1, couplings: before.couplings + 1 });
      const made = await gw.ok(`{ accounts(search: "Race Condition") { totalCount nodes { id coupledCustomer { no } } } }`);
      expect(made.accounts).toEqual({ totalCount: 1, nodes: [{ id: winners[0].data.createInOther.crmId, coupledCustomer: { no } }] });
    });

    it('should create exactly one customer when 20 createInOther calls race for the same account, and couple once when 10 couple calls race for one customer', async () => {
      const acc = await createAccount(gw, { name: 'Race From CRM', ownerId: annette });
      const counts = async () => {
        const r = await gw.ok(`{ customers { totalCount } couplings(filter: { mapping: CUSTOMER }) { totalCount } }`);
        return { customers: r.customers.totalCount as number, couplings: r.couplings.totalCount as number };
      };
      const before = await counts();
      const results = await Promise.all(Array.from({ length: 20 }, () => gw.gql(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', crmId: acc } })));
      const codes = results.map((r) => (r.errors?.length ? r.errors[0].extensions?.code : 'OK')).sort();
      expect(codes).toEqual([...Array(19).fill('ALREADY_COUPLED'), 'OK']);
      expect(await counts()).toEqual({ customers: before.customers + 1, couplings: before.couplings + 1 });

      const no = await createCustomer(gw, { name: 'Many Suitors' });
      const suitors: string[] = [];
      for (let i = 0; i < 10; i++) suitors.push(await createAccount(gw, { name: `Suitor ${i}` }));
      const couples = await Promise.all(suitors.map((crmId) => gw.gql(COUPLE, { input: { mapping: 'CUSTOMER', erpId: no, crmId } })));
      const won = couples.filter((r) => !r.errors?.length);
      expect(won).toHaveLength(1);
      expect(couples.filter((r) => r.errors?.length).map((r) => r.errors![0].extensions?.code)).toEqual(Array(9).fill('ALREADY_COUPLED'));
      const coupled = (await gw.ok(`query($no: ID!) { customer(no: $no) { coupledAccount { id } } }`, { no })).customer.coupledAccount.id;
      expect(coupled).toBe(won[0].data.couple.crmId);
    });

    it('should refuse bad references: BAD_USER_INPUT for malformed ids, both or neither side, wrong directions; NOT_FOUND for unknown records; NOT_COUPLED for uncoupled ones; and write nothing', async () => {
      const before = await snapshotStores(gw.stores);
      const txCurrency = (await gw.ok(`{ currency(code: "EUR") { coupledTransactionCurrency { id } } }`)).currency.coupledTransactionCurrency.id;
      const cases: Array<[string, string, Record<string, unknown>]> = [
        ['BAD_USER_INPUT', COUPLE, { mapping: 'CUSTOMER', erpId: freshNo, crmId: 'not-a-uuid' }],
        ['BAD_USER_INPUT', COUPLE, { mapping: 'CUSTOMER', erpId: '', crmId: freshAccount }],
        ['BAD_USER_INPUT', COUPLE, { mapping: 'CUSTOMER', erpId: freshNo, crmId: freshAccount, synchronize: 'BIDIRECTIONAL' }],
        ['BAD_USER_INPUT', COUPLE, { mapping: 'CURRENCY', erpId: 'USD', crmId: txCurrency, synchronize: 'FROM_CRM' }],
        ['BAD_USER_INPUT', CREATE_IN_OTHER, { mapping: 'CUSTOMER', erpId: freshNo, crmId: freshAccount }],
        ['BAD_USER_INPUT', CREATE_IN_OTHER, { mapping: 'CUSTOMER' }],
        ['BAD_USER_INPUT', CREATE_IN_OTHER, { mapping: 'CUSTOMER', crmId: '12345' }],
        ['BAD_USER_INPUT', CREATE_IN_OTHER, { mapping: 'CURRENCY', crmId: txCurrency }],
        ['BAD_USER_INPUT', CREATE_IN_OTHER, { mapping: 'SALESORDER_ORDER', erpId: 'SO00001' }],
        ['BAD_USER_INPUT', UNCOUPLE, { mapping: 'CUSTOMER', erpId: adatumNo, crmId: adatumAccount }],
        ['BAD_USER_INPUT', UNCOUPLE, { mapping: 'CUSTOMER' }],
        ['BAD_USER_INPUT', UNCOUPLE, { mapping: 'CUSTOMER', crmId: 'nope' }],
        ['BAD_USER_INPUT', SYNC_NOW, { mapping: 'CUSTOMER', erpId: adatumNo, crmId: adatumAccount, direction: 'TO_CRM' }],
        ['BAD_USER_INPUT', SYNC_NOW, { mapping: 'CUSTOMER', direction: 'TO_CRM' }],
        ['BAD_USER_INPUT', SYNC_NOW, { mapping: 'CUSTOMER', crmId: 'xyz', direction: 'FROM_CRM' }],
        ['BAD_USER_INPUT', SYNC_NOW, { mapping: 'CUSTOMER', erpId: adatumNo, direction: 'BIDIRECTIONAL' }],
        ['BAD_USER_INPUT', SYNC_NOW, { mapping: 'CURRENCY', erpId: 'EUR', direction: 'FROM_CRM' }],
        ['BAD_USER_INPUT', SYNC_NOW, { mapping: 'SALESPEOPLE', erpId: 'SP01', direction: 'TO_CRM' }],
        ['NOT_FOUND', COUPLE, { mapping: 'CUSTOMER', erpId: 'C99999', crmId: freshAccount }],
        ['NOT_FOUND', COUPLE, { mapping: 'CUSTOMER', erpId: freshNo, crmId: UNKNOWN_UUID }],
        ['NOT_FOUND', CREATE_IN_OTHER, { mapping: 'CUSTOMER', erpId: 'C99999' }],
        ['NOT_FOUND', CREATE_IN_OTHER, { mapping: 'CUSTOMER', crmId: UNKNOWN_UUID }],
        ['NOT_FOUND', CREATE_IN_OTHER, { mapping: 'ITEM_PRODUCT', erpId: 'NO-SUCH-ITEM' }],
        ['NOT_COUPLED', SYNC_NOW, { mapping: 'CUSTOMER', erpId: freshNo, direction: 'TO_CRM' }],
        ['NOT_COUPLED', SYNC_NOW, { mapping: 'CUSTOMER', crmId: freshAccount, direction: 'FROM_CRM' }],
        ['NOT_COUPLED', UNCOUPLE, { mapping: 'CUSTOMER', erpId: freshNo }],
        ['NOT_COUPLED', UNCOUPLE, { mapping: 'CUSTOMER', crmId: freshAccount }],
        ['NOT_FOUND', UNCOUPLE, { mapping: 'CONTACT', erpId: adatumNo }],
      ];
      const got = [];
      for (const [, query, input] of cases) got.push((await refused(gw, query, { input })).code);
      expect(got.map((code, i) => [code, cases[i][2]])).toEqual(cases.map(([code, , input]) => [code, input]));
      expect(await gw.code(COUPLING, { mapping: 'CUSTOMER', erpId: adatumNo, crmId: adatumAccount })).toBe('BAD_USER_INPUT');
      expect(await gw.code(COUPLING, { mapping: 'CUSTOMER' })).toBe('BAD_USER_INPUT');
      expect(await gw.code(COUPLING, { mapping: 'CUSTOMER', crmId: 'nope' })).toBe('BAD_USER_INPUT');
      expect(await snapshotStores(gw.stores)).toEqual(before);
    });
  });

  describe('synchronizeNow', () => {
    const ACCOUNT = `query($id: ID!) { account(id: $id) { name accountNumber address1City telephone1 websiteUrl ownerId modifiedOn } }`;
    const CUSTOMER = `query($no: ID!) { customer(no: $no) { no name city phoneNo homePage salespersonCode modifiedAt } }`;
    const setField = (erpField: string, input: Record<string, unknown>) =>
      gw.ok(`mutation($f: String!, $i: FieldMappingUpdateInput!) { updateFieldMapping(mapping: CUSTOMER, erpField: $f, input: $i) { erpField enabled direction } }`, {
        f: erpField,
        i: input,
      });

    it("should write only enabled fields TO_CRM and change only the CRM record's modifiedOn", async () => {
      await pause();
      const updated = (
        await gw.ok(`mutation($no: ID!) { updateCustomer(no: $no, input: { name: "Adatum Corp.", city: "Boston", phoneNo: "555-0199" }) { modifiedAt } }`, { no: adatumNo })
      ).updateCustomer;
      const accountBefore = (await gw.ok(ACCOUNT, { id: adatumAccount })).account;
      expect((await setField('city', { enabled: false })).updateFieldMapping).toEqual({ erpField: 'city', enabled: false, direction: 'BIDIRECTIONAL' });
      await pause();
      const job = (await gw.ok(SYNC_NOW, { input: { mapping: 'CUSTOMER', erpId: adatumNo, direction: 'TO_CRM' } })).synchronizeNow;
      expect(job).toMatchObject({
        mapping: 'CUSTOMER',
        direction: 'TO_CRM',
        type: 'SINGLE',
        status: 'SUCCEEDED',
        total: 1,
        processed: 1,
        inserted: 0,
        modified: 1,
        deleted: 0,
        unchanged: 0,
        skipped: 0,
        failed: 0,
        coupled: 0,
      });
      const account = (await gw.ok(ACCOUNT, { id: adatumAccount })).account;
      expect(account).toMatchObject({ name: 'Adatum Corp.', telephone1: '555-0199', address1City: 'Cambridge', ownerId: annette });
      expect(time(account.modifiedOn)).toBeGreaterThan(time(accountBefore.modifiedOn));
      expect((await gw.ok(CUSTOMER, { no: adatumNo })).customer.modifiedAt).toBe(updated.modifiedAt);
      const coupling = (await gw.ok(COUPLING, { mapping: 'CUSTOMER', erpId: adatumNo })).coupling;
      expect(coupling).toMatchObject({ lastSyncResult: 'SUCCESS', lastSyncJobId: job.id });
      const stored = await gw.ok(`query($id: ID!) { syncJob(id: $id) { id type status modified finishedAt } }`, { id: job.id });
      expect(stored.syncJob).toMatchObject({ id: job.id, type: 'SINGLE', status: 'SUCCEEDED', modified: 1 });
      expect(stored.syncJob.finishedAt).not.toBeNull();
    });

    it('should answer unchanged 1 / modified 0 and keep both timestamps when nothing differs, in either direction', async () => {
      const customer = (await gw.ok(CUSTOMER, { no: adatumNo })).customer;
      const account = (await gw.ok(ACCOUNT, { id: adatumAccount })).account;
      await pause();
      for (const input of [
        { mapping: 'CUSTOMER', erpId: adatumNo, direction: 'TO_CRM' },
        { mapping: 'CUSTOMER', crmId: adatumAccount, direction: 'FROM_CRM' },
      ]) {
        const job = (await gw.ok(SYNC_NOW, { input })).synchronizeNow;
        expect(job).toMatchObject({ type: 'SINGLE', status: 'SUCCEEDED', direction: input.direction, processed: 1, unchanged: 1, modified: 0, failed: 0 });
      }
      expect((await gw.ok(CUSTOMER, { no: adatumNo })).customer).toEqual(customer);
      expect((await gw.ok(ACCOUNT, { id: adatumAccount })).account).toEqual(account);
    });

    it('should carry a field again once its mapping is enabled again', async () => {
      await setField('city', { enabled: true });
      const job = (await gw.ok(SYNC_NOW, { input: { mapping: 'CUSTOMER', erpId: adatumNo, direction: 'TO_CRM' } })).synchronizeNow;
      expect(job).toMatchObject({ modified: 1, unchanged: 0 });
      expect((await gw.ok(ACCOUNT, { id: adatumAccount })).account.address1City).toBe('Boston');
    });

    it("should not write TO_CRM-only fields back FROM_CRM (Customer.no → accountNumber, a field narrowed to TO_CRM) and change only the ERP record's modifiedAt", async () => {
      expect((await setField('homePage', { direction: 'TO_CRM' })).updateFieldMapping).toEqual({ erpField: 'homePage', enabled: true, direction: 'TO_CRM' });
      await pause();
      const acc = (
        await gw.ok(
          `mutation($id: ID!) { updateAccount(id: $id, input: { name: "Adatum Worldwide", accountNumber: "X-999", websiteUrl: "https://adatum.example" }) { modifiedOn } }`,
          { id: adatumAccount },
        )
      ).updateAccount;
      const customerBefore = (await gw.ok(CUSTOMER, { no: adatumNo })).customer;
      await pause();
      const job = (await gw.ok(SYNC_NOW, { input: { mapping: 'CUSTOMER', crmId: adatumAccount, direction: 'FROM_CRM' } })).synchronizeNow;
      expect(job).toMatchObject({ type: 'SINGLE', status: 'SUCCEEDED', direction: 'FROM_CRM', modified: 1, unchanged: 0 });
      const customer = (await gw.ok(CUSTOMER, { no: adatumNo })).customer;
      expect(customer).toMatchObject({ no: adatumNo, name: 'Adatum Worldwide', homePage: null, city: 'Boston', salespersonCode: 'SP01' });
      expect(time(customer.modifiedAt)).toBeGreaterThan(time(customerBefore.modifiedAt));
      const account = (await gw.ok(ACCOUNT, { id: adatumAccount })).account;
      expect(account).toMatchObject({ accountNumber: 'X-999', websiteUrl: 'https://adatum.example', modifiedOn: acc.modifiedOn });
      expect(await gw.ok(`{ customer(no: "X-999") { no } }`)).toEqual({ customer: null });

      // TO_CRM puts the number back (and the homePage the customer has: none).
      await gw.ok(SYNC_NOW, { input: { mapping: 'CUSTOMER', erpId: adatumNo, direction: 'TO_CRM' } });
      expect((await gw.ok(ACCOUNT, { id: adatumAccount })).account).toMatchObject({ accountNumber: adatumNo, websiteUrl: null, name: 'Adatum Worldwide' });
      await setField('homePage', { direction: 'BIDIRECTIONAL' });
    });

    it('should refuse a synchronizeNow whose reference is not coupled, naming it, without a job or any write', async () => {
      const no = await createCustomer(gw, { name: 'Drift Inc' });
      const acc = await createAccount(gw, { name: 'Drift Inc' });
      await gw.ok(COUPLE, { input: { mapping: 'CUSTOMER', erpId: no, crmId: acc } });
      await gw.ok(`mutation($no: ID!) { updateCustomer(no: $no, input: { salespersonCode: "SP02" }) { no } }`, { no });
      await gw.ok(`mutation($id: ID!, $o: ID!) { updateAccount(id: $id, input: { ownerId: $o }) { id } }`, { id: acc, o: carl });
      const before = await snapshotStores(gw.stores);
      const to = await refused(gw, SYNC_NOW, { input: { mapping: 'CUSTOMER', erpId: no, direction: 'TO_CRM' } });
      expect(to).toMatchObject({ code: 'DEPENDENCY_NOT_COUPLED', message: expect.stringContaining('Salesperson SP02 must be coupled to a SystemUser first') });
      const from = await refused(gw, SYNC_NOW, { input: { mapping: 'CUSTOMER', crmId: acc, direction: 'FROM_CRM' } });
      expect(from).toMatchObject({
        code: 'DEPENDENCY_NOT_COUPLED',
        message: expect.stringContaining(`SystemUser Carl Uncoupled (id ${carl}) must be coupled to a Salesperson first`),
      });
      expect(await snapshotStores(gw.stores)).toEqual(before);
    });
  });

  describe('couple with synchronize, and uncouple', () => {
    it('should couple and overwrite the account at once (TO_CRM), leaving the customer untouched', async () => {
      const no = await createCustomer(gw, { name: 'Fabrikam', salespersonCode: 'SP01', city: 'Paris', creditLimit: '5000' });
      const acc = await createAccount(gw, { name: 'Fabrikam Inc', address1City: 'Lyon' });
      const customerStampBefore = await customerStamp(gw, no);
      const accountStampBefore = await accountStamp(gw, acc);
      await pause();
      const c = (await gw.ok(COUPLE, { input: { mapping: 'CUSTOMER', erpId: no, crmId: acc, synchronize: 'TO_CRM' } })).couple;
      expect(c).toMatchObject({ mapping: 'CUSTOMER', erpId: no, crmId: acc, lastSyncResult: 'SUCCESS' });
      expect(c.lastSyncJobId).toMatch(UUID);
      const job = await gw.ok(`query($id: ID!) { syncJob(id: $id) { type status direction processed modified } }`, { id: c.lastSyncJobId });
      expect(job.syncJob).toEqual({ type: 'SINGLE', status: 'SUCCEEDED', direction: 'TO_CRM', processed: 1, modified: 1 });
      const r = await gw.ok(
        `query($id: ID!) { account(id: $id) { name accountNumber address1City creditLimit owner { fullName } modifiedOn coupledCustomer { no modifiedAt } } }`,
        { id: acc },
      );
      expect(r.account).toMatchObject({
        name: 'Fabrikam',
        accountNumber: no,
        address1City: 'Paris',
        creditLimit: '5000',
        owner: { fullName: 'Annette Hill' },
        coupledCustomer: { no, modifiedAt: customerStampBefore },
      });
      expect(time(r.account.modifiedOn)).toBeGreaterThan(time(accountStampBefore));
    });

    it('should couple and overwrite the customer at once (FROM_CRM), leaving the account untouched', async () => {
      const no = await createCustomer(gw, { name: 'Tailspin', city: 'Oslo' });
      const acc = await createAccount(gw, { name: 'Tailspin Toys', ownerId: brian, address1City: 'Bergen' });
      const accountStampBefore = await accountStamp(gw, acc);
      const customerStampBefore = await customerStamp(gw, no);
      await pause();
      await gw.ok(COUPLE, { input: { mapping: 'CUSTOMER', erpId: no, crmId: acc, synchronize: 'FROM_CRM' } });
      const brianCode = (await gw.ok(`query($id: ID!) { systemUser(id: $id) { coupledSalesperson { code } } }`, { id: brian })).systemUser.coupledSalesperson.code;
      const r = await gw.ok(`query($no: ID!) { customer(no: $no) { name city salespersonCode salesperson { name } modifiedAt coupledAccount { modifiedOn accountNumber } } }`, {
        no,
      });
      expect(r.customer).toMatchObject({
        name: 'Tailspin Toys',
        city: 'Bergen',
        salespersonCode: brianCode,
        salesperson: { name: 'Brian Lee' },
        coupledAccount: { modifiedOn: accountStampBefore, accountNumber: null },
      });
      expect(time(r.customer.modifiedAt)).toBeGreaterThan(time(customerStampBefore));
    });

    it('should uncouple by either side, deleting the coupling only, and answer NOT_COUPLED the second time', async () => {
      const no = await createCustomer(gw, { name: 'Wingtip' });
      const acc = await createAccount(gw, { name: 'Wingtip' });
      await gw.ok(COUPLE, { input: { mapping: 'CUSTOMER', erpId: no, crmId: acc } });
      const count = async () => (await gw.ok(`{ couplings(filter: { mapping: CUSTOMER }) { totalCount } }`)).couplings.totalCount as number;
      const n = await count();
      expect(await gw.ok(UNCOUPLE, { input: { mapping: 'CUSTOMER', crmId: acc } })).toEqual({ uncouple: true });
      expect(await count()).toBe(n - 1);
      const r = await gw.ok(
        `query($no: ID!, $id: ID!) { customer(no: $no) { no coupling { id } coupledAccount { id } } account(id: $id) { id coupling { id } coupledCustomer { no } } }`,
        { no, id: acc },
      );
      expect(r).toEqual({ customer: { no, coupling: null, coupledAccount: null }, account: { id: acc, coupling: null, coupledCustomer: null } });
      expect(await gw.ok(COUPLING, { mapping: 'CUSTOMER', erpId: no })).toEqual({ coupling: null });
      expect(await gw.code(UNCOUPLE, { input: { mapping: 'CUSTOMER', crmId: acc } })).toBe('NOT_COUPLED');
      expect(await gw.code(UNCOUPLE, { input: { mapping: 'CUSTOMER', erpId: no } })).toBe('NOT_COUPLED');
      expect(await gw.code(SYNC_NOW, { input: { mapping: 'CUSTOMER', erpId: no, direction: 'TO_CRM' } })).toBe('NOT_COUPLED');
      // Both records can be coupled again, and uncoupled by the ERP side.
      await gw.ok(COUPLE, { input: { mapping: 'CUSTOMER', erpId: no, crmId: acc } });
      expect(await gw.ok(UNCOUPLE, { input: { mapping: 'CUSTOMER', erpId: no } })).toEqual({ uncouple: true });
      expect(await count()).toBe(n - 1);
    });
  });

  describe('contacts', () => {
    it('should create a CRM contact under the coupled account and refuse one whose customer is not coupled', async () => {
      const ct = (await gw.ok(`mutation($no: String) { createContact(input: { name: "Robert Townes", customerNo: $no, jobTitle: "Buyer" }) { no } }`, { no: adatumNo }))
        .createContact.no;
      const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CONTACT', erpId: ct } })).createInOther;
      const r = await gw.ok(
        `query($no: ID!, $id: ID!) {
        customer(no: $no) { contacts { no coupledCrmContact { fullName jobTitle parentAccountId coupledContact { no } } } }
        crmContact(id: $id) { coupling { erpId } coupledContact { no name customerNo } }
      }`,
        { no: adatumNo, id: c.crmId },
      );
      expect(r.customer.contacts).toEqual([
        { no: ct, coupledCrmContact: { fullName: 'Robert Townes', jobTitle: 'Buyer', parentAccountId: adatumAccount, coupledContact: { no: ct } } },
      ]);
      expect(r.crmContact).toEqual({ coupling: { erpId: ct }, coupledContact: { no: ct, name: 'Robert Townes', customerNo: adatumNo } });
      const acc = await gw.ok(`query($id: ID!) { account(id: $id) { contacts { fullName coupledContact { no } } } }`, { id: adatumAccount });
      expect(acc.account.contacts).toEqual([{ fullName: 'Robert Townes', coupledContact: { no: ct } }]);

      const orphan = (await gw.ok(`mutation($no: String) { createContact(input: { name: "Nadia Orphan", customerNo: $no }) { no } }`, { no: freshNo })).createContact.no;
      const before = await snapshotStores(gw.stores);
      const e = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'CONTACT', erpId: orphan } });
      expect(e.code).toBe('DEPENDENCY_NOT_COUPLED');
      expect(e.message).toMatch(new RegExp(`Customer ${freshNo} must be coupled to an? Account first`));
      expect(await snapshotStores(gw.stores)).toEqual(before);
    });
  });

  describe('items, resources, products and availability', () => {
    it('should create a SALES_INVENTORY product in the coupled unit group (default unit = its base unit) from an item', async () => {
      await gw.ok(`mutation { createItem(input: { no: "1000", description: "Athens Desk", baseUnitOfMeasureCode: "PCS", unitPrice: "649.5", unitCost: "400" }) { no } }`);
      const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'ITEM_PRODUCT', erpId: '1000' } })).createInOther;
      deskProduct = c.crmId;
      const r = await gw.ok(`{ item(no: "1000") { modifiedAt coupledProduct {
        id productNumber name productType unitGroupId defaultUnitId price standardCost state coupledItem { no } coupledResource { no } availability coupling { mapping }
      } } }`);
      expect(r.item.coupledProduct).toEqual({
        id: deskProduct,
        productNumber: '1000',
        name: 'Athens Desk',
        productType: 'SALES_INVENTORY',
        unitGroupId: pcsGroup.id,
        defaultUnitId: pcsGroup.units[0].id,
        price: '649.5',
        standardCost: '400',
        state: 'ACTIVE',
        coupledItem: { no: '1000' },
        coupledResource: null,
        availability: '0',
        coupling: { mapping: 'ITEM_PRODUCT' },
      });
    });

    it('should refuse a resource whose unit of measure is not coupled, then create a SERVICES product once it is', async () => {
      const no = (await gw.ok(`mutation { createResource(input: { name: "Linda Martin", baseUnitOfMeasureCode: "HOUR", unitPrice: "95" }) { no } }`)).createResource.no;
      const before = await snapshotStores(gw.stores);
      const e = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'RESOURCE_PRODUCT', erpId: no } });
      expect(e).toMatchObject({ code: 'DEPENDENCY_NOT_COUPLED', message: expect.stringContaining('UnitOfMeasure HOUR must be coupled to a UnitGroup first') });
      expect(await snapshotStores(gw.stores)).toEqual(before);

      const hour = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'UNIT_OF_MEASURE', erpId: 'HOUR' } })).createInOther.crmId;
      const hourGroup = (await gw.ok(`query($id: ID!) { unitGroup(id: $id) { name baseUnitName units { id name } } }`, { id: hour })).unitGroup;
      expect(hourGroup).toMatchObject({ name: 'HOUR', baseUnitName: 'HOUR', units: [{ name: 'HOUR' }] });
      const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'RESOURCE_PRODUCT', erpId: no } })).createInOther;
      lindaProduct = c.crmId;
      const r = await gw.ok(
        `query($id: ID!) { product(id: $id) { productNumber name productType unitGroupId defaultUnitId price coupledItem { no } coupledResource { no name } availability coupling { mapping erpId } } }`,
        { id: lindaProduct },
      );
      expect(r.product).toEqual({
        productNumber: no,
        name: 'Linda Martin',
        productType: 'SERVICES',
        unitGroupId: hour,
        defaultUnitId: hourGroup.units[0].id,
        price: '95',
        coupledItem: null,
        coupledResource: { no, name: 'Linda Martin' },
        availability: null,
        coupling: { mapping: 'RESOURCE_PRODUCT', erpId: no },
      });
      expect((await gw.ok(`query($no: ID!) { resource(no: $no) { coupling { crmId } coupledProduct { id } } }`, { no })).resource).toEqual({
        coupling: { crmId: lindaProduct },
        coupledProduct: { id: lindaProduct },
      });
    });

    it("should answer the coupled item's live inventory as availability, null for a resource product or an uncoupled product", async () => {
      const Q = `query($id: ID!) { product(id: $id) { availability quantityOnHand } }`;
      await gw.ok(`mutation { adjustItemInventory(no: "1000", delta: "12.5") { inventory } }`);
      expect((await gw.ok(Q, { id: deskProduct })).product).toEqual({ availability: '12.5', quantityOnHand: '0' });
      await gw.ok(`mutation { adjustItemInventory(no: "1000", delta: "-2.25") { inventory } }`);
      expect((await gw.ok(Q, { id: deskProduct })).product.availability).toBe('10.25');
      expect((await gw.ok(Q, { id: lindaProduct })).product.availability).toBeNull();
      const loose = (await gw.ok(`mutation { createProduct(input: { productNumber: "P-LOOSE", name: "Loose product" }) { id } }`)).createProduct.id;
      expect((await gw.ok(`query($id: ID!) { product(id: $id) { availability coupling { id } coupledItem { no } } }`, { id: loose })).product).toEqual({
        availability: null,
        coupling: null,
        coupledItem: null,
      });
      const list = await gw.ok(`{ products { nodes { productNumber availability } } }`);
      expect(list.products.nodes).toEqual(
        expect.arrayContaining([
          { productNumber: '1000', availability: '10.25' },
          { productNumber: 'P-LOOSE', availability: null },
        ]),
      );
    });

    it('should lose availability on uncouple and get it back with couple; a SERVICES product cannot couple to an item', async () => {
      expect(await gw.ok(UNCOUPLE, { input: { mapping: 'ITEM_PRODUCT', crmId: deskProduct } })).toEqual({ uncouple: true });
      const Q = `query($id: ID!) { product(id: $id) { id availability coupledItem { no } } item(no: "1000") { no coupledProduct { id } } }`;
      expect(await gw.ok(Q, { id: deskProduct })).toEqual({ product: { id: deskProduct, availability: null, coupledItem: null }, item: { no: '1000', coupledProduct: null } });
      expect(await gw.code(COUPLE, { input: { mapping: 'ITEM_PRODUCT', erpId: '1000', crmId: lindaProduct } })).toBe('BAD_USER_INPUT');
      await gw.ok(COUPLE, { input: { mapping: 'ITEM_PRODUCT', erpId: '1000', crmId: deskProduct } });
      expect(await gw.ok(Q, { id: deskProduct })).toEqual({
        product: { id: deskProduct, availability: '10.25', coupledItem: { no: '1000' } },
        item: { no: '1000', coupledProduct: { id: deskProduct } },
      });
    });

    it('should create an item in the coupled unit of measure from a product (FROM_CRM)', async () => {
      const p = (await gw.ok(`mutation($g: ID) { createProduct(input: { productNumber: "P-CHAIR", name: "Chair", unitGroupId: $g, price: "80" }) { id } }`, { g: pcsGroup.id }))
        .createProduct.id;
      const c = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'ITEM_PRODUCT', crmId: p } })).createInOther;
      expect(c.erpId).toMatch(/^I\d{5}$/);
      const r = await gw.ok(`query($id: ID!) { product(id: $id) { coupledItem { no description type baseUnitOfMeasureCode unitPrice } availability } }`, { id: p });
      // price is TO_CRM only: the item keeps its default unit price
      expect(r.product).toEqual({ coupledItem: { no: c.erpId, description: 'Chair', type: 'INVENTORY', baseUnitOfMeasureCode: 'PCS', unitPrice: '0' }, availability: '0' });
    });
  });

  describe('customer price groups and sales prices', () => {
    it('should create a price list and its item from a customer price group and a sales price, translating product and unit', async () => {
      await gw.ok(`mutation { createCustomerPriceGroup(input: { code: "RETAIL", description: "Retail" }) { code } }`);
      const price = (await gw.ok(`mutation { createSalesPrice(input: { customerPriceGroupCode: "RETAIL", itemNo: "1000", unitOfMeasureCode: "PCS", unitPrice: "599" }) { id } }`))
        .createSalesPrice.id;
      const before = await snapshotStores(gw.stores);
      const e = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'SALESPRC_PRODPRICE', erpId: price } });
      expect(e).toMatchObject({ code: 'DEPENDENCY_NOT_COUPLED', message: expect.stringContaining('CustomerPriceGroup RETAIL must be coupled to a PriceList first') });
      expect(await snapshotStores(gw.stores)).toEqual(before);

      const list = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CUSTPRCGRP_PRICE', erpId: 'RETAIL' } })).createInOther.crmId;
      const item = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'SALESPRC_PRODPRICE', erpId: price } })).createInOther.crmId;
      const r = await gw.ok(
        `query($id: ID!) {
        customerPriceGroup(code: "RETAIL") { coupledPriceList { id name coupledCustomerPriceGroup { code } } prices { id coupledPriceListItem { id amount } } }
        priceList(id: $id) { items { id priceListId productId unitId amount coupling { erpId } coupledSalesPrice { id unitPrice } } }
      }`,
        { id: list },
      );
      expect(r.customerPriceGroup).toEqual({
        coupledPriceList: { id: list, name: 'RETAIL', coupledCustomerPriceGroup: { code: 'RETAIL' } },
        prices: [{ id: price, coupledPriceListItem: { id: item, amount: '599' } }],
      });
      expect(r.priceList.items).toEqual([
        {
          id: item,
          priceListId: list,
          productId: deskProduct,
          unitId: pcsGroup.units[0].id,
          amount: '599',
          coupling: { erpId: price },
          coupledSalesPrice: { id: price, unitPrice: '599' },
        },
      ]);
    });
  });
});

/** The tables whose rows differ between two snapshots (readable failures instead of two huge JSON strings). */
function changedTables(before: string, after: string): string[] {
  const a = JSON.parse(before) as Record<string, string[]>;
  const b = JSON.parse(after) as Record<string, string[]>;
  return Object.keys({ ...a, ...b }).filter((t) => JSON.stringify(a[t]) !== JSON.stringify(b[t]));
}

describe('Coupling edge cases found while testing', () => {
  let gw: TestGateway;
  let pcsGroup: string;
  beforeAll(async () => {
    gw = await startTestGateway();
    await gw.services.erp.masterData.createUnitOfMeasure({ code: 'PCS', description: 'Piece' });
    pcsGroup = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'UNIT_OF_MEASURE', erpId: 'PCS' } })).createInOther.crmId;
  });
  afterAll(() => gw.stop());

  // RecordSync.createOther asks the ERP connector for the new key (a NoSeries UPDATE, committed)
  // before the create is known to succeed: a refused create still consumes an item number.
  it('should write nothing when creating an item from a product without a unit group is refused', async () => {
    const p = (await gw.ok(`mutation { createProduct(input: { productNumber: "P-NOUNIT", name: "No unit" }) { id } }`)).createProduct.id;
    const before = await snapshotStores(gw.stores);
    const e = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'ITEM_PRODUCT', crmId: p } });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(changedTables(before, await snapshotStores(gw.stores))).toEqual([]);
  });

  // A product number already taken in the CRM makes the connector's INSERT hit UQ_product_number;
  // the raw QueryFailedError reaches the client as INTERNAL_SERVER_ERROR.
  it('should answer CONFLICT (not INTERNAL_SERVER_ERROR) when the product number already exists in the CRM', async () => {
    await gw.ok(`mutation { createItem(input: { no: "2000", description: "Twin", baseUnitOfMeasureCode: "PCS" }) { no } }`);
    await gw.ok(`mutation($g: ID) { createProduct(input: { productNumber: "2000", name: "Twin (CRM)", unitGroupId: $g }) { id } }`, { g: pcsGroup });
    const before = await snapshotStores(gw.stores);
    const e = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'ITEM_PRODUCT', erpId: '2000' } });
    expect(changedTables(before, await snapshotStores(gw.stores))).toEqual([]);
    expect(e.code).toBe('CONFLICT');
  });

  // Same cause: a unit group of that name already exists in the CRM (UQ_unit_group_name).
  it('should answer CONFLICT (not INTERNAL_SERVER_ERROR) when a unit group of that name already exists in the CRM', async () => {
    await gw.services.erp.masterData.createUnitOfMeasure({ code: 'BOX', description: 'Box' });
    await gw.ok(`mutation { createUnitGroup(input: { name: "BOX", baseUnitName: "BOX" }) { id } }`);
    const before = await snapshotStores(gw.stores);
    const e = await refused(gw, CREATE_IN_OTHER, { input: { mapping: 'UNIT_OF_MEASURE', erpId: 'BOX' } });
    expect(changedTables(before, await snapshotStores(gw.stores))).toEqual([]);
    expect(e.code).toBe('CONFLICT');
  });
});

describe('Match-based coupling (coupleByMatch)', () => {
  let gw: TestGateway;
  const no: Record<string, string> = {};
  const acc: Record<string, string> = {};

  beforeAll(async () => {
    gw = await startTestGateway();
    const { erp, crm } = gw.services;
    await erp.masterData.createSalesperson({ code: 'SPX', name: 'Not Coupled' });
    const customers: Array<[string, string, string?]> = [
      ['adatum', 'ADATUM corp'],
      ['contoso1', 'Contoso'],
      ['contoso2', 'Contoso'],
      ['erpOnly', 'Erp Only Ltd'],
      ['litware', 'Litware', 'SPX'],
      ['northwind', 'Northwind', 'SPX'],
    ];
    for (const [k, name, salespersonCode] of customers) no[k] = (await erp.customers.create({ name, salespersonCode })).no;
    for (const [k, name] of [
      ['adatum', 'adatum CORP'],
      ['contoso', 'contoso'],
      ['crmOnly', 'Crm Only GmbH'],
      ['litware', '  LITWARE '],
    ]) {
      acc[k] = (await crm.accounts.create({ name })).id;
    }
  });
  afterAll(() => gw.stop());

  const counts = async () => {
    const r = await gw.ok(`{ customers { totalCount } accounts { totalCount } couplings { totalCount } syncJobs(filter: { type: MATCH_COUPLING }) { totalCount } }`);
    return { customers: r.customers.totalCount, accounts: r.accounts.totalCount, couplings: r.couplings.totalCount, jobs: r.syncJobs.totalCount };
  };

  it('should refuse unknown match fields and a BIDIRECTIONAL synchronize with BAD_USER_INPUT, before any job', async () => {
    const before = await snapshotStores(gw.stores);
    expect(await gw.code(MATCH, { input: { mapping: 'CUSTOMER', matchOn: [{ erpField: 'nope', crmField: 'name' }] } })).toBe('BAD_USER_INPUT');
    expect(await gw.code(MATCH, { input: { mapping: 'CUSTOMER', matchOn: [{ erpField: 'name', crmField: 'nope' }] } })).toBe('BAD_USER_INPUT');
    expect(await gw.code(MATCH, { input: { mapping: 'CUSTOMER', matchOn: [] } })).toBe('BAD_USER_INPUT');
    expect(await gw.code(MATCH, { input: { mapping: 'CUSTOMER', matchOn: [{ erpField: 'name', crmField: 'name' }], synchronize: 'BIDIRECTIONAL' } })).toBe('BAD_USER_INPUT');
    expect(await gw.code(MATCH, { input: { mapping: 'SALESORDER_ORDER', matchOn: [{ erpField: 'no', crmField: 'name' }] } })).toBe('BAD_USER_INPUT');
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it('should couple the unique case-insensitive match, skip the ambiguous records and fail the one whose salesperson is not coupled', async () => {
    const before = await counts();
    const job = (await gw.ok(MATCH, { input: { mapping: 'CUSTOMER', matchOn: [{ erpField: 'name', crmField: 'name' }] } })).coupleByMatch;
    expect(job).toMatchObject({
      mapping: 'CUSTOMER',
      type: 'MATCH_COUPLING',
      status: 'SUCCEEDED',
      coupled: 1,
      inserted: 0,
      skipped: 3,
      failed: 1,
      total: 8,
      processed: 8,
    });
    // Each ambiguous record is listed with the value its candidates share; the failure names its dependency.
    const ambiguous = job.errors.filter((e: { message: string }) => e.message.startsWith('Ambiguous match'));
    expect(ambiguous).toHaveLength(3);
    expect(job.errors.filter((e: { message: string }) => !e.message.startsWith('Ambiguous match'))).toEqual([
      { erpId: no.litware, crmId: acc.litware, message: expect.stringContaining('Salesperson SPX must be coupled to a SystemUser first') },
    ]);
    expect(await counts()).toEqual({ ...before, couplings: before.couplings + 1, jobs: before.jobs + 1 });
    const r = await gw.ok(
      `query($a: ID!, $c1: ID!, $c2: ID!, $ct: ID!, $l: ID!) {
      adatum: customer(no: $a) { coupledAccount { id name } }
      c1: customer(no: $c1) { coupling { id } } c2: customer(no: $c2) { coupling { id } }
      ct: account(id: $ct) { coupling { id } } l: account(id: $l) { coupling { id } }
    }`,
      { a: no.adatum, c1: no.contoso1, c2: no.contoso2, ct: acc.contoso, l: acc.litware },
    );
    expect(r).toEqual({
      adatum: { coupledAccount: { id: acc.adatum, name: 'adatum CORP' } },
      c1: { coupling: null },
      c2: { coupling: null },
      ct: { coupling: null },
      l: { coupling: null },
    });
  });

  it('should create the unmatched records on the other side with createIfNoMatch, count the failures with their dependency, and leave the ambiguous ones', async () => {
    const before = await counts();
    const job = (await gw.ok(MATCH, { input: { mapping: 'CUSTOMER', matchOn: [{ erpField: 'name', crmField: 'name' }], createIfNoMatch: true } })).coupleByMatch;
    expect(job).toMatchObject({
      mapping: 'CUSTOMER',
      type: 'MATCH_COUPLING',
      status: 'SUCCEEDED',
      coupled: 0,
      inserted: 2,
      skipped: 3,
      failed: 2,
      total: 7,
      processed: 7,
    });
    expect(job.errors).toEqual(
      expect.arrayContaining([
        { erpId: no.litware, crmId: acc.litware, message: expect.stringContaining('Salesperson SPX must be coupled to a SystemUser first') },
        { erpId: no.northwind, crmId: null, message: expect.stringContaining('Salesperson SPX must be coupled to a SystemUser first') },
      ]),
    );
    expect(job.errors.filter((e: { message: string }) => !e.message.startsWith('Ambiguous match'))).toHaveLength(2);
    expect(await counts()).toEqual({ customers: before.customers + 1, accounts: before.accounts + 1, couplings: before.couplings + 2, jobs: before.jobs + 1 });
    const r = await gw.ok(
      `query($e: ID!, $c: ID!, $n: ID!, $c1: ID!) {
      e: customer(no: $e) { coupledAccount { name accountNumber coupledCustomer { no } } }
      c: account(id: $c) { coupledCustomer { name coupledAccount { id } } }
      n: customer(no: $n) { coupling { id } }
      c1: customer(no: $c1) { coupling { id } }
      northwind: accounts(search: "Northwind") { totalCount }
    }`,
      { e: no.erpOnly, c: acc.crmOnly, n: no.northwind, c1: no.contoso1 },
    );
    expect(r).toEqual({
      e: { coupledAccount: { name: 'Erp Only Ltd', accountNumber: no.erpOnly, coupledCustomer: { no: no.erpOnly } } },
      c: { coupledCustomer: { name: 'Crm Only GmbH', coupledAccount: { id: acc.crmOnly } } },
      n: { coupling: null },
      c1: { coupling: null },
      northwind: { totalCount: 0 },
    });
    const listed = await gw.ok(`query($id: ID!) { syncJob(id: $id) { type status coupled inserted skipped failed } }`, { id: job.id });
    expect(listed.syncJob).toEqual({ type: 'MATCH_COUPLING', status: 'SUCCEEDED', coupled: 0, inserted: 2, skipped: 3, failed: 2 });
  });
});

describe('Coupling role checks', () => {
  const VIEWER = 'viewer-key-123';
  const OPERATOR = 'operator-key-123';
  const ADMIN = 'admin-key-1234';
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ apiKeys: { viewer: VIEWER, operator: OPERATOR, admin: ADMIN } });
  });
  afterAll(() => gw.stop());

  it('should answer FORBIDDEN to a viewer for every coupling action, and let it read couplings', async () => {
    const before = await snapshotStores(gw.stores);
    const ref = { mapping: 'CUSTOMER', erpId: 'C00010' };
    expect(await gw.code(COUPLE, { input: { ...ref, crmId: UNKNOWN_UUID } }, VIEWER)).toBe('FORBIDDEN');
    expect(await gw.code(UNCOUPLE, { input: ref }, VIEWER)).toBe('FORBIDDEN');
    expect(await gw.code(CREATE_IN_OTHER, { input: ref }, VIEWER)).toBe('FORBIDDEN');
    expect(await gw.code(SYNC_NOW, { input: { ...ref, direction: 'TO_CRM' } }, VIEWER)).toBe('FORBIDDEN');
    expect(await gw.code(MATCH, { input: { mapping: 'CUSTOMER', matchOn: [{ erpField: 'name', crmField: 'name' }] } }, VIEWER)).toBe('FORBIDDEN');
    expect(await gw.ok(`{ couplings { totalCount } }`, {}, VIEWER)).toEqual({ couplings: { totalCount: 0 } });
    expect(await snapshotStores(gw.stores)).toEqual(before);
  });

  it('should let an operator couple but not change mappings; an admin may', async () => {
    expect(await gw.code(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: 'C99999' } }, OPERATOR)).toBe('NOT_FOUND');
    const TABLE = `mutation { updateTableMapping(name: CUSTOMER, input: { conflictResolution: SEND_UPDATE_TO_CRM }) { name conflictResolution } }`;
    const FIELD = `mutation { updateFieldMapping(mapping: CUSTOMER, erpField: "city", input: { enabled: false }) { erpField enabled } }`;
    const before = await snapshotStores(gw.stores);
    expect(await gw.code(TABLE, {}, OPERATOR)).toBe('FORBIDDEN');
    expect(await gw.code(FIELD, {}, OPERATOR)).toBe('FORBIDDEN');
    expect(await gw.code(TABLE, {}, VIEWER)).toBe('FORBIDDEN');
    expect(await gw.code(FIELD, {}, VIEWER)).toBe('FORBIDDEN');
    expect(await snapshotStores(gw.stores)).toEqual(before);
    expect(await gw.ok(TABLE, {}, ADMIN)).toEqual({ updateTableMapping: { name: 'CUSTOMER', conflictResolution: 'SEND_UPDATE_TO_CRM' } });
    expect(await gw.ok(FIELD, {}, ADMIN)).toEqual({ updateFieldMapping: { erpField: 'city', enabled: false } });
  });
});

describe('Coupled list queries (no N+1)', () => {
  let gw: TestGateway;

  /** Statements run by each store during one request. */
  async function statements(query: string) {
    const before = { erp: gw.counters.erp.count, crm: gw.counters.crm.count, sync: gw.counters.sync.count };
    const data = await gw.ok(query);
    return {
      data,
      counts: { erp: gw.counters.erp.count - before.erp, crm: gw.counters.crm.count - before.crm, sync: gw.counters.sync.count - before.sync },
    };
  }

  beforeAll(async () => {
    gw = await startTestGateway();
    const { erp, crm, sync } = gw.services;
    for (let i = 1; i <= 5; i++) {
      await erp.masterData.createSalesperson({ code: `SP${i}`, name: `Salesperson ${i}` });
      const user = await crm.masterData.createSystemUser({ fullName: `User ${i}` });
      await sync.coupling.couple({ mapping: TableMappingName.SALESPEOPLE, erpId: `SP${i}`, crmId: user.id });
    }
    await erp.masterData.createUnitOfMeasure({ code: 'PCS', description: 'Piece' });
    await sync.coupling.createInOther({ mapping: TableMappingName.UNIT_OF_MEASURE, erpId: 'PCS' });
    for (let i = 0; i < 110; i++) {
      const c = await erp.customers.create({ name: `Customer ${String(i).padStart(3, '0')}`, salespersonCode: `SP${(i % 5) + 1}` });
      await sync.coupling.createInOther({ mapping: TableMappingName.CUSTOMER, erpId: c.no });
      const item = await erp.items.create({ description: `Item ${String(i).padStart(3, '0')}`, baseUnitOfMeasureCode: 'PCS', unitPrice: '10' });
      await erp.items.adjustInventory(item.no, String(i + 1));
      await sync.coupling.createInOther({ mapping: TableMappingName.ITEM_PRODUCT, erpId: item.no });
    }
  }, 120_000);
  afterAll(() => gw.stop());

  it('should run the same statements per subgraph for 10 and 100 coupled customers with coupledAccount { name owner { fullName } }', async () => {
    const q = (n: number) => `{ customers(first: ${n}) { nodes { no coupledAccount { name owner { fullName } } } } }`;
    const small = await statements(q(10));
    const large = await statements(q(100));
    expect(large.data.customers.nodes).toHaveLength(100);
    for (const c of large.data.customers.nodes)
      expect(c.coupledAccount).toEqual({ name: expect.stringMatching(/^Customer \d{3}$/), owner: { fullName: expect.stringMatching(/^User \d$/) } });
    console.log(`customers { coupledAccount { name owner { fullName } } }: first 10 → ${JSON.stringify(small.counts)}, first 100 → ${JSON.stringify(large.counts)}`);
    expect(large.counts).toEqual(small.counts);
  });

  it('should run the same statements per subgraph for 10 and 100 accounts with coupledCustomer { no salesperson { name } }', async () => {
    const q = (n: number) => `{ accounts(first: ${n}) { nodes { id coupledCustomer { no salesperson { name } coupling { mapping } } } } }`;
    const small = await statements(q(10));
    const large = await statements(q(100));
    expect(large.data.accounts.nodes).toHaveLength(100);
    for (const a of large.data.accounts.nodes)
      expect(a.coupledCustomer).toEqual({
        no: expect.stringMatching(/^C\d{5}$/),
        salesperson: { name: expect.stringMatching(/^Salesperson \d$/) },
        coupling: { mapping: 'CUSTOMER' },
      });
    console.log(`accounts { coupledCustomer { no salesperson { name } } }: first 10 → ${JSON.stringify(small.counts)}, first 100 → ${JSON.stringify(large.counts)}`);
    expect(large.counts).toEqual(small.counts);
  });

  it('should run the same statements per subgraph for 10 and 100 products with coupledItem and availability, and items with coupledProduct', async () => {
    const q = (n: number) => `{
      products(first: ${n}) { nodes { productNumber coupledItem { no } availability } }
      items(first: ${n}) { nodes { no inventory coupledProduct { productNumber } } }
    }`;
    const small = await statements(q(10));
    const large = await statements(q(100));
    expect(large.data.products.nodes).toHaveLength(100);
    for (const p of large.data.products.nodes) expect(p.coupledItem).toEqual({ no: p.productNumber });
    for (const p of large.data.products.nodes) expect(p.availability).toMatch(/^\d+$/);
    for (const i of large.data.items.nodes) expect(i.coupledProduct).toEqual({ productNumber: i.no });
    console.log(`products { coupledItem availability } + items { coupledProduct }: first 10 → ${JSON.stringify(small.counts)}, first 100 → ${JSON.stringify(large.counts)}`);
    expect(large.counts).toEqual(small.counts);
  });
});
