import { TableMappingName as M } from '../enums';

/** A record of either system as the engine sees it: GraphQL field names to plain values (decimals as strings). */
export type SyncRecord = Record<string, unknown>;

/** How the engine names and keys the records of one mapping's two tables. */
export interface MappingTables {
  erpTable: string;
  erpKey: string;
  /** The field that names an ERP record in messages. */
  erpLabel: string;
  crmTable: string;
  crmLabel: string;
  /** Documents are created by convertOrder / processQuote, never by createInOther or match. */
  documents?: boolean;
  /** ERP fields the ERP alone maintains (inventory is posted, never written by synchronization). */
  erpReadOnly?: string[];
}

/** The two tables of every mapping (DESIGN.md §3), keyed as the GraphQL types are. */
export const MAPPING_TABLES: Record<M, MappingTables> = {
  [M.SALESPEOPLE]: { erpTable: 'Salesperson', erpKey: 'code', erpLabel: 'name', crmTable: 'SystemUser', crmLabel: 'fullName' },
  [M.CURRENCY]: { erpTable: 'Currency', erpKey: 'code', erpLabel: 'code', crmTable: 'TransactionCurrency', crmLabel: 'isoCurrencyCode' },
  [M.UNIT_OF_MEASURE]: { erpTable: 'UnitOfMeasure', erpKey: 'code', erpLabel: 'code', crmTable: 'UnitGroup', crmLabel: 'name' },
  [M.CUSTOMER]: { erpTable: 'Customer', erpKey: 'no', erpLabel: 'name', crmTable: 'Account', crmLabel: 'name' },
  [M.CONTACT]: { erpTable: 'Contact', erpKey: 'no', erpLabel: 'name', crmTable: 'CrmContact', crmLabel: 'fullName' },
  [M.CUSTPRCGRP_PRICE]: { erpTable: 'CustomerPriceGroup', erpKey: 'code', erpLabel: 'code', crmTable: 'PriceList', crmLabel: 'name' },
  [M.ITEM_PRODUCT]: { erpTable: 'Item', erpKey: 'no', erpLabel: 'description', crmTable: 'Product', crmLabel: 'productNumber', erpReadOnly: ['inventory'] },
  [M.RESOURCE_PRODUCT]: { erpTable: 'Resource', erpKey: 'no', erpLabel: 'name', crmTable: 'Product', crmLabel: 'productNumber' },
  [M.SALESPRC_PRODPRICE]: { erpTable: 'SalesPrice', erpKey: 'id', erpLabel: 'id', crmTable: 'PriceListItem', crmLabel: 'id' },
  [M.SALESORDER_ORDER]: { erpTable: 'SalesOrder', erpKey: 'no', erpLabel: 'no', crmTable: 'Order', crmLabel: 'orderNumber', documents: true },
  [M.SALESQUOTE_QUOTE]: { erpTable: 'SalesQuote', erpKey: 'no', erpLabel: 'no', crmTable: 'Quote', crmLabel: 'quoteNumber', documents: true },
};
