import type { AllServices } from './context';
import { ItemType } from '../erp/item.entity';
import { ProductType } from '../crm/states';

type Input<F extends (arg: never) => unknown> = Parameters<F>[0];

/**
 * A small, realistic data set for a newcomer: both systems populated, partly overlapping by
 * name (so matching and full sync have something to do), nothing coupled. Seeded only into
 * empty stores; answers whether it seeded.
 */
export async function seedDemoData({ erp, crm }: AllServices): Promise<boolean> {
  if ((await erp.masterData.salespeople()).length > 0 || (await crm.masterData.systemUsers()).length > 0) return false;

  // ── ERP (back office) ──
  for (const [code, name, email] of [
    ['AH', 'Annette Hill', 'annette@cronus.example'],
    ['JO', 'Jim Olive', 'jim@cronus.example'],
    ['OF', 'Otis Falls', 'otis@cronus.example'],
  ])
    await erp.masterData.createSalesperson({ code, name, email });
  await erp.masterData.createCurrency({ code: 'USD', description: 'US Dollar', exchangeRate: '1' });
  await erp.masterData.createCurrency({ code: 'EUR', description: 'Euro', exchangeRate: '0.92' });
  await erp.masterData.createCurrency({ code: 'GBP', description: 'Pound Sterling', exchangeRate: '0.79' });
  for (const [code, description] of [
    ['PCS', 'Piece'],
    ['HOUR', 'Hour'],
    ['BOX', 'Box'],
  ])
    await erp.masterData.createUnitOfMeasure({ code, description });
  await erp.masterData.createCustomerPriceGroup({ code: 'RETAIL', description: 'Retail customers' });
  await erp.masterData.createCustomerPriceGroup({ code: 'WHOLESALE', description: 'Wholesale customers' });
  const items: Array<[string, string, string, string, string]> = [
    ['1896-S', 'ATHENS Desk', '1000.80', '780.70', '12'],
    ['1900-S', 'PARIS Guest Chair, black', '192.80', '150.40', '40'],
    ['1906-S', 'ATHENS Mobile Pedestal', '281.40', '219.50', '8'],
    ['1908-S', 'LONDON Swivel Chair, blue', '190.10', '148.30', '25'],
    ['1920-S', 'ANTWERP Conference Table', '649.40', '506.50', '5'],
  ];
  for (const [no, description, unitPrice, unitCost, stock] of items) {
    await erp.items.create({ no, description, baseUnitOfMeasureCode: 'PCS', unitPrice, unitCost, type: ItemType.INVENTORY });
    await erp.items.adjustInventory(no, stock);
  }
  await erp.items.createResource({ no: 'LINDA', name: 'Linda Martin', baseUnitOfMeasureCode: 'HOUR', unitPrice: '95', unitCost: '60' });
  await erp.items.createResource({ no: 'MARTY', name: 'Marty Horst', baseUnitOfMeasureCode: 'HOUR', unitPrice: '85', unitCost: '52' });
  await erp.salesPrices.create({ customerPriceGroupCode: 'WHOLESALE', itemNo: '1896-S', unitOfMeasureCode: 'PCS', minimumQuantity: '5', unitPrice: '905.00' });
  await erp.salesPrices.create({ customerPriceGroupCode: 'WHOLESALE', itemNo: '1900-S', unitOfMeasureCode: 'PCS', unitPrice: '175.50' });
  const customers: Array<Input<typeof erp.customers.create>> = [
    {
      no: '10000',
      name: 'Adatum Corporation',
      address: 'Station Road, 21',
      city: 'Cambridge',
      postCode: 'CB1 2FB',
      countryCode: 'GB',
      salespersonCode: 'AH',
      creditLimit: '10000',
    },
    { no: '20000', name: 'Trey Research', address: '153 Thomas Drive', city: 'Chicago', postCode: '61236', countryCode: 'US', salespersonCode: 'JO' },
    {
      no: '30000',
      name: 'School of Fine Art',
      address: '10 High Tower Green',
      city: 'Miami',
      postCode: '37125',
      countryCode: 'US',
      salespersonCode: 'AH',
      customerPriceGroupCode: 'RETAIL',
    },
    {
      no: '40000',
      name: 'Alpine Ski House',
      address: '10 Deerfield Road',
      city: 'Munich',
      postCode: '80807',
      countryCode: 'DE',
      currencyCode: 'EUR',
      customerPriceGroupCode: 'WHOLESALE',
    },
    { no: '50000', name: 'Relecloud', address: '25 Water Way', city: 'Seattle', postCode: '98101', countryCode: 'US', salespersonCode: 'OF' },
  ];
  for (const c of customers) await erp.customers.create(c);
  await erp.customers.createContact({ name: 'Robert Townes', customerNo: '10000', jobTitle: 'Purchaser', email: 'robert@adatum.example' });
  await erp.customers.createContact({ name: 'Ian Deberry', customerNo: '20000', jobTitle: 'Buyer', email: 'ian@trey.example' });

  // ── CRM (front office) ──
  const annette = await crm.masterData.createSystemUser({ fullName: 'Annette Hill', email: 'annette@cronus.example' });
  const nancy = await crm.masterData.createSystemUser({ fullName: 'Nancy Davolio', email: 'nancy@cronus.example' });
  // The ERP's other salespeople are CRM users too, so coupling salespeople (SALESPEOPLE is FROM_CRM) finds them all.
  await crm.masterData.createSystemUser({ fullName: 'Jim Olive', email: 'jim@cronus.example' });
  await crm.masterData.createSystemUser({ fullName: 'Otis Falls', email: 'otis@cronus.example' });
  const usd = await crm.masterData.createTransactionCurrency({ isoCurrencyCode: 'USD', currencyName: 'US Dollar', exchangeRate: '1' });
  const pcs = await crm.masterData.createUnitGroup({ name: 'PCS', baseUnitName: 'PCS' });
  const pcsUnit = await crm.masterData.baseUnit(pcs);
  const support = await crm.products.create({
    productNumber: 'SVC-100',
    name: 'Premium Support (1 year)',
    productType: ProductType.SERVICES,
    unitGroupId: pcs.id,
    price: '1200',
    standardCost: '700',
  });
  const lamp = await crm.products.create({
    productNumber: 'CRM-LAMP',
    name: 'Desk Lamp, LED',
    productType: ProductType.SALES_INVENTORY,
    unitGroupId: pcs.id,
    price: '49.90',
    standardCost: '21.30',
  });
  const list = await crm.priceLists.create({ name: 'Standard', transactionCurrencyId: usd.id });
  await crm.priceLists.createItem({ priceListId: list.id, productId: support.id, unitId: pcsUnit!.id, amount: '1150.00' });
  await crm.priceLists.createItem({ priceListId: list.id, productId: lamp.id, unitId: pcsUnit!.id, amount: '45.00' });
  const accounts: Array<Input<typeof crm.accounts.create>> = [
    { name: 'Adatum Corporation', address1Line1: 'Station Road, 21', address1City: 'Cambridge', telephone1: '+44 1223 555 0100', ownerId: annette.id },
    { name: 'Trey Research', address1City: 'Chicago', ownerId: nancy.id },
    { name: 'Fabrikam, Inc.', address1Line1: '4567 Main Street', address1City: 'Atlanta', ownerId: nancy.id, defaultPriceListId: list.id, transactionCurrencyId: usd.id },
    { name: 'Contoso, Ltd.', address1City: 'Redmond', ownerId: annette.id, defaultPriceListId: list.id },
  ];
  const created = [];
  for (const a of accounts) created.push(await crm.accounts.create(a));
  const [, , fabrikam, contoso] = created;
  await crm.accounts.createContact({ fullName: 'Nancy Anderson', parentAccountId: fabrikam.id, jobTitle: 'Purchasing Manager', emailAddress1: 'nancy@fabrikam.example' });
  await crm.orders.create({
    name: 'Fabrikam office refresh',
    customerId: fabrikam.id,
    priceListId: list.id,
    lines: [
      { productId: lamp.id, quantity: '10' },
      {
        productDescription:
          'Custom reception desk in oak veneer, 2.4 m, with integrated cable management, two lockable drawers, a raised counter for visitors and an LED strip under the top; delivered and assembled on site',
        quantity: '1',
        pricePerUnit: '3450.00',
      },
    ],
  });
  await crm.quotes.create({
    name: 'Contoso support renewal',
    customerId: contoso.id,
    effectiveFrom: '2026-12-01',
    effectiveTo: '2027-01-31',
    lines: [{ productId: support.id, quantity: '3', manualDiscountAmount: '150' }],
  });
  return true;
}
