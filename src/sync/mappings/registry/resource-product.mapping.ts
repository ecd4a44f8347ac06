import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping, blockedState, ref } from '../mapping-def';
import { Resource } from '../../../erp/resource.entity';
import { Product } from '../../../crm/product.entity';

const { BIDIRECTIONAL: BI, TO_CRM } = SyncDirection;

/** ERP resources ↔ CRM products of type SERVICES. */
export const RESOURCE_PRODUCT = defineMapping<Resource, Product>({
  name: M.RESOURCE_PRODUCT,
  erp: { table: 'Resource', entity: Resource, key: 'no', modified: 'modifiedAt', label: 'name', coupledField: 'coupledProduct' },
  crm: { table: 'Product', entity: Product, key: 'id', modified: 'modifiedOn', label: 'productNumber', coupledField: 'coupledResource', kind: { productType: 'SERVICES' } },
  direction: BI,
  dependsOn: [M.UNIT_OF_MEASURE],
  syncOnlyCoupledRecords: false,
  match: [{ erp: 'no', crm: 'productNumber' }],
  fields: [
    { erp: 'no', crm: 'productNumber', direction: TO_CRM },
    { erp: 'name', crm: 'name', direction: BI },
    { erp: 'unitPrice', crm: 'price', direction: TO_CRM },
    { erp: 'unitCost', crm: 'standardCost', direction: TO_CRM },
    { erp: 'baseUnitOfMeasureCode', crm: 'unitGroupId', direction: BI, transform: ref(M.UNIT_OF_MEASURE) },
    { erp: 'blocked', crm: 'state', direction: TO_CRM, transform: blockedState },
  ],
});
