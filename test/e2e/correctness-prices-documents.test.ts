import { startTestGateway, TestGateway } from '../helpers/gateway';
import { snapshotStores } from '../helpers/snapshot';

/*
 * Issue 8, "Prices" and "Documents", through the gateway: a price's currency must be coupled and
 * match its price list's; prices with a minimum quantity stay outside the mapping; resource
 * prices synchronize; one CRM document yields at most one ERP document whatever the path; and
 * the lifecycle states (blocked customers and items, canceled CRM orders) are respected.
 */

jest.setTimeout(90_000);

const CREATE_IN_OTHER = `mutation($input: RecordRefInput!) { createInOther(input: $input) { erpId crmId } }`;
const COUPLE = `mutation($input: CoupleInput!) { couple(input: $input) { id } }`;
const UNCOUPLE = `mutation($input: RecordRefInput!) { uncouple(input: $input) }`;
const SYNC_NOW = `mutation($input: SynchronizeNowInput!) { synchronizeNow(input: $input) { status } }`;
const PRICE = `mutation($i: SalesPriceInput!) { createSalesPrice(input: $i) { id } }`;
const JOB = `id status processed inserted modified skipped failed unchanged errors { erpId message }`;
const CONVERT = `mutation($id: ID!) { convertOrder(crmOrderId: $id) { no crmOrderId } }`;
const PROCESS = `mutation($id: ID!) { processQuote(crmQuoteId: $id) { no crmQuoteNumber } }`;
const COUNTS = `{ salesOrders { totalCount } salesQuotes { totalCount } }`;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The code and message of the first error of a request that must fail. */
async function refused(gw: TestGateway, query: string, variables?: Record<string, unknown>) {
  const r = await gw.gql(query, variables);
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return { code: r.errors[0].extensions?.code as string, message: r.errors[0].message };
}

/** Refused with `code` (and a message containing `text`), every store unchanged. */
async function refusedUnchanged(gw: TestGateway, code: string, text: string, query: string, variables?: Record<string, unknown>): Promise<void> {
  await gw.services.sync.queue.idle();
  const before = await snapshotStores(gw.stores);
  const e = await refused(gw, query, variables);
  expect(e).toMatchObject({ code, message: expect.stringContaining(text) });
  expect(await snapshotStores(gw.stores)).toEqual(before);
}

const createIn = async (gw: TestGateway, mapping: string, erpId: string): Promise<string> => (await gw.ok(CREATE_IN_OTHER, { input: { mapping, erpId } })).createInOther.crmId;

/** Couplings and records every test here starts from. */
interface World {
  eur: string;
  pcsUnit: string;
  hourUnit: string;
  desk: string; // product of item 1000
  lamp: string; // product of item 2000
  resourceNo: string;
  linda: string; // product of the resource
  customerNo: string;
  account: string;
}

async function buildWorld(gw: TestGateway): Promise<World> {
  const w = {} as World;
  await gw.ok(`mutation {
    eur: createCurrency(input: { code: "EUR", description: "Euro", exchangeRate: "0.92" }) { code }
    gbp: createCurrency(input: { code: "GBP", description: "Pound Sterling", exchangeRate: "0.79" }) { code }
    pcs: createUnitOfMeasure(input: { code: "PCS", description: "Piece" }) { code }
    hour: createUnitOfMeasure(input: { code: "HOUR", description: "Hour" }) { code }
  }`);
  w.eur = await createIn(gw, 'CURRENCY', 'EUR');
  const pcs = await createIn(gw, 'UNIT_OF_MEASURE', 'PCS');
  const hour = await createIn(gw, 'UNIT_OF_MEASURE', 'HOUR');
  const units = await gw.ok(`query($p: ID!, $h: ID!) { p: unitGroup(id: $p) { units { id } } h: unitGroup(id: $h) { units { id } } }`, { p: pcs, h: hour });
  w.pcsUnit = units.p.units[0].id;
  w.hourUnit = units.h.units[0].id;
  await gw.ok(`mutation {
    desk: createItem(input: { no: "1000", description: "Athens Desk", baseUnitOfMeasureCode: "PCS", unitPrice: "1000", unitCost: "400" }) { no }
    lamp: createItem(input: { no: "2000", description: "Lamp", baseUnitOfMeasureCode: "PCS", unitPrice: "25" }) { no }
    i1: adjustItemInventory(no: "1000", delta: "100") { inventory }
    i2: adjustItemInventory(no: "2000", delta: "100") { inventory }
  }`);
  w.resourceNo = (await gw.ok(`mutation { createResource(input: { name: "Linda Martin", baseUnitOfMeasureCode: "HOUR", unitPrice: "95" }) { no } }`)).createResource.no;
  w.desk = await createIn(gw, 'ITEM_PRODUCT', '1000');
  w.lamp = await createIn(gw, 'ITEM_PRODUCT', '2000');
  w.linda = await createIn(gw, 'RESOURCE_PRODUCT', w.resourceNo);
  w.customerNo = (await gw.ok(`mutation { createCustomer(input: { name: "Adatum Corporation", city: "Cambridge" }) { no } }`)).createCustomer.no;
  w.account = await createIn(gw, 'CUSTOMER', w.customerNo);
  return w;
}

