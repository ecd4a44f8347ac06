import { TableMappingName as M } from '../enums';
import type { SyncContext } from '../sync.context';
import { Coupling } from '../coupling.entity';

/** One mapping's pair of entity types and the fields the sync subgraph adds to each. */
interface CoupledPair {
  mapping: M;
  erpType: string;
  erpKey: string;
  erpField: string;
  crmType: string;
  crmField: string;
}

/** Which entity types couple through which mapping, and the `coupledX` field names of the contract. */
export const COUPLED_PAIRS: CoupledPair[] = [
  { mapping: M.SALESPEOPLE, erpType: 'Salesperson', erpKey: 'code', erpField: 'coupledSystemUser', crmType: 'SystemUser', crmField: 'coupledSalesperson' },
  { mapping: M.CURRENCY, erpType: 'Currency', erpKey: 'code', erpField: 'coupledTransactionCurrency', crmType: 'TransactionCurrency', crmField: 'coupledCurrency' },
  { mapping: M.UNIT_OF_MEASURE, erpType: 'UnitOfMeasure', erpKey: 'code', erpField: 'coupledUnitGroup', crmType: 'UnitGroup', crmField: 'coupledUnitOfMeasure' },
  { mapping: M.CUSTPRCGRP_PRICE, erpType: 'CustomerPriceGroup', erpKey: 'code', erpField: 'coupledPriceList', crmType: 'PriceList', crmField: 'coupledCustomerPriceGroup' },
  { mapping: M.SALESPRC_PRODPRICE, erpType: 'SalesPrice', erpKey: 'id', erpField: 'coupledPriceListItem', crmType: 'PriceListItem', crmField: 'coupledSalesPrice' },
  { mapping: M.CUSTOMER, erpType: 'Customer', erpKey: 'no', erpField: 'coupledAccount', crmType: 'Account', crmField: 'coupledCustomer' },
  { mapping: M.CONTACT, erpType: 'Contact', erpKey: 'no', erpField: 'coupledCrmContact', crmType: 'CrmContact', crmField: 'coupledContact' },
  { mapping: M.ITEM_PRODUCT, erpType: 'Item', erpKey: 'no', erpField: 'coupledProduct', crmType: 'Product', crmField: 'coupledItem' },
  { mapping: M.RESOURCE_PRODUCT, erpType: 'Resource', erpKey: 'no', erpField: 'coupledProduct', crmType: 'Product', crmField: 'coupledResource' },
  { mapping: M.SALESORDER_ORDER, erpType: 'SalesOrder', erpKey: 'no', erpField: 'coupledOrder', crmType: 'Order', crmField: 'coupledSalesOrder' },
  { mapping: M.SALESQUOTE_QUOTE, erpType: 'SalesQuote', erpKey: 'no', erpField: 'coupledQuote', crmType: 'Quote', crmField: 'coupledSalesQuote' },
];

type Ref = Record<string, string>;
type FieldFn = (root: Ref, args: unknown, ctx: SyncContext) => unknown;

/**
 * The sync subgraph's share of the ERP and CRM entities: `coupling`, `coupledX` and
 * `Product.availability`, declared as SDL entity stubs (the owning subgraphs define every other
 * field) and resolved through per-request coupling loaders.
 */
export function coupledFieldsSchema(): { sdl: string; resolvers: Record<string, Record<string, FieldFn>> } {
  const types = new Map<string, { key: string; fields: string[]; resolvers: Record<string, FieldFn> }>();
  const typeOf = (name: string, key: string) => {
    if (!types.has(name)) {
      types.set(name, {
        key,
        fields: [`${key}: ID!`, 'coupling: Coupling'],
        resolvers: { __resolveReference: (ref: Ref) => ref },
      });
    }
    return types.get(name)!;
  };
  const productMappings: M[] = [];
  for (const p of COUPLED_PAIRS) {
    const erp = typeOf(p.erpType, p.erpKey);
    erp.fields.push(`${p.erpField}: ${p.crmType}`);
    erp.resolvers.coupling = (root, _a, ctx) => ctx.syncLoaders.couplingByErp.load(`${p.mapping}\u0000${root[p.erpKey]}`);
    erp.resolvers[p.erpField] = async (root, _a, ctx) => {
      const c: Coupling | null = await ctx.syncLoaders.couplingByErp.load(`${p.mapping}\u0000${root[p.erpKey]}`);
      return c ? { __typename: p.crmType, id: c.crmId } : null;
    };
    const crm = typeOf(p.crmType, 'id');
    crm.fields.push(`${p.crmField}: ${p.erpType}`);
    crm.resolvers[p.crmField] = async (root, _a, ctx) => {
      const c: Coupling | null = await ctx.syncLoaders.couplingByCrm.load(`${p.mapping}\u0000${root.id}`);
      return c ? { __typename: p.erpType, [p.erpKey]: c.erpId } : null;
    };
    if (p.crmType === 'Product') productMappings.push(p.mapping);
    else crm.resolvers.coupling = (root, _a, ctx) => ctx.syncLoaders.couplingByCrm.load(`${p.mapping}\u0000${root.id}`);
  }
  const product = types.get('Product')!;
  // A product couples to an item or to a resource, never both: its coupling is whichever exists.
  product.resolvers.coupling = async (root, _a, ctx) => {
    const found = await Promise.all(productMappings.map((m) => ctx.syncLoaders.couplingByCrm.load(`${m}\u0000${root.id}`)));
    return found.find((c) => c) ?? null;
  };
  product.fields.push('"""live inventory of the coupled ERP item; null when not coupled to an item"""\n  availability: Decimal');
  product.resolvers.availability = async (root, _a, ctx) => {
    const c: Coupling | null = await ctx.syncLoaders.couplingByCrm.load(`${M.ITEM_PRODUCT}\u0000${root.id}`);
    return c ? ctx.syncLoaders.itemInventory.load(c.erpId) : null;
  };
  const sdl = [...types.entries()]
    .map(([name, t]) => `type ${name} @key(fields: "${t.key}") {\n  ${t.fields.join('\n  ')}\n}`)
    .join('\n\n');
  return { sdl, resolvers: Object.fromEntries([...types.entries()].map(([n, t]) => [n, t.resolvers])) };
}
