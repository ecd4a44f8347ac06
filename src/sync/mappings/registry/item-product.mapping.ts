import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping, blockedState, ref } from '../mapping-def';
import { Item } from '../../../erp/item.entity';
import { Product } from '../../../crm/product.entity';

const { BIDIRECTIONAL: BI, TO_CRM } = SyncDirection;

/** ERP items ↔ CRM products of type SALES_INVENTORY. */
export const ITEM_PRODUCT = defineMapping<Item, Product>({
  name: M.ITEM_PRODUCT,
  erp: { table: 'Item', entity: Item, key: 'no', modified: 'modifiedAt', label: 'description', coupledField: 'coupledProduct', readOnly: ['inventory'] },
  crm: { table: 'Product', entity: Product, key: 'id', modified: 'modifiedOn', label: 'productNumber', coupledField: 'coupledItem', kind: { productType: 'SALES_INVENTORY' } },
  direction: BI,
  dependsOn: [M.UNIT_OF_MEASURE],
  syncOnlyCoupledRecords: false,
  match: [{ erp: 'no', crm: 'productNumber' }],
  fields: [
    { erp: 'no', crm: 'productNumber', direction: TO_CRM },
    { erp: 'description', crm: 'name', direction: BI },
    { erp: 'unitPrice', crm: 'price', direction: TO_CRM },
    { erp: 'unitCost', crm: 'standardCost', direction: TO_CRM },
    { erp: 'inventory', crm: 'quantityOnHand', direction: TO_CRM },
    { erp: 'baseUnitOfMeasureCode', crm: 'unitGroupId', direction: BI, transform: ref(M.UNIT_OF_MEASURE) },
    { erp: 'blocked', crm: 'state', direction: TO_CRM, transform: blockedState },
  ],
});