/** Waits for a full synchronization run to end. */
async function waitRun(gw: TestGateway, id: string) {
  const q = `query($id: ID!) { fullSyncRun(id: $id) { status lines { mapping status toCrmJob { ${JOB} } } } }`;
  for (const until = Date.now() + 30_000; Date.now() < until; await pause(50)) {
    const run = (await gw.ok(q, { id })).fullSyncRun;
    if (run.status !== 'RUNNING') return run;
  }
  throw new Error('the full synchronization did not finish');
}

/** Runs an incremental synchronization of the prices and answers its TO_CRM job once finished. */
async function incrementalPrices(gw: TestGateway) {
  const [job] = (await gw.ok(`mutation { runIncrementalSynchronization(mappings: [SALESPRC_PRODPRICE]) { id } }`)).runIncrementalSynchronization;
  for (const until = Date.now() + 30_000; Date.now() < until; await pause(50)) {
    const j = (await gw.ok(`query($id: ID!) { syncJob(id: $id) { ${JOB} } }`, { id: job.id })).syncJob;
    if (!['QUEUED', 'RUNNING'].includes(j.status)) return j;
  }
  throw new Error('the incremental synchronization did not finish');
}

const priceListItems = async (gw: TestGateway, list: string) =>
  (await gw.ok(`query($id: ID!) { priceList(id: $id) { transactionCurrencyId items { productId unitId amount } } }`, { id: list })).priceList;

