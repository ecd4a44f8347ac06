import { Coupling } from '../../src/sync/coupling.entity';
import { SalesOrder } from '../../src/erp/sales-order.entity';
import { SalesQuote, SalesQuoteArchive } from '../../src/erp/sales-quote.entity';
import { startTestGateway, TestGateway } from '../helpers/gateway';

/*
 * A conversion whose run stops between its writes (the worker froze or died, BullMQ runs the job
 * again) is completed by the next run, keyed by the CRM document and its revision: one ERP order
 * or quote, never two, and a revision is archived once. The stopped run is a write that never
 * returns; its pending coupling is aged past STALLED_AFTER_MS, as it is by the time a job is re-run.
 */

jest.setTimeout(60_000);

const CONVERT = `mutation($id: ID!) { convertOrder(crmOrderId: $id) { no lines { no quantity } coupledOrder { id } } }`;
const PROCESS = `mutation($id: ID!) { processQuote(crmQuoteId: $id) { no externalDocumentNo lines { quantity } archivedVersions { versionNo } coupledQuote { id } } }`;
const CREATE_IN_OTHER = `mutation($input: RecordRefInput!) { createInOther(input: $input) { erpId crmId } }`;
const never = () => new Promise<never>(() => undefined);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `read` answers something truthy (or fails after `ms`). */
async function until<T>(read: () => Promise<T | null | undefined>, ms = 10_000): Promise<T> {
  for (const end = Date.now() + ms; ; await pause(25)) {
    const v = await read();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
  }
}

