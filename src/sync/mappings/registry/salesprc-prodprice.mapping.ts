import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping, baseUnit, ref } from '../mapping-def';
import { SalesPrice } from '../../../erp/sales-price.entity';
import { PriceListItem } from '../../../crm/price-list.entity';
import { SALES_PRICE_RULES } from '../../engine/record-rules';

const { TO_CRM } = SyncDirection;

/**
 * Item and resource prices (the seed's "Items and resource prices") → CRM price list items; the
 * currency and minimum quantity rules of a price are in engine/record-rules.ts.
 */
export const SALESPRC_PRODPRICE = defineMapping<SalesPrice, PriceListItem>({
  name: M.SALESPRC_PRODPRICE,
  erp: { table: 'SalesPrice', entity: SalesPrice, key: 'id', modified: 'modifiedAt', label: 'id', coupledField: 'coupledPriceListItem' },
  crm: { table: 'PriceListItem', entity: PriceListItem, key: 'id', modified: 'modifiedOn', label: 'id', coupledField: 'coupledSalesPrice' },
  direction: TO_CRM,
  dependsOn: [M.CUSTPRCGRP_PRICE, M.ITEM_PRODUCT, M.RESOURCE_PRODUCT],
  syncOnlyCoupledRecords: false,
  match: [],
  fields: [
    { erp: 'customerPriceGroupCode', crm: 'priceListId', direction: TO_CRM, transform: ref(M.CUSTPRCGRP_PRICE) },
    { erp: 'itemNo', crm: 'productId', direction: TO_CRM, transform: ref(M.ITEM_PRODUCT) },
    { erp: 'unitOfMeasureCode', crm: 'unitId', direction: TO_CRM, transform: baseUnit(M.UNIT_OF_MEASURE) },
    { erp: 'unitPrice', crm: 'amount', direction: TO_CRM },
    { erp: 'resourceNo', crm: 'productId', direction: TO_CRM, transform: ref(M.RESOURCE_PRODUCT) },
  ],
  rules: SALES_PRICE_RULES,
});