describe('Prices reach the CRM only as they can be used there (issue 8, items 2-4)', () => {
  let gw: TestGateway;
  let w: World;
  let wholesale: string; // price list of WHOLESALE (local currency)

  beforeAll(async () => {
    gw = await startTestGateway();
    w = await buildWorld(gw);
    await gw.ok(`mutation { createCustomerPriceGroup(input: { code: "WHOLESALE", description: "Wholesale" }) { code } }`);
    await gw.ok(PRICE, { i: { customerPriceGroupCode: 'WHOLESALE', itemNo: '1000', unitOfMeasureCode: 'PCS', unitPrice: '900' } });
    wholesale = await createIn(gw, 'CUSTPRCGRP_PRICE', 'WHOLESALE');
  });
  afterAll(() => gw.stop());

  describe('foreign-currency prices (item 2)', () => {
    let gbpPrice: string;

    it('should refuse a GBP price while GBP is not coupled with DEPENDENCY_NOT_COUPLED naming Currency GBP (createInOther, couple), changing nothing', async () => {
      gbpPrice = (await gw.ok(PRICE, { i: { customerPriceGroupCode: 'WHOLESALE', itemNo: '2000', unitOfMeasureCode: 'PCS', currencyCode: 'GBP', unitPrice: '200' } }))
        .createSalesPrice.id;
      await refusedUnchanged(gw, 'DEPENDENCY_NOT_COUPLED', 'Currency GBP must be coupled to a TransactionCurrency first', CREATE_IN_OTHER, {
        input: { mapping: 'SALESPRC_PRODPRICE', erpId: gbpPrice },
      });
      const item = (
        await gw.ok(`mutation($l: ID!, $p: ID!, $u: ID!) { createPriceListItem(input: { priceListId: $l, productId: $p, unitId: $u, amount: "1" }) { id } }`, {
          l: wholesale,
          p: w.lamp,
          u: w.pcsUnit,
        })
      ).createPriceListItem.id;
      await refusedUnchanged(gw, 'DEPENDENCY_NOT_COUPLED', 'Currency GBP must be coupled', COUPLE, { input: { mapping: 'SALESPRC_PRODPRICE', erpId: gbpPrice, crmId: item } });
      await refusedUnchanged(gw, 'DEPENDENCY_NOT_COUPLED', 'Currency GBP must be coupled', COUPLE, {
        input: { mapping: 'SALESPRC_PRODPRICE', erpId: gbpPrice, crmId: item, synchronize: 'TO_CRM' },
      });
    });

    it('should refuse the coupled GBP price on the local-currency list of its group with INVALID_STATE, changing nothing', async () => {
      await createIn(gw, 'CURRENCY', 'GBP');
      await refusedUnchanged(gw, 'INVALID_STATE', 'is in GBP, but price list WHOLESALE is in the local currency', CREATE_IN_OTHER, {
        input: { mapping: 'SALESPRC_PRODPRICE', erpId: gbpPrice },
      });
      expect((await priceListItems(gw, wholesale)).items.filter((i: { amount: string }) => i.amount === '200')).toEqual([]);
    });

    it('should fail the GBP price in an incremental synchronization with the same reason, and never put it on the list', async () => {
      const job = await incrementalPrices(gw);
      expect(job.inserted).toBe(1); // the local-currency price of WHOLESALE
      expect(job.failed).toBe(1);
      expect(job.errors).toEqual([{ erpId: gbpPrice, message: expect.stringContaining('price list WHOLESALE is in the local currency') }]);
      const list = await priceListItems(gw, wholesale);
      expect(list.transactionCurrencyId).toBeNull();
      expect(list.items.map((i: { amount: string }) => i.amount).sort()).toEqual(['1', '900']);
    });

    it('should put GBP prices on a price list in GBP: a group whose prices are all in GBP gets its list in GBP', async () => {
      await gw.ok(`mutation { createCustomerPriceGroup(input: { code: "UK", description: "UK trade" }) { code } }`);
      const uk = (await gw.ok(PRICE, { i: { customerPriceGroupCode: 'UK', itemNo: '1000', unitOfMeasureCode: 'PCS', currencyCode: 'GBP', unitPrice: '780' } })).createSalesPrice.id;
      const list = await createIn(gw, 'CUSTPRCGRP_PRICE', 'UK');
      const gbp = (await gw.ok(`{ transactionCurrencies { id isoCurrencyCode } }`)).transactionCurrencies.find((c: { isoCurrencyCode: string }) => c.isoCurrencyCode === 'GBP').id;
      expect((await priceListItems(gw, list)).transactionCurrencyId).toBe(gbp);
      await createIn(gw, 'SALESPRC_PRODPRICE', uk);
      expect((await priceListItems(gw, list)).items).toEqual([{ productId: w.desk, unitId: w.pcsUnit, amount: '780' }]);
      // synchronizeNow keeps checking: a coupled price stays one of its list's currency.
      expect((await gw.ok(SYNC_NOW, { input: { mapping: 'SALESPRC_PRODPRICE', erpId: uk, direction: 'TO_CRM' } })).synchronizeNow.status).toBe('SUCCEEDED');
    });

    it('should never price a CRM order in EUR from a price list in another currency (BAD_USER_INPUT), and price it from a list in EUR', async () => {
      const order = `mutation($i: OrderInput!) { createOrder(input: $i) { transactionCurrencyId lines { pricePerUnit } } }`;
      await refusedUnchanged(gw, 'BAD_USER_INPUT', 'Price list WHOLESALE is in the local currency, but the order is in EUR', order, {
        i: { name: 'Euro order', customerId: w.account, priceListId: wholesale, transactionCurrencyId: w.eur, lines: [{ productId: w.desk, quantity: '1' }] },
      });
      const quote = `mutation($i: QuoteInput!) { createQuote(input: $i) { id } }`;
      const eurAccount = (await gw.ok(`mutation($c: ID!) { createAccount(input: { name: "Euro GmbH", transactionCurrencyId: $c }) { id } }`, { c: w.eur })).createAccount.id;
      await refusedUnchanged(gw, 'BAD_USER_INPUT', 'but the quote is in EUR', quote, {
        i: { name: 'Euro quote', customerId: eurAccount, priceListId: wholesale, lines: [{ productId: w.desk, quantity: '1' }] },
      });
      const euroList = (await gw.ok(`mutation($c: ID!) { createPriceList(input: { name: "Euro list", transactionCurrencyId: $c }) { id } }`, { c: w.eur })).createPriceList.id;
      await gw.ok(`mutation($l: ID!, $p: ID!, $u: ID!) { createPriceListItem(input: { priceListId: $l, productId: $p, unitId: $u, amount: "850" }) { id } }`, {
        l: euroList,
        p: w.desk,
        u: w.pcsUnit,
      });
      const ok = (
        await gw.ok(order, { i: { name: 'Euro order', customerId: w.account, priceListId: euroList, transactionCurrencyId: w.eur, lines: [{ productId: w.desk, quantity: '1' }] } })
      ).createOrder;
      expect(ok).toEqual({ transactionCurrencyId: w.eur, lines: [{ pricePerUnit: '850' }] });
      // A document without a currency of its own (nor its account's) is in its price list's currency.
      const taken = (await gw.ok(order, { i: { name: 'List currency', customerId: w.account, priceListId: euroList, lines: [{ productId: w.desk, quantity: '2' }] } })).createOrder;
      expect(taken).toEqual({ transactionCurrencyId: w.eur, lines: [{ pricePerUnit: '850' }] });
    });
  });

  describe('minimum quantities (item 3)', () => {
    it('should keep a price with minimum quantity 5 out of the CRM (INVALID_STATE naming the reason), so a line of quantity 1 never gets it', async () => {
      const tier = (await gw.ok(PRICE, { i: { customerPriceGroupCode: 'WHOLESALE', itemNo: '1000', unitOfMeasureCode: 'PCS', minimumQuantity: '5', unitPrice: '800' } }))
        .createSalesPrice.id;
      await refusedUnchanged(gw, 'INVALID_STATE', 'has minimum quantity 5', CREATE_IN_OTHER, { input: { mapping: 'SALESPRC_PRODPRICE', erpId: tier } });
      const job = await incrementalPrices(gw);
      expect(job).toMatchObject({ inserted: 0, skipped: 1 });
      expect(job.errors).toEqual(expect.arrayContaining([{ erpId: tier, message: expect.stringContaining('only prices with minimum quantity 0 are synchronized') }]));
      const line = (
        await gw.ok(`mutation($i: OrderInput!) { createOrder(input: $i) { lines { pricePerUnit } } }`, {
          i: { name: 'One desk', customerId: w.account, priceListId: wholesale, lines: [{ productId: w.desk, quantity: '1' }] },
        })
      ).createOrder.lines[0];
      expect(line.pricePerUnit).toBe('900');
      expect((await priceListItems(gw, wholesale)).items.some((i: { amount: string }) => i.amount === '800')).toBe(false);
    });
  });

  describe('resource prices (item 4)', () => {
    it("should create a resource price on the list as the price of the resource's product, and price a CRM line from it", async () => {
      const price = (await gw.ok(PRICE, { i: { customerPriceGroupCode: 'WHOLESALE', resourceNo: w.resourceNo, unitOfMeasureCode: 'HOUR', unitPrice: '88' } })).createSalesPrice.id;
      await createIn(gw, 'SALESPRC_PRODPRICE', price);
      expect((await priceListItems(gw, wholesale)).items).toContainEqual({ productId: w.linda, unitId: w.hourUnit, amount: '88' });
      const line = (
        await gw.ok(`mutation($i: OrderInput!) { createOrder(input: $i) { lines { pricePerUnit } } }`, {
          i: { name: 'Consulting', customerId: w.account, priceListId: wholesale, lines: [{ productId: w.linda, quantity: '3' }] },
        })
      ).createOrder.lines[0];
      expect(line.pricePerUnit).toBe('88');
    });

    it('should refuse a price of an uncoupled resource with DEPENDENCY_NOT_COUPLED naming the resource', async () => {
      const marty = (await gw.ok(`mutation { createResource(input: { name: "Marty Horst", baseUnitOfMeasureCode: "HOUR", unitPrice: "85" }) { no } }`)).createResource.no;
      const price = (await gw.ok(PRICE, { i: { customerPriceGroupCode: 'WHOLESALE', resourceNo: marty, unitOfMeasureCode: 'HOUR', unitPrice: '80' } })).createSalesPrice.id;
      await refusedUnchanged(gw, 'DEPENDENCY_NOT_COUPLED', `Resource ${marty} must be coupled to a Product first`, CREATE_IN_OTHER, {
        input: { mapping: 'SALESPRC_PRODPRICE', erpId: price },
      });
    });
  });
});