describe('DocumentsService after a stalled run', () => {
  let gw: TestGateway;
  let account: string;
  let desk: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    await gw.ok(`mutation {
      createUnitOfMeasure(input: { code: "PCS", description: "Piece" }) { code }
      createItem(input: { no: "1000", description: "Athens Desk", baseUnitOfMeasureCode: "PCS", unitPrice: "649.5" }) { no }
    }`);
    await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'UNIT_OF_MEASURE', erpId: 'PCS' } });
    desk = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'ITEM_PRODUCT', erpId: '1000' } })).createInOther.crmId;
    const customerNo = (await gw.ok(`mutation { createCustomer(input: { name: "Adatum Corporation" }) { no } }`)).createCustomer.no;
    account = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: customerNo } })).createInOther.crmId;
  });
  afterAll(() => gw.stop());

  const line = (quantity: string) => ({ productId: desk, quantity, pricePerUnit: '649.5' });
  const coupling = (mapping: string, crmId: string) => gw.stores.sync.getRepository(Coupling).findOneBy({ mapping: mapping as never, crmId });
  /** Ages a stopped run's pending coupling, as if the job were re-run after its lease lapsed. */
  const age = (mapping: string, crmId: string) => gw.stores.sync.getRepository(Coupling).update({ mapping: mapping as never, crmId }, { createdAt: new Date(Date.now() - 60_000) });
  const ordersOf = (crmOrderId: string) => gw.stores.erp.getRepository(SalesOrder).findBy({ crmOrderId });

  async function submittedOrder(name: string): Promise<string> {
    const id = (await gw.ok(`mutation($i: OrderInput!) { createOrder(input: $i) { id } }`, { i: { name, customerId: account, lines: [line('2')] } })).createOrder.id;
    await gw.ok(`mutation($id: ID!) { submitOrder(id: $id) { state } }`, { id });
    return id;
  }

  /** Starts a conversion whose ERP write hangs before (`before`) or after (`after`) it writes; answers once its coupling is recorded. */
  async function stalledConversion(id: string, when: 'before' | 'after'): Promise<void> {
    const writer = gw.services.erp.documentWriter;
    const createOrder = writer.createOrder;
    writer.createOrder = async (...args) => {
      if (when === 'after') await createOrder.apply(writer, args);
      return never();
    };
    try {
      void gw.services.sync.documents.convertOrder(id).catch(() => undefined);
      await until(() => coupling('SALESORDER_ORDER', id));
      if (when === 'after') await until(async () => (await ordersOf(id)).length > 0);
    } finally {
      writer.createOrder = createOrder;
    }
  }

  it('should find the ERP order a stalled run wrote and confirm it (convertOrder again): one ERP order, coupled', async () => {
    const id = await submittedOrder('Stalled after the ERP write');
    await stalledConversion(id, 'after');
    const pendingNo = (await coupling('SALESORDER_ORDER', id))!.erpId;
    expect((await coupling('SALESORDER_ORDER', id))!.pending).toBe(true);
    await age('SALESORDER_ORDER', id);

    const again = (await gw.ok(CONVERT, { id })).convertOrder;
    expect(again).toMatchObject({ no: pendingNo, lines: [{ no: '1000', quantity: '2' }], coupledOrder: { id } });
    expect(await ordersOf(id)).toHaveLength(1);
    expect((await coupling('SALESORDER_ORDER', id))!.pending).toBe(false);
    // Once confirmed, converting again is refused as for any converted order.
    expect(await gw.code(CONVERT, { id })).toBe('ALREADY_COUPLED');
    expect(await ordersOf(id)).toHaveLength(1);
  });

  it('should write the ERP order under the recorded number when the stalled run stopped before writing (the automatic job)', async () => {
    const id = await submittedOrder('Stalled before the ERP write');
    await stalledConversion(id, 'before');
    const pendingNo = (await coupling('SALESORDER_ORDER', id))!.erpId;
    expect(await ordersOf(id)).toHaveLength(0);
    await age('SALESORDER_ORDER', id);

    await gw.services.sync.documents.runAutomatic({ autoCreateSalesOrders: true, autoProcessQuotes: false });
    const orders = await ordersOf(id);
    expect(orders.map((o) => o.no)).toEqual([pendingNo]);
    expect((await coupling('SALESORDER_ORDER', id))!).toMatchObject({ erpId: pendingNo, pending: false });
    // A second pass of the job finds it converted.
    await gw.services.sync.documents.runAutomatic({ autoCreateSalesOrders: true, autoProcessQuotes: false });
    expect(await ordersOf(id)).toHaveLength(1);
  });

  it('should make one ERP order when several runs complete the same stalled conversion at once', async () => {
    const id = await submittedOrder('Stalled, completed by three');
    await stalledConversion(id, 'before');
    await age('SALESORDER_ORDER', id);
    const results = await Promise.all([gw.gql(CONVERT, { id }), gw.gql(CONVERT, { id }), gw.services.sync.documents.convertOrder(id).catch((e) => e)]);
    expect(results.length).toBe(3);
    expect(await ordersOf(id)).toHaveLength(1);
    expect((await coupling('SALESORDER_ORDER', id))!.pending).toBe(false);
  });

  it('should leave a pending conversion younger than STALLED_AFTER_MS to its run (ALREADY_COUPLED, nothing written)', async () => {
    const id = await submittedOrder('In flight');
    await stalledConversion(id, 'before');
    expect(await gw.code(CONVERT, { id })).toBe('ALREADY_COUPLED');
    expect(await ordersOf(id)).toHaveLength(0);
  });

  it('should finish the archive of a new quote revision whose run stopped after claiming it, archiving once', async () => {
    const rev0 = (await gw.ok(`mutation($i: QuoteInput!) { createQuote(input: $i) { id } }`, { i: { name: 'Stalled revision', customerId: account, lines: [line('1')] } }))
      .createQuote.id;
    await gw.ok(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id: rev0 });
    const no = (await gw.ok(PROCESS, { id: rev0 })).processQuote.no;
    const rev1 = (await gw.ok(`mutation($id: ID!) { reviseQuote(id: $id) { id } }`, { id: rev0 })).reviseQuote.id;
    await gw.ok(`mutation($id: ID!, $l: [DocumentLineInput!]) { updateQuote(id: $id, input: { name: "Stalled revision v2", lines: $l }) { id } }`, { id: rev1, l: [line('3')] });
    await gw.ok(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id: rev1 });

    const writer = gw.services.erp.documentWriter;
    const archive = writer.archiveAndReplaceQuote;
    writer.archiveAndReplaceQuote = () => never();
    try {
      void gw.services.sync.documents.processQuote(rev1).catch(() => undefined);
      await until(async () => (await coupling('SALESQUOTE_QUOTE', rev1)) ?? null);
    } finally {
      writer.archiveAndReplaceQuote = archive;
    }
    // The coupling moved to revision 1, the ERP quote still holds revision 0.
    expect((await gw.stores.erp.getRepository(SalesQuote).findOneBy({ no }))!.crmQuoteId).toBe(rev0);

    const again = (await gw.ok(PROCESS, { id: rev1 })).processQuote;
    expect(again).toMatchObject({ no, externalDocumentNo: 'Stalled revision v2', lines: [{ quantity: '3' }], archivedVersions: [{ versionNo: 1 }], coupledQuote: { id: rev1 } });
    await gw.ok(PROCESS, { id: rev1 });
    expect(await gw.stores.erp.getRepository(SalesQuoteArchive).countBy({ quoteNo: no })).toBe(1);
    expect((await gw.stores.erp.getRepository(SalesQuote).findOneBy({ no }))!.crmQuoteId).toBe(rev1);
  });

  it('should complete the first processing of a quote whose run stopped before the ERP quote was written: one ERP quote', async () => {
    const id = (await gw.ok(`mutation($i: QuoteInput!) { createQuote(input: $i) { id quoteNumber } }`, { i: { name: 'Stalled quote', customerId: account, lines: [line('1')] } }))
      .createQuote;
    await gw.ok(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id: id.id });
    const writer = gw.services.erp.documentWriter;
    const createQuote = writer.createQuote;
    writer.createQuote = () => never();
    try {
      void gw.services.sync.documents.processQuote(id.id).catch(() => undefined);
      await until(() => coupling('SALESQUOTE_QUOTE', id.id));
    } finally {
      writer.createQuote = createQuote;
    }
    const pendingNo = (await coupling('SALESQUOTE_QUOTE', id.id))!.erpId;
    await age('SALESQUOTE_QUOTE', id.id);
    await gw.services.sync.documents.runAutomatic({ autoCreateSalesOrders: false, autoProcessQuotes: true });
    const quotes = await gw.stores.erp.getRepository(SalesQuote).findBy({ crmQuoteNumber: id.quoteNumber });
    expect(quotes.map((q) => q.no)).toEqual([pendingNo]);
    expect((await coupling('SALESQUOTE_QUOTE', id.id))!.pending).toBe(false);
    expect((await gw.ok(PROCESS, { id: id.id })).processQuote.no).toBe(pendingNo);
  });
});
