import type { TestGateway } from './gateway';

/** `createInOther` of one record (Create in CRM / Create in ERP). */
export const CREATE_IN_OTHER = `mutation($input: RecordRefInput!) { createInOther(input: $input) { erpId crmId } }`;
/** Couples two records. */
export const COUPLE = `mutation($input: CoupleInput!) { couple(input: $input) { id } }`;

/** The records of the documents tests' world, by role. */
export interface World {
  user: string;
  customerNo: string;
  account: string;
  eur: string;
  pcsUnit: string;
  hourUnit: string;
  desk: string; // product coupled to item 1000 (inventory)
  lamp: string; // product coupled to item 2000 (little inventory)
  resourceNo: string;
  linda: string; // product coupled to the resource
  looseProduct: string; // a catalogue product coupled to nothing
  looseAccount: string; // an account coupled to no customer
}

/** Master data on both sides, coupled (salesperson, currency, units, items, a resource, a customer), plus loose records coupled to nothing. */
export async function buildWorld(gw: TestGateway): Promise<World> {
  const w = {} as World;
  await gw.ok(`mutation {
    createSalesperson(input: { code: "SP01", name: "Annette Hill" }) { code }
    createCurrency(input: { code: "EUR", description: "Euro", exchangeRate: "0.92" }) { code }
    pcs: createUnitOfMeasure(input: { code: "PCS", description: "Piece" }) { code }
    hour: createUnitOfMeasure(input: { code: "HOUR", description: "Hour" }) { code }
  }`);
  w.user = (await gw.ok(`mutation { createSystemUser(input: { fullName: "Annette Hill", email: "annette@example.com" }) { id } }`)).createSystemUser.id;
  await gw.ok(COUPLE, { input: { mapping: 'SALESPEOPLE', erpId: 'SP01', crmId: w.user } });
  w.eur = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CURRENCY', erpId: 'EUR' } })).createInOther.crmId;
  const pcs = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'UNIT_OF_MEASURE', erpId: 'PCS' } })).createInOther.crmId;
  const hour = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'UNIT_OF_MEASURE', erpId: 'HOUR' } })).createInOther.crmId;
  const units = await gw.ok(`query($p: ID!, $h: ID!) { p: unitGroup(id: $p) { units { id } } h: unitGroup(id: $h) { units { id } } }`, { p: pcs, h: hour });
  w.pcsUnit = units.p.units[0].id;
  w.hourUnit = units.h.units[0].id;

  await gw.ok(`mutation {
    desk: createItem(input: { no: "1000", description: "Athens Desk", baseUnitOfMeasureCode: "PCS", unitPrice: "649.5", unitCost: "400" }) { no }
    lamp: createItem(input: { no: "2000", description: "Lamp", baseUnitOfMeasureCode: "PCS", unitPrice: "25" }) { no }
    writeIn: createItem(input: { no: "WRITEIN", description: "Write-in sales", type: SERVICE, baseUnitOfMeasureCode: "PCS" }) { no }
    i1: adjustItemInventory(no: "1000", delta: "100") { inventory }
    i2: adjustItemInventory(no: "2000", delta: "5") { inventory }
  }`);
  w.resourceNo = (await gw.ok(`mutation { createResource(input: { name: "Linda Martin", baseUnitOfMeasureCode: "HOUR", unitPrice: "95" }) { no } }`)).createResource.no;
  w.desk = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'ITEM_PRODUCT', erpId: '1000' } })).createInOther.crmId;
  w.lamp = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'ITEM_PRODUCT', erpId: '2000' } })).createInOther.crmId;
  w.linda = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'RESOURCE_PRODUCT', erpId: w.resourceNo } })).createInOther.crmId;
  w.looseProduct = (await gw.ok(`mutation { createProduct(input: { productNumber: "P-LOOSE", name: "Loose product", price: "12" }) { id } }`)).createProduct.id;

  w.customerNo = (await gw.ok(`mutation { createCustomer(input: { name: "Adatum Corporation", salespersonCode: "SP01", city: "Cambridge" }) { no } }`)).createCustomer.no;
  w.account = (await gw.ok(CREATE_IN_OTHER, { input: { mapping: 'CUSTOMER', erpId: w.customerNo } })).createInOther.crmId;
  w.looseAccount = (await gw.ok(`mutation($o: ID!) { createAccount(input: { name: "Loose Ends Ltd", ownerId: $o }) { id } }`, { o: w.user })).createAccount.id;
  return w;
}