describe('Full synchronization of prices agrees with its preview (issue 8, items 3-4)', () => {
  let gw: TestGateway;
  let w: World;

  beforeAll(async () => {
    gw = await startTestGateway();
    w = await buildWorld(gw);
  });
  afterAll(() => gw.stop());

  it('should create item and resource prices, skip the price with a minimum quantity, as the preview said', async () => {
    await gw.ok(`mutation { createCustomerPriceGroup(input: { code: "WHOLESALE", description: "Wholesale" }) { code } }`);
    await createIn(gw, 'CUSTPRCGRP_PRICE', 'WHOLESALE');
    await gw.ok(PRICE, { i: { customerPriceGroupCode: 'WHOLESALE', itemNo: '1000', unitOfMeasureCode: 'PCS', unitPrice: '900' } });
    await gw.ok(PRICE, { i: { customerPriceGroupCode: 'WHOLESALE', resourceNo: w.resourceNo, unitOfMeasureCode: 'HOUR', unitPrice: '88' } });
    const tier = (await gw.ok(PRICE, { i: { customerPriceGroupCode: 'WHOLESALE', itemNo: '1000', unitOfMeasureCode: 'PCS', minimumQuantity: '5', unitPrice: '800' } }))
      .createSalesPrice.id;
    const [preview] = (await gw.ok(`{ previewFullSynchronization(input: { mappings: [SALESPRC_PRODPRICE] }) { mapping erpRecords wouldCreateInCrm wouldSkip } }`))
      .previewFullSynchronization;
    expect(preview).toEqual({ mapping: 'SALESPRC_PRODPRICE', erpRecords: 3, wouldCreateInCrm: 2, wouldSkip: 1 });
    const run = (await gw.ok(`mutation { runFullSynchronization(input: { mappings: [SALESPRC_PRODPRICE] }) { id } }`)).runFullSynchronization;
    const done = await waitRun(gw, run.id);
    const job = done.lines[0].toCrmJob;
    expect(job).toMatchObject({ status: 'SUCCEEDED', processed: 3, inserted: 2, skipped: 1, failed: 0 });
    expect(job.errors).toEqual([{ erpId: tier, message: expect.stringContaining('has minimum quantity 5') }]);
    const mapping = (await gw.ok(`{ tableMappings { name dependsOn fieldMappings { erpField crmField } } }`)).tableMappings.find(
      (m: { name: string }) => m.name === 'SALESPRC_PRODPRICE',
    );
    expect(mapping.dependsOn).toEqual(['CUSTPRCGRP_PRICE', 'ITEM_PRODUCT', 'RESOURCE_PRODUCT']);
    expect(mapping.fieldMappings).toContainEqual({ erpField: 'resourceNo', crmField: 'productId' });
  });
});

