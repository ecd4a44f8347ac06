import { TableMappingName } from '../../enums';
import { MappingDef } from '../mapping-def';
import { checkReferences, runOrder } from './run-order';
import { SALESPEOPLE } from './salespeople.mapping';
import { CURRENCY } from './currency.mapping';
import { UNIT_OF_MEASURE } from './unit-of-measure.mapping';
import { CUSTOMER } from './customer.mapping';
import { CONTACT } from './contact.mapping';
import { ITEM_PRODUCT } from './item-product.mapping';
import { RESOURCE_PRODUCT } from './resource-product.mapping';
import { CUSTPRCGRP_PRICE } from './custprcgrp-price.mapping';
import { SALESPRC_PRODPRICE } from './salesprc-prodprice.mapping';
import { SALESORDER_ORDER } from './salesorder-order.mapping';
import { SALESQUOTE_QUOTE } from './salesquote-quote.mapping';

export { runOrder, checkReferences } from './run-order';

/** Every table mapping, as declared; ties of the dependency order keep this order. */
const DECLARED: readonly MappingDef[] = [
  SALESPEOPLE,
  CURRENCY,
  UNIT_OF_MEASURE,
  CUSTOMER,
  CONTACT,
  ITEM_PRODUCT,
  RESOURCE_PRODUCT,
  CUSTPRCGRP_PRICE,
  SALESPRC_PRODPRICE,
  SALESORDER_ORDER,
  SALESQUOTE_QUOTE,
];

/** Two mappings over one table (items and resources over Product) must reach it the same way. */
function checkTables(defs: readonly MappingDef[]): void {
  const seen = new Map<string, { by: string; how: string }>();
  for (const d of defs) {
    for (const side of [d.erp, d.crm]) {
      const how = `${side.entity.name}/${side.key}/${side.modified}`;
      const before = seen.get(side.table);
      if (before && before.how !== how) throw new Error(`Table ${side.table} is declared differently by ${before.by} (${before.how}) and ${d.name} (${how})`);
      seen.set(side.table, { by: d.name, how });
    }
  }
}

function checked(declared: readonly MappingDef[]): readonly MappingDef[] {
  const missing = Object.values(TableMappingName).filter((n) => !declared.some((d) => d.name === n));
  if (missing.length) throw new Error(`TableMappingName ${missing.join(', ')} has no entry in the mapping registry (src/sync/mappings/registry/index.ts)`);
  const order = runOrder(declared);
  checkReferences(order);
  checkTables(order);
  return Object.freeze(order);
}

/** Every table mapping in run order (dependencies first); checked when the process starts. */
export const MAPPINGS: readonly MappingDef[] = checked(DECLARED);

const BY_NAME = new Map(MAPPINGS.map((d) => [d.name, d]));

/** The declaration of one mapping. */
export function mappingDef(name: TableMappingName): MappingDef {
  const def = BY_NAME.get(name);
  if (!def) throw new Error(`No table mapping ${name} in the mapping registry`);
  return def;
}

/** Where a mapping comes in the run order (0 first). */
export function runPosition(name: TableMappingName): number {
  return MAPPINGS.indexOf(mappingDef(name));
}

/** The other mappings over the same CRM table (a product couples to an item or to a resource, never both). */
export function sharingCrmTable(def: MappingDef): MappingDef[] {
  return MAPPINGS.filter((d) => d !== def && d.crm.table === def.crm.table);
}
