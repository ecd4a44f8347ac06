import type { TableMappingName } from '../api/generated';
import { Link } from '../app/ui';

/** Every mapping, in dependency order (the filters' choices). */
export const MAPPINGS: TableMappingName[] = [
  'SALESPEOPLE',
  'CURRENCY',
  'UNIT_OF_MEASURE',
  'CUSTOMER',
  'CONTACT',
  'CUSTPRCGRP_PRICE',
  'ITEM_PRODUCT',
  'RESOURCE_PRODUCT',
  'SALESPRC_PRODPRICE',
  'SALESORDER_ORDER',
  'SALESQUOTE_QUOTE',
];

/** A record of a coupling, linked to the console page that shows it (where one exists). */
export function recordLink(mapping: TableMappingName, side: 'erp' | 'crm', id: string, name: string | null | undefined) {
  // name undefined: only the id is known (a job error); null: the record no longer exists.
  const text =
    name === undefined ? (
      <code>{id}</code>
    ) : (
      <>
        {name ?? <span className="muted">(missing)</span>} <code className="small">{id}</code>
      </>
    );
  const search = encodeURIComponent(name ?? id);
  const to: Partial<Record<TableMappingName, string>> =
    side === 'erp'
      ? {
          CUSTOMER: `/records/customers?search=${search}`,
          ITEM_PRODUCT: `/records/items?search=${search}`,
          SALESORDER_ORDER: `/erp/sales-orders/${id}`,
          SALESQUOTE_QUOTE: `/erp/sales-quotes/${id}`,
        }
      : {
          CUSTOMER: `/records/accounts?search=${search}`,
          ITEM_PRODUCT: `/records/products?search=${search}`,
          RESOURCE_PRODUCT: `/records/products?search=${search}`,
          SALESORDER_ORDER: `/documents/orders/${id}`,
        };
  const href = to[mapping];
  return href ? <Link to={href}>{text}</Link> : <span>{text}</span>;
}
