import { ConflictResolution, DeletionConflictResolution, SyncDirection, TableMappingName as M } from '../enums';

const { BIDIRECTIONAL: BI, TO_CRM, FROM_CRM } = SyncDirection;

/** A default field mapping: [erpField, crmField, direction, transform]. */
type FieldDef = [string, string, SyncDirection, string?];

/** A default table mapping (DESIGN.md §3), in dependency order. */
export interface TableMappingDef {
  name: M;
  erpTable: string;
  crmTable: string;
  direction: SyncDirection;
  dependsOn: M[];
  syncOnlyCoupledRecords: boolean;
  matchFields: string[];
  fields: FieldDef[];
}

/**
 * The 11 default mappings. Field names are the GraphQL field names of each side. Transforms:
 * 'copy' (default), 'ref:MAPPING' (a key translated through that mapping's couplings),
 * 'baseUnit:MAPPING' (the base unit of the unit group coupled through that mapping),
 * 'blockedState' (ERP blocked flag <-> CRM product state).
 */
export const DEFAULT_MAPPINGS: TableMappingDef[] = [
  {
    name: M.SALESPEOPLE, erpTable: 'Salesperson', crmTable: 'SystemUser', direction: FROM_CRM, dependsOn: [],
    syncOnlyCoupledRecords: false, matchFields: ['name=fullName'],
    fields: [['name', 'fullName', FROM_CRM], ['email', 'email', FROM_CRM]],
  },
  {
    name: M.CURRENCY, erpTable: 'Currency', crmTable: 'TransactionCurrency', direction: TO_CRM, dependsOn: [],
    syncOnlyCoupledRecords: false, matchFields: ['code=isoCurrencyCode'],
    fields: [['code', 'isoCurrencyCode', TO_CRM], ['description', 'currencyName', TO_CRM], ['exchangeRate', 'exchangeRate', TO_CRM]],
  },
  {
    name: M.UNIT_OF_MEASURE, erpTable: 'UnitOfMeasure', crmTable: 'UnitGroup', direction: TO_CRM, dependsOn: [],
    syncOnlyCoupledRecords: false, matchFields: ['code=name'],
    fields: [['code', 'name', TO_CRM]],
  },
  {
    name: M.CUSTOMER, erpTable: 'Customer', crmTable: 'Account', direction: BI, dependsOn: [M.SALESPEOPLE, M.CURRENCY],
    syncOnlyCoupledRecords: false, matchFields: ['name=name'],
    fields: [
      ['no', 'accountNumber', TO_CRM], ['name', 'name', BI], ['address', 'address1Line1', BI], ['city', 'address1City', BI],
      ['postCode', 'address1PostalCode', BI], ['countryCode', 'address1Country', BI], ['phoneNo', 'telephone1', BI],
      ['email', 'emailAddress1', BI], ['homePage', 'websiteUrl', BI], ['creditLimit', 'creditLimit', BI],
      ['salespersonCode', 'ownerId', BI, `ref:${M.SALESPEOPLE}`], ['currencyCode', 'transactionCurrencyId', BI, `ref:${M.CURRENCY}`],
    ],
  },
  {
    name: M.CONTACT, erpTable: 'Contact', crmTable: 'CrmContact', direction: BI, dependsOn: [M.CUSTOMER],
    syncOnlyCoupledRecords: false, matchFields: ['name=fullName'],
    fields: [
      ['name', 'fullName', BI], ['jobTitle', 'jobTitle', BI], ['email', 'emailAddress1', BI], ['phoneNo', 'telephone1', BI],
      ['customerNo', 'parentAccountId', BI, `ref:${M.CUSTOMER}`],
    ],
  },
  {
    name: M.ITEM_PRODUCT, erpTable: 'Item', crmTable: 'Product', direction: BI, dependsOn: [M.UNIT_OF_MEASURE],
    syncOnlyCoupledRecords: false, matchFields: ['no=productNumber'],
    fields: [
      ['no', 'productNumber', TO_CRM], ['description', 'name', BI], ['unitPrice', 'price', TO_CRM], ['unitCost', 'standardCost', TO_CRM],
      ['inventory', 'quantityOnHand', TO_CRM], ['baseUnitOfMeasureCode', 'unitGroupId', BI, `ref:${M.UNIT_OF_MEASURE}`],
      ['blocked', 'state', TO_CRM, 'blockedState'],
    ],
  },
  {
    name: M.RESOURCE_PRODUCT, erpTable: 'Resource', crmTable: 'Product', direction: BI, dependsOn: [M.UNIT_OF_MEASURE],
    syncOnlyCoupledRecords: false, matchFields: ['no=productNumber'],
    fields: [
      ['no', 'productNumber', TO_CRM], ['name', 'name', BI], ['unitPrice', 'price', TO_CRM], ['unitCost', 'standardCost', TO_CRM],
      ['baseUnitOfMeasureCode', 'unitGroupId', BI, `ref:${M.UNIT_OF_MEASURE}`], ['blocked', 'state', TO_CRM, 'blockedState'],
    ],
  },
  {
    name: M.CUSTPRCGRP_PRICE, erpTable: 'CustomerPriceGroup', crmTable: 'PriceList', direction: TO_CRM, dependsOn: [M.CURRENCY, M.ITEM_PRODUCT],
    syncOnlyCoupledRecords: false, matchFields: ['code=name'],
    fields: [['code', 'name', TO_CRM]],
  },
  {
    // Item and resource prices (the seed's "Items and resource prices"); the currency and minimum
    // quantity rules of a price are in engine/record-rules.ts.
    name: M.SALESPRC_PRODPRICE, erpTable: 'SalesPrice', crmTable: 'PriceListItem', direction: TO_CRM, dependsOn: [M.CUSTPRCGRP_PRICE, M.ITEM_PRODUCT, M.RESOURCE_PRODUCT],
    syncOnlyCoupledRecords: false, matchFields: [],
    fields: [
      ['customerPriceGroupCode', 'priceListId', TO_CRM, `ref:${M.CUSTPRCGRP_PRICE}`], ['itemNo', 'productId', TO_CRM, `ref:${M.ITEM_PRODUCT}`],
      ['unitOfMeasureCode', 'unitId', TO_CRM, `baseUnit:${M.UNIT_OF_MEASURE}`], ['unitPrice', 'amount', TO_CRM],
      ['resourceNo', 'productId', TO_CRM, `ref:${M.RESOURCE_PRODUCT}`],
    ],
  },
  {
    name: M.SALESORDER_ORDER, erpTable: 'SalesOrder', crmTable: 'Order', direction: TO_CRM,
    dependsOn: [M.CUSTOMER, M.ITEM_PRODUCT, M.RESOURCE_PRODUCT], syncOnlyCoupledRecords: true, matchFields: [],
    fields: [['requestedDeliveryDate', 'requestDeliveryBy', TO_CRM], ['lastShipmentDate', 'dateFulfilled', TO_CRM]],
  },
  {
    name: M.SALESQUOTE_QUOTE, erpTable: 'SalesQuote', crmTable: 'Quote', direction: FROM_CRM,
    dependsOn: [M.CUSTOMER, M.ITEM_PRODUCT, M.RESOURCE_PRODUCT], syncOnlyCoupledRecords: true, matchFields: [],
    fields: [['externalDocumentNo', 'name', FROM_CRM], ['quoteValidUntil', 'effectiveTo', FROM_CRM]],
  },
];

/** The field mapping rows of a default table mapping, as a new store (or a reset) gets them. */
export function defaultFieldRows(def: TableMappingDef) {
  return def.fields.map(([erpField, crmField, direction, transform], position) => ({
    mapping: def.name, erpField, crmField, direction, position, transform: transform ?? 'copy', constantValue: null, enabled: true,
  }));
}

/** Defaults every mapping starts with; admins may change them. */
export const DEFAULT_RESOLUTIONS = {
  conflictResolution: ConflictResolution.NONE,
  deletionConflictResolution: DeletionConflictResolution.NONE,
};
