import { startTestGateway, TestGateway } from '../helpers/gateway';

/** Waits long enough for the next modifiedOn to differ (timestamps keep milliseconds). */
const tick = () => new Promise((r) => setTimeout(r, 5));

const LINE_FIELDS = 'lineNumber productId isWriteIn productDescription quantity unitId pricePerUnit manualDiscountAmount extendedAmount';

describe('CRM subgraph through the gateway', () => {
  let gw: TestGateway;
  // Ids of the master data created in the first tests and used by the later ones.
  let ownerId: string;
  let eurId: string;
  let pcsGroupId: string;
  let pcsUnitId: string;
  let priceListId: string;
  let deskId: string;
  let chairId: string;
  let accountId: string;

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());

  describe('master data', () => {
    it('should create a system user and a transaction currency', async () => {
      const u = await gw.ok(`mutation { createSystemUser(input: { fullName: "Annette Hill", email: "ah@example.com" }) { id fullName email isDisabled modifiedOn } }`);
      expect(u.createSystemUser).toMatchObject({ fullName: 'Annette Hill', email: 'ah@example.com', isDisabled: false });
      expect(u.createSystemUser.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(u.createSystemUser.modifiedOn).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      ownerId = u.createSystemUser.id;

      const c = await gw.ok(
        `mutation { createTransactionCurrency(input: { isoCurrencyCode: "EUR", currencyName: "Euro", exchangeRate: "0.923456" }) { id isoCurrencyCode currencyName exchangeRate } }`,
      );
      expect(c.createTransactionCurrency).toMatchObject({ isoCurrencyCode: 'EUR', currencyName: 'Euro', exchangeRate: '0.923456' });
      eurId = c.createTransactionCurrency.id;
      const usd = await gw.ok(`mutation { createTransactionCurrency(input: { isoCurrencyCode: "USD", currencyName: "US Dollar" }) { exchangeRate } }`);
      expect(usd.createTransactionCurrency.exchangeRate).toBe('1');

      const read = await gw.ok(
        `query($u: ID!, $c: ID!) { systemUser(id: $u) { fullName } transactionCurrency(id: $c) { isoCurrencyCode exchangeRate } transactionCurrencies { isoCurrencyCode } }`,
        { u: ownerId, c: eurId },
      );
      expect(read).toEqual({
        systemUser: { fullName: 'Annette Hill' },
        transactionCurrency: { isoCurrencyCode: 'EUR', exchangeRate: '0.923456' },
        transactionCurrencies: [{ isoCurrencyCode: 'EUR' }, { isoCurrencyCode: 'USD' }],
      });
    });

    it('should create a unit group together with its base unit', async () => {
      const g = await gw.ok(`mutation { createUnitGroup(input: { name: "Pieces", baseUnitName: "PCS" }) { id name baseUnitName units { id unitGroupId name quantity } } }`);
      expect(g.createUnitGroup).toMatchObject({ name: 'Pieces', baseUnitName: 'PCS' });
      expect(g.createUnitGroup.units).toHaveLength(1);
      expect(g.createUnitGroup.units[0]).toMatchObject({ name: 'PCS', quantity: '1', unitGroupId: g.createUnitGroup.id });
      pcsGroupId = g.createUnitGroup.id;
      pcsUnitId = g.createUnitGroup.units[0].id;
      const read = await gw.ok(`query($id: ID!) { unitGroup(id: $id) { units { name quantity } } unitGroups { name } }`, { id: pcsGroupId });
      expect(read).toEqual({ unitGroup: { units: [{ name: 'PCS', quantity: '1' }] }, unitGroups: [{ name: 'Pieces' }] });
    });

    it('should create products, a price list and a price list item', async () => {
      const desk = await gw.ok(
        `mutation($g: ID!) { createProduct(input: { productNumber: "1000", name: "Desk", unitGroupId: $g, price: "120", standardCost: "80.5" }) { id productNumber name productType unitGroupId defaultUnitId price standardCost quantityOnHand state description } }`,
        { g: pcsGroupId },
      );
      expect(desk.createProduct).toMatchObject({
        productNumber: '1000',
        name: 'Desk',
        productType: 'SALES_INVENTORY',
        unitGroupId: pcsGroupId,
        defaultUnitId: pcsUnitId,
        price: '120',
        standardCost: '80.5',
        quantityOnHand: null,
        state: 'ACTIVE',
        description: null,
      });
      deskId = desk.createProduct.id;
      const chair = await gw.ok(
        `mutation($g: ID!) { createProduct(input: { productNumber: "1001", name: "Chair", productType: SERVICES, unitGroupId: $g, price: "45.25" }) { id productType } }`,
        { g: pcsGroupId },
      );
      expect(chair.createProduct.productType).toBe('SERVICES');
      chairId = chair.createProduct.id;

      const list = await gw.ok(`mutation($c: ID!) { createPriceList(input: { name: "Retail", transactionCurrencyId: $c }) { id name transactionCurrencyId items { id } } }`, {
        c: eurId,
      });
      expect(list.createPriceList).toMatchObject({ name: 'Retail', transactionCurrencyId: eurId, items: [] });
      priceListId = list.createPriceList.id;
      const item = await gw.ok(
        `mutation($l: ID!, $p: ID!, $u: ID!) { createPriceListItem(input: { priceListId: $l, productId: $p, unitId: $u, amount: "99.95" }) { id priceListId productId unitId amount } }`,
        { l: priceListId, p: deskId, u: pcsUnitId },
      );
      expect(item.createPriceListItem).toMatchObject({ priceListId, productId: deskId, unitId: pcsUnitId, amount: '99.95' });
      const read = await gw.ok(`query($id: ID!) { priceList(id: $id) { items { productId amount } } priceLists { name } }`, { id: priceListId });
      expect(read).toEqual({ priceList: { items: [{ productId: deskId, amount: '99.95' }] }, priceLists: [{ name: 'Retail' }] });
    });

    it('should update a product, changing modifiedOn', async () => {
      const before = await gw.ok(`query($id: ID!) { product(id: $id) { modifiedOn } }`, { id: chairId });
      await tick();
      const after = await gw.ok(
        `mutation($id: ID!) { updateProduct(id: $id, input: { name: "Office chair", description: "Ergonomic", price: "49.5" }) { name description price standardCost modifiedOn } }`,
        { id: chairId },
      );
      expect(after.updateProduct).toMatchObject({ name: 'Office chair', description: 'Ergonomic', price: '49.5', standardCost: null });
      expect(new Date(after.updateProduct.modifiedOn).getTime()).toBeGreaterThan(new Date(before.product.modifiedOn).getTime());
      const cleared = await gw.ok(`mutation($id: ID!) { updateProduct(id: $id, input: { description: null }) { name description price } }`, { id: chairId });
      expect(cleared.updateProduct).toEqual({ name: 'Office chair', description: null, price: '49.5' });
    });
  });

  describe('accounts and contacts', () => {
    it('should create an account with its owner, currency and price list', async () => {
      const a = await gw.ok(
        `mutation($o: ID!, $c: ID!, $l: ID!) { createAccount(input: { name: "Adatum Corporation", accountNumber: "A-100", address1City: "Cambridge", emailAddress1: "info@adatum.example", ownerId: $o, transactionCurrencyId: $c, defaultPriceListId: $l, creditLimit: "1000.5" }) {
          id name accountNumber address1City emailAddress1 ownerId owner { id fullName } transactionCurrencyId defaultPriceListId creditLimit state modifiedOn contacts { id }
        } }`,
        { o: ownerId, c: eurId, l: priceListId },
      );
      expect(a.createAccount).toMatchObject({
        name: 'Adatum Corporation',
        accountNumber: 'A-100',
        address1City: 'Cambridge',
        emailAddress1: 'info@adatum.example',
        ownerId,
        owner: { id: ownerId, fullName: 'Annette Hill' },
        transactionCurrencyId: eurId,
        defaultPriceListId: priceListId,
        creditLimit: '1000.5',
        state: 'ACTIVE',
        contacts: [],
      });
      accountId = a.createAccount.id;
      const bare = await gw.ok(`mutation { createAccount(input: { name: "Trey Research" }) { owner { id } ownerId creditLimit state } }`);
      expect(bare.createAccount).toEqual({ owner: null, ownerId: null, creditLimit: null, state: 'ACTIVE' });
    });

    it('should update an account, changing modifiedOn, and clear a field with null', async () => {
      const before = await gw.ok(`query($id: ID!) { account(id: $id) { modifiedOn } }`, { id: accountId });
      await tick();
      const after = await gw.ok(
        `mutation($id: ID!) { updateAccount(id: $id, input: { address1City: "Redmond", telephone1: "555-0100", accountNumber: null }) { name address1City telephone1 accountNumber owner { fullName } modifiedOn } }`,
        { id: accountId },
      );
      expect(after.updateAccount).toMatchObject({
        name: 'Adatum Corporation',
        address1City: 'Redmond',
        telephone1: '555-0100',
        accountNumber: null,
        owner: { fullName: 'Annette Hill' },
      });
      expect(new Date(after.updateAccount.modifiedOn).getTime()).toBeGreaterThan(new Date(before.account.modifiedOn).getTime());
      const read = await gw.ok(`query($id: ID!) { account(id: $id) { address1City modifiedOn } }`, { id: accountId });
      expect(read.account).toEqual({ address1City: 'Redmond', modifiedOn: after.updateAccount.modifiedOn });
    });

    it('should create contacts and list them under their account', async () => {
      const c1 = await gw.ok(
        `mutation($a: ID!) { createCrmContact(input: { fullName: "Robert Townes", parentAccountId: $a, jobTitle: "Buyer", emailAddress1: "rt@adatum.example" }) { id fullName parentAccountId jobTitle emailAddress1 } }`,
        { a: accountId },
      );
      expect(c1.createCrmContact).toMatchObject({ fullName: 'Robert Townes', parentAccountId: accountId, jobTitle: 'Buyer' });
      await gw.ok(`mutation($a: ID!) { createCrmContact(input: { fullName: "Alicia Thomber", parentAccountId: $a }) { id } }`, { a: accountId });
      const loose = await gw.ok(`mutation { createCrmContact(input: { fullName: "Nobody's contact" }) { parentAccountId } }`);
      expect(loose.createCrmContact.parentAccountId).toBeNull();
      const read = await gw.ok(`query($a: ID!, $c: ID!) { account(id: $a) { contacts { fullName parentAccountId } } crmContact(id: $c) { fullName } }`, {
        a: accountId,
        c: c1.createCrmContact.id,
      });
      expect(read).toEqual({
        account: {
          contacts: [
            { fullName: 'Alicia Thomber', parentAccountId: accountId },
            { fullName: 'Robert Townes', parentAccountId: accountId },
          ],
        },
        crmContact: { fullName: 'Robert Townes' },
      });
    });

    it('should delete an account and detach its contacts', async () => {
      const a = await gw.ok(`mutation { createAccount(input: { name: "Short-lived Ltd" }) { id } }`);
      const id = a.createAccount.id;
      const c = await gw.ok(`mutation($a: ID!) { createCrmContact(input: { fullName: "Left Behind", parentAccountId: $a }) { id } }`, { a: id });
      expect(await gw.ok(`mutation($id: ID!) { deleteAccount(id: $id) }`, { id })).toEqual({ deleteAccount: true });
      const read = await gw.ok(`query($a: ID!, $c: ID!) { account(id: $a) { id } crmContact(id: $c) { parentAccountId } }`, { a: id, c: c.createCrmContact.id });
      expect(read).toEqual({ account: null, crmContact: { parentAccountId: null } });
      expect(await gw.code(`mutation($id: ID!) { deleteAccount(id: $id) }`, { id })).toBe('NOT_FOUND');
    });

    it('should answer null for an unknown or malformed account id', async () => {
      expect(await gw.ok(`{ account(id: "00000000-0000-4000-8000-000000000000") { id } product(id: "nope") { id } }`)).toEqual({ account: null, product: null });
    });
  });

  describe('lists', () => {
    const pageThrough = async (field: 'accounts' | 'products', key: string, search: string, first: number) => {
      const seen: string[] = [];
      const totals: number[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const page: any = await gw.ok(
          `query($after: String, $first: Int, $search: String) { ${field}(first: $first, after: $after, search: $search) { totalCount nodes { id ${key} } pageInfo { hasNextPage endCursor } } }`,
          { after, first, search },
        );
        const conn = page[field];
        totals.push(conn.totalCount);
        expect(conn.nodes.length).toBeLessThanOrEqual(first);
        seen.push(...conn.nodes.map((n: { id: string }) => n.id));
        if (!conn.pageInfo.hasNextPage) break;
        expect(conn.pageInfo.endCursor).toEqual(expect.any(String));
        after = conn.pageInfo.endCursor;
      }
      return { seen, totals };
    };

    it('should page accounts by name with stable cursors, no repeats, even with equal names', async () => {
      // Equal names are ordered by id, so the cursor must carry the id too.
      for (const name of ['Paging Zeta', 'paging alpha', 'Paging Beta', 'Paging Beta', 'Paging Beta', 'PAGING gamma', 'Paging Delta']) {
        await gw.ok(`mutation($n: String!) { createAccount(input: { name: $n }) { id } }`, { n: name });
      }
      const all = await gw.ok(`{ accounts(first: 500, search: "paging") { totalCount nodes { id name } } }`);
      expect(all.accounts.totalCount).toBe(7);
      for (const first of [1, 2, 3]) {
        const { seen, totals } = await pageThrough('accounts', 'name', 'PaGiNg', first);
        expect(totals.every((t) => t === 7)).toBe(true);
        expect(seen).toEqual(all.accounts.nodes.map((n: { id: string }) => n.id));
        expect(new Set(seen).size).toBe(7);
      }
    });

    it('should page products by product number and search name or number case-insensitively', async () => {
      for (let i = 0; i < 5; i++) await gw.ok(`mutation { createProduct(input: { productNumber: "LAMP-${i}", name: "Desk Lamp ${i}" }) { id } }`);
      const { seen, totals } = await pageThrough('products', 'productNumber', 'lamp', 2);
      expect(totals).toEqual([5, 5, 5]);
      expect(new Set(seen).size).toBe(5);
      const numbers = await gw.ok(`{ products(search: "LAMP") { nodes { productNumber } } }`);
      expect(numbers.products.nodes.map((n: { productNumber: string }) => n.productNumber)).toEqual(['LAMP-0', 'LAMP-1', 'LAMP-2', 'LAMP-3', 'LAMP-4']);
      const byName = await gw.ok(`{ products(search: "dEsK") { totalCount nodes { productNumber } } }`);
      expect(byName.products.nodes.map((n: { productNumber: string }) => n.productNumber)).toEqual(['1000', 'LAMP-0', 'LAMP-1', 'LAMP-2', 'LAMP-3', 'LAMP-4']);
      const byNumber = await gw.ok(`{ products(search: "100") { nodes { name } } }`);
      expect(byNumber.products.nodes.map((n: { name: string }) => n.name)).toEqual(['Desk', 'Office chair']);
      expect(await gw.ok(`{ products(search: "100%") { totalCount } accounts(search: "_") { totalCount } }`)).toEqual({ products: { totalCount: 0 }, accounts: { totalCount: 0 } });
      const accountByNumber = await gw.ok(`{ accounts(search: "redmond") { totalCount } }`);
      expect(accountByNumber.accounts.totalCount).toBe(0);
    });

    it('should filter accounts and products by modifiedSince (exclusive)', async () => {
      const since = (await gw.ok(`query($id: ID!) { account(id: $id) { modifiedOn } }`, { id: accountId })).account.modifiedOn;
      await tick();
      const newer = await gw.ok(`query($s: DateTimeISO) { accounts(first: 500, modifiedSince: $s) { nodes { id modifiedOn } } }`, { s: since });
      expect(newer.accounts.nodes.map((n: { id: string }) => n.id)).not.toContain(accountId);
      for (const n of newer.accounts.nodes) expect(new Date(n.modifiedOn).getTime()).toBeGreaterThan(new Date(since).getTime());
      const touched = await gw.ok(`mutation($id: ID!) { updateAccount(id: $id, input: { websiteUrl: "https://adatum.example" }) { modifiedOn } }`, { id: accountId });
      const again = await gw.ok(`query($s: DateTimeISO) { accounts(first: 500, modifiedSince: $s) { nodes { id } } }`, { s: since });
      expect(again.accounts.nodes.map((n: { id: string }) => n.id)).toContain(accountId);
      const none = await gw.ok(`query($s: DateTimeISO) { accounts(modifiedSince: $s) { totalCount } }`, { s: touched.updateAccount.modifiedOn });
      expect(none.accounts.totalCount).toBe(0);

      const lamp = await gw.ok(`{ products(search: "LAMP-4") { nodes { modifiedOn } } }`);
      const after = lamp.products.nodes[0].modifiedOn;
      const products = await gw.ok(`query($s: DateTimeISO) { products(modifiedSince: $s) { nodes { productNumber } } }`, { s: after });
      expect(products.products.nodes).toEqual([]);
      const all = await gw.ok(`{ products(modifiedSince: "2000-01-01T00:00:00.000Z") { totalCount } }`);
      expect(all.products.totalCount).toBe(7);
    });
  });

  describe('orders', () => {
    const writeIn = 'W'.repeat(125) + 'x'.repeat(125);
    let orderId: string;

    it('should create an order priced from the price list, the product, explicit prices and discounts, with a long write-in line', async () => {
      const r = await gw.ok(
        `mutation($input: OrderInput!) { createOrder(input: $input) {
          id orderNumber name customerId customer { name } priceListId transactionCurrencyId requestDeliveryBy dateFulfilled lastBackofficeSubmit quoteId state totalAmount timeline { id }
          lines { ${LINE_FIELDS} }
        } }`,
        {
          input: {
            name: 'Office refit',
            customerId: accountId,
            priceListId,
            requestDeliveryBy: '2026-12-24',
            lines: [
              { productId: deskId, quantity: '3' }, // 3 × 99.95 (price list item) = 299.85
              { productId: chairId, quantity: '2' }, // 2 × 49.5 (product price, no price list item) = 99
              { productId: deskId, quantity: '1.5', pricePerUnit: '100.10' }, // 1.5 × 100.1 = 150.15
              { productId: chairId, quantity: '4', manualDiscountAmount: '18.25' }, // 4 × 49.5 − 18.25 = 179.75
              { productDescription: writeIn, quantity: '2', pricePerUnit: '12.345', manualDiscountAmount: '0.69' }, // 24.69 − 0.69 = 24
            ],
          },
        },
      );
      const o = r.createOrder;
      orderId = o.id;
      expect(o).toMatchObject({
        orderNumber: 'ORD-00001',
        name: 'Office refit',
        customerId: accountId,
        customer: { name: 'Adatum Corporation' },
        priceListId,
        transactionCurrencyId: eurId,
        requestDeliveryBy: '2026-12-24',
        dateFulfilled: null,
        lastBackofficeSubmit: null,
        quoteId: null,
        state: 'ACTIVE',
        totalAmount: '752.75',
        timeline: [],
      });
      expect(o.lines).toEqual([
        {
          lineNumber: 1,
          productId: deskId,
          isWriteIn: false,
          productDescription: null,
          quantity: '3',
          unitId: pcsUnitId,
          pricePerUnit: '99.95',
          manualDiscountAmount: '0',
          extendedAmount: '299.85',
        },
        {
          lineNumber: 2,
          productId: chairId,
          isWriteIn: false,
          productDescription: null,
          quantity: '2',
          unitId: pcsUnitId,
          pricePerUnit: '49.5',
          manualDiscountAmount: '0',
          extendedAmount: '99',
        },
        {
          lineNumber: 3,
          productId: deskId,
          isWriteIn: false,
          productDescription: null,
          quantity: '1.5',
          unitId: pcsUnitId,
          pricePerUnit: '100.1',
          manualDiscountAmount: '0',
          extendedAmount: '150.15',
        },
        {
          lineNumber: 4,
          productId: chairId,
          isWriteIn: false,
          productDescription: null,
          quantity: '4',
          unitId: pcsUnitId,
          pricePerUnit: '49.5',
          manualDiscountAmount: '18.25',
          extendedAmount: '179.75',
        },
        {
          lineNumber: 5,
          productId: null,
          isWriteIn: true,
          productDescription: writeIn,
          quantity: '2',
          unitId: null,
          pricePerUnit: '12.345',
          manualDiscountAmount: '0.69',
          extendedAmount: '24',
        },
      ]);
      // What was stored reads back the same.
      const read = await gw.ok(`query($id: ID!) { order(id: $id) { orderNumber totalAmount timeline { id } lines { ${LINE_FIELDS} } } }`, { id: orderId });
      expect(read.order).toEqual({ orderNumber: 'ORD-00001', totalAmount: '752.75', timeline: [], lines: o.lines });
      expect(read.order.lines[4].productDescription).toHaveLength(250);
    });

    it('should price from the account default price list and number orders in sequence', async () => {
      const r = await gw.ok(
        `mutation($a: ID!, $p: ID!) { createOrder(input: { name: "Second", customerId: $a, lines: [{ productId: $p, quantity: "1" }] }) { orderNumber totalAmount lines { pricePerUnit } } }`,
        { a: accountId, p: deskId },
      );
      expect(r.createOrder).toEqual({ orderNumber: 'ORD-00002', totalAmount: '99.95', lines: [{ pricePerUnit: '99.95' }] });
      const empty = await gw.ok(`mutation($a: ID!) { createOrder(input: { name: "Empty", customerId: $a }) { orderNumber totalAmount lines { id } } }`, { a: accountId });
      expect(empty.createOrder).toEqual({ orderNumber: 'ORD-00003', totalAmount: '0', lines: [] });
    });

    it('should submit an ACTIVE order once and refuse to submit it again', async () => {
      const s = await gw.ok(`mutation($id: ID!) { submitOrder(id: $id) { id state orderNumber } }`, { id: orderId });
      expect(s.submitOrder).toEqual({ id: orderId, state: 'SUBMITTED', orderNumber: 'ORD-00001' });
      const again = await gw.gql(`mutation($id: ID!) { submitOrder(id: $id) { state } }`, { id: orderId });
      expect(again.errors?.[0].extensions?.code).toBe('INVALID_STATE');
      expect(again.errors?.[0].message).toMatch(/ORD-00001 is SUBMITTED/);
      expect((await gw.ok(`query($id: ID!) { order(id: $id) { state } }`, { id: orderId })).order.state).toBe('SUBMITTED');
    });

    it('should refuse to submit an order without lines', async () => {
      const empty = await gw.ok(`{ orders(first: 500) { nodes { id orderNumber } } }`);
      const id = empty.orders.nodes.find((n: { orderNumber: string }) => n.orderNumber === 'ORD-00003').id;
      expect(await gw.code(`mutation($id: ID!) { submitOrder(id: $id) { state } }`, { id })).toBe('INVALID_STATE');
    });

    it('should cancel an order, and refuse to cancel it twice', async () => {
      const o = await gw.ok(
        `mutation($a: ID!, $p: ID!) { createOrder(input: { name: "To cancel", customerId: $a, lines: [{ productId: $p, quantity: "1" }] }) { id orderNumber } }`,
        { a: accountId, p: chairId },
      );
      expect(o.createOrder.orderNumber).toBe('ORD-00004');
      const c = await gw.ok(`mutation($id: ID!) { cancelOrder(id: $id) { state } }`, { id: o.createOrder.id });
      expect(c.cancelOrder.state).toBe('CANCELED');
      expect(await gw.code(`mutation($id: ID!) { cancelOrder(id: $id) { state } }`, { id: o.createOrder.id })).toBe('INVALID_STATE');
      expect(await gw.code(`mutation($id: ID!) { submitOrder(id: $id) { state } }`, { id: o.createOrder.id })).toBe('INVALID_STATE');
    });

    it('should filter orders by state and page them by order number', async () => {
      const submitted = await gw.ok(`{ orders(state: SUBMITTED) { totalCount nodes { orderNumber state } } }`);
      expect(submitted.orders).toEqual({ totalCount: 1, nodes: [{ orderNumber: 'ORD-00001', state: 'SUBMITTED' }] });
      const active = await gw.ok(`{ orders(state: ACTIVE) { nodes { orderNumber } } }`);
      expect(active.orders.nodes).toEqual([{ orderNumber: 'ORD-00002' }, { orderNumber: 'ORD-00003' }]);
      const canceled = await gw.ok(`{ orders(state: CANCELED) { nodes { orderNumber } } }`);
      expect(canceled.orders.nodes).toEqual([{ orderNumber: 'ORD-00004' }]);
      const p1 = await gw.ok(`{ orders(first: 3) { totalCount nodes { orderNumber } pageInfo { hasNextPage endCursor } } }`);
      expect(p1.orders.totalCount).toBe(4);
      expect(p1.orders.nodes.map((n: { orderNumber: string }) => n.orderNumber)).toEqual(['ORD-00001', 'ORD-00002', 'ORD-00003']);
      expect(p1.orders.pageInfo.hasNextPage).toBe(true);
      const p2 = await gw.ok(`query($a: String) { orders(first: 3, after: $a) { nodes { orderNumber } pageInfo { hasNextPage } } }`, { a: p1.orders.pageInfo.endCursor });
      expect(p2.orders).toEqual({ nodes: [{ orderNumber: 'ORD-00004' }], pageInfo: { hasNextPage: false } });
    });

    it('should refuse to delete an account that has orders', async () => {
      expect(await gw.code(`mutation($id: ID!) { deleteAccount(id: $id) }`, { id: accountId })).toBe('CONFLICT');
      expect((await gw.ok(`query($id: ID!) { account(id: $id) { id } }`, { id: accountId })).account.id).toBe(accountId);
    });
  });

  describe('quotes', () => {
    let quoteId: string;
    let revisionId: string;
    let draftId: string;

    it('should create a DRAFT quote, revision 0', async () => {
      const q = await gw.ok(
        `mutation($a: ID!, $p: ID!, $l: ID!) { createQuote(input: { name: "Refit offer", customerId: $a, priceListId: $l, effectiveFrom: "2026-01-01", effectiveTo: "2026-03-31", lines: [{ productId: $p, quantity: "2" }] }) {
          id quoteNumber revisionNumber name customerId customer { name } effectiveFrom effectiveTo state totalAmount lines { ${LINE_FIELDS} }
        } }`,
        { a: accountId, p: deskId, l: priceListId },
      );
      expect(q.createQuote).toMatchObject({
        quoteNumber: 'QUO-00001',
        revisionNumber: 0,
        name: 'Refit offer',
        customerId: accountId,
        customer: { name: 'Adatum Corporation' },
        effectiveFrom: '2026-01-01',
        effectiveTo: '2026-03-31',
        state: 'DRAFT',
        totalAmount: '199.9',
      });
      expect(q.createQuote.lines).toEqual([
        {
          lineNumber: 1,
          productId: deskId,
          isWriteIn: false,
          productDescription: null,
          quantity: '2',
          unitId: pcsUnitId,
          pricePerUnit: '99.95',
          manualDiscountAmount: '0',
          extendedAmount: '199.9',
        },
      ]);
      quoteId = q.createQuote.id;
    });

    it('should replace the lines of a DRAFT quote', async () => {
      const u = await gw.ok(
        `mutation($id: ID!, $p: ID!) { updateQuote(id: $id, input: { name: "Refit offer v2", effectiveTo: "2026-04-30", lines: [
          { productId: $p, quantity: "3", manualDiscountAmount: "8.5" },
          { productDescription: "Installation", quantity: "1", pricePerUnit: "250" }
        ] }) { id name effectiveFrom effectiveTo state totalAmount lines { ${LINE_FIELDS} } } }`,
        { id: quoteId, p: chairId },
      );
      expect(u.updateQuote).toMatchObject({ id: quoteId, name: 'Refit offer v2', effectiveFrom: '2026-01-01', effectiveTo: '2026-04-30', state: 'DRAFT', totalAmount: '390' });
      expect(u.updateQuote.lines).toEqual([
        {
          lineNumber: 1,
          productId: chairId,
          isWriteIn: false,
          productDescription: null,
          quantity: '3',
          unitId: pcsUnitId,
          pricePerUnit: '49.5',
          manualDiscountAmount: '8.5',
          extendedAmount: '140',
        },
        {
          lineNumber: 2,
          productId: null,
          isWriteIn: true,
          productDescription: 'Installation',
          quantity: '1',
          unitId: null,
          pricePerUnit: '250',
          manualDiscountAmount: '0',
          extendedAmount: '250',
        },
      ]);
      const read = await gw.ok(`query($id: ID!) { quote(id: $id) { totalAmount lines { ${LINE_FIELDS} } } }`, { id: quoteId });
      expect(read.quote).toEqual({ totalAmount: '390', lines: u.updateQuote.lines });
    });

    it('should refuse to win a DRAFT quote', async () => {
      expect(await gw.code(`mutation($id: ID!) { winQuote(id: $id) { id } }`, { id: quoteId })).toBe('INVALID_STATE');
      expect(await gw.code(`mutation($id: ID!) { reviseQuote(id: $id) { id } }`, { id: quoteId })).toBe('INVALID_STATE');
    });

    it('should activate a quote and then refuse to change it', async () => {
      const a = await gw.ok(`mutation($id: ID!) { activateQuote(id: $id) { state revisionNumber } }`, { id: quoteId });
      expect(a.activateQuote).toEqual({ state: 'ACTIVE', revisionNumber: 0 });
      const r = await gw.gql(`mutation($id: ID!) { updateQuote(id: $id, input: { name: "Too late" }) { name } }`, { id: quoteId });
      expect(r.errors?.[0].extensions?.code).toBe('INVALID_STATE');
      expect((await gw.ok(`query($id: ID!) { quote(id: $id) { name } }`, { id: quoteId })).quote.name).toBe('Refit offer v2');
      expect(await gw.code(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id: quoteId })).toBe('INVALID_STATE');
    });

    it('should revise an ACTIVE quote: the old one CLOSED, a new DRAFT revision 1 with the same number and copied lines', async () => {
      const r = await gw.ok(
        `mutation($id: ID!) { reviseQuote(id: $id) { id quoteNumber revisionNumber name customerId effectiveFrom effectiveTo state totalAmount lines { id ${LINE_FIELDS} } } }`,
        { id: quoteId },
      );
      const rev = r.reviseQuote;
      revisionId = rev.id;
      expect(rev.id).not.toBe(quoteId);
      expect(rev).toMatchObject({
        quoteNumber: 'QUO-00001',
        revisionNumber: 1,
        name: 'Refit offer v2',
        customerId: accountId,
        effectiveFrom: '2026-01-01',
        effectiveTo: '2026-04-30',
        state: 'DRAFT',
        totalAmount: '390',
      });
      const old = await gw.ok(`query($id: ID!) { quote(id: $id) { state revisionNumber lines { id ${LINE_FIELDS} } } }`, { id: quoteId });
      expect(old.quote.state).toBe('CLOSED');
      const strip = (lines: Array<Record<string, unknown>>) => lines.map(({ id: _id, ...rest }) => rest);
      expect(strip(rev.lines)).toEqual(strip(old.quote.lines));
      // Copies, not the same rows.
      const oldIds = new Set(old.quote.lines.map((l: { id: string }) => l.id));
      expect(rev.lines.some((l: { id: string }) => oldIds.has(l.id))).toBe(false);
    });

    it('should win an activated revision, returning an ACTIVE order with its lines', async () => {
      await gw.ok(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id: revisionId });
      const w = await gw.ok(
        `mutation($id: ID!) { winQuote(id: $id) { id orderNumber name quoteId customerId state totalAmount priceListId transactionCurrencyId lines { ${LINE_FIELDS} } } }`,
        { id: revisionId },
      );
      const quote = await gw.ok(`query($id: ID!) { quote(id: $id) { state lines { ${LINE_FIELDS} } } }`, { id: revisionId });
      expect(w.winQuote).toMatchObject({
        orderNumber: 'ORD-00005',
        name: 'Refit offer v2',
        quoteId: revisionId,
        customerId: accountId,
        state: 'ACTIVE',
        totalAmount: '390',
        priceListId,
        transactionCurrencyId: eurId,
      });
      expect(w.winQuote.lines).toEqual(quote.quote.lines);
      expect(quote.quote.state).toBe('WON');
      const read = await gw.ok(`query($id: ID!) { order(id: $id) { quoteId lines { ${LINE_FIELDS} } } }`, { id: w.winQuote.id });
      expect(read.order).toEqual({ quoteId: revisionId, lines: quote.quote.lines });
      expect(await gw.code(`mutation($id: ID!) { winQuote(id: $id) { id } }`, { id: revisionId })).toBe('INVALID_STATE');
    });

    it('should filter quotes by state and list revisions in order', async () => {
      const d = await gw.ok(`mutation($a: ID!) { createQuote(input: { name: "Another", customerId: $a }) { id quoteNumber revisionNumber state totalAmount } }`, { a: accountId });
      expect(d.createQuote).toMatchObject({ quoteNumber: 'QUO-00002', revisionNumber: 0, state: 'DRAFT', totalAmount: '0' });
      draftId = d.createQuote.id;
      // A quote without lines cannot be activated.
      expect(await gw.code(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id: draftId })).toBe('INVALID_STATE');
      const all = await gw.ok(`{ quotes { totalCount nodes { quoteNumber revisionNumber state } } }`);
      expect(all.quotes).toEqual({
        totalCount: 3,
        nodes: [
          { quoteNumber: 'QUO-00001', revisionNumber: 0, state: 'CLOSED' },
          { quoteNumber: 'QUO-00001', revisionNumber: 1, state: 'WON' },
          { quoteNumber: 'QUO-00002', revisionNumber: 0, state: 'DRAFT' },
        ],
      });
      for (const [state, expected] of [
        ['DRAFT', [draftId]],
        ['CLOSED', [quoteId]],
        ['WON', [revisionId]],
        ['ACTIVE', []],
      ] as const) {
        const r = await gw.ok(`query($s: QuoteState) { quotes(state: $s) { totalCount nodes { id } } }`, { s: state });
        expect(r.quotes).toEqual({ totalCount: expected.length, nodes: expected.map((id) => ({ id })) });
      }
      const p1 = await gw.ok(`{ quotes(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }`);
      const p2 = await gw.ok(`query($a: String) { quotes(first: 2, after: $a) { nodes { id } pageInfo { hasNextPage } } }`, { a: p1.quotes.pageInfo.endCursor });
      expect([...p1.quotes.nodes, ...p2.quotes.nodes]).toEqual([{ id: quoteId }, { id: revisionId }, { id: draftId }]);
      expect(p2.quotes.pageInfo.hasNextPage).toBe(false);
    });

    it('should list the won order among the ACTIVE orders', async () => {
      const active = await gw.ok(`{ orders(state: ACTIVE) { nodes { orderNumber quoteId timeline { id } } } }`);
      expect(active.orders.nodes).toEqual([
        { orderNumber: 'ORD-00002', quoteId: null, timeline: [] },
        { orderNumber: 'ORD-00003', quoteId: null, timeline: [] },
        { orderNumber: 'ORD-00005', quoteId: revisionId, timeline: [] },
      ]);
    });
  });
});
