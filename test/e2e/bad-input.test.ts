import { startTestGateway, TestGateway } from '../helpers/gateway';
import { snapshotStores } from '../helpers/snapshot';

/** A well-formed UUID that no record has. */
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Ids of the records seeded in beforeAll (filled in there; the cases read them lazily). */
const ids: Record<string, string> = {};

/** A refused request: label, expected `extensions.code`, operation, and its variables (built when the case runs). */
type Case = [label: string, code: string, query: string, variables?: () => Record<string, unknown>];

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** A good order line (the seeded catalogue product, priced from the product). */
const goodLine = () => ({ productId: ids.product, quantity: '2' });

describe('Bad input through the gateway', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway();
    // ERP master data the cases refer to.
    await gw.ok(`mutation {
      createSalesperson(input: { code: "SP01", name: "Annette Hill" }) { code }
      createCurrency(input: { code: "EUR", description: "Euro" }) { code }
      createUnitOfMeasure(input: { code: "PCS", description: "Piece" }) { code }
      createCustomerPriceGroup(input: { code: "RETAIL", description: "Retail" }) { code }
    }`);
    await gw.ok(`mutation { createCustomer(input: { no: "C00010", name: "Adatum", salespersonCode: "SP01" }) { no } }`);
    await gw.ok(`mutation { createItem(input: { no: "1000", description: "Desk", baseUnitOfMeasureCode: "PCS", unitPrice: "10" }) { no } }`);
    await gw.ok(`mutation { adjustItemInventory(no: "1000", delta: "5") { inventory } }`);

    // CRM master data.
    ids.user = (await gw.ok(`mutation { createSystemUser(input: { fullName: "Annette Hill" }) { id } }`)).createSystemUser.id;
    ids.currency = (await gw.ok(`mutation { createTransactionCurrency(input: { isoCurrencyCode: "EUR", currencyName: "Euro" }) { id } }`)).createTransactionCurrency.id;
    const pcs = await gw.ok(`mutation { createUnitGroup(input: { name: "Pieces", baseUnitName: "PCS" }) { id units { id } } }`);
    ids.group = pcs.createUnitGroup.id;
    ids.unit = pcs.createUnitGroup.units[0].id;
    const hours = await gw.ok(`mutation { createUnitGroup(input: { name: "Hours", baseUnitName: "HOUR" }) { id units { id } } }`);
    ids.otherUnit = hours.createUnitGroup.units[0].id;
    ids.priceList = (await gw.ok(`mutation { createPriceList(input: { name: "Retail" }) { id } }`)).createPriceList.id;
    ids.product = (
      await gw.ok(`mutation($g: ID!) { createProduct(input: { productNumber: "P-1000", name: "Desk", unitGroupId: $g, price: "100" }) { id } }`, { g: ids.group })
    ).createProduct.id;
    ids.retired = (
      await gw.ok(`mutation($g: ID!) { createProduct(input: { productNumber: "P-2000", name: "Old desk", unitGroupId: $g, price: "50" }) { id } }`, { g: ids.group })
    ).createProduct.id;
    await gw.ok(`mutation($id: ID!) { updateProduct(id: $id, input: { state: RETIRED }) { state } }`, { id: ids.retired });
    await gw.ok(`mutation($l: ID!, $p: ID!, $u: ID!) { createPriceListItem(input: { priceListId: $l, productId: $p, unitId: $u, amount: "90" }) { id } }`, {
      l: ids.priceList,
      p: ids.product,
      u: ids.unit,
    });
    ids.account = (await gw.ok(`mutation($o: ID!) { createAccount(input: { name: "Adatum", ownerId: $o }) { id } }`, { o: ids.user })).createAccount.id;
    ids.inactive = (await gw.ok(`mutation { createAccount(input: { name: "Dormant" }) { id } }`)).createAccount.id;
    await gw.ok(`mutation($id: ID!) { updateAccount(id: $id, input: { state: INACTIVE }) { state } }`, { id: ids.inactive });

    // CRM documents in every state the cases need.
    const order = async (lines: unknown[]) =>
      (await gw.ok(`mutation($a: ID!, $l: [DocumentLineInput!]) { createOrder(input: { name: "Seed", customerId: $a, lines: $l }) { id } }`, { a: ids.account, l: lines }))
        .createOrder.id;
    ids.order = await order([goodLine()]);
    ids.submitted = await order([goodLine()]);
    await gw.ok(`mutation($id: ID!) { submitOrder(id: $id) { state } }`, { id: ids.submitted });
    ids.canceled = await order([goodLine()]);
    await gw.ok(`mutation($id: ID!) { cancelOrder(id: $id) { state } }`, { id: ids.canceled });
    ids.emptyOrder = await order([]);
    const quote = async () =>
      (await gw.ok(`mutation($a: ID!, $l: [DocumentLineInput!]) { createQuote(input: { name: "Seed", customerId: $a, lines: $l }) { id } }`, { a: ids.account, l: [goodLine()] }))
        .createQuote.id;
    ids.draftQuote = await quote();
    ids.activeQuote = await quote();
    await gw.ok(`mutation($id: ID!) { activateQuote(id: $id) { state } }`, { id: ids.activeQuote });
  });
  afterAll(() => gw.stop());

  /** Sends a bad request and checks: the code, a clean readable error, and not one row changed in any store. */
  async function expectRefused(code: string, query: string, variables?: Record<string, unknown>) {
    const before = await snapshotStores(gw.stores);
    const r = await gw.gql(query, variables);
    expect(r.errors?.length).toBeGreaterThan(0);
    const error = r.errors![0];
    expect({ code: error.extensions?.code, message: error.message }).toEqual({ code, message: expect.any(String) });
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(error.extensions).not.toHaveProperty('exception');
    expectReadable(error.message);
    expect(JSON.parse(await snapshotStores(gw.stores))).toEqual(JSON.parse(before));
  }

  /** A message a person can read: some words, no stack frames, no driver or JavaScript internals. */
  function expectReadable(message: string) {
    expect(message.trim().length).toBeGreaterThan(10);
    expect(message.trim().split(/\s+/).length).toBeGreaterThanOrEqual(3);
    expect(message).not.toMatch(/"undefined"|\n\s*at |\[object Object\]|Internal server error|QueryFailedError|SQLITE_|ER_[A-Z_]{3,}|TypeError|Cannot read prop|is not a function/);
  }

  // A rest parameter: jest.each would take a trailing optional parameter for a `done` callback.
  const run = (...[, code, query, variables]: Case) => expectRefused(code, query, variables?.());

  describe('blank and oversized strings', () => {
    const BLANK: Case[] = [
      ['an ERP salesperson with an empty code', 'BAD_USER_INPUT', `mutation { createSalesperson(input: { code: "", name: "Nobody" }) { code } }`],
      ['an ERP salesperson with a blank name', 'BAD_USER_INPUT', `mutation { createSalesperson(input: { code: "SP09", name: "   " }) { code } }`],
      ['an ERP customer with an empty name', 'BAD_USER_INPUT', `mutation { createCustomer(input: { name: "" }) { no } }`],
      ['an ERP customer with a blank name', 'BAD_USER_INPUT', `mutation { createCustomer(input: { name: "   " }) { no } }`],
      ['an ERP customer update to a blank name', 'BAD_USER_INPUT', `mutation { updateCustomer(no: "C00010", input: { name: "   " }) { no } }`],
      ['an ERP item with a blank description', 'BAD_USER_INPUT', `mutation { createItem(input: { description: "   ", baseUnitOfMeasureCode: "PCS" }) { no } }`],
      ['an ERP item with an empty unit of measure', 'BAD_USER_INPUT', `mutation { createItem(input: { description: "Lamp", baseUnitOfMeasureCode: "" }) { no } }`],
      ['a CRM system user with an empty name', 'BAD_USER_INPUT', `mutation { createSystemUser(input: { fullName: "" }) { id } }`],
      ['a CRM currency with a blank ISO code', 'BAD_USER_INPUT', `mutation { createTransactionCurrency(input: { isoCurrencyCode: "   ", currencyName: "Blank" }) { id } }`],
      ['a CRM unit group with an empty name', 'BAD_USER_INPUT', `mutation { createUnitGroup(input: { name: "", baseUnitName: "BOX" }) { id } }`],
      ['a CRM unit group with a blank base unit', 'BAD_USER_INPUT', `mutation { createUnitGroup(input: { name: "Boxes", baseUnitName: "  " }) { id } }`],
      ['a CRM price list with a blank name', 'BAD_USER_INPUT', `mutation { createPriceList(input: { name: " " }) { id } }`],
      ['a CRM account with an empty name', 'BAD_USER_INPUT', `mutation { createAccount(input: { name: "" }) { id } }`],
      ['a CRM account with a blank name', 'BAD_USER_INPUT', `mutation { createAccount(input: { name: "   " }) { id } }`],
      ['a CRM account update to a blank name', 'BAD_USER_INPUT', `mutation($id: ID!) { updateAccount(id: $id, input: { name: "   " }) { id } }`, () => ({ id: ids.account })],
      ['a CRM contact with an empty name', 'BAD_USER_INPUT', `mutation { createCrmContact(input: { fullName: "" }) { id } }`],
      ['a CRM product with a blank number', 'BAD_USER_INPUT', `mutation { createProduct(input: { productNumber: "   ", name: "Lamp" }) { id } }`],
      ['a CRM product with an empty name', 'BAD_USER_INPUT', `mutation { createProduct(input: { productNumber: "P-3000", name: "" }) { id } }`],
      ['a CRM product update to an empty name', 'BAD_USER_INPUT', `mutation($id: ID!) { updateProduct(id: $id, input: { name: "" }) { id } }`, () => ({ id: ids.product })],
      ['a CRM order with a blank name', 'BAD_USER_INPUT', `mutation($a: ID!) { createOrder(input: { name: "   ", customerId: $a }) { id } }`, () => ({ a: ids.account })],
      ['a CRM quote with an empty name', 'BAD_USER_INPUT', `mutation($a: ID!) { createQuote(input: { name: "", customerId: $a }) { id } }`, () => ({ a: ids.account })],
      ['a CRM quote update to a blank name', 'BAD_USER_INPUT', `mutation($id: ID!) { updateQuote(id: $id, input: { name: "  " }) { id } }`, () => ({ id: ids.draftQuote })],
    ];
    it.each(BLANK)('should refuse %s (%s)', run);

    const OVERSIZED: Case[] = [
      ['an ERP customer name of 101 characters', 'BAD_USER_INPUT', `mutation($n: String!) { createCustomer(input: { name: $n }) { no } }`, () => ({ n: 'n'.repeat(101) })],
      [
        'an ERP customer update to a name of 101 characters',
        'BAD_USER_INPUT',
        `mutation($n: String) { updateCustomer(no: "C00010", input: { name: $n }) { no } }`,
        () => ({ n: 'n'.repeat(101) }),
      ],
      [
        'an ERP customer city of 31 characters',
        'BAD_USER_INPUT',
        `mutation($c: String) { createCustomer(input: { name: "Long city", city: $c }) { no } }`,
        () => ({ c: 'c'.repeat(31) }),
      ],
      ['an ERP customer no of 21 characters', 'BAD_USER_INPUT', `mutation($no: ID) { createCustomer(input: { no: $no, name: "Long no" }) { no } }`, () => ({ no: 'C'.repeat(21) })],
      [
        'an ERP salesperson code of 21 characters',
        'BAD_USER_INPUT',
        `mutation($c: ID!) { createSalesperson(input: { code: $c, name: "Long code" }) { code } }`,
        () => ({ c: 'S'.repeat(21) }),
      ],
      [
        'an ERP item no of 21 characters',
        'BAD_USER_INPUT',
        `mutation($no: ID) { createItem(input: { no: $no, description: "Long no", baseUnitOfMeasureCode: "PCS" }) { no } }`,
        () => ({ no: '9'.repeat(21) }),
      ],
      ['a CRM account name of 161 characters', 'BAD_USER_INPUT', `mutation($n: String!) { createAccount(input: { name: $n }) { id } }`, () => ({ n: 'a'.repeat(161) })],
      [
        'a CRM account update to a name of 161 characters',
        'BAD_USER_INPUT',
        `mutation($id: ID!, $n: String) { updateAccount(id: $id, input: { name: $n }) { id } }`,
        () => ({ id: ids.account, n: 'a'.repeat(161) }),
      ],
      [
        'a CRM product number of 101 characters',
        'BAD_USER_INPUT',
        `mutation($p: String!) { createProduct(input: { productNumber: $p, name: "Long number" }) { id } }`,
        () => ({ p: 'P'.repeat(101) }),
      ],
      [
        'a CRM product name of 101 characters',
        'BAD_USER_INPUT',
        `mutation($n: String!) { createProduct(input: { productNumber: "P-3001", name: $n }) { id } }`,
        () => ({ n: 'p'.repeat(101) }),
      ],
      ['a CRM ISO currency code of 6 characters', 'BAD_USER_INPUT', `mutation { createTransactionCurrency(input: { isoCurrencyCode: "EUROXX", currencyName: "Long" }) { id } }`],
      [
        'a CRM order name of 301 characters',
        'BAD_USER_INPUT',
        `mutation($a: ID!, $n: String!) { createOrder(input: { name: $n, customerId: $a }) { id } }`,
        () => ({ a: ids.account, n: 'o'.repeat(301) }),
      ],
      [
        'a CRM write-in description of 4001 characters',
        'BAD_USER_INPUT',
        `mutation($a: ID!, $d: String) { createOrder(input: { name: "Long line", customerId: $a, lines: [{ productDescription: $d, quantity: "1", pricePerUnit: "1" }] }) { id } }`,
        () => ({ a: ids.account, d: 'd'.repeat(4001) }),
      ],
    ];
    it.each(OVERSIZED)('should refuse %s (%s)', run);
  });

  describe('malformed decimals, as variables and as inline literals', () => {
    /** label, value sent as a variable, the same value written inline. */
    const BAD_DECIMALS: Array<[string, unknown, string]> = [
      ['letters "abc"', 'abc', '"abc"'],
      ['"1.2.3"', '1.2.3', '"1.2.3"'],
      ['an exponent "1e5"', '1e5', '"1e5"'],
      ['a float 1.5', 1.5, '1.5'],
      ['five decimal places "1.00001"', '1.00001', '"1.00001"'],
      ['twelve integer digits "123456789012"', '123456789012', '"123456789012"'],
      ['an empty string', '', '""'],
    ];
    /** label, type of the variable, operation with the decimal at `%`, variables besides `v`. */
    const TARGETS: Array<[string, string, string, () => Record<string, unknown>]> = [
      ['ERP customer creditLimit', 'Decimal', `createCustomer(input: { name: "Bad decimal", creditLimit: % }) { no }`, () => ({})],
      ['ERP item unitPrice', 'Decimal', `createItem(input: { description: "Bad decimal", baseUnitOfMeasureCode: "PCS", unitPrice: % }) { no }`, () => ({})],
      ['ERP inventory delta', 'Decimal!', `adjustItemInventory(no: "1000", delta: %) { inventory }`, () => ({})],
      ['CRM account creditLimit', 'Decimal', `createAccount(input: { name: "Bad decimal", creditLimit: % }) { id }`, () => ({})],
      ['CRM product price', 'Decimal', `createProduct(input: { productNumber: "BAD-DEC", name: "Bad decimal", price: % }) { id }`, () => ({})],
      [
        'CRM order line quantity',
        'Decimal!',
        `createOrder(input: { name: "Bad decimal", customerId: $a, lines: [{ productId: $p, quantity: % }] }) { id }`,
        () => ({ a: ids.account, p: ids.product }),
      ],
      [
        'CRM order line pricePerUnit',
        'Decimal',
        `createOrder(input: { name: "Bad decimal", customerId: $a, lines: [{ productId: $p, quantity: "1", pricePerUnit: % }] }) { id }`,
        () => ({ a: ids.account, p: ids.product }),
      ],
    ];
    const table: Case[] = [];
    for (const [target, type, op, extra] of TARGETS) {
      const refs = op.includes('$a') ? ', $a: ID!, $p: ID!' : '';
      for (const [label, value, literal] of BAD_DECIMALS) {
        table.push([`${target}: ${label} as a variable`, 'BAD_USER_INPUT', `mutation($v: ${type}${refs}) { ${op.replace('%', '$v')} }`, () => ({ ...extra(), v: value })]);
        const inline = refs ? `mutation(${refs.slice(2)})` : 'mutation';
        table.push([`${target}: ${label} inline`, 'BAD_USER_INPUT', `${inline} { ${op.replace('%', literal)} }`, extra]);
      }
    }
    table.push(
      [
        'an ERP exchange rate with seven decimal places',
        'BAD_USER_INPUT',
        `mutation { createCurrency(input: { code: "USD", description: "Dollar", exchangeRate: "1.0000001" }) { code } }`,
      ],
      [
        'a CRM exchange rate with seven decimal places',
        'BAD_USER_INPUT',
        `mutation { createTransactionCurrency(input: { isoCurrencyCode: "USD", currencyName: "Dollar", exchangeRate: "1.0000001" }) { id } }`,
      ],
      [
        'a CRM exchange rate of zero',
        'BAD_USER_INPUT',
        `mutation { createTransactionCurrency(input: { isoCurrencyCode: "USD", currencyName: "Dollar", exchangeRate: "0" }) { id } }`,
      ],
      ['a negative ERP credit limit', 'BAD_USER_INPUT', `mutation { createCustomer(input: { name: "Negative", creditLimit: "-1" }) { no } }`],
      ['a negative CRM product price', 'BAD_USER_INPUT', `mutation { createProduct(input: { productNumber: "NEG", name: "Negative", price: "-0.01" }) { id } }`],
      ['a zero inventory delta', 'BAD_USER_INPUT', `mutation { adjustItemInventory(no: "1000", delta: "0") { inventory } }`],
      ['an inventory delta below the stock', 'BAD_USER_INPUT', `mutation { adjustItemInventory(no: "1000", delta: "-5.0001") { inventory } }`],
    );
    it.each(table)('should refuse %s (%s)', run);
  });

  describe('malformed dates', () => {
    const BAD_DATES = ['2026-02-30', '26-01-01', 'tomorrow', '2026-13-01', '2026-1-5', ''];
    const TARGETS: Array<[string, string, () => Record<string, unknown>]> = [
      ['createOrder requestDeliveryBy', `createOrder(input: { name: "Bad date", customerId: $a, requestDeliveryBy: % }) { id }`, () => ({ a: ids.account })],
      ['createQuote effectiveTo', `createQuote(input: { name: "Bad date", customerId: $a, effectiveTo: % }) { id }`, () => ({ a: ids.account })],
      ['updateQuote effectiveFrom', `updateQuote(id: $a, input: { effectiveFrom: % }) { id }`, () => ({ a: ids.draftQuote })],
      ['updateSalesOrder requestedDeliveryDate', `updateSalesOrder(no: $a, input: { requestedDeliveryDate: % }) { no }`, () => ({ a: 'SO00010' })],
    ];
    const table: Case[] = [];
    for (const [target, op, vars] of TARGETS) {
      for (const date of BAD_DATES) {
        table.push([`${target} "${date}" as a variable`, 'BAD_USER_INPUT', `mutation($a: ID!, $d: LocalDate) { ${op.replace('%', '$d')} }`, () => ({ ...vars(), d: date })]);
        table.push([`${target} "${date}" inline`, 'BAD_USER_INPUT', `mutation($a: ID!) { ${op.replace('%', JSON.stringify(date))} }`, vars]);
      }
    }
    table.push(
      [
        'a quote that ends before it starts',
        'BAD_USER_INPUT',
        `mutation($a: ID!) { createQuote(input: { name: "Backwards", customerId: $a, effectiveFrom: "2026-05-01", effectiveTo: "2026-04-30" }) { id } }`,
        () => ({ a: ids.account }),
      ],
      [
        'a quote update that ends before it starts',
        'BAD_USER_INPUT',
        `mutation($id: ID!) { updateQuote(id: $id, input: { effectiveFrom: "2026-05-01", effectiveTo: "2026-04-30" }) { id } }`,
        () => ({ id: ids.draftQuote }),
      ],
    );
    const inlineSince: Case[] = [];
    for (const list of ['customers', 'items', 'accounts', 'products']) {
      for (const since of ['yesterday', '2026-13-45T00:00:00.000Z', '2026-01-01T25:00:00Z']) {
        table.push([
          `${list}(modifiedSince: "${since}") as a variable`,
          'BAD_USER_INPUT',
          `query($s: DateTimeISO) { ${list}(modifiedSince: $s) { totalCount } }`,
          () => ({ s: since }),
        ]);
        inlineSince.push([`${list}(modifiedSince: "${since}") inline`, 'BAD_USER_INPUT', `{ ${list}(modifiedSince: "${since}") { totalCount } }`]);
      }
    }
    it.each(table)('should refuse %s (%s)', run);

    // graphql-scalars' parseLiteral throws without a code; the gateway must still say BAD_USER_INPUT.
    it.each(inlineSince)('should refuse %s (%s)', run);

    // A LocalDate literal that is not a string is refused naming what was sent.
    it.each<Case>([
      [
        'a date written as a number',
        'BAD_USER_INPUT',
        `mutation($a: ID!) { createOrder(input: { name: "Bad date", customerId: $a, requestDeliveryBy: 20260101 }) { id } }`,
        () => ({ a: ids.account }),
      ],
    ])('should refuse %s (%s) naming what was sent', run);
  });

  describe('references to records that do not exist', () => {
    const table: Case[] = [
      ['an ERP customer with an unknown salesperson', 'BAD_USER_INPUT', `mutation { createCustomer(input: { name: "Ref", salespersonCode: "SP99" }) { no } }`],
      ['an ERP customer with an unknown currency', 'BAD_USER_INPUT', `mutation { createCustomer(input: { name: "Ref", currencyCode: "XXX" }) { no } }`],
      ['an ERP customer with an unknown price group', 'BAD_USER_INPUT', `mutation { createCustomer(input: { name: "Ref", customerPriceGroupCode: "NOPE" }) { no } }`],
      ['an ERP customer update to an unknown salesperson', 'BAD_USER_INPUT', `mutation { updateCustomer(no: "C00010", input: { salespersonCode: "SP99" }) { no } }`],
      ['an ERP item with an unknown unit of measure', 'BAD_USER_INPUT', `mutation { createItem(input: { description: "Ref", baseUnitOfMeasureCode: "BOX" }) { no } }`],
      ['an ERP item update to an unknown unit of measure', 'BAD_USER_INPUT', `mutation { updateItem(no: "1000", input: { baseUnitOfMeasureCode: "BOX" }) { no } }`],
      ['an ERP contact of an unknown customer', 'BAD_USER_INPUT', `mutation { createContact(input: { name: "Ref", customerNo: "C99999" }) { no } }`],
      ['a CRM account with an unknown owner', 'BAD_USER_INPUT', `mutation($o: ID) { createAccount(input: { name: "Ref", ownerId: $o }) { id } }`, () => ({ o: UNKNOWN })],
      [
        'a CRM account with an unknown currency',
        'BAD_USER_INPUT',
        `mutation($c: ID) { createAccount(input: { name: "Ref", transactionCurrencyId: $c }) { id } }`,
        () => ({ c: UNKNOWN }),
      ],
      [
        'a CRM account with an unknown price list',
        'BAD_USER_INPUT',
        `mutation($l: ID) { createAccount(input: { name: "Ref", defaultPriceListId: $l }) { id } }`,
        () => ({ l: UNKNOWN }),
      ],
      [
        'a CRM account update to an unknown owner',
        'BAD_USER_INPUT',
        `mutation($id: ID!, $o: ID) { updateAccount(id: $id, input: { ownerId: $o }) { id } }`,
        () => ({ id: ids.account, o: UNKNOWN }),
      ],
      [
        'a CRM contact of an unknown account',
        'BAD_USER_INPUT',
        `mutation($a: ID) { createCrmContact(input: { fullName: "Ref", parentAccountId: $a }) { id } }`,
        () => ({ a: UNKNOWN }),
      ],
      [
        'a CRM product of an unknown unit group',
        'BAD_USER_INPUT',
        `mutation($g: ID) { createProduct(input: { productNumber: "REF", name: "Ref", unitGroupId: $g }) { id } }`,
        () => ({ g: UNKNOWN }),
      ],
      [
        'a CRM product whose default unit is in another group',
        'BAD_USER_INPUT',
        `mutation($g: ID, $u: ID) { createProduct(input: { productNumber: "REF", name: "Ref", unitGroupId: $g, defaultUnitId: $u }) { id } }`,
        () => ({ g: ids.group, u: ids.otherUnit }),
      ],
      [
        'a CRM price list with an unknown currency',
        'BAD_USER_INPUT',
        `mutation($c: ID) { createPriceList(input: { name: "Ref", transactionCurrencyId: $c }) { id } }`,
        () => ({ c: UNKNOWN }),
      ],
      [
        'a CRM price list item of an unknown product',
        'BAD_USER_INPUT',
        `mutation($l: ID!, $p: ID!, $u: ID!) { createPriceListItem(input: { priceListId: $l, productId: $p, unitId: $u, amount: "1" }) { id } }`,
        () => ({ l: ids.priceList, p: UNKNOWN, u: ids.unit }),
      ],
      [
        'a CRM price list item in a unit of another group',
        'BAD_USER_INPUT',
        `mutation($l: ID!, $p: ID!, $u: ID!) { createPriceListItem(input: { priceListId: $l, productId: $p, unitId: $u, amount: "1" }) { id } }`,
        () => ({ l: ids.priceList, p: ids.product, u: ids.otherUnit }),
      ],
      ['an order for an unknown account', 'BAD_USER_INPUT', `mutation($a: ID!) { createOrder(input: { name: "Ref", customerId: $a }) { id } }`, () => ({ a: UNKNOWN })],
      ['an order for an INACTIVE account', 'BAD_USER_INPUT', `mutation($a: ID!) { createOrder(input: { name: "Ref", customerId: $a }) { id } }`, () => ({ a: ids.inactive })],
      [
        'an order with an unknown price list',
        'BAD_USER_INPUT',
        `mutation($a: ID!, $l: ID) { createOrder(input: { name: "Ref", customerId: $a, priceListId: $l }) { id } }`,
        () => ({ a: ids.account, l: UNKNOWN }),
      ],
      [
        'an order with an unknown currency',
        'BAD_USER_INPUT',
        `mutation($a: ID!, $c: ID) { createOrder(input: { name: "Ref", customerId: $a, transactionCurrencyId: $c }) { id } }`,
        () => ({ a: ids.account, c: UNKNOWN }),
      ],
      [
        'an order line for an unknown product',
        'BAD_USER_INPUT',
        `mutation($a: ID!, $p: ID) { createOrder(input: { name: "Ref", customerId: $a, lines: [{ productId: $p, quantity: "1" }] }) { id } }`,
        () => ({ a: ids.account, p: UNKNOWN }),
      ],
      ['a quote for an unknown account', 'BAD_USER_INPUT', `mutation($a: ID!) { createQuote(input: { name: "Ref", customerId: $a }) { id } }`, () => ({ a: UNKNOWN })],
    ];
    it.each(table)('should refuse %s (%s)', run);

    // Codes are upper case without spaces (CODE_PATTERN): "sp01" or "PCS " is the key of no record.
    // MariaDB compares with PAD SPACE even in utf8mb4_bin: references are checked for an exact match.
    const CASE_REFS: Case[] = [
      ['an ERP customer with a salesperson code in the wrong case', 'BAD_USER_INPUT', `mutation { createCustomer(input: { name: "Ref", salespersonCode: "sp01" }) { no } }`],
      ['an ERP customer with a currency code in the wrong case', 'BAD_USER_INPUT', `mutation { createCustomer(input: { name: "Ref", currencyCode: "eur" }) { no } }`],
      ['an ERP item with a unit of measure in the wrong case', 'BAD_USER_INPUT', `mutation { createItem(input: { description: "Ref", baseUnitOfMeasureCode: "pcs" }) { no } }`],
      [
        'an ERP item with a unit of measure with a trailing space',
        'BAD_USER_INPUT',
        `mutation { createItem(input: { description: "Ref", baseUnitOfMeasureCode: "PCS " }) { no } }`,
      ],
    ];
    it.each(CASE_REFS)('should refuse %s (%s)', run);

    /** Either refused as BAD_USER_INPUT with nothing changed, or accepted with a reference that resolves. */
    async function expectRefusedOrResolved(query: string, variables: Record<string, unknown>, resolves: (data: any) => Promise<void>) {
      const before = await snapshotStores(gw.stores);
      const r = await gw.gql(query, variables);
      if (r.errors?.length) {
        expect(r.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(JSON.parse(await snapshotStores(gw.stores))).toEqual(JSON.parse(before));
      } else {
        await resolves(r.data);
      }
    }

    // An upper-case UUID names the same record (UUIDs compare case-insensitively), so the gateway
    // may refuse it or accept it, but must never store a reference that does not resolve.
    it('should refuse an upper-case owner UUID or store it so that Account.owner resolves', async () => {
      await expectRefusedOrResolved(
        `mutation($o: ID) { createAccount(input: { name: "Upper owner", ownerId: $o }) { id owner { id } } }`,
        { o: ids.user.toUpperCase() },
        async (data) => expect(data.createAccount.owner).toEqual({ id: ids.user }),
      );
    });
    it('should refuse an upper-case parent account UUID or store it so that Account.contacts lists the contact', async () => {
      const parent = (await gw.ok(`mutation { createAccount(input: { name: "Upper parent" }) { id } }`)).createAccount.id;
      await expectRefusedOrResolved(
        `mutation($a: ID) { createCrmContact(input: { fullName: "Upper child", parentAccountId: $a }) { id } }`,
        { a: parent.toUpperCase() },
        async (data) => {
          const read = await gw.ok(`query($a: ID!) { account(id: $a) { contacts { id } } }`, { a: parent });
          expect(read.account.contacts).toEqual([{ id: data.createCrmContact.id }]);
        },
      );
    });
  });

  describe('malformed CRM ids', () => {
    const table: Case[] = [
      ['updateAccount(id: "not-a-uuid")', 'BAD_USER_INPUT', `mutation { updateAccount(id: "not-a-uuid", input: { name: "X" }) { id } }`],
      ['deleteAccount(id: "not-a-uuid")', 'BAD_USER_INPUT', `mutation { deleteAccount(id: "not-a-uuid") }`],
      ['updateProduct(id: "nope")', 'BAD_USER_INPUT', `mutation { updateProduct(id: "nope", input: { name: "X" }) { id } }`],
      ['createOrder customerId "123"', 'BAD_USER_INPUT', `mutation { createOrder(input: { name: "X", customerId: "123" }) { id } }`],
      ['createQuote customerId "123"', 'BAD_USER_INPUT', `mutation { createQuote(input: { name: "X", customerId: "123" }) { id } }`],
      ['createAccount ownerId "owner-1"', 'BAD_USER_INPUT', `mutation { createAccount(input: { name: "X", ownerId: "owner-1" }) { id } }`],
      [
        'an order line productId "P-1000"',
        'BAD_USER_INPUT',
        `mutation($a: ID!) { createOrder(input: { name: "X", customerId: $a, lines: [{ productId: "P-1000", quantity: "1" }] }) { id } }`,
        () => ({ a: ids.account }),
      ],
      [
        'an order line unitId "PCS"',
        'BAD_USER_INPUT',
        `mutation($a: ID!, $p: ID) { createOrder(input: { name: "X", customerId: $a, lines: [{ productId: $p, unitId: "PCS", quantity: "1" }] }) { id } }`,
        () => ({ a: ids.account, p: ids.product }),
      ],
      [
        'createPriceListItem priceListId "Retail"',
        'BAD_USER_INPUT',
        `mutation($p: ID!, $u: ID!) { createPriceListItem(input: { priceListId: "Retail", productId: $p, unitId: $u, amount: "1" }) { id } }`,
        () => ({ p: ids.product, u: ids.unit }),
      ],
      ['submitOrder(id: "42")', 'BAD_USER_INPUT', `mutation { submitOrder(id: "42") { id } }`],
      ['cancelOrder(id: "ORD-00001")', 'BAD_USER_INPUT', `mutation { cancelOrder(id: "ORD-00001") { id } }`],
      ['activateQuote(id: "x")', 'BAD_USER_INPUT', `mutation { activateQuote(id: "x") { id } }`],
      ['updateQuote(id: "QUO-00001")', 'BAD_USER_INPUT', `mutation { updateQuote(id: "QUO-00001", input: { name: "X" }) { id } }`],
      ['winQuote(id: "x")', 'BAD_USER_INPUT', `mutation { winQuote(id: "x") { id } }`],
      ['a UUID without dashes', 'BAD_USER_INPUT', `mutation { deleteAccount(id: "00000000000040008000000000000000") }`],
    ];
    it.each(table)('should refuse %s (%s)', run);
  });

  describe('duplicate keys', () => {
    const table: Case[] = [
      ['createSalesperson with an existing code', 'CONFLICT', `mutation { createSalesperson(input: { code: "SP01", name: "Twin" }) { code } }`],
      ['createCurrency with an existing code', 'CONFLICT', `mutation { createCurrency(input: { code: "EUR", description: "Twin" }) { code } }`],
      ['createUnitOfMeasure with an existing code', 'CONFLICT', `mutation { createUnitOfMeasure(input: { code: "PCS", description: "Twin" }) { code } }`],
      ['createCustomerPriceGroup with an existing code', 'CONFLICT', `mutation { createCustomerPriceGroup(input: { code: "RETAIL", description: "Twin" }) { code } }`],
      ['createCustomer with an existing no', 'CONFLICT', `mutation { createCustomer(input: { no: "C00010", name: "Twin" }) { no } }`],
      ['createItem with an existing no', 'CONFLICT', `mutation { createItem(input: { no: "1000", description: "Twin", baseUnitOfMeasureCode: "PCS" }) { no } }`],
      ['createProduct with an existing productNumber', 'CONFLICT', `mutation { createProduct(input: { productNumber: "P-1000", name: "Twin" }) { id } }`],
      ['createTransactionCurrency with an existing ISO code', 'CONFLICT', `mutation { createTransactionCurrency(input: { isoCurrencyCode: "EUR", currencyName: "Twin" }) { id } }`],
      ['createUnitGroup with an existing name', 'CONFLICT', `mutation { createUnitGroup(input: { name: "Pieces", baseUnitName: "PC" }) { id } }`],
      ['createPriceList with an existing name', 'CONFLICT', `mutation { createPriceList(input: { name: "Retail" }) { id } }`],
      [
        'a second price for the same product and unit',
        'CONFLICT',
        `mutation($l: ID!, $p: ID!, $u: ID!) { createPriceListItem(input: { priceListId: $l, productId: $p, unitId: $u, amount: "1" }) { id } }`,
        () => ({ l: ids.priceList, p: ids.product, u: ids.unit }),
      ],
      ['deleteAccount of an account with orders', 'CONFLICT', `mutation($id: ID!) { deleteAccount(id: $id) }`, () => ({ id: ids.account })],
    ];
    it.each(table)('should refuse %s (%s)', run);
  });

  describe('wrong states', () => {
    const table: Case[] = [
      ['submitOrder on a SUBMITTED order', 'INVALID_STATE', `mutation($id: ID!) { submitOrder(id: $id) { id } }`, () => ({ id: ids.submitted })],
      ['submitOrder on a CANCELED order', 'INVALID_STATE', `mutation($id: ID!) { submitOrder(id: $id) { id } }`, () => ({ id: ids.canceled })],
      ['submitOrder on an order without lines', 'INVALID_STATE', `mutation($id: ID!) { submitOrder(id: $id) { id } }`, () => ({ id: ids.emptyOrder })],
      ['cancelOrder on a CANCELED order', 'INVALID_STATE', `mutation($id: ID!) { cancelOrder(id: $id) { id } }`, () => ({ id: ids.canceled })],
      ['activateQuote on an ACTIVE quote', 'INVALID_STATE', `mutation($id: ID!) { activateQuote(id: $id) { id } }`, () => ({ id: ids.activeQuote })],
      ['updateQuote on an ACTIVE quote', 'INVALID_STATE', `mutation($id: ID!) { updateQuote(id: $id, input: { name: "Changed" }) { id } }`, () => ({ id: ids.activeQuote })],
      [
        'updateQuote replacing the lines of an ACTIVE quote',
        'INVALID_STATE',
        `mutation($id: ID!, $l: [DocumentLineInput!]) { updateQuote(id: $id, input: { lines: $l }) { id } }`,
        () => ({ id: ids.activeQuote, l: [{ productId: ids.product, quantity: '9' }] }),
      ],
      ['reviseQuote on a DRAFT quote', 'INVALID_STATE', `mutation($id: ID!) { reviseQuote(id: $id) { id } }`, () => ({ id: ids.draftQuote })],
      ['winQuote on a DRAFT quote', 'INVALID_STATE', `mutation($id: ID!) { winQuote(id: $id) { id } }`, () => ({ id: ids.draftQuote })],
    ];
    it.each(table)('should refuse %s (%s)', run);
  });

  describe('unknown ids', () => {
    const table: Case[] = [
      ['updateCustomer on an unknown no', 'NOT_FOUND', `mutation { updateCustomer(no: "C99999", input: { city: "Nowhere" }) { no } }`],
      ['deleteCustomer on an unknown no', 'NOT_FOUND', `mutation { deleteCustomer(no: "C99999") }`],
      ['updateItem on an unknown no', 'NOT_FOUND', `mutation { updateItem(no: "9999", input: { description: "Nothing" }) { no } }`],
      ['adjustItemInventory on an unknown no', 'NOT_FOUND', `mutation { adjustItemInventory(no: "9999", delta: "1") { no } }`],
      ['updateSalesperson on an unknown code', 'NOT_FOUND', `mutation { updateSalesperson(code: "SP99", input: { name: "Nobody" }) { code } }`],
      ['updateAccount on an unknown UUID', 'NOT_FOUND', `mutation($id: ID!) { updateAccount(id: $id, input: { name: "X" }) { id } }`, () => ({ id: UNKNOWN })],
      ['deleteAccount on an unknown UUID', 'NOT_FOUND', `mutation($id: ID!) { deleteAccount(id: $id) }`, () => ({ id: UNKNOWN })],
      ['updateProduct on an unknown UUID', 'NOT_FOUND', `mutation($id: ID!) { updateProduct(id: $id, input: { name: "X" }) { id } }`, () => ({ id: UNKNOWN })],
      ['submitOrder on an unknown UUID', 'NOT_FOUND', `mutation($id: ID!) { submitOrder(id: $id) { id } }`, () => ({ id: UNKNOWN })],
      ['cancelOrder on an unknown UUID', 'NOT_FOUND', `mutation($id: ID!) { cancelOrder(id: $id) { id } }`, () => ({ id: UNKNOWN })],
      ['activateQuote on an unknown UUID', 'NOT_FOUND', `mutation($id: ID!) { activateQuote(id: $id) { id } }`, () => ({ id: UNKNOWN })],
      ['updateQuote on an unknown UUID', 'NOT_FOUND', `mutation($id: ID!) { updateQuote(id: $id, input: { name: "X" }) { id } }`, () => ({ id: UNKNOWN })],
      ['reviseQuote on an unknown UUID', 'NOT_FOUND', `mutation($id: ID!) { reviseQuote(id: $id) { id } }`, () => ({ id: UNKNOWN })],
      ['winQuote on an unknown UUID', 'NOT_FOUND', `mutation($id: ID!) { winQuote(id: $id) { id } }`, () => ({ id: UNKNOWN })],
    ];
    it.each(table)('should refuse %s (%s)', run);
  });

  describe('page sizes, cursors and search', () => {
    const table: Case[] = [];
    for (const list of ['customers', 'accounts', 'items', 'products', 'orders', 'quotes', 'salesOrders']) {
      for (const first of [501, 0, -1]) {
        table.push([`${list}(first: ${first})`, 'BAD_USER_INPUT', `{ ${list}(first: ${first}) { totalCount } }`]);
      }
    }
    table.push(['customers(first: 501) as a variable', 'BAD_USER_INPUT', `query($f: Int) { customers(first: $f) { totalCount } }`, () => ({ f: 501 })]);
    table.push(['accounts(first: 0) as a variable', 'BAD_USER_INPUT', `query($f: Int) { accounts(first: $f) { totalCount } }`, () => ({ f: 0 })]);
    for (const list of ['customers', 'accounts', 'products', 'orders', 'quotes']) {
      table.push([`${list}(after: "garbage")`, 'BAD_USER_INPUT', `{ ${list}(after: "garbage") { totalCount } }`]);
      table.push([`${list}(after: "!!!")`, 'BAD_USER_INPUT', `{ ${list}(after: "!!!") { totalCount } }`]);
      table.push([
        `${list}(after: a cursor that is not a list)`,
        'BAD_USER_INPUT',
        `query($c: String) { ${list}(after: $c) { totalCount } }`,
        () => ({ c: cursor({ no: 'C00010' }) }),
      ]);
    }
    table.push([
      'customers(after: a cursor of the wrong length)',
      'BAD_USER_INPUT',
      `query($c: String) { customers(after: $c) { totalCount } }`,
      () => ({ c: cursor(['C00010', 'extra']) }),
    ]);
    table.push(['accounts(after: a cursor of the wrong length)', 'BAD_USER_INPUT', `query($c: String) { accounts(after: $c) { totalCount } }`, () => ({ c: cursor(['Adatum']) })]);
    for (const list of ['customers', 'accounts', 'items', 'products']) {
      table.push([`${list}(search: 101 characters)`, 'BAD_USER_INPUT', `query($s: String) { ${list}(search: $s) { totalCount } }`, () => ({ s: 's'.repeat(101) })]);
    }
    it.each(table)('should refuse %s (%s)', run);

    // A cursor is opaque, but a client can still decode and re-encode it: values that are not
    // strings or numbers must be refused as a bad cursor, not reach the SQL driver.
    const FORGED: Case[] = [
      [
        'customers(after: a cursor holding an object)',
        'BAD_USER_INPUT',
        `query($c: String) { customers(after: $c) { totalCount nodes { no } } }`,
        () => ({ c: cursor([{ no: 'C00010' }]) }),
      ],
      [
        'accounts(after: a cursor holding an object)',
        'BAD_USER_INPUT',
        `query($c: String) { accounts(after: $c) { totalCount nodes { id } } }`,
        () => ({ c: cursor([{ name: 'Adatum' }, UNKNOWN]) }),
      ],
      ['customers(after: a cursor holding a list)', 'BAD_USER_INPUT', `query($c: String) { customers(after: $c) { totalCount nodes { no } } }`, () => ({ c: cursor([[1, 2]]) })],
    ];
    it.each(FORGED)('should refuse %s (%s)', run);
  });

  describe('one bad line among good ones', () => {
    const ORDER = `mutation($a: ID!, $l: [DocumentLineInput!]) { createOrder(input: { name: "Mixed lines", customerId: $a, lines: $l }) { id } }`;
    const QUOTE = `mutation($a: ID!, $l: [DocumentLineInput!]) { createQuote(input: { name: "Mixed lines", customerId: $a, lines: $l }) { id } }`;
    const UPDATE = `mutation($a: ID!, $l: [DocumentLineInput!]) { updateQuote(id: $a, input: { name: "Changed", lines: $l }) { id } }`;
    const lines = (bad: Record<string, unknown>) => [goodLine(), { ...goodLine(), ...bad }, goodLine()];
    const withAccount = (bad: Record<string, unknown>) => () => ({ a: ids.account, l: lines(bad) });
    const table: Case[] = [
      ['an order whose second line has quantity "0"', 'BAD_USER_INPUT', ORDER, withAccount({ quantity: '0' })],
      ['an order whose second line has quantity "-1"', 'BAD_USER_INPUT', ORDER, withAccount({ quantity: '-1' })],
      ['an order whose second line has a negative price', 'BAD_USER_INPUT', ORDER, withAccount({ pricePerUnit: '-1' })],
      ['an order whose second line has a negative discount', 'BAD_USER_INPUT', ORDER, withAccount({ manualDiscountAmount: '-1' })],
      ['an order whose second line has a discount above its amount', 'BAD_USER_INPUT', ORDER, withAccount({ manualDiscountAmount: '200.01' })],
      ['an order whose second line is for an unknown product', 'BAD_USER_INPUT', ORDER, () => ({ a: ids.account, l: lines({ productId: UNKNOWN }) })],
      ['an order whose second line is for a RETIRED product', 'BAD_USER_INPUT', ORDER, () => ({ a: ids.account, l: lines({ productId: ids.retired }) })],
      ['an order whose second line has a unit of another group', 'BAD_USER_INPUT', ORDER, () => ({ a: ids.account, l: lines({ unitId: ids.otherUnit }) })],
      ['an order whose second line has an unknown unit', 'BAD_USER_INPUT', ORDER, () => ({ a: ids.account, l: lines({ unitId: UNKNOWN }) })],
      [
        'an order whose second line is a write-in without a price',
        'BAD_USER_INPUT',
        ORDER,
        () => ({ a: ids.account, l: [goodLine(), { productDescription: 'Installation', quantity: '1' }] }),
      ],
      [
        'an order whose second line is a write-in without a description',
        'BAD_USER_INPUT',
        ORDER,
        () => ({ a: ids.account, l: [goodLine(), { productDescription: '   ', quantity: '1', pricePerUnit: '5' }] }),
      ],
      ['an order whose second line has a quantity with five decimals', 'BAD_USER_INPUT', ORDER, withAccount({ quantity: '0.00001' })],
      ['an order whose second line overflows its amount', 'BAD_USER_INPUT', ORDER, withAccount({ quantity: '99999999999', pricePerUnit: '99999999999' })],
      [
        'an order whose lines together overflow the total',
        'BAD_USER_INPUT',
        ORDER,
        () => ({
          a: ids.account,
          l: [
            { ...goodLine(), quantity: '1', pricePerUnit: '99999999999' },
            { ...goodLine(), quantity: '1', pricePerUnit: '99999999999' },
          ],
        }),
      ],
      ['an order with 501 lines', 'BAD_USER_INPUT', ORDER, () => ({ a: ids.account, l: Array.from({ length: 501 }, goodLine) })],
      ['a quote whose second line has quantity "0"', 'BAD_USER_INPUT', QUOTE, withAccount({ quantity: '0' })],
      ['a quote update whose second line has quantity "-1"', 'BAD_USER_INPUT', UPDATE, () => ({ a: ids.draftQuote, l: lines({ quantity: '-1' }) })],
      ['a quote update whose second line is for an unknown product', 'BAD_USER_INPUT', UPDATE, () => ({ a: ids.draftQuote, l: lines({ productId: UNKNOWN }) })],
    ];
    it.each(table)('should refuse %s (%s) and write no header', async (...c: Case) => {
      const count = `{ orders { totalCount } quotes { totalCount } }`;
      const before = await gw.ok(count);
      await run(...c);
      expect(await gw.ok(count)).toEqual(before);
    });
  });

  describe('the limits themselves', () => {
    it('should accept strings exactly as long as their columns', async () => {
      const r = await gw.ok(
        `mutation($cn: String!, $sp: ID!, $item: ID, $an: String!, $pn: String!) {
          createCustomer(input: { name: $cn }) { name }
          createSalesperson(input: { code: $sp, name: "Max" }) { code }
          createItem(input: { no: $item, description: "Max", baseUnitOfMeasureCode: "PCS" }) { no }
          createAccount(input: { name: $an }) { name }
          createProduct(input: { productNumber: $pn, name: "Max" }) { productNumber }
        }`,
        { cn: 'n'.repeat(100), sp: 'S'.repeat(20), item: '9'.repeat(20), an: 'a'.repeat(160), pn: 'P'.repeat(100) },
      );
      expect(r.createCustomer.name).toHaveLength(100);
      expect(r.createSalesperson.code).toHaveLength(20);
      expect(r.createItem.no).toHaveLength(20);
      expect(r.createAccount.name).toHaveLength(160);
      expect(r.createProduct.productNumber).toHaveLength(100);
    });

    it('should accept decimals that just fit the money columns', async () => {
      const r = await gw.ok(`mutation { createProduct(input: { productNumber: "FIT", name: "Fit", price: "99999999999.9999", standardCost: "0.0001" }) { price standardCost } }`);
      expect(r.createProduct).toEqual({ price: '99999999999.9999', standardCost: '0.0001' });
    });
  });
});