describe('One CRM document yields at most one ERP document; lifecycle states hold (issue 8, items 5-6)', () => {
  let gw: TestGateway;
  let w: World;
  let otherAccount: string;

  const submitted = async (name: string, customerId = w.account, lines = [{ productId: w.desk, quantity: '1', pricePerUnit: '1000' }]) => {
    const id = (await gw.ok(`mutation($i: OrderInput!) { createOrder(input: $i) { id } }`, { i: { name, customerId, lines } })).createOrder.id;
    await gw.ok(`mutation($id: ID!) { submitOrder(id: $id) { state } }`, { id });
    return id;
  };
  const activeQuote = async (name: string, customerId = w.account) => {
    const id = (
      await gw.ok(`mutation($i: QuoteInput!) { createQuote(input: $i) { id } }`, { i: { name, customerId, lines: [{ productId: w.desk, quantity: '1', pricePerUnit: '990' }] } })
    ).createQuote.id;
    await gw.ok(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id });
    return id;
  };
  const counts = async () => {
    const r = await gw.ok(COUNTS);
    return [r.salesOrders.totalCount, r.salesQuotes.totalCount];
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    w = await buildWorld(gw);
    const other = (await gw.ok(`mutation { createCustomer(input: { name: "Trey Research", city: "Chicago" }) { no } }`)).createCustomer.no;
    otherAccount = await createIn(gw, 'CUSTOMER', other);
  });
  afterAll(() => gw.stop());

  describe('after uncoupling (item 5)', () => {
    it('should refuse converting an uncoupled order again with ALREADY_COUPLED naming its ERP order, and let couple re-join them', async () => {
      const order = await submitted('Office desks');
      const so = (await gw.ok(CONVERT, { id: order })).convertOrder;
      expect(so.crmOrderId).toBe(order);
      await gw.ok(UNCOUPLE, { input: { mapping: 'SALESORDER_ORDER', crmId: order } });
      const before = await counts();
      await refusedUnchanged(gw, 'ALREADY_COUPLED', `was already created in the ERP as sales order ${so.no}`, CONVERT, { id: order });
      expect(await counts()).toEqual(before);
      await gw.ok(COUPLE, { input: { mapping: 'SALESORDER_ORDER', erpId: so.no, crmId: order } });
      expect((await gw.ok(`query($id: ID!) { order(id: $id) { coupledSalesOrder { no } } }`, { id: order })).order.coupledSalesOrder).toEqual({ no: so.no });
    });

    it('should refuse processing an uncoupled quote (or a new revision of it) again with ALREADY_COUPLED naming its ERP quote', async () => {
      const quote = await activeQuote('Desk offer');
      const sq = (await gw.ok(PROCESS, { id: quote })).processQuote;
      await gw.ok(UNCOUPLE, { input: { mapping: 'SALESQUOTE_QUOTE', crmId: quote } });
      await refusedUnchanged(gw, 'ALREADY_COUPLED', `as sales quote ${sq.no}`, PROCESS, { id: quote });
      const revision = (await gw.ok(`mutation($id: ID!) { reviseQuote(id: $id) { id } }`, { id: quote })).reviseQuote.id;
      await gw.ok(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id: revision });
      await refusedUnchanged(gw, 'ALREADY_COUPLED', `as sales quote ${sq.no}`, PROCESS, { id: revision });
      await gw.ok(COUPLE, { input: { mapping: 'SALESQUOTE_QUOTE', erpId: sq.no, crmId: revision } });
      // Coupled again: the next processing archives and updates the same ERP quote.
      expect((await gw.ok(PROCESS, { id: revision })).processQuote.no).toBe(sq.no);
    });

    it('should refuse a manual couple of documents that do not belong together, changing nothing', async () => {
      const mine = await submitted('Mine');
      const so = (await gw.ok(CONVERT, { id: mine })).convertOrder.no;
      await gw.ok(UNCOUPLE, { input: { mapping: 'SALESORDER_ORDER', erpId: so } });
      const theirs = await submitted('Theirs', otherAccount);
      await refusedUnchanged(gw, 'BAD_USER_INPUT', `Sales order ${so} was made from another CRM order`, COUPLE, {
        input: { mapping: 'SALESORDER_ORDER', erpId: so, crmId: theirs },
      });
      const sameCustomer = await submitted('Same customer');
      await refusedUnchanged(gw, 'BAD_USER_INPUT', 'was made from another CRM order', COUPLE, { input: { mapping: 'SALESORDER_ORDER', erpId: so, crmId: sameCustomer } });
      const draft = (await gw.ok(`mutation($i: OrderInput!) { createOrder(input: $i) { id } }`, { i: { name: 'Draft', customerId: w.account } })).createOrder.id;
      await refusedUnchanged(gw, 'INVALID_STATE', 'is ACTIVE', COUPLE, { input: { mapping: 'SALESORDER_ORDER', erpId: so, crmId: draft } });
      // Another customer's ERP order, never linked to a CRM order: the customer ↔ account coupling decides.
      const theirsSo = (await gw.ok(CONVERT, { id: theirs })).convertOrder.no;
      await gw.ok(UNCOUPLE, { input: { mapping: 'SALESORDER_ORDER', erpId: theirsSo } });
      await gw.stores.erp.query(`UPDATE sales_order SET crmOrderId = NULL WHERE no = '${theirsSo}'`);
      await refusedUnchanged(gw, 'BAD_USER_INPUT', `Sales order ${theirsSo} is for customer`, COUPLE, {
        input: { mapping: 'SALESORDER_ORDER', erpId: theirsSo, crmId: sameCustomer },
      });
      // The order's own ERP order couples again; a CRM order already made into another ERP order is refused.
      await refusedUnchanged(gw, 'ALREADY_COUPLED', `as sales order ${so}`, COUPLE, { input: { mapping: 'SALESORDER_ORDER', erpId: theirsSo, crmId: mine } });
    });
  });

  describe('lifecycle states (item 6)', () => {
    it('should give a blocked customer no ERP order or quote, and refuse releasing, shipping or invoicing its orders (INVALID_STATE)', async () => {
      const order = await submitted('Before the block');
      const so = (await gw.ok(CONVERT, { id: order })).convertOrder.no;
      const later = await submitted('After the block');
      const quote = await activeQuote('Blocked offer');
      await gw.ok(`mutation($no: ID!) { updateCustomer(no: $no, input: { blocked: true }) { blocked } }`, { no: w.customerNo });
      try {
        await refusedUnchanged(gw, 'INVALID_STATE', `Customer ${w.customerNo} (Adatum Corporation) is blocked`, CONVERT, { id: later });
        await refusedUnchanged(gw, 'INVALID_STATE', 'is blocked', PROCESS, { id: quote });
        for (const action of ['releaseSalesOrder', 'shipSalesOrder', 'invoiceSalesOrder']) {
          await refusedUnchanged(gw, 'INVALID_STATE', 'is blocked', `mutation($no: ID!) { ${action}(no: $no) { no } }`, { no: so });
        }
      } finally {
        await gw.ok(`mutation($no: ID!) { updateCustomer(no: $no, input: { blocked: false }) { blocked } }`, { no: w.customerNo });
      }
      expect((await gw.ok(CONVERT, { id: later })).convertOrder.no).toMatch(/\w/);
    });

    it('should refuse converting an order with a blocked item (INVALID_STATE)', async () => {
      const order = await submitted('Lamps', w.account, [{ productId: w.lamp, quantity: '2', pricePerUnit: '25' }]);
      await gw.ok(`mutation { updateItem(no: "2000", input: { blocked: true }) { blocked } }`);
      try {
        await refusedUnchanged(gw, 'INVALID_STATE', 'Item 2000 is blocked', CONVERT, { id: order });
      } finally {
        await gw.ok(`mutation { updateItem(no: "2000", input: { blocked: false }) { blocked } }`);
      }
    });

    it('should keep a canceled CRM order CANCELED when its ERP order ships and is invoiced, saying so on the timeline', async () => {
      const order = await submitted('Canceled later');
      const so = (await gw.ok(CONVERT, { id: order })).convertOrder.no;
      await gw.ok(`mutation($id: ID!) { cancelOrder(id: $id) { state } }`, { id: order });
      await gw.ok(`mutation($no: ID!) { shipSalesOrder(no: $no) { no } }`, { no: so });
      await gw.ok(`mutation($no: ID!) { invoiceSalesOrder(no: $no) { no } }`, { no: so });
      let crm: { state: string; timeline: Array<{ text: string }> } = { state: '', timeline: [] };
      for (const until = Date.now() + 5000; Date.now() < until; await pause(50)) {
        crm = (await gw.ok(`query($id: ID!) { order(id: $id) { state timeline { text } } }`, { id: order })).order;
        if (crm.timeline.length >= 6) break;
      }
      expect(crm.state).toBe('CANCELED');
      const texts = crm.timeline.map((t) => t.text);
      expect(texts).toEqual(
        expect.arrayContaining([
          'A shipment has been created for the order.',
          `This order is canceled; sales order ${so} was shipped in the ERP all the same. The order stays CANCELED.`,
          'An invoice has been created for the order.',
          `This order is canceled; sales order ${so} was invoiced in the ERP all the same. The order stays CANCELED.`,
        ]),
      );
    });

    it('should refuse processing a quote whose account currency is no longer coupled (DEPENDENCY_NOT_COUPLED, not silently the local currency)', async () => {
      const euro = (await gw.ok(`mutation { createCustomer(input: { name: "Euro Kunde", currencyCode: "EUR" }) { no } }`)).createCustomer.no;
      const account = await createIn(gw, 'CUSTOMER', euro);
      const quote = await activeQuote('Euro offer', account);
      await gw.ok(UNCOUPLE, { input: { mapping: 'CURRENCY', erpId: 'EUR' } });
      try {
        await refusedUnchanged(gw, 'DEPENDENCY_NOT_COUPLED', 'TransactionCurrency', PROCESS, { id: quote });
      } finally {
        await gw.ok(COUPLE, { input: { mapping: 'CURRENCY', erpId: 'EUR', crmId: w.eur } });
      }
      expect((await gw.ok(`mutation($id: ID!) { processQuote(crmQuoteId: $id) { currencyCode } }`, { id: quote })).processQuote.currencyCode).toBe('EUR');
    });
  });
});
