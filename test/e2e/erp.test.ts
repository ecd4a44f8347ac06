import { startTestGateway, TestGateway } from '../helpers/gateway';

describe('ERP subgraph through the gateway', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());

  it('should create master data and a customer numbered from the series C00010, C00020', async () => {
    await gw.ok(`mutation {
      createSalesperson(input: { code: "SP01", name: "Annette Hill", email: "ah@example.com" }) { code }
      createCurrency(input: { code: "EUR", description: "Euro", exchangeRate: "0.923456" }) { code exchangeRate }
      createUnitOfMeasure(input: { code: "PCS", description: "Piece" }) { code }
      createCustomerPriceGroup(input: { code: "RETAIL", description: "Retail" }) { code }
    }`);
    const a = await gw.ok(
      `mutation { createCustomer(input: { name: "Adatum", salespersonCode: "SP01", currencyCode: "EUR", creditLimit: "1000.5" }) { no name salesperson { name } creditLimit blocked modifiedAt } }`,
    );
    const b = await gw.ok(`mutation { createCustomer(input: { name: "Trey" }) { no creditLimit } }`);
    expect(a.createCustomer).toMatchObject({ no: 'C00010', salesperson: { name: 'Annette Hill' }, creditLimit: '1000.5', blocked: false });
    expect(a.createCustomer.modifiedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(b.createCustomer).toEqual({ no: 'C00020', creditLimit: '0' });
    const cur = await gw.ok(`{ currency(code: "EUR") { exchangeRate } }`);
    expect(cur.currency.exchangeRate).toBe('0.923456');
  });

  it('should update a customer, changing modifiedAt, and delete one', async () => {
    const before = await gw.ok(`{ customer(no: "C00010") { modifiedAt } }`);
    await new Promise((r) => setTimeout(r, 5));
    const after = await gw.ok(`mutation { updateCustomer(no: "C00010", input: { city: "Cambridge", salespersonCode: "" }) { city salespersonCode modifiedAt } }`);
    expect(after.updateCustomer).toMatchObject({ city: 'Cambridge', salespersonCode: null });
    expect(new Date(after.updateCustomer.modifiedAt).getTime()).toBeGreaterThan(new Date(before.customer.modifiedAt).getTime());
    expect(await gw.ok(`mutation { deleteCustomer(no: "C00020") }`)).toEqual({ deleteCustomer: true });
    expect(await gw.ok(`{ customer(no: "C00020") { no } }`)).toEqual({ customer: null });
  });

  it('should keep decimals exact: 0.1 + 0.1 + 0.1 = 0.3 in inventory', async () => {
    await gw.ok(`mutation { createItem(input: { no: "1000", description: "Desk", baseUnitOfMeasureCode: "PCS", unitPrice: "99999999999.9999" }) { no } }`);
    for (let i = 0; i < 3; i++) await gw.ok(`mutation { adjustItemInventory(no: "1000", delta: "0.1") { inventory } }`);
    const item = await gw.ok(`{ item(no: "1000") { inventory unitPrice unitCost type } }`);
    expect(item.item).toEqual({ inventory: '0.3', unitPrice: '99999999999.9999', unitCost: '0', type: 'INVENTORY' });
    expect(await gw.code(`mutation { adjustItemInventory(no: "1000", delta: "-0.4") { inventory } }`)).toBe('BAD_USER_INPUT');
  });

  it('should create resources, contacts, sales prices and the sales setup', async () => {
    await gw.ok(`mutation { createUnitOfMeasure(input: { code: "HOUR", description: "Hour" }) { code } }`);
    const r = await gw.ok(`mutation { createResource(input: { name: "Linda Martin", baseUnitOfMeasureCode: "HOUR", unitPrice: "95" }) { no name unitPrice } }`);
    expect(r.createResource).toEqual({ no: 'R00010', name: 'Linda Martin', unitPrice: '95' });
    const c = await gw.ok(`mutation { createContact(input: { name: "Robert Townes", customerNo: "C00010" }) { no customerNo } }`);
    expect(c.createContact).toEqual({ no: 'CT00010', customerNo: 'C00010' });
    const nested = await gw.ok(`{ customer(no: "C00010") { contacts { name } } }`);
    expect(nested.customer.contacts).toEqual([{ name: 'Robert Townes' }]);
    const p = await gw.ok(
      `mutation { createSalesPrice(input: { customerPriceGroupCode: "RETAIL", itemNo: "1000", unitOfMeasureCode: "PCS", unitPrice: "89.95" }) { id unitPrice minimumQuantity } }`,
    );
    expect(p.createSalesPrice).toMatchObject({ unitPrice: '89.95', minimumQuantity: '0' });
    const g = await gw.ok(`{ customerPriceGroup(code: "RETAIL") { prices { itemNo unitPrice } } }`);
    expect(g.customerPriceGroup.prices).toEqual([{ itemNo: '1000', unitPrice: '89.95' }]);
    const s = await gw.ok(`mutation { updateSalesSetup(input: { writeInProductType: RESOURCE, writeInProductNo: "R00010" }) { writeInProductType writeInProductNo } }`);
    expect(s.updateSalesSetup).toEqual({ writeInProductType: 'RESOURCE', writeInProductNo: 'R00010' });
    expect((await gw.ok(`{ salesSetup { writeInProductNo } }`)).salesSetup.writeInProductNo).toBe('R00010');
  });

  it('should page customers with stable cursors, search case-insensitively and filter by modifiedSince', async () => {
    for (let i = 0; i < 7; i++) await gw.ok(`mutation { createCustomer(input: { name: "Page Co ${i}" }) { no } }`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await gw.ok(
        `query($after: String) { customers(first: 3, after: $after, search: "page co") { totalCount nodes { no } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(page.customers.totalCount).toBe(7);
      seen.push(...page.customers.nodes.map((n: { no: string }) => n.no));
      if (!page.customers.pageInfo.hasNextPage) break;
      after = page.customers.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect([...seen].sort()).toEqual(seen);
    const since = (await gw.ok(`{ customer(no: "${seen[3]}") { modifiedAt } }`)).customer.modifiedAt;
    const newer = await gw.ok(`query($s: DateTimeISO) { customers(modifiedSince: $s, search: "PAGE") { nodes { no } } }`, { s: since });
    expect(newer.customers.nodes.map((n: { no: string }) => n.no)).toEqual(seen.slice(4));
    expect((await gw.ok(`{ customers(search: "100%") { totalCount } }`)).customers.totalCount).toBe(0);
  });

  it('should answer empty sales document lists and null for unknown documents', async () => {
    expect(await gw.ok(`{ salesOrders { totalCount nodes { no } } salesQuotes { totalCount } salesOrder(no: "X") { no } }`)).toEqual({
      salesOrders: { totalCount: 0, nodes: [] },
      salesQuotes: { totalCount: 0 },
      salesOrder: null,
    });
  });
});
